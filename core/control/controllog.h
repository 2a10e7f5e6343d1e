// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

/// The management commands' log: "uptrack.control".
Q_DECLARE_LOGGING_CATEGORY(lcControl)
