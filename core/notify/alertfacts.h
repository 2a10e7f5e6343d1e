// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/channel.h"
#include "domain/flip.h"
#include "domain/ping.h"

#include <QJsonObject>

#include <optional>

namespace uptrack {

/// What an alert says, decided once when it is raised and stored with it, so a
/// retry a day later sends the same words. Pure functions.
namespace AlertFacts {

/// The alert a flip raises ("down" or "up"), or nothing for other flips.
std::optional<Alert> forFlip(const Monitor &m, const Flip &flip, const Ping *ping);
/// A reminder that a monitor is still down (since `downSinceMs`).
Alert reminder(const Monitor &m, qint64 downSinceMs, qint64 nowMs);
/// A warning: a run finished but took longer than the monitor's slow-run threshold.
Alert slowRun(const Monitor &m, const Ping &ping);
/// A check's TLS certificate expires soon (a warning, sent once per certificate).
Alert certificate(const Monitor &m, qint64 nowMs);
/// A test message for a channel.
Alert test(const Channel &channel, qint64 nowMs);

} // namespace AlertFacts

/// The words of an alert, for every channel to lay out its own way.
struct AlertMessage
{
    QString kind;                          ///< down, up, reminder, test
    QString title;                         ///< "nightly-billing is DOWN"
    QString summary;                       ///< one sentence: why, and since when
    QList<QPair<QString, QString>> fields; ///< key facts, in order
    QString eventId;
    qint64 timeMs = 0;
    QString colorHex; ///< "#d13438"

    static AlertMessage from(const Alert &alert);
    /// The value of a template placeholder such as "name" or "downtime" ("" if unknown).
    static QString placeholder(const Alert &alert, const QString &name);
    /// Every placeholder name, for documentation and validation.
    static QStringList placeholders();
};

/// "2 h 5 min", "45 s".
QString humanDuration(qint64 ms);

} // namespace uptrack
