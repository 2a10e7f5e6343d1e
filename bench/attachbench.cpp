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
using benchsupport::run;

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
    const QString db = dir.filePath(QStringLiteral("office.db"));
    run(args[2],
        {QStringLiteral("--db"), db, QStringLiteral("--monitors"), QString::number(monitors),
         QStringLiteral("--days"), QStringLiteral("1")},
        QProcessEnvironment::systemEnvironment());
    benchsupport::TlsServer server(uptrack, db, dir.path());
    if (!server.start())
        return 1;
    const QString key = server.key;
    const QString fingerprint = server.fingerprint;
    const double before = benchsupport::rssMb();
    std::vector<double> times;
    qsizetype loadedCount = 0;
    for (int r = 0; r < runs; ++r) {
        remote::RemoteCore remoteCore(server.url(), key, fingerprint);
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
                        qint64(loadedCount), benchsupport::rssMb(), before);
        remoteCore.stop();
    }
    std::sort(times.begin(), times.end());
    std::printf("attachbench: %d attaches to %lld monitors over HTTPS: median %.0f ms, max %.0f "
                "ms (the first included)\n",
                runs, qint64(loadedCount), times[times.size() / 2], times.back());
    std::printf("attachbench: peak resident memory %.1f MB\n",
                double(benchsupport::peakRssKb()) / 1024.0);
    return 0;
}
