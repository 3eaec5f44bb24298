// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/settingsdialog.h"

#include "api/apiclient.h"
#include "core/platform/autostart.h"
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
#include "core/platform/portalautostart.h"
#endif
#include "core/session/accountsession.h"
#include "core/session/settings.h"
#include "gui/dialogs/activitysettingspage.h"
#include "gui/dialogs/contacthint.h"
#include "gui/dialogs/remindersettingspage.h"
#include "gui/dialogs/settingstabs.h"
#include "gui/widgets/heightfitter.h"
#include "ui_settingsdialog.h"

#include <QEvent>
#include <QLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSignalBlocker>

namespace {
bool looksLikeEmail(const QString& text)
{
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    return at > 0 && at < text.size() - 1 && !text.contains(QLatin1Char(' '));
}
} // namespace

SettingsDialog::SettingsDialog(AccountSession* session, Settings* settings, Autostart* autostart, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_session(session)
    , m_settings(settings)
    , m_autostart(autostart)
{
    m_ui->setupUi(this);
    m_tabs = SettingsTabs::install(
        m_ui->mainLayout, { new ActivitySettingsPage(settings, this), new ReminderSettingsPage(settings, this) }, this);
    const QStringList languages = Settings::supportedLanguages(); // "", "en", "de", "fr": the order of the items
    for (int i = 0; i < m_ui->languageComboBox->count() && i < languages.size(); ++i)
        m_ui->languageComboBox->setItemData(i, languages.at(i));
    m_ui->pollIntervalSpinBox->setRange(Settings::MinPollIntervalSeconds, Settings::MaxPollIntervalSeconds);
    m_ui->advancedWidget->setVisible(false);
    m_ui->autostartErrorLabel->setVisible(false);
    m_ui->startAtLoginCheckBox->setEnabled(m_autostart != nullptr);
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Inside Flatpak the Background portal answers later (issue 17): a refusal unticks the box and says so.
    if (auto* portal = dynamic_cast<PortalAutostart*>(m_autostart)) {
        // The answer is the truth for the box and the setting (both showed the wish while the portal asked).
        connect(portal, &PortalAutostart::requestFinished, this, [this](bool on, bool ok, const QString& error) {
            m_settings->setStartAtLogin(m_autostart->isEnabled());
            const QSignalBlocker blocker(m_ui->startAtLoginCheckBox);
            m_ui->startAtLoginCheckBox->setChecked(m_autostart->isEnabled());
            if (!ok)
                showAutostartError(on, error);
        });
    }
#endif
    const bool urlFromEnvironment = !Settings::environmentBaseUrl().isEmpty();
    m_ui->apiUrlLineEdit->setReadOnly(urlFromEnvironment);
    m_ui->resetApiUrlButton->setEnabled(!urlFromEnvironment);
    load();

    connect(m_ui->languageComboBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_settings->setLanguage(m_ui->languageComboBox->itemData(index).toString()); });
    connect(m_ui->startAtLoginCheckBox, &QCheckBox::toggled, this, &SettingsDialog::applyStartAtLogin);
    connect(m_ui->showSecondsCheckBox, &QCheckBox::toggled, m_settings, &Settings::setShowSeconds);
    connect(m_ui->todayTotalInTooltipCheckBox, &QCheckBox::toggled, m_settings, &Settings::setTodayTotalInTooltip);
    connect(m_ui->notifyOnStartCheckBox, &QCheckBox::toggled, m_settings, &Settings::setNotifyOnStart);
    connect(m_ui->pollIntervalSpinBox, &QSpinBox::valueChanged, m_settings, &Settings::setPollIntervalSeconds);
    connect(m_ui->contactEmailLineEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateContactHint);
    connect(m_ui->contactEmailLineEdit, &QLineEdit::editingFinished, this, &SettingsDialog::applyContactEmail);
    connect(m_ui->apiUrlLineEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateApiUrlHint);
    connect(m_ui->apiUrlLineEdit, &QLineEdit::editingFinished, this, &SettingsDialog::applyApiUrl);
    connect(m_ui->resetApiUrlButton, &QPushButton::clicked, this, [this] {
        m_ui->apiUrlLineEdit->setText(ApiClient::defaultBaseUrl().toString());
        applyApiUrl();
    });
    connect(m_ui->advancedToolButton, &QToolButton::toggled, this, &SettingsDialog::setAdvancedVisible);
    connect(m_ui->signOutButton, &QPushButton::clicked, this, &SettingsDialog::confirmSignOut);
    connect(m_ui->signInButton, &QPushButton::clicked, m_session, &AccountSession::requestSignIn);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Changes made elsewhere (another window, the tray) show up here too.
    connect(m_settings, &Settings::changed, this, &SettingsDialog::load);
    connect(m_session, &AccountSession::stateChanged, this, &SettingsDialog::updateAccount);
    connect(m_session, &AccountSession::signedIn, this, &SettingsDialog::updateAccount);
    connect(m_session, &AccountSession::keychainProblem, this, &SettingsDialog::updateAccount);
    connect(m_session, &AccountSession::keyStored, this, &SettingsDialog::updateAccount);

    updateTexts();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::done(int result)
{
    // Escape closes without moving the focus: what was typed last still counts.
    applyContactEmail();
    applyApiUrl();
    QDialog::done(result);
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
    }
    QDialog::changeEvent(event);
}

void SettingsDialog::load(const QString& key)
{
    const auto wanted = [&key](QLatin1String name) {
        return key.isEmpty() || key == name;
    };
    if (wanted(Settings::Key::Language)) {
        const QSignalBlocker blocker(m_ui->languageComboBox);
        m_ui->languageComboBox->setCurrentIndex(
            qMax(0, int(Settings::supportedLanguages().indexOf(m_settings->language()))));
    }
    if (wanted(Settings::Key::StartAtLogin)) {
        const QSignalBlocker blocker(m_ui->startAtLoginCheckBox);
        // The platform's entry is the truth: the user may have removed it elsewhere (a portal still asking: the wish).
        bool asking = false;
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        const auto* portal = dynamic_cast<const PortalAutostart*>(m_autostart);
        asking = portal && portal->isPending();
#endif
        if (!asking)
            m_ui->startAtLoginCheckBox->setChecked(m_autostart ? m_autostart->isEnabled() : false);
    }
    if (wanted(Settings::Key::ShowSeconds)) {
        const QSignalBlocker blocker(m_ui->showSecondsCheckBox);
        m_ui->showSecondsCheckBox->setChecked(m_settings->showSeconds());
    }
    if (wanted(Settings::Key::TodayTotalInTooltip)) {
        const QSignalBlocker blocker(m_ui->todayTotalInTooltipCheckBox);
        m_ui->todayTotalInTooltipCheckBox->setChecked(m_settings->todayTotalInTooltip());
    }
    if (wanted(Settings::Key::NotifyOnStart)) {
        const QSignalBlocker blocker(m_ui->notifyOnStartCheckBox);
        m_ui->notifyOnStartCheckBox->setChecked(m_settings->notifyOnStart());
    }
    if (wanted(Settings::Key::PollIntervalSeconds)) {
        const QSignalBlocker blocker(m_ui->pollIntervalSpinBox);
        m_ui->pollIntervalSpinBox->setValue(m_settings->pollIntervalSeconds());
    }
    if (wanted(Settings::Key::ContactEmail)
        && m_ui->contactEmailLineEdit->text().trimmed() != m_settings->contactEmail()
        && (key.isEmpty() || !m_ui->contactEmailLineEdit->hasFocus())) {
        const QSignalBlocker blocker(m_ui->contactEmailLineEdit);
        m_ui->contactEmailLineEdit->setText(m_settings->contactEmail());
        updateContactHint();
    }
    if (wanted(Settings::Key::BaseUrl)) {
        const QSignalBlocker blocker(m_ui->apiUrlLineEdit);
        m_ui->apiUrlLineEdit->setText(m_settings->effectiveBaseUrl().toString());
        updateApiUrlHint();
    }
}

void SettingsDialog::updateTexts()
{
    m_ui->startAtLoginCheckBox->setToolTip(m_autostart ? QString()
                                                       : tr("Starting at login is not supported on this system."));
    m_ui->autostartErrorLabel->setText(m_autostartError);
    m_ui->autostartErrorLabel->setVisible(!m_autostartError.isEmpty());
    updateAccount();
    updateContactHint();
    updateApiUrlHint();
}

void SettingsDialog::updateAccount()
{
    const QString email = m_session->email().toHtmlEscaped();
    QString account;
    QString hint;
    bool signedIn = false;
    switch (m_session->state()) {
    case AccountSession::State::SignedIn:
        signedIn = true;
        account = tr("Signed in as <b>%1</b>.").arg(email);
        if (m_session->source() == AccountSession::Source::Environment)
            hint = tr("The credentials come from the environment variables CLOCKODO_API_USER and CLOCKODO_API_KEY; "
                      "they are not stored.");
        else if (m_session->isKeySessionOnly())
            hint = tr("The system keychain is not available: the API key is kept in memory only until you quit.");
        else
            hint = tr("The API key is kept in the system keychain.");
        break;
    case AccountSession::State::Demo:
        account = tr("Showing demo data. Nothing is sent to Clockodo.");
        break;
    case AccountSession::State::LoadingKey:
        account = tr("Loading the API key for %1 from the system keychain…").arg(email);
        break;
    case AccountSession::State::SignedOut:
    case AccountSession::State::KeychainUnavailable:
        account = tr("Not signed in.");
        break;
    }
    m_ui->accountLabel->setText(account);
    m_ui->accountHintLabel->setText(hint);
    m_ui->accountHintLabel->setVisible(!hint.isEmpty());
    m_ui->signOutButton->setVisible(signedIn);
    m_ui->signInButton->setVisible(!signedIn && m_session->state() != AccountSession::State::LoadingKey);
    // The account address stands in for an empty contact address.
    m_ui->contactEmailLineEdit->setPlaceholderText(m_session->email().isEmpty() ? tr("Your e-mail address")
                                                                                : m_session->email());
    updateContactHint();
}

void SettingsDialog::updateContactHint()
{
    const QString typed = m_ui->contactEmailLineEdit->text().trimmed();
    const QString contact = typed.isEmpty() ? m_session->email() : typed;
    const int length = ContactHint::length(contact);
    const int limit = ContactHint::limit();
    QString hint;
    QString detail; // the technical detail, for the curious, in the tooltip
    if (!typed.isEmpty() && !looksLikeEmail(typed)) {
        hint = tr("Enter a complete e-mail address, or leave the field empty to use your account's address.");
    } else if (contact.isEmpty()) {
        hint = tr("Clockodo asks every application for a contact address; your account's address is used.");
    } else if (ContactHint::fits(contact)) {
        hint = tr("Clockodo writes to this address only if this app causes trouble on its side.");
        detail = tr("Sent to Clockodo as “%1” (%2 of %3 characters).")
                     .arg(ContactHint::headerForDisplay(contact))
                     .arg(length)
                     .arg(limit);
    } else if (typed.isEmpty()) {
        hint = tr("With “%1” in front, your account's address takes %2 characters; Clockodo allows %3. Enter a "
                  "shorter contact e-mail address.")
                   .arg(ContactHint::headerForDisplay(QString()))
                   .arg(length)
                   .arg(limit);
    } else {
        hint = tr("With “%1” in front, this address takes %2 characters; Clockodo allows %3. Enter a shorter "
                  "address; it is not saved until it fits.")
                   .arg(ContactHint::headerForDisplay(QString()))
                   .arg(length)
                   .arg(limit);
    }
    m_ui->contactHintLabel->setText(hint);
    m_ui->contactHintLabel->setToolTip(detail);
    fitHeight();
}

void SettingsDialog::updateApiUrlHint()
{
    if (!Settings::environmentBaseUrl().isEmpty()) {
        m_ui->apiUrlHintLabel->setText(tr("Set by the environment variable CLOCKODO_API_URL."));
        return;
    }
    const QString text = m_ui->apiUrlLineEdit->text().trimmed();
    if (!text.isEmpty() && !ApiClient::isAcceptableBaseUrl(QUrl(text, QUrl::StrictMode))) {
        m_ui->apiUrlHintLabel->setText(tr("Enter an address that starts with https:// (http:// only for this "
                                          "computer). It is not saved until it is valid."));
        if (!m_ui->advancedToolButton->isChecked())
            m_ui->advancedToolButton->setChecked(true);
        return;
    }
    m_ui->apiUrlHintLabel->setText(tr("Only change this if Clockodo told you to. Your API key is sent to this "
                                      "address."));
}

void SettingsDialog::setAdvancedVisible(bool visible)
{
    m_ui->advancedToolButton->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_ui->advancedWidget->setVisible(visible);
    fitHeight();
}

void SettingsDialog::showAutostartError(bool on, const QString& error)
{
    m_autostartError = on
        ? tr("clockodo-desktop could not be set up to start at login: %1").arg(error)
        : tr("clockodo-desktop could not be removed from the programs started at login: %1").arg(error);
    const QSignalBlocker blocker(m_ui->startAtLoginCheckBox);
    m_ui->startAtLoginCheckBox->setChecked(m_autostart->isEnabled());
    m_ui->autostartErrorLabel->setText(m_autostartError);
    m_ui->autostartErrorLabel->setVisible(true);
    fitHeight();
}

void SettingsDialog::applyStartAtLogin(bool on)
{
    if (!m_autostart)
        return;
    QString error;
    if (m_autostart->setEnabled(on, &error)) {
        m_autostartError.clear();
        m_settings->setStartAtLogin(on);
    } else {
        showAutostartError(on, error);
        return;
    }
    m_ui->autostartErrorLabel->setText(m_autostartError);
    m_ui->autostartErrorLabel->setVisible(!m_autostartError.isEmpty());
    fitHeight();
}

void SettingsDialog::applyContactEmail()
{
    updateContactHint();
    const QString typed = m_ui->contactEmailLineEdit->text().trimmed();
    if (typed.isEmpty()) {
        m_settings->setContactEmail(QString());
        return;
    }
    // Only what the header can carry is saved: a longer value would make every request fail.
    if (looksLikeEmail(typed) && ContactHint::fits(typed))
        m_settings->setContactEmail(typed);
}

void SettingsDialog::applyApiUrl()
{
    if (m_ui->apiUrlLineEdit->isReadOnly())
        return;
    const QString text = m_ui->apiUrlLineEdit->text().trimmed();
    const QUrl url = text.isEmpty() ? ApiClient::defaultBaseUrl() : QUrl(text, QUrl::StrictMode);
    if (!m_settings->setBaseUrl(url)) {
        updateApiUrlHint();
        return;
    }
    const QSignalBlocker blocker(m_ui->apiUrlLineEdit);
    m_ui->apiUrlLineEdit->setText(m_settings->baseUrl().toString());
    updateApiUrlHint();
}

void SettingsDialog::confirmSignOut()
{
    if (m_confirmation)
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Sign out"), tr("Sign out of %1?").arg(m_session->email()),
                                QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(m_session->source() == AccountSession::Source::Environment
                                ? tr("The credentials from the environment variables are used again at the next "
                                     "start.")
                                : tr("The API key is removed from this computer's keychain. To sign in again you need "
                                     "the key from Clockodo (My data → API key)."));
    QPushButton* signOut = box->addButton(tr("Sign out"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, signOut](QAbstractButton* button) {
        if (button == signOut)
            m_session->signOut();
    });
    m_confirmation = box;
    box->open();
}

void SettingsDialog::fitHeight()
{
    // The tabs ask for their content's full height, capped by what the screen leaves beside the buttons and the window
    // frame (a tab scrolls beyond that); then the dialog takes the height its layout needs (HeightFitter).
    const QScreen* screen = this->screen();
    const int available = screen ? screen->availableGeometry().height() : 768;
    const int frame = 48; // title bar and frame, which the window manager adds outside our geometry
    const int buttons = m_ui->buttonBox->sizeHint().height() + 3 * m_ui->mainLayout->spacing()
        + m_ui->mainLayout->contentsMargins().top() + m_ui->mainLayout->contentsMargins().bottom();
    m_tabs->fit(available - frame - buttons);
    HeightFitter::fit(this);
}

void SettingsDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    fitHeight();
}
