// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

/// The core's own life: "uptrack.runtime" (start, stop, listening).
Q_DECLARE_LOGGING_CATEGORY(lcRuntime)
