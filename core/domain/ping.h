// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <optional>

namespace uptrack {

/// What a ping says; names are a public interface.
enum class PingKind { Success, Start, Fail, Log };

QString pingKindName(PingKind kind);
std::optional<PingKind> pingKindFromName(const QString &name);

/// One stored ping.
struct Ping
{
    qint64 id = 0;
    qint64 monitorId = 0;
    qint64 timeMs = 0;
    PingKind kind = PingKind::Success;
    int exitStatus = -1;    ///< -1: none given
    qint64 durationMs = -1; ///< -1: no start paired with it
    QString rid;
    QString source; ///< the client's address
    QString method;
    QString userAgent;
    QByteArray body; ///< at most the configured cap
    bool bodyTruncated = false;
};

} // namespace uptrack

Q_DECLARE_METATYPE(uptrack::Ping)
