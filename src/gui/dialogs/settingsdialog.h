// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QMessageBox>
#include <QPointer>

#include <memory>

class AccountSession;
class Autostart;
class SettingsTabs;
class Settings;

namespace Ui {
class SettingsDialog;
}

// The preferences. Every change is written to Settings at once (Settings::changed drives the rest of the app); the
// start-at-login box drives Autostart directly, because the platform's entry is the truth. The account section shows
// who is signed in and offers to sign out (with a confirmation) or in (AccountSession::requestSignIn()).
// The dialog retranslates itself on QEvent::LanguageChange.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // autostart may be null (no start-at-login on this platform). Nothing is owned.
    SettingsDialog(AccountSession* session, Settings* settings, Autostart* autostart, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // The sign-out confirmation while it is shown (for tests and for closing it from outside).
    QMessageBox* signOutConfirmation() const { return m_confirmation; }

    // Also saves the text fields, whose changes are otherwise saved when editing finishes.
    void done(int result) override;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    // Word-wrapped labels need a height that depends on the width: take what the layout needs at this width.
    void load(const QString& key = QString());
    void updateTexts();
    void updateAccount();
    void updateContactHint();
    void updateApiUrlHint();
    void setAdvancedVisible(bool visible);
    void fitHeight();
    void showAutostartError(bool on, const QString& error);
    void applyStartAtLogin(bool on);
    void applyContactEmail();
    void applyApiUrl();
    void confirmSignOut();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AccountSession* m_session = nullptr;
    Settings* m_settings = nullptr;
    Autostart* m_autostart = nullptr;
    QPointer<QMessageBox> m_confirmation;
    QString m_autostartError;
    SettingsTabs* m_tabs = nullptr;
};
