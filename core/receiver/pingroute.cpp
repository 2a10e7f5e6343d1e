// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pingroute.h"

#include <QDateTime>
#include <QList>
#include <QUuid>

#include <optional>

namespace uptrack {

namespace {
int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Strict percent-decoding to UTF-8; nullopt on a bad escape or bad UTF-8.
std::optional<QString> decode(const QByteArray &in, bool plusIsSpace)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '%') {
            if (i + 2 >= in.size())
                return std::nullopt;
            const int hi = hexValue(in[i + 1]);
            const int lo = hexValue(in[i + 2]);
            if (hi < 0 || lo < 0)
                return std::nullopt;
            out.append(char(hi * 16 + lo));
            i += 2;
        } else if (c == '+' && plusIsSpace) {
            out.append(' ');
        } else {
            out.append(c);
        }
    }
    const QString text = QString::fromUtf8(out);
    if (text.toUtf8() != out) // invalid UTF-8 was replaced
        return std::nullopt;
    return text;
}

bool isUuid(const QString &s)
{
    return s.size() == 36 && !QUuid::fromString(s).isNull();
}

// Healthchecks' slug characters: a-z, 0-9, '-' and '_' (an upper-case slug is malformed).
bool isSlug(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-' || u == '_'))
            return false;
    }
    return true;
}

PingRoute bad(const char *why)
{
    PingRoute r;
    r.route = PingRoute::Kind::BadRequest;
    r.error = why;
    return r;
}

// Applies an optional action segment ("start", "fail", "log", "0".."255").
bool applyAction(const QString &action, PingRoute *r)
{
    if (action == QLatin1String("start")) {
        r->kind = PingKind::Start;
    } else if (action == QLatin1String("fail")) {
        r->kind = PingKind::Fail;
    } else if (action == QLatin1String("log")) {
        r->kind = PingKind::Log;
    } else {
        if (action.isEmpty() || action.size() > 3)
            return false;
        for (QChar c : action) {
            if (!c.isDigit() || c.unicode() > '9')
                return false;
        }
        const int code = action.toInt();
        if (code > 255)
            return false;
        r->exitStatus = code;
        r->kind = code == 0 ? PingKind::Success : PingKind::Fail;
    }
    return true;
}
} // namespace

PingRoute parsePingTarget(const QByteArray &rawTarget)
{
    QByteArray target = rawTarget;
    // absolute-form (RFC 9112 3.2.2): keep only the path and query
    if (target.startsWith("http://") || target.startsWith("https://")) {
        const int slash = target.indexOf('/', target.indexOf("//") + 2);
        target = slash < 0 ? QByteArray("/") : target.mid(slash);
    }
    if (!target.startsWith('/'))
        return bad("invalid url format");
    const int hash = target.indexOf('#');
    if (hash >= 0)
        target.truncate(hash);
    const int question = target.indexOf('?');
    const QByteArray path = question < 0 ? target : target.left(question);
    const QByteArray query = question < 0 ? QByteArray() : target.mid(question + 1);

    QList<QByteArray> raw = path.split('/');
    raw.removeFirst(); // before the leading '/'
    if (raw.size() > 1 && raw.last().isEmpty())
        raw.removeLast(); // a trailing slash
    QStringList segments;
    for (const QByteArray &s : std::as_const(raw)) {
        const auto d = decode(s, false);
        if (!d)
            return bad("invalid percent-encoding or UTF-8 in path");
        segments.append(*d);
    }

    PingRoute r;
    if (segments.size() == 1 && segments[0].isEmpty()) {
        r.route = PingRoute::Kind::Index;
        return r;
    }

    QString action;
    if (segments.size() >= 2 && segments[0] == QLatin1String("ping")) {
        if (isUuid(segments[1])) {
            if (segments.size() > 3)
                return bad("invalid url format");
            r.token = segments[1].toLower();
            if (segments.size() == 3)
                action = segments[2];
        } else {
            // /ping/<not a UUID>: no such check, as Healthchecks answers it
            if (segments.size() == 2)
                return PingRoute();
            if (segments.size() > 4)
                return bad("invalid url format");
            r.pingKey = segments[1];
            r.slug = segments[2];
            if (!isSlug(r.slug))
                return bad("invalid url format");
            if (segments.size() == 4)
                action = segments[3];
        }
    } else if (segments.size() >= 3 && segments[0] == QLatin1String("api")
               && segments[1] == QLatin1String("heartbeat")) {
        if (segments.size() > 4 || !isUuid(segments[2]))
            return segments.size() > 4 ? bad("invalid url format") : PingRoute();
        r.token = segments[2].toLower();
        if (segments.size() == 4)
            action = segments[3];
    } else {
        return PingRoute(); // NotFound
    }
    if (!action.isEmpty() && !applyAction(action, &r))
        return bad("invalid url format");

    for (const QByteArray &pair : query.split('&')) {
        if (pair.isEmpty())
            continue;
        const int eq = pair.indexOf('=');
        const auto key = decode(eq < 0 ? pair : pair.left(eq), true);
        const auto value = decode(eq < 0 ? QByteArray() : pair.mid(eq + 1), true);
        if (!key || !value)
            return bad("invalid percent-encoding or UTF-8 in query");
        if (*key == QLatin1String("rid")) {
            if (!isUuid(*value))
                return bad("invalid rid: it must be a UUID");
            r.rid = value->toLower();
        } else if (*key == QLatin1String("create")) {
            r.create = *value == QLatin1String("1");
        }
    }
    r.route = PingRoute::Kind::Ping;
    return r;
}

qint64 parseSentAt(const QByteArray &value)
{
    // "2026-12-03T02:05:00.123Z" and the like; anything long or odd is not one.
    const QByteArray text = value.trimmed();
    if (text.isEmpty() || text.size() > 40)
        return -1;
    for (char c : text) {
        if (!QByteArrayView("0123456789-+:.TZtz").contains(c))
            return -1;
    }
    QDateTime at = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs);
    if (!at.isValid())
        return -1;
    const qint64 ms = at.toMSecsSinceEpoch();
    return ms > 0 ? ms : -1;
}

} // namespace uptrack
