// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace uptrack {

/// "2026-03-08T07:00:00.123Z" (UTC, milliseconds).
QString isoUtc(qint64 ms);
/// isoUtc() or JSON null for -1.
QJsonValue isoOrNull(qint64 ms);
/// "2026-03-08T03:00:00-04:00": the wall-clock time in a zone with its UTC offset.
QString isoInZone(qint64 ms, const QTimeZone &zone);
/// Parses ISO 8601; without an offset the time is read in `zone`. nullopt if invalid.
std::optional<qint64> parseIso(const QString &text, const QTimeZone &zone);

} // namespace uptrack
