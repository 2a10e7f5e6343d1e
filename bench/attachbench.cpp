// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Attaching to a core with many monitors: a headless core with --tls auto on loopback,
// on a database of N monitors (default 10,000, made by uptrack_demodata), and RemoteCore —
// the model a console attached over the API works from — loading them. Prints how long
// from start() to the whole state being in (stream open, channels and monitors read and
// decoded), over several attaches, and this process's resident memory before and after.
//
//   build/bench/uptrack_attachbench build/app/uptrack build/bench/uptrack_demodata [N] [RUNS]
#include "benchsupport.h"
#include "remote/remotecore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace uptrack;
using benchsupport::freePort;
using benchsupport::run;

namespace {

/// This process's resident set now, in MB (VmRSS).
double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: %s UPTRACK_BINARY DEMODATA_BINARY [MONITORS] [RUNS]\n",
                     argv[0]);
        return 2;
    }
    const QString uptrack = args[1];
    const int monitors = args.size() > 3 ? args[3].toInt() : 10'000;
    const int runs = args.size() > 4 ? args[4].toInt() : 5;

    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("UPTRACK_SECRETS"), QStringLiteral("file"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("uptrack.*.info=false"));
    const QString db = dir.filePath(QStringLiteral("office.db"));
    run(args[2],
        {QStringLiteral("--db"), db, QStringLiteral("--monitors"), QString::number(monitors),
         QStringLiteral("--days"), QStringLiteral("1")},
        env);
    const quint16 port = freePort();
    const quint16 tlsPort = freePort();
    QProcess core;
    core.setProcessEnvironment(env);
    core.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    core.start(uptrack,
               {QStringLiteral("--headless"), QStringLiteral("--db"), db,
                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                QStringLiteral("--tls"), QStringLiteral("auto"), QStringLiteral("--tls-listen"),
                QStringLiteral("127.0.0.1:%1").arg(tlsPort)});
    for (int i = 0; i < 300; ++i) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, tlsPort);
        if (probe.waitForConnected(100))
            break;
        QThread::msleep(100);
    }
    const QString key
            = QJsonDocument::fromJson(run(uptrack,
                                          {QStringLiteral("apikey"), QStringLiteral("add"),
                                           QStringLiteral("--name"), QStringLiteral("bench"),
                                           QStringLiteral("--db"), db, QStringLiteral("--json")},
                                          env))
                      .object()
                      .value(QLatin1String("key"))
                      .toString();
    const QString fingerprint = QString::fromUtf8(
            run(uptrack, {QStringLiteral("tls"), QStringLiteral("fingerprint")}, env).trimmed());
    if (key.isEmpty() || fingerprint.isEmpty()) {
        std::fprintf(stderr, "could not set up the core\n");
        return 1;
    }
    const double before = rssMb();
    std::vector<double> times;
    qsizetype loadedCount = 0;
    for (int r = 0; r < runs; ++r) {
        remote::RemoteCore remoteCore(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(tlsPort)),
                                      key, fingerprint);
        bool loaded = false;
        QString failed;
        QObject::connect(&remoteCore, &remote::RemoteCore::loaded, [&] { loaded = true; });
        QObject::connect(&remoteCore, &remote::RemoteCore::loadFailed,
                         [&](const QString &why) { failed = why; });
        QElapsedTimer t;
        t.start();
        remoteCore.start();
        while (!loaded && failed.isEmpty() && t.elapsed() < 60'000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        if (!loaded) {
            std::fprintf(stderr, "attach failed: %s\n", qPrintable(failed));
            return 1;
        }
        times.push_back(double(t.nsecsElapsed()) / 1e6);
        loadedCount = remoteCore.snapshot().size();
        if (r == runs - 1)
            std::printf("attachbench: resident memory with %lld monitors loaded: %.1f MB "
                        "(%.1f MB before the first attach)\n",
                        qint64(loadedCount), rssMb(), before);
        remoteCore.stop();
    }
    std::sort(times.begin(), times.end());
    std::printf("attachbench: %d attaches to %lld monitors over HTTPS: median %.0f ms, max %.0f "
                "ms (the first included)\n",
                runs, qint64(loadedCount), times[times.size() / 2], times.back());
    std::printf("attachbench: peak resident memory %.1f MB\n",
                double(benchsupport::peakRssKb()) / 1024.0);
    core.terminate();
    core.waitForFinished(15'000);
    return 0;
}
