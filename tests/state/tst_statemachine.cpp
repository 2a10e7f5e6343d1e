// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "state/statemachine.h"

#include <QTest>

using namespace uptrack;

namespace {
constexpr qint64 kT0 = 1'767'225'600'000; // 2026-01-01T00:00:00Z
constexpr qint64 kMin = 60'000;
constexpr qint64 kHour = 3'600'000;

Monitor hourly()
{
    Monitor m;
    m.id = 1;
    m.schedule = Schedule(kHour);
    m.graceMs = 5 * kMin;
    m.createdMs = kT0;
    return m;
}

Ping ping(PingKind kind, qint64 at, const QString &rid = {}, int exitStatus = -1)
{
    Ping p;
    p.monitorId = 1;
    p.kind = kind;
    p.timeMs = at;
    p.rid = rid;
    p.exitStatus = exitStatus;
    return p;
}
} // namespace

class TestStateMachine : public QObject
{
    Q_OBJECT
private slots:
    void newMonitorWaitsForever()
    {
        Monitor m = hourly();
        QCOMPARE(StateMachine::nextWake(m), -1);
        QVERIFY(StateMachine::onDeadline(m, kT0 + 1000 * kHour).isEmpty());
        QCOMPARE(m.status, Status::New);
    }

    void successMakesUpAndArmsLate()
    {
        Monitor m = hourly();
        Ping p = ping(PingKind::Success, kT0);
        const StateChange c = StateMachine::onPing(m, p);
        QCOMPARE(m.status, Status::Up);
        QCOMPARE(c.flips.size(), 1);
        QCOMPARE(c.flips[0].from, Status::New);
        QCOMPARE(c.flips[0].to, Status::Up);
        QCOMPARE(m.lastPingMs, kT0);
        QCOMPARE(m.nextDueMs, kT0 + kHour);
        QCOMPARE(m.nPings, 1);
        QCOMPARE(StateMachine::nextWake(m), kT0 + kHour);
        QCOMPARE(StateMachine::downAt(m), kT0 + kHour + 5 * kMin);
    }

    void graceEdges_data()
    {
        QTest::addColumn<qint64>("at");
        QTest::addColumn<Status>("expected");
        QTest::addRow("1 ms before due") << kT0 + kHour - 1 << Status::Up;
        QTest::addRow("at due") << kT0 + kHour << Status::Late;
        QTest::addRow("1 ms before down") << kT0 + kHour + 5 * kMin - 1 << Status::Late;
        QTest::addRow("at down") << kT0 + kHour + 5 * kMin << Status::Down;
        QTest::addRow("1 ms after down") << kT0 + kHour + 5 * kMin + 1 << Status::Down;
    }
    void graceEdges()
    {
        QFETCH(qint64, at);
        QFETCH(Status, expected);
        Monitor m = hourly();
        Ping p = ping(PingKind::Success, kT0);
        StateMachine::onPing(m, p);
        // Walk the wakes in order, as the engine does, up to `at`.
        for (qint64 wake = StateMachine::nextWake(m); wake >= 0 && wake <= at;
             wake = StateMachine::nextWake(m))
            StateMachine::onDeadline(m, wake);
        QCOMPARE(m.status, expected);
    }

    void downOpensIncidentAtTheDeadline()
    {
        Monitor m = hourly();
        Ping p = ping(PingKind::Success, kT0);
        StateMachine::onPing(m, p);
        StateMachine::onDeadline(m, kT0 + kHour);
        const StateChange c = StateMachine::onDeadline(m, kT0 + kHour + 5 * kMin);
        QVERIFY(c.openIncident);
        QCOMPARE(c.incidentAt, kT0 + kHour + 5 * kMin);
        QCOMPARE(c.incidentReason, QString::fromLatin1(Reason::Missed));
        QCOMPARE(c.flips[0].timeMs, kT0 + kHour + 5 * kMin);
        QCOMPARE(StateMachine::nextWake(m), -1);

        Ping back = ping(PingKind::Success, kT0 + 2 * kHour);
        const StateChange r = StateMachine::onPing(m, back);
        QVERIFY(r.closeIncident);
        QCOMPARE(r.incidentAt, kT0 + 2 * kHour);
        QCOMPARE(m.status, Status::Up);
    }

    void zeroGraceGoesStraightDown()
    {
        Monitor m = hourly();
        m.graceMs = 0;
        Ping p = ping(PingKind::Success, kT0);
        StateMachine::onPing(m, p);
        StateMachine::onDeadline(m, kT0 + kHour);
        QCOMPARE(m.status, Status::Down);
    }

    void failAndExitStatus_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("exitStatus");
        QTest::addColumn<Status>("expected");
        QTest::addColumn<QString>("reason");
        QTest::addRow("fail") << int(PingKind::Fail) << -1 << Status::Down << "failed";
        QTest::addRow("exit 0") << int(PingKind::Success) << 0 << Status::Up << "ping";
        QTest::addRow("exit 1") << int(PingKind::Fail) << 1 << Status::Down << "exit:1";
        QTest::addRow("exit 137") << int(PingKind::Fail) << 137 << Status::Down << "exit:137";
        QTest::addRow("exit 255") << int(PingKind::Fail) << 255 << Status::Down << "exit:255";
    }
    void failAndExitStatus()
    {
        QFETCH(int, kind);
        QFETCH(int, exitStatus);
        QFETCH(Status, expected);
        QFETCH(QString, reason);
        Monitor m = hourly();
        Ping ok = ping(PingKind::Success, kT0);
        StateMachine::onPing(m, ok);
        Ping p = ping(PingKind(kind), kT0 + kMin, {}, exitStatus);
        const StateChange c = StateMachine::onPing(m, p);
        QCOMPARE(m.status, expected);
        QCOMPARE(c.flips.isEmpty() ? QStringLiteral("ping") : c.flips[0].reason, reason);
        QCOMPARE(c.openIncident, expected == Status::Down);
        QCOMPARE(m.lastPingMs, kT0 + kMin); // a failure is a ping too
    }

    void startThenFinishMeasuresDuration()
    {
        Monitor m = hourly();
        Ping s = ping(PingKind::Start, kT0);
        StateMachine::onPing(m, s);
        QCOMPARE(m.status, Status::Started);
        QCOMPARE(m.lastPingMs, -1); // a start is not a finish
        Ping f = ping(PingKind::Success, kT0 + 90'000);
        StateMachine::onPing(m, f);
        QCOMPARE(f.durationMs, 90'000);
        QCOMPARE(m.lastDurationMs, 90'000);
        QCOMPARE(m.status, Status::Up);
        QVERIFY(m.runs.isEmpty());
    }

    void ridPairsOverlappingRuns()
    {
        Monitor m = hourly();
        const QString a = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
        const QString b = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002");
        Ping sa = ping(PingKind::Start, kT0, a);
        Ping sb = ping(PingKind::Start, kT0 + 10'000, b);
        StateMachine::onPing(m, sa);
        StateMachine::onPing(m, sb);
        Ping fb = ping(PingKind::Success, kT0 + 15'000, b);
        StateMachine::onPing(m, fb);
        QCOMPARE(fb.durationMs, 5000);
        QCOMPARE(m.status, Status::Started); // run a is still going
        Ping fa = ping(PingKind::Success, kT0 + 40'000, a);
        StateMachine::onPing(m, fa);
        QCOMPARE(fa.durationMs, 40'000);
        QCOMPARE(m.status, Status::Up);
    }

    void hungRunGoesDown()
    {
        Monitor m = hourly();
        Ping ok = ping(PingKind::Success, kT0);
        StateMachine::onPing(m, ok);
        Ping s = ping(PingKind::Start, kT0 + 10 * kMin);
        StateMachine::onPing(m, s);
        // min(start, due) + grace: the start.
        QCOMPARE(StateMachine::nextWake(m), kT0 + 15 * kMin);
        QVERIFY(StateMachine::onDeadline(m, kT0 + 15 * kMin - 1).isEmpty());
        const StateChange c = StateMachine::onDeadline(m, kT0 + 15 * kMin);
        QCOMPARE(m.status, Status::Down);
        QCOMPARE(c.incidentReason, QString::fromLatin1(Reason::Hung));
        QVERIFY(m.runs.isEmpty());
    }

    void startOnDownMonitorKeepsIncidentOpen()
    {
        Monitor m = hourly();
        Ping f = ping(PingKind::Fail, kT0);
        StateMachine::onPing(m, f);
        Ping s = ping(PingKind::Start, kT0 + kMin);
        QVERIFY(StateMachine::onPing(m, s).isEmpty());
        QCOMPARE(m.status, Status::Down);
    }

    void logChangesNothing()
    {
        Monitor m = hourly();
        Ping ok = ping(PingKind::Success, kT0);
        StateMachine::onPing(m, ok);
        Ping l = ping(PingKind::Log, kT0 + kMin);
        QVERIFY(StateMachine::onPing(m, l).isEmpty());
        QCOMPARE(m.lastPingMs, kT0);
        QCOMPARE(m.nPings, 2);
    }

    void pauseIgnoresPingsUntilResumed()
    {
        Monitor m = hourly();
        Ping ok = ping(PingKind::Success, kT0);
        StateMachine::onPing(m, ok);
        const StateChange p = StateMachine::pause(m, kT0 + kMin);
        QCOMPARE(m.status, Status::Paused);
        QCOMPARE(p.flips.size(), 1);
        QCOMPARE(StateMachine::nextWake(m), -1);
        Ping fail = ping(PingKind::Fail, kT0 + 2 * kMin);
        QVERIFY(StateMachine::onPing(m, fail).isEmpty());
        QCOMPARE(m.status, Status::Paused);
        QCOMPARE(m.nPings, 2); // counted, ignored
        StateMachine::resume(m, kT0 + 10 * kMin);
        QCOMPARE(m.status, Status::Up);
        QCOMPARE(m.nextDueMs, kT0 + 10 * kMin + kHour); // a fresh window
    }

    void pauseClosesOpenIncident()
    {
        Monitor m = hourly();
        Ping f = ping(PingKind::Fail, kT0);
        StateMachine::onPing(m, f);
        const StateChange c = StateMachine::pause(m, kT0 + kMin);
        QVERIFY(c.closeIncident);
    }

    void resumeOnPing()
    {
        Monitor m = hourly();
        m.resumeOnPing = true;
        StateMachine::pause(m, kT0);
        Ping ok = ping(PingKind::Success, kT0 + kMin);
        const StateChange c = StateMachine::onPing(m, ok);
        QCOMPARE(m.status, Status::Up);
        QCOMPARE(c.flips.size(), 2); // paused -> new, new -> up
    }

    void gapSettlesBeforeGoingDown()
    {
        Monitor m = hourly();
        Ping ok = ping(PingKind::Success, kT0);
        StateMachine::onPing(m, ok);
        // Not listening from kT0+30min to kT0+10h: the deadline passed unwatched.
        const qint64 listenStart = kT0 + 10 * kHour;
        const qint64 settle = 10 * kMin;
        StateChange c = StateMachine::onGap(m, listenStart, listenStart, settle);
        QCOMPARE(m.status, Status::Late);
        QCOMPARE(m.statusReason, QString::fromLatin1(Reason::Unwatched));
        QCOMPARE(m.statusSinceMs, listenStart);
        QVERIFY(!c.openIncident);
        QCOMPARE(StateMachine::nextWake(m), listenStart + settle);
        QCOMPARE(StateMachine::downAt(m), listenStart + settle);
        // A ping that waited in a spool: dated when meant, the change when it arrived.
        Monitor saved = m;
        Ping late = ping(PingKind::Success, kT0 + 55 * kMin);
        late.receivedMs = listenStart + kMin;
        c = StateMachine::onPing(m, late);
        QCOMPARE(m.status, Status::Up);
        QCOMPARE(m.statusSinceMs, listenStart + kMin);
        QCOMPARE(m.lastPingMs, kT0 + 55 * kMin);
        QCOMPARE(m.nextDueMs, kT0 + 115 * kMin);
        QCOMPARE(m.settleUntilMs, -1);
        // None came: down when the window ends.
        m = saved;
        c = StateMachine::onDeadline(m, listenStart + settle);
        QCOMPARE(m.status, Status::Down);
        QCOMPARE(m.statusReason, QString::fromLatin1(Reason::MissedUnwatched));
        QVERIFY(c.openIncident);
        QCOMPARE(c.incidentAt, listenStart + settle);
    }

    void gapWithOnlyTheDueInstantInsideIsPlainLate()
    {
        Monitor m = hourly(); // due at kT0+1h, down at +5 min
        Ping ok = ping(PingKind::Success, kT0);
        StateMachine::onPing(m, ok);
        const qint64 listenStart = m.nextDueMs + 1; // back a moment after it was due
        StateMachine::onGap(m, listenStart, listenStart, 10 * kMin);
        QCOMPARE(m.status, Status::Late);
        QCOMPARE(m.statusReason, QString::fromLatin1(Reason::Late));
        QCOMPARE(StateMachine::downAt(m), m.nextDueMs + m.graceMs);
    }

    void runsAreBounded()
    {
        Monitor m = hourly();
        for (int i = 0; i < 1000; ++i) {
            Ping s = ping(
                    PingKind::Start, kT0 + i,
                    QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')));
            StateMachine::onPing(m, s);
        }
        QCOMPARE(m.runs.size(), StateMachine::kMaxRuns);
    }
};

QTEST_GUILESS_MAIN(TestStateMachine)
#include "tst_statemachine.moc"
