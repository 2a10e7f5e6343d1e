// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ping.h"

namespace uptrack {

QString pingKindName(PingKind kind)
{
    switch (kind) {
    case PingKind::Success:
        return QStringLiteral("success");
    case PingKind::Start:
        return QStringLiteral("start");
    case PingKind::Fail:
        return QStringLiteral("fail");
    case PingKind::Log:
        return QStringLiteral("log");
    }
    return QStringLiteral("success");
}

std::optional<PingKind> pingKindFromName(const QString &name)
{
    for (auto k : {PingKind::Success, PingKind::Start, PingKind::Fail, PingKind::Log}) {
        if (pingKindName(k) == name)
            return k;
    }
    return std::nullopt;
}

} // namespace uptrack
