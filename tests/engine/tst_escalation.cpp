// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Escalation on a fake clock: a channel with a delay hears of an outage only once it
// lasted that long, and of the recovery only if it heard of the down; an
// acknowledgement or a recovery cancels what is pending; restarts send nothing twice.
#include "policytest.h"

#include <QJsonArray>

using namespace uptrack;
using namespace testsupport;

class TestEscalation : public PolicyTest
{
    Q_OBJECT

    Channel m_ops;
    Channel m_boss;

    /// The kinds of alert `channel` got about `monitorId`, oldest first.
    QStringList heardBy(qint64 monitorId, const Channel &channel)
    {
        QStringList kinds;
        for (const Alert &a : alerts(monitorId)) {
            QList<Delivery> ds;
            AlertRepository(*m_db).deliveriesOf(a.id, &ds);
            for (const Delivery &d : std::as_const(ds)) {
                if (d.channelId == channel.id)
                    kinds.append(alertKindName(a.kind));
            }
        }
        return kinds;
    }

    Monitor escalated()
    {
        m_ops = channel(QStringLiteral("ops"), 0);
        m_boss = channel(QStringLiteral("boss"), 0);
        const Monitor m = add(QStringLiteral("backup"), [](MonitorSpec &s) {
            s.channels = QStringList{QStringLiteral("ops"), QStringLiteral("boss")};
            s.channelDelays.insert(QStringLiteral("boss"), 30 * kMin);
        });
        ping(m);
        return m;
    }

private slots:
    void init()
    {
        nextDatabase();
        m_clock.setNow(kT0);
        open();
    }
    void cleanup() { closeEngine(); }

    void theDelayedChannelHearsOnceTheOutageLasted()
    {
        const Monitor m = escalated();
        QCOMPARE(monitor(m.id).channelDelays.value(m_boss.id), 30 * kMin);
        runUntil(kT0 + kHour + 10 * kMin); // down
        QCOMPARE(heardBy(m.id, m_ops), QStringList{QStringLiteral("down")});
        QVERIFY(heardBy(m.id, m_boss).isEmpty());
        runUntil(kT0 + kHour + 39 * kMin);
        QVERIFY(heardBy(m.id, m_boss).isEmpty());
        runUntil(kT0 + kHour + 40 * kMin); // 30 min later
        QCOMPARE(heardBy(m.id, m_boss), QStringList{QStringLiteral("down")});
        const Alert escalation = alerts(m.id).last();
        QCOMPARE(escalation.facts.value(QLatin1String("escalated_after_ms")).toDouble(),
                 double(30 * kMin));
        QCOMPARE(heardBy(m.id, m_ops), QStringList{QStringLiteral("down")}); // not twice
        m_clock.setNow(kT0 + 2 * kHour);
        ping(m);
        QCOMPARE(heardBy(m.id, m_ops), (QStringList{QStringLiteral("down"), QStringLiteral("up")}));
        QCOMPARE(heardBy(m.id, m_boss),
                 (QStringList{QStringLiteral("down"), QStringLiteral("up")}));
    }

    void aRecoveryBeforeTheDelayCancelsIt()
    {
        const Monitor m = escalated();
        runUntil(kT0 + kHour + 10 * kMin);
        m_clock.setNow(kT0 + kHour + 30 * kMin);
        ping(m);
        runUntil(kT0 + 2 * kHour + 30 * kMin);
        QCOMPARE(heardBy(m.id, m_ops), (QStringList{QStringLiteral("down"), QStringLiteral("up")}));
        QVERIFY(heardBy(m.id, m_boss).isEmpty()); // neither the down nor the recovery
        // The next outage escalates again.
        runUntil(kT0 + 2 * kHour + 40 * kMin); // down again at 2:40 (due 2:30 + 10 min)
        runUntil(kT0 + 3 * kHour + 10 * kMin);
        QCOMPARE(heardBy(m.id, m_boss), QStringList{QStringLiteral("down")});
    }

    void anAcknowledgementCancelsAPendingEscalation()
    {
        const Monitor m = escalated();
        runUntil(kT0 + kHour + 10 * kMin);
        m_clock.setNow(kT0 + kHour + 15 * kMin);
        qint64 incident = 0;
        for (const Incident &i : incidents(m.id))
            incident = i.endMs < 0 ? i.id : incident;
        QString error;
        QVERIFY2(m_engine->acknowledgeIncident(incident, QStringLiteral("anna"), {}, &error),
                 qPrintable(error));
        runUntil(kT0 + 3 * kHour); // the escalation would have come due at 1:40
        QVERIFY(heardBy(m.id, m_boss).isEmpty());
        ping(m);
        QCOMPARE(heardBy(m.id, m_ops), (QStringList{QStringLiteral("down"), QStringLiteral("up")}));
        QVERIFY(heardBy(m.id, m_boss).isEmpty());
    }

    void restartsNeitherLoseNorRepeatAnEscalation()
    {
        const Monitor m = escalated();
        runUntil(kT0 + kHour + 10 * kMin);
        closeEngine();
        m_clock.setNow(kT0 + kHour + 20 * kMin);
        open(); // down, with the escalation still pending
        QCOMPARE(monitor(m.id).channelDelays.value(m_boss.id), 30 * kMin);
        runUntil(kT0 + kHour + 40 * kMin);
        QCOMPARE(heardBy(m.id, m_boss), QStringList{QStringLiteral("down")});
        closeEngine();
        m_clock.setNow(kT0 + kHour + 50 * kMin);
        open();
        runUntil(kT0 + 2 * kHour);
        QCOMPARE(heardBy(m.id, m_boss), QStringList{QStringLiteral("down")});
        QCOMPARE(heardBy(m.id, m_ops), QStringList{QStringLiteral("down")});
    }

    // Found by the crash drill: after a restart, a channel that heard of an earlier
    // outage was taken to have heard of the open one, so it got this one's recovery
    // without its down, and this one never escalated.
    void aRestartDoesNotMistakeAnEarlierOutageForTheOpenOne()
    {
        const Monitor m = escalated();
        runUntil(kT0 + kHour + 40 * kMin); // down at 1:10, escalated at 1:40
        m_clock.setNow(kT0 + kHour + 45 * kMin);
        ping(m);
        QCOMPARE(heardBy(m.id, m_boss),
                 (QStringList{QStringLiteral("down"), QStringLiteral("up")}));
        runUntil(kT0 + 2 * kHour + 55 * kMin); // down again at 2:55 (due 2:45 + 10 min)
        closeEngine();
        m_clock.setNow(kT0 + 3 * kHour);
        open();
        runUntil(kT0 + 3 * kHour + 24 * kMin);
        QCOMPARE(heardBy(m.id, m_boss),
                 (QStringList{QStringLiteral("down"), QStringLiteral("up")}));
        runUntil(kT0 + 3 * kHour + 25 * kMin); // 30 min into this outage
        QCOMPARE(heardBy(m.id, m_boss),
                 (QStringList{QStringLiteral("down"), QStringLiteral("up"),
                              QStringLiteral("down")}));
        // A recovery before the delay of a further outage reaches only ops.
        ping(m);
        runUntil(kT0 + 4 * kHour + 35 * kMin); // down again at 4:35
        closeEngine();
        m_clock.setNow(kT0 + 4 * kHour + 40 * kMin);
        open();
        ping(m);
        QCOMPARE(heardBy(m.id, m_boss),
                 (QStringList{QStringLiteral("down"), QStringLiteral("up"), QStringLiteral("down"),
                              QStringLiteral("up")}));
        QCOMPARE(heardBy(m.id, m_ops).size(), 6);
    }

    void remindersOfADelayedChannelCountFromItsEscalation()
    {
        m_ops = channel(QStringLiteral("ops"), kHour);
        const Monitor m = add(QStringLiteral("backup"), [](MonitorSpec &s) {
            s.channels = QStringList{QStringLiteral("ops")};
            s.channelDelays.insert(QStringLiteral("ops"), 30 * kMin);
        });
        ping(m);
        runUntil(kT0 + kHour + 10 * kMin);
        QVERIFY(heardBy(m.id, m_ops).isEmpty());
        runUntil(kT0 + kHour + 40 * kMin);
        runUntil(kT0 + 2 * kHour + 10 * kMin); // an hour after the outage began: no reminder
        QCOMPARE(heardBy(m.id, m_ops), QStringList{QStringLiteral("down")});
        runUntil(kT0 + 2 * kHour + 40 * kMin); // an hour after it heard
        QCOMPARE(heardBy(m.id, m_ops),
                 (QStringList{QStringLiteral("down"), QStringLiteral("reminder")}));
    }

    void aDelayIsForAChannelTheMonitorUses()
    {
        channel(QStringLiteral("ops"), 0);
        MonitorSpec spec;
        spec.name = QStringLiteral("x");
        spec.channels = QStringList{QStringLiteral("ops")};
        spec.channelDelays.insert(QStringLiteral("boss"), kMin);
        QString error;
        QVERIFY(!m_engine->addMonitor(spec, &error));
        QVERIFY2(error.contains(QLatin1String("boss")), qPrintable(error));
        spec.channelDelays.clear();
        spec.channelDelays.insert(QStringLiteral("ops"), 8 * 24 * kHour);
        QVERIFY(!m_engine->addMonitor(spec, &error));
        QVERIFY2(error.contains(QLatin1String("7 days")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestEscalation)
#include "tst_escalation.moc"
