// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Incident reports on a scripted day, with every figure worked out by hand:
//
// Period: 2026-03-01 00:00 to 2026-03-02 00:00 UTC (86,400 s). Uptrack was asleep
// from 10:00 to 12:00 (7,200 s of no data). The report is made at 01:00 the next day.
//
// billing (every 6 h, grace 1 h; created 2026-02-28 12:00):
//   last good ping Feb 28 16:00, due 22:00, down at 23:00: the incident began before
//   the period; a ping at 02:00 ends it. In the period: 00:00-02:00 = 7,200 s down.
//   Timed runs closing at 08:00 (60 s), 14:00 (120 s), 20:00 (300 s): 3 runs,
//   median 120 s, 95th percentile 300 s (nearest rank).
//   Listened to: 86,400 - 7,200 = 79,200 s; up 72,000 s: 90.909 %.
// reports (every 1 h, grace 5 min; created 2026-03-01 06:00, mid-period):
//   pings 06:30, then down at 07:35 (missed), back at 08:00: 1,500 s. Pings every
//   30 min to 09:30 and from 12:30 (its 10:30 deadline fell while asleep: no alert).
//   /fail at 22:00, nothing after: ongoing, clipped at 24:00: 7,200 s.
//   Covered 06:00-24:00 = 64,800 s, listened to 57,600 s, down 8,700 s:
//   48,900 / 57,600 = 84.896 %. MTTR 8,700 / 2 = 4,350 s, longest 7,200 s.
#include "engine/engine.h"
#include "processhelpers.h"
#include "reports/report.h"
#include "scriptedengine.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "time/clock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace uptrack;

namespace {
qint64 at(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
}

QList<QStringList> parseCsv(const QByteArray &bytes)
{
    // Enough of RFC 4180 for the test: quoted fields with doubled quotes, CRLF records.
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(bytes);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size()
                   && text[i + 1] == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}
} // namespace

class TestReport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    QStringList m_tokens;
    qint64 m_billingIncident = 0;

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("report.db"));
        FakeClock clock(at(2, 28, 12));
        testsupport::ScriptedEngine script(m_path, clock);
        QVERIFY2(script.ok, qPrintable(script.error));
        Engine &engine = *script.engine;
        QString error;
        Channel hook;
        hook.name = QStringLiteral("ops-hook");
        hook.kind = QStringLiteral("webhook");
        hook.secretRef = QStringLiteral("channel/secret-ref-never-shown");
        hook.isDefault = true;
        QVERIFY(engine.addChannel(hook, &error));

        const Monitor billing = script.add(QStringLiteral("billing"), 6 * 3'600'000LL, 3'600'000);
        QVERIFY(billing.id > 0);
        m_tokens.append(billing.token);
        auto ping = [&](const Monitor &m, PingKind kind, const QByteArray &body = {},
                        qint64 sentAt = -1) { QVERIFY(script.ping(m, kind, body, sentAt)); };
        // Moves time forward a minute at a time, firing deadlines and extending the
        // listening span as the running core would.
        auto until = [&](qint64 when) {
            while (clock.nowMs() < when) {
                clock.setNow(std::min(when, clock.nowMs() + 60'000));
                engine.processDue();
                engine.tick();
            }
        };

        until(at(2, 28, 16));
        ping(billing, PingKind::Success);
        until(at(3, 1, 2));
        ping(billing, PingKind::Success); // ends the incident that began Feb 28 23:00
        until(at(3, 1, 6));
        const Monitor reports = script.add(QStringLiteral("reports"), 3'600'000, 300'000);
        m_tokens.append(reports.token);
        until(at(3, 1, 6, 30));
        ping(reports, PingKind::Success);
        until(at(3, 1, 7, 59));
        ping(billing, PingKind::Start);
        until(at(3, 1, 8));
        ping(billing, PingKind::Success); // a 60 s run
        ping(reports, PingKind::Success); // ends the 07:35 incident
        for (int half = 17; half <= 19; ++half) {
            until(at(3, 1, half / 2, half % 2 * 30));
            ping(reports, PingKind::Success);
        }
        until(at(3, 1, 10));
        clock.suspend(2 * 3'600'000); // asleep until 12:00
        engine.tick();
        // The reports job ran on while the computer slept; its pings waited in its spool
        // and arrive now, each with the instant it was meant for: no incident.
        for (int half = 21; half <= 23; ++half)
            ping(reports, PingKind::Success, {}, at(3, 1, half / 2, half % 2 * 30));
        for (int half = 25; half <= 43; ++half) { // 12:30 ... 21:30
            until(at(3, 1, half / 2, half % 2 * 30));
            if (half == 28) { // 14:00; its run started at 13:58
                ping(billing, PingKind::Success);
            }
            ping(reports, PingKind::Success);
            if (half == 27) { // 13:30, then the billing run starts at 13:58
                until(at(3, 1, 13, 58));
                ping(billing, PingKind::Start);
            }
            if (half == 39) { // 19:30, then the run starts at 19:55 and ends at 20:00
                until(at(3, 1, 19, 55));
                ping(billing, PingKind::Start);
                until(at(3, 1, 20));
                ping(billing, PingKind::Success);
            }
        }
        until(at(3, 1, 22));
        ping(reports, PingKind::Fail, "rsync: write failed: No space left on device (28)\n");
        until(at(3, 2, 1));
        m_now = clock.nowMs();

        QList<Incident> incidents;
        HistoryRepository(*script.db).incidents(billing.id, &incidents);
        QCOMPARE(incidents.size(), 1);
        m_billingIncident = incidents[0].id;
        QVERIFY(engine.setIncidentNote(m_billingIncident,
                                       QStringLiteral("disk full on backup01, \"cleaned\" up"),
                                       &error));
        // The reports job's open failure, acknowledged at 23:10 with a note.
        QList<Incident> open;
        HistoryRepository(*script.db).incidents(reports.id, &open);
        QVERIFY(!open.isEmpty() && open.constLast().endMs < 0);
        clock.setNow(at(3, 1, 23, 10));
        QVERIFY2(engine.acknowledgeIncident(open.constLast().id, QStringLiteral("ann"),
                                            QStringLiteral("ordering a disk"), &error),
                 qPrintable(error));
        clock.setNow(m_now);
        QString missing;
        QVERIFY(!engine.setIncidentNote(9999, QStringLiteral("x"), &missing));
        QVERIFY(missing.contains(QStringLiteral("9999")));
    }

    void figuresMatchTheHandWorkedOnes()
    {
        const Report r = build();
        QCOMPARE(r.monitors.size(), 2);
        const ReportMonitor &billing = r.monitors[0];
        QCOMPARE(billing.name, QStringLiteral("billing"));
        QCOMPARE(billing.covered.length(), 86'400'000);
        QCOMPARE(billing.noDataMs, 7'200'000);
        QCOMPARE(billing.downtimeMs, 7'200'000);
        QCOMPARE(billing.incidents, 1);
        QCOMPARE(billing.meanTimeToRecoveryMs, 7'200'000);
        QCOMPARE(billing.longestIncidentMs, 7'200'000);
        QCOMPARE(qRound(*billing.uptimePercent * 1000), 90'909);
        QCOMPARE(billing.runs, 3);
        QCOMPARE(billing.runMedianMs, 120'000);
        QCOMPARE(billing.runP95Ms, 300'000);

        const ReportMonitor &reports = r.monitors[1];
        QCOMPARE(reports.covered.startMs, at(3, 1, 6)); // from its creation
        QCOMPARE(reports.covered.length(), 64'800'000);
        QCOMPARE(reports.noDataMs, 7'200'000);
        QCOMPARE(reports.downtimeMs, 8'700'000);
        QCOMPARE(reports.incidents, 2);
        QCOMPARE(reports.meanTimeToRecoveryMs, 4'350'000);
        QCOMPARE(reports.longestIncidentMs, 7'200'000);
        QCOMPARE(qRound(*reports.uptimePercent * 1000), 84'896);
        QCOMPARE(reports.runs, 0);

        QCOMPARE(r.incidents.size(), 3);
        QVERIFY(r.incidents[0].startedBefore);
        QCOMPARE(r.incidents[0].startMs, at(3, 1, 0));
        QCOMPARE(r.incidents[0].lastGoodPingMs, at(2, 28, 16));
        QCOMPARE(r.incidents[1].startMs, at(3, 1, 7, 35));
        QCOMPARE(r.incidents[2].reasonCode, QStringLiteral("failed"));
        QVERIFY(r.incidents[2].ongoing);
        QCOMPARE(r.incidents[2].endMs, at(3, 2, 0));
        // Who was told: the down alert (Feb 28 23:00) and the recovery, on the channel.
        QCOMPARE(r.incidents[0].alerts.size(), 2);
        QCOMPARE(r.incidents[0].alerts[0].kind, AlertKind::Down);
        QCOMPARE(r.incidents[0].alerts[0].timeMs, at(2, 28, 23));
        QCOMPARE(r.incidents[0].alerts[0].channel, QStringLiteral("ops-hook"));
        QCOMPARE(r.incidents[0].alerts[1].kind, AlertKind::Up);
    }

    void csvIsRfc4180WithTheFigures()
    {
        const QByteArray csv = reportCsv(build());
        QVERIFY(csv.endsWith("\r\n"));
        const QList<QStringList> rows = parseCsv(csv);
        QCOMPARE(rows.size(), 4);
        const QStringList header = rows[0];
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), header.size());
        auto cell = [&](int row, const char *column) {
            return rows[row].value(header.indexOf(QString::fromLatin1(column)));
        };
        QCOMPARE(cell(1, "monitor"), QStringLiteral("billing"));
        QCOMPARE(cell(1, "start"), QStringLiteral("2026-03-01T00:00:00+00:00"));
        QCOMPARE(cell(1, "end"), QStringLiteral("2026-03-01T02:00:00+00:00"));
        QCOMPARE(cell(1, "started_before_period"), QStringLiteral("yes"));
        QCOMPARE(cell(1, "duration_s"), QStringLiteral("7200"));
        QCOMPARE(cell(1, "reason_code"), QStringLiteral("missed"));
        QCOMPARE(cell(1, "last_good_ping"), QStringLiteral("2026-02-28T16:00:00+00:00"));
        QCOMPARE(cell(1, "note"), QStringLiteral("disk full on backup01, \"cleaned\" up"));
        QVERIFY(cell(1, "alerts").contains(QStringLiteral("ops-hook")));
        QCOMPARE(cell(2, "monitor"), QStringLiteral("reports"));
        QCOMPARE(cell(2, "start"), QStringLiteral("2026-03-01T07:35:00+00:00"));
        QCOMPARE(cell(2, "duration_s"), QStringLiteral("1500"));
        QCOMPARE(cell(2, "last_good_ping"), QStringLiteral("2026-03-01T06:30:00+00:00"));
        QCOMPARE(cell(3, "start"), QStringLiteral("2026-03-01T22:00:00+00:00"));
        QCOMPARE(cell(3, "end"), QString());
        QCOMPARE(cell(3, "ongoing"), QStringLiteral("yes"));
        QCOMPARE(cell(3, "duration_s"), QStringLiteral("7200"));
        QCOMPARE(cell(3, "reason"), QStringLiteral("reported failure"));
        QCOMPARE(cell(3, "acknowledged_by"), QStringLiteral("ann"));
        QCOMPARE(cell(3, "acknowledged_at"), QStringLiteral("2026-03-01T23:10:00+00:00"));
        QCOMPARE(cell(3, "acknowledged_note"), QStringLiteral("ordering a disk"));
        QCOMPARE(cell(1, "acknowledged_by"), QString());
        QCOMPARE(cell(1, "acknowledged_at"), QString());
    }

    void jsonCarriesTheSummaryAndIncidents()
    {
        const QJsonObject o = QJsonDocument::fromJson(reportJson(build())).object();
        QCOMPARE(o.value("period").toObject().value("from").toString(),
                 QStringLiteral("2026-03-01T00:00:00+00:00"));
        QCOMPARE(o.value("period").toObject().value("time_zone").toString(), QStringLiteral("UTC"));
        const QJsonArray monitors = o.value("monitors").toArray();
        QCOMPARE(monitors.size(), 2);
        const QJsonObject reports = monitors[1].toObject();
        QCOMPARE(reports.value("covered_s").toInt(), 64'800);
        QCOMPARE(reports.value("no_data_s").toInt(), 7'200);
        QCOMPARE(reports.value("downtime_s").toInt(), 8'700);
        QCOMPARE(reports.value("incidents").toInt(), 2);
        QCOMPARE(reports.value("mttr_s").toInt(), 4'350);
        QCOMPARE(reports.value("longest_incident_s").toInt(), 7'200);
        QCOMPARE(qRound(reports.value("uptime_percent").toDouble() * 1000), 84'896);
        QCOMPARE(monitors[0].toObject().value("run_median_s").toDouble(), 120.0);
        QCOMPARE(monitors[0].toObject().value("run_p95_s").toDouble(), 300.0);
        const QJsonArray incidents = o.value("incidents").toArray();
        QCOMPARE(incidents.size(), 3);
        QVERIFY(incidents[0].toObject().value("started_before_period").toBool());
        QVERIFY(incidents[2].toObject().value("end").isNull());
        QVERIFY(incidents[0].toObject().value("acknowledged").isNull());
        const QJsonObject ack = incidents[2].toObject().value("acknowledged").toObject();
        QCOMPARE(ack.value("by").toString(), QStringLiteral("ann"));
        QCOMPARE(ack.value("at").toString(), QStringLiteral("2026-03-01T23:10:00+00:00"));
        QCOMPARE(ack.value("note").toString(), QStringLiteral("ordering a disk"));
        QVERIFY(!incidents[2].toObject().contains("body_excerpt")); // not asked for
    }

    void htmlIsWellFormedAndPdfHasTheFigures()
    {
        const Report r = build();
        const QByteArray html = reportHtml(r);
        QXmlStreamReader xml(html);
        int tables = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement
                && xml.name() == QLatin1String("table"))
                ++tables;
        }
        QVERIFY2(!xml.hasError(),
                 qPrintable(xml.errorString() + QStringLiteral(" at line ")
                            + QString::number(xml.lineNumber())));
        QCOMPARE(tables, 3);
        QVERIFY(html.contains("84.896%"));
        QVERIFY(html.contains("Acknowledged by ann at Sun 1 Mar 2026 23:10: ordering a disk"));

        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        QString error;
        QVERIFY2(writeReportPdf(r, pdf, &error), qPrintable(error));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed");
        QProcess p;
        p.start(pdftotext, {pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30'000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
        for (const char *expected :
             {"Uptrack incident report", "Time zone: UTC", "90.909%", "84.896%", "2 h",
              "disk full on backup01", "began before the period", "ongoing", "reported failure",
              "missed the deadline", "measured from its creation", "Acknowledged by ann",
              "ordering a disk"}) {
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        }
    }

    void nothingSecretUnlessAsked()
    {
        const Report r = build();
        const QByteArray all = reportCsv(r) + reportJson(r) + reportHtml(r);
        for (const QString &token : std::as_const(m_tokens))
            QVERIFY(!all.contains(token.toLatin1()));
        QVERIFY(!all.contains("secret-ref-never-shown"));
        QVERIFY(!all.contains("No space left"));
        ReportRequest withBodies = request();
        withBodies.includeBodies = true;
        QString error;
        auto db = Database::open(m_path, Database::Mode::ReadOnly, &error);
        const auto bodies = buildReport(*db, withBodies, m_now, &error);
        QVERIFY(reportJson(*bodies).contains("No space left on device"));
    }

    void commandLineWritesTheSameFiles()
    {
        const QString csv = m_dir.filePath(QStringLiteral("cli.csv"));
        const auto result = testsupport::cli(
                {QStringLiteral("report"), QStringLiteral("--db"), m_path, QStringLiteral("--from"),
                 QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                 QStringLiteral("2026-03-02T00:00:00Z"), QStringLiteral("--tz"),
                 QStringLiteral("UTC"), QStringLiteral("--format"), QStringLiteral("csv"),
                 QStringLiteral("-o"), csv});
        QCOMPARE(result.exitCode, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(file.readAll());
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[1][7], QStringLiteral("7200"));
        // One monitor by slug, PDF.
        const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
        QCOMPARE(testsupport::cli({QStringLiteral("report"), QStringLiteral("--db"), m_path,
                                   QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                                   QStringLiteral("--to"), QStringLiteral("2026-03-02"),
                                   QStringLiteral("--monitor"), QStringLiteral("reports"),
                                   QStringLiteral("--format"), QStringLiteral("pdf"),
                                   QStringLiteral("-o"), pdf})
                         .exitCode,
                 0);
        QVERIFY(QFileInfo(pdf).size() > 1000);
        // Mistakes are usage errors with a reason, and write nothing.
        const QString none = m_dir.filePath(QStringLiteral("none.csv"));
        const auto backwards = testsupport::cli(
                {QStringLiteral("report"), QStringLiteral("--db"), m_path, QStringLiteral("--from"),
                 QStringLiteral("2026-03-02"), QStringLiteral("--to"), QStringLiteral("2026-03-01"),
                 QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), none});
        QCOMPARE(backwards.exitCode, 2);
        QVERIFY(backwards.err.contains("after"));
        QVERIFY(!QFile::exists(none));
        const auto unknown = testsupport::cli(
                {QStringLiteral("report"), QStringLiteral("--db"), m_path, QStringLiteral("--from"),
                 QStringLiteral("2026-03-01"), QStringLiteral("--to"), QStringLiteral("2026-03-02"),
                 QStringLiteral("--monitor"), QStringLiteral("nope"), QStringLiteral("--format"),
                 QStringLiteral("csv"), QStringLiteral("-o"), none});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("nope"));

        // incident note through the command line (no instance running: done in place).
        QCOMPARE(testsupport::cli({QStringLiteral("incident"), QStringLiteral("note"),
                                   QString::number(m_billingIncident),
                                   QStringLiteral("fixed by Ana"), QStringLiteral("--db"), m_path})
                         .exitCode,
                 0);
        QCOMPARE(build().incidents[0].note, QStringLiteral("fixed by Ana"));
        QCOMPARE(testsupport::cli({QStringLiteral("incident"), QStringLiteral("note"),
                                   QStringLiteral("4242"), QStringLiteral("x"),
                                   QStringLiteral("--db"), m_path})
                         .exitCode,
                 1);
    }

    // A second day, worked by hand: 2026-04-01 00:00 to 04-02 00:00 UTC, made at 03:10.
    // All three daily, grace 1 h. flaky (channel ops-hook): /fail 03:00:00, ok 03:00:04, /fail
    //   03:00:08, ok 03:00:20: two incidents of 4 s and 12 s, each with its own down and
    //   recovery alerts (matching by time gave the first all four). Covered 00:00-03:10 =
    //   11,400 s, down 16 s: 11,384 / 11,400 = 99.860 %.
    // quiet (no channel): /fail, ok, /fail at 03:05 in one commit: an empty incident and
    //   an ongoing one (300 s to 03:10), alerts that reached nobody.
    // fresh: never pinged: "no data yet", no uptime, not 100 %.
    void incidentsSecondsApartKeepTheirAlertsAndNewMonitorsHaveNoUptime()
    {
        const QString path = m_dir.filePath(QStringLiteral("apart.db"));
        constexpr qint64 kHour = 3'600'000, kDay = 24 * kHour;
        FakeClock clock(at(4, 1, 0));
        Report r;
        {
            testsupport::ScriptedEngine script(path, clock);
            QVERIFY2(script.ok, qPrintable(script.error));
            Engine &engine = *script.engine;
            const Monitor quiet = script.add(QStringLiteral("quiet"), kDay, kHour);
            const Monitor fresh = script.add(QStringLiteral("fresh"), kDay, kHour);
            QVERIFY(fresh.id > 0);
            Channel hook;
            hook.name = QStringLiteral("ops-hook");
            hook.kind = QStringLiteral("webhook");
            hook.isDefault = true;
            QString error;
            QVERIFY(engine.addChannel(hook, &error));
            const Monitor flaky = script.add(QStringLiteral("flaky"), kDay, kHour);
            auto until = [&](qint64 when) {
                while (clock.nowMs() < when) {
                    clock.setNow(std::min(when, clock.nowMs() + 60'000));
                    engine.processDue();
                    engine.tick();
                }
            };
            until(at(4, 1, 0, 10));
            QVERIFY(script.ping(quiet, PingKind::Success));
            until(at(4, 1, 0, 30));
            QVERIFY(script.ping(flaky, PingKind::Success));
            until(at(4, 1, 3));
            for (const auto &[seconds, kind] : {std::pair{0, PingKind::Fail},
                                                {4, PingKind::Success},
                                                {8, PingKind::Fail},
                                                {20, PingKind::Success}}) {
                clock.setNow(at(4, 1, 3) + seconds * 1000);
                QVERIFY(script.ping(flaky, kind));
            }
            until(at(4, 1, 3, 5));
            for (PingKind kind : {PingKind::Fail, PingKind::Success, PingKind::Fail}) {
                Ping p;
                p.kind = kind;
                engine.submitPing(PingTarget::byToken(quiet.token), p, [](PingOutcome) {});
            }
            QVERIFY(engine.commitNow());
            until(at(4, 1, 3, 10));
            auto db = Database::open(path, Database::Mode::ReadOnly, &error);
            QVERIFY2(db, qPrintable(error));
            ReportRequest q = request();
            q.fromMs = at(4, 1, 0);
            q.toMs = at(4, 2, 0);
            const auto built = buildReport(*db, q, clock.nowMs(), &error);
            QVERIFY2(built, qPrintable(error));
            r = *built;
        }
        QCOMPARE(r.incidents.size(), 4);
        auto alerts = [&](int incident) {
            QStringList out;
            for (const ReportAlert &a : r.incidents[incident].alerts)
                out.append(QStringLiteral("%1 %2 %3")
                                   .arg(alertKindName(a.kind))
                                   .arg((a.timeMs - at(4, 1, 3)) / 1000)
                                   .arg(a.channel.isEmpty() ? QStringLiteral("-") : a.channel));
            return out.join(QLatin1String(", "));
        };
        QCOMPARE(r.incidents[0].monitorName, QStringLiteral("flaky"));
        QCOMPARE(r.incidents[0].downtimeMs, 4'000);
        QCOMPARE(alerts(0), QStringLiteral("down 0 ops-hook, up 4 ops-hook"));
        QCOMPARE(r.incidents[1].downtimeMs, 12'000);
        QCOMPARE(alerts(1), QStringLiteral("down 8 ops-hook, up 20 ops-hook"));
        QCOMPARE(r.incidents[2].monitorName, QStringLiteral("quiet"));
        QCOMPARE(r.incidents[2].downtimeMs, 0);
        QCOMPARE(alerts(2), QStringLiteral("down 300 -, up 300 -"));
        QVERIFY(r.incidents[3].ongoing);
        QCOMPARE(r.incidents[3].downtimeMs, 300'000);
        QCOMPARE(alerts(3), QStringLiteral("down 300 -"));

        auto monitor = [&](const char *name) {
            for (const ReportMonitor &m : std::as_const(r.monitors)) {
                if (m.name == QLatin1String(name))
                    return m;
            }
            return ReportMonitor();
        };
        QCOMPARE(monitor("flaky").covered.length(), 11'400'000);
        QCOMPARE(monitor("flaky").downtimeMs, 16'000);
        QCOMPARE(qRound(*monitor("flaky").uptimePercent * 1000), 99'860);
        QVERIFY(!monitor("flaky").awaitingFirstPing);
        QVERIFY(monitor("fresh").awaitingFirstPing);
        QVERIFY(!monitor("fresh").uptimePercent);

        const QJsonArray monitors
                = QJsonDocument::fromJson(reportJson(r)).object().value("monitors").toArray();
        for (const QJsonValue &m : monitors) {
            const QJsonObject o = m.toObject();
            const bool isFresh = o.value("name").toString() == QLatin1String("fresh");
            QCOMPARE(o.value("uptime_percent").isNull(), isFresh);
            QCOMPARE(o.value("awaiting_first_ping").toBool(), isFresh);
        }
        const QList<QStringList> rows = parseCsv(reportCsv(r));
        QCOMPARE(rows.size(), 6); // the header, four incidents, and the monitor never pinged
        const QStringList header = rows[0];
        auto cell = [&](int row, const char *column) {
            return rows[row].value(header.indexOf(QString::fromLatin1(column)));
        };
        QCOMPARE(cell(1, "uptime_percent"), QStringLiteral("99.860"));
        QCOMPARE(cell(3, "alerts").count(QStringLiteral("no channel — nobody was alerted")), 2);
        QVERIFY(cell(3, "alerts").startsWith(QStringLiteral("down alert at ")));
        QCOMPARE(cell(5, "monitor"), QStringLiteral("fresh"));
        QCOMPARE(cell(5, "incident"), QString());
        QCOMPARE(cell(5, "reason"), QStringLiteral("new — no data yet"));
        QCOMPARE(cell(5, "uptime_percent"), QStringLiteral("no data yet"));
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), header.size());

        const QString html = QString::fromUtf8(reportHtml(r));
        QVERIFY(html.contains(QStringLiteral("no data yet")));
        QVERIFY(html.contains(QStringLiteral("no channel — nobody was alerted")));
        QVERIFY(!html.contains(QStringLiteral("100.000%")));
        const QString pdf = m_dir.filePath(QStringLiteral("apart.pdf"));
        QString error;
        QVERIFY2(writeReportPdf(r, pdf, &error), qPrintable(error));
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30'000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
        for (const char *expected : {"no data yet", "99.860%", "no channel — nobody was alerted",
                                     "down alert 03:00 → ops-hook", "recovery 03:00 → ops-hook"})
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        QVERIFY(!text.contains(QStringLiteral("100.000%")));
    }

private:
    qint64 m_now = 0;

    ReportRequest request() const
    {
        ReportRequest q;
        q.fromMs = at(3, 1, 0);
        q.toMs = at(3, 2, 0);
        q.zone = QTimeZone::utc();
        return q;
    }

    Report build()
    {
        QString error;
        auto db = Database::open(m_path, Database::Mode::ReadOnly, &error);
        [&] { QVERIFY2(db, qPrintable(error)); }();
        const auto r = buildReport(*db, request(), m_now, &error);
        [&] { QVERIFY2(r, qPrintable(error)); }();
        return r ? *r : Report();
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
