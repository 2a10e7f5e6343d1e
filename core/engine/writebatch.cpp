// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "writebatch.h"

#include "storage/database.h"

namespace uptrack {

WriteBatch::WriteBatch(Database &db)
    : m_db(db), m_pingRepo(db), m_monitorRepo(db), m_history(db), m_alertRepo(db)
{ }

void WriteBatch::addPing(Ping ping, PingCallback done, PingOutcome outcome)
{
    m_monitors.insert(ping.monitorId);
    m_pings.append({std::move(ping), std::move(done), outcome});
}

void WriteBatch::closeIncident(qint64 monitorId, qint64 endMs)
{
    Incident i;
    i.monitorId = monitorId;
    i.endMs = endMs;
    m_incidents.append({false, i});
}

void WriteBatch::addAlert(const Alert &alert, const QList<qint64> &channelIds, qint64 muteId)
{
    m_alerts.append({alert, channelIds, m_incidents.size(), muteId});
}

bool WriteBatch::isEmpty() const
{
    return m_pings.isEmpty() && m_monitors.isEmpty() && m_flips.isEmpty() && m_incidents.isEmpty()
            && m_alerts.isEmpty();
}

WriteBatch::Written WriteBatch::commit(const QHash<qint64, Monitor> &monitors)
{
    Written written;
    written.ok = write(monitors, &written);
    if (!written.ok)
        m_db.rollback();
    written.alerted = !m_alerts.isEmpty();
    written.pings = std::move(m_pings);
    written.flips = std::move(m_flips);
    written.monitors = std::move(m_monitors);
    m_pings.clear();
    m_flips.clear();
    m_monitors.clear();
    m_incidents.clear();
    m_alerts.clear();
    return written;
}

bool WriteBatch::write(const QHash<qint64, Monitor> &monitors, Written *written)
{
    auto failed = [written](const QSqlError &error) {
        written->failure = error;
        return false;
    };
    if (!m_db.begin())
        return failed(m_db.lastError());
    if (!m_pings.isEmpty()) {
        QList<const Ping *> rows;
        rows.reserve(m_pings.size());
        for (const auto &p : std::as_const(m_pings))
            rows.append(&p.ping);
        if (!m_pingRepo.insertAll(rows))
            return failed(m_pingRepo.lastError());
    }
    for (qint64 id : std::as_const(m_monitors)) {
        const auto it = monitors.constFind(id);
        if (it != monitors.constEnd() && !m_monitorRepo.updateState(it.value()))
            return failed(m_monitorRepo.lastError());
    }
    for (auto &f : m_flips) {
        if (!m_history.insertFlip(&f))
            return failed(m_history.lastError());
    }
    qsizetype incidentOps = 0;
    auto writeIncidentsUpTo = [&](qsizetype end) {
        for (; incidentOps < end; ++incidentOps) {
            IncidentOp &op = m_incidents[incidentOps];
            if (!(op.open ? m_history.openIncident(&op.incident)
                          : m_history.closeIncident(op.incident.monitorId, op.incident.endMs)))
                return false;
        }
        return true;
    };
    // Alerts go into the outbox in the same transaction as the flips that raised
    // them: a crash can lose neither one without the other.
    for (auto &pa : m_alerts) {
        if (!writeIncidentsUpTo(pa.incidentOpsBefore))
            return failed(m_history.lastError());
        if (!m_alertRepo.insertAlert(&pa.alert))
            return failed(m_alertRepo.lastError());
        for (qint64 channel : std::as_const(pa.channelIds)) {
            Delivery d;
            d.alertId = pa.alert.id;
            d.channelId = channel;
            d.nextAttemptMs = pa.alert.createdMs;
            if (pa.muteId > 0) { // recorded as held, never sent
                d.state = DeliveryState::Muted;
                d.outcome = QStringLiteral("muted");
                d.doneMs = pa.alert.createdMs;
                d.muteId = pa.muteId;
            }
            if (!m_alertRepo.insertDelivery(&d))
                return failed(m_alertRepo.lastError());
        }
    }
    if (!writeIncidentsUpTo(m_incidents.size()))
        return failed(m_history.lastError());
    // How many pings each monitor now has stored; pruning back to the cap is the engine's,
    // in steps of its own outside this transaction (PingPruner).
    for (const auto &p : std::as_const(m_pings)) {
        auto stored = written->storedPings.find(p.ping.monitorId);
        if (stored == written->storedPings.end()) {
            const auto m = monitors.constFind(p.ping.monitorId);
            stored = written->storedPings.insert(p.ping.monitorId,
                                                 m == monitors.constEnd() ? 0 : m->storedPings);
        }
        ++stored.value();
    }
    if (!m_db.commit())
        return failed(m_db.lastError());
    return true;
}

} // namespace uptrack
