// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;

// The main window: the running clock strip, range navigation, the entry table and a status line.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    // "Connected as … · demo data" in the status line.
    void setConnectionText(const QString& email, bool demo);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_statusLabel = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QString m_email;
    bool m_demo = false;
};
