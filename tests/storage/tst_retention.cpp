// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// History past its retention goes, in bounded chunks; what is young, or an alert still
// waiting to be delivered, stays.
#include "processhelpers.h"
#include "storage/database.h"
#include "storage/retention.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace uptrack;

namespace {
constexpr qint64 kDay = 86'400'000;
constexpr qint64 kNow = 1'800'000'000'000;
} // namespace

class TestRetention : public QObject
{
    Q_OBJECT

    static qint64 count(Database &db, const QString &sql)
    {
        QSqlQuery q(db.sql());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    static void exec(Database &db, const QString &sql)
    {
        QSqlQuery q(db.sql());
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + QLatin1String(": ") + sql));
    }

private slots:
    void oldHistoryGoesYoungStays()
    {
        QTemporaryDir dir;
        QString error;
        auto db = Database::open(dir.filePath(QStringLiteral("r.db")), Database::Mode::ReadWrite,
                                 &error);
        QVERIFY2(db, qPrintable(error));
        exec(*db,
             QStringLiteral("INSERT INTO monitors (id, name, slug, token, period_ms, grace_ms, "
                            "created_ms) VALUES (1, 'm', "
                            "'m', '00000000-0000-4000-8000-000000000001', 60000, 60000, 0)"));
        exec(*db,
             QStringLiteral("INSERT INTO channels (id, name, kind, config, created_ms) "
                            "VALUES (1, 'hook', 'webhook', '{}', 0)"));
        db->begin();
        // 12,000 flips a day apart going back 12,000 days would be silly; 12,000 flips,
        // the first 11,000 old, the last 1,000 young.
        for (int i = 0; i < 12'000; ++i) {
            const qint64 t = i < 11'000 ? kNow - 500 * kDay + i : kNow - 10 * kDay + i;
            QSqlQuery q(db->sql());
            q.prepare(QStringLiteral("INSERT INTO flips (monitor_id, time_ms, from_status, "
                                     "to_status) VALUES (1, ?, 'up', 'down')"));
            q.addBindValue(t);
            QVERIFY(q.exec());
        }
        db->commit();
        // Alerts: an old delivered one, an old one still pending, a young one.
        int n = 0;
        for (const auto &[created, state] :
             {std::pair{kNow - 500 * kDay, "delivered"}, std::pair{kNow - 500 * kDay, "pending"},
              std::pair{kNow - kDay, "delivered"}}) {
            ++n;
            exec(*db,
                 QStringLiteral("INSERT INTO alerts (id, monitor_id, kind, event_id, "
                                "created_ms, facts) VALUES (%1, 1, 'down', 'e%1', %2, '{}')")
                         .arg(n)
                         .arg(created));
            exec(*db,
                 QStringLiteral("INSERT INTO deliveries (id, alert_id, channel_id, state, "
                                "next_attempt_ms) VALUES (%1, %1, 1, '%2', 0)")
                         .arg(n)
                         .arg(QLatin1String(state)));
            // Attempts: one 100 days old, one 10 days old.
            exec(*db,
                 QStringLiteral("INSERT INTO delivery_attempts (delivery_id, time_ms, "
                                "success, outcome) VALUES (%1, %2, 1, 'ok'), (%1, %3, 1, "
                                "'ok')")
                         .arg(n)
                         .arg(kNow - 100 * kDay)
                         .arg(kNow - 10 * kDay));
        }
        exec(*db,
             QStringLiteral("INSERT INTO incidents (monitor_id, start_ms, end_ms) VALUES "
                            "(1, %1, %2), (1, %1, NULL), (1, %3, %4)")
                     .arg(kNow - 600 * kDay)
                     .arg(kNow - 599 * kDay)
                     .arg(kNow - 5 * kDay)
                     .arg(kNow - 4 * kDay));

        RetentionOptions options;
        options.chunkRows = 1000;
        // One chunk deletes at most chunkRows rows: the transaction stays short.
        const int first = Retention::pruneChunk(*db, kNow, options, &error);
        QCOMPARE(first, 1000);
        const qint64 rest = Retention::pruneAll(*db, kNow, options, &error);
        QVERIFY2(rest >= 0, qPrintable(error));

        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM flips")), 1000);
        QCOMPARE(count(*db, QStringLiteral("SELECT min(time_ms) FROM flips")),
                 kNow - 10 * kDay + 11'000);
        // The old delivered alert went with its delivery and attempts; the pending one
        // stays until it is delivered, whatever its age.
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(id, ',') FROM (SELECT id FROM alerts "
                                      "ORDER BY id)"))
                && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2,3"));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM deliveries")), 2);
        // Attempts older than 90 days go; the young ones stay.
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM delivery_attempts")), 2);
        // The ended old incident goes; the open one (however old) and the young one stay.
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM incidents")), 2);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM incidents WHERE end_ms IS NULL")),
                 1);
        // Nothing left to do.
        QCOMPARE(Retention::pruneAll(*db, kNow, options, &error), 0);
    }

    void runningInstanceSweepsWithItsOption()
    {
        // The sweep is wired into the running core (10 s after start) and follows
        // --keep-history: a flip 40 days old goes with 30 days, a 20-day-old one stays.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.db"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        {
            QString error;
            auto db = Database::open(path, Database::Mode::ReadWrite, &error);
            QVERIFY2(db, qPrintable(error));
            exec(*db,
                 QStringLiteral("INSERT INTO monitors (id, name, slug, token, period_ms, "
                                "grace_ms, created_ms) VALUES (1, 'm', 'm', "
                                "'00000000-0000-4000-8000-000000000001', 60000, 60000, 0)"));
            exec(*db,
                 QStringLiteral("INSERT INTO flips (monitor_id, time_ms, from_status, "
                                "to_status) VALUES (1, %1, 'up', 'down'), (1, %2, 'down', "
                                "'up')")
                         .arg(now - 40 * kDay)
                         .arg(now - 20 * kDay));
        }
        testsupport::Instance instance(path, testsupport::freePort(),
                                       {QStringLiteral("--keep-history"), QStringLiteral("30")});
        QVERIFY(instance.waitReady());
        auto reader = [&] {
            QString error;
            auto db = Database::open(path, Database::Mode::ReadOnly, &error);
            return db ? count(*db,
                              QStringLiteral("SELECT count(*) FROM flips WHERE time_ms < %1")
                                      .arg(now - 30 * kDay))
                      : -2;
        };
        QCOMPARE(reader(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(reader(), 0, 30'000);
        QString error;
        auto db = Database::open(path, Database::Mode::ReadOnly, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM flips")), 1);
        db.reset();
        QCOMPARE(instance.terminate(), 0);
    }
};

QTEST_MAIN(TestRetention)
#include "tst_retention.moc"
