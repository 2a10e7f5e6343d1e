// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "problem.h"
#include "settings/defaults.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace uptrack {

/// Heartbeats wait for pings; checks go and look (HTTP(S), TCP, ICMP echo or DNS).
enum class MonitorKind { Heartbeat, Http, Tcp, Icmp, Dns };

/// "heartbeat", "http", "tcp", "icmp", "dns": a public interface (JSON, CLI).
QString kindName(MonitorKind kind);
std::optional<MonitorKind> kindFromName(const QString &name);

/// How an uptime check looks at its target. Stored as JSON (toJson/fromJson); the
/// names of its fields are a public interface ("check" in the monitor JSON).
struct CheckSpec
{
    QString target; ///< http(s) URL; HOST:PORT for TCP; HOST for ICMP; the name for DNS
    QString method = QStringLiteral("GET"); ///< GET or HEAD
    qint64 intervalMs = defaults::kCheckIntervalMs;
    qint64 timeoutMs = defaults::kCheckTimeoutMs;
    QString expectStatus = QStringLiteral("200-299"); ///< "200-299,301"
    QString keyword; ///< must appear in the body (or must not: keywordAbsent)
    bool keywordAbsent = false;
    qint64 maxResponseMs = 0; ///< slower is a failure; 0: no limit
    bool followRedirects = false;
    QStringList headers;       ///< "Name: value"
    QStringList secretHeaders; ///< header names whose values are in the keychain
    QString secretRef;         ///< their keychain entry (SecretStore::checkKey)
    bool insecureTls = false;  ///< accept a self-signed or otherwise invalid certificate
    int certWarnDays = defaults::kCertWarnDays; ///< warn this many days before the certificate
                                                ///< expires; 0: never
    int confirmations = defaults::kCheckConfirmations; ///< consecutive failures before down
    // ICMP: `count` echo requests per run; more than `maxLossPercent` lost fails the run,
    // and so does an average round trip slower than maxResponseMs.
    int count = defaults::kIcmpCount;
    int maxLossPercent = defaults::kIcmpMaxLossPercent;
    // DNS: the record type asked for; with expectValue, one answer must equal it; server:
    // the name server's address (port 53), or empty for the system's resolver.
    QString record = QStringLiteral("A");
    QString expectValue;
    QString server;

    QJsonObject toJson() const;
    /// Reads the fields present in `o` over `base` (an edit changes only what it names).
    static CheckSpec fromJson(const QJsonObject &o, const CheckSpec &base);
    static CheckSpec fromJson(const QJsonObject &o);
    /// HOST and PORT of a TCP target; false when it is not HOST:PORT.
    bool tcpTarget(QString *host, quint16 *port) const;
};

/// The DNS record types a check can ask for: "A", "AAAA", "MX", "TXT", "CNAME".
QStringList dnsRecordTypes();

namespace CheckRules {
inline constexpr qint64 kMinIntervalMs = 10'000;
inline constexpr qint64 kMinTimeoutMs = 1000;
inline constexpr int kMaxIcmpCount = 20;
inline constexpr int kMaxConfirmations = 10; ///< failures in a row before down (--down-after)
/// ICMP echo requests of one run go out this far apart.
inline constexpr qint64 kIcmpSpacingMs = 500;
/// What is wrong with a check of this kind, field by field ("check.target", ...); none
/// when it can run.
Problems validate(MonitorKind kind, const CheckSpec &spec);
/// Whether `status` is in a list like "200-299,301"; false for a malformed list.
bool statusExpected(const QString &ranges, int status);
/// Whether a list like "200-299,301" is well formed.
bool validStatusList(const QString &ranges);
} // namespace CheckRules

/// What one run of a check found. Instants are wall-clock UTC ms; the latency comes
/// from a monotonic clock.
struct CheckResult
{
    bool ok = false;
    QString reason;    ///< why it failed ("status 503", "connection refused", ...)
    QString detail;    ///< what it saw ("HTTP 200 · https://final/url"), for the ping log
    qint64 timeMs = 0; ///< when the check started
    qint64 latencyMs = -1;
    int httpStatus = 0;
    QString address;          ///< where it went (host or host:port)
    qint64 certExpiryMs = -1; ///< the server certificate's expiry, when it used TLS
};

} // namespace uptrack
