// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/fakedemodata.h"

#include <QList>
#include <QRandomGenerator>
#include <QTimeZone>

namespace {

struct Booking
{
    qint64 customersId = 0;
    qint64 projectsId = 0;
    qint64 servicesId = 0;
    int billableDefault = 0;
    double hourlyRate = 0.0;
};

const QStringList& demoTexts()
{
    static const QStringList texts {
        QStringLiteral("Abstimmung mit dem Kunden"),
        QStringLiteral("Planning workshop"),
        QStringLiteral("Konzept überarbeiten"),
        QStringLiteral("Support triage"),
        QStringLiteral("E-Mails bearbeiten"),
        QStringLiteral("Code review"),
        QStringLiteral("Réunion de lancement"),
        QStringLiteral("Angebot erstellen"),
        QStringLiteral("Incident follow-up"),
        QStringLiteral("Layout-Entwürfe"),
        QStringLiteral("Dokumentation aktualisieren"),
        QStringLiteral("Telefonat: Rückfragen zur Rechnung"),
        QStringLiteral("Sprint-Planung"),
        QStringLiteral("Fehleranalyse Buchungsformular"),
        QString(),
    };
    return texts;
}

// Customer/project/service combinations a user could book today.
QList<Booking> bookableCombinations(const FakeStore& store)
{
    QList<Booking> result;
    for (const FakeStore::Customer& customer : store.customers()) {
        if (!customer.active)
            continue;
        QList<qint64> projects { 0 };
        for (const FakeStore::Project& project : store.projects()) {
            if (project.customersId == customer.id && project.active && !project.completed)
                projects.append(project.id);
        }
        for (qint64 projectId : std::as_const(projects)) {
            const FakeStore::Project* project = store.project(projectId);
            const QList<qint64>& assignments = project && !project->serviceAssignments.isEmpty()
                ? project->serviceAssignments
                : customer.serviceAssignments;
            for (const FakeStore::Service& service : store.services()) {
                if (!service.active || (!assignments.isEmpty() && !assignments.contains(service.id)))
                    continue;
                const bool billable = project ? project->billableDefault : customer.billableDefault;
                result.append(Booking { customer.id, projectId, service.id, billable ? 1 : 0, customer.hourlyRate });
            }
        }
    }
    return result;
}

FakeStore::Entry timeEntry(const FakeStore& store, const Booking& booking, const QDateTime& since,
                           const QDateTime& until, const QString& text, int billable, bool clocked)
{
    FakeStore::Entry entry;
    entry.type = FakeStore::TimeEntry;
    entry.customersId = booking.customersId;
    entry.projectsId = booking.projectsId;
    entry.servicesId = booking.servicesId;
    entry.usersId = store.user().id;
    entry.billable = billable;
    entry.text = text;
    entry.since = since;
    entry.until = until;
    entry.clocked = clocked;
    entry.clockedSince = clocked ? since : QDateTime();
    entry.inserted = clocked ? since : until.addSecs(600);
    entry.lastChange = until.addSecs(clocked ? 0 : 600);
    entry.lastChangeWorkTime = entry.lastChange;
    entry.hourlyRate = booking.hourlyRate;
    return entry;
}

struct DemoIds
{
    qint64 hotel = 0;
    qint64 winterProject = 0;
    qint64 consulting = 0;
    qint64 travelCosts = 0;
    qint64 flatRate = 0;
};

DemoIds seedMasterData(FakeStore& store, const QDateTime& now)
{
    const auto customer
        = [&](const QString& name, const QString& number, int color, bool active, bool billable, double rate) {
              FakeStore::Customer record;
              record.name = name;
              record.number = number;
              record.color = color;
              record.active = active;
              record.billableDefault = billable;
              record.hourlyRate = rate;
              return store.addCustomer(record);
          };
    const qint64 baeckerei
        = customer(QStringLiteral("Bäckerei Sonnenschein"), QStringLiteral("K-1001"), 2, true, true, 85.0);
    const qint64 atelier = customer(QStringLiteral("Atelier Lumière"), QStringLiteral("K-1002"), 8, true, true, 95.0);
    const qint64 hotel = customer(QStringLiteral("Hotel Bergblick"), QStringLiteral("K-1003"), 4, true, true, 110.0);
    const qint64 northwind = customer(QStringLiteral("Northwind Traders Ltd."), QString(), 6, true, false, 120.0);
    const qint64 librairie
        = customer(QStringLiteral("Librairie Papillon"), QStringLiteral("K-1005"), 5, true, true, 80.0);
    const qint64 mueller
        = customer(QStringLiteral("Müller & Söhne Maschinenbau"), QStringLiteral("K-1006"), 1, false, true, 100.0);
    store.customer(hotel)->note = QStringLiteral("Ansprechpartnerin: Frau Huber, Rezeption");

    const auto service = [&](const QString& name, const QString& number, bool active) {
        FakeStore::Service record;
        record.name = name;
        record.number = number;
        record.active = active;
        return store.addService(record);
    };
    const qint64 beratung = service(QStringLiteral("Beratung"), QStringLiteral("S-301"), true);
    const qint64 entwicklung = service(QStringLiteral("Entwicklung"), QStringLiteral("S-302"), true);
    const qint64 design = service(QStringLiteral("Design"), QStringLiteral("S-303"), true);
    service(QStringLiteral("Projektmanagement"), QStringLiteral("S-304"), true);
    const qint64 support = service(QStringLiteral("Support"), QStringLiteral("S-305"), true);
    service(QStringLiteral("Schulung"), QStringLiteral("S-306"), false);
    store.customer(hotel)->serviceAssignments = { beratung, entwicklung, support };
    Q_UNUSED(design)

    const QDate today = now.date();
    const auto project = [&](qint64 customersId, const QString& name, const QString& number, bool billable) {
        FakeStore::Project record;
        record.customersId = customersId;
        record.name = name;
        record.number = number;
        record.billableDefault = billable;
        record.startDate = today.addMonths(-3);
        return store.addProject(record);
    };
    const qint64 relaunch = project(baeckerei, QStringLiteral("Website-Relaunch"), QStringLiteral("P-201"), true);
    FakeStore::Project* relaunchProject = store.project(relaunch);
    relaunchProject->hasBudget = true;
    relaunchProject->budgetAmount = 5000.0;
    relaunchProject->deadline = today.addMonths(2);
    project(baeckerei, QStringLiteral("Social-Media-Kampagne"), QStringLiteral("P-202"), true);
    project(atelier, QStringLiteral("Catalogue d’exposition"), QStringLiteral("P-203"), true);
    project(hotel, QStringLiteral("Buchungssystem"), QStringLiteral("P-204"), false);
    const qint64 winter = project(hotel, QStringLiteral("Winterprospekt"), QStringLiteral("P-205"), true);
    store.project(winter)->completed = true;
    store.project(winter)->completedAt = now.addDays(-12);
    project(northwind, QStringLiteral("Data Migration"), QStringLiteral("P-206"), false);
    const qint64 shop = project(librairie, QStringLiteral("Boutique en ligne"), QStringLiteral("P-207"), true);
    store.project(shop)->active = false;
    project(mueller, QStringLiteral("Wartungsvertrag"), QStringLiteral("P-208"), true);

    FakeStore::LumpSumService travel;
    travel.name = QStringLiteral("Travel costs");
    travel.price = 80.25;
    travel.unit = QStringLiteral("km");
    travel.number = QStringLiteral("Travel-123");
    FakeStore::LumpSumService flat;
    flat.name = QStringLiteral("Flat rate support");
    flat.price = 99.0;
    flat.number = QStringLiteral("FR-100");
    return DemoIds { hotel, winter, beratung, store.addLumpSumService(travel), store.addLumpSumService(flat) };
}

} // namespace

void FakeDemoData::seedUser(FakeStore& store)
{
    FakeStore::User& user = store.user();
    user.id = 42;
    user.name = QStringLiteral("Erika Mustermann");
    user.initials = QStringLiteral("EM");
    user.number = QStringLiteral("MA-007");
    user.timezone = QStringLiteral("Europe/Berlin");
    user.language = QStringLiteral("de");
    user.timeformat12h = false;
    user.weekstartMonday = true;
    user.weekendFriday = false;
    user.active = true;
    user.startDate = QDate(2021, 4, 1);
    user.createdAt = QDateTime(QDate(2021, 3, 15), QTime(9, 12), Qt::UTC);
}

void FakeDemoData::seed(FakeStore& store, const QDateTime& now, quint32 seed)
{
    store.clear();
    seedUser(store);
    const FakeStore::User& user = store.user();

    const DemoIds ids = seedMasterData(store, now);

    QRandomGenerator random(seed);
    const QList<Booking> bookings = bookableCombinations(store);
    const QStringList& texts = demoTexts();
    QTimeZone zone(user.timezone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone(3600);
    const QDate today = now.toTimeZone(zone).date();
    const QDateTime winterCompleted = store.project(ids.winterProject)->completedAt;
    const Booking winterBooking { ids.hotel, ids.winterProject, ids.consulting, 1,
                                  store.customer(ids.hotel)->hourlyRate };

    for (int back = 28; back >= 0; --back) {
        const QDate day = today.addDays(-back);
        if (day.dayOfWeek() > 5)
            continue;
        QDateTime cursor(day, QTime(8, 0), zone);
        const QDateTime dayEnd(day, QTime(18, 0), zone);
        bool hadLunch = false;
        while (cursor < dayEnd) {
            const qint64 minutes = 30 + 15 * random.bounded(11); // 30 … 180 min
            QDateTime until = qMin(cursor.addSecs(minutes * 60), dayEnd);
            if (until.toUTC() > now)
                break;
            Booking booking = bookings.at(int(random.bounded(quint32(bookings.size()))));
            // Older days also book on the since completed "Winterprospekt".
            if (cursor < winterCompleted && random.bounded(6) == 0)
                booking = winterBooking;
            int billable = booking.billableDefault;
            if (billable == 1 && back > 14 && random.bounded(2) == 0)
                billable = 2; // already invoiced
            const QString& text = texts.at(int(random.bounded(quint32(texts.size()))));
            const bool clocked = random.bounded(5) != 0;
            store.addEntry(timeEntry(store, booking, cursor.toUTC(), until.toUTC(), text, billable, clocked));
            cursor = until;
            if (!hadLunch && cursor.time() >= QTime(12, 0)) {
                cursor = cursor.addSecs(qint64(60) * (30 + 15 * random.bounded(3)));
                hadLunch = true;
            }
        }
        // Now and then a lump sum: travel costs or a flat rate, or an extra amount on a service.
        const quint32 dice = random.bounded(6);
        const QDateTime bookedAt = QDateTime(day, QTime(17, 30), zone).toUTC();
        if (dice > 1 || bookedAt > now)
            continue;
        const Booking& booking = bookings.at(int(random.bounded(quint32(bookings.size()))));
        FakeStore::Entry lumpSum;
        lumpSum.customersId = booking.customersId;
        lumpSum.projectsId = booking.projectsId;
        lumpSum.usersId = user.id;
        lumpSum.billable = 1;
        lumpSum.since = bookedAt;
        lumpSum.until = bookedAt;
        lumpSum.inserted = bookedAt;
        lumpSum.lastChange = bookedAt;
        lumpSum.lastChangeWorkTime = bookedAt;
        if (dice == 0) {
            lumpSum.type = FakeStore::LumpSumServiceEntry;
            const bool travel = random.bounded(2) == 0;
            lumpSum.lumpSumServicesId = travel ? ids.travelCosts : ids.flatRate;
            lumpSum.lumpSumServicesAmount = travel ? double(10 + random.bounded(90)) : 1.0;
            lumpSum.text = travel ? QStringLiteral("Anfahrt zum Kunden") : QString();
        } else {
            lumpSum.type = FakeStore::LumpSumValueEntry;
            lumpSum.servicesId = booking.servicesId;
            lumpSum.lumpsum = double(50 + 10 * random.bounded(20));
            lumpSum.text = QStringLiteral("Material und Druckkosten");
        }
        store.addEntry(lumpSum);
    }
}

void FakeDemoData::addSyntheticEntries(FakeStore& store, int count, const QDateTime& from, const QDateTime& to,
                                       quint32 seed, const QDateTime& now)
{
    const QList<Booking> bookings = bookableCombinations(store);
    if (count <= 0 || bookings.isEmpty() || to <= from)
        return;
    QRandomGenerator random(seed);
    const QStringList& texts = demoTexts();
    const qint64 slot = qMax<qint64>(2, from.secsTo(to) / count);
    for (int i = 0; i < count; ++i) {
        const QDateTime slotStart = from.addSecs(slot * i);
        const qint64 length = qBound<qint64>(1, slot / 2 + qint64(random.bounded(quint32(qMax<qint64>(1, slot / 2)))),
                                             qMin<qint64>(FakeStore::MaxDurationSeconds, slot - 1));
        const qint64 offset = qint64(random.bounded(quint32(qMax<qint64>(1, slot - length))));
        const QDateTime since = slotStart.addSecs(offset);
        const QDateTime until = since.addSecs(length);
        const Booking& booking = bookings.at(int(random.bounded(quint32(bookings.size()))));
        const QString& text = texts.at(int(random.bounded(quint32(texts.size()))));
        FakeStore::Entry entry = timeEntry(store, booking, since, until,
                                           text.isEmpty() ? QString() : text + QStringLiteral(" #%1").arg(i % 97),
                                           booking.billableDefault, true);
        entry.inserted = qMin(until, now);
        entry.lastChange = entry.inserted;
        entry.lastChangeWorkTime = entry.inserted;
        store.addEntry(entry);
    }
}
