// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/defaults.h"

namespace uptrack {

/// How hard commits push to disk. Normal survives a crash of the process (kill -9) in
/// WAL mode; Full also survives a power loss, at fsync cost.
enum class SyncMode { Normal, Full };

struct BackupOptions
{
    qint64 everyMs = defaults::kBackupEveryMs; ///< a new backup when the newest is this old
    int keep = defaults::kBackupsKept;         ///< older backups are deleted
    int checkMs = 3600 * 1000;                 ///< how often the age is looked at
};

/// How long history is kept. Pings have their own cap per monitor (EngineOptions);
/// this bounds everything else, so the file stops growing once a year has passed.
struct RetentionOptions
{
    qint64 historyDays = defaults::kHistoryDays;   ///< flips, closed incidents, alerts, spans
    qint64 deliveryDays = defaults::kDeliveryDays; ///< delivery attempts (the outcome stays)
    int intervalMs = 86'400'000;                   ///< how often the sweep runs (and once at start)
    int chunkRows = 5000; ///< rows deleted per transaction, between other work
};

} // namespace uptrack
