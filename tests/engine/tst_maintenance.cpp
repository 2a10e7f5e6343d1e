// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Maintenance windows on a fake clock: what they silence, what comes after them, and
// what they refuse.
#include "domain/maintenance.h"
#include "engine/engine.h"
#include "enginetest.h"
#include "format/jsonformat.h"
#include "reports/report.h"
#include "storage/alertrepository.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "time/clock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace uptrack;

namespace {
constexpr qint64 kMin = 60'000;
constexpr qint64 kHour = 3'600'000;
constexpr qint64 kT0 = 1'767'225'600'000; // 2026-01-01T00:00Z

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}
} // namespace

class TestMaintenance : public testsupport::EngineTest
{
    Q_OBJECT

    void open()
    {
        EngineOptions options;
        options.tickMs = 3'600'000;
        QString error;
        QVERIFY2(openEngine(&error, options), qPrintable(error));
        m_engine->start();
    }

    Monitor add(const QString &name, const QStringList &tags = {})
    {
        MonitorSpec spec;
        spec.name = name;
        spec.periodMs = kHour;
        spec.graceMs = 10 * kMin;
        spec.tags = tags;
        QString error;
        auto m = m_engine->addMonitor(spec, &error);
        [&] { QVERIFY2(m, qPrintable(error)); }();
        return m ? *m : Monitor();
    }

    void ping(const Monitor &m, PingKind kind = PingKind::Success)
    {
        Ping p;
        p.kind = kind;
        m_engine->submitPing(PingTarget::byToken(m.token), p, [](PingOutcome) {});
        m_engine->commitNow();
    }

    void runUntil(qint64 at)
    {
        m_clock.setNow(at);
        m_engine->processDue();
    }

    MaintenanceWindow once(const QString &name, qint64 from, qint64 to)
    {
        MaintenanceWindow w;
        w.name = name;
        w.fromMs = from;
        w.toMs = to;
        return w;
    }

    std::optional<MaintenanceWindow> addWindow(const MaintenanceWindow &w)
    {
        QString error;
        auto added = m_engine->addMaintenance(w, &error);
        [&] { QVERIFY2(added, qPrintable(error)); }();
        return added;
    }

    QList<Alert> alerts(qint64 id)
    {
        AlertRepository repo(*m_db);
        QList<Alert> out;
        repo.alerts(id, 0, &out);
        return out;
    }
    QStringList alertKinds(qint64 id)
    {
        QList<Alert> all = alerts(id);
        std::sort(all.begin(), all.end(),
                  [](const Alert &a, const Alert &b) { return a.id < b.id; });
        QStringList kinds;
        for (const Alert &a : std::as_const(all))
            kinds.append(alertKindName(a.kind));
        return kinds;
    }
    QList<Incident> incidents(qint64 id)
    {
        HistoryRepository h(*m_db);
        QList<Incident> out;
        h.incidents(id, &out);
        return out;
    }
    Status status(qint64 id) { return m_engine->monitor(id)->status; }

private slots:
    void init()
    {
        nextDatabase();
        m_clock.setNow(kT0);
        open();
    }
    void cleanup() { closeEngine(); }

    void aWindowSilencesAMissAndTheMonitorIsExpectedAfresh()
    {
        const Monitor m = add(QStringLiteral("backup"));
        ping(m); // due at T0+1h, down at T0+1h10m
        auto w = once(QStringLiteral("router update"), kT0 + 30 * kMin, kT0 + 3 * kHour);
        w.monitorIds = {m.id};
        QVERIFY(addWindow(w));
        QCOMPARE(status(m.id), Status::Up); // not yet
        runUntil(kT0 + 30 * kMin);
        QCOMPARE(status(m.id), Status::Maintenance);
        const QJsonObject json = monitorToJson(*m_engine->monitor(m.id), PingUrls{});
        QCOMPARE(json.value(QLatin1String("status")).toString(), QStringLiteral("maintenance"));
        QCOMPARE(json.value(QLatin1String("maintenance")).toObject().value(QLatin1String("name")),
                 QJsonValue(QStringLiteral("router update")));
        QCOMPARE(json.value(QLatin1String("maintenance")).toObject().value(QLatin1String("until")),
                 QJsonValue(QStringLiteral("2026-01-01T03:00:00.000Z")));
        runUntil(kT0 + 2 * kHour); // its deadline passed inside the window
        QCOMPARE(status(m.id), Status::Maintenance);
        QVERIFY(incidents(m.id).isEmpty());
        runUntil(kT0 + 3 * kHour);
        QCOMPARE(status(m.id), Status::Up);
        QCOMPARE(m_engine->monitor(m.id)->nextDueMs, kT0 + 4 * kHour); // one period after
        runUntil(kT0 + 4 * kHour + 5 * kMin);
        QCOMPARE(status(m.id), Status::Late);
        runUntil(kT0 + 4 * kHour + 10 * kMin);
        QCOMPARE(status(m.id), Status::Down);
        QCOMPARE(alertKinds(m.id), QStringList{QStringLiteral("down")});
        QVERIFY(monitorToJson(*m_engine->monitor(m.id), PingUrls{})
                        .value(QLatin1String("maintenance"))
                        .isNull());
    }

    void pingsInAWindowAreTakenButChangeNothing()
    {
        const Monitor m = add(QStringLiteral("job"));
        ping(m);
        auto w = once(QStringLiteral("w"), kT0, kT0 + 2 * kHour);
        w.all = true;
        QVERIFY(addWindow(w));
        QCOMPARE(status(m.id), Status::Maintenance); // from now: it started already
        m_clock.setNow(kT0 + 10 * kMin);
        ping(m, PingKind::Fail);
        QCOMPARE(status(m.id), Status::Maintenance);
        QCOMPARE(m_engine->monitor(m.id)->nPings, 2);
        QCOMPARE(m_engine->monitor(m.id)->lastPingMs, kT0 + 10 * kMin);
        runUntil(kT0 + 2 * kHour);
        QCOMPARE(status(m.id), Status::Up); // a failure in the window is forgiven
        QVERIFY(alerts(m.id).isEmpty());
    }

    // A run in progress when the window begins: its hang limit passes inside the window
    // and alerts nobody; after the window the job is expected afresh, the run forgotten.
    void aWindowThatStartsDuringARunHoldsItsHang()
    {
        const Monitor m = add(QStringLiteral("backup"));
        ping(m); // due 1:00
        m_clock.setNow(kT0 + 55 * kMin);
        ping(m, PingKind::Start); // hung at 1:05 (its start + the 10 min grace)
        QCOMPARE(status(m.id), Status::Started);
        auto w = once(QStringLiteral("nas reboot"), kT0 + kHour, kT0 + 2 * kHour);
        w.monitorIds = {m.id};
        QVERIFY(addWindow(w));
        runUntil(kT0 + kHour);
        QCOMPARE(status(m.id), Status::Maintenance);
        runUntil(kT0 + kHour + 30 * kMin); // past the hang limit
        QCOMPARE(status(m.id), Status::Maintenance);
        QVERIFY(incidents(m.id).isEmpty());
        runUntil(kT0 + 2 * kHour);
        QCOMPARE(status(m.id), Status::Up);
        QVERIFY(m_engine->monitor(m.id)->runs.isEmpty());
        QCOMPARE(m_engine->monitor(m.id)->nextDueMs, kT0 + 3 * kHour);
        QVERIFY(alerts(m.id).isEmpty());
        runUntil(kT0 + 3 * kHour + 10 * kMin); // no ping since: a miss, not a hang
        QCOMPARE(status(m.id), Status::Down);
        QCOMPARE(m_engine->monitor(m.id)->statusReason, QStringLiteral("missed"));
        QCOMPARE(alertKinds(m.id), QStringList{QStringLiteral("down")});
    }

    void aMonitorDownBeforeIsDownAfterWithoutASecondAlert()
    {
        const Monitor m = add(QStringLiteral("nas"));
        ping(m);
        runUntil(kT0 + kHour + 10 * kMin);
        QCOMPARE(status(m.id), Status::Down);
        QCOMPARE(alertKinds(m.id), QStringList{QStringLiteral("down")});
        auto w = once(QStringLiteral("disk swap"), kT0 + 2 * kHour, kT0 + 3 * kHour);
        w.monitorIds = {m.id};
        QVERIFY(addWindow(w));
        runUntil(kT0 + 2 * kHour);
        QCOMPARE(status(m.id), Status::Maintenance);
        QCOMPARE(incidents(m.id).size(), 1);
        QCOMPARE(incidents(m.id).first().endMs, -1); // still open
        runUntil(kT0 + 3 * kHour);
        QCOMPARE(status(m.id), Status::Down);
        QCOMPARE(m_engine->monitor(m.id)->statusSinceMs, kT0 + kHour + 10 * kMin);
        QCOMPARE(incidents(m.id).size(), 1);
        QCOMPARE(incidents(m.id).first().endMs, -1);
        QCOMPARE(alertKinds(m.id), QStringList{QStringLiteral("down")});
    }

    void aSuccessInTheWindowEndsTheOutageWithARecovery()
    {
        const Monitor m = add(QStringLiteral("nas"));
        ping(m);
        runUntil(kT0 + kHour + 10 * kMin);
        auto w = once(QStringLiteral("disk swap"), kT0 + 2 * kHour, kT0 + 3 * kHour);
        w.monitorIds = {m.id};
        QVERIFY(addWindow(w));
        runUntil(kT0 + 2 * kHour);
        m_clock.setNow(kT0 + 2 * kHour + 30 * kMin);
        ping(m);
        QCOMPARE(status(m.id), Status::Maintenance);
        runUntil(kT0 + 3 * kHour);
        QCOMPARE(status(m.id), Status::Up);
        QCOMPARE(incidents(m.id).size(), 1);
        QCOMPARE(incidents(m.id).first().endMs, kT0 + 3 * kHour);
        QCOMPARE(alertKinds(m.id), (QStringList{QStringLiteral("down"), QStringLiteral("up")}));
        for (const Alert &a : alerts(m.id)) // the recovery belongs to the outage's incident
            QCOMPARE(a.incidentId, incidents(m.id).first().id);
    }

    // Reports keep maintenance apart: neither up nor down, also inside an incident that
    // stayed open through the window, and they list the window.
    void reportsShowMaintenanceApart()
    {
        const Monitor m = add(QStringLiteral("nas"));
        ping(m);
        runUntil(kT0 + kHour + 10 * kMin); // down
        auto w = once(QStringLiteral("disk swap"), kT0 + 2 * kHour, kT0 + 3 * kHour);
        w.monitorIds = {m.id};
        QVERIFY(addWindow(w));
        runUntil(kT0 + 2 * kHour);
        runUntil(kT0 + 3 * kHour); // still down
        m_clock.setNow(kT0 + 4 * kHour);
        ping(m); // up
        m_clock.setNow(kT0 + 5 * kHour);
        m_engine->tick(); // the listening span reaches now: no "no data" in the period
        ReportRequest request;
        request.fromMs = kT0;
        request.toMs = kT0 + 5 * kHour;
        request.zone = QTimeZone::utc();
        QString error;
        const auto report = buildReport(*m_db, request, m_clock.nowMs(), &error);
        QVERIFY2(report, qPrintable(error));
        const ReportMonitor &r = report->monitors.first();
        QCOMPARE(r.noDataMs, 0);
        QCOMPARE(r.maintenanceMs, kHour);
        QCOMPARE(r.incidents, 1);
        const ReportIncident &i = report->incidents.first();
        QCOMPARE(i.maintenanceMs, kHour);
        QCOMPARE(i.downtimeMs, 4 * kHour - (kHour + 10 * kMin) - kHour); // 1 h 50 min
        QVERIFY(r.uptimePercent);
        // 5 h covered, 1 h apart, 1 h 50 min down: 2 h 10 min up of 4 h.
        QCOMPARE(qRound(*r.uptimePercent * 100), qRound(100.0 * 130.0 / 240.0 * 100));
        QCOMPARE(report->windows.size(), 1);
        QCOMPARE(report->windows.first().name, QStringLiteral("disk swap"));
        QCOMPARE(report->windows.first().monitors, QStringList{QStringLiteral("nas")});
        const QJsonObject json = QJsonDocument::fromJson(reportJson(*report)).object();
        const QJsonObject mj = json.value(QLatin1String("monitors")).toArray().first().toObject();
        QCOMPARE(mj.value(QLatin1String("maintenance_s")).toDouble(), 3600.0);
        QCOMPARE(mj.value(QLatin1String("maintenance")).toArray().size(), 1);
        QCOMPARE(json.value(QLatin1String("maintenance_windows")).toArray().size(), 1);
        QVERIFY(reportCsv(*report).contains(",3600,,,\r\n"));
        QVERIFY(QString::fromUtf8(reportHtml(*report)).contains(QStringLiteral("disk swap")));
    }

    void notifyAlertsWhenItBeginsAndEnds()
    {
        const Monitor m = add(QStringLiteral("job"), {QStringLiteral("office")});
        ping(m);
        auto w = once(QStringLiteral("w"), kT0 + kMin, kT0 + 2 * kMin);
        w.tags = {QStringLiteral("office")};
        w.notify = true;
        QVERIFY(addWindow(w));
        runUntil(kT0 + kMin);
        runUntil(kT0 + 2 * kMin);
        QCOMPARE(alertKinds(m.id),
                 (QStringList{QStringLiteral("maintenance_start"),
                              QStringLiteral("maintenance_end")}));
        const QList<Alert> all = alerts(m.id);
        const auto start = *std::find_if(all.cbegin(), all.cend(), [](const Alert &a) {
            return a.kind == AlertKind::MaintenanceStart;
        });
        QCOMPARE(start.facts.value(QLatin1String("maintenance")).toString(), QStringLiteral("w"));
    }

    void onlyTheMonitorsItCovers()
    {
        const Monitor in = add(QStringLiteral("in"), {QStringLiteral("office")});
        const Monitor out = add(QStringLiteral("out"), {QStringLiteral("home")});
        const Monitor paused = add(QStringLiteral("paused"), {QStringLiteral("office")});
        ping(in);
        ping(out);
        QString error;
        QVERIFY(m_engine->pauseMonitor(paused.id, &error));
        auto w = once(QStringLiteral("w"), kT0, kT0 + kHour);
        w.tags = {QStringLiteral("office")};
        QVERIFY(addWindow(w));
        QCOMPARE(status(in.id), Status::Maintenance);
        QCOMPARE(status(out.id), Status::Up);
        QCOMPARE(status(paused.id), Status::Paused);
        // Removed: its monitors leave it at once.
        QVERIFY(m_engine->removeMaintenance(m_engine->findMaintenance(QStringLiteral("w"))->id,
                                            &error));
        QCOMPARE(status(in.id), Status::Up);
        QCOMPARE(m_engine->monitor(in.id)->nextDueMs, kT0 + kHour);
    }

    // A monitor added or tagged while a window is open is in it at once; one untagged
    // leaves it.
    void monitorsAddedOrEditedDuringAWindow()
    {
        auto w = once(QStringLiteral("w"), kT0, kT0 + kHour);
        const Monitor first = add(QStringLiteral("first"), {QStringLiteral("office")});
        w.tags = {QStringLiteral("office")};
        QVERIFY(addWindow(w));
        QCOMPARE(status(first.id), Status::Maintenance);
        const Monitor added = add(QStringLiteral("added"), {QStringLiteral("office")});
        QCOMPARE(added.status, Status::Maintenance);
        QCOMPARE(status(added.id), Status::Maintenance);
        MonitorSpec untag;
        untag.tags = QStringList{};
        QString error;
        QVERIFY2(m_engine->editMonitor(added.id, untag, &error), qPrintable(error));
        QCOMPARE(status(added.id), Status::New);
        const Monitor other = add(QStringLiteral("other"));
        QCOMPARE(status(other.id), Status::New);
        MonitorSpec tag;
        tag.tags = QStringList{QStringLiteral("office")};
        QVERIFY2(m_engine->editMonitor(other.id, tag, &error), qPrintable(error));
        QCOMPARE(status(other.id), Status::Maintenance);
    }

    void aRestartAfterTheWindowEndedLeavesIt()
    {
        const Monitor m = add(QStringLiteral("job"));
        ping(m);
        auto w = once(QStringLiteral("w"), kT0, kT0 + kHour);
        w.all = true;
        QVERIFY(addWindow(w));
        QCOMPARE(status(m.id), Status::Maintenance);
        closeEngine();
        m_clock.setNow(kT0 + 2 * kHour); // ended while nothing ran
        open();
        QCOMPARE(status(m.id), Status::Up);
        QCOMPARE(m_engine->monitor(m.id)->nextDueMs, kT0 + 3 * kHour);
        // And one reopened inside a window is in it, with its name and end.
        auto later = once(QStringLiteral("later"), kT0 + 2 * kHour, kT0 + 5 * kHour);
        later.all = true;
        QVERIFY(addWindow(later));
        closeEngine();
        m_clock.setNow(kT0 + 3 * kHour);
        open();
        QCOMPARE(status(m.id), Status::Maintenance);
        QCOMPARE(m_engine->monitor(m.id)->maintenanceName, QStringLiteral("later"));
        QCOMPARE(m_engine->monitor(m.id)->maintenanceUntilMs, kT0 + 5 * kHour);
    }

    void recurringWindowsFollowTheZone_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<QList<qint64>>("starts");
        // 01:30 local each day across the spring and autumn changes.
        QTest::addRow("Berlin, spring")
                << "Europe/Berlin" << utc("2026-03-28T00:00:00Z")
                << QList<qint64>{utc("2026-03-28T00:30:00Z"), utc("2026-03-29T00:30:00Z"),
                                 utc("2026-03-29T23:30:00Z")};
        QTest::addRow("Berlin, autumn")
                << "Europe/Berlin" << utc("2026-10-24T01:00:00Z")
                << QList<qint64>{utc("2026-10-24T23:30:00Z"), utc("2026-10-26T00:30:00Z"),
                                 utc("2026-10-27T00:30:00Z")};
        QTest::addRow("New York, spring")
                << "America/New_York" << utc("2026-03-07T12:00:00Z")
                << QList<qint64>{utc("2026-03-08T06:30:00Z"), utc("2026-03-09T05:30:00Z"),
                                 utc("2026-03-10T05:30:00Z")};
        QTest::addRow("New York, autumn")
                << "America/New_York" << utc("2026-10-31T12:00:00Z")
                << QList<qint64>{utc("2026-11-01T05:30:00Z"), utc("2026-11-02T06:30:00Z"),
                                 utc("2026-11-03T06:30:00Z")};
    }
    void recurringWindowsFollowTheZone()
    {
        QFETCH(QString, zone);
        QFETCH(qint64, from);
        QFETCH(QList<qint64>, starts);
        MaintenanceWindow w;
        w.cron = QStringLiteral("30 1 * * *");
        w.timeZone = zone;
        w.durationMs = kHour;
        const QList<MaintenanceWindow::Span> got = w.occurrences(from, starts.last() + 1, 10);
        QCOMPARE(got.size(), starts.size());
        for (int i = 0; i < starts.size(); ++i) {
            QCOMPARE(got[i].startMs, starts[i]);
            QCOMPARE(got[i].endMs, starts[i] + kHour);
        }
        QVERIFY(w.spanAt(starts[1] + 30 * kMin));
        QVERIFY(!w.spanAt(starts[1] + kHour));
        QCOMPARE(w.nextChange(starts[1] - 1), starts[1]);
        QCOMPARE(w.nextChange(starts[1]), starts[1] + kHour);
    }

    void aRecurringWindowComesAndGoesAsDeadlines()
    {
        const Monitor m = add(QStringLiteral("job"));
        ping(m);
        MaintenanceWindow w;
        w.name = QStringLiteral("nightly");
        w.all = true;
        w.cron = QStringLiteral("0 2 * * *");
        w.timeZone = QStringLiteral("UTC");
        w.durationMs = kHour;
        QVERIFY(addWindow(w));
        for (int day = 0; day < 3; ++day) {
            const qint64 start = kT0 + day * 24 * kHour + 2 * kHour;
            m_clock.setNow(start - kMin);
            ping(m);
            runUntil(start);
            QCOMPARE(status(m.id), Status::Maintenance);
            runUntil(start + kHour);
            QCOMPARE(status(m.id), Status::Up);
            QCOMPARE(m_engine->monitor(m.id)->nextDueMs, start + 2 * kHour);
        }
    }

    void badWindowsAreRefusedWithASentence_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        QTest::addRow("ends before it starts") << 0 << "ends before it starts";
        QTest::addRow("already over") << 1 << "already over";
        QTest::addRow("unknown tag") << 2 << "No monitor has the tag";
        QTest::addRow("never fires") << 3 << "never fire";
        QTest::addRow("no duration") << 4 << "--duration";
        QTest::addRow("covers nothing") << 5 << "--monitor M, --tag T or --all";
        QTest::addRow("name taken") << 6 << "already a maintenance window";
        QTest::addRow("unknown monitor") << 7 << "No monitor with id";
        QTest::addRow("bad zone") << 8 << "--tz";
    }
    void badWindowsAreRefusedWithASentence()
    {
        QFETCH(int, kind);
        QFETCH(QString, expected);
        add(QStringLiteral("job"));
        auto taken = once(QStringLiteral("taken"), kT0 + kHour, kT0 + 2 * kHour);
        taken.all = true;
        QVERIFY(addWindow(taken));
        MaintenanceWindow w = once(QStringLiteral("w"), kT0 + kHour, kT0 + 2 * kHour);
        w.all = true;
        switch (kind) {
        case 0:
            w.toMs = w.fromMs - 1;
            break;
        case 1:
            w.fromMs = kT0 - 2 * kHour;
            w.toMs = kT0 - kHour;
            break;
        case 2:
            w.all = false;
            w.tags = {QStringLiteral("nosuchtag")};
            break;
        case 3:
            w.cron = QStringLiteral("0 0 30 2 *");
            w.durationMs = kHour;
            break;
        case 4:
            w.cron = QStringLiteral("0 2 * * *");
            break;
        case 5:
            w.all = false;
            break;
        case 6:
            w.name = QStringLiteral("taken");
            break;
        case 7:
            w.all = false;
            w.monitorIds = {999};
            break;
        case 8:
            w.cron = QStringLiteral("0 2 * * *");
            w.durationMs = kHour;
            w.timeZone = QStringLiteral("Mars/Olympus");
            break;
        }
        QString error;
        QVERIFY(!m_engine->addMaintenance(w, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(m_engine->maintenanceWindows().size(), 1); // nothing stored
    }
};

QTEST_GUILESS_MAIN(TestMaintenance)
#include "tst_maintenance.moc"
