// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/activitysettingspage.h"

#include "core/activity/idlebackends.h"
#include "core/session/settings.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

ActivitySettingsPage::ActivitySettingsPage(Settings* settings, QWidget* parent)
    : QGroupBox(parent)
    , m_settings(settings)
    , m_idle(new QCheckBox(this))
    , m_minutesLabel(new QLabel(this))
    , m_minutes(new QSpinBox(this))
    , m_lock(new QCheckBox(this))
    , m_suspend(new QCheckBox(this))
    , m_shutdown(new QCheckBox(this))
    , m_backend(new QLabel(this))
{
    setObjectName(QStringLiteral("activitySettingsPage"));
    m_minutes->setRange(Settings::MinIdleMinutes, Settings::MaxIdleMinutes);
    m_minutes->setKeyboardTracking(false);
    m_minutesLabel->setBuddy(m_minutes);
    m_backend->setWordWrap(true);
    m_backend->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* minutesRow = new QHBoxLayout;
    minutesRow->setContentsMargins(24, 0, 0, 0);
    minutesRow->addWidget(m_minutesLabel);
    minutesRow->addWidget(m_minutes);
    minutesRow->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_idle);
    layout->addLayout(minutesRow);
    layout->addWidget(m_lock);
    layout->addWidget(m_suspend);
    layout->addWidget(m_shutdown);
    layout->addWidget(m_backend);

    if (m_settings) {
        connect(m_idle, &QCheckBox::toggled, m_settings, &Settings::setIdleDetection);
        connect(m_minutes, &QSpinBox::valueChanged, m_settings, &Settings::setIdleMinutes);
        connect(m_lock, &QCheckBox::toggled, m_settings, &Settings::setStopOnLock);
        connect(m_suspend, &QCheckBox::toggled, m_settings, &Settings::setStopOnSuspend);
        connect(m_shutdown, &QCheckBox::toggled, m_settings, &Settings::setStopOnShutdown);
        connect(m_settings, &Settings::changed, this, &ActivitySettingsPage::load);
    }
    load();
    retranslateUi();
}

void ActivitySettingsPage::load()
{
    if (!m_settings)
        return;
    const QSignalBlocker b1(m_idle), b2(m_minutes), b3(m_lock), b4(m_suspend), b5(m_shutdown);
    m_idle->setChecked(m_settings->idleDetection());
    m_minutes->setValue(m_settings->idleMinutes());
    m_minutes->setEnabled(m_settings->idleDetection());
    m_minutesLabel->setEnabled(m_settings->idleDetection());
    m_lock->setChecked(m_settings->stopOnLock());
    m_suspend->setChecked(m_settings->stopOnSuspend());
    m_shutdown->setChecked(m_settings->stopOnShutdown());
}

void ActivitySettingsPage::retranslateUi()
{
    setTitle(tr("Idle and lock"));
    m_idle->setText(tr("&Ask what to do with time away while a clock runs"));
    m_minutesLabel->setText(tr("Away after:"));
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setAccessibleName(tr("Away after (minutes)"));
    m_lock->setText(tr("Stop the clock when the screen &locks"));
    m_suspend->setText(tr("Stop the clock when the computer &suspends"));
    m_shutdown->setText(tr("Stop the clock when the computer shuts &down"));
    const QString name = IdleBackends::processActiveName();
    if (!IdleBackends::processProbed())
        m_backend->setText(tr("Idle time source: not checked yet"));
    else if (name.isEmpty())
        m_backend->setText(tr("Idle time source: none found. The question about time away cannot be asked here."));
    else
        m_backend->setText(tr("Idle time source: %1").arg(name));
}

void ActivitySettingsPage::showEvent(QShowEvent* event)
{
    retranslateUi(); // the backend may have been found since
    QGroupBox::showEvent(event);
}

void ActivitySettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}
