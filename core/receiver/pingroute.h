// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ping.h"

#include <QByteArray>
#include <QString>

namespace uptrack {

/// What a request target asks for, decided by a pure function (no I/O).
struct PingRoute
{
    enum class Kind {
        Ping,       ///< a ping by token or by ping key + slug
        Index,      ///< "/": a short page saying Uptrack is listening
        NotFound,   ///< not a path Uptrack serves (404)
        BadRequest, ///< a ping path that is malformed (400)
    };
    Kind route = Kind::NotFound;
    QString token;
    QString pingKey;
    QString slug;
    PingKind kind = PingKind::Success;
    int exitStatus = -1;
    QString rid;
    bool create = false;
    QByteArray error; ///< why, for BadRequest
};

/// Parses "/ping/<token>/start?rid=...", "/ping/<key>/<slug>/3?create=1",
/// "/api/heartbeat/<token>" and friends (see DESIGN.md, "Ping protocol").
PingRoute parsePingTarget(const QByteArray &target);

/// The value of an X-Uptrack-Sent-At header (ISO 8601, as uptrack-run writes it for a
/// ping that waited in its spool) as UTC ms, or -1 when it is absent or not a date.
qint64 parseSentAt(const QByteArray &value);

} // namespace uptrack
