// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/defaults.h"

namespace uptrack {

/// Notifier settings; the defaults are the documented ones.
struct NotifierOptions
{
    int maxInFlightPerChannel = 4;                   ///< a slow channel never holds up the others
    qint64 firstRetryMs = defaults::kFirstRetryMs;   ///< then doubling...
    qint64 maxRetryMs = defaults::kMaxRetryMs;       ///< ...up to an hour between tries
    qint64 giveUpAfterMs = defaults::kGiveUpAfterMs; ///< after this, a delivery has failed
};

} // namespace uptrack
