// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "check.h"

#include "enumnames.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QUrl>

namespace uptrack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Check)
};

const QString kTarget = QStringLiteral("target");
const QString kMethod = QStringLiteral("method");
const QString kInterval = QStringLiteral("interval");
const QString kTimeout = QStringLiteral("timeout");
const QString kExpect = QStringLiteral("expect_status");
const QString kKeyword = QStringLiteral("keyword");
const QString kKeywordAbsent = QStringLiteral("keyword_absent");
const QString kMaxResponse = QStringLiteral("max_response");
const QString kFollow = QStringLiteral("follow_redirects");
const QString kHeaders = QStringLiteral("headers");
const QString kSecretHeaders = QStringLiteral("secret_headers");
const QString kSecretRef = QStringLiteral("secret_ref");
const QString kInsecure = QStringLiteral("insecure_tls");
const QString kCertWarn = QStringLiteral("cert_warn_days");
const QString kConfirm = QStringLiteral("confirmations");
const QString kCount = QStringLiteral("count");
const QString kMaxLoss = QStringLiteral("max_loss");
const QString kRecord = QStringLiteral("record");
const QString kExpectValue = QStringLiteral("expect_value");
const QString kServer = QStringLiteral("server");

// Durations are seconds in JSON, as everywhere in Uptrack's JSON.
double seconds(qint64 ms)
{
    return double(ms) / 1000.0;
}

constexpr EnumName<MonitorKind> kMonitorKindNames[] = {
        {MonitorKind::Heartbeat, "heartbeat"},
        {MonitorKind::Http, "http"},
        {MonitorKind::Tcp, "tcp"},
        {MonitorKind::Icmp, "icmp"},
        {MonitorKind::Dns, "dns"},
};

/// A host name as DNS allows it: dot-separated labels of letters, digits, '-' and '_'
/// (service records), 63 characters at most each, 253 in all; a trailing dot is allowed.
bool validDnsName(QString name)
{
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name.isEmpty() || name.size() > 253)
        return false;
    for (const QString &label : name.split(QLatin1Char('.'))) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-'))
            || label.endsWith(QLatin1Char('-')))
            return false;
        for (QChar c : label) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-')
                && c != QLatin1Char('_'))
                return false;
        }
    }
    return true;
}
} // namespace

QString kindName(MonitorKind kind)
{
    return enumName(kMonitorKindNames, kind);
}

std::optional<MonitorKind> kindFromName(const QString &name)
{
    return enumFromName(kMonitorKindNames, name);
}

QJsonObject CheckSpec::toJson() const
{
    return QJsonObject{
            {kTarget, target},
            {kMethod, method},
            {kInterval, seconds(intervalMs)},
            {kTimeout, seconds(timeoutMs)},
            {kExpect, expectStatus},
            {kKeyword, keyword},
            {kKeywordAbsent, keywordAbsent},
            {kMaxResponse, maxResponseMs > 0 ? QJsonValue(seconds(maxResponseMs)) : QJsonValue()},
            {kFollow, followRedirects},
            {kHeaders, QJsonArray::fromStringList(headers)},
            {kSecretHeaders, QJsonArray::fromStringList(secretHeaders)},
            {kSecretRef, secretRef.isEmpty() ? QJsonValue() : QJsonValue(secretRef)},
            {kInsecure, insecureTls},
            {kCertWarn, certWarnDays},
            {kConfirm, confirmations},
            {kCount, count},
            {kMaxLoss, maxLossPercent},
            {kRecord, record},
            {kExpectValue, expectValue},
            {kServer, server},
    };
}

CheckSpec CheckSpec::fromJson(const QJsonObject &o, const CheckSpec &base)
{
    CheckSpec s = base;
    auto ms = [&](const QString &key, qint64 *out) {
        if (o.contains(key))
            *out = o.value(key).isNull() ? 0 : qint64(o.value(key).toDouble() * 1000.0 + 0.5);
    };
    if (o.contains(kTarget))
        s.target = o.value(kTarget).toString();
    if (o.contains(kMethod))
        s.method = o.value(kMethod).toString().toUpper();
    ms(kInterval, &s.intervalMs);
    ms(kTimeout, &s.timeoutMs);
    ms(kMaxResponse, &s.maxResponseMs);
    if (o.contains(kExpect))
        s.expectStatus = o.value(kExpect).toString();
    if (o.contains(kKeyword))
        s.keyword = o.value(kKeyword).toString();
    if (o.contains(kKeywordAbsent))
        s.keywordAbsent = o.value(kKeywordAbsent).toBool();
    if (o.contains(kFollow))
        s.followRedirects = o.value(kFollow).toBool();
    if (o.contains(kHeaders)) {
        s.headers.clear();
        for (const QJsonValue &h : o.value(kHeaders).toArray())
            s.headers.append(h.toString());
    }
    if (o.contains(kSecretHeaders)) {
        s.secretHeaders.clear();
        for (const QJsonValue &h : o.value(kSecretHeaders).toArray())
            s.secretHeaders.append(h.toString());
    }
    if (o.contains(kSecretRef))
        s.secretRef = o.value(kSecretRef).toString();
    if (o.contains(kInsecure))
        s.insecureTls = o.value(kInsecure).toBool();
    if (o.contains(kCertWarn))
        s.certWarnDays = o.value(kCertWarn).toInt();
    if (o.contains(kConfirm))
        s.confirmations = o.value(kConfirm).toInt();
    if (o.contains(kCount))
        s.count = o.value(kCount).toInt();
    if (o.contains(kMaxLoss))
        s.maxLossPercent = o.value(kMaxLoss).toInt();
    if (o.contains(kRecord))
        s.record = o.value(kRecord).toString().toUpper();
    if (o.contains(kExpectValue))
        s.expectValue = o.value(kExpectValue).toString();
    if (o.contains(kServer))
        s.server = o.value(kServer).toString().trimmed();
    return s;
}

CheckSpec CheckSpec::fromJson(const QJsonObject &o)
{
    return fromJson(o, CheckSpec());
}

bool CheckSpec::tcpTarget(QString *host, quint16 *port) const
{
    const qsizetype colon = target.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString h = target.left(colon);
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2); // [::1]:22
    bool ok = false;
    const uint p = target.mid(colon + 1).toUInt(&ok);
    if (!ok || p == 0 || p > 65535 || h.isEmpty() || h.contains(QLatin1Char('/')))
        return false;
    *host = h;
    *port = quint16(p);
    return true;
}

QStringList dnsRecordTypes()
{
    return {QStringLiteral("A"), QStringLiteral("AAAA"), QStringLiteral("MX"),
            QStringLiteral("TXT"), QStringLiteral("CNAME")};
}

namespace CheckRules {

bool validStatusList(const QString &ranges)
{
    const QStringList parts = ranges.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return false;
    for (const QString &part : parts) {
        const QStringList ends = part.trimmed().split(QLatin1Char('-'));
        if (ends.size() > 2)
            return false;
        bool ok1 = false, ok2 = true;
        const int lo = ends[0].trimmed().toInt(&ok1);
        const int hi = ends.size() == 2 ? ends[1].trimmed().toInt(&ok2) : lo;
        if (!ok1 || !ok2 || lo < 100 || hi > 599 || lo > hi)
            return false;
    }
    return true;
}

bool statusExpected(const QString &ranges, int status)
{
    if (!validStatusList(ranges))
        return false;
    for (const QString &part : ranges.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList ends = part.trimmed().split(QLatin1Char('-'));
        const int lo = ends[0].trimmed().toInt();
        const int hi = ends.size() == 2 ? ends[1].trimmed().toInt() : lo;
        if (status >= lo && status <= hi)
            return true;
    }
    return false;
}

Problems validate(MonitorKind kind, const CheckSpec &s)
{
    Problems problems;
    auto problem = [&problems](const char *field, const QString &message) {
        problems.append({QStringLiteral("check.") + QLatin1String(field), message});
    };
    if (kind == MonitorKind::Heartbeat)
        return problems;
    if (kind == MonitorKind::Http) {
        const QUrl url(s.target, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            problem("target", Tr::tr("\"%1\" is not an http:// or https:// URL.").arg(s.target));
        if (s.method != QLatin1String("GET") && s.method != QLatin1String("HEAD"))
            problem("method",
                    Tr::tr("The method of a check is GET or HEAD (got %1).").arg(s.method));
        if (!validStatusList(s.expectStatus))
            problem("expect_status",
                    Tr::tr("\"%1\" is not a list of status codes like 200-299,301.")
                            .arg(s.expectStatus));
        if (s.method == QLatin1String("HEAD") && !s.keyword.isEmpty())
            problem("keyword", Tr::tr("A HEAD request has no body to find a keyword in; use GET."));
        for (const QString &h : s.headers) {
            const qsizetype colon = h.indexOf(QLatin1Char(':'));
            if (colon <= 0 || h.left(colon).trimmed().contains(QLatin1Char(' '))) {
                problem("headers", Tr::tr("The header \"%1\" is not \"Name: value\".").arg(h));
                break;
            }
        }
        for (const QString &name : s.secretHeaders) {
            if (name.trimmed().isEmpty() || name.contains(QLatin1Char(':'))
                || name.contains(QLatin1Char(' '))) {
                problem("secret_headers", Tr::tr("\"%1\" is not a header name.").arg(name));
                break;
            }
        }
        if (!s.secretHeaders.isEmpty() && s.secretRef.isEmpty())
            problem("secret_headers", Tr::tr("The secret header values are not in the keychain."));
    } else if (kind == MonitorKind::Tcp) {
        QString host;
        quint16 port = 0;
        if (!s.tcpTarget(&host, &port))
            problem("target", Tr::tr("\"%1\" is not HOST:PORT.").arg(s.target));
    } else if (kind == MonitorKind::Icmp) {
        if (QHostAddress(s.target).isNull() && !validDnsName(s.target))
            problem("target", Tr::tr("\"%1\" is not a host name or an IP address.").arg(s.target));
        if (s.count < 1 || s.count > kMaxIcmpCount)
            problem("count", Tr::tr("A run sends 1 to %1 echo requests.").arg(kMaxIcmpCount));
        else if (s.timeoutMs < (s.count - 1) * kIcmpSpacingMs + kMinTimeoutMs)
            problem("timeout",
                    Tr::tr("%1 echo requests go out half a second apart: the timeout must be "
                           "at least %2 seconds.")
                            .arg(s.count)
                            .arg(double((s.count - 1) * kIcmpSpacingMs + kMinTimeoutMs) / 1000.0));
        if (s.maxLossPercent < 0 || s.maxLossPercent > 99)
            problem("max_loss",
                    Tr::tr("The packet loss allowed is 0 to 99 percent (all lost is always "
                           "down)."));
    } else if (kind == MonitorKind::Dns) {
        if (!validDnsName(s.target))
            problem("target", Tr::tr("\"%1\" is not a DNS name.").arg(s.target));
        if (!dnsRecordTypes().contains(s.record))
            problem("record",
                    Tr::tr("The record type is one of %1 (got %2).")
                            .arg(dnsRecordTypes().join(QStringLiteral(", ")), s.record));
        if (!s.server.isEmpty() && QHostAddress(s.server).isNull())
            problem("server",
                    Tr::tr("The name server is an IP address (port 53), not \"%1\".")
                            .arg(s.server));
        const QHostAddress expected(s.expectValue);
        if (!s.expectValue.isEmpty() && s.record == QLatin1String("A")
            && expected.protocol() != QAbstractSocket::IPv4Protocol)
            problem("expect_value",
                    Tr::tr("An A record is an IPv4 address, not \"%1\".").arg(s.expectValue));
        if (!s.expectValue.isEmpty() && s.record == QLatin1String("AAAA")
            && expected.protocol() != QAbstractSocket::IPv6Protocol)
            problem("expect_value",
                    Tr::tr("An AAAA record is an IPv6 address, not \"%1\".").arg(s.expectValue));
    }
    if (s.intervalMs < kMinIntervalMs)
        problem("interval", Tr::tr("A check runs at most every 10 seconds."));
    else if (s.timeoutMs < kMinTimeoutMs || s.timeoutMs >= s.intervalMs)
        problem("timeout",
                Tr::tr("The timeout must be at least 1 second and shorter than the interval."));
    if (s.maxResponseMs < 0)
        problem("max_response", Tr::tr("The response-time limit must not be negative."));
    if (s.confirmations < 1 || s.confirmations > kMaxConfirmations)
        problem("confirmations",
                Tr::tr("A check goes down after 1 to %1 failures in a row.")
                        .arg(kMaxConfirmations));
    if (s.certWarnDays < 0 || s.certWarnDays > 365)
        problem("cert_warn_days", Tr::tr("Certificate warnings come 0 to 365 days ahead."));
    return problems;
}

} // namespace CheckRules

} // namespace uptrack
