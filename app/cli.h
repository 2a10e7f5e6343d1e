// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace uptrack {

/// True if the arguments name a sub-command (monitor, ...) rather than the console.
bool isSubcommand(const QStringList &arguments);
/// Runs a sub-command; returns the process exit status (0 ok, 1 failed, 2 usage).
int runSubcommand(const QStringList &arguments);

} // namespace uptrack
