// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/monitor.h"

#include <QColor>
#include <QIcon>

namespace uptrack {

/// The colour and icon of each state, one place for the whole UI.
QColor statusColor(Status status);
QIcon statusIcon(Status status);
/// "Up", "Late", ... for people (translated).
QString statusLabel(Status status);

} // namespace uptrack
