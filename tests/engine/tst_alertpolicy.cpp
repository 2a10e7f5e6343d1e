// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The alert policy on a fake clock: failures in a row before down (--down-after), the
// shortest run that counts (--min-run), and dependencies between monitors (--depends-on),
// alone and together with maintenance windows.
#include "domain/maintenance.h"
#include "engine/engine.h"
#include "format/jsonformat.h"
#include "policytest.h"
#include "storage/alertrepository.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "time/clock.h"

#include <QJsonArray>
#include <QTest>

using namespace uptrack;
using namespace testsupport;

class TestAlertPolicy : public testsupport::PolicyTest
{
    Q_OBJECT

private slots:
    void init()
    {
        nextDatabase();
        m_clock.setNow(kT0);
        open();
    }
    void cleanup() { closeEngine(); }

    void theNewFieldsAreAlwaysPresent()
    {
        const Monitor m = add(QStringLiteral("plain"));
        const QJsonObject o = json(m.id);
        QCOMPARE(o.value(QLatin1String("down_after")), QJsonValue(1));
        QCOMPARE(o.value(QLatin1String("failures_in_a_row")), QJsonValue(0));
        QVERIFY(o.value(QLatin1String("min_run")).isNull());
        QCOMPARE(o.value(QLatin1String("depends_on")), QJsonValue(QJsonArray()));
        QVERIFY(o.value(QLatin1String("parent")).isNull());
        QVERIFY(o.contains(QLatin1String("maintenance")));
    }

    // With period P, grace G and N: last pinged at t, down at t+P+G+(N-1)P, late between.
    void downAfterThreeMissesGoesDownTwoPeriodsLater()
    {
        const Monitor m = add(QStringLiteral("backup"), [](MonitorSpec &s) { s.downAfter = 3; });
        ping(m);
        QCOMPARE(json(m.id).value(QLatin1String("down_at")).toString(),
                 iso(kT0 + 3 * kHour + 10 * kMin));
        runUntil(kT0 + kHour);
        QCOMPARE(status(m.id), Status::Late);
        runUntil(kT0 + kHour + 10 * kMin); // the first miss
        QCOMPARE(status(m.id), Status::Late);
        QCOMPARE(monitor(m.id).failStreak, 1);
        QCOMPARE(monitor(m.id).statusReason, QStringLiteral("missed"));
        QCOMPARE(monitor(m.id).nextDueMs, kT0 + 2 * kHour); // one period after the deadline
        QCOMPARE(json(m.id).value(QLatin1String("down_at")).toString(),
                 iso(kT0 + 3 * kHour + 10 * kMin));
        runUntil(kT0 + 2 * kHour + 10 * kMin);
        QCOMPARE(status(m.id), Status::Late);
        QCOMPARE(json(m.id).value(QLatin1String("failures_in_a_row")), QJsonValue(2));
        QVERIFY(alerts(m.id).isEmpty());
        runUntil(kT0 + 3 * kHour + 10 * kMin - 1);
        QCOMPARE(status(m.id), Status::Late);
        runUntil(kT0 + 3 * kHour + 10 * kMin);
        QCOMPARE(status(m.id), Status::Down);
        QCOMPARE(monitor(m.id).statusSinceMs, kT0 + 3 * kHour + 10 * kMin);
        QCOMPARE(alertKinds(m.id), QStringList{QStringLiteral("down")});
        QCOMPARE(incidents(m.id).size(), 1);
    }

    void aSuccessBetweenMissesStartsTheCountAgain()
    {
        const Monitor m = add(QStringLiteral("backup"), [](MonitorSpec &s) { s.downAfter = 2; });
        ping(m);
        runUntil(kT0 + kHour + 10 * kMin);
        QCOMPARE(monitor(m.id).failStreak, 1);
        m_clock.setNow(kT0 + kHour + 20 * kMin);
        ping(m);
        QCOMPARE(status(m.id), Status::Up);
        QCOMPARE(monitor(m.id).failStreak, 0);
        runUntil(kT0 + 2 * kHour + 30 * kMin); // one miss again: late, not down
        QCOMPARE(status(m.id), Status::Late);
        QVERIFY(alerts(m.id).isEmpty());
    }

    void failuresCountLikeMisses()
    {
        const Monitor m = add(QStringLiteral("sync"), [](MonitorSpec &s) { s.downAfter = 2; });
        ping(m, PingKind::Fail);
        QCOMPARE(status(m.id), Status::Late);
        QCOMPARE(monitor(m.id).failStreak, 1);
        QCOMPARE(monitor(m.id).statusReason, QStringLiteral("failed"));
        QVERIFY(alerts(m.id).isEmpty());
        m_clock.setNow(kT0 + kHour);
        ping(m, PingKind::Fail);
        QCOMPARE(status(m.id), Status::Down);
        QCOMPARE(alertKinds(m.id), QStringList{QStringLiteral("down")});
        m_clock.setNow(kT0 + 2 * kHour);
        ping(m);
        QCOMPARE(status(m.id), Status::Up);
        QCOMPARE(alertKinds(m.id), (QStringList{QStringLiteral("down"), QStringLiteral("up")}));
    }

    void theCountSurvivesARestart()
    {
        const Monitor m = add(QStringLiteral("backup"), [](MonitorSpec &s) { s.downAfter = 3; });
        ping(m);
        runUntil(kT0 + kHour + 10 * kMin);
        QCOMPARE(monitor(m.id).failStreak, 1);
        open(); // a restart (listening again at once: no gap)
        QCOMPARE(monitor(m.id).downAfter, 3);
        QCOMPARE(monitor(m.id).failStreak, 1);
        runUntil(kT0 + 2 * kHour + 10 * kMin);
        QCOMPARE(monitor(m.id).failStreak, 2);
        QCOMPARE(status(m.id), Status::Late);
    }

    void aCheckTakesDownAfterAsItsConfirmations()
    {
        MonitorSpec spec;
        spec.name = QStringLiteral("web");
        spec.kind = MonitorKind::Http;
        spec.check = QJsonObject{{QStringLiteral("target"), QStringLiteral("http://127.0.0.1:9/")}};
        spec.downAfter = 4;
        QString error;
        const auto m = m_engine->addMonitor(spec, &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->check.confirmations, 4);
        QCOMPARE(json(m->id).value(QLatin1String("down_after")), QJsonValue(4));
        MonitorSpec tooMany;
        tooMany.downAfter = 11;
        QVERIFY(!m_engine->editMonitor(m->id, tooMany, &error));
        QVERIFY2(error.contains(QLatin1String("1 to 10")), qPrintable(error));
        MonitorSpec minRun;
        minRun.minRunMs = kMin;
        QVERIFY(!m_engine->editMonitor(m->id, minRun, &error));
        QVERIFY2(error.contains(QLatin1String("--min-run")), qPrintable(error));
    }

    void aRunShorterThanTheMinimumIsAFailure()
    {
        const Monitor m
                = add(QStringLiteral("backup"), [](MonitorSpec &s) { s.minRunMs = 5 * kMin; });
        ping(m, PingKind::Start);
        m_clock.setNow(kT0 + 2 * kSec);
        ping(m);
        QCOMPARE(status(m.id), Status::Down);
        QCOMPARE(monitor(m.id).statusReason, QStringLiteral("too_fast"));
        QCOMPARE(monitor(m.id).lastSuccessMs, -1); // not a success
        const QList<Alert> sent = alerts(m.id);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent[0].facts.value(QLatin1String("reason")).toString(),
                 QStringLiteral("too_fast"));
        QCOMPARE(sent[0].facts.value(QLatin1String("reason_text")).toString(),
                 QStringLiteral("finished in 2 s, expected at least 5 min"));
        // A proper run recovers it.
        m_clock.setNow(kT0 + kHour);
        ping(m, PingKind::Start);
        m_clock.setNow(kT0 + kHour + 6 * kMin);
        ping(m);
        QCOMPARE(status(m.id), Status::Up);
        QCOMPARE(alertKinds(m.id), (QStringList{QStringLiteral("down"), QStringLiteral("up")}));
    }

    void aSuccessWithoutAStartIsNotJudged()
    {
        const Monitor m
                = add(QStringLiteral("backup"), [](MonitorSpec &s) { s.minRunMs = 5 * kMin; });
        ping(m);
        QCOMPARE(status(m.id), Status::Up);
        QCOMPARE(monitor(m.id).lastSuccessMs, kT0);
    }

    void overlappingRunsAreEachJudgedByTheirOwnStart()
    {
        const Monitor m
                = add(QStringLiteral("backup"), [](MonitorSpec &s) { s.minRunMs = 5 * kMin; });
        ping(m, PingKind::Start, QStringLiteral("a"));
        m_clock.setNow(kT0 + 4 * kMin);
        ping(m, PingKind::Start, QStringLiteral("b"));
        m_clock.setNow(kT0 + 6 * kMin); // a took 6 min: fine; b is still running
        ping(m, PingKind::Success, QStringLiteral("a"));
        QCOMPARE(status(m.id), Status::Started);
        m_clock.setNow(kT0 + 7 * kMin); // b took 3 min: too fast, although a's start is older
        ping(m, PingKind::Success, QStringLiteral("b"));
        QCOMPARE(status(m.id), Status::Down);
        QCOMPARE(monitor(m.id).statusReason, QStringLiteral("too_fast"));
    }

    void tooFastWithDownAfterIsLateFirst()
    {
        const Monitor m = add(QStringLiteral("backup"), [](MonitorSpec &s) {
            s.minRunMs = 5 * kMin;
            s.downAfter = 2;
        });
        ping(m, PingKind::Start);
        m_clock.setNow(kT0 + kSec);
        ping(m);
        QCOMPARE(status(m.id), Status::Late);
        QCOMPARE(monitor(m.id).statusReason, QStringLiteral("too_fast"));
        QVERIFY(alerts(m.id).isEmpty());
    }

    // The router behind the jobs: one alert, naming them; the jobs recorded, silent.
    void aParentDownFoldsItsDependentsIn()
    {
        const Monitor router = add(QStringLiteral("router"));
        QList<Monitor> jobs;
        for (const char *name : {"backup-db", "backup-files", "sync-mail"})
            jobs.append(add(QString::fromLatin1(name),
                            [&](MonitorSpec &s) { s.dependsOn = QStringList{router.slug}; }));
        ping(router);
        m_clock.setNow(kT0 + 30 * kMin);
        for (const Monitor &j : std::as_const(jobs))
            ping(j);
        QCOMPARE(json(jobs[0].id).value(QLatin1String("depends_on")),
                 QJsonValue(QJsonArray{QStringLiteral("router")}));
        runUntil(kT0 + kHour + 10 * kMin);
        QCOMPARE(status(router.id), Status::Down);
        const QList<Alert> down = alerts(router.id);
        QCOMPARE(down.size(), 1);
        QCOMPARE(down[0].facts.value(QLatin1String("dependents")),
                 QJsonValue(QJsonArray{QStringLiteral("backup-db"), QStringLiteral("backup-files"),
                                       QStringLiteral("sync-mail")}));
        runUntil(kT0 + kHour + 40 * kMin); // the jobs' own deadlines
        for (const Monitor &j : std::as_const(jobs)) {
            QCOMPARE(status(j.id), Status::Down);
            const QJsonObject o = json(j.id);
            QCOMPARE(o.value(QLatin1String("status_reason")).toString(),
                     QStringLiteral("parent_down"));
            QCOMPARE(o.value(QLatin1String("parent")).toString(), QStringLiteral("router"));
            QVERIFY(alerts(j.id).isEmpty());
            QCOMPARE(incidents(j.id).size(), 1);
        }
        // The router is back: each job is expected afresh, one period after.
        m_clock.setNow(kT0 + 2 * kHour);
        ping(router);
        QCOMPARE(alertKinds(router.id),
                 (QStringList{QStringLiteral("down"), QStringLiteral("up")}));
        for (const Monitor &j : std::as_const(jobs)) {
            QCOMPARE(status(j.id), Status::Up);
            QCOMPARE(monitor(j.id).statusReason, QStringLiteral("parent_recovered"));
            QCOMPARE(monitor(j.id).nextDueMs, kT0 + 3 * kHour);
            QVERIFY(json(j.id).value(QLatin1String("parent")).isNull());
            QVERIFY(alerts(j.id).isEmpty());
            QVERIFY(incidents(j.id).first().endMs >= 0);
        }
        m_clock.setNow(kT0 + 2 * kHour + 30 * kMin);
        ping(router);
        ping(jobs[0]);
        ping(jobs[1]);
        runUntil(kT0 + 3 * kHour + 10 * kMin); // sync-mail still fails: now it alerts
        QCOMPARE(status(jobs[2].id), Status::Down);
        QCOMPARE(monitor(jobs[2].id).statusReason, QStringLiteral("missed"));
        QCOMPARE(alertKinds(jobs[2].id), QStringList{QStringLiteral("down")});
        QVERIFY(alerts(jobs[2].id)
                        .first()
                        .facts.value(QLatin1String("dependents"))
                        .toArray()
                        .isEmpty());
        QVERIFY(alerts(jobs[0].id).isEmpty());
    }

    void aDependentWaitsForALateParentsVerdict()
    {
        const Monitor router = add(QStringLiteral("router"));
        const Monitor job = add(QStringLiteral("job"), [&](MonitorSpec &s) {
            s.graceMs = kMin;
            s.dependsOn = QStringList{QString::number(router.id)};
        });
        ping(router); // late from 1:00, down at 1:10
        m_clock.setNow(kT0 + 4 * kMin);
        ping(job); // due 1:04, down at 1:05: while the router is late
        runUntil(kT0 + kHour + 5 * kMin);
        QCOMPARE(status(router.id), Status::Late);
        QCOMPARE(status(job.id), Status::Late); // waiting
        QCOMPARE(json(job.id).value(QLatin1String("parent")).toString(), QStringLiteral("router"));
        QVERIFY(json(job.id).value(QLatin1String("down_at")).isNull());
        QVERIFY(alerts(job.id).isEmpty());
        runUntil(kT0 + kHour + 10 * kMin); // the verdict: down
        QCOMPARE(status(job.id), Status::Down);
        QCOMPARE(monitor(job.id).statusReason, QStringLiteral("parent_down"));
        QVERIFY(alerts(job.id).isEmpty());
        QCOMPARE(alerts(router.id).first().facts.value(QLatin1String("dependents")),
                 QJsonValue(QJsonArray{QStringLiteral("job")}));
    }

    void aLateParentThatRecoversLetsTheDependentAlert()
    {
        const Monitor router = add(QStringLiteral("router"));
        const Monitor job = add(QStringLiteral("job"), [&](MonitorSpec &s) {
            s.graceMs = kMin;
            s.dependsOn = QStringList{router.slug};
        });
        ping(router);
        m_clock.setNow(kT0 + 4 * kMin);
        ping(job);
        runUntil(kT0 + kHour + 5 * kMin);
        QCOMPARE(status(job.id), Status::Late);
        m_clock.setNow(kT0 + kHour + 7 * kMin);
        ping(router); // the router was fine after all: the job's failure is its own
        QCOMPARE(status(job.id), Status::Down);
        QCOMPARE(monitor(job.id).statusReason, QStringLiteral("missed"));
        QCOMPARE(alertKinds(job.id), QStringList{QStringLiteral("down")});
    }

    // Found by the crash drill: a dependent down on its own (and alerted) that failed
    // again while its parent was late went back to late, and its recovery was never sent.
    void aDependentDownOnItsOwnStaysDownWhileItsParentIsLate()
    {
        const Monitor router = add(QStringLiteral("router"));
        const Monitor job = add(QStringLiteral("job"),
                                [&](MonitorSpec &s) { s.dependsOn = QStringList{router.slug}; });
        ping(router);
        ping(job, PingKind::Fail); // down on its own: the router is fine
        QCOMPARE(status(job.id), Status::Down);
        QCOMPARE(alertKinds(job.id), QStringList{QStringLiteral("down")});
        runUntil(kT0 + kHour + kMin); // the router is late
        QCOMPARE(status(router.id), Status::Late);
        ping(job, PingKind::Fail);
        QCOMPARE(status(job.id), Status::Down);
        QCOMPARE(monitor(job.id).statusReason, QStringLiteral("failed"));
        ping(job);
        QCOMPARE(status(job.id), Status::Up);
        QCOMPARE(alertKinds(job.id), (QStringList{QStringLiteral("down"), QStringLiteral("up")}));
    }

    void aCheckParentShortOfItsConfirmationsIsLate()
    {
        MonitorSpec spec;
        spec.name = QStringLiteral("nas");
        spec.kind = MonitorKind::Tcp;
        spec.check = QJsonObject{{QStringLiteral("target"), QStringLiteral("127.0.0.1:9")}};
        QString error;
        const auto nas = m_engine->addMonitor(spec, &error);
        QVERIFY2(nas, qPrintable(error));
        const Monitor job = add(QStringLiteral("job"), [&](MonitorSpec &s) {
            s.graceMs = 0;
            s.dependsOn = QStringList{nas->slug};
        });
        ping(job);
        CheckResult fail;
        fail.ok = false;
        fail.reason = QStringLiteral("connection refused");
        fail.timeMs = kT0 + 59 * kMin;
        m_clock.setNow(fail.timeMs);
        m_engine->submitCheckResult(nas->id, fail); // 1 of 2
        runUntil(kT0 + kHour);
        QCOMPARE(status(job.id), Status::Late); // waits for the NAS's verdict
        CheckResult ok;
        ok.ok = true;
        ok.timeMs = kT0 + kHour + kMin;
        m_clock.setNow(ok.timeMs);
        m_engine->submitCheckResult(nas->id, ok);
        m_engine->commitNow();
        QCOMPARE(status(job.id), Status::Down); // the NAS is fine: the job's own failure
        QCOMPARE(alertKinds(job.id), QStringList{QStringLiteral("down")});
    }

    void aDependentInItsParentsWindowIsSilent()
    {
        const Monitor router = add(QStringLiteral("router"));
        const Monitor job = add(QStringLiteral("job"),
                                [&](MonitorSpec &s) { s.dependsOn = QStringList{router.slug}; });
        ping(router);
        ping(job);
        MaintenanceWindow w;
        w.name = QStringLiteral("router update");
        w.fromMs = kT0 + 30 * kMin;
        w.toMs = kT0 + 3 * kHour;
        w.monitorIds = {router.id};
        QString error;
        QVERIFY2(m_engine->addMaintenance(w, &error), qPrintable(error));
        runUntil(kT0 + kHour + 10 * kMin); // the job misses while the router is in the window
        QCOMPARE(status(router.id), Status::Maintenance);
        QCOMPARE(status(job.id), Status::Down);
        QCOMPARE(monitor(job.id).statusReason, QStringLiteral("parent_down"));
        runUntil(kT0 + 3 * kHour); // the window ends: both expected afresh
        QCOMPARE(status(router.id), Status::Up);
        QCOMPARE(status(job.id), Status::Up);
        QCOMPARE(monitor(job.id).nextDueMs, kT0 + 4 * kHour);
        QVERIFY(alerts(router.id).isEmpty());
        QVERIFY(alerts(job.id).isEmpty());
    }

    void aParentDownDependentHasNoReminders()
    {
        const Monitor router = add(QStringLiteral("router"));
        const Monitor job = add(QStringLiteral("job"),
                                [&](MonitorSpec &s) { s.dependsOn = QStringList{router.slug}; });
        ping(router);
        ping(job);
        runUntil(kT0 + kHour + 10 * kMin);
        QCOMPARE(monitor(job.id).statusReason, QStringLiteral("parent_down"));
        QCOMPARE(m_engine->monitor(job.id)->parentId, router.id);
        open(); // the reason and the parent survive a restart
        QCOMPARE(monitor(job.id).statusReason, QStringLiteral("parent_down"));
        QCOMPARE(json(job.id).value(QLatin1String("parent")).toString(), QStringLiteral("router"));
        QVERIFY(alerts(job.id).isEmpty());
    }

    void anAcknowledgementStopsRemindersNotTheRecovery()
    {
        const Monitor m = add(QStringLiteral("nas"));
        channel(QStringLiteral("ops"), kHour);
        ping(m);
        runUntil(kT0 + kHour + 10 * kMin);
        runUntil(kT0 + 2 * kHour + 10 * kMin); // one reminder
        QCOMPARE(alertKinds(m.id),
                 (QStringList{QStringLiteral("down"), QStringLiteral("reminder")}));
        const qint64 incident = openIncident(m.id);
        QVERIFY(incident > 0);
        m_clock.setNow(kT0 + 2 * kHour + 20 * kMin);
        QString error;
        QVERIFY2(m_engine->acknowledgeIncident(incident, QStringLiteral("anna"),
                                               QStringLiteral("replacing the disk"), &error),
                 qPrintable(error));
        const QJsonObject ack = json(m.id).value(QLatin1String("acknowledged")).toObject();
        QCOMPARE(ack.value(QLatin1String("by")).toString(), QStringLiteral("anna"));
        QCOMPARE(ack.value(QLatin1String("at")).toString(), iso(kT0 + 2 * kHour + 20 * kMin));
        QCOMPARE(ack.value(QLatin1String("note")).toString(), QStringLiteral("replacing the disk"));
        QCOMPARE(incidents(m.id).last().ackBy, QStringLiteral("anna"));
        open(); // it survives a restart
        QCOMPARE(monitor(m.id).ackBy, QStringLiteral("anna"));
        runUntil(kT0 + 6 * kHour); // no more reminders
        QCOMPARE(alertKinds(m.id),
                 (QStringList{QStringLiteral("down"), QStringLiteral("reminder")}));
        ping(m); // the recovery still goes out, and says who was on it
        const QList<Alert> sent = alerts(m.id);
        QCOMPARE(alertKindName(sent.last().kind), QStringLiteral("up"));
        QCOMPARE(sent.last().facts.value(QLatin1String("acknowledged_by")).toString(),
                 QStringLiteral("anna"));
        QVERIFY(json(m.id).value(QLatin1String("acknowledged")).isNull());
        // The next outage reminds again.
        runUntil(kT0 + 7 * kHour + 10 * kMin);
        runUntil(kT0 + 8 * kHour + 10 * kMin);
        QCOMPARE(alertKinds(m.id).mid(3),
                 (QStringList{QStringLiteral("down"), QStringLiteral("reminder")}));
    }

    void aClosedOrUnknownIncidentIsNotAcknowledged()
    {
        const Monitor m = add(QStringLiteral("nas"));
        ping(m);
        runUntil(kT0 + kHour + 10 * kMin);
        const qint64 incident = openIncident(m.id);
        ping(m);
        QString error;
        QVERIFY(!m_engine->acknowledgeIncident(incident, QStringLiteral("anna"), {}, &error));
        QCOMPARE(error,
                 QStringLiteral("Incident %1 is over already: there is nothing to "
                                "acknowledge.")
                         .arg(incident));
        QVERIFY(!m_engine->acknowledgeIncident(999, QStringLiteral("anna"), {}, &error));
        QVERIFY2(error.contains(QLatin1String("no incident 999")), qPrintable(error));
    }

    void removingTheParentReleasesItsDependents()
    {
        const Monitor router = add(QStringLiteral("router"));
        const Monitor job = add(QStringLiteral("job"),
                                [&](MonitorSpec &s) { s.dependsOn = QStringList{router.slug}; });
        ping(router);
        ping(job);
        runUntil(kT0 + kHour + 10 * kMin);
        QCOMPARE(monitor(job.id).statusReason, QStringLiteral("parent_down"));
        m_clock.setNow(kT0 + 2 * kHour);
        QString error;
        QVERIFY2(m_engine->removeMonitor(router.id, &error), qPrintable(error));
        QCOMPARE(status(job.id), Status::Up);
        QVERIFY(monitor(job.id).dependsOn.isEmpty());
        QCOMPARE(monitor(job.id).nextDueMs, kT0 + 3 * kHour);
        open();
        QVERIFY(monitor(job.id).dependsOn.isEmpty());
    }

    void cyclesAndUnknownParentsAreRefused()
    {
        const Monitor a = add(QStringLiteral("a"));
        const Monitor b = add(QStringLiteral("b"),
                              [&](MonitorSpec &s) { s.dependsOn = QStringList{a.slug}; });
        const Monitor c = add(QStringLiteral("c"),
                              [&](MonitorSpec &s) { s.dependsOn = QStringList{b.slug}; });
        MonitorSpec edit;
        edit.dependsOn = QStringList{c.slug};
        QString error;
        QVERIFY(!m_engine->editMonitor(a.id, edit, &error));
        QCOMPARE(error, QStringLiteral("That would make a cycle of dependencies: a → c → b → a."));
        edit.dependsOn = QStringList{a.slug};
        QVERIFY(!m_engine->editMonitor(a.id, edit, &error));
        QCOMPARE(error, QStringLiteral("a cannot depend on itself."));
        edit.dependsOn = QStringList{QStringLiteral("no-such")};
        QVERIFY(!m_engine->editMonitor(a.id, edit, &error));
        QVERIFY2(error.contains(QLatin1String("\"no-such\"")), qPrintable(error));
        QVERIFY(monitor(a.id).dependsOn.isEmpty()); // nothing changed
    }
};

QTEST_GUILESS_MAIN(TestAlertPolicy)
#include "tst_alertpolicy.moc"
