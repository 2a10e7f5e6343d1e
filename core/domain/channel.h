// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace uptrack {

/// A notification channel. Its secret (webhook URL, SMTP password, header token)
/// is never here: only `secretRef`, the key under which the keychain holds it.
struct Channel
{
    qint64 id = 0;
    QString name;
    QString kind;           ///< "slack", "discord", "webhook", "email", "desktop"
    QJsonObject config;     ///< the kind's settings, without secrets
    QString secretRef;      ///< keychain key; empty when the kind has no secret
    bool onDown = true;     ///< gets down alerts (and reminders)
    bool onUp = true;       ///< gets recovery notices
    qint64 reminderMs = 0;  ///< repeat down alerts this often while down; 0: never
    bool isDefault = false; ///< new monitors use it
    qint64 createdMs = 0;
};

/// One alert: a monitor went down or recovered (or a reminder, or a test).
struct Alert
{
    qint64 id = 0;
    qint64 monitorId = 0;
    QString kind;    ///< "down", "up", "reminder", "test"
    QString eventId; ///< stable across retries and restarts: receivers dedupe on it
    qint64 createdMs = 0;
    QJsonObject facts; ///< what the message says (see AlertFacts)
};

/// One alert on its way to one channel: the outbox row.
struct Delivery
{
    qint64 id = 0;
    qint64 alertId = 0;
    qint64 channelId = 0;
    QString state = QStringLiteral("pending"); ///< pending, delivered, failed
    int attempts = 0;
    qint64 nextAttemptMs = 0;
    qint64 lastAttemptMs = -1;
    QString outcome; ///< the last answer: "HTTP 200", "SMTP 250 ...", an error
    qint64 doneMs = -1;
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

} // namespace uptrack

Q_DECLARE_METATYPE(uptrack::Channel)
