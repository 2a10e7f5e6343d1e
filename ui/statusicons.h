// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/monitor.h"
#include "domain/ping.h"

#include <QColor>
#include <QIcon>

namespace uptrack {

/// The colour and icon of each state, one place for the whole UI.
QColor statusColor(Status status);
QIcon statusIcon(Status status);
/// The colour of a ping of each kind (success green, failure red, start blue, log grey).
QColor pingKindColor(PingKind kind);
/// "Up", "Late", ... for people (translated).
QString statusLabel(Status status);

} // namespace uptrack
