// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/fakemessages.h"

#include <QList>

#include <array>

namespace {

struct Texts
{
    FakeMessages::Id id;
    const char16_t* en;
    const char16_t* de;
    const char16_t* fr;
};

using Id = FakeMessages::Id;

// clang-format off
constexpr std::array s_texts {
    Texts { Id::Unauthorized,
        u"Authentication failed. Please check the e-mail address and the API key.",
        u"Die Authentifizierung ist fehlgeschlagen. Bitte prüfen Sie E-Mail-Adresse und API-Schlüssel.",
        u"L’authentification a échoué. Veuillez vérifier l’adresse e-mail et la clé API." },
    Texts { Id::MissingExternalApplication,
        u"The header X-Clockodo-External-Application is missing. Please send \"<application name>;<contact e-mail>\".",
        u"Der Header X-Clockodo-External-Application fehlt. Bitte senden Sie „<Anwendungsname>;<Kontakt-E-Mail>“ mit.",
        u"L’en-tête X-Clockodo-External-Application est manquant. Veuillez envoyer « <nom de l’application>;<e-mail de contact> »." },
    Texts { Id::RouteNotFound,
        u"The requested endpoint does not exist.",
        u"Der angeforderte Endpunkt existiert nicht.",
        u"Le point de terminaison demandé n’existe pas." },
    Texts { Id::MethodNotAllowed,
        u"The method %1 is not allowed for this endpoint.",
        u"Die Methode %1 ist für diesen Endpunkt nicht erlaubt.",
        u"La méthode %1 n’est pas autorisée pour ce point de terminaison." },
    Texts { Id::ResourceNotFound,
        u"The requested resource could not be found.",
        u"Die angeforderte Ressource wurde nicht gefunden.",
        u"La ressource demandée est introuvable." },
    Texts { Id::Required,
        u"Value is required and cannot be empty.",
        u"Ein Wert ist erforderlich und darf nicht leer sein.",
        u"Une valeur est requise et ne peut pas être vide." },
    Texts { Id::InvalidValue,
        u"The value is invalid. Expected: %1.",
        u"Der Wert ist ungültig. Erwartet: %1.",
        u"La valeur n’est pas valide. Attendu : %1." },
    Texts { Id::InvalidFields,
        u"Missing or invalid parameters: %1",
        u"Fehlende oder ungültige Parameter: %1",
        u"Paramètres manquants ou invalides : %1" },
    Texts { Id::EndBeforeStart,
        u"The end must be after the start.",
        u"Das Ende muss nach dem Beginn liegen.",
        u"La fin doit être postérieure au début." },
    Texts { Id::TimeInFuture,
        u"The time must not be in the future.",
        u"Der Zeitpunkt darf nicht in der Zukunft liegen.",
        u"L’heure ne doit pas se situer dans le futur." },
    Texts { Id::TooLong,
        u"An entry may be at most 23:59:59 hours long.",
        u"Ein Eintrag darf höchstens 23:59:59 Stunden lang sein.",
        u"Une entrée peut durer au maximum 23:59:59 heures." },
    Texts { Id::ResourceInactive,
        u"The resource is inactive.",
        u"Die Ressource ist inaktiv.",
        u"La ressource est inactive." },
    Texts { Id::ProjectNotOfCustomer,
        u"The project does not belong to the selected customer.",
        u"Das Projekt gehört nicht zum ausgewählten Kunden.",
        u"Le projet n’appartient pas au client sélectionné." },
    Texts { Id::ServiceNotAssigned,
        u"The service is not available for this customer or project.",
        u"Die Leistung ist für diesen Kunden oder dieses Projekt nicht verfügbar.",
        u"La prestation n’est pas disponible pour ce client ou ce projet." },
    Texts { Id::ProjectCompleted,
        u"The project is completed.",
        u"Das Projekt ist abgeschlossen.",
        u"Le projet est terminé." },
    Texts { Id::EntryNotRunning,
        u"The entry is not running (any more). It may have been stopped elsewhere.",
        u"Der Eintrag läuft nicht (mehr). Er wurde möglicherweise an anderer Stelle gestoppt.",
        u"L’entrée n’est pas (plus) en cours. Elle a peut-être été arrêtée ailleurs." },
    Texts { Id::ChangedMeanwhile,
        u"The entry has been changed in the meantime. Please reload it.",
        u"Der Eintrag wurde zwischenzeitlich geändert. Bitte laden Sie ihn neu.",
        u"L’entrée a été modifiée entre-temps. Veuillez la recharger." },
    Texts { Id::NotBetween,
        u"The value must be between %1 and %2.",
        u"Der Wert muss zwischen %1 und %2 liegen.",
        u"La valeur doit être comprise entre %1 et %2." },
    Texts { Id::Forbidden,
        u"Access denied.",
        u"Zugriff verweigert.",
        u"Accès refusé." },
    Texts { Id::MalformedBody,
        u"The request body could not be read.",
        u"Der Inhalt der Anfrage konnte nicht gelesen werden.",
        u"Le corps de la requête n’a pas pu être lu." },
    Texts { Id::TooManyRequests,
        u"Too many requests. Please try again later.",
        u"Zu viele Anfragen. Bitte versuchen Sie es später erneut.",
        u"Trop de requêtes. Veuillez réessayer plus tard." },
    Texts { Id::ServerError,
        u"An unknown error occurred.",
        u"Ein unbekannter Fehler ist aufgetreten.",
        u"Une erreur inconnue s’est produite." },
    Texts { Id::ServiceUnavailable,
        u"The service is temporarily unavailable.",
        u"Der Dienst ist vorübergehend nicht verfügbar.",
        u"Le service est temporairement indisponible." },
    Texts { Id::GeneralError,
        u"An error occurred, please try again.",
        u"Ein Fehler ist aufgetreten, bitte versuchen Sie es erneut.",
        u"Une erreur s’est produite, veuillez réessayer." },
};
// clang-format on

} // namespace

QString FakeMessages::language(const QByteArray& acceptLanguage)
{
    QString best = QStringLiteral("en");
    double bestQ = -1.0;
    const QList<QByteArray> ranges = acceptLanguage.split(',');
    for (const QByteArray& range : ranges) {
        const QList<QByteArray> parts = range.split(';');
        const QString tag = QString::fromLatin1(parts.constFirst().trimmed()).toLower();
        const QString primary = tag.section(QLatin1Char('-'), 0, 0);
        double q = 1.0;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray param = parts.at(i).trimmed();
            if (param.startsWith("q=")) {
                bool ok = false;
                q = param.mid(2).toDouble(&ok);
                if (!ok)
                    q = 0.0;
            }
        }
        const bool supported
            = primary == QLatin1String("en") || primary == QLatin1String("de") || primary == QLatin1String("fr");
        if (supported && q > 0.0 && q > bestQ) {
            best = primary;
            bestQ = q;
        }
    }
    return best;
}

QString FakeMessages::text(Id id, const QString& language)
{
    for (const Texts& texts : s_texts) {
        if (texts.id != id)
            continue;
        if (language == QLatin1String("de"))
            return QString::fromUtf16(texts.de);
        if (language == QLatin1String("fr"))
            return QString::fromUtf16(texts.fr);
        return QString::fromUtf16(texts.en);
    }
    return {};
}
