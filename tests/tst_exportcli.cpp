// SPDX-License-Identifier: GPL-3.0-or-later
// clockodo-desktop --export (the real binary) against a fake Clockodo server in this process: the formats by
// suffix, the range options, usage errors and exit codes, no progress line when stderr is not a terminal.
#include "fakeserver/fakeclockodoserver.h"
#include "support/processrun.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestExportCli : public QObject
{
    Q_OBJECT

private:
    QString m_binary;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<FakeClockodoServer> m_server;

    using Result = ProcessResult;

    Result run(const QStringList& arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home->path());
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home->filePath(QStringLiteral("runtime")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.insert(QStringLiteral("CLOCKODO_API_URL"), m_server->baseUrl().toString());
        env.insert(QStringLiteral("CLOCKODO_API_USER"), m_server->email());
        env.insert(QStringLiteral("CLOCKODO_API_KEY"), m_server->apiKey());
        return runProcess(m_binary, arguments, env, m_home->path());
    }

    int count(const QString& path, const QString& sql)
    {
        int n = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cli"));
            db.setDatabaseName(path);
            QSqlQuery q(db);
            if (db.open() && q.exec(sql) && q.next())
                n = q.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("cli"));
        return n;
    }

private slots:
    void initTestCase()
    {
        const QString binaryDir = qEnvironmentVariable("CLOCKODO_BINARY_DIR");
        if (binaryDir.isEmpty())
            QSKIP("CLOCKODO_BINARY_DIR is not set (run through ctest)");
        m_binary = binaryDir + QStringLiteral("/src/app/clockodo-desktop");
        QVERIFY2(QFile::exists(m_binary), qPrintable(m_binary));
    }
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(QDir(m_home->path()).mkpath(QStringLiteral("runtime")));
        QFile::setPermissions(m_home->filePath(QStringLiteral("runtime")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_server = std::make_unique<FakeClockodoServer>();
        QVERIFY(m_server->listen());
        m_server->setNow(QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC));
        m_server->seedDemoData();
    }
    void cleanup()
    {
        m_server.reset();
        m_home.reset();
    }

    void exportsByTheFilesSuffix()
    {
        const int all = int(m_server->allEntries().size());
        const QString db = m_home->filePath(QStringLiteral("out.sqlite"));
        Result r = run({ QStringLiteral("--export"), db, QStringLiteral("--since"), QStringLiteral("2026-10-01"),
                         QStringLiteral("--until"), QStringLiteral("2026-11-30") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QString::number(all)), qPrintable(r.out));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // no progress line: stderr is a pipe
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM entries")), all);

        // Only November (one end given: the rest of its month).
        r = run({ QStringLiteral("--export"), db, QStringLiteral("--since"), QStringLiteral("2026-11-01") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(count(db,
                       QStringLiteral("SELECT COUNT(*) FROM export_runs WHERE range_from = '2026-11-01' AND "
                                      "range_to = '2026-11-30'")),
                 1);

        const QString json = m_home->filePath(QStringLiteral("out.json"));
        r = run({ QStringLiteral("--export"), json, QStringLiteral("--since"), QStringLiteral("2026-10-01"),
                  QStringLiteral("--until"), QStringLiteral("2026-11-30") });
        QCOMPARE(r.exitCode, 0);
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('\n'), all);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown suffix") << QStringList { QStringLiteral("--export"), QStringLiteral("x.txt") };
        QTest::newRow("bad date") << QStringList { QStringLiteral("--export"), QStringLiteral("x.csv"),
                                                   QStringLiteral("--since"), QStringLiteral("2026-13-01") };
        QTest::newRow("until before since")
            << QStringList { QStringLiteral("--export"),   QStringLiteral("x.csv"),   QStringLiteral("--since"),
                             QStringLiteral("2026-11-05"), QStringLiteral("--until"), QStringLiteral("2026-11-04") };
        QTest::newRow("since without export")
            << QStringList { QStringLiteral("--since"), QStringLiteral("2026-11-01") };
        QTest::newRow("with another verb")
            << QStringList { QStringLiteral("--export"), QStringLiteral("x.csv"), QStringLiteral("--status") };
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Result r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(m_home->filePath(QStringLiteral("x.csv"))));
    }

    void apiErrorIsExitCodeOne()
    {
        FakeClockodoServer::Fault fault;
        fault.status = 500;
        fault.attempts = 0;
        fault.pathPrefix = QStringLiteral("/v2/entries");
        m_server->injectFault(fault);
        m_server->setCredentials(m_server->email(), m_server->apiKey());
        const Result r = run({ QStringLiteral("--export"), m_home->filePath(QStringLiteral("e.csv")),
                               QStringLiteral("--since"), QStringLiteral("2026-11-01") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(m_home->filePath(QStringLiteral("e.csv"))));
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
