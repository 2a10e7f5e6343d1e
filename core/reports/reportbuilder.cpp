// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include "reportslog.h"

#include "format/humanformat.h"
#include "storage/alertrepository.h"
#include "storage/channelrepository.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/maintenancerepository.h"
#include "storage/monitorrepository.h"
#include "storage/pingrepository.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

Q_LOGGING_CATEGORY(lcReports, "uptrack.reports")

namespace uptrack {

namespace {
/// Listening spans are extended every 15 s: a gap up to this long is not "no data".
constexpr qint64 kGapMs = 60'000;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

/// The parts of [from, to) that no listening span covers, ignoring short gaps.
QList<ReportSpan> notListening(qint64 from, qint64 to, QList<ListeningSpan> spans)
{
    QList<ReportSpan> out;
    if (to <= from)
        return out;
    std::sort(spans.begin(), spans.end(),
              [](const ListeningSpan &a, const ListeningSpan &b) { return a.startMs < b.startMs; });
    qint64 covered = from;
    for (const ListeningSpan &s : std::as_const(spans)) {
        if (s.endMs <= covered)
            continue;
        if (s.startMs >= to)
            break;
        if (s.startMs - covered > kGapMs)
            out.append({covered, std::min(s.startMs, to)});
        covered = std::max(covered, s.endMs);
        if (covered >= to)
            break;
    }
    if (to - covered > kGapMs)
        out.append({covered, to});
    return out;
}

/// How much of [start, end) the spans cover (spans sorted, not overlapping).
qint64 overlap(qint64 start, qint64 end, const QList<ReportSpan> &spans)
{
    qint64 total = 0;
    for (const ReportSpan &s : spans) {
        const qint64 a = std::max(start, s.startMs), b = std::min(end, s.endMs);
        if (b > a)
            total += b - a;
    }
    return total;
}

// The monitor's spans in maintenance within [from, to), from its flips, less the time not
// listened (already apart as "no data").
QList<ReportSpan> maintenanceSpans(const QList<Flip> &flips, qint64 from, qint64 to,
                                   const QList<ReportSpan> &noData)
{
    QList<ReportSpan> spans;
    qint64 start = -1;
    for (const Flip &f : flips) {
        if (f.to == Status::Maintenance && start < 0)
            start = f.timeMs;
        else if (f.from == Status::Maintenance && start >= 0) {
            spans.append({start, f.timeMs});
            start = -1;
        }
    }
    if (start >= 0)
        spans.append({start, to});
    QList<ReportSpan> out;
    for (ReportSpan s : std::as_const(spans)) {
        s.startMs = std::max(s.startMs, from);
        s.endMs = std::min(s.endMs, to);
        // Cut out what was not listened to.
        QList<ReportSpan> pieces{s};
        for (const ReportSpan &n : noData) {
            QList<ReportSpan> next;
            for (const ReportSpan &p : std::as_const(pieces)) {
                if (n.endMs <= p.startMs || n.startMs >= p.endMs) {
                    next.append(p);
                    continue;
                }
                if (n.startMs > p.startMs)
                    next.append({p.startMs, n.startMs});
                if (n.endMs < p.endMs)
                    next.append({n.endMs, p.endMs});
            }
            pieces = next;
        }
        for (const ReportSpan &p : std::as_const(pieces)) {
            if (p.endMs > p.startMs)
                out.append(p);
        }
    }
    return out;
}

qint64 nearestRank(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype rank = qsizetype(std::ceil(p * double(values.size())));
    return values[std::clamp<qsizetype>(rank - 1, 0, values.size() - 1)];
}
/// Whether the monitor's history shows a ping before `t` though none is stored (pruned):
/// it left "new" for something other than a pause.
bool heardBefore(HistoryRepository &history, qint64 monitorId, qint64 t)
{
    QList<Flip> flips;
    history.flips(monitorId, &flips);
    return std::any_of(flips.cbegin(), flips.cend(), [t](const Flip &f) {
        return f.timeMs < t && f.from == Status::New && f.to != Status::Paused;
    });
}
} // namespace

std::optional<Report> buildReport(Database &db, const ReportRequest &request, qint64 nowMs,
                                  QString *error, const ReportProgress &progress)
{
    if (request.toMs <= request.fromMs) {
        *error = Tr::tr("The period is empty: the end must come after the start.");
        return std::nullopt;
    }
    MonitorRepository monitorRepo(db);
    QList<Monitor> monitors;
    if (request.monitors.isEmpty()) {
        if (!monitorRepo.loadAll(&monitors)) {
            *error = db.describe(monitorRepo.lastError());
            return std::nullopt;
        }
    } else {
        for (const QString &ref : request.monitors) {
            const auto m = monitorRepo.find(ref);
            if (!m) {
                *error = Tr::tr("No monitor is named \"%1\" (give an id, a slug or a token).")
                                 .arg(ref);
                return std::nullopt;
            }
            if (std::none_of(monitors.cbegin(), monitors.cend(),
                             [&](const Monitor &x) { return x.id == m->id; }))
                monitors.append(*m);
        }
    }
    if (!request.tag.isEmpty()) {
        monitors.erase(std::remove_if(monitors.begin(), monitors.end(),
                                      [&](const Monitor &m) {
                                          return !m.tags.contains(request.tag, Qt::CaseInsensitive);
                                      }),
                       monitors.end());
    }
    std::sort(monitors.begin(), monitors.end(), [](const Monitor &a, const Monitor &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });

    HistoryRepository history(db);
    QList<ListeningSpan> listening;
    if (!history.spans(&listening)) {
        *error = db.describe(history.lastError());
        return std::nullopt;
    }
    PingRepository pings(db);
    AlertRepository alertRepo(db);
    QHash<qint64, QString> channelNames;
    {
        QList<Channel> channels;
        ChannelRepository(db).loadAll(&channels);
        for (const Channel &c : std::as_const(channels))
            channelNames.insert(c.id, c.name);
    }

    Report report;
    report.request = request;
    report.generatedMs = nowMs;
    const qint64 periodEnd = std::min(request.toMs, nowMs);
    int done = 0;
    for (const Monitor &m : std::as_const(monitors)) {
        if (progress && !progress(done, int(monitors.size()))) {
            *error = Tr::tr("Cancelled.");
            return std::nullopt;
        }
        ++done;
        ReportMonitor r;
        r.id = m.id;
        r.name = m.name;
        r.slug = m.slug;
        r.tags = m.tags;
        r.schedule = human::scheduleSummary(m);
        r.createdMs = m.createdMs;
        r.covered = {std::max(request.fromMs, m.createdMs), periodEnd};
        if (r.covered.endMs < r.covered.startMs)
            r.covered.endMs = r.covered.startMs; // created after the period (or in the future)
        r.noDataSpans = notListening(r.covered.startMs, r.covered.endMs, listening);
        for (const ReportSpan &s : std::as_const(r.noDataSpans))
            r.noDataMs += s.length();
        QList<Flip> flips;
        history.flips(m.id, &flips);
        std::sort(flips.begin(), flips.end(),
                  [](const Flip &a, const Flip &b) { return a.timeMs < b.timeMs; });
        r.maintenanceSpans
                = maintenanceSpans(flips, r.covered.startMs, r.covered.endMs, r.noDataSpans);
        for (const ReportSpan &s : std::as_const(r.maintenanceSpans))
            r.maintenanceMs += s.length();

        QList<Incident> incidents;
        if (!history.incidents(m.id, &incidents)) {
            *error = db.describe(history.lastError());
            return std::nullopt;
        }
        // One pass over the monitor's pings: run durations and the good pings.
        const QList<PingRepository::Outline> outline = pings.outline(m.id, request.toMs);
        QList<qint64> successes;
        QList<qint64> runs;
        for (const PingRepository::Outline &p : outline) {
            if (p.success)
                successes.append(p.timeMs);
            if (p.durationMs >= 0 && p.timeMs >= request.fromMs)
                runs.append(p.durationMs);
        }
        r.awaitingFirstPing = outline.isEmpty() && !heardBefore(history, m.id, periodEnd);
        auto lastSuccessBefore = [&](qint64 t) -> qint64 {
            auto it = std::lower_bound(successes.cbegin(), successes.cend(), t);
            return it == successes.cbegin() ? -1 : *(it - 1);
        };
        QHash<qint64, QList<Alert>> alertsOf; // by incident, in order
        QHash<qint64, QList<Delivery>> deliveriesOf;
        bool alertsRead = false;
        for (const Incident &i : std::as_const(incidents)) {
            const qint64 end = i.endMs < 0 ? nowMs : i.endMs;
            if (end <= r.covered.startMs || i.startMs >= r.covered.endMs)
                continue;
            ReportIncident out;
            out.id = i.id;
            out.monitorId = m.id;
            out.monitorName = m.name;
            out.monitorSlug = m.slug;
            out.startMs = std::max(i.startMs, r.covered.startMs);
            out.endMs = std::min(end, r.covered.endMs);
            out.startedBefore = i.startMs < request.fromMs;
            out.ongoing = i.endMs < 0;
            out.continuesAfter = !out.ongoing && i.endMs > request.toMs;
            out.noDataMs = overlap(out.startMs, out.endMs, r.noDataSpans);
            // A down monitor's incident stays open through a window; that time is apart.
            out.maintenanceMs = overlap(out.startMs, out.endMs, r.maintenanceSpans);
            out.downtimeMs = out.endMs - out.startMs - out.noDataMs - out.maintenanceMs;
            out.reasonCode = i.reason;
            out.reason = Reason::describe(i.reason);
            out.note = i.note;
            out.ackBy = i.ackBy;
            out.ackMs = i.ackMs;
            out.ackNote = i.ackNote;
            out.lastGoodPingMs = lastSuccessBefore(i.startMs);
            if (request.includeBodies)
                out.bodyExcerpt = pings.bodyNear(m.id, i.startMs, 500);
            if (!alertsRead) {
                QList<Alert> alerts;
                if (!alertRepo.alerts(m.id, 0, &alerts)) {
                    *error = db.describe(alertRepo.lastError());
                    return std::nullopt;
                }
                for (const Alert &a : std::as_const(alerts)) {
                    if (a.incidentId > 0)
                        alertsOf[a.incidentId].append(a);
                }
                QList<Delivery> deliveries;
                if (!alertsOf.isEmpty())
                    alertRepo.deliveriesSince(0, m.id, &deliveries);
                for (const Delivery &d : std::as_const(deliveries))
                    deliveriesOf[d.alertId].append(d);
                alertsRead = true;
            }
            for (const Alert &a : alertsOf.value(i.id)) {
                const QList<Delivery> ds = deliveriesOf.value(a.id);
                for (const Delivery &d : ds) {
                    out.alerts.append({a.kind, a.createdMs,
                                       channelNames.value(d.channelId, Tr::tr("(removed channel)")),
                                       d.state, d.outcome, d.attempts});
                }
                if (ds.isEmpty())
                    out.alerts.append({a.kind, a.createdMs, QString(), std::nullopt, QString(), 0});
            }
            r.downSpans.append({out.startMs, out.endMs});
            r.downtimeMs += out.downtimeMs;
            r.longestIncidentMs = std::max(r.longestIncidentMs, out.downtimeMs);
            ++r.incidents;
            report.incidents.append(out);
        }
        if (r.incidents > 0)
            r.meanTimeToRecoveryMs = r.downtimeMs / r.incidents;
        const qint64 observed = r.covered.length() - r.noDataMs - r.maintenanceMs;
        if (observed > 0 && !r.awaitingFirstPing)
            r.uptimePercent = 100.0 * double(observed - r.downtimeMs) / double(observed);

        r.runs = int(runs.size());
        r.runMedianMs = nearestRank(runs, 0.5);
        r.runP95Ms = nearestRank(runs, 0.95);
        report.monitors.append(r);
    }
    // The windows that covered a reported monitor in the period.
    QList<MaintenanceWindow> windows;
    MaintenanceRepository(db).loadAll(&windows);
    for (const MaintenanceWindow &w : std::as_const(windows)) {
        QStringList covered;
        for (const Monitor &m : std::as_const(monitors)) {
            if (w.covers(m))
                covered.append(m.name);
        }
        if (covered.isEmpty())
            continue;
        if (w.all)
            covered = QStringList{Tr::tr("all monitors")};
        for (const MaintenanceWindow::Span &s : w.occurrences(request.fromMs, request.toMs, 200))
            report.windows.append({w.name, s.startMs, s.endMs, covered});
    }
    std::sort(report.windows.begin(), report.windows.end(),
              [](const ReportWindow &a, const ReportWindow &b) { return a.startMs < b.startMs; });
    std::stable_sort(
            report.incidents.begin(), report.incidents.end(),
            [](const ReportIncident &a, const ReportIncident &b) { return a.startMs < b.startMs; });
    if (progress)
        progress(done, int(monitors.size()));
    qCDebug(lcReports) << "report built:" << report.monitors.size() << "monitors,"
                       << report.incidents.size() << "incidents";
    return report;
}

} // namespace uptrack
