// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Mutes on a fake clock: what a mute holds (recorded, "muted", never sent), the one
// summary per channel at its end, scopes, restarts, and a mute that ends mid-outage.
#include "policytest.h"

#include <QJsonArray>

using namespace uptrack;
using namespace testsupport;

class TestMute : public PolicyTest
{
    Q_OBJECT

    QList<Delivery> deliveries(const Alert &a)
    {
        QList<Delivery> out;
        AlertRepository(*m_db).deliveriesOf(a.id, &out);
        return out;
    }
    /// Every alert not about one monitor (the mute summaries), oldest first.
    QList<Alert> summaries()
    {
        QList<Alert> all;
        AlertRepository(*m_db).alerts(0, 0, &all);
        QList<Alert> out;
        for (const Alert &a : std::as_const(all)) {
            if (a.kind == AlertKind::MuteSummary)
                out.append(a);
        }
        std::sort(out.begin(), out.end(),
                  [](const Alert &a, const Alert &b) { return a.id < b.id; });
        return out;
    }
    Mute muteAll(qint64 untilMs)
    {
        Mute m;
        m.untilMs = untilMs;
        QString error;
        const auto muted = m_engine->mute(m, &error);
        [&] { QVERIFY2(muted, qPrintable(error)); }();
        return muted.value_or(Mute());
    }

private slots:
    void init()
    {
        nextDatabase();
        m_clock.setNow(kT0);
        open();
    }
    void cleanup() { closeEngine(); }

    void aMutedAlertIsRecordedNotSentThenSummarised()
    {
        const Channel ops = channel(QStringLiteral("ops"), 0);
        const Channel boss = channel(QStringLiteral("boss"), 0);
        const Monitor db = add(QStringLiteral("backup-db"));
        const Monitor files = add(QStringLiteral("backup-files"));
        ping(db);
        ping(files);
        muteAll(kT0 + 4 * kHour);
        runUntil(kT0 + kHour + 10 * kMin); // both down while muted
        for (const Monitor &m : {db, files}) {
            const QList<Alert> sent = alerts(m.id);
            QCOMPARE(sent.size(), 1);
            const QList<Delivery> held = deliveries(sent[0]);
            QCOMPARE(held.size(), 2); // one per channel
            for (const Delivery &d : held) {
                QCOMPARE(d.state, DeliveryState::Muted);
                QCOMPARE(d.outcome, QStringLiteral("muted"));
                QCOMPARE(d.attempts, 0);
            }
        }
        QVERIFY(AlertRepository(*m_db).earliestPending() < 0); // nothing to send
        m_clock.setNow(kT0 + 2 * kHour);
        ping(files); // recovered while muted
        QVERIFY(summaries().isEmpty());
        runUntil(kT0 + 4 * kHour); // the mute ends
        const QList<Alert> summary = summaries();
        QCOMPARE(summary.size(), 2); // one per channel that had a muted alert
        for (const Alert &a : summary) {
            QCOMPARE(a.facts.value(QLatin1String("down")).toInt(), 2);
            QCOMPARE(a.facts.value(QLatin1String("up")).toInt(), 1);
            QCOMPARE(a.facts.value(QLatin1String("still_down")),
                     QJsonValue(QJsonArray{QStringLiteral("backup-db")}));
            const QList<Delivery> out = deliveries(a);
            QCOMPARE(out.size(), 1);
            QCOMPARE(out[0].state, DeliveryState::Pending);
        }
        QCOMPARE(deliveries(summary[0])[0].channelId + deliveries(summary[1])[0].channelId,
                 ops.id + boss.id);
        QVERIFY(m_engine->mutes().isEmpty());
        // After the mute alerts go out again.
        m_clock.setNow(kT0 + 5 * kHour);
        ping(db);
        QCOMPARE(deliveries(alerts(db.id).last())[0].state, DeliveryState::Pending);
    }

    void nothingMutedSendsNoSummary()
    {
        channel(QStringLiteral("ops"), 0);
        const Monitor m = add(QStringLiteral("job"));
        ping(m);
        muteAll(kT0 + 30 * kMin);
        runUntil(kT0 + 30 * kMin);
        QVERIFY(m_engine->mutes().isEmpty());
        QVERIFY(summaries().isEmpty());
    }

    void aScopedMuteHoldsOnlyItsMonitors()
    {
        channel(QStringLiteral("ops"), 0);
        const Monitor nightly = add(QStringLiteral("nightly"), [](MonitorSpec &s) {
            s.tags = QStringList{QStringLiteral("nightly")};
        });
        const Monitor other = add(QStringLiteral("other"));
        ping(nightly);
        ping(other);
        Mute byTag;
        byTag.scope = Mute::Scope::Tag;
        byTag.tag = QStringLiteral("nightly");
        byTag.untilMs = kT0 + 3 * kHour;
        QString error;
        QVERIFY2(m_engine->mute(byTag, &error), qPrintable(error));
        runUntil(kT0 + kHour + 10 * kMin);
        QCOMPARE(deliveries(alerts(nightly.id)[0])[0].state, DeliveryState::Muted);
        QCOMPARE(deliveries(alerts(other.id)[0])[0].state, DeliveryState::Pending);
        // Unmuted early: the summary goes now.
        m_clock.setNow(kT0 + 2 * kHour);
        const auto ended = m_engine->unmute(byTag, &error);
        QVERIFY2(ended, qPrintable(error));
        QCOMPARE(ended->size(), 1);
        QCOMPARE(summaries().size(), 1);
        QCOMPARE(summaries()[0].facts.value(QLatin1String("scope")).toString(),
                 QStringLiteral("tag:nightly"));
        runUntil(kT0 + 3 * kHour); // its old end: nothing more
        QCOMPARE(summaries().size(), 1);
    }

    void mutingAgainMovesTheEnd()
    {
        channel(QStringLiteral("ops"), 0);
        const Monitor m = add(QStringLiteral("job"));
        ping(m);
        const Mute first = muteAll(kT0 + 2 * kHour);
        runUntil(kT0 + kHour + 10 * kMin);
        const Mute again = muteAll(kT0 + 5 * kHour);
        QCOMPARE(again.id, first.id);
        QCOMPARE(m_engine->mutes().size(), 1);
        runUntil(kT0 + 2 * kHour);
        QVERIFY(summaries().isEmpty());
        runUntil(kT0 + 5 * kHour);
        QCOMPARE(summaries().size(), 1);
    }

    void aMuteSurvivesARestartAndEndsWhileStopped()
    {
        channel(QStringLiteral("ops"), 0);
        const Monitor m = add(QStringLiteral("job"));
        ping(m);
        muteAll(kT0 + 2 * kHour);
        runUntil(kT0 + kHour + 10 * kMin);
        QCOMPARE(deliveries(alerts(m.id)[0])[0].state, DeliveryState::Muted);
        closeEngine();
        m_clock.setNow(kT0 + 3 * kHour); // it ended while Uptrack was stopped
        open();
        QCOMPARE(summaries().size(), 1);
        QVERIFY(m_engine->mutes().isEmpty());
        closeEngine();
        open(); // and only once
        QCOMPARE(summaries().size(), 1);
    }

    void remindersWhileMutedAreHeldToo()
    {
        channel(QStringLiteral("ops"), kHour);
        const Monitor m = add(QStringLiteral("job"));
        ping(m);
        runUntil(kT0 + kHour + 10 * kMin); // down, sent
        QCOMPARE(deliveries(alerts(m.id)[0])[0].state, DeliveryState::Pending);
        muteAll(kT0 + 4 * kHour);
        runUntil(kT0 + 2 * kHour + 10 * kMin); // a reminder, held
        QCOMPARE(alertKinds(m.id),
                 (QStringList{QStringLiteral("down"), QStringLiteral("reminder")}));
        QCOMPARE(deliveries(alerts(m.id)[1])[0].state, DeliveryState::Muted);
        runUntil(kT0 + 3 * kHour + 10 * kMin); // another
        runUntil(kT0 + 4 * kHour); // a mute that ends during an outage: still down, said so
        const QList<Alert> summary = summaries();
        QCOMPARE(summary.size(), 1);
        QCOMPARE(summary[0].facts.value(QLatin1String("other")).toInt(), 2); // two reminders
        QCOMPARE(summary[0].facts.value(QLatin1String("still_down")),
                 QJsonValue(QJsonArray{QStringLiteral("job")}));
        runUntil(kT0 + 5 * kHour + 10 * kMin); // reminders go out again
        QCOMPARE(deliveries(alerts(m.id).last())[0].state, DeliveryState::Pending);
    }

    void badMutesAreRefused()
    {
        QString error;
        Mute past;
        past.untilMs = kT0 - 1;
        QVERIFY(!m_engine->mute(past, &error));
        QVERIFY2(error.contains(QLatin1String("future")), qPrintable(error));
        Mute tooLong;
        tooLong.untilMs = kT0 + 31LL * 24 * kHour;
        QVERIFY(!m_engine->mute(tooLong, &error));
        QVERIFY2(error.contains(QLatin1String("30 days")), qPrintable(error));
        Mute unknown;
        unknown.scope = Mute::Scope::Monitor;
        unknown.monitorId = 99;
        unknown.untilMs = kT0 + kHour;
        QVERIFY(!m_engine->mute(unknown, &error));
        QVERIFY(m_engine->mutes().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMute)
#include "tst_mute.moc"
