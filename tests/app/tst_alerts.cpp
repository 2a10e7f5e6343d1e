// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Alerts end to end, driven as a user would: the CLI, a headless instance, a real
// keychain, a webhook receiver on loopback.
#include "httpsink.h"
#include "processhelpers.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace testsupport;

class TestAlerts : public testsupport::CliTest
{
    Q_OBJECT
private slots:
    void init() { nextDatabase(); }

    void downThenRecoveryReachTheWebhook()
    {
        HttpSink sink;
        const CliResult added = cli(withDb({"channel", "add", "--kind", "webhook", "--name", "ops",
                                            "--default", "--json"}),
                                    sink.url().toUtf8() + "\n");
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QVERIFY(!added.out.contains(sink.url().toUtf8())); // the JSON holds a reference only
        QVERIFY(added.object().value("secret").toString().startsWith(QStringLiteral("keychain:")));

        const quint16 port = freePort();
        Instance instance(m_db, port);
        QVERIFY(instance.waitReady());
        const QJsonObject m = cli(withDb({"monitor", "add", "--name", "quick", "--period", "2s",
                                          "--grace", "0s", "--json"}))
                                      .object();
        const QByteArray path = "/ping/" + m.value("token").toString().toLatin1();
        QCOMPARE(httpStatus(port, "GET", path), 200);
        // No ping within 2 s: down, and the webhook hears it.
        QTRY_COMPARE_WITH_TIMEOUT(sink.accepted.size(), 1, 10'000);
        const QJsonObject down = sink.accepted[0].json();
        QCOMPARE(down.value("kind").toString(), QStringLiteral("down"));
        QCOMPARE(down.value("name").toString(), QStringLiteral("quick"));
        QCOMPARE(down.value("reason_code").toString(), QStringLiteral("missed"));
        QVERIFY(!down.value("last_success").toString().isEmpty());
        QCOMPARE(sink.accepted[0].headers.value("x-uptrack-event-id"),
                 down.value("event_id").toString().toLatin1());

        QTest::qWait(1000);
        QCOMPARE(httpStatus(port, "GET", path), 200); // it recovers
        QTRY_COMPARE_WITH_TIMEOUT(sink.accepted.size(), 2, 10'000);
        const QJsonObject up = sink.accepted[1].json();
        QCOMPARE(up.value("kind").toString(), QStringLiteral("up"));
        QVERIFY(up.value("downtime_s").toString().toInt() >= 1);
        QVERIFY(!up.value("downtime").toString().isEmpty());

        const QJsonArray alerts = cli(withDb({"alerts", "--json", "--monitor", "quick"})).array();
        QCOMPARE(alerts.size(), 2);
        const QJsonObject delivery
                = alerts[0].toObject().value("deliveries").toArray()[0].toObject();
        QCOMPARE(delivery.value("channel").toString(), QStringLiteral("ops"));
        QCOMPARE(delivery.value("state").toString(), QStringLiteral("delivered"));
        QCOMPARE(delivery.value("outcome").toString(), QStringLiteral("HTTP 200"));
        QCOMPARE(delivery.value("tries").toArray().size(), 1);

        // The secret is in no file of ours.
        for (const QString &file : {m_db, m_db + QStringLiteral("-wal")}) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY(!f.readAll().contains(sink.url().toUtf8()));
        }
        // A test through the running instance reports the receiver's answer.
        const CliResult tested = cli(withDb({"channel", "test", "ops", "--json"}));
        QCOMPARE(tested.exitCode, 0);
        QVERIFY(tested.object().value("delivered").toBool());
        QCOMPARE(tested.object().value("outcome").toString(), QStringLiteral("HTTP 200"));
        QCOMPARE(sink.accepted.last().json().value("kind").toString(), QStringLiteral("test"));

        QCOMPARE(instance.terminate(), 0);
        QCOMPARE(cli(withDb({"channel", "remove", "ops"})).exitCode, 0);
        QCOMPARE(cli(withDb({"channel", "list", "--json"})).array().size(), 0);
    }

    void pendingAlertSurvivesKill9()
    {
        quint16 sinkPort;
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            sinkPort = probe.serverPort();
        }
        const QString url = QStringLiteral("http://127.0.0.1:%1/hook").arg(sinkPort);
        QCOMPARE(cli(withDb({"channel", "add", "--kind", "slack", "--name", "later"}),
                     url.toUtf8() + "\n")
                         .exitCode,
                 0);
        const quint16 port = freePort();
        const QStringList fastRetry{QStringLiteral("--alert-retry"), QStringLiteral("1s")};
        auto instance = std::make_unique<Instance>(m_db, port, fastRetry);
        QVERIFY(instance->waitReady());
        const QJsonObject m
                = cli(withDb({"monitor", "add", "--name", "job", "--channel", "later", "--json"}))
                          .object();
        const QByteArray path = "/ping/" + m.value("token").toString().toLatin1();
        QCOMPARE(httpStatus(port, "GET", path + "/1"), 200); // exit status 1: down at once
        // The receiver is not there: the delivery fails and waits. Stop Uptrack hard
        // as soon as the first attempt is on record.
        auto attempts = [&] {
            const QJsonArray alerts = cli(withDb({"alerts", "--json"})).array();
            return alerts.isEmpty() ? 0
                                    : alerts[0]
                                              .toObject()
                                              .value("deliveries")
                                              .toArray()[0]
                                              .toObject()
                                              .value("attempts")
                                              .toInt();
        };
        QVERIFY2(waitFor([&] { return attempts() >= 1; }, 20'000),
                 cli(withDb({"alerts", "--json"})).out.constData());
        instance->kill9();
        const int before = attempts();

        // The receiver comes back on its address, and so does Uptrack: delivered, once.
        HttpSink sink(sinkPort);
        QVERIFY(sink.port() == sinkPort);
        instance = std::make_unique<Instance>(m_db, port, fastRetry);
        QVERIFY(instance->waitReady());
        // On a loaded machine several attempts may have failed before the kill; the
        // backoff (1 s doubling) then puts the next one further away: 2^(n-1) s after the
        // n-th, and never more than the 64 s of the seventh.
        const int waitMs = std::min(1 << std::max(before - 1, 0), 64) * 1000 + 30'000;
        QVERIFY2(waitFor([&] { return sink.accepted.size() >= 1; }, waitMs),
                 (QByteArray::number(before) + " attempts before the kill; now "
                  + cli(withDb({"alerts", "--json"})).out)
                         .constData());
        QCOMPARE(sink.accepted.size(), 1);
        QCOMPARE(sink.accepted[0].json().value("text").toString(), QStringLiteral("job is DOWN"));
        // Delivered is final: the outbox sends only what is pending, so once the delivery
        // says so no second copy can follow.
        const auto firstDelivery = [&] {
            return cli(withDb({"alerts", "--json"}))
                    .array()[0]
                    .toObject()
                    .value("deliveries")
                    .toArray()[0]
                    .toObject();
        };
        QVERIFY(waitFor(
                [&] {
                    return firstDelivery().value("state").toString() == QLatin1String("delivered");
                },
                15'000));
        QCOMPARE(sink.accepted.size(), 1);
        const QJsonObject delivery = firstDelivery();
        QVERIFY(delivery.value("attempts").toInt() >= 2);
        QCOMPARE(instance->terminate(), 0);
    }

    void missingKeychainIsExplained()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=%1").arg(m_dir.filePath(QStringLiteral("no-bus"))));
        const CliResult r = cli(withDb({"channel", "add", "--kind", "slack", "--name", "nokeychain",
                                        "--secrets", "keychain"}),
                                "https://hooks.slack.com/services/T/B/X\n", env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("No keychain is available"), r.err.constData());
        QVERIFY(!r.err.contains("hooks.slack.com"));
        QCOMPARE(cli(withDb({"channel", "list", "--json"})).array().size(), 0); // nothing stored
    }

    void withoutAKeychainSecretsGoToTheEncryptedFile()
    {
        // A server: no D-Bus session, so no Secret Service; the core and the CLI both
        // choose the encrypted file by themselves.
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=%1").arg(home.filePath(QStringLiteral("no-bus"))));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("UPTRACK_SECRETS"));
        HttpSink sink;
        const CliResult added = cli(withDb({"channel", "add", "--kind", "webhook", "--name", "ops",
                                            "--default", "--json"}),
                                    sink.url().toUtf8() + "\n", env);
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QCOMPARE(added.object().value("secret").toString().section(QLatin1Char(':'), 0, 0),
                 QStringLiteral("file"));
        const QString secrets = home.filePath(QStringLiteral("data/uptrack/secrets.enc"));
        const QString key = home.filePath(QStringLiteral("config/uptrack/secrets.key"));
        for (const QString &path : {secrets, key}) {
            const QFileInfo info(path);
            QVERIFY2(info.exists(), qPrintable(path));
            QCOMPARE(info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                     QFileDevice::Permissions());
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY(!bytes.contains(sink.url().toUtf8()));
            QVERIFY(!bytes.contains("/hook"));
        }

        const quint16 port = freePort();
        Instance instance(m_db, port, {}, env);
        QVERIFY(instance.waitReady());
        const QJsonObject m = cli(withDb({"monitor", "add", "--name", "nightly", "--period", "2s",
                                          "--grace", "0s", "--json"}),
                                  {}, env)
                                      .object();
        QCOMPARE(httpStatus(port, "GET", "/ping/" + m.value("token").toString().toLatin1()), 200);
        QTRY_COMPARE_WITH_TIMEOUT(sink.accepted.size(), 1, 10'000);
        QCOMPARE(sink.accepted[0].json().value("kind").toString(), QStringLiteral("down"));
        QCOMPARE(instance.terminate(), 0);
        QByteArray log = instance.stderrText();
        QVERIFY2(log.contains("encrypted with the key"), log.replace('\n', ' ').constData());
        QVERIFY(!log.contains(sink.url().toUtf8()));
        for (const QString &file : {m_db, m_db + QStringLiteral("-wal")}) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY(!f.readAll().contains(sink.url().toUtf8()));
        }
        // Removing the channel removes its secret: a second channel of the same name
        // starts from nothing, and the file still opens.
        QCOMPARE(cli(withDb({"channel", "remove", "ops"}), {}, env).exitCode, 0);
        QCOMPARE(cli(withDb({"channel", "list", "--json"}), {}, env).array().size(), 0);
        // Asked for the keychain explicitly, the same box says what is missing.
        const CliResult refused = cli(withDb({"channel", "add", "--kind", "webhook", "--name", "k",
                                              "--secrets", "keychain"}),
                                      sink.url().toUtf8() + "\n", env);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("--secrets file"), refused.err.constData());
        const CliResult wrong = cli(withDb({"channel", "list", "--secrets", "vault"}), {}, env);
        QCOMPARE(wrong.exitCode, 2);
    }

    void secretsNeverComeFromArguments()
    {
        const CliResult r = cli(withDb({"channel", "add", "--kind", "slack", "--name", "x",
                                        "https://hooks.slack.com/services/T/B/X"}),
                                "");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("standard input"));
        const CliResult empty
                = cli(withDb({"channel", "add", "--kind", "slack", "--name", "x"}), "");
        QCOMPARE(empty.exitCode, 2);
        QVERIFY(empty.err.contains("standard input"));
    }
};

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
