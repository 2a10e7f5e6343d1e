// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/historyreader.h"

#include "reports/report.h"

#include "storage/alertrepository.h"
#include "storage/channelrepository.h"
#include "storage/database.h"
#include "storage/historyrepository.h"

#include <algorithm>
#include <limits>

namespace uptrack {

HistoryReader::HistoryReader(const QString &databasePath)
    : m_path(databasePath)
    , m_owned(Database::open(databasePath, Database::Mode::ReadOnly, &m_error))
    , m_db(m_owned.get())
{ }

HistoryReader::HistoryReader(Database &db) : m_path(db.path()), m_db(&db) { }

HistoryReader::~HistoryReader() = default;

QList<PingMark> HistoryReader::marks(qint64 monitorId, qint64 fromMs, qint64 toMs)
{
    QList<PingMark> out;
    if (m_db)
        PingRepository(*m_db).marks(monitorId, fromMs, toMs, &out);
    return out;
}

QList<PingMark> HistoryReader::recent(qint64 monitorId, int count)
{
    QList<PingMark> out;
    for (const Ping &p : pings(monitorId, std::numeric_limits<qint64>::min(),
                               std::numeric_limits<qint64>::max(), count, 0)) {
        out.append({p.id, p.timeMs, p.kind, p.exitStatus, p.durationMs});
    }
    return out;
}

QList<Ping> HistoryReader::pings(qint64 monitorId, qint64 fromMs, qint64 toMs, int limit,
                                 int previewBytes)
{
    QList<Ping> out;
    if (m_db)
        PingRepository(*m_db).range(monitorId, fromMs, toMs, limit, previewBytes, &out);
    return out;
}

std::optional<Ping> HistoryReader::ping(qint64 pingId)
{
    if (!m_db)
        return std::nullopt;
    return PingRepository(*m_db).find(pingId);
}

QList<Flip> HistoryReader::flips(qint64 monitorId)
{
    QList<Flip> out;
    if (m_db)
        HistoryRepository(*m_db).flips(monitorId, &out);
    return out;
}

QList<Incident> HistoryReader::incidents(qint64 monitorId, int limit)
{
    QList<Incident> out;
    if (m_db)
        HistoryRepository(*m_db).incidents(monitorId, &out, limit);
    return out;
}

QList<ListeningSpan> HistoryReader::listeningSpans()
{
    QList<ListeningSpan> out;
    if (m_db)
        HistoryRepository(*m_db).spans(&out);
    return out;
}

QList<AlertRecord> HistoryReader::alerts(qint64 monitorId, int limit)
{
    QList<AlertRecord> out;
    if (!m_db)
        return out;
    AlertRepository repo(*m_db);
    QList<Alert> alerts;
    repo.alerts(monitorId, limit, &alerts);
    if (alerts.isEmpty())
        return out;
    QList<Delivery> deliveries;
    repo.deliveriesSince(alerts.first().id, monitorId, &deliveries);
    QHash<qint64, qsizetype> index;
    out.reserve(alerts.size());
    for (const Alert &a : std::as_const(alerts)) {
        index.insert(a.id, out.size());
        out.append({a, {}});
    }
    for (const Delivery &d : std::as_const(deliveries)) {
        const auto it = index.constFind(d.alertId);
        if (it != index.constEnd())
            out[it.value()].deliveries.append(d);
    }
    return out;
}

QHash<qint64, QString> HistoryReader::channelNames()
{
    QHash<qint64, QString> out;
    if (!m_db)
        return out;
    QList<Channel> channels;
    ChannelRepository(*m_db).loadAll(&channels);
    for (const Channel &c : std::as_const(channels))
        out.insert(c.id, c.name);
    return out;
}

RunStatistics HistoryReader::runStatistics(qint64 monitorId)
{
    if (!m_db)
        return {};
    return RunStatistics::of(*m_db, monitorId);
}

QList<std::optional<double>> HistoryReader::uptimes(qint64 monitorId,
                                                    const QList<qint64> &windowsMs, qint64 nowMs)
{
    QList<std::optional<double>> out(windowsMs.size());
    if (!m_db || windowsMs.isEmpty())
        return out;
    // One report over the longest window; the shorter ones are cut from its spans.
    ReportRequest request;
    request.fromMs = nowMs - *std::max_element(windowsMs.cbegin(), windowsMs.cend());
    request.toMs = nowMs;
    request.monitors = {QString::number(monitorId)};
    QString error;
    const auto report = buildReport(*m_db, request, nowMs, &error);
    if (!report || report->monitors.isEmpty() || report->monitors.first().awaitingFirstPing)
        return out;
    const ReportMonitor &m = report->monitors.first();
    auto overlap = [](qint64 a0, qint64 a1, qint64 b0, qint64 b1) {
        return std::max<qint64>(0, std::min(a1, b1) - std::max(a0, b0));
    };
    for (int w = 0; w < windowsMs.size(); ++w) {
        const qint64 from = std::max(nowMs - windowsMs[w], m.covered.startMs);
        const qint64 to = m.covered.endMs;
        // Time not listened to and time in maintenance (kept disjoint by the report) count
        // neither way.
        QList<ReportSpan> apart = m.noDataSpans + m.maintenanceSpans;
        qint64 excluded = 0, down = 0;
        for (const ReportSpan &n : std::as_const(apart))
            excluded += overlap(n.startMs, n.endMs, from, to);
        for (const ReportSpan &d : m.downSpans) {
            down += overlap(d.startMs, d.endMs, from, to);
            for (const ReportSpan &n : std::as_const(apart))
                down -= overlap(std::max(d.startMs, n.startMs), std::min(d.endMs, n.endMs), from,
                                to);
        }
        const qint64 observed = to - from - excluded;
        if (observed > 0)
            out[w] = 100.0 * double(observed - down) / double(observed);
    }
    return out;
}

} // namespace uptrack
