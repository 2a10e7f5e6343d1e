// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace uptrack {

/// Parses "90s", "5m", "1h30m", "1d", "2w", "250ms", or a bare number of seconds.
/// Returns milliseconds, or nullopt (with *error set) for anything else.
std::optional<qint64> parseDuration(const QString &text, QString *error = nullptr);

/// The shortest exact form: 5400000 -> "1h30m", 1500 -> "1s500ms".
QString formatDuration(qint64 ms);

} // namespace uptrack
