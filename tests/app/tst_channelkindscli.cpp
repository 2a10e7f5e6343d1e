// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The new channel kinds as an admin's script sets them up: secrets on standard input (two
// for Pushover, an optional one for ntfy), the services stood in for by loopback servers
// through --api-url and --server-url, a headless core; PagerDuty's incident opened by the
// down and resolved by the recovery with the same dedup_key; channel test; no secret in
// the database, the settings or the JSON.
#include "httpsink.h"
#include "processhelpers.h"

#include <QFile>

using namespace testsupport;

namespace {
const QByteArray kRoutingKey = "0123456789abcdef0123456789ABCDEF";
const QByteArray kPushoverApp = "azGDORePK8gMaC0QOYAMyEEuzJnyUi";
const QByteArray kPushoverUser = "uQiRzpo4DXghDmr9QzzfQu27cmVRsG";
} // namespace

class TestChannelKindsCli : public testsupport::CliTest
{
    Q_OBJECT

    static QString api(const HttpSink &sink)
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(sink.port());
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

    void pagerDutyOpensAndResolvesWithOurIncident()
    {
        HttpSink pd;
        HttpSink ntfy;
        CliResult r = cli(withDb({"channel", "add", "--kind", "pagerduty", "--name", "oncall",
                                  "--api-url", api(pd), "--default"}),
                          kRoutingKey + "\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli(withDb({"channel", "add", "--kind", "ntfy", "--name", "phones", "--topic",
                        "office-alerts", "--server-url", ntfy.url(QStringLiteral("/")),
                        "--default"}),
                "tk_secret_token\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const quint16 port = freePort();
        Instance core(m_db, port);
        QVERIFY(core.waitReady());
        r = cli(withDb({"monitor", "add", "--name", "backup", "--period", "2s", "--grace", "1s",
                        "--json"}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject backup = r.object();
        QCOMPARE(httpStatus(port, "POST", pingPath(backup, "/fail"), "disk full"), 200);
        QTRY_COMPARE_WITH_TIMEOUT(pd.accepted.size(), 1, 10'000);
        const QJsonObject trigger = pd.accepted[0].json();
        QCOMPARE(pd.accepted[0].path, QByteArray("/v2/enqueue"));
        QCOMPARE(trigger.value("event_action").toString(), QStringLiteral("trigger"));
        QCOMPARE(trigger.value("routing_key").toString(), QString::fromLatin1(kRoutingKey));
        const QString key = trigger.value("dedup_key").toString();
        QVERIFY2(key.startsWith(QStringLiteral("uptrack-"))
                         && key.contains(QStringLiteral("-incident-")),
                 qPrintable(key));
        QVERIFY(trigger.value("payload")["custom_details"]["Output"].toString().contains(
                QStringLiteral("disk full")));
        QTRY_COMPARE_WITH_TIMEOUT(ntfy.accepted.size(), 1, 10'000);
        QCOMPARE(ntfy.accepted[0].headers.value("authorization"),
                 QByteArray("Bearer tk_secret_token"));
        QCOMPARE(ntfy.accepted[0].json().value("topic").toString(),
                 QStringLiteral("office-alerts"));

        QCOMPARE(httpStatus(port, "GET", pingPath(backup)), 200); // the recovery
        QTRY_COMPARE_WITH_TIMEOUT(pd.accepted.size(), 2, 10'000);
        QCOMPARE(pd.accepted[1].json().value("event_action").toString(), QStringLiteral("resolve"));
        QCOMPARE(pd.accepted[1].json().value("dedup_key").toString(), key);
        // The next outage is another PagerDuty incident.
        QCOMPARE(httpStatus(port, "GET", pingPath(backup, "/fail")), 200);
        QTRY_COMPARE_WITH_TIMEOUT(pd.accepted.size(), 3, 10'000);
        QVERIFY(pd.accepted[2].json().value("dedup_key").toString() != key);

        // channel test: an info event of its own.
        r = cli(withDb({"channel", "test", "oncall"}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QTRY_COMPARE_WITH_TIMEOUT(pd.accepted.size(), 4, 10'000);
        QCOMPARE(pd.accepted[3].json().value("payload")["severity"].toString(),
                 QStringLiteral("info"));
        QCOMPARE(core.terminate(), 0);

        // The secrets are in none of the files Uptrack writes, nor in its JSON.
        const QByteArray listed = cli(withDb({"channel", "list", "--json"})).out;
        QFile db(m_db);
        QVERIFY(db.open(QIODevice::ReadOnly));
        const QByteArray stored = db.readAll();
        for (const QByteArray &secret : {kRoutingKey, QByteArray("tk_secret_token")}) {
            QVERIFY(!listed.contains(secret));
            QVERIFY(!stored.contains(secret));
        }
    }

    // A program run for each alert: set up on the core's machine; the API refuses it.
    void aCommandChannelIsTheAdminsOwn()
    {
        const QString out = m_dir.filePath(QStringLiteral("siren.txt"));
        const QString script = m_dir.filePath(QStringLiteral("siren.sh"));
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\necho \"$1 $UPTRACK_KIND $UPTRACK_NAME $UPTRACK_REASON_CODE\" >> \""
                + out.toUtf8() + "\"\n");
        f.close();
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        CliResult r = cli(
                withDb({"channel", "add", "--kind", "command", "--name", "siren", "--command",
                        script, "--arg", "office", "--timeout", "10s", "--default", "--json"}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.object().value("config")["timeout_ms"].toInt(), 10'000);
        const quint16 port = freePort();
        Instance core(m_db, port);
        QVERIFY(core.waitReady());
        r = cli(withDb({"monitor", "add", "--name", "backup", "--json"}));
        QCOMPARE(httpStatus(port, "GET", pingPath(r.object(), "/7")), 200); // exit status 7
        auto written = [&out] {
            QFile file(out);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        QTRY_COMPARE_WITH_TIMEOUT(written(), QByteArray("office down backup exit:7\n"), 10'000);
        const QJsonArray alerts = cli(withDb({"alerts", "--json", "--monitor", "backup"})).array();
        QTRY_COMPARE_WITH_TIMEOUT(cli(withDb({"alerts", "--json", "--monitor", "backup"}))
                                          .array()
                                          .first()["deliveries"][0]["state"]
                                          .toString(),
                                  QStringLiteral("delivered"), 10'000);
        QVERIFY(!alerts.isEmpty());

        // The management API: 403, with what to do instead.
        const QString key = cli(withDb({"apikey", "add", "--name", "script", "--json"}))
                                    .object()
                                    .value("key")
                                    .toString();
        QProcess curl;
        curl.start(QStringLiteral("curl"),
                   {"-s", "-w", "\n%{http_code}", "-H", "X-Api-Key: " + key, "-H",
                    "Content-Type: application/json", "--data",
                    "{\"name\":\"x\",\"kind\":\"command\",\"fields\":{\"command\":\"/bin/true\"}}",
                    QStringLiteral("http://127.0.0.1:%1/api/uptrack/v1/channels").arg(port)});
        QVERIFY(curl.waitForFinished(20'000));
        const QByteArray answer = curl.readAllStandardOutput();
        QVERIFY2(answer.endsWith("\n403"), answer.constData());
        QVERIFY(answer.contains("--api-allows-command-channels"));
        QVERIFY(!cli(withDb({"channel", "list"})).out.contains("\nx "));
        QCOMPARE(core.terminate(), 0);
    }

    void pushoverReadsItsTwoSecretsInOrder()
    {
        HttpSink po;
        CliResult r = cli(withDb({"channel", "add", "--kind", "pushover", "--name", "push",
                                  "--api-url", api(po), "--priority-down", "2", "--retry", "60",
                                  "--expire", "600", "--sound", "siren"}),
                          kPushoverApp + "\n" + kPushoverUser + "\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli(withDb({"channel", "test", "push"}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QTRY_COMPARE_WITH_TIMEOUT(po.accepted.size(), 1, 15'000);
        const QByteArray body = po.accepted[0].body;
        QVERIFY(body.contains("token=" + kPushoverApp));
        QVERIFY(body.contains("user=" + kPushoverUser));
        QVERIFY(body.contains("sound=siren"));
        // One secret short: refused with a sentence, nothing added.
        r = cli(withDb({"channel", "add", "--kind", "pushover", "--name", "short"}),
                kPushoverApp + "\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("user or group key"), r.err.constData());
        QVERIFY(!cli(withDb({"channel", "list"})).out.contains("short"));
        // A bad option value names the option.
        r = cli(withDb({"channel", "add", "--kind", "telegram", "--name", "tg", "--chat-id", "1",
                        "--api-url", "https://relay.lan/bot"}),
                "123456789:AAEabcdefghijklmnopqrstuvwxyz\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--api-url"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestChannelKindsCli)
#include "tst_channelkindscli.moc"
