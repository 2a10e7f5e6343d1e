// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// uptrack maintenance, driven as a user's script would: with no core running, and with a
// headless one that takes the window at once.
#include "httpsink.h"
#include "processhelpers.h"

#include <QDateTime>

using namespace testsupport;

namespace {
QString isoIn(qint64 seconds)
{
    return QDateTime::currentDateTimeUtc().addSecs(seconds).toString(Qt::ISODate);
}
} // namespace

class TestMaintenanceCli : public testsupport::CliTest
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Webhook URLs go to the encrypted file store in this test's folder.
        qputenv("UPTRACK_SECRETS", "file");
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    }
    void init() { nextDatabase(); }

    // The crash drill's window: a monitor in a window by tag sends nothing while it is open,
    // the core is killed (kill -9) inside it and started again after it ended; then the
    // monitor is expected afresh and, when it misses, alerts once.
    void aWindowSurvivesKill9AndTheMissAfterItAlertsOnce()
    {
        HttpSink sink;
        QCOMPARE(cli(withDb({"channel", "add", "--kind", "webhook", "--name", "ops", "--default"}),
                     sink.url().toUtf8() + "\n")
                         .exitCode,
                 0);
        const quint16 port = freePort();
        auto instance = std::make_unique<Instance>(m_db, port);
        QVERIFY(instance->waitReady());
        const CliResult m = cli(withDb({"monitor", "add", "--name", "job", "--period", "2s",
                                        "--grace", "0s", "--tag", "office", "--json"}));
        QCOMPARE(m.exitCode, 0);
        const QByteArray path = "/ping/" + m.object().value("token").toString().toLatin1();
        QCOMPARE(httpStatus(port, "GET", path), 200);
        const QDateTime end = QDateTime::currentDateTimeUtc().addSecs(8);
        QCOMPARE(cli(withDb({"maintenance", "add", "--name", "switch", "--tag", "office", "--from",
                             "now", "--to", end.toString(Qt::ISODate)}))
                         .exitCode,
                 0);
        QCOMPARE(cli(withDb({"monitor", "show", "job", "--json"})).object().value("status"),
                 QJsonValue(QStringLiteral("maintenance")));
        QTest::qWait(3000); // its deadline passes inside the window
        QVERIFY(sink.accepted.isEmpty());
        instance->kill9();
        while (QDateTime::currentDateTimeUtc() < end.addSecs(1))
            QTest::qWait(100);
        instance = std::make_unique<Instance>(m_db, port);
        QVERIFY(instance->waitReady());
        // Left at start, due one period later, down then (grace 0): one alert.
        QTRY_COMPARE_WITH_TIMEOUT(sink.accepted.size(), 1, 15'000);
        QCOMPARE(sink.accepted[0].json().value("kind").toString(), QStringLiteral("down"));
        QTest::qWait(1500);
        QCOMPARE(sink.accepted.size(), 1);
        const QJsonArray alerts = cli(withDb({"alerts", "--json", "--monitor", "job"})).array();
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(instance->terminate(), 0);
    }

    void addListShowEditRemove()
    {
        QCOMPARE(cli(withDb({"monitor", "add", "--name", "backup", "--tag", "nas"})).exitCode, 0);
        QCOMPARE(cli(withDb({"monitor", "add", "--name", "billing"})).exitCode, 0);
        const CliResult added
                = cli(withDb({"maintenance", "add", "--name", "disk swap", "--tag", "nas", "--from",
                              isoIn(3600), "--to", isoIn(7200), "--notify", "--json"}));
        QCOMPARE(added.exitCode, 0);
        const QJsonObject w = added.object();
        QCOMPARE(w.value("name").toString(), QStringLiteral("disk swap"));
        QCOMPARE(w.value("tags").toArray().first().toString(), QStringLiteral("nas"));
        QCOMPARE(w.value("active").toBool(), false);
        QCOMPARE(w.value("notify").toBool(), true);
        QCOMPARE(w.value("duration").toDouble(), 3600.0);
        QVERIFY(w.value("cron").isNull());
        QVERIFY(!w.value("current_or_next").toObject().value("start").toString().isEmpty());

        const CliResult list = cli(withDb({"maintenance", "list", "--json"}));
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.array().size(), 1);
        const CliResult text = cli(withDb({"maintenance", "list"}));
        QVERIFY2(text.out.contains("disk swap"), text.out.constData());

        // Not yet: the monitor is not in it.
        QVERIFY(cli(withDb({"monitor", "show", "backup", "--json"}))
                        .object()
                        .value("maintenance")
                        .isNull());
        // Moved to now: it is, with the window's name and end.
        const CliResult edited = cli(withDb({"maintenance", "edit", "disk swap", "--from", "now",
                                             "--to", isoIn(1800), "--json"}));
        QCOMPARE(edited.exitCode, 0);
        QCOMPARE(edited.object().value("active").toBool(), true);
        const QJsonObject backup = cli(withDb({"monitor", "show", "backup", "--json"})).object();
        QCOMPARE(backup.value("status").toString(), QStringLiteral("maintenance"));
        QCOMPARE(backup.value("maintenance").toObject().value("name").toString(),
                 QStringLiteral("disk swap"));
        QVERIFY(!backup.value("maintenance").toObject().value("until").toString().isEmpty());
        QCOMPARE(cli(withDb({"monitor", "show", "billing", "--json"}))
                         .object()
                         .value("status")
                         .toString(),
                 QStringLiteral("new"));
        const CliResult inMaintenance
                = cli(withDb({"monitor", "list", "--status", "maintenance", "--json"}));
        QCOMPARE(inMaintenance.array().size(), 1);

        const CliResult shown = cli(withDb({"maintenance", "show", "disk swap"}));
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.out.contains("in maintenance until"), shown.out.constData());

        QCOMPARE(cli(withDb({"maintenance", "remove", "disk swap"})).exitCode, 0);
        QCOMPARE(cli(withDb({"maintenance", "list", "--json"})).array().size(), 0);
        QCOMPARE(cli(withDb({"maintenance", "show", "disk swap"})).exitCode, 1);
    }

    void badInputGetsASentence_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::addRow("ends before it starts")
                << QStringList{"--all", "--from", isoIn(7200), "--to", isoIn(3600)} << 1
                << "ends before it starts";
        QTest::addRow("already over")
                << QStringList{"--all", "--from", isoIn(-7200), "--to", isoIn(-3600)} << 1
                << "already over";
        QTest::addRow("never occurs")
                << QStringList{"--all", "--cron", "0 0 30 2 *", "--duration", "1h"} << 1
                << "never fire";
        QTest::addRow("unknown tag")
                << QStringList{"--tag", "nosuch", "--from", "now", "--to", isoIn(60)} << 1
                << "No monitor has the tag";
        QTest::addRow("unknown monitor")
                << QStringList{"--monitor", "nosuch", "--from", "now", "--to", isoIn(60)} << 1
                << "No monitor is named";
        QTest::addRow("not a duration")
                << QStringList{"--all", "--cron", "0 2 * * *", "--duration", "soon"} << 2
                << "--duration";
        QTest::addRow("not a time")
                << QStringList{"--all", "--from", "tomorrow", "--to", isoIn(60)} << 2 << "--from";
        QTest::addRow("both kinds")
                << QStringList{"--all", "--from", "now", "--to", isoIn(60), "--cron", "0 2 * * *"}
                << 2 << "not both";
        QTest::addRow("no time") << QStringList{"--all"} << 2 << "Say when";
        QTest::addRow("covers nothing")
                << QStringList{"--from", "now", "--to", isoIn(60)} << 1 << "--tag T or --all";
    }
    void badInputGetsASentence()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        QCOMPARE(cli(withDb({"monitor", "add", "--name", "job"})).exitCode, 0);
        const CliResult r = cli(withDb(QStringList{"maintenance", "add", "--name", "w"} + args));
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
        QCOMPARE(cli(withDb({"maintenance", "list", "--json"})).array().size(), 0);
    }

    // A running core takes a window at once: its monitors are in maintenance, their
    // deadlines do not alert, and they come out of it when it is removed.
    void aRunningCoreTakesTheWindowAtOnce()
    {
        const quint16 port = freePort();
        Instance instance(m_db, port);
        QVERIFY(instance.waitReady());
        const CliResult m = cli(withDb(
                {"monitor", "add", "--name", "job", "--period", "1m", "--grace", "1m", "--json"}));
        QCOMPARE(m.exitCode, 0);
        const QString token = m.object().value("token").toString();
        QCOMPARE(httpStatus(port, "GET", "/ping/" + token.toLatin1()), 200);
        const CliResult added = cli(withDb({"maintenance", "add", "--name", "now", "--all",
                                            "--from", "now", "--to", isoIn(600)}));
        QCOMPARE(added.exitCode, 0);
        const QJsonObject shown = cli(withDb({"monitor", "show", "job", "--json"})).object();
        QCOMPARE(shown.value("status").toString(), QStringLiteral("maintenance"));
        // The core wrote it: stored as maintenance, not only shown so.
        QCOMPARE(cli(withDb({"maintenance", "remove", "now"})).exitCode, 0);
        const QJsonObject after = cli(withDb({"monitor", "show", "job", "--json"})).object();
        QCOMPARE(after.value("status").toString(), QStringLiteral("up"));
        QVERIFY(after.value("maintenance").isNull());
        QCOMPARE(instance.terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMaintenanceCli)
#include "tst_maintenancecli.moc"
