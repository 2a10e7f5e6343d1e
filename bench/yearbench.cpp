// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A year of a busy office, compressed: 500 monitors pinging every 5 minutes through the
// real engine (state machine, group commit, ping retention) on a fake clock, each
// failing about once a week (a flip down, an alert and its delivery, a flip up, a
// recovery alert), a fifth of the pings carrying job output, and the daily retention
// sweep. Prints the database size as the days pass: it must level off.
//
//   uptrack_yearbench [--days 365] [--monitors 500] [--db FILE]
//                     [--history-days 400] [--delivery-days 90]
// (shorter retention shows the levelling-off in a shorter run)
#include "benchsupport.h"
#include "engine/engine.h"
#include "storage/channelrepository.h"
#include "storage/database.h"
#include "storage/retention.h"
#include "time/clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace uptrack;

namespace {

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

qint64 count(Database &db, const char *table)
{
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
    return q.next() ? q.value(0).toLongLong() : -1;
}

// What the notifier would have written: one successful attempt per new delivery.
void deliverPending(Database &db, qint64 nowMs)
{
    db.begin();
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO delivery_attempts (delivery_id, time_ms, success, "
                             "outcome) SELECT id, ?, 1, 'HTTP 200' FROM deliveries WHERE state = "
                             "'pending'"));
    q.addBindValue(nowMs);
    q.exec();
    q.prepare(QStringLiteral("UPDATE deliveries SET state = 'delivered', attempts = 1, "
                             "last_attempt_ms = ?, done_ms = ?, outcome = 'HTTP 200' WHERE state "
                             "= 'pending'"));
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    q.exec();
    db.commit();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const char *name, int fallback) {
        const int i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
    };
    const int days = option("--days", 365);
    const int monitors = option("--monitors", 500);
    QTemporaryDir tmp;
    const int dbArg = args.indexOf(QStringLiteral("--db"));
    const QString path
            = dbArg >= 0 ? args.value(dbArg + 1) : tmp.filePath(QStringLiteral("year.db"));

    QString error;
    auto db = Database::open(path, Database::Mode::ReadWrite, &error);
    if (!db) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    FakeClock clock;
    Engine engine(*db, clock);
    if (!engine.load(&error)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Channel hook;
    hook.name = QStringLiteral("office webhook");
    hook.kind = QStringLiteral("webhook");
    hook.isDefault = true;
    hook.secretRef = QStringLiteral("bench");
    if (!engine.addChannel(hook, &error)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QList<QString> tokens;
    for (int i = 0; i < monitors; ++i) {
        MonitorSpec spec;
        spec.name = QStringLiteral("job %1").arg(i);
        spec.periodMs = 5 * 60'000;
        spec.graceMs = 5 * 60'000;
        tokens.append(engine.addMonitor(spec, &error)->token);
    }
    engine.start();

    RetentionOptions retention;
    retention.historyDays = option("--history-days", int(retention.historyDays));
    retention.deliveryDays = option("--delivery-days", int(retention.deliveryDays));
    QRandomGenerator rng(2026);
    const QByteArray output = QByteArray("rsync: sent 1,284,112 bytes  received 4,211 bytes  "
                                         "total size 9,812,443,120\n")
                                      .repeated(4);
    printf("A simulated %d days: %d monitors pinging every 5 minutes, each failing about once a "
           "week; pings kept per monitor: 1000; history kept %lld days, delivery attempts %lld "
           "days\n\n",
           days, monitors, retention.historyDays, retention.deliveryDays);
    printf("%5s %10s %10s %9s %9s %9s %10s %8s\n", "day", "size MB", "pings", "flips", "alerts",
           "attempts", "pings sent", "wall s");
    QElapsedTimer wall;
    wall.start();
    qint64 sent = 0;
    const int stepsPerDay = 24 * 12;
    // A monitor fails at a random step about once a week and recovers at its next ping.
    const double failChance = 1.0 / (7.0 * stepsPerDay);
    for (int day = 1; day <= days; ++day) {
        for (int step = 0; step < stepsPerDay; ++step) {
            clock.advance(5 * 60'000);
            for (int i = 0; i < monitors; ++i) {
                Ping ping;
                ping.method = QStringLiteral("POST");
                ping.source = QStringLiteral("192.168.1.20");
                ping.userAgent = QStringLiteral("curl/7.88.1");
                if (rng.generateDouble() < failChance) {
                    ping.kind = PingKind::Fail;
                    ping.exitStatus = 1;
                }
                if (rng.bounded(5) == 0)
                    ping.body = output;
                engine.submitPing(PingTarget::byToken(tokens[i]), std::move(ping),
                                  [](PingOutcome) {});
                ++sent;
            }
            if (!engine.commitNow()) {
                fprintf(stderr, "commit failed on day %d\n", day);
                return 1;
            }
            engine.processDue();
        }
        engine.tick();
        deliverPending(*db, clock.nowMs());
        if (Retention::pruneAll(*db, clock.nowMs(), retention, &error) < 0) {
            fprintf(stderr, "retention: %s\n", qPrintable(error));
            return 1;
        }
        if (day == 1 || day == 7 || day % (days > 120 ? 30 : 10) == 0 || day == days) {
            printf("%5d %10.1f %10lld %9lld %9lld %9lld %10lld %8.0f\n", day,
                   fileSize(path) / 1048576.0, count(*db, "pings"), count(*db, "flips"),
                   count(*db, "alerts"), count(*db, "delivery_attempts"), sent,
                   wall.elapsed() / 1000.0);
            fflush(stdout);
        }
    }
    engine.stop();
    QSqlQuery q(db->sql());
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    printf("\nAfter %d days: %.1f MB on disk (%lld pings sent in all; %.0f pings/s simulated)\n",
           days, fileSize(path) / 1048576.0, sent, sent / (wall.elapsed() / 1000.0));
    return 0;
}
