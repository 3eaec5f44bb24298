// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;
class QPushButton;

// A slim, non-modal message strip above the entry table: an icon, one or two lines of text, an optional Retry
// button and a close button. For problems that do not put the user's input at stake (loading failed, a delete
// failed); dialogs show their own errors.
class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget* parent = nullptr);

    // Shows text; the Retry button only when retryable.
    void showError(const QString& text, bool retryable = true);
    QString text() const;
    bool isRetryable() const;
    QPushButton* retryButton() const { return m_retry; }

public slots:
    void dismiss();

signals:
    void retryRequested();
    void dismissed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QPushButton* m_retry = nullptr;
    QToolButton* m_close = nullptr;
};
