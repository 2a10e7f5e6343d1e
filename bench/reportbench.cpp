// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A year's report for 500 monitors with a million stored pings (by default 6,000
// incidents, each with a down alert and a recovery, and a listening gap every night):
// how long building it and writing each format takes.
//
//   QT_QPA_PLATFORM=offscreen uptrack_reportbench [--monitors N] [--pings-per-monitor N]
//                                                 [--incidents-per-monitor N]

#include "reports/report.h"
#include "storage/alertrepository.h"
#include "storage/channelrepository.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/monitorrepository.h"
#include "storage/pingrepository.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

using namespace uptrack;

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("monitors"), QStringLiteral("monitors"), QStringLiteral("n"),
                        QStringLiteral("500")},
                       {QStringLiteral("pings-per-monitor"), QStringLiteral("pings"),
                        QStringLiteral("n"), QStringLiteral("2000")},
                       {QStringLiteral("incidents-per-monitor"),
                        QStringLiteral("incidents in the year (one an hour long every few days)"),
                        QStringLiteral("n"), QStringLiteral("12")}});
    parser.process(app);
    const int monitors = parser.value(QStringLiteral("monitors")).toInt();
    const int perMonitor = parser.value(QStringLiteral("pings-per-monitor")).toInt();
    const int incidentsPerMonitor
            = std::clamp(parser.value(QStringLiteral("incidents-per-monitor")).toInt(), 0, 360);
    constexpr qint64 kDay = 86'400'000;
    const qint64 from = 1'735'689'600'000; // 2025-01-01
    const qint64 to = from + 365 * kDay;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("year.db"));
    QElapsedTimer timer;
    timer.start();
    {
        QString error;
        auto db = Database::open(path, Database::Mode::ReadWrite, &error);
        if (!db) {
            std::fprintf(stderr, "reportbench: %s\n", qPrintable(error));
            return 1;
        }
        db->begin();
        Channel hook;
        hook.name = QStringLiteral("hook");
        hook.kind = QStringLiteral("webhook");
        ChannelRepository(*db).insert(&hook);
        MonitorRepository monitorRepo(*db);
        PingRepository pings(*db);
        HistoryRepository history(*db);
        AlertRepository alerts(*db);
        for (int day = 0; day < 365; ++day) { // asleep 01:00-06:00 every night
            const qint64 id = history.openSpan(from + day * kDay + 6 * 3'600'000LL);
            history.extendSpan(id, from + (day + 1) * kDay + 3'600'000LL);
        }
        for (int i = 0; i < monitors; ++i) {
            Monitor m;
            m.name = QStringLiteral("job %1").arg(i + 1, 3, 10, QLatin1Char('0'));
            m.slug = QStringLiteral("job-%1").arg(i + 1);
            m.token = QStringLiteral("token-%1").arg(i);
            m.createdMs = from - kDay;
            m.schedule = Schedule(365 * kDay / perMonitor);
            monitorRepo.insert(&m);
            QList<Ping> batch(perMonitor);
            QList<const Ping *> refs;
            for (int k = 0; k < perMonitor; ++k) {
                Ping &p = batch[k];
                p.monitorId = m.id;
                p.timeMs = from + qint64(k) * m.schedule.periodMs();
                p.kind = k % 40 == 0 ? PingKind::Fail : PingKind::Success;
                p.durationMs = k % 2 ? 30'000 + k : -1;
                p.source = QStringLiteral("192.168.1.20");
                p.method = QStringLiteral("GET");
                refs.append(&p);
            }
            pings.insertAll(refs);
            for (int k = 0; k < incidentsPerMonitor; ++k) {
                Incident inc;
                inc.monitorId = m.id;
                inc.startMs = from + qint64(k) * (365 / std::max(1, incidentsPerMonitor)) * kDay
                        + i * 1000;
                inc.reason = QStringLiteral("missed");
                history.openIncident(&inc);
                history.closeIncident(m.id, inc.startMs + 3'600'000);
                for (const AlertKind kind : {AlertKind::Down, AlertKind::Up}) {
                    Alert a;
                    a.monitorId = m.id;
                    a.kind = kind;
                    a.eventId
                            = QStringLiteral("%1-%2-%3").arg(m.id).arg(k).arg(alertKindName(kind));
                    a.createdMs = inc.startMs + (a.kind == AlertKind::Up ? 3'600'000 : 0);
                    alerts.insertAlert(&a);
                    Delivery d;
                    d.alertId = a.id;
                    d.channelId = hook.id;
                    d.state = DeliveryState::Delivered;
                    d.nextAttemptMs = a.createdMs;
                    alerts.insertDelivery(&d);
                }
            }
        }
        db->commit();
    }
    std::printf("reportbench: database with %d monitors, %d pings, %d incidents, %d alerts "
                "written in %.1f s (%.0f MB)\n",
                monitors, monitors * perMonitor, monitors * incidentsPerMonitor,
                monitors * incidentsPerMonitor * 2, timer.elapsed() / 1000.0,
                QFileInfo(path).size() / 1e6);

    QString error;
    auto db = Database::open(path, Database::Mode::ReadOnly, &error);
    ReportRequest request;
    request.fromMs = from;
    request.toMs = to;
    request.zone = QTimeZone::utc();
    timer.restart();
    const auto report = buildReport(*db, request, to + kDay, &error);
    if (!report) {
        std::fprintf(stderr, "reportbench: %s\n", qPrintable(error));
        return 1;
    }
    const double built = timer.elapsed() / 1000.0;
    std::printf("reportbench: built the year's report (%lld monitors, %lld incidents) in %.2f s\n",
                qlonglong(report->monitors.size()), qlonglong(report->incidents.size()), built);
    for (const char *format : {"csv", "json", "html", "pdf"}) {
        timer.restart();
        const QString out = dir.filePath(QStringLiteral("year.") + QString::fromLatin1(format));
        if (!writeReport(*report, QString::fromLatin1(format), out, &error)) {
            std::fprintf(stderr, "reportbench: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("reportbench: %s written in %.2f s (%.1f MB); with building: %.2f s\n", format,
                    timer.elapsed() / 1000.0, QFileInfo(out).size() / 1e6,
                    built + timer.elapsed() / 1000.0);
    }
    return 0;
}
