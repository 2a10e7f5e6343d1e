// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's read-only view of a real database written by the real engine.
#include "engine/engine.h"
#include "reports/historyreader.h"
#include "reports/report.h"
#include "scriptedengine.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace uptrack;

class TestHistoryReader : public QObject
{
    Q_OBJECT
private slots:
    void readsWhatTheEngineWrote()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.db"));
        FakeClock clock;
        testsupport::ScriptedEngine script(path, clock);
        QVERIFY2(script.ok, qPrintable(script.error));
        Engine &engine = *script.engine;
        QString error;
        Channel hook;
        hook.name = QStringLiteral("hook");
        hook.kind = QStringLiteral("webhook");
        hook.isDefault = true;
        QVERIFY(engine.addChannel(hook, &error));
        const std::optional<Monitor> m = script.add(QStringLiteral("backup"), 3'600'000, 60'000);
        const std::optional<Monitor> o = script.add(QStringLiteral("other"), 3'600'000, 60'000);
        QVERIFY2(m->id > 0 && o->id > 0, qPrintable(script.error));
        auto ping = [&](const Monitor &target, PingKind kind, const QByteArray &body) {
            QVERIFY(script.ping(target, kind, body));
        };
        const qint64 t0 = clock.nowMs();
        ping(*m, PingKind::Start, {});
        clock.advance(90'000);
        ping(*m, PingKind::Fail, QByteArray(500, 'x')); // down: an incident and an alert
        clock.advance(60'000);
        ping(*m, PingKind::Success, "ok"); // up: closed, a recovery alert
        ping(*o, PingKind::Fail, {});      // another monitor's alert
        engine.stop();

        HistoryReader reader(path);
        QVERIFY(reader.isOpen());
        const QList<PingMark> marks = reader.marks(m->id, t0, clock.nowMs() + 1);
        QCOMPARE(marks.size(), 3);
        QCOMPARE(marks[1].kind, PingKind::Fail);
        QCOMPARE(marks[1].durationMs, 90'000);
        QCOMPARE(reader.recent(m->id, 2).size(), 2);
        QCOMPARE(reader.recent(m->id, 2).last().kind, PingKind::Success);

        const QList<Ping> log = reader.pings(m->id, t0, clock.nowMs() + 1, 10, 100);
        QCOMPARE(log.size(), 3);
        QCOMPARE(log[1].body.size(), 100);                  // a preview
        QCOMPARE(reader.ping(log[1].id)->body.size(), 500); // the whole body

        const QList<Incident> incidents = reader.incidents(m->id);
        QCOMPARE(incidents.size(), 1);
        QCOMPARE(incidents[0].startMs, t0 + 90'000);
        QCOMPARE(incidents[0].endMs, t0 + 150'000);
        QCOMPARE(reader.incidents(0, 10).size(), 2); // all monitors, newest first
        QCOMPARE(reader.incidents(0, 10).first().monitorId, o->id);

        const QList<AlertRecord> mine = reader.alerts(m->id, 10);
        QCOMPARE(mine.size(), 2);
        QCOMPARE(mine[0].alert.kind, AlertKind::Down);
        QCOMPARE(mine[1].alert.kind, AlertKind::Up);
        QCOMPARE(mine[0].deliveries.size(), 1);
        QCOMPARE(mine[0].deliveries[0].state, DeliveryState::Pending);
        const QList<AlertRecord> all = reader.alerts(0, 10);
        QCOMPARE(all.size(), 3);
        for (const AlertRecord &r : all)
            QCOMPARE(r.deliveries.size(), 1);
        QCOMPARE(reader.alerts(0, 1).size(), 1); // the newest only
        QCOMPARE(reader.alerts(0, 1)[0].alert.monitorId, o->id);
        QCOMPARE(reader.channelNames().value(mine[0].deliveries[0].channelId),
                 QStringLiteral("hook"));
        QCOMPARE(reader.flips(m->id).size(), 3); // new -> started -> down -> up
        QVERIFY(!reader.listeningSpans().isEmpty());
    }

    void aMissingDatabaseSaysSo()
    {
        QTemporaryDir dir;
        HistoryReader reader(dir.filePath(QStringLiteral("none.db")));
        QVERIFY(!reader.isOpen());
        QVERIFY(reader.error().contains(QStringLiteral("does not exist")));
        QVERIFY(reader.marks(1, 0, 1).isEmpty());
        QVERIFY(reader.alerts(0, 10).isEmpty());
    }
    // The header's uptimes come from one report cut into windows; each equals the report
    // made for that window alone. Hand-worked: created at T, asleep from T+2 d to T+3 d,
    // down from T+5 d 12:00 to T+6 d 00:00 (12 h), made at T+8 d.
    void uptimesOfSeveralWindowsAreTheReportsOnes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("uptime.db"));
        constexpr qint64 kHour = 3'600'000, kDay = 24 * kHour;
        const qint64 t0 = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        FakeClock clock(t0);
        qint64 id = 0;
        {
            testsupport::ScriptedEngine script(path, clock);
            QVERIFY2(script.ok, qPrintable(script.error));
            Engine &engine = *script.engine;
            const Monitor m = script.add(QStringLiteral("job"), kHour, 5 * 60'000);
            id = m.id;
            auto until = [&](qint64 when) {
                while (clock.nowMs() < when) {
                    clock.setNow(std::min(when, clock.nowMs() + 60'000));
                    engine.processDue();
                    engine.tick();
                }
            };
            for (qint64 t = t0; t < t0 + 8 * kDay; t += 30 * 60'000) {
                if (t == t0 + 2 * kDay) { // asleep for a day
                    until(t);
                    clock.suspend(kDay);
                    engine.tick();
                    t += kDay;
                }
                until(t);
                const bool broken = t >= t0 + 5 * kDay + 12 * kHour && t < t0 + 6 * kDay;
                QVERIFY(script.ping(m, broken ? PingKind::Fail : PingKind::Success));
            }
            until(t0 + 8 * kDay);
        }
        HistoryReader reader(path);
        const qint64 now = t0 + 8 * kDay;
        const QList<qint64> windows{kDay, 3 * kDay, 7 * kDay, 30 * kDay};
        const auto got = reader.uptimes(id, windows, now);
        QCOMPARE(got.size(), windows.size());
        QString error;
        auto db = Database::open(path, Database::Mode::ReadOnly, &error);
        QVERIFY2(db, qPrintable(error));
        for (int w = 0; w < windows.size(); ++w) {
            ReportRequest q;
            q.fromMs = now - windows[w];
            q.toMs = now;
            q.monitors = {QString::number(id)};
            const auto r = buildReport(*db, q, now, &error);
            QVERIFY2(r, qPrintable(error));
            QVERIFY(got[w].has_value());
            QVERIFY2(qAbs(*got[w] - *r->monitors.first().uptimePercent) < 1e-9,
                     qPrintable(QString::number(w)));
        }
        QCOMPARE(*got[0], 100.0); // the last day was fine
        // 7 days (the monitor's 8 days less the first one): 1 day asleep, so 6 days heard,
        // 12 h of them down: 5.5 / 6 = 91.667 %.
        QCOMPARE(qRound(*got[2] * 1000), 91'667);
    }
};

QTEST_MAIN(TestHistoryReader)
#include "tst_historyreader.moc"
