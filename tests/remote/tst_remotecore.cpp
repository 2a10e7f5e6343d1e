// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// RemoteCore, the model a console attached over the API works from, against a real
// headless core with --tls auto on loopback: the state loads and matches the core's, a
// ping and a flip show within a second, typed commands run on the core with its replies
// (refusals field by field), channels follow, and a core killed and restarted is caught
// up by a reload, nothing lost; /api/uptrack/v1/commands refuses what is not a command.
#include "remote/remotecore.h"
#include "tlscore.h"

#include <QSignalSpy>
#include <QTest>

using namespace testsupport;
using namespace uptrack;

class TestRemoteCore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<TlsCore> m_core;
    QString m_key;
    QString m_fingerprint;

    CliResult local(QStringList args, const QByteArray &input = {})
    {
        return m_core->local(std::move(args), input);
    }
    QUrl server() const { return m_core->url(); }
    command::Reply run(remote::RemoteCore &core, const command::Command &c)
    {
        std::optional<command::Reply> got;
        core.command(c, [&](const command::Reply &r) { got = r; });
        waitFor([&] { return got.has_value(); }, 20'000);
        return got.value_or(command::Reply::failure(QStringLiteral("no reply")));
    }
    static const Monitor *named(const QList<Monitor> &all, const QString &name)
    {
        for (const Monitor &m : all) {
            if (m.name == name)
                return &m;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        m_core = std::make_unique<TlsCore>(m_dir.filePath(QStringLiteral("server")));
        QVERIFY(m_core->start());
        m_key = m_core->addKey(QStringLiteral("console"));
        m_fingerprint = m_core->fingerprint();
        QCOMPARE(local({"channel", "add", "--kind", "webhook", "--name", "ops"},
                       "https://hooks.example.lan/uptrack\n")
                         .exitCode,
                 0);
        QCOMPARE(local({"monitor", "add", "--name", "backup", "--period", "1d", "--channel", "ops"})
                         .exitCode,
                 0);
        QCOMPARE(local({"monitor", "add", "--name", "billing", "--cron", "0 2 * * *", "--tz",
                        "Europe/Berlin"})
                         .exitCode,
                 0);
    }

    void itLoadsWhatTheCoreHasAndFollowsIt()
    {
        remote::RemoteCore core(server(), m_key, m_fingerprint);
        QSignalSpy loaded(&core, &remote::RemoteCore::loaded);
        core.start();
        QVERIFY(loaded.wait(15'000));
        QVERIFY(core.connected());
        const QList<Monitor> all = core.snapshot();
        QCOMPARE(all.size(), 2);
        const Monitor *backup = named(all, QStringLiteral("backup"));
        QVERIFY(backup);
        QCOMPARE(backup->schedule.periodMs(), qint64(86'400'000));
        QCOMPARE(core.channels().size(), 1);
        QCOMPARE(backup->channelIds, QList<qint64>{core.channels().first().id});
        const Monitor *billing = named(all, QStringLiteral("billing"));
        QVERIFY(billing);
        QCOMPARE(billing->schedule.cron(), QStringLiteral("0 2 * * *"));
        QCOMPARE(billing->schedule.timeZone(), QStringLiteral("Europe/Berlin"));
        // A ping at the core: the monitor changes here within a second.
        QSignalSpy changed(&core, &remote::RemoteCore::monitorsChanged);
        QElapsedTimer t;
        t.start();
        QCOMPARE(httpStatus(m_core->port(), "GET", "/ping/" + backup->token.toLatin1()), 200);
        QVERIFY(waitFor(
                [&] {
                    const Monitor *m = named(core.snapshot(), QStringLiteral("backup"));
                    return m && m->nPings == 1 && m->status == Status::Up;
                },
                5000));
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
        // Told in the next batch (50 ms after the snapshot changed).
        QVERIFY(waitFor([&] { return !changed.isEmpty(); }, 2000));
        // A failure: the flip comes as such.
        QSignalSpy flips(&core, &remote::RemoteCore::flipped);
        QCOMPARE(httpStatus(m_core->port(), "GET", "/ping/" + backup->token.toLatin1() + "/fail"),
                 200);
        QVERIFY(waitFor([&] { return !flips.isEmpty(); }, 5000));
        const Flip f = flips.first().at(0).value<Flip>();
        QCOMPARE(f.to, Status::Down);
        QCOMPARE(f.from, Status::Up);
        QCOMPARE(f.monitorId, backup->id);
    }

    void commandsRunOnTheCore()
    {
        remote::RemoteCore core(server(), m_key, m_fingerprint);
        QSignalSpy loaded(&core, &remote::RemoteCore::loaded);
        core.start();
        QVERIFY(loaded.wait(15'000));
        MonitorSpec spec;
        spec.name = QStringLiteral("payroll");
        spec.periodMs = 7 * 86'400'000LL;
        const command::Reply added = run(core, command::AddMonitor{spec, {}});
        QVERIFY2(added.ok, qPrintable(added.error));
        QVERIFY(added.id > 0);
        QVERIFY(local({"monitor", "show", "payroll"}).exitCode == 0);
        QVERIFY(waitFor([&] { return named(core.snapshot(), QStringLiteral("payroll")); }, 5000));
        // Refused as the console's own dialog would be: field by field.
        MonitorSpec bad = spec;
        bad.name = QStringLiteral("bad");
        bad.graceMs = -5;
        const command::Reply refused = run(core, command::AddMonitor{bad, {}});
        QVERIFY(!refused.ok);
        QVERIFY(!refused.problems.isEmpty() || !refused.error.isEmpty());
        // Removed there, gone here.
        QSignalSpy removed(&core, &remote::RemoteCore::monitorRemoved);
        QVERIFY(run(core, command::RemoveMonitor{QStringLiteral("payroll")}).ok);
        QVERIFY(waitFor([&] { return !removed.isEmpty(); }, 5000));
        QVERIFY(!named(core.snapshot(), QStringLiteral("payroll")));
        // A channel made elsewhere shows.
        QSignalSpy channels(&core, &remote::RemoteCore::channelsChanged);
        QCOMPARE(local({"channel", "add", "--kind", "webhook", "--name", "night"},
                       "https://hooks.example.lan/night\n")
                         .exitCode,
                 0);
        QVERIFY(waitFor([&] { return core.channels().size() == 2; }, 5000));
    }

    void aRestartedCoreIsReloaded()
    {
        remote::RemoteCore core(server(), m_key, m_fingerprint);
        core.setStreamTimings(200, 1000, 20'000);
        QSignalSpy loaded(&core, &remote::RemoteCore::loaded);
        QSignalSpy connection(&core, &remote::RemoteCore::connectionChanged);
        core.start();
        QVERIFY(loaded.wait(15'000));
        m_core->kill9();
        QVERIFY(waitFor([&] { return !core.connected(); }, 10'000));
        QVERIFY(core.lostAt().isValid());
        // Changed while this console could not see it.
        QCOMPARE(local({"monitor", "add", "--name", "while-away", "--period", "1h"}).exitCode, 0);
        QVERIFY(m_core->start());
        QVERIFY(waitFor([&] { return loaded.size() >= 2; }, 20'000));
        QVERIFY(core.connected());
        QVERIFY(named(core.snapshot(), QStringLiteral("while-away")));
        QCOMPARE(core.snapshot().size(),
                 local({"monitor", "list", "--json"}).array().size()); // nothing twice
        bool sawDown = false;
        for (const QList<QVariant> &c : connection)
            sawDown = sawDown || !c.at(0).toBool();
        QVERIFY(sawDown);
    }

    void theCommandsResourceTakesOnlyCommands()
    {
        auto post = [&](const QByteArray &body) {
            QProcess curl;
            curl.start(QStringLiteral("curl"),
                       {"-sk", "-o", "/dev/null", "-w", "%{http_code}", "-H", "X-Api-Key: " + m_key,
                        "-H", "Content-Type: application/json", "--data-binary", "@-",
                        server().toString() + QStringLiteral("/api/uptrack/v1/commands")});
            curl.write(body);
            curl.closeWriteChannel();
            curl.waitForFinished(20'000);
            return curl.readAllStandardOutput().toInt();
        };
        QCOMPARE(post("{\"command\": \"console.show\"}"), 400); // this machine's only
        QCOMPARE(post("{\"command\": \"rm -rf\"}"), 400);
        QCOMPARE(post("{\"command\": \"monitor.pause\"}"), 400); // no monitor named
        QCOMPARE(post("[1,2,3]"), 400);
        QCOMPARE(post(QByteArray(70 * 1024, '{')), 413);
        // A read-only key may not.
        const QString ro = m_core->addKey(QStringLiteral("wall"), true);
        remote::RemoteCore readOnly(server(), ro, m_fingerprint);
        std::optional<command::Reply> got;
        readOnly.command(command::PauseMonitor{QStringLiteral("backup")},
                         [&](const command::Reply &r) { got = r; });
        QVERIFY(waitFor([&] { return got.has_value(); }, 10'000));
        QVERIFY(!got->ok);
        QVERIFY2(got->error.contains(QLatin1String("wrong api key")), qPrintable(got->error));
    }

    void cleanupTestCase() { QCOMPARE(m_core->terminate(), 0); }
};

QTEST_GUILESS_MAIN(TestRemoteCore)
#include "tst_remotecore.moc"
