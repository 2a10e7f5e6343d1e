// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check.h"
#include "monitor.h"
#include "problem.h"
#include "settings/defaults.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace uptrack {

/// What a person chooses when creating or editing a monitor. Unset optionals keep
/// the current value (edit) or take the default (add).
struct MonitorSpec
{
    std::optional<QString> name;
    std::optional<QString> slug;
    std::optional<qint64> periodMs;
    std::optional<qint64> graceMs;
    std::optional<QStringList> tags;
    std::optional<QString> description;
    std::optional<bool> resumeOnPing;
    std::optional<QString> methods;      ///< "" (any) or "POST"
    std::optional<QStringList> channels; ///< channel names; unset on add: the default channels
    /// With `channels`: escalation delays by channel name (ms; absent: at once).
    QMap<QString, qint64> channelDelays;
    std::optional<QString> cron;     ///< a cron expression; "" switches to the simple schedule
    std::optional<QString> timeZone; ///< the cron expression's IANA zone
    std::optional<qint64> maxRunMs;  ///< 0: none
    std::optional<qint64> slowRunMs; ///< 0: none
    std::optional<qint64> minRunMs;  ///< 0: none
    /// Misses or failures in a row before down (heartbeats; a check's confirmations).
    std::optional<int> downAfter;
    std::optional<QStringList> dependsOn; ///< the parents: monitor ids, slugs or tokens
    std::optional<QString> successKeywords;
    std::optional<QString> failureKeywords;
    std::optional<QString> startKeywords;
    std::optional<MonitorKind> kind;  ///< heartbeat by default; an edit may not change it
    std::optional<QJsonObject> check; ///< CheckSpec fields to set (CheckSpec::fromJson)
    /// Healthchecks' API creates checks without a name: so may a spec that comes from it.
    bool allowEmptyName = false;
    /// ... and with an empty slug ("slug": ""): such a monitor has no readable ping URL.
    bool allowEmptySlug = false;

    /// Sets on `m` the fields taken as given (name trimmed, tags, description, grace, max
    /// and slow run, keywords, resume on ping); unset ones keep m's. The slug, schedule,
    /// kind, check and channels need the engine's rules and stay untouched.
    void applyPlainFields(Monitor *m) const;
};

/// The rules of a monitor's settings, in one place: the engine enforces them, the
/// console's dialog and the command line show what they say before sending.
namespace MonitorRules {
inline constexpr qint64 kDefaultPeriodMs = defaults::kPeriodMs;
inline constexpr qint64 kDefaultGraceMs = defaults::kGraceMs;
inline constexpr qint64 kMinPeriodMs = 1000;
inline constexpr int kMaxNameLength = 200;
inline constexpr int kMaxSlugLength = 100;
inline constexpr int kMaxDownAfter = 100;

/// "Nightly Billing!" -> "nightly-billing"
QString slugify(const QString &name);
/// Slugs are a-z, 0-9, '-' and '_' (the characters Healthchecks allows).
bool isValidSlug(const QString &slug);

enum class Purpose {
    Add, ///< a new monitor: it needs a name
    Edit ///< changes to one: only what is set is checked
};
/// What is wrong with a spec, field by field (fields named as in the command JSON:
/// "name", "slug", "period", "grace", "cron", "tz", "max_run", "slow_run", "tags",
/// "check.target", ...); none when the engine will take it. `takenSlugs`: slugs other
/// monitors use, when the caller knows them.
Problems validate(const MonitorSpec &spec, Purpose purpose = Purpose::Edit,
                  const QStringList &takenSlugs = {});
} // namespace MonitorRules

} // namespace uptrack
