// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The command line and the headless instance, driven as a user's script would.
#include "processhelpers.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>

using namespace testsupport;

class TestCli : public testsupport::CliTest
{
    Q_OBJECT
private slots:
    void init() { nextDatabase(); }

    void addPrintsThePublicFields()
    {
        const CliResult r = cli(withDb({"monitor", "add", "--name", "nightly-billing", "--period",
                                        "1d", "--grace", "30m", "--json"}));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject m = r.object();
        for (const char *field : {"id", "name", "slug", "token", "ping_url", "slug_url", "status",
                                  "last_ping", "next_due", "n_pings", "last_duration_ms"})
            QVERIFY2(m.contains(QLatin1String(field)), field);
        QCOMPARE(m.value("name").toString(), QStringLiteral("nightly-billing"));
        QCOMPARE(m.value("slug").toString(), QStringLiteral("nightly-billing"));
        QCOMPARE(m.value("status").toString(), QStringLiteral("new"));
        QVERIFY(m.value("last_ping").isNull());
        QCOMPARE(m.value("n_pings").toInt(), 0);
        QCOMPARE(m.value("period").toDouble(), 86400.0);
        QCOMPARE(m.value("grace").toDouble(), 1800.0);
        const QString token = m.value("token").toString();
        QCOMPARE(token.size(), 36);
        QVERIFY(m.value("ping_url").toString().endsWith(QStringLiteral("/ping/") + token));
        QVERIFY(m.value("slug_url").toString().endsWith(QStringLiteral("/nightly-billing")));
    }

    // A monitor with no channel alerts nobody: add and show say so, and a default channel
    // can be given to the monitors that exist already.
    void monitorsWithoutAChannelAreWarnedAbout()
    {
        const CliResult a = cli(withDb({"monitor", "add", "--name", "a"}));
        QCOMPARE(a.exitCode, 0);
        QVERIFY2(a.err.contains("a has no channel: nobody is alerted"), a.err.constData());
        QVERIFY(a.out.contains("channels:    none — nobody is alerted"));
        QVERIFY(cli(withDb({"monitor", "show", "a", "--json"})).err.contains("has no channel"));

        const CliResult tray = cli(
                withDb({"channel", "add", "--kind", "desktop", "--name", "tray", "--default"}));
        QCOMPARE(tray.exitCode, 0);
        QVERIFY2(tray.out.contains("the 1 existing monitor does not"), tray.out.constData());
        QVERIFY2(tray.err.contains("1 monitor has no channel at all"), tray.err.constData());
        const CliResult b = cli(withDb({"monitor", "add", "--name", "b", "--json"}));
        QCOMPARE(b.object().value("channels").toArray(), QJsonArray{"tray"});
        QVERIFY(!b.err.contains("no channel"));
        QCOMPARE(cli(withDb({"monitor", "show", "a", "--json"})).object().value("channels"),
                 QJsonArray());

        const CliResult popup = cli(withDb({"channel", "add", "--kind", "desktop", "--name",
                                            "popup", "--default", "--apply-to-existing"}));
        QCOMPARE(popup.exitCode, 0);
        QVERIFY2(popup.out.contains("Every monitor uses it now (2 in all)."),
                 popup.out.constData());
        QVERIFY(!popup.err.contains("no channel"));
        const CliResult shownA = cli(withDb({"monitor", "show", "a", "--json"}));
        QCOMPARE(shownA.object().value("channels").toArray(), QJsonArray{"popup"});
        QVERIFY(shownA.err.isEmpty());
        QCOMPARE(cli(withDb({"monitor", "show", "b", "--json"})).object().value("channels"),
                 (QJsonArray{"tray", "popup"}));
        QVERIFY(cli(withDb({"monitor", "add", "--name", "c", "--json"}))
                        .object()
                        .value("channels")
                        .toArray()
                        .contains("popup"));
        // A channel's general settings change in place.
        const CliResult edited
                = cli(withDb({"channel", "edit", "popup", "--name", "pops", "--reminder", "2h",
                              "--on", "down", "--not-default", "--json"}));
        QCOMPARE(edited.exitCode, 0);
        QCOMPARE(edited.object().value("name").toString(), QStringLiteral("pops"));
        QCOMPARE(edited.object().value("default").toBool(), false);
        QCOMPARE(cli(withDb({"monitor", "show", "a", "--json"})).object().value("channels"),
                 QJsonArray{"pops"});
        QCOMPARE(cli(withDb({"channel", "edit", "pops", "--reminder", "10s"})).exitCode, 2);
        QCOMPARE(cli(withDb({"channel", "edit", "nope", "--reminder", "1h"})).exitCode, 1);
        // --apply-to-existing belongs to "channel add" alone.
        QCOMPARE(cli(withDb({"monitor", "add", "--name", "d", "--apply-to-existing"})).exitCode, 2);
    }

    void monitorIsNamedByIdSlugOrToken()
    {
        const QJsonObject m
                = cli(withDb({"monitor", "add", "--name", "Backups", "--json"})).object();
        const QString id = QString::number(m.value("id").toInt());
        for (const QString &ref : {id, m.value("slug").toString(), m.value("token").toString()}) {
            const CliResult r = cli(withDb({"monitor", "show", ref, "--json"}));
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.object().value("id").toInt(), m.value("id").toInt());
        }
        const CliResult missing = cli(withDb({"monitor", "show", "nope"}));
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("nope"));
    }

    void pauseResumeRemoveAndList()
    {
        cli(withDb({"monitor", "add", "--name", "a", "--tag", "prod"}));
        cli(withDb({"monitor", "add", "--name", "b"}));
        CliResult r = cli(withDb({"monitor", "pause", "a", "--json"}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.object().value("status").toString(), QStringLiteral("paused"));
        r = cli(withDb({"monitor", "list", "--json", "--status", "paused"}));
        QCOMPARE(r.array().size(), 1);
        r = cli(withDb({"monitor", "list", "--json", "--tag", "prod"}));
        QCOMPARE(r.array().size(), 1);
        r = cli(withDb({"monitor", "resume", "a", "--json"}));
        QCOMPARE(r.object().value("status").toString(), QStringLiteral("new"));
        r = cli(withDb({"monitor", "remove", "b", "--json"}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.object().value("removed").toBool());
        r = cli(withDb({"monitor", "list", "--json"}));
        QCOMPARE(r.array().size(), 1);
        r = cli(withDb({"monitor", "list"}));
        QVERIFY(r.out.contains("a"));
    }

    void badInputIsExplained_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("says");
        QTest::addRow("no name") << QStringList{"monitor", "add"} << 2 << QByteArray("--name");
        QTest::addRow("bad period")
                << QStringList{"monitor", "add", "--name", "x", "--period", "soon"} << 2
                << QByteArray("--period");
        QTest::addRow("period too short")
                << QStringList{"monitor", "add", "--name", "x", "--period", "500ms"} << 2
                << QByteArray("at least 1s");
        QTest::addRow("bad slug") << QStringList{"monitor", "add",    "--name",
                                                 "x",       "--slug", "Not OK"}
                                  << 2 << QByteArray("slug");
        QTest::addRow("unknown verb")
                << QStringList{"monitor", "explode"} << 2 << QByteArray("explode");
        QTest::addRow("bad limit") << QStringList{"monitor", "pings", "x", "--limit=abc"} << 2
                                   << QByteArray("--limit");
        // Each sub-command takes its own options only.
        QTest::addRow("another command's option")
                << QStringList{"monitor", "list", "--smtp-host", "mail"} << 2
                << QByteArray("smtp-host");
        QTest::addRow("a channel option on a monitor")
                << QStringList{"monitor", "add", "--name", "x", "--template", "{name}"} << 2
                << QByteArray("template");
        QTest::addRow("unknown command")
                << QStringList{"frobnicate"} << 2 << QByteArray("monitor, channel, alerts");
        QTest::addRow("unknown command after options")
                << QStringList{"--json", "frobnicate"} << 2 << QByteArray("\"frobnicate\"");
    }
    void badInputIsExplained()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, says);
        const CliResult r = cli(withDb(args));
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(says), r.err.constData());
    }

    // Help for one sub-command lists its own options, and only those.
    void subcommandHelp()
    {
        // The options part, before the summary of every sub-command.
        auto options
                = [](const CliResult &r) { return r.out.left(r.out.indexOf("Sub-commands:")); };
        CliResult r = cli({"monitor", "add", "--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(options(r).contains("--period"));
        QVERIFY(options(r).contains("--http"));
        QVERIFY(!options(r).contains("--smtp-host"));
        r = cli({"channel", "add", "--help"});
        QCOMPARE(r.exitCode, 0);
        // The channel kinds' own fields, with no list of them in the command line's code.
        for (const char *option : {"--smtp-host", "--secret-header", "--template-file", "--to",
                                   "--no-verify", "--content-type"})
            QVERIFY2(options(r).contains(option), option);
        QVERIFY(!options(r).contains("--period"));
        r = cli({"monitor", "--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("monitor add --name NAME"));
    }

    void editChangesOnlyWhatIsGiven()
    {
        cli(withDb({"monitor", "add", "--name", "sync", "--period", "1h", "--grace", "5m", "--tag",
                    "crm"}));
        const CliResult r = cli(withDb({"monitor", "edit", "sync", "--period", "30m",
                                        "--description", "CRM to warehouse", "--json"}));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject m = r.object();
        QCOMPARE(m.value("period").toDouble(), 1800.0);
        QCOMPARE(m.value("grace").toDouble(), 300.0);
        QCOMPARE(m.value("description").toString(), QStringLiteral("CRM to warehouse"));
        QCOMPARE(m.value("tags").toArray().first().toString(), QStringLiteral("crm"));
        QCOMPARE(m.value("name").toString(), QStringLiteral("sync"));
        QCOMPARE(cli(withDb({"monitor", "edit", "sync", "--slug", "Bad Slug"})).exitCode, 2);
    }

    void cronMonitor()
    {
        CliResult r = cli(withDb({"monitor", "add", "--name", "nightly", "--cron", "0 2 * * *",
                                  "--tz", "Europe/Berlin", "--grace", "1h", "--json"}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.object().value("schedule").toString(), QStringLiteral("0 2 * * *"));
        QCOMPARE(r.object().value("tz").toString(), QStringLiteral("Europe/Berlin"));
        QCOMPARE(r.object().value("grace").toDouble(), 3600.0);
        r = cli(withDb({"monitor", "edit", "nightly", "--period", "1h", "--json"}));
        QVERIFY(r.object().value("schedule").isNull()); // back to the simple schedule
        r = cli(withDb({"monitor", "add", "--name", "x", "--cron", "0 0 30 2 *"}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("never fire"));
        r = cli(withDb({"monitor", "add", "--name", "y", "--cron", "@daily", "--period", "1d"}));
        QCOMPARE(r.exitCode, 2);
    }

    void runOptionsAndStatistics()
    {
        const quint16 port = freePort();
        Instance instance(m_db, port);
        QVERIFY(instance.waitReady());
        CliResult r
                = cli(withDb({"monitor", "add", "--name", "etl", "--max-run", "2h", "--slow-run",
                              "30m", "--failure-keywords", "ERROR,Traceback", "--json"}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.object().value("max_run").toDouble(), 7200.0);
        QCOMPARE(r.object().value("slow_run").toDouble(), 1800.0);
        QCOMPARE(r.object().value("failure_keywords").toString(),
                 QStringLiteral("ERROR,Traceback"));
        const QByteArray path = "/ping/" + r.object().value("token").toString().toLatin1();
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(httpStatus(port, "GET", path + "/start"), 200);
            QTest::qWait(20 * (i + 1));
            QCOMPARE(httpStatus(port, "GET", path), 200);
        }
        const QJsonObject runs = cli(withDb({"monitor", "show", "etl", "--json"}))
                                         .object()
                                         .value("runs")
                                         .toObject();
        QCOMPARE(runs.value("count").toInt(), 3);
        QVERIFY(runs.value("median_ms").toDouble() >= 40);
        QVERIFY(runs.value("p95_ms").toDouble() >= runs.value("median_ms").toDouble());
        // A plain ping whose body has a failure keyword is a failure.
        QCOMPARE(httpStatus(port, "POST", path, "Traceback (most recent call last)"), 200);
        QCOMPARE(cli(withDb({"monitor", "show", "etl", "--json"}))
                         .object()
                         .value("status")
                         .toString(),
                 QStringLiteral("down"));
        QCOMPARE(instance.terminate(), 0);
    }

    void cronZoneIsFixedAtCreation()
    {
        // A cron monitor without --tz takes this machine's zone at creation and keeps
        // it; what the process's zone is later does not matter.
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TZ"), QStringLiteral("Asia/Tokyo"));
        p.setProcessEnvironment(env);
        p.start(binary(),
                withDb({"monitor", "add", "--name", "tokyo", "--cron", "0 9 * * *", "--json"}));
        QVERIFY(p.waitForFinished(30'000));
        const QJsonObject m = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(m.value("tz").toString(), QStringLiteral("Asia/Tokyo"));
        env.insert(QStringLiteral("TZ"), QStringLiteral("America/Los_Angeles"));
        p.setProcessEnvironment(env);
        p.start(binary(),
                {"schedule", "--cron", "0 9 * * *", "--tz", "Asia/Tokyo", "--after",
                 "2025-12-31T23:00:00Z", "--count", "1"}); // 08:00 in Tokyo
        QVERIFY(p.waitForFinished(30'000));
        QCOMPARE(p.readAllStandardOutput(), QByteArray("2026-01-01T09:00:00+09:00\n"));
    }

    void schedulePreview()
    {
        CliResult r = cli({"schedule", "--cron", "30 2 * * *", "--tz", "America/New_York",
                           "--after", "2026-03-07T03:00:00", "--count", "3"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out,
                 QByteArray("2026-03-08T03:00:00-04:00\n2026-03-09T02:30:00-04:00\n"
                            "2026-03-10T02:30:00-04:00\n"));
        r = cli({"schedule", "--cron", "0 0 * * *", "--tz", "UTC", "--after",
                 "2026-01-01T12:00:00Z"});
        QCOMPARE(r.out.split('\n').size(), 6); // five lines by default
        r = cli({"schedule", "--cron", "0 0 32 * *", "--tz", "UTC"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("field 3 (day of month): 32 is out of range 1-31"),
                 r.err.constData());
        r = cli({"schedule", "--cron", "0 0 * * *", "--tz", "Nowhere/City"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("Nowhere/City"));
        r = cli({"schedule", "--cron", "0 0 30 2 *", "--tz", "UTC"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("never fire"));
    }

    void oneSecondPeriodIsAllowed()
    {
        const CliResult r = cli(withDb(
                {"monitor", "add", "--name", "loop", "--period", "1s", "--grace", "1s", "--json"}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.object().value("period").toDouble(), 1.0);
    }

    // uptrack import crontab: a dry run changes nothing; --apply makes the monitors and
    // FILE.uptrack (the original untouched); a second import makes nothing; and a line of
    // the rewritten crontab, run as cron runs it, pings its monitor through uptrack-run.
    void importCrontabPutsEveryJobUnderWatch()
    {
        const QString file = m_dir.filePath(QStringLiteral("ana.cron"));
        const QString script = m_dir.filePath(QStringLiteral("daily-report.sh"));
        {
            QFile f(script);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("#!/bin/sh\necho \"report for $1\"\ncat\n");
            f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
        }
        const QByteArray original = "# Ana's jobs\n"
                                    "MAILTO=ops@example.com\n"
                                    "CRON_TZ=Europe/Berlin\n"
                                    "30 1 * * * /usr/local/bin/nightly-billing.sh\n"
                                    "@reboot /usr/local/bin/start-agent\n"
                                    "0 3 * * * "
                + script.toUtf8() + " \"$(date +\\%F)\"%from cron\n";
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(original);
        }
        const QStringList args{"import", "crontab", file, "--host", "office", "--tag", "ana"};
        const CliResult dry = cli(withDb(args + QStringList{"--json"}));
        QCOMPARE(dry.exitCode, 0);
        const QJsonObject plan = dry.object();
        const QJsonArray monitors = plan.value("monitors").toArray();
        QCOMPARE(monitors.size(), 2);
        const QJsonObject billing = monitors[0].toObject();
        QCOMPARE(billing.value("name").toString(), QStringLiteral("nightly-billing"));
        QCOMPARE(billing.value("schedule").toString(), QStringLiteral("30 1 * * *"));
        QCOMPARE(billing.value("tz").toString(), QStringLiteral("Europe/Berlin"));
        QCOMPARE(billing.value("grace").toInt(), 3600);
        QCOMPARE(billing.value("tags").toArray(), (QJsonArray{"office", "ana"}));
        QCOMPARE(billing.value("command").toString(),
                 QStringLiteral("/usr/local/bin/nightly-billing.sh"));
        QCOMPARE(billing.value("line").toString(),
                 QStringLiteral("30 1 * * * /usr/local/bin/nightly-billing.sh"));
        QCOMPARE(monitors[1].toObject().value("name").toString(), QStringLiteral("daily-report"));
        const QJsonArray skipped = plan.value("skipped").toArray();
        QCOMPARE(skipped.size(), 1);
        QCOMPARE(skipped[0].toObject().value("line").toString(),
                 QStringLiteral("@reboot /usr/local/bin/start-agent"));
        QVERIFY(skipped[0].toObject().value("reason").toString().contains("@reboot"));
        const QString planned = plan.value("crontab").toString();
        QVERIFY(planned.contains(QStringLiteral("uptrack-run ")));
        QVERIFY(planned.contains(QStringLiteral("@reboot /usr/local/bin/start-agent\n")));
        QVERIFY(!QFile::exists(file + QStringLiteral(".uptrack")));
        QCOMPARE(cli(withDb({"monitor", "list", "--json"})).array().size(), 0);

        const CliResult applied = cli(withDb(args + QStringList{"--apply"}));
        QCOMPARE(applied.exitCode, 0);
        QVERIFY2(applied.out.contains("Created 2 monitors"), applied.out.constData());
        QVERIFY(applied.out.contains("crontab " + file.toUtf8() + ".uptrack"));
        QVERIFY(applied.err.contains("no channel yet"));
        QFile rewritten(file + QStringLiteral(".uptrack"));
        QVERIFY(rewritten.open(QIODevice::ReadOnly));
        const QByteArray first = rewritten.readAll();
        QFile kept(file);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), original);
        const QJsonObject made
                = cli(withDb({"monitor", "show", "nightly-billing", "--json"})).object();
        QCOMPARE(made.value("tz").toString(), QStringLiteral("Europe/Berlin"));
        QCOMPARE(made.value("grace").toInt(), 3600);
        QCOMPARE(made.value("tags").toArray(), (QJsonArray{"office", "ana"}));

        const CliResult again = cli(withDb(args + QStringList{"--apply", "--json"}));
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.object().value("created").toInt(), 0);
        for (const QJsonValue &m : again.object().value("monitors").toArray())
            QVERIFY(m.toObject().value("exists").toBool());
        QCOMPARE(cli(withDb({"monitor", "list", "--json"})).array().size(), 2);
        rewritten.seek(0);
        QCOMPARE(rewritten.readAll(), first);

        // The job's line as cron would run it, against a running Uptrack.
        Instance instance(m_db, freePort());
        QVERIFY(instance.waitReady());
        const QString live
                = cli(withDb(args + QStringList{"--json"})).object().value("crontab").toString();
        QString line;
        for (const QString &l : live.split(QLatin1Char('\n'))) {
            if (l.startsWith(QLatin1String("0 3 ")))
                line = l;
        }
        QVERIFY2(line.contains(QStringLiteral("uptrack-run http://127.0.0.1:")), qPrintable(line));
        // cron: the command is what follows the five fields, up to the first unescaped
        // %; "\%" becomes "%"; the rest, with % as line ends, is its standard input.
        QString command = line.section(QLatin1Char(' '), 5);
        QString input;
        QString run;
        for (int i = 0; i < command.size(); ++i) {
            if (command[i] == QLatin1Char('\\') && i + 1 < command.size()
                && command[i + 1] == QLatin1Char('%')) {
                run += QLatin1Char('%');
                ++i;
            } else if (command[i] == QLatin1Char('%')) {
                input = command.mid(i + 1).replace(QLatin1Char('%'), QLatin1Char('\n'));
                break;
            } else {
                run += command[i];
            }
        }
        QProcess sh;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("PATH",
                   QFileInfo(QStringLiteral(UPTRACK_RUN_BINARY)).absolutePath()
                           + QStringLiteral(":/usr/bin:/bin"));
        sh.setProcessEnvironment(env);
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), run});
        sh.write(input.toUtf8());
        sh.closeWriteChannel();
        QVERIFY(sh.waitForFinished(30'000));
        QCOMPARE(sh.exitCode(), 0);
        const QByteArray output = sh.readAllStandardOutput();
        QVERIFY2(output.contains("report for 20"), output.constData()); // the date, not "\%F"
        QVERIFY(output.contains("from cron"));                          // its input reached it
        const QJsonObject report
                = cli(withDb({"monitor", "show", "daily-report", "--json"})).object();
        QCOMPARE(report.value("status").toString(), QStringLiteral("up"));
        const QJsonArray pings
                = cli(withDb({"monitor", "pings", "daily-report", "--json"})).array();
        QVERIFY(pings.size() >= 2); // its start and its success
        QCOMPARE(instance.terminate(), 0);
    }

    void liveInstanceTakesNewMonitorsAndPings()
    {
        const quint16 port = freePort();
        Instance instance(m_db, port);
        QVERIFY(instance.waitReady());

        QElapsedTimer t;
        t.start();
        const CliResult added = cli(withDb({"monitor", "add", "--name", "nightly-billing",
                                            "--period", "2s", "--grace", "1s", "--json"}));
        QCOMPARE(added.exitCode, 0);
        const QJsonObject m = added.object();
        QCOMPARE(m.value("ping_url").toString(),
                 QStringLiteral("http://127.0.0.1:%1/ping/%2")
                         .arg(port)
                         .arg(m.value("token").toString()));
        const QByteArray path = "/ping/" + m.value("token").toString().toLatin1();
        // Live within a second of being added.
        while (httpStatus(port, "GET", path) != 200 && t.elapsed() < 1000)
            QTest::qWait(20);
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));

        QCOMPARE(httpStatus(port, "POST", path + "/start", "starting"), 200);
        QCOMPARE(httpStatus(port, "POST", path + "/0", "done"), 200);
        CliResult pings = cli(withDb({"monitor", "pings", "nightly-billing", "--json"}));
        QCOMPARE(pings.exitCode, 0);
        const QJsonArray list = pings.array();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.last().toObject().value("kind").toString(), QStringLiteral("success"));
        QCOMPARE(list.last().toObject().value("exit_status").toInt(), 0);
        QCOMPARE(list.last().toObject().value("body").toString(), QStringLiteral("done"));
        QVERIFY(!list.last().toObject().value("duration_ms").isNull());
        pings = cli(withDb({"monitor", "pings", "nightly-billing", "--json", "--limit", "1"}));
        QCOMPARE(pings.array().size(), 1);
        // A failed run that had a /start has its run time too, in JSON and in words.
        QCOMPARE(httpStatus(port, "POST", path + "/start", "again"), 200);
        QCOMPARE(httpStatus(port, "POST", path + "/3", "boom"), 200);
        const QJsonObject failed
                = cli(withDb({"monitor", "pings", "nightly-billing", "--json", "--limit", "1"}))
                          .array()
                          .first()
                          .toObject();
        QCOMPARE(failed.value("kind").toString(), QStringLiteral("fail"));
        QVERIFY(failed.value("duration_ms").toDouble() >= 0);
        QVERIFY(!failed.value("duration_ms").isNull());
        QVERIFY(cli(withDb({"monitor", "pings", "nightly-billing", "--limit", "1"}))
                        .out.contains("took"));
        QCOMPARE(httpStatus(port, "POST", path, "fine again"), 200); // up again, and on

        // Period 2 s, grace 1 s: down 3 s after the last ping, at the deadline, with no
        // request to wake it.
        auto show = [&] {
            return cli(withDb({"monitor", "show", "nightly-billing", "--json"})).object();
        };
        const QJsonObject up = show();
        QCOMPARE(up.value("status").toString(), QStringLiteral("up"));
        const QDateTime downAt
                = QDateTime::fromString(up.value("down_at").toString(), Qt::ISODateWithMs);
        const QDateTime lastPing
                = QDateTime::fromString(up.value("last_ping").toString(), Qt::ISODateWithMs);
        QCOMPARE(lastPing.msecsTo(downAt), 3000);
        const qint64 untilJustBefore = QDateTime::currentDateTimeUtc().msecsTo(downAt) - 400;
        if (untilJustBefore > 0) {
            QTest::qWait(int(untilJustBefore));
            QCOMPARE(show().value("status").toString(), QStringLiteral("late"));
        }
        QTest::qWait(
                int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(downAt) + 1000)));
        const QJsonObject down = show();
        QCOMPARE(down.value("status").toString(), QStringLiteral("down"));
        QCOMPARE(down.value("status_since").toString(), up.value("down_at").toString());
        // Pause through the running instance: it answers at once.
        QCOMPARE(cli(withDb({"monitor", "pause", "nightly-billing", "--json"}))
                         .object()
                         .value("status")
                         .toString(),
                 QStringLiteral("paused"));

        QCOMPARE(instance.terminate(), 0);
    }

    void secondInstanceOnSameDatabaseIsRefused()
    {
        Instance first(m_db, freePort());
        QVERIFY(first.waitReady());
        Instance second(m_db, freePort());
        QVERIFY(second.waitFinished(15'000));
        QCOMPARE(second.exitCode(), 1);
        QVERIFY(second.stderrText().contains("already running"));
        // Sub-commands beside the running one are fine.
        QCOMPARE(cli(withDb({"monitor", "list", "--json"})).exitCode, 0);
        QCOMPARE(first.terminate(), 0);
    }

    void portInUseIsExplained()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        Instance instance(m_db, squatter.serverPort());
        QVERIFY(instance.waitFinished(15'000));
        QCOMPARE(instance.exitCode(), 1);
        const QByteArray err = instance.stderrText();
        QVERIFY2(err.contains("already in use") && err.contains("--listen"), err.constData());
    }

    void corruptDatabaseIsExplainedAndKept()
    {
        QFile f(m_db);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray junk = QByteArray("definitely not a database ").repeated(100);
        f.write(junk);
        f.close();
        Instance instance(m_db, freePort());
        QVERIFY(instance.waitFinished(15'000));
        QCOMPARE(instance.exitCode(), 1);
        QVERIFY(instance.stderrText().contains("damaged"));
        const CliResult r = cli(withDb({"monitor", "list"}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("damaged"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), junk);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
