// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session/accountsession.h"

#include <QDialog>

#include <memory>

class QPushButton;
class Settings;

namespace Ui {
class SignInDialog;
}

// Asks for the e-mail address and the API key (and, under Advanced, the API URL and the contact e-mail), tests them
// and signs in through AccountSession. Failures are shown in the dialog, which stays open with the input kept.
//
// Results: Accepted once signed in; Rejected when cancelled; DemoRequested when the user chose the demo. Show it with
// open() or show(), never exec(). A background success of the session (e.g. the keychain answered late) also accepts.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int DemoRequested = 2;

    SignInDialog(AccountSession* session, Settings* settings, QWidget* parent = nullptr);
    ~SignInDialog() override;

    // Fills in the e-mail address and explains why the dialog is shown; also decides whether the demo is offered.
    void prepare(const QString& email, AccountSession::Reason reason);
    AccountSession::Reason reason() const { return m_reason; }

    void setDemoOffered(bool offered);
    bool isDemoOffered() const;

    QString email() const;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    // Word-wrapped labels need a height that depends on the width: take what the layout needs at this width.
    enum class Pending
    {
        None,
        Test,
        SignIn
    };
    enum class Tone
    {
        Neutral,
        Success,
        Error
    };

    void updateTexts();
    void updateValidity();
    void showStatus(Tone tone, const QString& text);
    void start(Pending what);
    void finishPending(Tone tone, const QString& text);
    void stopPendingBecauseInputChanged();
    void setAdvancedVisible(bool visible);
    // The URL typed under Advanced, or the configured one when the field is empty; empty QUrl when invalid.
    QUrl enteredUrl(bool* valid) const;
    QString effectiveContact() const;

    std::unique_ptr<Ui::SignInDialog> m_ui;
    // Not a standard button: QDialogButtonBox would put "OK" back on every LanguageChange.
    QPushButton* m_signInButton = nullptr;
    AccountSession* m_session = nullptr;
    Settings* m_settings = nullptr;
    AccountSession::Reason m_reason = AccountSession::Reason::FirstRun;
    Pending m_pending = Pending::None;
    bool m_demoOffered = true;
};
