// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The ping protocol of DESIGN.md over real HTTP on loopback.
#include "engine/engine.h"
#include "enginetest.h"
#include "receiver/pingreceiver.h"
#include "storage/database.h"
#include "storage/pingrepository.h"
#include "time/clock.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace uptrack;

namespace {
struct Reply
{
    int status = 0;
    QByteArray body;
};
const QString kRid = QStringLiteral("0b0b5b9e-1111-4a4a-9999-222233334444");
} // namespace

class TestPingProtocol : public testsupport::EngineTest
{
    Q_OBJECT

    std::unique_ptr<PingReceiver> m_receiver;
    QNetworkAccessManager m_nam;
    Monitor m_monitor;

    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_receiver->port()).arg(path);
    }

    Reply request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  const QByteArray &userAgent = "uptrack-test")
    {
        QNetworkRequest req{QUrl(url(path))};
        req.setHeader(QNetworkRequest::UserAgentHeader, QString::fromLatin1(userAgent));
        if (!body.isNull())
            req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("text/plain"));
        // A custom verb "HEAD" makes QNetworkAccessManager wait for the body that the
        // Content-Length announces (it knows only its own head() has none); it waited until our
        // idle cut and then sent the request again, so the ping counted twice.
        QNetworkReply *reply
                = method == "HEAD" ? m_nam.head(req) : m_nam.sendCustomRequest(req, method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
        loop.exec();
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        reply->deleteLater();
        return r;
    }

    // Raw bytes in, raw bytes out: for what a polite client never sends.
    QByteArray raw(const QByteArray &bytes, int expectResponses = 1)
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_receiver->port());
        [&] { QVERIFY(s.waitForConnected(5000)); }();
        s.write(bytes);
        QByteArray got;
        QElapsedTimer t;
        t.start();
        while (got.count("HTTP/1.1 ") - got.count("HTTP/1.1 100") < expectResponses
               && t.elapsed() < 5000) {
            QTest::qWait(5);
            got += s.readAll();
            if (s.state() != QAbstractSocket::ConnectedState) {
                got += s.readAll();
                break;
            }
        }
        QTest::qWait(20);
        got += s.readAll();
        return got;
    }

    QList<Ping> pings(qint64 monitorId)
    {
        PingRepository repo(*m_db);
        QList<Ping> out;
        repo.list(monitorId, 0, &out);
        return out;
    }

private slots:
    void init()
    {
        QString error;
        QVERIFY2(startOnNewDatabase(&error), qPrintable(error));
        ReceiverOptions options;
        options.http.requestTimeoutMs = 1500;
        options.http.idleTimeoutMs = 3000;
        m_receiver = std::make_unique<PingReceiver>(*m_engine, options);
        QVERIFY2(m_receiver->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        MonitorSpec spec;
        spec.name = QStringLiteral("nightly-billing");
        spec.periodMs = 86'400'000;
        spec.graceMs = 1'800'000;
        m_monitor = *m_engine->addMonitor(spec, &error);
    }
    void cleanup()
    {
        m_receiver.reset();
        closeEngine();
    }

    void protocolTable_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("exitStatus");
        QTest::addColumn<QString>("monitorStatus");
        QTest::addRow("GET success")
                << QByteArray("GET") << "" << 200 << QByteArray("OK") << "success" << -1 << "up";
        QTest::addRow("HEAD success")
                << QByteArray("HEAD") << "" << 200 << QByteArray() << "success" << -1 << "up";
        QTest::addRow("POST success")
                << QByteArray("POST") << "" << 200 << QByteArray("OK") << "success" << -1 << "up";
        QTest::addRow("start") << QByteArray("GET") << "/start" << 200 << QByteArray("OK")
                               << "start" << -1 << "started";
        QTest::addRow("fail") << QByteArray("GET") << "/fail" << 200 << QByteArray("OK") << "fail"
                              << -1 << "down";
        QTest::addRow("exit 0") << QByteArray("GET") << "/0" << 200 << QByteArray("OK") << "success"
                                << 0 << "up";
        QTest::addRow("exit 137") << QByteArray("POST") << "/137" << 200 << QByteArray("OK")
                                  << "fail" << 137 << "down";
        QTest::addRow("exit 255") << QByteArray("GET") << "/255" << 200 << QByteArray("OK")
                                  << "fail" << 255 << "down";
        QTest::addRow("log") << QByteArray("POST") << "/log" << 200 << QByteArray("OK") << "log"
                             << -1 << "new";
        QTest::addRow("exit 256") << QByteArray("GET") << "/256" << 400
                                  << QByteArray("invalid url format") << "" << -1 << "new";
        QTest::addRow("unknown action") << QByteArray("GET") << "/restart" << 400
                                        << QByteArray("invalid url format") << "" << -1 << "new";
        QTest::addRow("PUT") << QByteArray("PUT") << "" << 405 << QByteArray("method not allowed")
                             << "" << -1 << "new";
        QTest::addRow("DELETE") << QByteArray("DELETE") << "" << 405
                                << QByteArray("method not allowed") << "" << -1 << "new";
    }
    void protocolTable()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, suffix);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, kind);
        QFETCH(int, exitStatus);
        QFETCH(QString, monitorStatus);
        const Reply r = request(method, QStringLiteral("/ping/") + m_monitor.token + suffix,
                                method == "POST" ? QByteArray("job output") : QByteArray());
        QCOMPARE(r.status, status);
        QCOMPARE(r.body, body);
        const QList<Ping> stored = pings(m_monitor.id);
        QCOMPARE(statusName(m_engine->monitor(m_monitor.id)->status), monitorStatus);
        if (kind.isEmpty()) {
            QVERIFY(stored.isEmpty());
            return;
        }
        QCOMPARE(stored.size(), 1);
        QCOMPARE(pingKindName(stored[0].kind), kind);
        QCOMPARE(stored[0].exitStatus, exitStatus);
        QCOMPARE(stored[0].method, QString::fromLatin1(method));
        QCOMPARE(stored[0].source, QStringLiteral("127.0.0.1"));
        QCOMPARE(stored[0].userAgent, QStringLiteral("uptrack-test"));
        QCOMPARE(stored[0].body, method == "POST" ? QByteArray("job output") : QByteArray());
        QCOMPARE(m_engine->monitor(m_monitor.id)->nPings, 1);
    }

    void seedHeartbeatForm()
    {
        const Reply r = request("GET", QStringLiteral("/api/heartbeat/") + m_monitor.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("OK"));
        QCOMPARE(m_engine->monitor(m_monitor.id)->status, Status::Up);
    }

    void unknownTokensAndPaths()
    {
        QCOMPARE(
                request("GET", QStringLiteral("/ping/00000000-0000-4000-8000-000000000000")).status,
                404);
        QCOMPARE(request("GET", QStringLiteral("/ping/00000000-0000-4000-8000-000000000000")).body,
                 QByteArray("not found"));
        QCOMPARE(request("GET",
                         QStringLiteral("/api/heartbeat/00000000-0000-4000-8000-000000000000"))
                         .status,
                 404);
        QCOMPARE(request("GET", QStringLiteral("/favicon.ico")).status, 404);
        QCOMPARE(request("GET",
                         QStringLiteral("/ping/") + m_monitor.token + QStringLiteral("/start/x"))
                         .status,
                 400);
        QCOMPARE(request("GET",
                         QStringLiteral("/ping/") + m_monitor.token + QStringLiteral("?rid=nope"))
                         .status,
                 400);
        QCOMPARE(request("GET", QStringLiteral("/")).status, 200);
        QVERIFY(pings(m_monitor.id).isEmpty());
    }

    void slugForms()
    {
        const QString key = m_engine->pingKey();
        QCOMPARE(request("GET", QStringLiteral("/ping/%1/nightly-billing").arg(key)).status, 200);
        QCOMPARE(request("GET", QStringLiteral("/ping/%1/nightly-billing/start").arg(key)).status,
                 200);
        QCOMPARE(request("GET", QStringLiteral("/ping/%1/nightly-billing/3").arg(key)).status, 200);
        QCOMPARE(m_engine->monitor(m_monitor.id)->status, Status::Down);
        QCOMPARE(pings(m_monitor.id).size(), 3);

        QCOMPARE(request("GET", QStringLiteral("/ping/%1/no-such-job").arg(key)).status, 404);
        QCOMPARE(request("GET", QStringLiteral("/ping/wrongkey/nightly-billing")).status, 404);
        const Reply created = request("GET", QStringLiteral("/ping/%1/new-job?create=1").arg(key));
        QCOMPARE(created.status, 201);
        QCOMPARE(created.body, QByteArray("Created"));
        const Monitor *m = m_engine->find(QStringLiteral("new-job"));
        QVERIFY(m);
        QCOMPARE(m->status, Status::Up);
        QCOMPARE(request("GET", QStringLiteral("/ping/%1/new-job?create=1").arg(key)).status, 200);
        QCOMPARE(request("GET", QStringLiteral("/ping/%1/Bad%%20Slug?create=1").arg(key)).status,
                 400);
    }

    // Found by replaying Healthchecks' own ping tests (hc/api/tests/test_ping.py).
    void healthchecksParity()
    {
        // Ping-Body-Limit (runitor shrinks its uploads to it) and no caching, on every answer
        const QByteArray ok = raw("GET /ping/" + m_monitor.token.toLatin1()
                                  + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QVERIFY2(ok.startsWith("HTTP/1.1 200"), ok.constData());
        QVERIFY2(ok.contains("\r\nPing-Body-Limit: 102400\r\n"), ok.constData());
        QVERIFY2(ok.contains("\r\nCache-Control: no-cache\r\n"), ok.constData());
        const QByteArray missing = raw("GET /ping/00000000-0000-4000-8000-000000000000 HTTP/1.1"
                                       "\r\nHost: x\r\nConnection: close\r\n\r\n");
        QVERIFY2(missing.contains("\r\nPing-Body-Limit: 102400\r\n"), missing.constData());
        // test_it_handles_bad_uuid: a token that is not a UUID is no check (404), not 400
        Reply r = request("GET", QStringLiteral("/ping/not-uuid"));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.body, QByteArray("not found"));
        // an upper-case slug is a malformed URL
        r = request("GET", QStringLiteral("/ping/%1/Nightly-Billing").arg(m_engine->pingKey()));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body, QByteArray("invalid url format"));
        // test_it_truncates_long_ua: at most 200 characters
        QCOMPARE(
                request("GET", QStringLiteral("/ping/") + m_monitor.token, {}, QByteArray(300, 'u'))
                        .status,
                200);
        QCOMPARE(pings(m_monitor.id).last().userAgent, QString(200, QLatin1Char('u')));
    }

    // Pings that are received but not acted on are stored as "ign", with the reason.
    void ignoredPings()
    {
        QString error;
        // a paused monitor that pings do not resume (Healthchecks' manual_resume)
        QVERIFY(m_engine->pauseMonitor(m_monitor.id, &error));
        QCOMPARE(request("GET", QStringLiteral("/ping/") + m_monitor.token).status, 200);
        QCOMPARE(pings(m_monitor.id).last().kind, PingKind::Ignored);
        QCOMPARE(pings(m_monitor.id).last().ignoredBecause, QStringLiteral("paused"));
        QCOMPARE(m_engine->monitor(m_monitor.id)->status, Status::Paused);
        QVERIFY(m_engine->resumeMonitor(m_monitor.id, &error));
        // POST-only: GET and HEAD are ignored, POST counts
        MonitorSpec spec;
        spec.methods = QStringLiteral("POST");
        QVERIFY2(m_engine->editMonitor(m_monitor.id, spec, &error), qPrintable(error));
        QCOMPARE(request("GET", QStringLiteral("/ping/") + m_monitor.token).status, 200);
        QCOMPARE(pings(m_monitor.id).last().kind, PingKind::Ignored);
        QCOMPARE(pings(m_monitor.id).last().ignoredBecause, QStringLiteral("method"));
        QCOMPARE(request("HEAD", QStringLiteral("/ping/") + m_monitor.token).status, 200);
        QCOMPARE(pings(m_monitor.id).last().kind, PingKind::Ignored);
        QCOMPARE(m_engine->monitor(m_monitor.id)->status, Status::New);
        QCOMPARE(request("POST", QStringLiteral("/ping/") + m_monitor.token, "done").status, 200);
        QCOMPARE(pings(m_monitor.id).last().kind, PingKind::Success);
        QCOMPARE(m_engine->monitor(m_monitor.id)->status, Status::Up);
        // keyword filters with no match: ignored
        MonitorSpec keywords;
        keywords.methods = QString();
        keywords.successKeywords = QStringLiteral("SUCCESS");
        QVERIFY(m_engine->editMonitor(m_monitor.id, keywords, &error));
        QCOMPARE(request("POST", QStringLiteral("/ping/") + m_monitor.token, "neither").status,
                 200);
        QCOMPARE(pings(m_monitor.id).last().kind, PingKind::Ignored);
        QCOMPARE(pings(m_monitor.id).last().ignoredBecause, QStringLiteral("keywords"));
        // only failure keywords, none matched: a success (Healthchecks' rule)
        MonitorSpec onlyFailure;
        onlyFailure.successKeywords = QString();
        onlyFailure.failureKeywords = QStringLiteral("ERROR");
        QVERIFY(m_engine->editMonitor(m_monitor.id, onlyFailure, &error));
        QCOMPARE(request("POST", QStringLiteral("/ping/") + m_monitor.token, "all fine").status,
                 200);
        QCOMPARE(pings(m_monitor.id).last().kind, PingKind::Success);
    }

    void ridPairsRunsAndMeasuresDuration()
    {
        const QString base = QStringLiteral("/ping/") + m_monitor.token;
        const QString other = QStringLiteral("aaaaaaaa-2222-4b4b-8888-555566667777");
        QCOMPARE(request("GET", base + QStringLiteral("/start?rid=") + kRid).status, 200);
        m_clock.advance(5000);
        QCOMPARE(request("GET", base + QStringLiteral("/start?rid=") + other).status, 200);
        m_clock.advance(2000);
        QCOMPARE(request("GET", base + QStringLiteral("?rid=") + other).status, 200);
        QCOMPARE(m_engine->monitor(m_monitor.id)->status, Status::Started);
        m_clock.advance(3000);
        QCOMPARE(request("GET", base + QStringLiteral("/0?rid=") + kRid).status, 200);
        const QList<Ping> p = pings(m_monitor.id);
        QCOMPARE(p.size(), 4);
        QCOMPARE(p[2].durationMs, 2000);
        QCOMPARE(p[3].durationMs, 10'000);
        QCOMPARE(p[3].rid, kRid);
        QCOMPARE(m_engine->monitor(m_monitor.id)->lastDurationMs, 10'000);
        QCOMPARE(m_engine->monitor(m_monitor.id)->status, Status::Up);
    }

    void bodyIsCappedAndFlagged()
    {
        QByteArray big(300 * 1024, 'a');
        big[0] = 'S';
        QCOMPARE(request("POST", QStringLiteral("/ping/") + m_monitor.token, big).status, 200);
        QCOMPARE(request("POST", QStringLiteral("/ping/") + m_monitor.token, "small").status, 200);
        const QList<Ping> p = pings(m_monitor.id);
        QCOMPARE(p.size(), 2);
        QCOMPARE(p[0].body.size(), 100 * 1024);
        QCOMPARE(p[0].body.at(0), 'S');
        QVERIFY(p[0].bodyTruncated);
        QCOMPARE(p[1].body, QByteArray("small"));
        QVERIFY(!p[1].bodyTruncated);
    }

    void pipelinedAndKeptAlive()
    {
        const QByteArray one
                = "GET /ping/" + m_monitor.token.toLatin1() + " HTTP/1.1\r\nHost: x\r\n\r\n";
        const QByteArray got = raw(one + one + "GET /nope HTTP/1.1\r\n\r\n" + one, 4);
        QCOMPARE(got.count("HTTP/1.1 200 OK"), 3);
        QCOMPARE(got.count("HTTP/1.1 404"), 1);
        QVERIFY(got.indexOf("404") > got.indexOf("200 OK", got.indexOf("200 OK") + 1));
        QCOMPARE(pings(m_monitor.id).size(), 3);
    }

    void expectContinue()
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_receiver->port());
        QVERIFY(s.waitForConnected(5000));
        s.write("POST /ping/" + m_monitor.token.toLatin1()
                + " HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n");
        QTRY_VERIFY(s.bytesAvailable() > 0 || (s.waitForReadyRead(50), s.bytesAvailable() > 0));
        QVERIFY(s.readAll().startsWith("HTTP/1.1 100 Continue"));
        s.write("body");
        QByteArray got;
        QTRY_VERIFY((got += s.readAll(), s.waitForReadyRead(20), got += s.readAll(),
                     got.contains("200 OK")));
        QCOMPARE(pings(m_monitor.id).last().body, QByteArray("body"));
    }

    // A ping that would be refused is refused before its body is sent: no 100 Continue
    // invites an upload for an unknown token, a wrong method or an exhausted limit.
    void expectContinueIsRoutedFirst_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QByteArray>("status");
        QTest::addRow("unknown token")
                << QByteArray("POST /ping/00000000-0000-4000-8000-000000000000 HTTP/1.1")
                << QByteArray("404");
        QTest::addRow("unknown path") << QByteArray("POST /upload HTTP/1.1") << QByteArray("404");
        QTest::addRow("bad action")
                << QByteArray("POST /ping/TOKEN/start/x HTTP/1.1") << QByteArray("400");
        QTest::addRow("wrong method")
                << QByteArray("PUT /ping/TOKEN HTTP/1.1") << QByteArray("405");
        QTest::addRow("unknown slug")
                << QByteArray("POST /ping/KEY/nope HTTP/1.1") << QByteArray("404");
    }
    void expectContinueIsRoutedFirst()
    {
        QFETCH(QByteArray, head);
        QFETCH(QByteArray, status);
        head.replace("TOKEN", m_monitor.token.toLatin1());
        head.replace("KEY", m_engine->pingKey().toLatin1());
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_receiver->port());
        QVERIFY(s.waitForConnected(5000));
        s.write(head + "\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 1000000\r\n\r\n");
        QByteArray got;
        QTRY_VERIFY((got += s.readAll(), got.contains("\r\n\r\n")));
        QVERIFY2(got.startsWith("HTTP/1.1 " + status), got.constData());
        QVERIFY(!got.contains("100 Continue"));
        QVERIFY(got.contains("Connection: close"));
        // The body is never read: the server closes (after draining what was sent).
        QTRY_COMPARE(s.state(), QAbstractSocket::UnconnectedState);
        QVERIFY(pings(m_monitor.id).isEmpty());
    }

    // A browser's preflight for fetch() with a JSON body: 204 without Content-Length
    // (RFC 9110 8.6), saying which methods and headers it may send.
    void optionsPreflight()
    {
        const QByteArray got = raw("OPTIONS /ping/" + m_monitor.token.toLatin1()
                                   + " HTTP/1.1\r\nHost: x\r\nOrigin: http://intranet\r\n"
                                     "Access-Control-Request-Method: POST\r\n"
                                     "Access-Control-Request-Headers: content-type\r\n\r\n");
        QVERIFY2(got.startsWith("HTTP/1.1 204 No Content\r\n"), got.constData());
        const QByteArray head = got.left(got.indexOf("\r\n\r\n") + 2).toLower();
        QVERIFY2(!head.contains("content-length"), head.constData());
        QVERIFY(head.contains("access-control-allow-origin: *\r\n"));
        QVERIFY(head.contains("access-control-allow-methods: get, head, post, options\r\n"));
        QVERIFY(head.contains("access-control-allow-headers: *\r\n"));
        QVERIFY(got.endsWith("\r\n\r\n")); // and no body
        QVERIFY(pings(m_monitor.id).isEmpty());
        // Qt's own client agrees it is a valid answer.
        QCOMPARE(request("OPTIONS", QStringLiteral("/ping/") + m_monitor.token).status, 204);
    }

    // HTTP/1.0 with Connection: keep-alive is confirmed, so the client keeps the
    // connection; Expect means nothing in HTTP/1.0 and is ignored.
    void http10KeepAliveAndExpect()
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_receiver->port());
        QVERIFY(s.waitForConnected(5000));
        const QByteArray ping = "GET /ping/" + m_monitor.token.toLatin1()
                + " HTTP/1.0\r\nConnection: keep-alive\r\n\r\n";
        QByteArray got;
        for (int i = 1; i <= 2; ++i) {
            s.write(ping);
            QTRY_VERIFY((got += s.readAll(), got.count("\r\n\r\n") >= i));
        }
        QCOMPARE(got.count("HTTP/1.1 200 OK"), 2);
        QCOMPARE(got.count("Connection: keep-alive\r\n"), 2);
        QCOMPARE(got.count("Content-Length: 2\r\n"), 2);
        QCOMPARE(s.state(), QAbstractSocket::ConnectedState);
        QCOMPARE(pings(m_monitor.id).size(), 2);

        // Expect in HTTP/1.0: no interim answer, an unknown expectation is no 417.
        got = raw("POST /ping/" + m_monitor.token.toLatin1()
                  + " HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nok");
        QVERIFY2(got.startsWith("HTTP/1.1 200 OK"), got.constData());
        QVERIFY(!got.contains("100 Continue"));
        got = raw("POST /ping/" + m_monitor.token.toLatin1()
                  + " HTTP/1.0\r\nExpect: something-else\r\nContent-Length: 2\r\n\r\nok");
        QVERIFY2(got.startsWith("HTTP/1.1 200 OK"), got.constData());
        QVERIFY(got.contains("Connection: close")); // no keep-alive asked for in HTTP/1.0
        QCOMPARE(pings(m_monitor.id).size(), 4);
        // In HTTP/1.1 an unknown expectation is still refused.
        QVERIFY(raw("POST / HTTP/1.1\r\nExpect: something-else\r\nContent-Length: 2\r\n\r\nok")
                        .startsWith("HTTP/1.1 417"));
    }

    void malformedGetsAClearAnswer_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("status");
        QTest::addRow("garbage") << QByteArray("\x16\x03\x01\x02\x00garbage\r\n\r\n", 16)
                                 << QByteArray("400");
        QTest::addRow("negative length")
                << QByteArray("POST / HTTP/1.1\r\nContent-Length: -5\r\n\r\n") << QByteArray("400");
        QTest::addRow("long header") << "GET / HTTP/1.1\r\nX: " + QByteArray(100'000, 'x')
                        + "\r\n\r\n" << QByteArray("431");
        QTest::addRow("bad escape")
                << QByteArray("GET /ping/%zz HTTP/1.1\r\n\r\n") << QByteArray("400");
        QTest::addRow("HTTP/0.9 style") << QByteArray("GET /\r\n\r\n") << QByteArray("400");
    }
    void malformedGetsAClearAnswer()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, status);
        const QByteArray got = raw(bytes);
        QVERIFY2(got.startsWith("HTTP/1.1 " + status), got.left(80).constData());
    }

    void slowClientIsCut()
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_receiver->port());
        QVERIFY(s.waitForConnected(5000));
        s.write("GET /ping/");
        // Trickle a byte now and then: never a whole request.
        QElapsedTimer t;
        t.start();
        while (s.state() == QAbstractSocket::ConnectedState && t.elapsed() < 8000) {
            s.write("a");
            QTest::qWait(200);
        }
        QCOMPARE(s.state(), QAbstractSocket::UnconnectedState);
        // Meanwhile, and after, others are served.
        QCOMPARE(request("GET", QStringLiteral("/ping/") + m_monitor.token).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestPingProtocol)
#include "tst_pingprotocol.moc"
