// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The live event stream (GET /api/uptrack/v1/events, Server-Sent Events) over real HTTP
// on loopback: what a ping shows, reconnecting with Last-Event-ID across 1,000 events,
// resync when the id is too old, keep-alives, the cap on streams, and a reader that
// stalls being dropped.
#include "api/apiserver.h"
#include "control/commandhandler.h"
#include "enginetest.h"
#include "receiver/pingreceiver.h"
#include "secrets/secretstore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace uptrack;

namespace {
/// A client of the stream on a raw socket: what it has read so far.
struct Client
{
    std::unique_ptr<QTcpSocket> socket = std::make_unique<QTcpSocket>();
    QByteArray got;

    void open(quint16 port, const QString &key, qint64 lastEventId = -1)
    {
        socket->connectToHost(QHostAddress::LocalHost, port);
        QByteArray request = "GET /api/uptrack/v1/events HTTP/1.1\r\nHost: x\r\nX-Api-Key: "
                + key.toLatin1() + "\r\nAccept: text/event-stream\r\n";
        if (lastEventId >= 0)
            request += "Last-Event-ID: " + QByteArray::number(lastEventId) + "\r\n";
        socket->write(request + "\r\n");
    }
    void pump() { got += socket->readAll(); }
    QList<qint64> ids() const
    {
        QList<qint64> out;
        static const QRegularExpression re(QStringLiteral("^id: (\\d+)$"),
                                           QRegularExpression::MultilineOption);
        auto it = re.globalMatch(QString::fromUtf8(got));
        while (it.hasNext())
            out.append(it.next().captured(1).toLongLong());
        return out;
    }
    int count(const QByteArray &eventType) const
    {
        return int(got.count("event: " + eventType + "\n"));
    }
};
} // namespace

class TestEvents : public testsupport::EngineTest
{
    Q_OBJECT

    SecretStore m_secrets{QStringLiteral("uptrack-test")};
    std::unique_ptr<CommandHandler> m_handler;
    std::unique_ptr<ApiServer> m_api;
    std::unique_ptr<PingReceiver> m_receiver;
    QString m_key;
    Monitor m_monitor;

    void ping(PingKind kind = PingKind::Success)
    {
        Ping p;
        p.kind = kind;
        p.method = QStringLiteral("GET");
        p.body = "job output";
        m_engine->submitPing(PingTarget::byToken(m_monitor.token), p, [](PingOutcome) {});
    }

private slots:
    void init()
    {
        QString error;
        QVERIFY2(startOnNewDatabase(&error), qPrintable(error));
        m_handler = std::make_unique<CommandHandler>(*m_engine, nullptr, m_secrets);
        m_api = std::make_unique<ApiServer>(*m_engine, *m_handler, *m_db, m_clock, ApiOptions{});
        ReceiverOptions options;
        options.pingBurst = 0; // no rate limit: the test floods
        m_receiver = std::make_unique<PingReceiver>(*m_engine, options);
        m_receiver->mountApi(m_api.get());
        QVERIFY2(m_receiver->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        QVERIFY(m_engine->addApiKey(QStringLiteral("t"), false, &m_key, &error));
        MonitorSpec spec;
        spec.name = QStringLiteral("backup");
        spec.periodMs = 3'600'000;
        m_monitor = *m_engine->addMonitor(spec, &error);
    }
    void cleanup()
    {
        m_receiver.reset();
        m_api.reset();
        m_handler.reset();
        closeEngine();
    }

    void pingShowsAtOnce()
    {
        Client c;
        c.open(m_receiver->port(), m_key);
        QTRY_VERIFY_WITH_TIMEOUT((c.pump(), c.got.contains("retry: 3000")), 5000);
        QVERIFY2(c.got.startsWith("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream"),
                 c.got.constData());
        QCOMPARE(m_api->events().streamCount(), 1);
        // a ping's monitor change, measured 20 times: the median well under 100 ms
        QList<qint64> latencies;
        for (int i = 0; i < 20; ++i) {
            const int before = c.count("monitor");
            QTest::qWait(120); // a quiet spell, as between a job's pings
            QElapsedTimer t;
            t.start();
            ping(i % 2 ? PingKind::Success : PingKind::Fail);
            while ((c.pump(), c.count("monitor") <= before) && t.elapsed() < 5000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            latencies.append(t.elapsed());
        }
        std::sort(latencies.begin(), latencies.end());
        qInfo() << "ping to monitor event, ms: median" << latencies[10] << "max"
                << latencies.last();
        QVERIFY2(latencies[10] < 100, qPrintable(QString::number(latencies[10])));
        QCOMPARE(c.count("ping"), 20);
        QCOMPARE(c.count("flip"), 20);
        QVERIFY(!c.got.contains("job output")); // pings without their bodies
        // the monitor event is the object monitor show --json prints
        const int at = c.got.lastIndexOf("event: monitor\ndata: ") + 21;
        const QJsonObject m
                = QJsonDocument::fromJson(c.got.mid(at, c.got.indexOf('\n', at) - at)).object();
        QCOMPARE(m.value(QLatin1String("token")).toString(), m_monitor.token);
        QCOMPARE(m.value(QLatin1String("status")).toString(), QStringLiteral("up"));
        // ids increase by one
        const QList<qint64> ids = c.ids();
        for (qsizetype i = 1; i < ids.size(); ++i)
            QCOMPARE(ids[i], ids[i - 1] + 1);
    }
    void reconnectLosesNothing()
    {
        Client first;
        first.open(m_receiver->port(), m_key);
        QTRY_VERIFY_WITH_TIMEOUT((first.pump(), first.got.contains("retry:")), 5000);
        for (int i = 0; i < 300; ++i)
            ping(PingKind::Log);
        QTRY_VERIFY_WITH_TIMEOUT((first.pump(), first.count("ping") == 300), 10000);
        const qint64 lastSeen = first.ids().last();
        first.socket->abort();
        QTRY_COMPARE_WITH_TIMEOUT(m_api->events().streamCount() == 0
                                          || m_receiver->connectionCount() == 0,
                                  true, 5000);
        for (int i = 0; i < 700; ++i)
            ping(PingKind::Log);
        m_engine->commitNow();
        Client second;
        second.open(m_receiver->port(), m_key, lastSeen);
        QTRY_VERIFY_WITH_TIMEOUT((second.pump(), second.count("ping") == 700), 10000);
        QList<qint64> all = first.ids() + second.ids();
        QCOMPARE(all.first() + all.size() - 1,
                 all.last()); // contiguous: nothing lost, nothing twice
        QCOMPARE(first.count("ping") + second.count("ping"), 1000);
        QVERIFY(!second.got.contains("event: resync"));
    }
    void tooOldMeansResync()
    {
        Client keep;
        keep.open(m_receiver->port(), m_key);
        QTRY_VERIFY_WITH_TIMEOUT((keep.pump(), keep.got.contains("retry:")), 5000);
        for (int i = 0; i < EventStream::kRingSize + 10; ++i)
            m_api->events().publish("incident", QJsonObject{{QStringLiteral("n"), i}});
        Client late;
        late.open(m_receiver->port(), m_key, 1);
        QTRY_VERIFY_WITH_TIMEOUT((late.pump(), late.got.contains("event: resync")), 5000);
        QCOMPARE(late.count("incident"), 0);
    }
    void keepAlive()
    {
        m_api->events().setKeepAliveMs(200);
        Client c;
        c.open(m_receiver->port(), m_key);
        QTRY_VERIFY_WITH_TIMEOUT((c.pump(), c.got.contains(": keep-alive\n\n")), 5000);
    }
    void needsAReadWriteKey()
    {
        QString error;
        QString readKey;
        QVERIFY(m_engine->addApiKey(QStringLiteral("ro"), true, &readKey, &error));
        for (const QString &key : {QString(), readKey}) {
            Client c;
            c.open(m_receiver->port(), key);
            QTRY_VERIFY_WITH_TIMEOUT((c.pump(), c.got.contains("\r\n\r\n")), 5000);
            QVERIFY2(c.got.startsWith("HTTP/1.1 401"), c.got.constData());
        }
        QCOMPARE(m_api->events().streamCount(), 0);
    }
    void atMost32Streams()
    {
        std::vector<Client> clients(EventStream::kMaxStreams);
        for (Client &c : clients)
            c.open(m_receiver->port(), m_key);
        QTRY_COMPARE_WITH_TIMEOUT(m_api->events().streamCount(), EventStream::kMaxStreams, 5000);
        Client extra;
        extra.open(m_receiver->port(), m_key);
        QTRY_VERIFY_WITH_TIMEOUT((extra.pump(), extra.got.contains("\r\n\r\n")), 5000);
        QVERIFY2(extra.got.startsWith("HTTP/1.1 503"), extra.got.constData());
        QVERIFY(extra.got.contains("too many event streams"));
    }
    void stalledReaderIsDropped()
    {
        Client stalled;
        stalled.socket->setReadBufferSize(1); // Qt reads almost nothing, so the kernel's fill
        stalled.socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
        stalled.open(m_receiver->port(), m_key);
        Client reader;
        reader.open(m_receiver->port(), m_key);
        QTRY_COMPARE_WITH_TIMEOUT(m_api->events().streamCount(), 2, 5000);
        // 8 MB of events: far more than a stream may hold for a client that does not read
        const QJsonObject big{{QStringLiteral("padding"), QString(8000, QLatin1Char('x'))}};
        for (int i = 0; i < 1000; ++i) {
            m_api->events().publish("incident", big);
            if (i % 50 == 0) {
                QTest::qWait(5);
                reader.pump();
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_api->events().streamCount(), 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT((reader.pump(), reader.count("incident") == 1000), 10000);
    }
};

QTEST_GUILESS_MAIN(TestEvents)
#include "tst_events.moc"
