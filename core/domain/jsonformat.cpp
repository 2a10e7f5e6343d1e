// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonformat.h"

#include "engine/statemachine.h"
#include "time/isotime.h"

#include <QJsonArray>

namespace uptrack {

QString PingUrls::pingUrl(const Monitor &m) const
{
    return base + QStringLiteral("/ping/") + m.token;
}

QString PingUrls::slugUrl(const Monitor &m) const
{
    return base + QStringLiteral("/ping/") + pingKey + QLatin1Char('/') + m.slug;
}

QJsonObject monitorToJson(const Monitor &m, const PingUrls &urls)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), double(m.id));
    o.insert(QStringLiteral("name"), m.name);
    o.insert(QStringLiteral("slug"), m.slug);
    o.insert(QStringLiteral("token"), m.token);
    o.insert(QStringLiteral("ping_url"), urls.pingUrl(m));
    o.insert(QStringLiteral("slug_url"), urls.slugUrl(m));
    o.insert(QStringLiteral("status"), statusName(m.status));
    o.insert(QStringLiteral("status_since"), isoOrNull(m.statusSinceMs));
    o.insert(QStringLiteral("status_reason"), m.statusReason);
    // After a span without listening: expected again, but nothing is known of the gap.
    o.insert(QStringLiteral("no_data_since"),
             m.statusReason == QLatin1String(Reason::NoData) ? isoOrNull(m.statusSinceMs)
                                                             : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("last_ping"), isoOrNull(m.lastPingMs));
    o.insert(QStringLiteral("next_due"), isoOrNull(m.status == Status::Paused ? -1 : m.nextDueMs));
    o.insert(QStringLiteral("down_at"), isoOrNull(StateMachine::downAt(m)));
    o.insert(QStringLiteral("n_pings"), double(m.nPings));
    o.insert(QStringLiteral("last_duration_ms"),
             m.lastDurationMs < 0 ? QJsonValue(QJsonValue::Null)
                                  : QJsonValue(double(m.lastDurationMs)));
    o.insert(QStringLiteral("period"), double(m.periodMs) / 1000.0);
    o.insert(QStringLiteral("grace"), double(m.graceMs) / 1000.0);
    o.insert(QStringLiteral("schedule"),
             m.cron.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m.cron));
    o.insert(QStringLiteral("tz"),
             m.cron.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m.timeZone));
    auto optionalSeconds = [](qint64 ms) {
        return ms > 0 ? QJsonValue(double(ms) / 1000.0) : QJsonValue(QJsonValue::Null);
    };
    o.insert(QStringLiteral("max_run"), optionalSeconds(m.maxRunMs));
    o.insert(QStringLiteral("slow_run"), optionalSeconds(m.slowRunMs));
    o.insert(QStringLiteral("success_keywords"), m.successKeywords);
    o.insert(QStringLiteral("failure_keywords"), m.failureKeywords);
    o.insert(QStringLiteral("start_keywords"), m.startKeywords);
    o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(m.tags));
    o.insert(QStringLiteral("description"), m.description);
    o.insert(QStringLiteral("resume_on_ping"), m.resumeOnPing);
    o.insert(QStringLiteral("created"), isoOrNull(m.createdMs));
    o.insert(QStringLiteral("kind"), kindName(m.kind));
    if (m.isCheck()) {
        o.insert(QStringLiteral("check"), m.check.toJson());
        o.insert(QStringLiteral("failures_in_a_row"), m.failStreak);
        o.insert(QStringLiteral("last_response_ms"),
                 m.lastDurationMs < 0 ? QJsonValue(QJsonValue::Null)
                                      : QJsonValue(double(m.lastDurationMs)));
        o.insert(QStringLiteral("cert_expires"), isoOrNull(m.certExpiryMs));
    }
    return o;
}

QJsonObject pingToJson(const Ping &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), double(p.id));
    o.insert(QStringLiteral("time"), isoUtc(p.timeMs));
    o.insert(QStringLiteral("kind"), pingKindName(p.kind));
    o.insert(QStringLiteral("exit_status"),
             p.exitStatus < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(p.exitStatus));
    o.insert(QStringLiteral("duration_ms"),
             p.durationMs < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(double(p.durationMs)));
    o.insert(QStringLiteral("rid"),
             p.rid.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.rid));
    o.insert(QStringLiteral("source"), p.source);
    o.insert(QStringLiteral("method"), p.method);
    o.insert(QStringLiteral("user_agent"), p.userAgent);
    o.insert(QStringLiteral("body"), escapeBody(p.body));
    o.insert(QStringLiteral("body_truncated"), p.bodyTruncated);
    return o;
}

QString escapeBody(const QByteArray &body)
{
    // Like Python's errors="backslashreplace": keep every valid UTF-8 sequence.
    QString out;
    out.reserve(body.size());
    const auto *s = reinterpret_cast<const uchar *>(body.constData());
    const qsizetype n = body.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = s[i];
        int len = 0;
        uint cp = 0;
        if (c < 0x80) {
            len = 1;
            cp = c;
        } else if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        }
        bool valid = len > 0 && i + len <= n;
        for (int k = 1; valid && k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                valid = false;
            else
                cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (valid && len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
            valid = false;
        if (valid && len == 4 && (cp < 0x10000 || cp > 0x10FFFF))
            valid = false;
        if (!valid) {
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
            ++i;
            continue;
        }
        out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&cp), 1);
        i += len;
    }
    return out;
}

} // namespace uptrack
