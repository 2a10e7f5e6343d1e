// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// 100,000 monitors in the core: idle CPU, resident memory, and how late alerts fire.
//
//   uptrack_idlebench idle   [monitors] [seconds]   every deadline a day away: CPU while idle
//                   [--windows K]                   with K maintenance windows, none open
//                   [--policy]                      and the rest of the alert policy too: 9 in
//                                                   10 depend on a parent, down after 3, an
//                                                   escalation channel on a quarter, 101 mutes
//   uptrack_idlebench alerts [monitors] [seconds]   deadlines spread over the next N seconds
//   uptrack_idlebench alerts 1000 60 --flood WRK    the same while WRK (wrk's path) floods
//                                                   the core's ping receiver with -t2 -c64
//   uptrack_idlebench populate PATH COUNT TOKENS    a database of COUNT idle monitors for
//                                                   bench/ping-flood, their tokens in TOKENS
//            [PINGS_EACH FIRST_N]                   and PINGS_EACH stored pings for each of
//                                                   the first FIRST_N (at the cap: pruning runs)
#include "runtime/coreruntime.h"
#include "storage/channelrepository.h"
#include "storage/database.h"
#include "storage/maintenancerepository.h"
#include "storage/monitorrepository.h"
#include "storage/muterepository.h"
#include "storage/pingrepository.h"
#include "time/clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>

#include "benchsupport.h"

using namespace uptrack;

namespace {

using benchsupport::cpuSeconds;

long residentKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// Fills a database with `count` monitors that last pinged at `lastPing(i)` (their tokens
// in *tokens), and one more with `floodToken` for a flood to ping, due in a day.
// With `policy`, monitor i also gets the alert policy's other parts (see --policy).
bool populate(const QString &path, int count, const std::function<qint64(int)> &nextDue,
              qint64 periodMs, qint64 graceMs, QStringList *tokens = nullptr,
              const QString &floodToken = QString(), bool policy = false)
{
    QString error;
    auto db = Database::open(path, Database::Mode::ReadWrite, &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    MonitorRepository repo(*db);
    db->begin();
    // --policy: two channels (no secrets: nothing is sent while idle), the second one an
    // escalation 30 min into an outage for every fourth monitor.
    QList<qint64> channels;
    if (policy) {
        ChannelRepository channelRepo(*db);
        for (const char *name : {"ops", "boss"}) {
            Channel c;
            c.name = QString::fromLatin1(name);
            c.kind = QStringLiteral("webhook");
            c.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            if (!channelRepo.insert(&c))
                return false;
            channels.append(c.id);
        }
    }
    for (int i = 0; i < count; ++i) {
        Monitor m;
        m.name = QStringLiteral("job-%1").arg(i);
        m.slug = m.name;
        m.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m.schedule = Schedule(periodMs);
        m.graceMs = graceMs;
        m.status = Status::Up;
        m.nextDueMs = nextDue(i);
        m.lastPingMs = m.nextDueMs - periodMs;
        if (policy) {
            // Monitor ids count from 1: each ten share the first of them as a parent.
            if (i % 10)
                m.dependsOn = {qint64(i / 10 * 10 + 1)};
            m.downAfter = 3;
            m.tags = {QStringLiteral("site-%1").arg(i % 100)};
        }
        if (!repo.insert(&m)) {
            std::fprintf(stderr, "insert failed\n");
            return false;
        }
        if (policy) {
            QHash<qint64, qint64> delays;
            if (i % 4 == 0)
                delays.insert(channels[1], 1'800'000);
            if (!repo.setChannels(m.id, i % 4 ? channels.mid(0, 1) : channels, delays))
                return false;
        }
        if (tokens)
            tokens->append(m.token);
    }
    if (!floodToken.isEmpty()) {
        Monitor m;
        m.name = m.slug = QStringLiteral("flood");
        m.token = floodToken;
        m.schedule = Schedule(86'400'000);
        if (!repo.insert(&m))
            return false;
    }
    if (policy) {
        // 101 mutes, all still running: one tag and a hundred single monitors.
        MuteRepository mutes(*db);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int k = 0; k <= 100; ++k) {
            Mute mute;
            mute.scope = k ? Mute::Scope::Monitor : Mute::Scope::Tag;
            mute.tag = k ? QString() : QStringLiteral("site-7");
            mute.monitorId = k * (count / 100);
            mute.untilMs = now + 86'400'000 + k * 60'000;
            mute.createdMs = now;
            if (!mutes.insert(&mute))
                return false;
        }
    }
    return db->commit();
}

// Gives each of the first `monitors` monitors `each` pings, sent in turn (as a flood to
// them would have: every page of the pings table holds pings of many monitors), so that
// the next pings to them find their monitors at the cap and pruning runs.
bool preloadPings(const QString &path, int monitors, int each, qint64 now)
{
    QString error;
    auto db = Database::open(path, Database::Mode::ReadWrite, &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    PingRepository repo(*db);
    QList<Ping> block;
    QList<const Ping *> rows;
    db->begin();
    for (int round = 0; round < each; ++round) {
        for (int i = 0; i < monitors; ++i) {
            Ping p;
            p.monitorId = i + 1;
            p.timeMs = now - qint64(each - round) * 1000;
            p.kind = PingKind::Success;
            p.method = QStringLiteral("GET");
            p.source = QStringLiteral("127.0.0.1");
            p.userAgent = QStringLiteral("wrk");
            block.append(p);
            if (block.size() == 4096 || (round == each - 1 && i == monitors - 1)) {
                rows.clear();
                for (const Ping &b : std::as_const(block))
                    rows.append(&b);
                if (!repo.insertAll(rows)) {
                    std::fprintf(stderr, "ping insert failed: %s\n",
                                 qPrintable(repo.lastError().text()));
                    return false;
                }
                block.clear();
            }
        }
    }
    return db->commit();
}

// populate PATH COUNT TOKENS [PINGS_EACH FIRST_N]: idle monitors (each due a day from now)
// and their tokens; with PINGS_EACH, that many stored pings for each of the first FIRST_N.
int populateForFlood(const QStringList &args, qint64 now)
{
    if (args.size() != 5 && args.size() != 7) {
        std::fprintf(stderr,
                     "usage: uptrack_idlebench populate PATH COUNT TOKENS_FILE "
                     "[PINGS_EACH FIRST_N]\n");
        return 2;
    }
    QStringList tokens;
    if (!populate(
                args[2], args[3].toInt(), [&](int i) { return now + 86'400'000 + i; }, 86'400'000,
                3'600'000, &tokens))
        return 1;
    if (args.size() == 7
        && !preloadPings(args[2], std::min(args[6].toInt(), args[3].toInt()), args[5].toInt(), now))
        return 1;
    QFile out(args[4]);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(args[4]));
        return 1;
    }
    out.write(tokens.join(QLatin1Char('\n')).toUtf8() + '\n');
    return 0;
}

double percentile(std::vector<qint64> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return double(v[std::min(v.size() - 1, size_t(p * double(v.size())))]);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The figures only: no log lines from the core.
    QLoggingCategory::setFilterRules(QStringLiteral("uptrack.*.debug=false\nuptrack.*.info=false"));
    const QStringList args = app.arguments();
    const QString mode = args.value(1, QStringLiteral("idle"));
    const int count = args.value(2, QStringLiteral("100000")).toInt();
    const int seconds = args.value(3, QStringLiteral("30")).toInt();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    SystemClock clock;
    const qint64 now = clock.nowMs();
    if (mode == QLatin1String("populate"))
        return populateForFlood(args, now);
    const int floodAt = args.indexOf(QStringLiteral("--flood"));
    const QString wrk = floodAt > 0 ? args.value(floodAt + 1) : QString();

    QElapsedTimer t;
    t.start();
    const bool alerts = mode == QLatin1String("alerts");
    // Alerts: grace 0, so each monitor goes down exactly at its due instant,
    // spread evenly from 5 s to 5 + N s from now.
    const qint64 startIn = 5000 + qint64(count) / 20; // loading 100k takes a moment
    // With a flood: one more monitor for it to ping, from the start until the last deadline.
    const QString floodToken
            = wrk.isEmpty() ? QString() : QUuid::createUuid().toString(QUuid::WithoutBraces);
    const bool ok = populate(
            path, count,
            [&](int i) {
                return alerts ? now + startIn + qint64(i) * seconds * 1000 / count
                              : now + 86'400'000 + i;
            },
            alerts ? 3'600'000 : 86'400'000, alerts ? 0 : 3'600'000, nullptr, floodToken,
            args.contains(QStringLiteral("--policy")));
    if (!ok)
        return 1;
    std::printf("populated %d monitors in %.1f s\n", count, double(t.elapsed()) / 1000);
    // --windows K: maintenance windows, none open now: half once (days ahead), half weekly,
    // each over a few monitors. They must cost nothing while idle either.
    const int windowsAt = args.indexOf(QStringLiteral("--windows"));
    const int windows = windowsAt > 0 ? args.value(windowsAt + 1).toInt() : 0;
    if (windows > 0) {
        QString error;
        auto db = Database::open(path, Database::Mode::ReadWrite, &error);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        MaintenanceRepository repo(*db);
        db->begin();
        for (int i = 0; i < windows; ++i) {
            MaintenanceWindow w;
            w.name = QStringLiteral("window-%1").arg(i);
            for (int k = 0; k < 5; ++k)
                w.monitorIds.append(1 + (qint64(i) * 5 + k) % count);
            if (i % 2) {
                w.cron = QStringLiteral("%1 3 * * 0").arg(i % 60);
                w.timeZone = QStringLiteral("Europe/Berlin");
                w.durationMs = 3'600'000;
            } else {
                w.fromMs = now + 2 * 86'400'000 + qint64(i) * 60'000;
                w.toMs = w.fromMs + 3'600'000;
            }
            w.createdMs = now;
            if (!repo.insert(&w)) {
                std::fprintf(stderr, "window insert failed\n");
                return 1;
            }
        }
        db->commit();
        std::printf("added %d maintenance windows\n", windows);
    }

    RuntimeConfig config;
    config.databasePath = path;
    config.listen = !wrk.isEmpty();
    config.listenAddress = QHostAddress::LocalHost;
    config.port = benchsupport::freePort();
    config.receiver.pingBurst = 0; // the flood is not to be rate-limited
    CoreRuntime core(config, clock);
    QString error;
    t.restart();
    if (!core.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("core started (all monitors loaded and scheduled) in %.2f s\n",
                double(t.elapsed()) / 1000);

    QProcess flood;
    if (!wrk.isEmpty()) {
        const qint64 floodSeconds = (startIn + seconds * 1000) / 1000 + 2;
        flood.start(
                wrk,
                {QStringLiteral("-t2"), QStringLiteral("-c64"),
                 QStringLiteral("-d%1s").arg(floodSeconds), QStringLiteral("--latency"),
                 QStringLiteral("--timeout"), QStringLiteral("10s"),
                 QStringLiteral("http://127.0.0.1:%1/ping/%2").arg(config.port).arg(floodToken)});
        if (!flood.waitForStarted()) {
            std::fprintf(stderr, "cannot start %s\n", qPrintable(wrk));
            return 1;
        }
        std::printf("flood: wrk -t2 -c64 for %lld s on one more monitor\n",
                    static_cast<long long>(floodSeconds));
    }

    std::vector<qint64> lateness;
    lateness.reserve(size_t(count));
    QObject::connect(&core, &CoreRuntime::flipped, &app, [&](const Flip &f) {
        if (f.to == Status::Down)
            lateness.push_back(clock.nowMs() - f.timeMs);
    });

    if (!alerts) {
        // Let start-up settle, then measure a quiet stretch.
        QTimer::singleShot(2000, &app, [&] {
            const double cpu0 = cpuSeconds();
            QElapsedTimer wall;
            wall.start();
            QTimer::singleShot(seconds * 1000, &app, [&, cpu0, wall] {
                const double cpu = cpuSeconds() - cpu0;
                std::printf("idle: %.3f s CPU over %.1f s wall = %.3f%% of one core\n", cpu,
                            double(wall.elapsed()) / 1000,
                            100.0 * cpu * 1000 / double(wall.elapsed()));
                std::printf("resident memory with %d monitors: %.1f MB\n", count,
                            double(residentKb()) / 1024);
                app.quit();
            });
        });
    } else {
        QTimer::singleShot(int(startIn + seconds * 1000 + 3000), &app, [&] {
            if (!wrk.isEmpty()) {
                flood.waitForFinished(30'000);
                for (const QByteArray &line : flood.readAllStandardOutput().split('\n')) {
                    if (line.contains("Requests/sec") || line.contains(" 99%")
                        || line.contains("Latency ") || line.contains("Non-2xx"))
                        std::printf("flood: %s\n", line.trimmed().constData());
                }
            }
            std::printf("alerts: %zu of %d monitors went down\n", lateness.size(), count);
            std::printf("lateness after the deadline (ms, measured in the GUI thread after "
                        "commit): p50 %.0f  p99 %.0f  max %.0f\n",
                        percentile(lateness, 0.5), percentile(lateness, 0.99),
                        percentile(lateness, 1.0));
            std::printf("resident memory with %d monitors: %.1f MB\n", count,
                        double(residentKb()) / 1024);
            app.quit();
        });
    }
    const int status = app.exec();
    core.stop();
    return status;
}
