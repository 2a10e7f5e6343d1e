// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The alert policy end to end, as a user's script drives it: a headless core, the command
// line, pings over HTTP and loopback webhooks that record what they get. Dependencies
// (the router case), escalation (delivered after its delay, cancelled by a recovery, kept
// across kill -9), failures in a row, the shortest run, acknowledgement and mute.
#include "httpsink.h"
#include "processhelpers.h"

using namespace testsupport;

class TestPolicyCli : public testsupport::CliTest
{
    Q_OBJECT

    /// A webhook channel to `sink`.
    void channel(const HttpSink &sink, const char *name, bool isDefault = true)
    {
        QStringList args{"channel", "add",    "--kind",
                         "webhook", "--name", QString::fromLatin1(name)};
        if (isDefault)
            args << QStringLiteral("--default");
        QCOMPARE(cli(withDb(args), sink.url().toUtf8() + "\n").exitCode, 0);
    }
    QJsonObject add(QStringList args)
    {
        const CliResult r = cli(withDb(QStringList{"monitor", "add"} << args << "--json"));
        [&] { QVERIFY2(r.exitCode == 0, r.err.constData()); }();
        return r.object();
    }
    QJsonObject show(const char *ref)
    {
        return cli(withDb({"monitor", "show", QString::fromLatin1(ref), "--json"})).object();
    }
    static QByteArray pingPath(const QJsonObject &m, const QByteArray &suffix = {})
    {
        return "/ping/" + m.value("token").toString().toLatin1() + suffix;
    }

private slots:
    void initTestCase()
    {
        qputenv("UPTRACK_SECRETS", "file");
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    }
    void init() { nextDatabase(); }

    // The router reboots: one alert, naming the jobs behind it; they say nothing; when it
    // is back they are expected afresh; a kill -9 meanwhile changes none of it.
    void theRouterCaseSendsOneAlertNamingItsDependents()
    {
        HttpSink sink;
        channel(sink, "ops");
        const quint16 port = freePort();
        auto core = std::make_unique<Instance>(m_db, port);
        QVERIFY(core->waitReady());
        const QJsonObject router = add({"--name", "router", "--period", "2s", "--grace", "1s"});
        const QJsonObject backup = add(
                {"--name", "backup", "--period", "4s", "--grace", "1s", "--depends-on", "router"});
        const QJsonObject mail = add({"--name", "mail-sync", "--period", "4s", "--grace", "1s",
                                      "--depends-on", "router"});
        QCOMPARE(backup.value("depends_on"), QJsonValue(QJsonArray{QStringLiteral("router")}));
        for (const QJsonObject &m : {router, backup, mail})
            QCOMPARE(httpStatus(port, "GET", pingPath(m)), 200);
        QTRY_COMPARE_WITH_TIMEOUT(sink.accepted.size(), 1, 10'000); // the router, at ~3 s
        const QJsonObject down = sink.accepted[0].json();
        QCOMPARE(down.value("kind").toString(), QStringLiteral("down"));
        QCOMPARE(down.value("name").toString(), QStringLiteral("router"));
        QCOMPARE(down.value("dependents"),
                 QJsonValue(QJsonArray{QStringLiteral("backup"), QStringLiteral("mail-sync")}));
        QVERIFY2(down.value("title").toString().contains(QLatin1String("2 dependent monitors")),
                 qPrintable(down.value("title").toString()));
        // The jobs miss too (at ~5 s): recorded, silent.
        QTRY_COMPARE_WITH_TIMEOUT(show("backup").value("status").toString(), QStringLiteral("down"),
                                  10'000);
        QTRY_COMPARE_WITH_TIMEOUT(show("mail-sync").value("status").toString(),
                                  QStringLiteral("down"), 10'000);
        const QJsonObject silent = show("backup");
        QCOMPARE(silent.value("status_reason").toString(), QStringLiteral("parent_down"));
        QCOMPARE(silent.value("parent").toString(), QStringLiteral("router"));
        // Healthchecks' API says the same in its own check objects' extra fields.
        const QString key = cli(withDb({"apikey", "add", "--name", "script", "--json"}))
                                    .object()
                                    .value("key")
                                    .toString();
        QVERIFY(!key.isEmpty());
        QProcess curl;
        curl.start(QStringLiteral("curl"),
                   {"-s", "-H", "X-Api-Key: " + key,
                    QStringLiteral("http://127.0.0.1:%1/api/v3/checks/?slug=backup").arg(port)});
        QVERIFY(curl.waitForFinished(20'000));
        const QJsonArray checks = QJsonDocument::fromJson(curl.readAllStandardOutput())
                                          .object()
                                          .value("checks")
                                          .toArray();
        QCOMPARE(checks.size(), 1);
        const QJsonObject hc = checks[0].toObject();
        QCOMPARE(hc.value("status").toString(), QStringLiteral("down"));
        QCOMPARE(hc.value("depends_on"), QJsonValue(QJsonArray{QStringLiteral("router")}));
        QCOMPARE(hc.value("parent").toString(), QStringLiteral("router"));
        QCOMPARE(hc.value("channel_delays"), QJsonValue(QJsonObject{}));
        QVERIFY(hc.contains("maintenance") && hc.value("maintenance").isNull());
        QVERIFY(hc.contains("acknowledged") && hc.value("acknowledged").isNull());
        core->kill9();
        core = std::make_unique<Instance>(m_db, port);
        QVERIFY(core->waitReady());
        QCOMPARE(show("backup").value("status_reason").toString(), QStringLiteral("parent_down"));
        QCOMPARE(sink.accepted.size(), 1);
        // The router is back: its recovery; the jobs are expected one period later.
        QCOMPARE(httpStatus(port, "GET", pingPath(router)), 200);
        QTRY_COMPARE_WITH_TIMEOUT(sink.accepted.size(), 2, 10'000);
        QCOMPARE(sink.accepted[1].json().value("kind").toString(), QStringLiteral("up"));
        QCOMPARE(show("backup").value("status").toString(), QStringLiteral("up"));
        QCOMPARE(show("backup").value("status_reason").toString(),
                 QStringLiteral("parent_recovered"));
        QVERIFY(show("backup").value("parent").isNull());
        // Its parent fine (paused now), a dependent that still fails alerts on its own.
        QCOMPARE(cli(withDb({"monitor", "pause", "router"})).exitCode, 0);
        QCOMPARE(cli(withDb({"monitor", "pause", "backup"})).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(sink.accepted.size(), 3, 15'000);
        QCOMPARE(sink.accepted[2].json().value("name").toString(), QStringLiteral("mail-sync"));
        QCOMPARE(sink.accepted[2].json().value("reason_code").toString(), QStringLiteral("missed"));
        QCOMPARE(core->terminate(), 0);
    }

    // boss hears 3 s into an outage, once, although the core is killed while it is due;
    // a recovery before the delay means boss hears nothing of that outage.
    void anEscalationComesAfterItsDelayEvenAcrossKill9()
    {
        HttpSink ops;
        HttpSink boss;
        channel(ops, "ops", false);
        channel(boss, "boss", false);
        const quint16 port = freePort();
        auto core = std::make_unique<Instance>(m_db, port);
        QVERIFY(core->waitReady());
        const QJsonObject m = add({"--name", "nas", "--period", "2s", "--grace", "0s", "--channel",
                                   "ops", "--channel", "boss:4s"});
        QCOMPARE(m.value("channel_delays").toObject().value("boss").toDouble(), 4.0);
        QCOMPARE(httpStatus(port, "GET", pingPath(m)), 200);
        QTRY_COMPARE_WITH_TIMEOUT(ops.accepted.size(), 1, 10'000); // down at ~2 s
        QVERIFY(boss.accepted.isEmpty());
        core->kill9(); // the escalation is due at ~6 s
        QTest::qWait(1000);
        core = std::make_unique<Instance>(m_db, port);
        QVERIFY(core->waitReady());
        QTRY_COMPARE_WITH_TIMEOUT(boss.accepted.size(), 1, 10'000);
        QCOMPARE(boss.accepted[0].json().value("kind").toString(), QStringLiteral("down"));
        QTest::qWait(1500);
        QCOMPARE(boss.accepted.size(), 1);
        QCOMPARE(ops.accepted.size(), 1);
        QCOMPARE(httpStatus(port, "GET", pingPath(m)), 200); // both hear of the recovery
        QTRY_COMPARE_WITH_TIMEOUT(boss.accepted.size(), 2, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(ops.accepted.size(), 2, 10'000);
        // Down again at ~2 s; back at ~3 s, before boss's 4 s.
        QTRY_COMPARE_WITH_TIMEOUT(ops.accepted.size(), 3, 10'000);
        QCOMPARE(httpStatus(port, "GET", pingPath(m)), 200);
        QTRY_COMPARE_WITH_TIMEOUT(ops.accepted.size(), 4, 10'000);
        QCOMPARE(cli(withDb({"monitor", "pause", "nas"})).exitCode, 0);
        QTest::qWait(5000);
        QCOMPARE(boss.accepted.size(), 2);
        QCOMPARE(core->terminate(), 0);
    }

    void failuresInARowAndTheShortestRun()
    {
        HttpSink sink;
        channel(sink, "ops");
        const quint16 port = freePort();
        Instance core(m_db, port);
        QVERIFY(core.waitReady());
        const QJsonObject flaky = add({"--name", "flaky", "--period", "1h", "--down-after", "2"});
        QCOMPARE(flaky.value("down_after").toInt(), 2);
        QCOMPARE(httpStatus(port, "GET", pingPath(flaky, "/fail")), 200);
        QJsonObject now = show("flaky");
        QCOMPARE(now.value("status").toString(), QStringLiteral("late"));
        QCOMPARE(now.value("failures_in_a_row").toInt(), 1);
        QCOMPARE(httpStatus(port, "GET", pingPath(flaky, "/fail")), 200);
        QCOMPARE(show("flaky").value("status").toString(), QStringLiteral("down"));
        const QJsonObject backup = add({"--name", "backup", "--period", "1h", "--min-run", "5m"});
        QCOMPARE(backup.value("min_run").toDouble(), 300.0);
        QCOMPARE(httpStatus(port, "GET", pingPath(backup, "/start")), 200);
        QCOMPARE(httpStatus(port, "GET", pingPath(backup)), 200);
        now = show("backup");
        QCOMPARE(now.value("status").toString(), QStringLiteral("down"));
        QCOMPARE(now.value("status_reason").toString(), QStringLiteral("too_fast"));
        QTRY_COMPARE_WITH_TIMEOUT(sink.accepted.size(), 2, 10'000);
        const QJsonObject tooFast = sink.accepted[1].json();
        QCOMPARE(tooFast.value("reason_code").toString(), QStringLiteral("too_fast"));
        QVERIFY2(tooFast.value("reason").toString().startsWith(QLatin1String("finished in ")),
                 qPrintable(tooFast.value("reason").toString()));
        QCOMPARE(cli(withDb({"monitor", "edit", "backup", "--confirm", "3"})).exitCode, 0);
        QCOMPARE(show("backup").value("down_after").toInt(), 3);
        QCOMPARE(core.terminate(), 0);
    }

    void acknowledgeAndMuteFromTheCommandLine()
    {
        HttpSink sink;
        channel(sink, "ops");
        const quint16 port = freePort();
        Instance core(m_db, port);
        QVERIFY(core.waitReady());
        const QJsonObject nas = add({"--name", "nas", "--period", "1h"});
        const CliResult muted = cli(withDb({"mute", "--for", "1h", "--json"}));
        QCOMPARE(muted.exitCode, 0);
        QCOMPARE(muted.object().value("scope").toString(), QStringLiteral("all"));
        QVERIFY(!muted.object().value("until").toString().isEmpty());
        QCOMPARE(httpStatus(port, "GET", pingPath(nas, "/fail")), 200); // down, muted
        const QJsonArray alerts = cli(withDb({"alerts", "--json", "--monitor", "nas"})).array();
        QCOMPARE(alerts.size(), 1);
        const QJsonObject held = alerts[0].toObject().value("deliveries").toArray()[0].toObject();
        QCOMPARE(held.value("outcome").toString(), QStringLiteral("muted"));
        QCOMPARE(held.value("attempts").toInt(), 0);
        QTest::qWait(500);
        QVERIFY(sink.accepted.isEmpty());
        const CliResult ack = cli(withDb({"incident", "ack", "nas", "--note", "on it", "--json"}));
        QVERIFY2(ack.exitCode == 0, ack.err.constData());
        QCOMPARE(ack.object().value("acknowledged").toObject().value("note").toString(),
                 QStringLiteral("on it"));
        const QJsonObject acked = show("nas").value("acknowledged").toObject();
        QVERIFY(!acked.value("by").toString().isEmpty());
        QVERIFY(!acked.value("at").toString().isEmpty());
        const CliResult unmuted = cli(withDb({"unmute", "--json"}));
        QCOMPARE(unmuted.exitCode, 0);
        QCOMPARE(unmuted.object().value("unmuted").toArray().size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(sink.accepted.size(), 1, 10'000);
        QCOMPARE(sink.accepted[0].json().value("kind").toString(), QStringLiteral("mute_summary"));
        QVERIFY2(sink.accepted[0].json().value("summary").toString().contains(
                         QLatin1String("still down: nas")),
                 qPrintable(sink.accepted[0].json().value("summary").toString()));
        QCOMPARE(core.terminate(), 0);
    }

    void badInputGetsASentence()
    {
        add({"--name", "a"});
        add({"--name", "b", "--depends-on", "a"});
        const CliResult cycle = cli(withDb({"monitor", "edit", "a", "--depends-on", "b"}));
        QCOMPARE(cycle.exitCode, 1);
        QVERIFY2(cycle.err.contains("cycle of dependencies: a → b → a"), cycle.err.constData());
        const CliResult unknown = cli(withDb({"monitor", "edit", "a", "--depends-on", "zz"}));
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("No monitor \"zz\""), unknown.err.constData());
        const CliResult delay = cli(withDb({"monitor", "edit", "a", "--channel", "ops:soon"}));
        QVERIFY(delay.exitCode != 0);
        const CliResult badDelay = cli(withDb({"monitor", "edit", "a", "--channel", "ops:5q"}));
        QCOMPARE(badDelay.exitCode, 2);
        QVERIFY2(badDelay.err.contains("not a duration"), badDelay.err.constData());
        QCOMPARE(cli(withDb({"monitor", "edit", "a", "--down-after", "0"})).exitCode, 2);
        QCOMPARE(cli(withDb({"monitor", "edit", "a", "--min-run", "soon"})).exitCode, 2);
        const CliResult mute = cli(withDb({"mute", "--for", "later"}));
        QCOMPARE(mute.exitCode, 2);
        QCOMPARE(cli(withDb({"mute", "--for", "1h", "--monitor", "zz"})).exitCode, 1);
        const CliResult nothing = cli(withDb({"unmute", "--tag", "x"}));
        QCOMPARE(nothing.exitCode, 1);
        QVERIFY2(nothing.err.contains("Nothing is muted"), nothing.err.constData());
        const CliResult noIncident = cli(withDb({"incident", "ack", "a"}));
        QCOMPARE(noIncident.exitCode, 1);
        QVERIFY2(noIncident.err.contains("no open incident"), noIncident.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestPolicyCli)
#include "tst_policycli.moc"
