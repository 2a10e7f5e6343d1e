// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Uptime checks at scale: N HTTP checks every INTERVAL against a local web server (a
// separate process), run by the real CheckRunner into the real engine and database.
// Prints the CPU this process used, its peak memory, how late runs started against
// their schedule (the jitter), the checks in flight, and the results stored.
//
//   uptrack_checkbench [--checks 1000] [--interval 30] [--seconds 90] [--server PORT]
#include "benchsupport.h"
#include "checks/checkrunner.h"
#include "engine/engine.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace uptrack;

namespace {
using benchsupport::cpuSeconds;
using benchsupport::peakRssKb;

qint64 percentile(QList<qint64> v, double p)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    return v[std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size())))];
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("uptrack.*.info=false"));
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("checks"), QStringLiteral("checks"), QStringLiteral("n"),
                        QStringLiteral("1000")},
                       {QStringLiteral("interval"), QStringLiteral("seconds"), QStringLiteral("s"),
                        QStringLiteral("30")},
                       {QStringLiteral("seconds"), QStringLiteral("run time"), QStringLiteral("s"),
                        QStringLiteral("90")},
                       {QStringLiteral("server"), QStringLiteral("web server port"),
                        QStringLiteral("port"), QStringLiteral("18650")}});
    parser.process(app);
    const int n = parser.value(QStringLiteral("checks")).toInt();
    const int interval = parser.value(QStringLiteral("interval")).toInt();
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();
    const QString port = parser.value(QStringLiteral("server"));

    QTemporaryDir dir;
    QString error;
    auto db = Database::open(dir.filePath(QStringLiteral("bench.db")), Database::Mode::ReadWrite,
                             &error);
    if (!db) {
        std::fprintf(stderr, "checkbench: %s\n", qPrintable(error));
        return 1;
    }
    SystemClock clock;
    Engine engine(*db, clock);
    if (!engine.load(&error)) {
        std::fprintf(stderr, "checkbench: %s\n", qPrintable(error));
        return 1;
    }
    engine.start();
    for (int i = 0; i < n; ++i) {
        MonitorSpec spec;
        spec.name = QStringLiteral("site %1").arg(i);
        spec.kind = MonitorKind::Http;
        spec.check
                = QJsonObject{{QStringLiteral("target"),
                               QStringLiteral("http://127.0.0.1:%1/ok?site=%2").arg(port).arg(i)},
                              {QStringLiteral("interval"), interval},
                              {QStringLiteral("timeout"), 10},
                              {QStringLiteral("keyword"), QStringLiteral("nominal")}};
        if (!engine.addMonitor(spec, &error)) {
            std::fprintf(stderr, "checkbench: %s\n", qPrintable(error));
            return 1;
        }
    }
    CheckRunner runner(clock);
    qint64 ok = 0, failed = 0;
    int maxInFlight = 0;
    QObject::connect(&runner, &CheckRunner::resultReady, &engine,
                     [&](qint64 id, const CheckResult &r) {
                         (r.ok ? ok : failed)++;
                         engine.submitCheckResult(id, r);
                     });
    const double cpu0 = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    runner.update(engine.monitors(), /*spread=*/true);
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &app,
                     [&] { maxInFlight = std::max(maxInFlight, runner.inFlight()); });
    sampler.start(50);
    QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    app.exec();
    engine.commitNow();
    const double cpu = cpuSeconds() - cpu0;
    const QList<qint64> delays = runner.takeStartDelays();
    std::printf("checkbench: %d HTTP checks every %d s for %d s: %lld passed, %lld failed "
                "(%.1f results/s)\n",
                n, interval, seconds, ok, failed, double(ok + failed) / (wall.elapsed() / 1000.0));
    std::printf("checkbench: CPU %.2f s over %.0f s wall = %.1f%% of one core; peak RSS %.1f MB\n",
                cpu, wall.elapsed() / 1000.0, 100.0 * cpu / (wall.elapsed() / 1000.0),
                double(peakRssKb()) / 1024.0);
    std::printf("checkbench: start delay against schedule (jitter): p50 %lld ms, p99 %lld ms, "
                "max %lld ms; at most %d checks in flight (cap %d)\n",
                percentile(delays, 0.5), percentile(delays, 0.99), percentile(delays, 1.0),
                maxInFlight, CheckRunnerOptions().maxInFlight);
    engine.stop();
    return failed == 0 ? 0 : 2;
}
