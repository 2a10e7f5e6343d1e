// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace uptrack::hc {

/// A check as Healthchecks' Management API describes it in a create or update request,
/// decoded strictly: each field has its one JSON type, and what is unset stays unset.
/// Unknown fields are ignored, as Healthchecks ignores them.
struct CheckRequest
{
    std::optional<QString> name;
    std::optional<QString> slug;
    std::optional<QString> tags; ///< space-separated, as Healthchecks has them
    std::optional<QString> desc;
    std::optional<qint64> timeoutS;
    std::optional<qint64> graceS;
    std::optional<QString> schedule; ///< a cron expression
    std::optional<QString> tz;       ///< canonical (legacy names are mapped)
    std::optional<bool> manualResume;
    std::optional<QString> methods;  ///< "" or "POST"
    std::optional<QString> channels; ///< "*", "" or comma-separated names or ids
    std::optional<QString> successKw;
    std::optional<QString> failureKw;
    std::optional<QString> startKw;
    std::optional<bool> filterBody;
    std::optional<QStringList> unique; ///< of name, slug, tags, timeout, grace
};

/// The limits Healthchecks sets (seconds, characters).
inline constexpr qint64 kMinTimeout = 60;
inline constexpr qint64 kMaxTimeout = 31'536'000; // 365 days
inline constexpr int kMaxName = 100;
inline constexpr int kMaxKeywords = 200;

/// Decodes a request body's object; nullopt with *error set to Healthchecks' sentence
/// ("json validation error: timeout is too small") for the first field that is wrong, in
/// the order Healthchecks checks them.
std::optional<CheckRequest> decodeCheckRequest(const QJsonObject &json, QString *error);

/// Healthchecks' canonical name for a time zone it accepts under a legacy name
/// (Europe/Kiev -> Europe/Kyiv); the name itself otherwise.
QString canonicalZone(const QString &zone);

} // namespace uptrack::hc
