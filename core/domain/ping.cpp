// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ping.h"

#include "enumnames.h"

#include <QCoreApplication>

namespace uptrack {

namespace {
constexpr EnumName<PingKind> kPingKindNames[] = {
        {PingKind::Success, "success"}, {PingKind::Start, "start"}, {PingKind::Fail, "fail"},
        {PingKind::Log, "log"},         {PingKind::Ignored, "ign"},
};
} // namespace

QString pingKindName(PingKind kind)
{
    return enumName(kPingKindNames, kind);
}

std::optional<PingKind> pingKindFromName(const QString &name)
{
    return enumFromName(kPingKindNames, name);
}

QString PingIgnored::describe(const QString &code)
{
    if (code == QLatin1String(Paused))
        return QCoreApplication::translate("PingIgnored",
                                           "the monitor is paused and pings do not resume it");
    if (code == QLatin1String(NoKeyword))
        return QCoreApplication::translate("PingIgnored", "no keyword matched the body");
    if (code == QLatin1String(Method))
        return QCoreApplication::translate("PingIgnored", "the monitor takes POST pings only");
    return code;
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
