// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keywords.h"

namespace uptrack::Keywords {

PingKind classify(const Monitor &m, const QByteArray &body)
{
    if (m.successKeywords.isEmpty() && m.failureKeywords.isEmpty() && m.startKeywords.isEmpty())
        return PingKind::Success;
    const QString text = QString::fromUtf8(body);
    auto matches = [&](const QString &keywords) {
        for (const QString &k : keywords.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (text.contains(k.trimmed(), Qt::CaseInsensitive))
                return true;
        }
        return false;
    };
    if (matches(m.failureKeywords))
        return PingKind::Fail;
    if (matches(m.successKeywords))
        return PingKind::Success;
    if (matches(m.startKeywords))
        return PingKind::Start;
    // Only failure keywords set, and none matched: a success, as Healthchecks has it.
    return m.successKeywords.trimmed().isEmpty() && m.startKeywords.trimmed().isEmpty()
            ? PingKind::Success
            : PingKind::Ignored;
}

} // namespace uptrack::Keywords
