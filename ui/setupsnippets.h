// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace uptrack {

/// A ready-to-paste way of reporting to Uptrack from a job.
struct SetupSnippet
{
    QString title;
    QString language; ///< "bash", "crontab", "python", "javascript", "powershell"
    QString code;
};

/// The snippets for a monitor's ping URL: bash (ping last, set -e), a crontab line,
/// bash with /start and the exit status, Python, Node.js and PowerShell.
QList<SetupSnippet> setupSnippets(const QString &pingUrl, const QString &monitorName);

} // namespace uptrack
