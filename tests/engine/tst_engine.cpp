// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/engine.h"
#include "engine/pingpruner.h"
#include "enginetest.h"
#include "format/humanformat.h"
#include "storage/alertrepository.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/pingrepository.h"
#include "time/clock.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace uptrack;

namespace {
constexpr qint64 kMin = 60'000;
constexpr qint64 kHour = 3'600'000;
constexpr qint64 kDay = 24 * kHour;
} // namespace

class TestEngine : public testsupport::EngineTest
{
    Q_OBJECT

    // Opens (again) this test's database; the test drives tick() itself.
    void open(EngineOptions options = {})
    {
        options.tickMs = 3'600'000;
        QString error;
        QVERIFY2(openEngine(&error, options), qPrintable(error));
        m_engine->start();
    }

    Monitor add(const QString &name, qint64 period, qint64 grace)
    {
        MonitorSpec spec;
        spec.name = name;
        spec.periodMs = period;
        spec.graceMs = grace;
        QString error;
        auto m = m_engine->addMonitor(spec, &error);
        [&] { QVERIFY2(m, qPrintable(error)); }();
        return m ? *m : Monitor();
    }

    PingOutcome ping(const Monitor &m, PingKind kind = PingKind::Success, const QString &rid = {},
                     int exitStatus = -1)
    {
        Ping s;
        s.kind = kind;
        s.rid = rid;
        s.exitStatus = exitStatus;
        std::optional<PingOutcome> outcome;
        m_engine->submitPing(PingTarget::byToken(m.token), s, [&](PingOutcome o) { outcome = o; });
        m_engine->commitNow();
        return outcome.value_or(PingOutcome::StorageFailed);
    }

    // A ping that waited in a spool, meant for `sentAt` (X-Uptrack-Sent-At).
    PingOutcome latePing(const Monitor &m, qint64 sentAt, PingKind kind = PingKind::Success,
                         const QString &rid = {})
    {
        Ping s;
        s.kind = kind;
        s.rid = rid;
        s.claimedSentMs = sentAt;
        std::optional<PingOutcome> outcome;
        m_engine->submitPing(PingTarget::byToken(m.token), s, [&](PingOutcome o) { outcome = o; });
        m_engine->commitNow();
        return outcome.value_or(PingOutcome::StorageFailed);
    }

    // Advances the fake clock to `at`, firing every deadline in order on the way.
    void runUntil(qint64 at)
    {
        m_clock.setNow(at);
        m_engine->processDue();
    }

    QList<Flip> flips(qint64 id)
    {
        HistoryRepository h(*m_db);
        QList<Flip> out;
        h.flips(id, &out);
        return out;
    }

    QList<Incident> incidents(qint64 id)
    {
        HistoryRepository h(*m_db);
        QList<Incident> out;
        h.incidents(id, &out);
        return out;
    }

private slots:
    void init()
    {
        nextDatabase();
        m_clock.setNow(1'767'225'600'000); // 2026-01-01
        open();
    }
    void cleanup() { closeEngine(); }

    void monthOfHourlyAndDailyJobs()
    {
        const Monitor hourly = add(QStringLiteral("hourly"), kHour, 5 * kMin);
        const Monitor daily = add(QStringLiteral("daily"), kDay, 30 * kMin);
        const qint64 t0 = m_clock.nowMs();
        // 30 days: hourly pings arrive 2-3 min after each hour (the job's run time
        // varies), daily at 02:10.
        for (int h = 0; h < 30 * 24; ++h) {
            const qint64 hourStart = t0 + h * kHour;
            runUntil(hourStart + 2 * kMin + (h * 37 % 60) * 1000);
            QCOMPARE(ping(hourly), PingOutcome::Ok);
            if (h % 24 == 2) {
                runUntil(hourStart + 10 * kMin);
                QCOMPARE(ping(daily), PingOutcome::Ok);
            }
        }
        QCOMPARE(m_engine->monitor(hourly.id)->status, Status::Up);
        QCOMPARE(m_engine->monitor(daily.id)->status, Status::Up);
        QCOMPARE(m_engine->monitor(hourly.id)->nPings, 720);
        // A ping a few seconds past the period is late (inside the grace), never down.
        for (const Monitor &m : {hourly, daily}) {
            for (const Flip &f : flips(m.id))
                QVERIFY(f.to == Status::Up || f.to == Status::Late);
        }
        QVERIFY(incidents(hourly.id).isEmpty());
        QVERIFY(incidents(daily.id).isEmpty());

        // The hourly job stops. Late at the due instant, down at due + grace, exactly.
        const qint64 last = m_engine->monitor(hourly.id)->lastPingMs;
        runUntil(last + 3 * kHour);
        const QList<Flip> f = flips(hourly.id).mid(flips(hourly.id).size() - 2);
        QCOMPARE(f[0].to, Status::Late);
        QCOMPARE(f[0].timeMs, last + kHour);
        QCOMPARE(f[1].to, Status::Down);
        QCOMPARE(f[1].timeMs, last + kHour + 5 * kMin);
        QCOMPARE(f[1].reason, QString::fromLatin1(Reason::Missed));
        const QList<Incident> inc = incidents(hourly.id);
        QCOMPARE(inc.size(), 1);
        QCOMPARE(inc[0].startMs, last + kHour + 5 * kMin);
        QCOMPARE(inc[0].endMs, -1);

        // It comes back: the incident closes at the recovery ping.
        QCOMPARE(ping(hourly), PingOutcome::Ok);
        QCOMPARE(incidents(hourly.id)[0].endMs, m_clock.nowMs());
        QCOMPARE(m_engine->monitor(hourly.id)->status, Status::Up);
    }

    void cronMonitorAcrossDst()
    {
        // "0 2 * * *" in New York, grace 1h. Worked out by hand: 02:00 EST is 07:00Z until
        // Mar 7; on Mar 8 02:00 does not exist and cron runs it at 03:00 EDT (07:00Z);
        // from Mar 9, 02:00 EDT is 06:00Z.
        auto utc = [](const char *iso) {
            return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
        };
        m_clock.setNow(utc("2026-03-01T07:05:00Z"));
        MonitorSpec spec;
        spec.name = QStringLiteral("nightly");
        spec.cron = QStringLiteral("0 2 * * *");
        spec.timeZone = QStringLiteral("America/New_York");
        spec.graceMs = kHour;
        QString error;
        const auto added = m_engine->addMonitor(spec, &error);
        QVERIFY2(added, qPrintable(error));
        const Monitor m = *added;
        QCOMPARE(ping(m), PingOutcome::Ok);
        QCOMPARE(m_engine->monitor(m.id)->nextDueMs, utc("2026-03-02T07:00:00Z"));
        for (int day = 2; day <= 20; ++day) {
            const qint64 due = m_engine->monitor(m.id)->nextDueMs;
            const qint64 expected = day <= 8 ? utc("2026-03-01T07:00:00Z") + (day - 1) * kDay
                                             : utc("2026-03-01T06:00:00Z") + (day - 1) * kDay;
            QCOMPARE(due, expected);
            runUntil(due + 5 * kMin); // the job takes five minutes
            QCOMPARE(ping(m), PingOutcome::Ok);
        }
        QVERIFY(incidents(m.id).isEmpty());
        // The job stops: late at 02:00 EDT, down at 03:00 EDT on Mar 21, exactly.
        runUntil(utc("2026-03-22T00:00:00Z"));
        const QList<Flip> f = flips(m.id);
        QCOMPARE(f[f.size() - 2].to, Status::Late);
        QCOMPARE(f[f.size() - 2].timeMs, utc("2026-03-21T06:00:00Z"));
        QCOMPARE(f.last().to, Status::Down);
        QCOMPARE(f.last().timeMs, utc("2026-03-21T07:00:00Z"));
        QCOMPARE(incidents(m.id).size(), 1);
    }

    void maxRunTimeDecidesHangWhateverTheGrace()
    {
        MonitorSpec spec;
        spec.name = QStringLiteral("m");
        spec.periodMs = kDay;
        spec.graceMs = kHour;
        spec.maxRunMs = 10 * kMin;
        QString error;
        const Monitor m = *m_engine->addMonitor(spec, &error);
        ping(m);
        ping(m, PingKind::Start);
        const qint64 started = m_clock.nowMs();
        runUntil(started + 10 * kMin - 1);
        QCOMPARE(m_engine->monitor(m.id)->status, Status::Started);
        runUntil(started + 10 * kMin); // not start + 1 h
        QCOMPARE(m_engine->monitor(m.id)->status, Status::Down);
        QCOMPARE(incidents(m.id).last().reason, QString::fromLatin1(Reason::Hung));
    }

    void slowRunRaisesAWarningNotADown()
    {
        MonitorSpec spec;
        spec.name = QStringLiteral("m");
        spec.periodMs = kDay;
        spec.slowRunMs = kMin;
        QString error;
        const Monitor m = *m_engine->addMonitor(spec, &error);
        ping(m, PingKind::Start);
        m_clock.advance(30'000);
        ping(m); // 30 s: fine
        ping(m, PingKind::Start);
        m_clock.advance(2 * kMin);
        ping(m); // 2 min: slow
        QCOMPARE(m_engine->monitor(m.id)->status, Status::Up);
        QList<Alert> alerts;
        AlertRepository(*m_db).alerts(m.id, 0, &alerts);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts[0].kind, AlertKind::Slow);
        QCOMPARE(alerts[0].facts.value("duration_ms").toDouble(), double(2 * kMin));
    }

    void keywordsDecideWhatAPlainPingMeans_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<Status>("status");
        QTest::addRow("success word")
                << QByteArray("Backup FINISHED in 3 min") << "success" << Status::Up;
        QTest::addRow("failure word wins")
                << QByteArray("finished with error: disk full") << "fail" << Status::Down;
        QTest::addRow("second failure word") << QByteArray("copy failed") << "fail" << Status::Down;
        QTest::addRow("start word")
                << QByteArray("starting nightly backup") << "start" << Status::Started;
        QTest::addRow("no word: ignored") << QByteArray("hello") << "ign" << Status::New;
    }
    void keywordsDecideWhatAPlainPingMeans()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, kind);
        QFETCH(Status, status);
        MonitorSpec spec;
        spec.name = QStringLiteral("mailed");
        spec.successKeywords = QStringLiteral("finished");
        spec.failureKeywords = QStringLiteral("error, failed");
        spec.startKeywords = QStringLiteral("starting");
        QString error;
        const Monitor m = *m_engine->addMonitor(spec, &error);
        Ping s;
        s.body = body;
        m_engine->submitPing(PingTarget::byToken(m.token), s, [](PingOutcome) {});
        m_engine->commitNow();
        QCOMPARE(m_engine->monitor(m.id)->status, status);
        PingRepository repo(*m_db);
        QList<Ping> stored;
        repo.list(m.id, 0, &stored);
        QCOMPARE(pingKindName(stored.last().kind), kind);
    }

    void onlyFailureKeywords()
    {
        MonitorSpec spec;
        spec.name = QStringLiteral("m");
        spec.failureKeywords = QStringLiteral("ERROR");
        QString error;
        const Monitor m = *m_engine->addMonitor(spec, &error);
        Ping s;
        s.body = "all good";
        m_engine->submitPing(PingTarget::byToken(m.token), s, [](PingOutcome) {});
        m_engine->commitNow();
        QCOMPARE(m_engine->monitor(m.id)->status, Status::Up);
        s.body = "ERROR: no space left";
        m_engine->submitPing(PingTarget::byToken(m.token), s, [](PingOutcome) {});
        m_engine->commitNow();
        QCOMPARE(m_engine->monitor(m.id)->status, Status::Down);
    }

    void downFlipIsStampedAtTheDeadlineEvenIfProcessedLate()
    {
        const Monitor m = add(QStringLiteral("m"), 10'000, 1000);
        ping(m);
        const qint64 t = m_clock.nowMs();
        runUntil(t + 60'000); // processed 49 s late
        const QList<Flip> f = flips(m.id);
        QCOMPARE(f.last().to, Status::Down);
        QCOMPARE(f.last().timeMs, t + 11'000);
    }

    void graceEdgeMilliseconds()
    {
        const Monitor m = add(QStringLiteral("m"), kHour, 5 * kMin);
        ping(m);
        const qint64 t = m_clock.nowMs();
        runUntil(t + kHour - 1);
        QCOMPARE(m_engine->monitor(m.id)->status, Status::Up);
        runUntil(t + kHour);
        QCOMPARE(m_engine->monitor(m.id)->status, Status::Late);
        runUntil(t + kHour + 5 * kMin - 1);
        QCOMPARE(m_engine->monitor(m.id)->status, Status::Late);
        runUntil(t + kHour + 5 * kMin);
        QCOMPARE(m_engine->monitor(m.id)->status, Status::Down);
    }

    void hungRun()
    {
        const Monitor m = add(QStringLiteral("m"), kDay, 30 * kMin);
        ping(m);
        runUntil(m_clock.nowMs() + 23 * kHour);
        ping(m, PingKind::Start);
        const qint64 started = m_clock.nowMs();
        QCOMPARE(m_engine->monitor(m.id)->status, Status::Started);
        runUntil(started + 30 * kMin - 1);
        QCOMPARE(m_engine->monitor(m.id)->status, Status::Started);
        runUntil(started + 30 * kMin);
        QCOMPARE(m_engine->monitor(m.id)->status, Status::Down);
        QCOMPARE(incidents(m.id).last().reason, QString::fromLatin1(Reason::Hung));
    }

    void failIsDownAtOnce()
    {
        const Monitor m = add(QStringLiteral("m"), kDay, kHour);
        ping(m);
        ping(m, PingKind::Fail, {}, 137);
        QCOMPARE(m_engine->monitor(m.id)->status, Status::Down);
        QCOMPARE(incidents(m.id).size(), 1);
        QCOMPARE(incidents(m.id)[0].reason, QStringLiteral("exit:137"));
        ping(m, PingKind::Fail); // already down: no second incident
        QCOMPARE(incidents(m.id).size(), 1);
    }

    void pauseAndResume()
    {
        const Monitor m = add(QStringLiteral("m"), 10'000, 1000);
        ping(m);
        QString error;
        QVERIFY(m_engine->pauseMonitor(m.id, &error));
        runUntil(m_clock.nowMs() + kDay);
        QCOMPARE(m_engine->monitor(m.id)->status, Status::Paused);
        ping(m, PingKind::Fail);
        QCOMPARE(m_engine->monitor(m.id)->status, Status::Paused);
        QVERIFY(m_engine->resumeMonitor(m.id, &error));
        QCOMPARE(m_engine->monitor(m.id)->status, Status::Up);
        runUntil(m_clock.nowMs() + 11'000);
        QCOMPARE(m_engine->monitor(m.id)->status, Status::Down);
    }

    void retentionKeepsTheNewest()
    {
        EngineOptions options;
        options.pingsKeptPerMonitor = 50;
        open(options);
        const Monitor m = add(QStringLiteral("m"), kHour, kMin);
        for (int i = 0; i < 200; ++i) {
            m_clock.advance(1000);
            ping(m);
        }
        PingRepository repo(*m_db);
        QList<Ping> kept;
        // Not inside the pings' commits: those only stored.
        QVERIFY(repo.list(m.id, 0, &kept));
        QCOMPARE(kept.size(), 200);
        QCOMPARE(m_engine->monitor(m.id)->storedPings, 200);
        QVERIFY(m_engine->pruneNow());
        kept.clear();
        QVERIFY(repo.list(m.id, 0, &kept));
        QCOMPARE(kept.size(), 50);
        QCOMPARE(m_engine->monitor(m.id)->storedPings, 50);
        QCOMPARE(kept.last().timeMs, m_clock.nowMs());  // the newest survive
        QCOMPARE(m_engine->monitor(m.id)->nPings, 200); // all ever received
        // The timer prunes by itself, once a monitor is 10% over the cap.
        for (int i = 0; i < 4; ++i) {
            m_clock.advance(1000);
            ping(m);
        }
        QTest::qWait(50);
        QCOMPARE(m_engine->monitor(m.id)->storedPings, 54); // within the slack: left alone
        for (int i = 0; i < 10; ++i) {
            m_clock.advance(1000);
            ping(m);
        }
        QTRY_COMPARE(m_engine->monitor(m.id)->storedPings, 50);
        kept.clear();
        QVERIFY(repo.list(m.id, 0, &kept));
        QCOMPARE(kept.size(), 50);
        QCOMPARE(kept.last().timeMs, m_clock.nowMs());
    }

    void pruningGoesInBoundedSteps()
    {
        open();
        const Monitor big = add(QStringLiteral("big"), kHour, kMin);
        const Monitor small = add(QStringLiteral("small"), kHour, kMin);
        PingRepository repo(*m_db);
        QVERIFY(m_db->begin());
        for (int i = 0; i < 2600; ++i) {
            Ping p;
            p.monitorId = i % 100 == 0 ? small.id : big.id;
            p.timeMs = 1000 + i;
            QVERIFY(repo.insert(&p));
        }
        QVERIFY(m_db->commit());
        auto stored = [&](qint64 id) {
            QList<Ping> all;
            repo.list(id, 0, &all);
            return all;
        };
        QHash<qint64, qint64> counts{{big.id, 2574}, {small.id, 26}};
        PingPruner pruner(*m_db);
        pruner.stored(big.id, counts[big.id], 100);
        pruner.stored(small.id, counts[small.id], 100); // under the cap: not due
        QVERIFY(!pruner.isIdle());
        // 2,474 rows of one monitor to delete: never more than a step's worth at once.
        int steps = 0;
        while (!pruner.isIdle() && steps < 10) {
            const PingPruner::Step step = pruner.step(100, [&](qint64 id) { return counts[id]; });
            QVERIFY(step.ok);
            QVERIFY2(step.rows <= PingPruner::kStepRows, qPrintable(QString::number(step.rows)));
            counts[big.id] = step.storedAfter.value(big.id);
            QCOMPARE(qint64(stored(big.id).size()), counts[big.id]);
            ++steps;
        }
        QCOMPARE(steps, 3);
        const QList<Ping> kept = stored(big.id);
        QCOMPARE(kept.size(), 100);
        QCOMPARE(kept.last().timeMs, 1000 + 2599);  // the newest survive
        QCOMPARE(kept.first().timeMs, 1000 + 2499); // and only they (2500 is small's)
        QCOMPARE(stored(small.id).size(), 26);
        // A monitor that is gone (-1) or already under the cap is dropped, not pruned.
        pruner.stored(small.id, 500, 100);
        const PingPruner::Step gone = pruner.step(100, [](qint64) { return qint64(-1); });
        QVERIFY(gone.ok);
        QCOMPARE(gone.rows, 0);
        QVERIFY(pruner.isIdle());
        QCOMPARE(stored(small.id).size(), 26);
    }

    void sleepGapDoesNotAlert()
    {
        const Monitor m = add(QStringLiteral("m"), kHour, 5 * kMin);
        ping(m);
        const qint64 t = m_clock.nowMs();
        m_engine->tick();
        // The workstation sleeps for 8 hours: no tick, no timer, no monotonic time.
        m_clock.suspend(8 * kHour);
        m_engine->tick();
        QVERIFY(incidents(m.id).isEmpty());
        QVERIFY(m_engine->monitor(m.id)->status != Status::Down);
        HistoryRepository h(*m_db);
        QList<ListeningSpan> spans;
        QVERIFY(h.spans(&spans));
        QCOMPARE(spans.size(), 2);
        QCOMPARE(spans[0].endMs, t);
        QCOMPARE(spans[1].startMs, t + 8 * kHour);
        // The next window is watched again.
        runUntil(t + 10 * kHour);
        QCOMPARE(m_engine->monitor(m.id)->status, Status::Down);
    }

    void deadlineTimerBeforeTheTickAfterASleep()
    {
        const Monitor m = add(QStringLiteral("m"), kHour, 5 * kMin);
        ping(m);
        m_engine->tick();
        m_clock.suspend(5 * kHour);
        m_engine->processDue(); // the deadline timer wins the race against the tick
        QVERIFY(incidents(m.id).isEmpty());
        QVERIFY(m_engine->monitor(m.id)->status != Status::Down);
    }

    void cronMonitorAfterDowntimeIsExpectedAtTheNextMatch()
    {
        m_clock.setNow(QDateTime::fromString(QStringLiteral("2026-06-01T02:05:00Z"), Qt::ISODate)
                               .toMSecsSinceEpoch());
        MonitorSpec spec;
        spec.name = QStringLiteral("c");
        spec.cron = QStringLiteral("0 2 * * *");
        spec.timeZone = QStringLiteral("UTC");
        spec.graceMs = kHour;
        QString error;
        const Monitor m = *m_engine->addMonitor(spec, &error);
        ping(m);
        m_engine->stop();
        // Off for three days; back at 10:00 on June 4th.
        m_clock.setNow(QDateTime::fromString(QStringLiteral("2026-06-04T10:00:00Z"), Qt::ISODate)
                               .toMSecsSinceEpoch());
        openEngineSameDb();
        QVERIFY(incidents(m.id).isEmpty());
        QCOMPARE(m_engine->monitor(m.id)->statusReason, QString::fromLatin1(Reason::Unwatched));
        // The job ran each night; its pings waited in its spool and arrive now.
        for (int day = 2; day <= 4; ++day)
            QCOMPARE(latePing(m,
                              QDateTime::fromString(
                                      QStringLiteral("2026-06-0%1T02:01:00Z").arg(day), Qt::ISODate)
                                      .toMSecsSinceEpoch()),
                     PingOutcome::Ok);
        QCOMPARE(m_engine->monitor(m.id)->status, Status::Up);
        QCOMPARE(m_engine->monitor(m.id)->nextDueMs,
                 QDateTime::fromString(QStringLiteral("2026-06-05T02:00:00Z"), Qt::ISODate)
                         .toMSecsSinceEpoch());
        runUntil(m_clock.nowMs() + kHour);
        QVERIFY(incidents(m.id).isEmpty());
    }

    void aClockChangeIsNotASleep()
    {
        const Monitor m = add(QStringLiteral("m"), 10 * kHour, 5 * kMin);
        ping(m);
        m_engine->tick();
        m_clock.advance(15'000);
        m_clock.changeWallClock(3 * kHour); // someone sets the clock forward
        m_engine->tick();
        HistoryRepository h(*m_db);
        QList<ListeningSpan> spans;
        QVERIFY(h.spans(&spans));
        QCOMPARE(spans.size(), 1); // still one listening span: no "no data"
        QCOMPARE(spans[0].endMs, m_clock.nowMs());
        QCOMPARE(m_engine->monitor(m.id)->status, Status::Up);
        // A real sleep, by contrast, opens a new span.
        m_clock.suspend(kHour);
        m_engine->tick();
        spans.clear();
        QVERIFY(h.spans(&spans));
        QCOMPARE(spans.size(), 2);
    }

    void aDeadlineMissedWhileNotListeningSettlesThenGoesDown()
    {
        const Monitor m = add(QStringLiteral("m"), kHour, 5 * kMin);
        const Monitor ran = add(QStringLiteral("ran"), kHour, 5 * kMin);
        const Monitor soon = add(QStringLiteral("soon"), 5 * kHour + 12 * kMin, 5 * kMin);
        ping(m);
        ping(ran);
        ping(soon);
        const qint64 stopped = m_clock.nowMs();
        m_engine->stop();
        m_clock.advance(5 * kHour + 10 * kMin);
        const qint64 back = m_clock.nowMs();
        openEngineSameDb();
        // Late for want of watching, for the settle window: no alert yet.
        QVERIFY(incidents(m.id).isEmpty());
        QCOMPARE(m_engine->monitor(m.id)->status, Status::Late);
        QCOMPARE(m_engine->monitor(m.id)->statusReason, QString::fromLatin1(Reason::Unwatched));
        QCOMPARE(StateMachine::downAt(*m_engine->monitor(m.id)), back + defaults::kSettleMs);
        // Not yet due: untouched by the gap.
        QCOMPARE(m_engine->monitor(soon.id)->status, Status::Up);
        // The job that ran: its five pings arrive from the spool, dated when meant.
        for (int h = 1; h <= 5; ++h)
            QCOMPARE(latePing(ran, stopped + h * kHour - kMin), PingOutcome::Ok);
        QCOMPARE(m_engine->monitor(ran.id)->status, Status::Up);
        QCOMPARE(m_engine->monitor(ran.id)->lastPingMs, stopped + 5 * kHour - kMin);
        QCOMPARE(m_engine->monitor(ran.id)->nextDueMs, stopped + 6 * kHour - kMin);
        // The one whose job never ran goes down when the window ends, not a period later.
        runUntil(back + defaults::kSettleMs - 1);
        QCOMPARE(m_engine->monitor(m.id)->status, Status::Late);
        runUntil(back + defaults::kSettleMs);
        QCOMPARE(m_engine->monitor(m.id)->status, Status::Down);
        QCOMPARE(m_engine->monitor(m.id)->statusReason,
                 QString::fromLatin1(Reason::MissedUnwatched));
        const QList<Incident> opened = incidents(m.id);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened[0].startMs, back + defaults::kSettleMs);
        QVERIFY(incidents(ran.id).isEmpty());
        QCOMPARE(m_engine->monitor(ran.id)->status, Status::Up);
        // Each flip of the history in order of time.
        const QList<Flip> history = flips(m.id);
        for (qsizetype i = 1; i < history.size(); ++i)
            QVERIFY(history[i].timeMs >= history[i - 1].timeMs);
    }

    void aSleepIsSummedUpOnce()
    {
        const Monitor billing = add(QStringLiteral("nightly-billing"), 4 * kHour, 10 * kMin);
        const Monitor backup = add(QStringLiteral("backup"), 4 * kHour, 10 * kMin);
        const Monitor later = add(QStringLiteral("weekly"), 7 * kDay, kHour);
        ping(billing);
        ping(backup);
        ping(later);
        m_engine->tick();
        QSignalSpy spy(m_engine.get(), &Engine::unwatched);
        const qint64 asleepAt = m_clock.nowMs();
        m_clock.suspend(8 * kHour);
        m_engine->tick();
        QTRY_COMPARE(spy.size(), 1);
        QCOMPARE(spy[0][0].toLongLong(), asleepAt);
        QCOMPARE(spy[0][1].toLongLong(), m_clock.nowMs());
        QCOMPARE(spy[0][2].toStringList(), (QStringList{"backup", "nightly-billing"}));
        m_engine->tick();
        runUntil(m_clock.nowMs() + kMin);
        QTest::qWait(50);
        QCOMPARE(spy.size(), 1); // said once, not on every tick
        const QString text
                = human::unwatchedSummary(asleepAt, m_clock.nowMs(), spy[0][2].toStringList());
        QVERIFY2(text.contains(QLatin1String("00:00")) // when it fell asleep
                         && text.contains(
                                 QLatin1String("passed unwatched: backup, nightly-billing")),
                 qPrintable(text));
        QVERIFY(text.contains(QLatin1String("always-on machine")));
    }

    void aLatePingIsDatedWithinTheGapOnly()
    {
        const Monitor m = add(QStringLiteral("m"), kHour, 5 * kMin);
        ping(m);
        const qint64 first = m_clock.nowMs();
        // Claimed for an instant Uptrack was listening: not believed.
        m_clock.advance(10 * kMin);
        QCOMPARE(latePing(m, first + 5 * kMin), PingOutcome::Ok);
        QCOMPARE(m_engine->monitor(m.id)->lastPingMs, m_clock.nowMs());
        const qint64 second = m_clock.nowMs();
        m_engine->stop();
        m_clock.advance(3 * kHour);
        openEngineSameDb();
        // Never before the previous ping, never after the arrival.
        QCOMPARE(latePing(m, second - kHour), PingOutcome::Ok);
        QCOMPARE(m_engine->monitor(m.id)->lastPingMs, second);
        QCOMPARE(latePing(m, m_clock.nowMs() + kHour), PingOutcome::Ok);
        QCOMPARE(m_engine->monitor(m.id)->lastPingMs, m_clock.nowMs());
        PingRepository pings(*m_db);
        QList<Ping> stored;
        QVERIFY(pings.list(m.id, 10, &stored));
        QCOMPARE(stored.size(), 4);
        QCOMPARE(stored[1].timeMs, second); // oldest first: the one claimed while listening
        QCOMPARE(stored[1].receivedMs, -1);
        QCOMPARE(stored[2].timeMs, second); // dated back to the previous ping
        QCOMPARE(stored[2].receivedMs, m_clock.nowMs());
        QCOMPARE(stored[3].receivedMs, -1); // claimed for later than it came
    }

    void aRunAcrossTheGapKeepsItsStartAndDuration()
    {
        const Monitor m = add(QStringLiteral("m"), kDay, 30 * kMin);
        ping(m);
        m_clock.advance(kDay - kMin);
        const QString rid = QStringLiteral("00000000-0000-4000-8000-000000000042");
        ping(m, PingKind::Start, rid);
        const qint64 started = m_clock.nowMs();
        m_engine->stop();
        m_clock.advance(8 * kHour); // asleep while the run finished
        openEngineSameDb();
        QCOMPARE(m_engine->monitor(m.id)->status, Status::Late);
        QCOMPARE(m_engine->monitor(m.id)->statusReason, QString::fromLatin1(Reason::Unwatched));
        QCOMPARE(latePing(m, started + 40 * kMin, PingKind::Success, rid), PingOutcome::Ok);
        QCOMPARE(m_engine->monitor(m.id)->status, Status::Up);
        QCOMPARE(m_engine->monitor(m.id)->lastDurationMs, 40 * kMin);
        QCOMPARE(m_engine->monitor(m.id)->nextDueMs, started + 40 * kMin + kDay);
        runUntil(m_clock.nowMs() + defaults::kSettleMs + kMin);
        QVERIFY(incidents(m.id).isEmpty());
    }

    void settleZeroGoesDownAtOnce()
    {
        const Monitor m = add(QStringLiteral("m"), kHour, 5 * kMin);
        ping(m);
        m_engine->stop();
        m_clock.advance(3 * kHour);
        const qint64 back = m_clock.nowMs();
        EngineOptions options;
        options.settleMs = 0;
        closeEngine();
        open(options);
        QCOMPARE(m_engine->monitor(m.id)->status, Status::Down);
        QCOMPARE(incidents(m.id).size(), 1);
        QCOMPARE(incidents(m.id)[0].startMs, back);
    }

    void unknownTokenAndSlug()
    {
        Ping s;
        std::optional<PingOutcome> outcome;
        m_engine->submitPing(
                PingTarget::byToken(QStringLiteral("00000000-0000-4000-8000-000000000000")), s,
                [&](PingOutcome o) { outcome = o; });
        QCOMPARE(outcome, PingOutcome::NotFound);

        PingTarget bySlug;
        bySlug.pingKey = m_engine->pingKey();
        bySlug.slug = QStringLiteral("backup");
        m_engine->submitPing(bySlug, s, [&](PingOutcome o) { outcome = o; });
        QCOMPARE(outcome, PingOutcome::NotFound);

        bySlug.create = true;
        outcome.reset();
        m_engine->submitPing(bySlug, s, [&](PingOutcome o) { outcome = o; });
        m_engine->commitNow();
        QCOMPARE(outcome, PingOutcome::Created);
        QVERIFY(m_engine->find(QStringLiteral("backup")));

        bySlug.pingKey = QStringLiteral("wrong-key");
        m_engine->submitPing(bySlug, s, [&](PingOutcome o) { outcome = o; });
        QCOMPARE(outcome, PingOutcome::NotFound);
    }

    void pingsShareACommitAndAreAnsweredAfterIt()
    {
        const Monitor m = add(QStringLiteral("m"), kHour, kMin);
        int answered = 0;
        for (int i = 0; i < 50; ++i) {
            Ping s;
            m_engine->submitPing(PingTarget::byToken(m.token), s,
                                 [&](PingOutcome o) { answered += o == PingOutcome::Ok; });
        }
        QCOMPARE(m_engine->pendingPings(), 50);
        QCOMPARE(answered, 0); // nothing is answered before it is on disk
        {
            PingRepository repo(*m_db);
            QList<Ping> stored;
            repo.list(m.id, 0, &stored);
            QCOMPARE(stored.size(), 0);
        }
        QVERIFY(m_engine->commitNow()); // one transaction for all of them
        QCOMPARE(answered, 50);
        PingRepository repo(*m_db);
        QList<Ping> stored;
        repo.list(m.id, 0, &stored);
        QCOMPARE(stored.size(), 50);
        // The event loop commits by itself, too.
        Ping s;
        bool late = false;
        m_engine->submitPing(PingTarget::byToken(m.token), s, [&](PingOutcome) { late = true; });
        QTRY_VERIFY(late);
    }

    void refusedWriteIsReportedAndForgotten()
    {
        const Monitor m = add(QStringLiteral("m"), kHour, kMin);
        QSignalSpy failed(m_engine.get(), &Engine::storageFailed);
        QSignalSpy recovered(m_engine.get(), &Engine::storageRecovered);
        QSqlQuery(m_db->sql()).exec(QStringLiteral("PRAGMA query_only=1")); // writes now fail
        QCOMPARE(ping(m), PingOutcome::StorageFailed);
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
        // Memory matches the disk: the refused ping left no trace.
        QCOMPARE(m_engine->monitor(m.id)->status, Status::New);
        QCOMPARE(m_engine->monitor(m.id)->nPings, 0);
        QSqlQuery(m_db->sql()).exec(QStringLiteral("PRAGMA query_only=0"));
        QCOMPARE(ping(m), PingOutcome::Ok);
        QCOMPARE(recovered.count(), 1);
        QCOMPARE(m_engine->monitor(m.id)->status, Status::Up);
        QCOMPARE(m_engine->monitor(m.id)->nPings, 1);
    }

    void monitorsChangedIsCoalesced()
    {
        const Monitor m = add(QStringLiteral("m"), kHour, kMin);
        QSignalSpy spy(m_engine.get(), &Engine::monitorsChanged);
        for (int i = 0; i < 100; ++i)
            ping(m);
        QTRY_VERIFY(spy.count() >= 1);
        QTest::qWait(150);
        QVERIFY2(spy.count() <= 2, qPrintable(QString::number(spy.count())));
    }

    void slugsAreUnique()
    {
        const Monitor a = add(QStringLiteral("Nightly Billing"), kDay, kHour);
        const Monitor b = add(QStringLiteral("nightly billing"), kDay, kHour);
        QCOMPARE(a.slug, QStringLiteral("nightly-billing"));
        QCOMPARE(b.slug, QStringLiteral("nightly-billing-2"));
        MonitorSpec spec;
        spec.name = QStringLiteral("x");
        spec.slug = QStringLiteral("nightly-billing");
        QString error;
        QVERIFY(!m_engine->addMonitor(spec, &error));
        QVERIFY(error.contains(QLatin1String("already used")));
    }

private:
    void openEngineSameDb()
    {
        m_engine.reset();
        QString error;
        m_engine = std::make_unique<Engine>(*m_db, m_clock);
        QVERIFY2(m_engine->load(&error), qPrintable(error));
        m_engine->start();
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
