// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace uptrack {

/// The numbered schema migrations: entry i takes the schema from version i to i+1.
/// Never edit one that has landed; add a new one.
const QList<QStringList> &schemaMigrations();

} // namespace uptrack
