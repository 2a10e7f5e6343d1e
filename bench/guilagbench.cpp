// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The console under load: 10,000 monitors in the window and a flood of pings over HTTP
// (2,000 a second by default), while a 10 ms timer on the GUI thread measures how late
// the event loop serves it. Prints the lag percentiles and the ping rate achieved.
// With --remote UPTRACK: the core is that program, headless with --tls auto, and the
// window attaches to it over HTTPS (RemoteConsole), as on an admin's desktop; it prints
// also how long until the table holds every monitor, and this process's memory.
//
//   QT_QPA_PLATFORM=offscreen uptrack_guilagbench [--monitors N] [--rate R] [--seconds S]
//                                                [--remote build/app/uptrack]

#include "benchsupport.h"
#include "consolecore.h"
#include "mainwindow.h"
#include "monitortablemodel.h"
#include "remote/apiclient.h"
#include "remote/remotecore.h"
#include "runtime/coreruntime.h"
#include "storage/database.h"
#include "storage/monitorrepository.h"
#include "time/clock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <cstdio>

using namespace uptrack;

namespace {
/// Sends pipelined GET pings at a steady rate over a few keep-alive connections.
class Flood : public QThread
{
public:
    Flood(quint16 port, QStringList tokens, int rate, int seconds)
        : m_port(port), m_tokens(std::move(tokens)), m_rate(rate), m_seconds(seconds)
    { }
    std::atomic<qint64> sent{0};
    std::atomic<qint64> answered{0};

protected:
    void run() override
    {
        constexpr int kConnections = 4;
        QList<QTcpSocket *> sockets;
        for (int i = 0; i < kConnections; ++i) {
            auto *s = new QTcpSocket;
            s->connectToHost(QHostAddress::LocalHost, m_port);
            if (!s->waitForConnected(3000)) {
                std::fprintf(stderr, "guilagbench: cannot connect\n");
                return;
            }
            sockets.append(s);
        }
        QElapsedTimer clock;
        clock.start();
        quint32 next = 0;
        while (clock.elapsed() < m_seconds * 1000LL) {
            const qint64 due = clock.elapsed() * m_rate / 1000;
            while (sent < due) {
                QTcpSocket *s = sockets[int(sent % kConnections)];
                const QString &token = m_tokens[int(next++ % quint32(m_tokens.size()))];
                s->write("GET /ping/" + token.toLatin1() + " HTTP/1.1\r\nHost: x\r\n\r\n");
                ++sent;
            }
            for (QTcpSocket *s : sockets) {
                s->flush();
                s->waitForReadyRead(1);
                const QByteArray in = s->readAll();
                answered += in.count("HTTP/1.1 200");
            }
        }
        for (QTcpSocket *s : sockets) {
            while (s->waitForReadyRead(500))
                answered += s->readAll().count("HTTP/1.1 200");
            delete s;
        }
    }

private:
    quint16 m_port;
    QStringList m_tokens;
    int m_rate;
    int m_seconds;
};

qint64 percentile(QList<qint64> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size())))];
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("monitors"), QStringLiteral("monitors"), QStringLiteral("n"),
                        QStringLiteral("10000")},
                       {QStringLiteral("rate"), QStringLiteral("pings per second"),
                        QStringLiteral("n"), QStringLiteral("2000")},
                       {QStringLiteral("seconds"), QStringLiteral("duration"), QStringLiteral("s"),
                        QStringLiteral("20")},
                       {QStringLiteral("remote"),
                        QStringLiteral("attach over HTTPS to this uptrack, run headless"),
                        QStringLiteral("program")}});
    parser.process(app);
    const int monitors = parser.value(QStringLiteral("monitors")).toInt();
    const int rate = parser.value(QStringLiteral("rate")).toInt();
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();
    const QString remoteProgram = parser.value(QStringLiteral("remote"));

    QTemporaryDir dir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    const QString path = dir.filePath(QStringLiteral("lag.db"));
    QStringList tokens;
    {
        QString error;
        auto db = Database::open(path, Database::Mode::ReadWrite, &error);
        if (!db) {
            std::fprintf(stderr, "guilagbench: %s\n", qPrintable(error));
            return 1;
        }
        MonitorRepository repo(*db);
        db->begin();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < monitors; ++i) {
            Monitor m;
            m.name = QStringLiteral("job %1").arg(i + 1);
            m.slug = QStringLiteral("job-%1").arg(i + 1);
            m.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
            m.schedule = Schedule(3'600'000);
            m.graceMs = 300'000;
            m.createdMs = now;
            m.statusSinceMs = now;
            m.tags = {QStringLiteral("tag%1").arg(i % 20)};
            repo.insert(&m);
            tokens.append(m.token);
        }
        db->commit();
    }

    SystemClock clock;
    std::unique_ptr<CoreRuntime> core;
    std::unique_ptr<ConsoleCore> console;
    std::unique_ptr<remote::RemoteCore> remoteCore;
    std::unique_ptr<remote::ApiClient> api;
    std::unique_ptr<benchsupport::TlsServer> server;
    quint16 port = 0;
    QElapsedTimer attach;
    if (remoteProgram.isEmpty()) {
        RuntimeConfig config;
        config.databasePath = path;
        config.listenAddress = QHostAddress::LocalHost;
        config.port = 0;
        core = std::make_unique<CoreRuntime>(config, clock);
        QString error;
        if (!core->start(&error)) {
            std::fprintf(stderr, "guilagbench: %s\n", qPrintable(error));
            return 1;
        }
        console = std::make_unique<LocalConsole>(*core);
        port = quint16(QUrl(core->pingUrls().base).port());
    } else {
        server = std::make_unique<benchsupport::TlsServer>(remoteProgram, path, dir.path());
        if (!server->start())
            return 1;
        port = server->port;
        const QString key = server->key;
        const QString fingerprint = server->fingerprint;
        const QUrl url = server->url();
        remoteCore = std::make_unique<remote::RemoteCore>(url, key, fingerprint);
        api = std::make_unique<remote::ApiClient>(url, key, fingerprint);
        auto *rc = new RemoteConsole(*remoteCore, *api, QStringLiteral("bench-server"));
        console.reset(rc);
        rc->readSettings();
        attach.start();
        remoteCore->start();
    }
    const double before = benchsupport::rssMb();
    MainWindow window(*console, clock);
    window.resize(1400, 900);
    window.show();
    if (!remoteProgram.isEmpty()) {
        // Attached when the table holds every monitor and a row can be selected.
        while (window.model()->rowCount() < monitors && attach.elapsed() < 120'000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        const qint64 usable = attach.elapsed();
        for (int i = 0; i < 50; ++i) // let the first paint and the details settle
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        std::printf("guilagbench: remote console attached over HTTPS, %d monitors in the table "
                    "after %lld ms; resident memory %.1f MB (%.1f MB before the window)\n",
                    window.model()->rowCount(), qlonglong(usable), benchsupport::rssMb(), before);
    }
    window.view()->selectRow(0);

    QList<qint64> lags;
    QElapsedTimer sinceLast;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        if (sinceLast.isValid())
            lags.append(std::max<qint64>(0, sinceLast.nsecsElapsed() / 1000 - 10'000));
        sinceLast.start();
    });
    // Settle, then measure while the flood runs.
    QTimer::singleShot(1000, [&] {
        probe.start();
        auto *flood = new Flood(port, tokens, rate, seconds);
        QObject::connect(flood, &QThread::finished, &app, [&, flood] {
            probe.stop();
            qint64 stored = 0;
            for (const Monitor &m : console->snapshot())
                stored += m.nPings;
            std::printf("guilagbench: %s, %d monitors, %lld pings sent in %d s (%lld/s), %lld "
                        "answered 200, %lld shown in the console\n",
                        remoteProgram.isEmpty() ? "console with its core" : "remote console",
                        monitors, qlonglong(flood->sent.load()), seconds,
                        qlonglong(flood->sent.load() / seconds), qlonglong(flood->answered.load()),
                        qlonglong(stored));
            std::printf("guilagbench: GUI event-loop lag over %lld samples: p50 %.1f ms, p99 %.1f "
                        "ms, max %.1f ms\n",
                        qlonglong(lags.size()), percentile(lags, 0.5) / 1000.0,
                        percentile(lags, 0.99) / 1000.0, percentile(lags, 1.0) / 1000.0);
            flood->deleteLater();
            QCoreApplication::quit();
        });
        flood->start();
    });
    const int status = app.exec();
    if (remoteProgram.isEmpty()) {
        core->stop();
    } else {
        std::printf("guilagbench: peak resident memory of the remote console %.1f MB\n",
                    double(benchsupport::peakRssKb()) / 1024.0);
        remoteCore->stop();
    }
    return status;
}
