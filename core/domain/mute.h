// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor.h"

#include <QString>

namespace uptrack {

/// "Not now": alerts of every monitor, one monitor or one tag are recorded but not sent
/// until `untilMs`; then each channel that missed some hears one summary of them.
struct Mute
{
    enum class Scope { All, Monitor, Tag };
    qint64 id = 0;
    Scope scope = Scope::All;
    qint64 monitorId = 0; ///< Scope::Monitor
    QString tag;          ///< Scope::Tag
    qint64 untilMs = 0;
    qint64 createdMs = 0;

    bool covers(const Monitor &m) const
    {
        return scope == Scope::All || (scope == Scope::Monitor && m.id == monitorId)
                || (scope == Scope::Tag && m.tags.contains(tag));
    }
    /// "all", "monitor:NAME" (`monitorName`, or the id when empty), "tag:TAG".
    QString scopeText(const QString &monitorName = {}) const;
    bool sameScope(const Mute &other) const
    {
        return scope == other.scope && monitorId == other.monitorId && tag == other.tag;
    }
};

/// "all", "monitor", "tag" (stored and shown).
QString muteScopeName(Mute::Scope scope);
std::optional<Mute::Scope> muteScopeFromName(const QString &name);

} // namespace uptrack
