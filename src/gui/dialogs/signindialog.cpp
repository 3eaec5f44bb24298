// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/signindialog.h"

#include "api/apiclient.h"
#include "core/session/settings.h"
#include "gui/dialogs/contacthint.h"
#include "gui/widgets/heightfitter.h"
#include "ui_signindialog.h"

#include <QEvent>
#include <QLayout>
#include <QPushButton>
#include <QStyle>

namespace {
QPixmap standardPixmap(const QWidget* widget, QStyle::StandardPixmap which)
{
    const int size = widget->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, widget);
    return widget->style()->standardIcon(which, nullptr, widget).pixmap(size, size);
}
} // namespace

SignInDialog::SignInDialog(AccountSession* session, Settings* settings, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_session(session)
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_signInButton = m_ui->buttonBox->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setDefault(true);
    m_ui->advancedWidget->setVisible(false);
    m_ui->reasonFrame->setVisible(false);
    m_ui->statusWidget->setVisible(false);

    // Under Advanced: the stored URL (empty = the default, shown as placeholder) and the contact e-mail.
    const QUrl environmentUrl = Settings::environmentBaseUrl();
    if (!environmentUrl.isEmpty()) {
        m_ui->apiUrlLineEdit->setText(environmentUrl.toString());
        m_ui->apiUrlLineEdit->setReadOnly(true);
    } else if (m_settings->baseUrl() != ApiClient::defaultBaseUrl()) {
        m_ui->apiUrlLineEdit->setText(m_settings->baseUrl().toString());
    }
    m_ui->apiUrlLineEdit->setPlaceholderText(ApiClient::defaultBaseUrl().toString());
    m_ui->contactEmailLineEdit->setText(m_settings->contactEmail());

    connect(m_ui->advancedToolButton, &QToolButton::toggled, this, &SignInDialog::setAdvancedVisible);
    for (QLineEdit* edit :
         { m_ui->emailLineEdit, m_ui->apiKeyLineEdit, m_ui->apiUrlLineEdit, m_ui->contactEmailLineEdit }) {
        connect(edit, &QLineEdit::textEdited, this, &SignInDialog::stopPendingBecauseInputChanged);
        connect(edit, &QLineEdit::textChanged, this, &SignInDialog::updateValidity);
    }
    connect(m_ui->testButton, &QPushButton::clicked, this, [this] { start(Pending::Test); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] { start(Pending::SignIn); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->demoButton, &QPushButton::clicked, this, [this] { done(DemoRequested); });
    connect(this, &QDialog::finished, this, [this] {
        if (m_pending != Pending::None)
            m_session->cancel();
        m_pending = Pending::None;
    });

    connect(m_session, &AccountSession::connectionTested, this, [this](const User& user) {
        if (m_pending != Pending::Test)
            return;
        const QString who = user.name.isEmpty() ? user.email : tr("%1 (%2)").arg(user.name, user.email);
        finishPending(Tone::Success, tr("The connection works. Clockodo knows you as %1.").arg(who));
    });
    connect(m_session, &AccountSession::connectionTestFailed, this, [this](const ApiError& error, const QString& text) {
        if (m_pending != Pending::Test)
            return;
        finishPending(Tone::Error, text);
        if (error.category == ApiError::Category::Auth) {
            m_ui->apiKeyLineEdit->setFocus();
            m_ui->apiKeyLineEdit->selectAll();
        }
    });
    connect(m_session, &AccountSession::signInFailed, this, [this](const ApiError& error, const QString& text) {
        if (m_pending != Pending::SignIn)
            return;
        finishPending(Tone::Error, text);
        if (error.category == ApiError::Category::Auth) {
            m_ui->apiKeyLineEdit->setFocus();
            m_ui->apiKeyLineEdit->selectAll();
        }
    });
    connect(m_session, &AccountSession::signedIn, this, [this] {
        if (m_pending != Pending::SignIn)
            return;
        m_pending = Pending::None;
        accept();
    });
    // Signed in without this dialog's help (the keychain answered on its second try): nothing left to ask.
    connect(m_session, &AccountSession::stateChanged, this, [this](AccountSession::State state) {
        if (state == AccountSession::State::SignedIn && m_pending == Pending::None && isVisible())
            accept();
    });

    updateTexts();
    updateValidity();
    prepare(m_settings->effectiveAccountEmail(), AccountSession::Reason::FirstRun);
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::prepare(const QString& email, AccountSession::Reason reason)
{
    m_reason = reason;
    if (!email.isEmpty())
        m_ui->emailLineEdit->setText(email);
    setDemoOffered(reason != AccountSession::Reason::KeyRejected && !m_session->isDemo());
    updateTexts();
    (m_ui->emailLineEdit->text().isEmpty() ? m_ui->emailLineEdit : m_ui->apiKeyLineEdit)->setFocus();
}

void SignInDialog::setDemoOffered(bool offered)
{
    m_demoOffered = offered;
    m_ui->demoWidget->setVisible(offered);
    HeightFitter::fit(this);
}

bool SignInDialog::isDemoOffered() const
{
    return m_demoOffered;
}

QString SignInDialog::email() const
{
    return m_ui->emailLineEdit->text().trimmed();
}

void SignInDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
        updateValidity();
    }
    QDialog::changeEvent(event);
}

void SignInDialog::updateTexts()
{
    m_signInButton->setText(tr("&Sign in"));

    const QString email = m_ui->emailLineEdit->text().trimmed();
    QString reason;
    bool warning = false;
    switch (m_reason) {
    case AccountSession::Reason::FirstRun:
    case AccountSession::Reason::UserRequested:
        break;
    case AccountSession::Reason::KeyMissing:
        reason = tr("No API key for %1 is stored on this computer. Enter it to continue.").arg(email);
        break;
    case AccountSession::Reason::KeychainUnavailable:
        warning = true;
        reason = tr("The system keychain cannot be used right now, so the API key for %1 could not be loaded. Enter "
                    "it to continue: it is then kept in memory only until you quit clockodo-desktop.")
                     .arg(email);
        break;
    case AccountSession::Reason::KeyRejected:
        warning = true;
        reason = tr("Clockodo no longer accepts the API key for %1; it may have been changed or revoked. Enter the "
                    "current key to continue. Nothing you were working on is lost.")
                     .arg(email);
        break;
    case AccountSession::Reason::SignedOut:
        reason = tr("You have signed out. Sign in again, or with another account.");
        break;
    }
    m_ui->reasonLabel->setText(reason);
    m_ui->reasonFrame->setVisible(!reason.isEmpty());
    m_ui->reasonIconLabel->setPixmap(
        standardPixmap(this, warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation));
    HeightFitter::fit(this);
}

void SignInDialog::updateValidity()
{
    bool urlValid = false;
    enteredUrl(&urlValid);
    if (!Settings::environmentBaseUrl().isEmpty())
        m_ui->apiUrlHintLabel->setText(tr("Set by the environment variable CLOCKODO_API_URL."));
    else if (!urlValid)
        m_ui->apiUrlHintLabel->setText(tr("Enter an address that starts with https:// (http:// only for this "
                                          "computer). Leave it empty for Clockodo's own address."));
    else
        m_ui->apiUrlHintLabel->setText(tr("Only change this if Clockodo told you to."));

    const QString contact = effectiveContact();
    const int length = ContactHint::length(contact);
    const bool contactFits = ContactHint::fits(contact);
    m_ui->contactEmailLineEdit->setPlaceholderText(tr("Your e-mail address"));
    m_ui->contactHintLabel->setToolTip(QString());
    if (contact.isEmpty()) {
        m_ui->contactHintLabel->setText(tr("Clockodo asks every application for a contact address."));
    } else if (contactFits) {
        // In the user's words; the technical detail stays in the tooltip.
        m_ui->contactHintLabel->setText(
            tr("Clockodo writes to this address only if this app causes trouble on its side."));
        m_ui->contactHintLabel->setToolTip(tr("Sent to Clockodo as “%1” (%2 of %3 characters).")
                                               .arg(ContactHint::headerForDisplay(contact))
                                               .arg(length)
                                               .arg(ContactHint::limit()));
    } else {
        m_ui->contactHintLabel->setText(
            tr("With “%1” in front, this address takes %2 characters; Clockodo allows %3. Enter a shorter contact "
               "e-mail address.")
                .arg(ContactHint::headerForDisplay(QString()))
                .arg(length)
                .arg(ContactHint::limit()));
    }
    // Problems under Advanced must not hide behind the collapsed section.
    if ((!urlValid || !contactFits) && !m_ui->advancedToolButton->isChecked())
        m_ui->advancedToolButton->setChecked(true);

    const bool complete = m_ui->emailLineEdit->text().contains(QLatin1Char('@'))
        && !m_ui->apiKeyLineEdit->text().trimmed().isEmpty() && urlValid && contactFits;
    const bool idle = m_pending == Pending::None;
    m_ui->testButton->setEnabled(complete && idle);
    m_signInButton->setEnabled(complete && idle);
}

void SignInDialog::showStatus(Tone tone, const QString& text)
{
    m_ui->statusLabel->setText(text);
    switch (tone) {
    case Tone::Neutral:
        m_ui->statusIconLabel->clear();
        break;
    case Tone::Success:
        m_ui->statusIconLabel->setPixmap(standardPixmap(this, QStyle::SP_DialogApplyButton));
        break;
    case Tone::Error:
        m_ui->statusIconLabel->setPixmap(standardPixmap(this, QStyle::SP_MessageBoxCritical));
        break;
    }
    m_ui->statusIconLabel->setVisible(tone != Tone::Neutral);
    m_ui->statusWidget->setVisible(!text.isEmpty());
    HeightFitter::fit(this);
}

void SignInDialog::start(Pending what)
{
    bool urlValid = false;
    const QUrl url = enteredUrl(&urlValid);
    if (!urlValid || m_pending != Pending::None)
        return;
    // The contact address is a setting: the probe sends it, and it applies from now on.
    if (m_ui->contactEmailLineEdit->text().trimmed() != m_settings->contactEmail())
        m_settings->setContactEmail(m_ui->contactEmailLineEdit->text());
    m_pending = what;
    showStatus(Tone::Neutral,
               what == Pending::Test ? tr("Testing the connection to Clockodo…") : tr("Signing in to Clockodo…"));
    updateValidity();
    if (what == Pending::Test)
        m_session->testConnection(email(), m_ui->apiKeyLineEdit->text(), url);
    else
        m_session->signIn(email(), m_ui->apiKeyLineEdit->text(), url);
}

void SignInDialog::finishPending(Tone tone, const QString& text)
{
    m_pending = Pending::None;
    showStatus(tone, text);
    updateValidity();
}

void SignInDialog::stopPendingBecauseInputChanged()
{
    if (m_pending == Pending::None)
        return;
    // The answer would be about what was there before.
    m_session->cancel();
    m_pending = Pending::None;
    showStatus(Tone::Neutral, QString());
    updateValidity();
}

void SignInDialog::setAdvancedVisible(bool visible)
{
    m_ui->advancedToolButton->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_ui->advancedWidget->setVisible(visible);
    HeightFitter::fit(this);
}

QUrl SignInDialog::enteredUrl(bool* valid) const
{
    const QString text = m_ui->apiUrlLineEdit->text().trimmed();
    if (text.isEmpty()) {
        *valid = true;
        return ApiClient::defaultBaseUrl();
    }
    const QUrl url(text, QUrl::StrictMode);
    *valid = ApiClient::isAcceptableBaseUrl(url);
    return *valid ? url : QUrl();
}

QString SignInDialog::effectiveContact() const
{
    const QString contact = m_ui->contactEmailLineEdit->text().trimmed();
    return contact.isEmpty() ? m_ui->emailLineEdit->text().trimmed() : contact;
}

void SignInDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    HeightFitter::fit(this);
}
