// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mute.h"

#include "enumnames.h"

namespace uptrack {

namespace {
constexpr EnumName<Mute::Scope> kScopeNames[] = {
        {Mute::Scope::All, "all"},
        {Mute::Scope::Monitor, "monitor"},
        {Mute::Scope::Tag, "tag"},
};
} // namespace

QString Mute::scopeText(const QString &monitorName) const
{
    switch (scope) {
    case Scope::All:
        return QStringLiteral("all");
    case Scope::Monitor:
        return QStringLiteral("monitor:")
                + (monitorName.isEmpty() ? QString::number(monitorId) : monitorName);
    case Scope::Tag:
        return QStringLiteral("tag:") + tag;
    }
    return QString();
}

QString muteScopeName(Mute::Scope scope)
{
    return enumName(kScopeNames, scope);
}

std::optional<Mute::Scope> muteScopeFromName(const QString &name)
{
    return enumFromName(kScopeNames, name);
}

} // namespace uptrack
