// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 11, item 1, at the level users hit: the real Application runs the demo, is used, then signs in to another
// (fake) Clockodo whose ids mean other things. The tray's Continue, --toggle and --start 1 sent through the single
// instance, the quick-start and entry dialogs: not one request to the new account carries an id it did not hand
// out, and no window, picker, tray tooltip or menu shows a name of the demo.
#include "app/application.h"
#include "core/cli/commandrunner.h"
#include "core/platform/singleinstance.h"
#include "core/session/accountdata.h"
#include "core/session/accountsession.h"
#include "core/tracking/recenttasks.h"
#include "core/tracking/stopwatch.h"
#include "core/tracking/stopwatchsession.h"
#include "core/tracking/taskcatalog.h"
#include "fakeserver/fakeclockodoserver.h"
#include "gui/dialogs/entryeditdialog.h"
#include "gui/dialogs/quickstartdialog.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/tray/traycontroller.h"
#include "models/entrytablemodel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

namespace {

const QDateTime T0(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

struct Reply
{
    int exitCode = -1;
    QString output;
};

template<typename T>
T* widgetOf()
{
    const QList<QWidget*> windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        if (auto* found = qobject_cast<T*>(window); found && found->isVisible())
            return found;
    }
    return nullptr;
}

// Everything a user can read in the visible windows: labels, buttons' and fields' texts, every row of every combo box
// and item view (the pickers' lists and the table included), window titles.
QStringList visibleTexts()
{
    QStringList texts;
    const auto add = [&texts](const QObject* where, const QString& text) {
        if (!text.isEmpty())
            texts << QStringLiteral("%1 %2: %3")
                         .arg(QString::fromLatin1(where->metaObject()->className()), where->objectName(), text);
    };
    const QList<QWidget*> windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        if (!window->isVisible())
            continue;
        add(window, window->windowTitle());
        for (QLabel* label : window->findChildren<QLabel*>())
            add(label, label->text());
        for (QLineEdit* edit : window->findChildren<QLineEdit*>()) {
            add(edit, edit->text());
            add(edit, edit->placeholderText());
        }
        for (QPlainTextEdit* edit : window->findChildren<QPlainTextEdit*>())
            add(edit, edit->toPlainText());
        for (QComboBox* combo : window->findChildren<QComboBox*>()) {
            add(combo, combo->currentText());
            for (int i = 0; i < combo->count(); ++i)
                add(combo, combo->itemText(i));
        }
        for (QAbstractItemView* view : window->findChildren<QAbstractItemView*>()) {
            const QAbstractItemModel* model = view->model();
            if (!model)
                continue;
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    add(view, model->index(row, column).data(Qt::DisplayRole).toString());
                    add(view, model->index(row, column).data(Qt::ToolTipRole).toString());
                }
            }
        }
        for (QAction* action : window->findChildren<QAction*>()) {
            if (!action->isVisible())
                continue;
            add(action, action->text());
            add(action, action->toolTip());
        }
    }
    return texts;
}

} // namespace

class TestAppAccountSwitch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<SingleInstance> m_instance;
    std::unique_ptr<Application> m_app;
    std::unique_ptr<FakeClockodoServer> m_real;
    qint64 m_realCustomer = 0;
    qint64 m_realService = 0;
    qint64 m_realEntry = 0;
    QString m_realEmail;

    Reply sendCommand(const CommandRunner::Command& command)
    {
        SingleInstance caller(m_instance->key());
        QSignalSpy replied(&caller, &SingleInstance::replied);
        QSignalSpy failed(&caller, &SingleInstance::sendFailed);
        caller.send(command.toJson());
        Reply reply;
        if (!QTest::qWaitFor([&] { return !replied.isEmpty() || !failed.isEmpty(); }, 30000) || replied.isEmpty())
            return reply;
        reply.exitCode = replied.first().at(0).toInt();
        reply.output = replied.first().at(1).toString();
        return reply;
    }

    static CommandRunner::Command command(CommandRunner::Command::Kind kind, int recentIndex = 0)
    {
        CommandRunner::Command c;
        c.kind = kind;
        c.recentIndex = recentIndex;
        return c;
    }

    StopwatchSession* session() const { return m_app->findChild<StopwatchSession*>(); }
    AccountData* accountData() const { return m_app->findChild<AccountData*>(); }
    TrayController* tray() const { return m_app->findChild<TrayController*>(); }

    // The session has read the clock, the catalog and the recent tasks (of the account naming `customer`).
    bool waitForAccount(qint64 customer = 0, const QString& name = {})
    {
        return QTest::qWaitFor(
            [&] {
                StopwatchSession* s = session();
                return s->catalog()->isLoaded() && s->stopwatch()->isKnown() && s->recentTasks()->isLoaded()
                    && !s->stopwatch()->isBusy() && (customer == 0 || s->catalog()->customerName(customer) == name);
            },
            30000);
    }

    // The ids a request to the real account carries: in its path and its body.
    static QList<qint64> idsIn(const FakeClockodoServer::LoggedRequest& r, QStringList* names)
    {
        QList<qint64> ids;
        static const QRegularExpression number(QStringLiteral("/(\\d+)(?:/|$)"));
        auto it = number.globalMatch(r.path);
        while (it.hasNext()) {
            ids << it.next().captured(1).toLongLong(); // "/v2/" has no id: the digits follow a letter
            *names << QStringLiteral("%1 %2").arg(QString::fromLatin1(r.method), r.path);
        }
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        for (auto key = body.begin(); key != body.end(); ++key) {
            if (key.key().endsWith(QLatin1String("_id")) && key.value().toInteger() != 0) {
                ids << key.value().toInteger();
                *names << QStringLiteral("%1 %2 %3").arg(QString::fromLatin1(r.method), r.path, key.key());
            }
        }
        for (const auto& item : r.query) {
            if (item.first.contains(QLatin1String("_id")) || item.first.contains(QLatin1String("id]"))) {
                ids << item.second.toLongLong();
                *names << QStringLiteral("%1 %2 ?%3").arg(QString::fromLatin1(r.method), r.path, item.first);
            }
        }
        return ids;
    }

private slots:
    void init()
    {
        m_config = std::make_unique<QTemporaryDir>();
        QVERIFY(m_config->isValid());
        m_instance = std::make_unique<SingleInstance>(QStringLiteral("tst-appaccountswitch-")
                                                      + QUuid::createUuid().toString(QUuid::Id128).left(12));
        QVERIFY(m_instance->listen());

        // The real account: the demo's customer and service ids (from 101 and 301) are inactive things here; its
        // one active customer and service come after them.
        m_real = std::make_unique<FakeClockodoServer>();
        m_real->setNow(QDateTime::currentDateTimeUtc());
        QVERIFY(m_real->listen());
        m_realEmail = QStringLiteral("max-%1@example.org").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        m_real->setCredentials(m_realEmail, QStringLiteral("real-api-key-1111"));
        for (int i = 0; i < 12; ++i) {
            m_real->addCustomer(QStringLiteral("Alt %1").arg(i), false);
            m_real->addService(QStringLiteral("Alt %1").arg(i), false);
        }
        m_realCustomer = m_real->addCustomer(QStringLiteral("Stadtwerke"));
        m_realService = m_real->addService(QStringLiteral("Wartung"));
        const QDateTime yesterday = QDateTime::currentDateTimeUtc().addDays(-1);
        m_realEntry = m_real->addTimeEntry(m_realCustomer, 0, m_realService, yesterday, yesterday.addSecs(1800),
                                           QStringLiteral("Zähler"), 1);
    }

    void cleanup()
    {
        const QList<QWidget*> windows = QApplication::topLevelWidgets();
        for (QWidget* window : windows) {
            if (qobject_cast<QDialog*>(window))
                window->close();
        }
        m_app.reset();
        QTest::qWait(0);
        m_real.reset();
        m_instance.reset();
        m_config.reset();
    }

    void nothingOfTheDemoReachesTheRealAccount()
    {
        Application::Options options;
        options.demo = true;
        options.configDir = m_config->path();
        options.instance = m_instance.get();
        m_app = std::make_unique<Application>(options);
        QVERIFY(m_app->start());
        auto* demo = m_app->findChild<FakeClockodoServer*>();
        QVERIFY(demo);
        QVERIFY(waitForAccount());

        // Use the demo: a clock on its first recent task, stopped again; Continue now means a demo task.
        Stopwatch* stopwatch = session()->stopwatch();
        if (stopwatch->isRunning())
            QCOMPARE(sendCommand(command(CommandRunner::Command::Kind::Stop)).exitCode, 0);
        QCOMPARE(sendCommand(command(CommandRunner::Command::Kind::Start, 1)).exitCode, 0);
        QCOMPARE(sendCommand(command(CommandRunner::Command::Kind::Stop)).exitCode, 0);
        QVERIFY(stopwatch->lastTask());

        // The demo's names (the long, distinctive ones) and the text of its last task.
        QStringList demoNames;
        for (const Customer& c : accountData()->customers())
            demoNames << c.name;
        for (const Project& p : accountData()->projects())
            demoNames << p.name;
        for (const Service& s : accountData()->services())
            demoNames << s.name;
        demoNames << stopwatch->lastTask()->text;
        demoNames.removeIf([](const QString& name) { return name.size() < 7; });
        QVERIFY(demoNames.size() > 10);

        // A dialog of the demo is open when the user signs in elsewhere.
        MainWindow* window = widgetOf<MainWindow>();
        QVERIFY(window);
        window->newEntry();
        QTRY_VERIFY(widgetOf<EntryEditDialog>());
        tray()->openStartDialog();
        QTRY_VERIFY(widgetOf<QuickStartDialog>());

        // Sign in to the real account, as the sign-in dialog does.
        auto* account = m_app->findChild<AccountSession*>();
        QSignalSpy signedIn(account, &AccountSession::signedIn);
        account->signIn(m_realEmail, QStringLiteral("real-api-key-1111"), m_real->baseUrl());
        QVERIFY(signedIn.wait(30000));
        QVERIFY(waitForAccount(m_realCustomer, QStringLiteral("Stadtwerke")));
        QTRY_VERIFY_WITH_TIMEOUT(!widgetOf<EntryEditDialog>() && !widgetOf<QuickStartDialog>(), 10000);

        // Continue from the tray, --toggle, --stop, --start 1, the quick-start and the entry dialog.
        tray()->updateNow();
        if (tray()->continueAction()->isEnabled())
            tray()->continueAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!stopwatch->isBusy(), 30000);
        if (stopwatch->isRunning())
            QCOMPARE(sendCommand(command(CommandRunner::Command::Kind::Stop)).exitCode, 0);
        const Reply toggled = sendCommand(command(CommandRunner::Command::Kind::Toggle));
        QVERIFY2(toggled.exitCode != -1, "no answer to --toggle");
        if (stopwatch->isRunning())
            QCOMPARE(sendCommand(command(CommandRunner::Command::Kind::Stop)).exitCode, 0);
        const Reply started = sendCommand(command(CommandRunner::Command::Kind::Start, 1));
        QVERIFY2(started.exitCode != -1, "no answer to --start 1");
        for (const QString& name : std::as_const(demoNames)) {
            QVERIFY2(!toggled.output.contains(name), qPrintable(toggled.output));
            QVERIFY2(!started.output.contains(name), qPrintable(started.output));
        }

        tray()->openStartDialog();
        QTRY_VERIFY(widgetOf<QuickStartDialog>());
        window->newEntry();
        QTRY_VERIFY(widgetOf<EntryEditDialog>());
        window->refreshEntries();
        QTRY_VERIFY_WITH_TIMEOUT(window->entryModel()->rowCount() > 0, 30000);
        QTest::qWait(50); // anything queued behind the dialogs and the table

        // Not one foreign id was sent: the real account only ever heard its own customer, service and entries.
        const QSet<qint64> handedOut { m_realCustomer, m_realService, m_realEntry, m_real->currentUserId() };
        int starts = 0;
        for (const auto& r : m_real->requestLog()) {
            QStringList where;
            const QList<qint64> ids = idsIn(r, &where);
            if (r.method == "POST" && r.path == QLatin1String("/api/v2/clock")) {
                ++starts;
                const QJsonObject body = QJsonDocument::fromJson(r.body).object();
                QCOMPARE(body.value(QLatin1String("customers_id")).toInteger(), m_realCustomer);
                QCOMPARE(body.value(QLatin1String("services_id")).toInteger(), m_realService);
                QCOMPARE(body.value(QLatin1String("projects_id")).toInteger(), 0);
                continue;
            }
            if (r.method == "DELETE" && r.path.startsWith(QLatin1String("/api/v2/clock/"))) {
                // A stop names the clock entry the real account started (it knows it: not 404).
                QVERIFY2(r.status / 100 == 2, qPrintable(r.path));
                continue;
            }
            for (int i = 0; i < ids.size(); ++i)
                QVERIFY2(handedOut.contains(ids.at(i)),
                         qPrintable(QStringLiteral("%1 carries %2").arg(where.value(i)).arg(ids.at(i))));
        }
        QVERIFY(starts >= 2); // --toggle and --start 1 did start the real account's task

        // No demo name anywhere the user can read.
        QStringList texts = visibleTexts();
        texts << QStringLiteral("tray tooltip: ") + tray()->toolTip()
              << QStringLiteral("tray icon tooltip: ") + tray()->trayIcon()->toolTip();
        for (QAction* action : tray()->menu()->actions()) {
            // Hidden actions too: an unused recent-task slot must not keep the previous account's task.
            texts << QStringLiteral("tray menu: ") + action->text()
                  << QStringLiteral("tray menu: ") + action->toolTip();
        }
        const QString all = texts.join(u'\n');
        QVERIFY(all.contains(QLatin1String("Stadtwerke")));
        for (const QString& name : std::as_const(demoNames)) {
            for (const QString& text : std::as_const(texts))
                QVERIFY2(!text.contains(name),
                         qPrintable(QStringLiteral("the demo's \"%1\" is shown: %2").arg(name, text)));
        }
    }
};

QTEST_MAIN(TestAppAccountSwitch)
#include "tst_appaccountswitch.moc"
