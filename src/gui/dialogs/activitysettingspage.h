// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>
#include <QPointer>

class Settings;
class QCheckBox;
class QLabel;
class QSpinBox;

// The "Idle and lock" options of the settings dialog: ask about idle time (on/off, after how many minutes), stop the
// clock on screen lock, suspend and shutdown, and which idle backend was found here ("none found", plainly).
class ActivitySettingsPage : public QGroupBox
{
    Q_OBJECT
public:
    explicit ActivitySettingsPage(Settings* settings, QWidget* parent = nullptr);

    QCheckBox* idleDetectionBox() const { return m_idle; }
    QSpinBox* idleMinutesBox() const { return m_minutes; }
    QCheckBox* stopOnLockBox() const { return m_lock; }
    QCheckBox* stopOnSuspendBox() const { return m_suspend; }
    QCheckBox* stopOnShutdownBox() const { return m_shutdown; }
    QLabel* backendLabel() const { return m_backend; }

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void load();
    void retranslateUi();

    QPointer<Settings> m_settings;
    QCheckBox* m_idle = nullptr;
    QLabel* m_minutesLabel = nullptr;
    QSpinBox* m_minutes = nullptr;
    QCheckBox* m_lock = nullptr;
    QCheckBox* m_suspend = nullptr;
    QCheckBox* m_shutdown = nullptr;
    QLabel* m_backend = nullptr;
};
