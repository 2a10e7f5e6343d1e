// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace uptrack {

/// A span during which Uptrack was listening for pings.
struct ListeningSpan
{
    qint64 id = 0;
    qint64 startMs = 0;
    qint64 endMs = 0;
};

} // namespace uptrack
