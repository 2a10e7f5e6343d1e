// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

namespace uptrack {

/// "2026-03-08T07:00:00.123Z" (UTC, milliseconds).
QString isoUtc(qint64 ms);
/// isoUtc() or JSON null for -1.
QJsonValue isoOrNull(qint64 ms);

} // namespace uptrack
