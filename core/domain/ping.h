// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <optional>

namespace uptrack {

/// What a ping says; names are a public interface.
/// Ignored: received and stored, but not acted on (Healthchecks' "ign"): a paused monitor
/// that pings do not resume, a body no keyword matched, a method the monitor refuses.
enum class PingKind { Success, Start, Fail, Log, Ignored };

QString pingKindName(PingKind kind);
std::optional<PingKind> pingKindFromName(const QString &name);

/// Why a ping was ignored; stored with it, and a public interface (JSON `ignored`).
namespace PingIgnored {
inline constexpr auto Paused = "paused";      // a paused monitor that pings do not resume
inline constexpr auto NoKeyword = "keywords"; // keyword filters are set and none matched
inline constexpr auto Method = "method";      // the monitor takes POST pings only
/// A sentence a person can read for the code.
QString describe(const QString &code);
} // namespace PingIgnored

/// The user agent of the pings that record an uptime check's runs.
inline constexpr char kCheckUserAgent[] = "Uptrack check";

/// One ping: as the receiver hands it to the engine (monitorId and timeMs still 0), and
/// as it is stored.
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
    QString ignoredBecause; ///< Ignored: why (a PingIgnored code)
    /// A late ping (one that waited in a spool while Uptrack was not listening): when it
    /// arrived; timeMs is then the instant it was meant for. -1: it arrived at timeMs.
    qint64 receivedMs = -1;
    /// The instant the client says the ping was meant for (X-Uptrack-Sent-At), or -1.
    /// Not stored: the engine decides whether to believe it.
    qint64 claimedSentMs = -1;
    /// A ping by e-mail (method "SMTP"): the message's sender and subject, decoded.
    QString emailFrom;
    QString emailSubject;
    bool isEmail() const { return method == QLatin1String("SMTP"); }

    /// Whether it records a check's run (its duration is then a response time).
    bool isCheckResult() const { return userAgent == QLatin1String(kCheckUserAgent); }
};

/// Which monitor a ping is for, as its URL names it: by token, or by ping key and slug.
struct PingTarget
{
    QString token;   ///< set for /ping/<token> forms
    QString pingKey; ///< set, with slug, for /ping/<key>/<slug> forms
    QString slug;
    bool create = false; ///< ?create=1: create an unknown slug

    static PingTarget byToken(const QString &token) { return {token, {}, {}, false}; }
};

/// Body bytes as text: valid UTF-8 kept, other bytes written as \xNN.
QString escapeBody(const QByteArray &body);

} // namespace uptrack

Q_DECLARE_METATYPE(uptrack::Ping)
