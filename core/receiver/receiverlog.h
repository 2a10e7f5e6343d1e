// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

/// The ping routes' log: "uptrack.receiver" (never a token or a body).
Q_DECLARE_LOGGING_CATEGORY(lcReceiver)
