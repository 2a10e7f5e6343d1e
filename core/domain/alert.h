// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace uptrack {

/// What an alert is about; the names are stored and shown in JSON.
enum class AlertKind {
    Down,     ///< a monitor went down
    Up,       ///< it recovered
    Reminder, ///< it is still down
    Slow,     ///< a run finished, but slowly
    Cert,     ///< a check's certificate expires soon
    Test,     ///< a test of a channel
    /// A maintenance window with --notify began or ended for a monitor.
    MaintenanceStart,
    MaintenanceEnd,
    /// A mute ended: what the channel missed meanwhile.
    MuteSummary,
};

QString alertKindName(AlertKind kind);
/// Down, up and reminder alerts are about an incident; the others are not.
bool isIncidentAlert(AlertKind kind);
std::optional<AlertKind> alertKindFromName(const QString &name);

/// One alert: a monitor went down or recovered (or a reminder, or a test).
struct Alert
{
    qint64 id = 0;
    qint64 monitorId = 0;
    AlertKind kind = AlertKind::Down;
    QString eventId; ///< stable across retries and restarts: receivers dedupe on it
    qint64 createdMs = 0;
    QJsonObject facts;     ///< what the message says (see AlertPolicy)
    qint64 incidentId = 0; ///< the incident that raised it (down, up, reminder); 0: none
};

/// Where a delivery stands; the names are stored and shown in JSON.
enum class DeliveryState {
    Pending,
    Delivered,
    Failed,
    Muted ///< raised while muted: recorded, never sent (outcome "muted", 0 attempts)
};

QString deliveryStateName(DeliveryState state);
std::optional<DeliveryState> deliveryStateFromName(const QString &name);

/// One alert on its way to one channel: the outbox row.
struct Delivery
{
    qint64 id = 0;
    qint64 alertId = 0;
    qint64 channelId = 0;
    DeliveryState state = DeliveryState::Pending;
    int attempts = 0;
    qint64 nextAttemptMs = 0;
    qint64 lastAttemptMs = -1;
    QString outcome; ///< the last answer: "HTTP 200", "SMTP 250 ...", an error
    qint64 doneMs = -1;
    qint64 muteId = 0; ///< Muted: the mute that held it (for the summary at its end)
};

/// One try at a delivery.
struct DeliveryAttempt
{
    qint64 id = 0;
    qint64 deliveryId = 0;
    qint64 timeMs = 0;
    bool success = false;
    QString outcome;
};

/// One delivery of an alert and its tries.
struct DeliveryRecord
{
    Delivery delivery;
    QList<DeliveryAttempt> attempts;
};

} // namespace uptrack
