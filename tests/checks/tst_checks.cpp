// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Uptime checks: the rules and the state logic on a fake clock, then the real runner
// against real servers on loopback (a Python HTTP and HTTPS server with a self-signed
// certificate made by openssl here, a closed port, a port that accepts and never
// answers), and the engine turning results into pings, flips and alerts.
#include "checks/checkrunner.h"
#include "processhelpers.h"
#include "scriptedengine.h"
#include "secrets/secretstore.h"
#include "state/statemachine.h"
#include "storage/alertrepository.h"
#include "storage/pingrepository.h"
#include "time/clock.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace uptrack;
using testsupport::freePort;

namespace {
constexpr qint64 kDay = 86'400'000;

/// The Python check server on a free port, HTTP or HTTPS.
struct CheckServer
{
    QProcess process;
    quint16 port = 0;
    bool start(const QStringList &tls = {})
    {
        port = freePort();
        process.start(
                QStringLiteral("/usr/bin/python3"),
                QStringList{QStringLiteral(UPTRACK_SOURCE_DIR "/tests/support/checkserver.py"),
                            QString::number(port)}
                        + tls);
        return process.waitForReadyRead(10'000) && process.readLine().startsWith("ready");
    }
    ~CheckServer()
    {
        process.kill();
        process.waitForFinished();
    }
};

Monitor httpCheck(qint64 id, const QString &url)
{
    Monitor m;
    m.id = id;
    m.kind = MonitorKind::Http;
    m.status = Status::New;
    m.check.target = url;
    m.check.intervalMs = 60'000;
    m.check.timeoutMs = 2000;
    return m;
}

/// Runs one check once with the real runner and returns its result.
std::optional<CheckResult> runOnce(const Monitor &m, int waitMs = 15'000)
{
    SystemClock clock;
    CheckRunner runner(clock);
    std::optional<CheckResult> result;
    QObject::connect(&runner, &CheckRunner::resultReady,
                     [&](qint64, const CheckResult &r) { result = r; });
    runner.update({m});
    QElapsedTimer t;
    t.start();
    while (!result && t.elapsed() < waitMs)
        QTest::qWait(10);
    return result;
}
} // namespace

class TestChecks : public QObject
{
    Q_OBJECT

private slots:
    void rules()
    {
        QVERIFY(CheckRules::statusExpected(QStringLiteral("200-299,301"), 204));
        QVERIFY(CheckRules::statusExpected(QStringLiteral("200-299,301"), 301));
        QVERIFY(!CheckRules::statusExpected(QStringLiteral("200-299,301"), 302));
        QVERIFY(!CheckRules::validStatusList(QStringLiteral("299-200")));
        QVERIFY(!CheckRules::validStatusList(QStringLiteral("abc")));
        QVERIFY(!CheckRules::validStatusList(QStringLiteral("")));
        CheckSpec s;
        s.target = QStringLiteral("https://intranet.example/health");
        QCOMPARE(CheckRules::validate(MonitorKind::Http, s), Problems());
        s.target = QStringLiteral("ftp://x/");
        QVERIFY(!CheckRules::validate(MonitorKind::Http, s).isEmpty());
        s.target = QStringLiteral("db01:5432");
        QCOMPARE(CheckRules::validate(MonitorKind::Tcp, s), Problems());
        s.target = QStringLiteral("[::1]:22");
        QCOMPARE(CheckRules::validate(MonitorKind::Tcp, s), Problems());
        s.target = QStringLiteral("db01");
        QVERIFY(!CheckRules::validate(MonitorKind::Tcp, s).isEmpty());
        s.target = QStringLiteral("db01:5432");
        s.intervalMs = 5000;
        QVERIFY(!CheckRules::validate(MonitorKind::Tcp, s).isEmpty()); // below 10 s
        s.intervalMs = 30'000;
        s.timeoutMs = 30'000;
        QVERIFY(!CheckRules::validate(MonitorKind::Tcp, s).isEmpty()); // timeout >= interval
        // JSON round trip, and a partial update keeps the rest.
        CheckSpec full;
        full.target = QStringLiteral("https://x/");
        full.keyword = QStringLiteral("ok");
        full.headers = {QStringLiteral("X-A: 1")};
        full.maxResponseMs = 1500;
        QCOMPARE(CheckSpec::fromJson(full.toJson()).toJson(), full.toJson());
        const CheckSpec edited
                = CheckSpec::fromJson(QJsonObject{{QStringLiteral("interval"), 30}}, full);
        QCOMPARE(edited.intervalMs, 30'000);
        QCOMPARE(edited.keyword, QStringLiteral("ok"));
    }

    // Down only after `confirmations` failures in a row; a success resets the count.
    void confirmationBeforeDown()
    {
        FakeClock clock;
        Monitor m = httpCheck(1, QStringLiteral("http://x/"));
        m.check.confirmations = 2;
        auto result = [&](bool ok) {
            Ping p;
            p.timeMs = clock.nowMs();
            p.kind = ok ? PingKind::Success : PingKind::Fail;
            p.durationMs = 40;
            clock.advance(60'000);
            return StateMachine::onCheckResult(m, p, QStringLiteral("status 503"));
        };
        QVERIFY(result(true).flips.size() == 1);
        QCOMPARE(m.status, Status::Up);
        QVERIFY(result(false).flips.isEmpty()); // one failure: still up
        QCOMPARE(m.status, Status::Up);
        QCOMPARE(m.failStreak, 1);
        QVERIFY(result(true).flips.isEmpty()); // recovered before confirmation
        QCOMPARE(m.failStreak, 0);
        result(false);
        const StateChange down = result(false);
        QCOMPARE(m.status, Status::Down);
        QVERIFY(down.openIncident);
        QCOMPARE(down.flips.first().reason, QStringLiteral("check:status 503"));
        QCOMPARE(Reason::describe(down.flips.first().reason),
                 QStringLiteral("check failed: status 503"));
        QCOMPARE(StateMachine::nextWake(m), -1); // no deadlines: the runner decides
        QVERIFY(result(true).closeIncident);
        QCOMPARE(m.status, Status::Up);
    }

    // A warning N days ahead, once per certificate; a renewed certificate is warned anew.
    void certificateWarningOncePerThreshold()
    {
        FakeClock clock;
        Monitor m = httpCheck(1, QStringLiteral("https://x/"));
        m.check.certWarnDays = 14;
        m.certExpiryMs = clock.nowMs() + 20 * kDay;
        QVERIFY(!StateMachine::certificateWarningDue(m, clock.nowMs()));
        clock.advance(6 * kDay + 1);
        QVERIFY(StateMachine::certificateWarningDue(m, clock.nowMs()));
        m.certWarnedMs = m.certExpiryMs;
        clock.advance(kDay);
        QVERIFY(!StateMachine::certificateWarningDue(m, clock.nowMs()));
        m.certExpiryMs = clock.nowMs() + 10 * kDay; // renewed, but short again
        QVERIFY(StateMachine::certificateWarningDue(m, clock.nowMs()));
        m.check.certWarnDays = 0;
        QVERIFY(!StateMachine::certificateWarningDue(m, clock.nowMs()));
    }

    void httpAgainstARealServer()
    {
        CheckServer server;
        QVERIFY(server.start());
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.port);

        auto r = runOnce(httpCheck(1, base + QStringLiteral("/ok")));
        QVERIFY(r);
        QVERIFY2(r->ok, qPrintable(r->reason));
        QCOMPARE(r->httpStatus, 200);
        QVERIFY(r->latencyMs >= 0 && r->latencyMs < 2000);
        QCOMPARE(r->address, QStringLiteral("127.0.0.1:%1").arg(server.port));

        r = runOnce(httpCheck(2, base + QStringLiteral("/fail")));
        QVERIFY(r && !r->ok);
        QCOMPARE(r->reason, QStringLiteral("status 503 (expected 200-299)"));

        Monitor keyword = httpCheck(3, base + QStringLiteral("/ok"));
        keyword.check.keyword = QStringLiteral("nominal");
        r = runOnce(keyword);
        QVERIFY(r && r->ok);
        keyword.check.keyword = QStringLiteral("degraded");
        r = runOnce(keyword);
        QVERIFY(r && !r->ok);
        QCOMPARE(r->reason, QStringLiteral("the keyword \"degraded\" is missing"));
        keyword.check.keywordAbsent = true;
        r = runOnce(keyword);
        QVERIFY(r && r->ok);

        Monitor head = httpCheck(4, base + QStringLiteral("/ok"));
        head.check.method = QStringLiteral("HEAD");
        r = runOnce(head);
        QVERIFY(r && r->ok);

        Monitor slow = httpCheck(5, base + QStringLiteral("/slow"));
        slow.check.timeoutMs = 6000;
        slow.check.maxResponseMs = 1000;
        r = runOnce(slow);
        QVERIFY(r && !r->ok);
        QVERIFY2(r->reason.startsWith(QStringLiteral("too slow: ")), qPrintable(r->reason));
        QVERIFY(r->latencyMs >= 2900);

        Monitor header = httpCheck(6, base + QStringLiteral("/header"));
        r = runOnce(header);
        QVERIFY(r && !r->ok); // 401 without the header
        header.check.headers = {QStringLiteral("X-Check-Token: s3cret")};
        r = runOnce(header);
        QVERIFY2(r && r->ok, r ? qPrintable(r->reason) : "no result");
    }

    // Redirects: not followed unless allowed, and then the result says where it went.
    void redirects()
    {
        CheckServer server;
        QVERIFY(server.start());
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.port);
        Monitor m = httpCheck(1, base + QStringLiteral("/redirect-other"));
        auto r = runOnce(m);
        QVERIFY(r && !r->ok);
        QCOMPARE(r->httpStatus, 302);
        QVERIFY2(r->detail.contains(QStringLiteral("not followed")), qPrintable(r->detail));
        m.check.expectStatus = QStringLiteral("200-299,302");
        r = runOnce(m);
        QVERIFY(r && r->ok); // the redirect itself is what was asked for
        m.check.expectStatus = QStringLiteral("200-299");
        m.check.followRedirects = true;
        r = runOnce(m);
        QVERIFY2(r && r->ok, r ? qPrintable(r->reason) : "no result");
        QVERIFY2(r->detail.contains(QStringLiteral("redirected to http://localhost:")),
                 qPrintable(r->detail));
    }

    // A host that accepts and never answers is cut at the timeout, every time.
    void aHangingHostIsCutAtTheTimeout()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (silent.hasPendingConnections())
                held.append(silent.nextPendingConnection());
        });
        Monitor m = httpCheck(1, QStringLiteral("http://127.0.0.1:%1/").arg(silent.serverPort()));
        m.check.timeoutMs = 1000;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer t;
            t.start();
            const auto r = runOnce(m);
            QVERIFY(r && !r->ok);
            QCOMPARE(r->reason, QStringLiteral("no answer within 1 s"));
            QVERIFY2(r->latencyMs >= 1000 && t.elapsed() < 4000,
                     qPrintable(QString::number(t.elapsed())));
        }
        // TCP: connecting is all a TCP check asks, so the same host is up.
        Monitor tcp = m;
        tcp.kind = MonitorKind::Tcp;
        tcp.check.target = QStringLiteral("127.0.0.1:%1").arg(silent.serverPort());
        auto r = runOnce(tcp);
        QVERIFY(r && r->ok);
        QVERIFY(r->detail.startsWith(QStringLiteral("connected in ")));
        // A closed port is refused.
        tcp.check.target = QStringLiteral("127.0.0.1:%1").arg(freePort());
        r = runOnce(tcp);
        QVERIFY(r && !r->ok);
        QCOMPARE(r->reason, QStringLiteral("connection refused"));
        // An unknown host fails in DNS.
        Monitor dns = httpCheck(9, QStringLiteral("http://no-such-host.invalid/"));
        r = runOnce(dns);
        QVERIFY(r && !r->ok);
        QVERIFY2(r->reason.contains(QStringLiteral("host not found"))
                         || r->reason.startsWith(QStringLiteral("no answer")),
                 qPrintable(r->reason));
        qDeleteAll(held);
    }

    // HTTPS with a self-signed certificate that expires in 5 days: refused unless the
    // check opts in; its expiry is read either way it answers.
    void httpsSelfSigned()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-days"), QStringLiteral("5"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), cert});
        QVERIFY(openssl.waitForFinished(30'000));
        QCOMPARE(openssl.exitCode(), 0);
        CheckServer server;
        QVERIFY(server.start({cert, key}));
        Monitor m = httpCheck(1, QStringLiteral("https://127.0.0.1:%1/ok").arg(server.port));
        auto r = runOnce(m);
        QVERIFY(r && !r->ok);
        QVERIFY2(r->reason.startsWith(QStringLiteral("TLS: ")), qPrintable(r->reason));
        m.check.insecureTls = true;
        r = runOnce(m);
        QVERIFY2(r && r->ok, r ? qPrintable(r->reason) : "no result");
        const qint64 inFive = QDateTime::currentMSecsSinceEpoch() + 5 * kDay;
        QVERIFY2(std::abs(r->certExpiryMs - inFive) < 3600'000,
                 qPrintable(QDateTime::fromMSecsSinceEpoch(r->certExpiryMs).toString()));
    }

    // The engine stores each result as a ping, goes down after the confirmations with
    // the reason in the alert, and warns once about the certificate.
    void engineTurnsResultsIntoHistory()
    {
        QTemporaryDir dir;
        FakeClock clock;
        testsupport::ScriptedEngine s(dir.filePath(QStringLiteral("c.db")), clock);
        QVERIFY2(s.ok, qPrintable(s.error));
        MonitorSpec spec;
        spec.name = QStringLiteral("intranet");
        spec.kind = MonitorKind::Http;
        spec.check = QJsonObject{{QStringLiteral("target"), QStringLiteral("https://intranet/")},
                                 {QStringLiteral("interval"), 30},
                                 {QStringLiteral("confirmations"), 2}};
        const auto m = s.engine->addMonitor(spec, &s.error);
        QVERIFY2(m, qPrintable(s.error));
        QCOMPARE(m->schedule.periodMs(), 30'000);
        auto submit = [&](bool ok, const QString &reason, qint64 certExpiry = -1) {
            CheckResult r;
            r.ok = ok;
            r.reason = reason;
            r.detail = QStringLiteral("HTTP 503 · 12 ms");
            r.timeMs = clock.nowMs();
            r.latencyMs = 12;
            r.address = QStringLiteral("intranet");
            r.certExpiryMs = certExpiry;
            s.engine->submitCheckResult(m->id, r);
            QVERIFY(s.engine->commitNow());
            clock.advance(30'000);
        };
        const qint64 expiry = clock.nowMs() + 5 * kDay;
        submit(true, QString(), expiry);
        QCOMPARE(s.engine->monitor(m->id)->status, Status::Up);
        submit(true, QString(), expiry); // still 5 days: no second warning
        submit(false, QStringLiteral("status 503 (expected 200-299)"), expiry);
        QCOMPARE(s.engine->monitor(m->id)->status, Status::Up);
        submit(false, QStringLiteral("status 503 (expected 200-299)"), expiry);
        QCOMPARE(s.engine->monitor(m->id)->status, Status::Down);

        PingRepository pings(*s.db);
        QList<Ping> stored;
        QVERIFY(pings.list(m->id, 10, &stored));
        QCOMPARE(stored.size(), 4);
        QCOMPARE(stored.last().kind, PingKind::Fail);
        QCOMPARE(stored.last().durationMs, 12);
        QCOMPARE(QString::fromUtf8(stored.last().body),
                 QStringLiteral("status 503 (expected 200-299) · HTTP 503 · 12 ms"));

        AlertRepository alerts(*s.db);
        QList<Alert> list;
        QVERIFY(alerts.alerts(m->id, 10, &list));
        QStringList kinds;
        for (const Alert &a : list)
            kinds.append(alertKindName(a.kind));
        kinds.sort();
        QCOMPARE(kinds, (QStringList{QStringLiteral("cert"), QStringLiteral("down")}));
        for (const Alert &a : list) {
            if (a.kind == AlertKind::Down)
                QCOMPARE(a.facts.value(QLatin1String("reason_text")).toString(),
                         QStringLiteral("check failed: status 503 (expected 200-299)"));
        }
        // A ping sent to a check's URL is kept as a message and changes nothing.
        QVERIFY(s.ping(*m, PingKind::Success));
        QCOMPARE(s.engine->monitor(m->id)->status, Status::Down);
    }

    // The command line end to end: a headless instance runs the checks it is given.
    void commandLineEndToEnd()
    {
        CheckServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("e2e.db"));
        testsupport::Instance instance(db, freePort());
        QVERIFY(instance.waitReady());
        auto cli = [&](QStringList args) {
            args << QStringLiteral("--db") << db;
            return testsupport::cli(args);
        };
        auto r = cli({QStringLiteral("monitor"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Intranet"), QStringLiteral("--http"),
                      QStringLiteral("http://127.0.0.1:%1/ok").arg(server.port),
                      QStringLiteral("--interval"), QStringLiteral("10s"),
                      QStringLiteral("--timeout"), QStringLiteral("3s"),
                      QStringLiteral("--keyword"), QStringLiteral("nominal"),
                      QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.object().value(QLatin1String("kind")).toString(), QStringLiteral("http"));
        const QJsonObject check = r.object().value(QLatin1String("check")).toObject();
        QCOMPARE(check.value(QLatin1String("interval")).toDouble(), 10.0);
        QCOMPARE(check.value(QLatin1String("keyword")).toString(), QStringLiteral("nominal"));
        r = cli({QStringLiteral("monitor"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Printer"), QStringLiteral("--tcp"),
                 QStringLiteral("127.0.0.1:%1").arg(freePort()), QStringLiteral("--interval"),
                 QStringLiteral("10s"), QStringLiteral("--timeout"), QStringLiteral("2s"),
                 QStringLiteral("--confirm"), QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        // A new check runs at once: up for the page, down for the closed port.
        QTRY_COMPARE_WITH_TIMEOUT(cli({QStringLiteral("monitor"), QStringLiteral("show"),
                                       QStringLiteral("intranet"), QStringLiteral("--json")})
                                          .object()
                                          .value(QLatin1String("status"))
                                          .toString(),
                                  QStringLiteral("up"), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(cli({QStringLiteral("monitor"), QStringLiteral("show"),
                                       QStringLiteral("printer"), QStringLiteral("--json")})
                                          .object()
                                          .value(QLatin1String("status_reason"))
                                          .toString(),
                                  QStringLiteral("check:connection refused"), 10'000);
        r = cli({QStringLiteral("monitor"), QStringLiteral("pings"), QStringLiteral("printer"),
                 QStringLiteral("--json")});
        QCOMPARE(r.array().first().toObject().value(QLatin1String("kind")).toString(),
                 QStringLiteral("fail"));
        QVERIFY(r.array()
                        .first()
                        .toObject()
                        .value(QLatin1String("body"))
                        .toString()
                        .startsWith(QStringLiteral("connection refused")));
        const QJsonObject intranet = cli({QStringLiteral("monitor"), QStringLiteral("show"),
                                          QStringLiteral("intranet"), QStringLiteral("--json")})
                                             .object();
        QVERIFY(intranet.value(QLatin1String("last_response_ms")).toDouble() >= 0);

        // An edit changes only what it names.
        r = cli({QStringLiteral("monitor"), QStringLiteral("edit"), QStringLiteral("intranet"),
                 QStringLiteral("--interval"), QStringLiteral("20s"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.object()
                         .value(QLatin1String("check"))
                         .toObject()
                         .value(QLatin1String("interval"))
                         .toDouble(),
                 20.0);
        QCOMPARE(r.object()
                         .value(QLatin1String("check"))
                         .toObject()
                         .value(QLatin1String("keyword"))
                         .toString(),
                 QStringLiteral("nominal"));
        // Mistakes are named, and nothing is added.
        r = cli({QStringLiteral("monitor"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("x"), QStringLiteral("--http"), QStringLiteral("ftp://x/")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("is not an http:// or https:// URL"), r.err.constData());
        r = cli({QStringLiteral("monitor"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("x"), QStringLiteral("--tcp"), QStringLiteral("db:5432"),
                 QStringLiteral("--interval"), QStringLiteral("2s")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("every 10 seconds"), r.err.constData());
        r = cli({QStringLiteral("monitor"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("x"), QStringLiteral("--period"), QStringLiteral("1h"),
                 QStringLiteral("--keyword"), QStringLiteral("ok")});
        QCOMPARE(r.exitCode, 1); // a heartbeat has no check settings
        QCOMPARE(cli({QStringLiteral("monitor"), QStringLiteral("list"), QStringLiteral("--json")})
                         .array()
                         .size(),
                 2);
        QCOMPARE(instance.terminate(), 0);
    }

    // A header value can be a secret: read from standard input into the keychain, never
    // into the database or the JSON, sent with every run, and removed with the check.
    void secretHeaderFromTheKeychain()
    {
        QString probe;
        if (!SecretStore().writeSync(QStringLiteral("tst_checks/probe"), QStringLiteral("x"),
                                     &probe))
            QSKIP("no Secret Service here; the test command runs one (dbus-run-session)");
        SecretStore().removeSync(QStringLiteral("tst_checks/probe"), &probe);
        CheckServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("secret.db"));
        testsupport::Instance instance(db, freePort());
        QVERIFY(instance.waitReady());
        auto r = testsupport::cli(
                {QStringLiteral("monitor"), QStringLiteral("add"), QStringLiteral("--db"), db,
                 QStringLiteral("--name"), QStringLiteral("Admin API"), QStringLiteral("--http"),
                 QStringLiteral("http://127.0.0.1:%1/header").arg(server.port),
                 QStringLiteral("--interval"), QStringLiteral("10s"), QStringLiteral("--timeout"),
                 QStringLiteral("3s"), QStringLiteral("--secret-header"),
                 QStringLiteral("X-Check-Token"), QStringLiteral("--json")},
                "s3cret\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains("s3cret"));
        const QJsonObject check = r.object().value(QLatin1String("check")).toObject();
        QCOMPARE(check.value(QLatin1String("secret_headers")).toArray().first().toString(),
                 QStringLiteral("X-Check-Token"));
        const QString ref = check.value(QLatin1String("secret_ref")).toString();
        QVERIFY(!ref.isEmpty());
        // The server answers 200 only to the right token: the check is up.
        QTRY_COMPARE_WITH_TIMEOUT(
                testsupport::cli({QStringLiteral("monitor"), QStringLiteral("show"),
                                  QStringLiteral("admin-api"), QStringLiteral("--db"), db,
                                  QStringLiteral("--json")})
                        .object()
                        .value(QLatin1String("status"))
                        .toString(),
                QStringLiteral("up"), 10'000);
        QCOMPARE(instance.terminate(), 0);
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("s3cret"));
        file.close();
        QString value, error;
        QVERIFY2(SecretStore().readSync(SecretStore::checkKey(ref), &value, &error),
                 qPrintable(error));
        QVERIFY(value.contains(QStringLiteral("s3cret")));
        r = testsupport::cli({QStringLiteral("monitor"), QStringLiteral("remove"),
                              QStringLiteral("admin-api"), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!SecretStore().readSync(SecretStore::checkKey(ref), &value, &error));
    }

    // A thousand checks at start are spread over their interval, not fired together.
    void firstRunsAreSpread()
    {
        SystemClock clock;
        CheckRunnerOptions options;
        options.maxInFlight = 4;
        CheckRunner runner(clock, options);
        QList<Monitor> monitors;
        for (int i = 1; i <= 1000; ++i) {
            Monitor m = httpCheck(i, QStringLiteral("http://127.0.0.1:9/"));
            m.check.intervalMs = 30'000;
            monitors.append(m);
        }
        runner.update(monitors, /*spread=*/true);
        QCOMPARE(runner.scheduled(), 1000);
        QTest::qWait(300);
        // About 1% of the interval has passed: about ten have started, never a burst.
        QVERIFY2(runner.inFlight() <= 4, qPrintable(QString::number(runner.inFlight())));
        const int started = int(runner.takeStartDelays().size());
        QVERIFY2(started < 100, qPrintable(QString::number(started)));
    }
};

QTEST_MAIN(TestChecks)
#include "tst_checks.moc"
