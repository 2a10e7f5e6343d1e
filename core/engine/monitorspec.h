// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/check.h"

#include <QJsonObject>
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
    std::optional<QStringList> channels; ///< channel names; unset on add: the default channels
    std::optional<QString> cron;         ///< a cron expression; "" switches to the simple schedule
    std::optional<QString> timeZone;     ///< the cron expression's IANA zone
    std::optional<qint64> maxRunMs;      ///< 0: none
    std::optional<qint64> slowRunMs;     ///< 0: none
    std::optional<QString> successKeywords;
    std::optional<QString> failureKeywords;
    std::optional<QString> startKeywords;
    std::optional<MonitorKind> kind;  ///< set on add only; heartbeat by default
    std::optional<QJsonObject> check; ///< CheckSpec fields to set (CheckSpec::fromJson)
};

namespace MonitorRules {
inline constexpr qint64 kDefaultPeriodMs = 86'400'000; // 1 day, as Healthchecks
inline constexpr qint64 kDefaultGraceMs = 3'600'000;   // 1 hour, as Healthchecks
inline constexpr qint64 kMinPeriodMs = 1000;
inline constexpr int kMaxNameLength = 200;
inline constexpr int kMaxSlugLength = 100;

/// "Nightly Billing!" -> "nightly-billing"
QString slugify(const QString &name);
/// Slugs are a-z, 0-9, '-' and '_' (the characters Healthchecks allows).
bool isValidSlug(const QString &slug);
/// Checks a spec's fields; returns an empty string or a sentence saying what is wrong.
QString validate(const MonitorSpec &spec);
} // namespace MonitorRules

} // namespace uptrack
