// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/monitorspec.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace uptrack::ownapi {

/// A monitor spec from a request to /api/uptrack/v1/monitors, in the names and units
/// `monitor show --json` prints (`period`, `grace`, `max_run`, `slow_run` in seconds,
/// `schedule` and `tz`, `tags` as an array, `channels` as names, `kind`, `check`, ...).
/// Each field has its one JSON type; unknown fields (the read-only ones a client echoes
/// back, such as `status`) are ignored. nullopt with *field and *error for the first
/// wrong one.
std::optional<MonitorSpec> decodeMonitor(const QJsonObject &json, QString *field, QString *error);

} // namespace uptrack::ownapi
