// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Event delivery to a remote console: a headless core with --tls auto on loopback takes
// pings at a steady rate (default 2,000/s, over 8 keep-alive connections), and an
// EventFeed — what a console attached over the API listens with — receives their events.
// Prints, for a baseline rate (20/s) and then the load rate, in the same run: the time from
// a ping's request being written to its event arriving (p50, p99, p99.9, max), events
// missing or seen twice, and how late this process's own event loop ran a 10 ms timer
// (the lag a console's GUI thread would have while events pour in).
//
//   build/bench/uptrack_eventbench build/app/uptrack [RATE] [SECONDS]
#include "benchsupport.h"
#include "remote/eventfeed.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace uptrack;

namespace {

QString ridOf(qint64 seq)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(seq, 12, 16, QLatin1Char('0'));
}

void printPercentiles(const char *what, std::vector<double> v, const char *unit)
{
    if (v.empty()) {
        std::printf("  %-28s no samples\n", what);
        return;
    }
    std::sort(v.begin(), v.end());
    auto at = [&](double q) { return v[std::min(v.size() - 1, size_t(q * double(v.size())))]; };
    std::printf("  %-28s p50 %7.1f  p99 %7.1f  p99.9 %7.1f  max %7.1f %s  (%zu samples)\n", what,
                at(0.50), at(0.99), at(0.999), v.back(), unit, v.size());
}

struct Phase
{
    QHash<qint64, qint64> sentAtUs; // seq -> when written
    std::vector<double> latencyMs;
    std::vector<double> lagMs;
    qint64 duplicates = 0;
    qint64 sent = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: %s UPTRACK_BINARY [RATE] [SECONDS]\n", argv[0]);
        return 2;
    }
    const QString uptrack = args[1];
    const int rate = args.size() > 2 ? args[2].toInt() : 2000;
    const int seconds = args.size() > 3 ? args[3].toInt() : 30;

    QTemporaryDir dir;
    benchsupport::TlsServer server(uptrack, dir.filePath(QStringLiteral("bench.db")), dir.path());
    if (!server.start())
        return 1;
    const quint16 port = server.port;
    const QString key = server.key;
    const QString fingerprint = server.fingerprint;
    const QString token = server.cliJson({QStringLiteral("monitor"), QStringLiteral("add"),
                                          QStringLiteral("--name"), QStringLiteral("bench"),
                                          QStringLiteral("--json")})
                                  .value(QLatin1String("token"))
                                  .toString();
    if (token.isEmpty()) {
        std::fprintf(stderr, "could not set up the core\n");
        return 1;
    }

    QElapsedTimer clock;
    clock.start();
    Phase *phase = nullptr;
    remote::EventFeed feed(server.url(), key, fingerprint);
    QObject::connect(&feed, &remote::EventFeed::event,
                     [&](qint64, const QString &type, const QJsonObject &data) {
                         if (!phase || type != QLatin1String("ping"))
                             return;
                         const QString rid = data.value(QLatin1String("rid")).toString();
                         const qint64 seq
                                 = rid.section(QLatin1Char('-'), -1).toLongLong(nullptr, 16);
                         auto it = phase->sentAtUs.find(seq);
                         if (it == phase->sentAtUs.end() || it.value() < 0) {
                             ++phase->duplicates;
                             return;
                         }
                         phase->latencyMs.push_back(double(clock.nsecsElapsed() / 1000 - it.value())
                                                    / 1000.0);
                         it.value() = -1;
                     });
    feed.start();
    QElapsedTimer wait;
    wait.start();
    while (!feed.connected() && wait.elapsed() < 15'000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    if (!feed.connected()) {
        std::fprintf(stderr, "the event feed did not connect\n");
        return 1;
    }

    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 8; ++i) {
        auto s = std::make_unique<QTcpSocket>();
        s->connectToHost(QHostAddress::LocalHost, port);
        s->waitForConnected(3000);
        QObject::connect(s.get(), &QTcpSocket::readyRead, s.get(),
                         [raw = s.get()] { raw->readAll(); });
        sockets.push_back(std::move(s));
    }
    qint64 seq = 0;
    auto measure = [&](const char *name, int perSecond, int forSeconds) {
        Phase p;
        phase = &p;
        QTimer pacer;
        pacer.setTimerType(Qt::PreciseTimer);
        QTimer lag;
        lag.setTimerType(Qt::PreciseTimer);
        qint64 lastLagUs = clock.nsecsElapsed() / 1000;
        QObject::connect(&lag, &QTimer::timeout, [&] {
            const qint64 now = clock.nsecsElapsed() / 1000;
            p.lagMs.push_back(std::max<double>(0, double(now - lastLagUs) / 1000.0 - 10.0));
            lastLagUs = now;
        });
        const qint64 startUs = clock.nsecsElapsed() / 1000;
        size_t next = 0;
        QObject::connect(&pacer, &QTimer::timeout, [&] {
            const qint64 now = clock.nsecsElapsed() / 1000;
            const qint64 due = (now - startUs) * perSecond / 1'000'000;
            while (p.sent < due) {
                const qint64 s = ++seq;
                const QByteArray request = "GET /ping/" + token.toLatin1()
                        + "?rid=" + ridOf(s).toLatin1() + " HTTP/1.1\r\nHost: bench\r\n\r\n";
                sockets[next++ % sockets.size()]->write(request);
                p.sentAtUs.insert(s, clock.nsecsElapsed() / 1000);
                ++p.sent;
            }
        });
        pacer.start(1);
        lag.start(10);
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < forSeconds * 1000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        pacer.stop();
        lag.stop();
        // Stragglers: a second more for the last events.
        QElapsedTimer tail;
        tail.start();
        while (tail.elapsed() < 2000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        phase = nullptr;
        qint64 missing = 0;
        for (auto it = p.sentAtUs.cbegin(); it != p.sentAtUs.cend(); ++it)
            missing += it.value() >= 0 ? 1 : 0;
        std::printf("== %s: %d pings/s for %d s: %lld sent, %zu events, %lld missing, %lld twice "
                    "==\n",
                    name, perSecond, forSeconds, p.sent, p.latencyMs.size(), missing, p.duplicates);
        printPercentiles("ping -> event (ms)", p.latencyMs, "ms");
        printPercentiles("event-loop lag (ms)", p.lagMs, "ms");
        std::fflush(stdout);
    };
    measure("baseline", 20, std::min(seconds, 10));
    measure("load", rate, seconds);
    feed.stop();
    return 0;
}
