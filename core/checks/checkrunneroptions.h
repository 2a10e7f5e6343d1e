// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace uptrack {

struct CheckRunnerOptions
{
    int maxInFlight = 64;          ///< checks running at once; the rest wait their turn
    qint64 maxBodyBytes = 1 << 20; ///< body read to look for a keyword; the rest is not read
};

} // namespace uptrack
