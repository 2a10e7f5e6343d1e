// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/alert.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QSqlError>

#include <optional>

namespace uptrack {

class Database;

/// A delivery a mute held: to which channel, of what, about whom.
struct MutedAlert
{
    qint64 channelId = 0;
    AlertKind kind = AlertKind::Down;
    qint64 monitorId = 0;
    QString monitor; ///< its name when the alert was raised
};

/// Alerts and the outbox of their deliveries, with every attempt.
class AlertRepository
{
public:
    explicit AlertRepository(Database &db) : m_db(db) { }

    bool insertAlert(Alert *alert);
    bool insertDelivery(Delivery *delivery);

    /// Pending deliveries due at `now` (oldest first), at most `limit`.
    bool due(qint64 now, int limit, QList<Delivery> *out);
    /// The earliest next attempt among pending deliveries but those in `except` (being
    /// sent), or -1.
    qint64 earliestPending(const QSet<qint64> &except = {});
    /// For every monitor that is down: when each channel last got a down alert or a
    /// reminder about its open incident, by (monitor, channel). What reminders count
    /// from, and who hears the recovery; a channel that heard only of earlier outages
    /// is not in it.
    QHash<QPair<qint64, qint64>, qint64> lastHeardWhileDown();
    std::optional<Alert> alert(qint64 id);
    /// Records an attempt and the delivery's new state, in one transaction.
    bool recordAttempt(const Delivery &delivery, const DeliveryAttempt &attempt);

    /// Alerts, newest last, optionally of one monitor.
    bool alerts(qint64 monitorId, int limit, QList<Alert> *out);
    bool deliveriesOf(qint64 alertId, QList<Delivery> *out);
    /// The alerts an incident raised (down, reminders, up), oldest first.
    bool alertsOfIncident(qint64 incidentId, QList<Alert> *out);
    /// The deliveries of every alert from `firstAlertId` on (of one monitor, or of all
    /// with monitorId 0), in one query.
    bool deliveriesSince(qint64 firstAlertId, qint64 monitorId, QList<Delivery> *out);
    bool attemptsOf(qint64 deliveryId, QList<DeliveryAttempt> *out);
    /// An alert's deliveries, each with its tries (what `alerts --json` shows of it).
    bool recordsOf(qint64 alertId, QList<DeliveryRecord> *out);
    /// The deliveries a mute held, oldest first.
    bool mutedBy(qint64 muteId, QList<MutedAlert> *out);

    QSqlError lastError() const { return m_lastError; }

private:
    Database &m_db;
    QSqlError m_lastError;
};

} // namespace uptrack
