// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace uptrack {

/// "2 h 5 min", "45 s": a duration for people, in alerts and messages.
QString humanDuration(qint64 ms);

} // namespace uptrack
