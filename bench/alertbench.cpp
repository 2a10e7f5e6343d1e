// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// 500 monitors go down at the same instant, all alerting one webhook: how long until
// every alert has been handed to (and received by) the channel, and how the ping
// receiver answers meanwhile. Needs a keychain (run under dbus-run-session).
//
//   uptrack_alertbench [monitors]
#include "notify/channels/webhook/webhookchannel.h"
#include "runtime/coreruntime.h"
#include "secrets/secretstore.h"
#include "storage/channelrepository.h"
#include "storage/database.h"
#include "storage/monitorrepository.h"
#include "time/clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <cstdio>

using namespace uptrack;

namespace {
// A webhook receiver in its own thread that counts requests and answers 200.
class Sink : public QObject
{
public:
    std::atomic<int> received{0};
    std::atomic<qint64> lastAtMs{0};
    quint16 port = 0;
    void start()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        port = m_server.serverPort();
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] {
                    m_buf[s] += s->readAll();
                    QByteArray &b = m_buf[s];
                    for (;;) {
                        const int end = b.indexOf("\r\n\r\n");
                        if (end < 0)
                            return;
                        const int cl = b.toLower().indexOf("content-length:");
                        const int len = cl < 0 || cl > end
                                ? 0
                                : b.mid(cl + 15, b.indexOf("\r\n", cl) - cl - 15).trimmed().toInt();
                        if (b.size() < end + 4 + len)
                            return;
                        b.remove(0, end + 4 + len);
                        ++received;
                        lastAtMs = QDateTime::currentMSecsSinceEpoch();
                        s->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
                    }
                });
            }
        });
    }

private:
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buf;
};
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The figures only: no per-alert or per-request log lines.
    QLoggingCategory::setFilterRules(QStringLiteral("uptrack.*.debug=false\nuptrack.*.info=false"));
    const int count = app.arguments().value(1, QStringLiteral("500")).toInt();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("alerts.db"));

    QThread sinkThread;
    sinkThread.start();
    QObject anchor;
    anchor.moveToThread(&sinkThread);
    Sink *sinkPtr = nullptr;
    QMetaObject::invokeMethod(
            &anchor,
            [&] {
                sinkPtr = new Sink;
                sinkPtr->start();
            },
            Qt::BlockingQueuedConnection);
    Sink &sink = *sinkPtr;

    SecretStore secrets;
    const QString secretRef = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    const QString secret = WebhookChannel::makeSecret(
            QStringLiteral("http://127.0.0.1:%1/hook").arg(sink.port), {});
    if (!secrets.writeSync(SecretStore::channelKey(secretRef), secret, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    SystemClock clock;
    const qint64 deadline = clock.nowMs() + 4000;
    QString pingToken;
    {
        auto db = Database::open(path, Database::Mode::ReadWrite, &error);
        ChannelRepository channels(*db);
        Channel c;
        c.name = QStringLiteral("ops");
        c.kind = QStringLiteral("webhook");
        c.secretRef = secretRef;
        c.createdMs = clock.nowMs();
        channels.insert(&c);
        MonitorRepository monitors(*db);
        db->begin();
        for (int i = 0; i <= count; ++i) {
            Monitor m;
            m.name = QStringLiteral("job-%1").arg(i);
            m.slug = m.name;
            m.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
            m.schedule = Schedule(i == count ? 86'400'000 : 60'000);
            m.graceMs = 0;
            m.status = Status::Up;
            m.nextDueMs = i == count ? deadline + 86'400'000 : deadline;
            m.lastPingMs = m.nextDueMs - m.schedule.periodMs();
            monitors.insert(&m);
            if (i < count)
                monitors.setChannels(m.id, {c.id});
            else
                pingToken = m.token; // the one that keeps pinging during the storm
        }
        db->commit();
    }

    RuntimeConfig config;
    config.databasePath = path;
    config.listenAddress = QHostAddress::LocalHost;
    config.port = 0;
    config.receiver.pingBurst = 0; // every ping of the one below counts, none answered 429
    CoreRuntime core(config, clock);
    if (!core.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QUrl base(core.pingUrls().base);

    // Meanwhile a client pings every 5 ms on one keep-alive connection.
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, quint16(base.port()));
    client.waitForConnected(2000);
    std::vector<qint64> latencies;
    QElapsedTimer sent;
    QByteArray inbox;
    const QByteArray request = "GET /ping/" + pingToken.toLatin1() + " HTTP/1.1\r\nHost: b\r\n\r\n";
    QObject::connect(&client, &QTcpSocket::readyRead, &app, [&] {
        inbox += client.readAll();
        while (inbox.contains("\r\n\r\nOK")) {
            inbox.remove(0, inbox.indexOf("\r\n\r\nOK") + 6);
            latencies.push_back(sent.nsecsElapsed() / 1000);
        }
    });
    QTimer pinger;
    QObject::connect(&pinger, &QTimer::timeout, &app, [&] {
        sent.restart();
        client.write(request);
    });
    pinger.start(5);

    QTimer::singleShot(int(deadline - clock.nowMs()) + 15'000, &app, [&] {
        std::sort(latencies.begin(), latencies.end());
        const auto pct = [&](double p) {
            return latencies.empty()
                    ? 0.0
                    : double(latencies[std::min(latencies.size() - 1,
                                                size_t(p * double(latencies.size())))])
                            / 1000.0;
        };
        std::printf("%d monitors down at the same instant, one webhook channel:\n", count);
        std::printf("  alerts received by the webhook: %d of %d\n", sink.received.load(), count);
        std::printf("  last one received %.2f s after the deadline\n",
                    double(sink.lastAtMs.load() - deadline) / 1000.0);
        std::printf("  ping latency meanwhile (ms): p50 %.2f  p99 %.2f  max %.2f over %zu pings\n",
                    pct(0.5), pct(0.99), pct(1.0), latencies.size());
        app.quit();
    });
    app.exec();
    core.stop();
    QMetaObject::invokeMethod(
            &anchor, [&] { delete sinkPtr; }, Qt::BlockingQueuedConnection);
    sinkThread.quit();
    sinkThread.wait();
    secrets.removeSync(SecretStore::channelKey(secretRef), &error);
    return 0;
}
