// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

/// The storage layer's logs: "uptrack.storage" (the database), "uptrack.backups",
/// "uptrack.retention".
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcBackups)
Q_DECLARE_LOGGING_CATEGORY(lcRetention)
