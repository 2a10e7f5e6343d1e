// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace uptrack {

/// A down period: opened by a down flip, closed by the next up (or a pause).
struct Incident
{
    qint64 id = 0;
    qint64 monitorId = 0;
    qint64 startMs = 0;
    qint64 endMs = -1; ///< -1 while open
    QString reason;
    QString note;
    /// Acknowledged ("I'm on it"): by whom (a user name), when (-1: not), and why.
    QString ackBy;
    qint64 ackMs = -1;
    QString ackNote;
};

} // namespace uptrack
