// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;
class QToolButton;

// A small non-modal bar over the bottom of its parent ("2 entries deleted · Undo"): a message, an Undo button when
// there is something to undo, and ×. It hides by itself after timeoutMs (while the pointer is not over it); the
// timer is reachable (timer(), expire()) so tests never wait for wall-clock time. It floats over the parent (no
// layout moves) and follows the parent's size. undoRequested() when Undo is clicked.
class UndoToast : public QFrame
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 8000;

    explicit UndoToast(QWidget* parent);

    // Shows text (and the Undo button when undoable) and starts the timer again.
    void showMessage(const QString& text, bool undoable);
    // Changes the text only (a language change); the timer runs on.
    void setText(const QString& text);
    QString text() const;
    bool isUndoOffered() const;
    QPushButton* undoButton() const { return m_undoButton; }

    void setTimeoutMs(int ms);
    int timeoutMs() const;
    // The single-shot timer that hides the toast (tests read it and call expire() instead of waiting).
    QTimer* timer() const { return m_timer; }

public slots:
    // The time is up: hides the toast.
    void expire();

signals:
    void undoRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void place();
    void retranslate();

    QLabel* m_label = nullptr;
    QPushButton* m_undoButton = nullptr;
    QToolButton* m_closeButton = nullptr;
    QTimer* m_timer = nullptr;
};
