// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertrepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QRegularExpression>

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace uptrack {

using namespace sqlvalue;

namespace {
const QString kAlertColumns
        = QStringLiteral("id, monitor_id, kind, event_id, created_ms, facts, incident_id");
const QString kDeliveryColumns = QStringLiteral(
        "id, alert_id, channel_id, state, attempts, next_attempt_ms, last_attempt_ms, outcome, "
        "done_ms, mute_id");

Delivery readDelivery(const QSqlQuery &q)
{
    Delivery d;
    d.id = q.value(0).toLongLong();
    d.alertId = q.value(1).toLongLong();
    d.channelId = q.value(2).toLongLong();
    d.state = deliveryStateFromName(q.value(3).toString()).value_or(DeliveryState::Pending);
    d.attempts = q.value(4).toInt();
    d.nextAttemptMs = q.value(5).toLongLong();
    d.lastAttemptMs = q.value(6).isNull() ? -1 : q.value(6).toLongLong();
    d.outcome = q.value(7).toString();
    d.doneMs = q.value(8).isNull() ? -1 : q.value(8).toLongLong();
    d.muteId = q.value(9).isNull() ? 0 : q.value(9).toLongLong();
    return d;
}

Alert readAlert(const QSqlQuery &q)
{
    Alert a;
    a.id = q.value(0).toLongLong();
    a.monitorId = q.value(1).toLongLong();
    a.kind = alertKindFromName(q.value(2).toString()).value_or(AlertKind::Down);
    a.eventId = q.value(3).toString();
    a.createdMs = q.value(4).toLongLong();
    a.facts = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    a.incidentId = q.value(6).toLongLong(); // NULL: 0
    return a;
}

} // namespace

bool AlertRepository::insertAlert(Alert *a)
{
    QSqlQuery q(m_db.sql());
    // An incident's alert names the monitor's open incident: the batch stores a recovery
    // before its incident closes and a down after its incident opens.
    q.prepare(QStringLiteral("INSERT INTO alerts (monitor_id, kind, event_id, created_ms, facts, "
                             "incident_id) VALUES (?,?,?,?,?, (SELECT MAX(id) FROM incidents "
                             "WHERE monitor_id = ? AND end_ms IS NULL AND ? = 1))"));
    q.addBindValue(a->monitorId > 0 ? QVariant(a->monitorId)
                                    : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(alertKindName(a->kind));
    q.addBindValue(a->eventId);
    q.addBindValue(a->createdMs);
    q.addBindValue(QString::fromUtf8(QJsonDocument(a->facts).toJson(QJsonDocument::Compact)));
    q.addBindValue(a->monitorId);
    q.addBindValue(isIncidentAlert(a->kind) ? 1 : 0);
    if (!run(q, &m_lastError))
        return false;
    a->id = q.lastInsertId().toLongLong();
    return true;
}

bool AlertRepository::insertDelivery(Delivery *d)
{
    QSqlQuery q(m_db.sql());
    q.prepare(
            QStringLiteral("INSERT INTO deliveries (alert_id, channel_id, state, attempts, "
                           "next_attempt_ms, outcome, done_ms, mute_id) VALUES (?,?,?,?,?,?,?,?)"));
    q.addBindValue(d->alertId);
    q.addBindValue(d->channelId);
    q.addBindValue(deliveryStateName(d->state));
    q.addBindValue(d->attempts);
    q.addBindValue(d->nextAttemptMs);
    q.addBindValue(text(d->outcome));
    q.addBindValue(nullable(d->doneMs));
    q.addBindValue(nullable(d->muteId > 0 ? d->muteId : -1));
    if (!run(q, &m_lastError))
        return false;
    d->id = q.lastInsertId().toLongLong();
    return true;
}

bool AlertRepository::mutedBy(qint64 muteId, QList<MutedAlert> *out)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT d.channel_id, a.kind, a.monitor_id, a.facts FROM deliveries d "
                             "JOIN alerts a ON a.id = d.alert_id WHERE d.mute_id = ? "
                             "ORDER BY a.created_ms, a.id"));
    q.addBindValue(muteId);
    if (!run(q, &m_lastError))
        return false;
    while (q.next()) {
        MutedAlert m;
        m.channelId = q.value(0).toLongLong();
        m.kind = alertKindFromName(q.value(1).toString()).value_or(AlertKind::Down);
        m.monitorId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
        m.monitor = QJsonDocument::fromJson(q.value(3).toString().toUtf8())
                            .object()
                            .value(QLatin1String("monitor"))
                            .toString();
        out->append(m);
    }
    return true;
}

bool AlertRepository::due(qint64 now, int limit, QList<Delivery> *out)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM deliveries WHERE state = 'pending' AND "
                             "next_attempt_ms <= ? ORDER BY next_attempt_ms, id LIMIT ?")
                      .arg(kDeliveryColumns));
    q.addBindValue(now);
    q.addBindValue(limit);
    return readAll(q, &m_lastError, out, readDelivery);
}

qint64 AlertRepository::earliestPending(const QSet<qint64> &except)
{
    QString sql
            = QStringLiteral("SELECT MIN(next_attempt_ms) FROM deliveries WHERE state = 'pending'");
    if (!except.isEmpty()) {
        QStringList ids;
        for (qint64 id : except)
            ids << QString::number(id);
        sql += QStringLiteral(" AND id NOT IN (%1)").arg(ids.join(QLatin1Char(',')));
    }
    QSqlQuery q(m_db.sql());
    if (!q.exec(sql)) {
        m_lastError = q.lastError();
        return -1;
    }
    if (q.next() && !q.value(0).isNull())
        return q.value(0).toLongLong();
    return -1;
}

QHash<QPair<qint64, qint64>, qint64> AlertRepository::lastHeardWhileDown()
{
    QHash<QPair<qint64, qint64>, qint64> out;
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral(
                // Only what was said about the outage still open: a channel that heard of
                // an earlier one has not heard of this one (nor will it hear its end).
                "SELECT a.monitor_id, d.channel_id, MAX(a.created_ms) FROM alerts a "
                "JOIN deliveries d ON d.alert_id = a.id JOIN monitors m ON m.id = a.monitor_id "
                "JOIN incidents i ON i.monitor_id = a.monitor_id AND i.end_ms IS NULL "
                "WHERE m.status = 'down' AND a.kind IN ('down', 'reminder') "
                "AND a.created_ms >= i.start_ms "
                "GROUP BY a.monitor_id, d.channel_id"))) {
        m_lastError = q.lastError();
        return out;
    }
    while (q.next())
        out.insert({q.value(0).toLongLong(), q.value(1).toLongLong()}, q.value(2).toLongLong());
    return out;
}

std::optional<Alert> AlertRepository::alert(qint64 id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM alerts WHERE id = ?").arg(kAlertColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError();
        return std::nullopt;
    }
    return readAlert(q);
}

bool AlertRepository::recordAttempt(const Delivery &d, const DeliveryAttempt &a)
{
    if (!m_db.begin()) {
        m_lastError = m_db.lastError();
        return false;
    }
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO delivery_attempts (delivery_id, time_ms, success, "
                             "outcome) VALUES (?,?,?,?)"));
    q.addBindValue(d.id);
    q.addBindValue(a.timeMs);
    q.addBindValue(a.success ? 1 : 0);
    q.addBindValue(text(a.outcome));
    bool ok = q.exec();
    if (ok) {
        q.prepare(QStringLiteral("UPDATE deliveries SET state = ?, attempts = ?, "
                                 "next_attempt_ms = ?, last_attempt_ms = ?, outcome = ?, "
                                 "done_ms = ? WHERE id = ?"));
        q.addBindValue(deliveryStateName(d.state));
        q.addBindValue(d.attempts);
        q.addBindValue(d.nextAttemptMs);
        q.addBindValue(nullable(d.lastAttemptMs));
        q.addBindValue(text(d.outcome));
        q.addBindValue(nullable(d.doneMs));
        q.addBindValue(d.id);
        ok = q.exec();
    }
    if (!ok || !m_db.commit()) {
        m_lastError = ok ? m_db.lastError() : q.lastError();
        m_db.rollback();
        return false;
    }
    return true;
}

bool AlertRepository::alerts(qint64 monitorId, int limit, QList<Alert> *out)
{
    QSqlQuery q(m_db.sql());
    QString sql = QStringLiteral("SELECT %1 FROM alerts").arg(kAlertColumns);
    if (monitorId > 0)
        sql += QStringLiteral(" WHERE monitor_id = ?");
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    q.prepare(sql);
    if (monitorId > 0)
        q.addBindValue(monitorId);
    q.addBindValue(limit > 0 ? limit : -1);
    if (!run(q, &m_lastError))
        return false;
    QList<Alert> newestFirst;
    while (q.next())
        newestFirst.append(readAlert(q));
    for (auto it = newestFirst.crbegin(); it != newestFirst.crend(); ++it)
        out->append(*it);
    return true;
}

bool AlertRepository::alertsOfIncident(qint64 incidentId, QList<Alert> *out)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM alerts WHERE incident_id = ? ORDER BY id")
                      .arg(kAlertColumns));
    q.addBindValue(incidentId);
    return readAll(q, &m_lastError, out, readAlert);
}

bool AlertRepository::deliveriesOf(qint64 alertId, QList<Delivery> *out)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM deliveries WHERE alert_id = ? ORDER BY id")
                      .arg(kDeliveryColumns));
    q.addBindValue(alertId);
    return readAll(q, &m_lastError, out, readDelivery);
}

bool AlertRepository::deliveriesSince(qint64 firstAlertId, qint64 monitorId, QList<Delivery> *out)
{
    QSqlQuery q(m_db.sql());
    QString columns = kDeliveryColumns;
    columns.replace(QRegularExpression(QStringLiteral("(\\w+)")), QStringLiteral("d.\\1"));
    QString sql = QStringLiteral("SELECT %1 FROM deliveries d JOIN alerts a ON a.id = d.alert_id "
                                 "WHERE a.id >= ?")
                          .arg(columns);
    if (monitorId > 0)
        sql += QStringLiteral(" AND a.monitor_id = ?");
    q.prepare(sql + QStringLiteral(" ORDER BY d.id"));
    q.addBindValue(firstAlertId);
    if (monitorId > 0)
        q.addBindValue(monitorId);
    return readAll(q, &m_lastError, out, readDelivery);
}

bool AlertRepository::attemptsOf(qint64 deliveryId, QList<DeliveryAttempt> *out)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, delivery_id, time_ms, success, outcome FROM "
                             "delivery_attempts WHERE delivery_id = ? ORDER BY id"));
    q.addBindValue(deliveryId);
    if (!run(q, &m_lastError))
        return false;
    while (q.next()) {
        out->append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                     q.value(3).toBool(), q.value(4).toString()});
    }
    return true;
}

bool AlertRepository::recordsOf(qint64 alertId, QList<DeliveryRecord> *out)
{
    out->clear();
    QList<Delivery> deliveries;
    if (!deliveriesOf(alertId, &deliveries))
        return false;
    for (const Delivery &d : std::as_const(deliveries)) {
        DeliveryRecord r{d, {}};
        if (!attemptsOf(d.id, &r.attempts))
            return false;
        out->append(r);
    }
    return true;
}

} // namespace uptrack
