// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The command line's sub-commands and their option sets, each named once. Not an
// interface: only app/ includes it.
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

namespace uptrack::cli {

/// monitor, channel, alerts, schedule, report, incident.
const QStringList &subcommands();
/// The verbs of a sub-command that has them (monitor add, channel test, ...); none for
/// the others.
const QStringList &verbsOf(const QString &subcommand);
/// What every sub-command takes: --db, --json (and the console's --listen and --base-url,
/// ignored).
QList<QCommandLineOption> commonOptions();
/// What one sub-command takes beside them ("channel add": every channel kind's fields).
QList<QCommandLineOption> optionsFor(const QString &subcommand, const QString &verb);
/// Whether `argument` ("--db") is an option that takes the next argument as its value,
/// in any option set of the console or a sub-command.
bool takesValue(const QString &argument);
/// The words of a command line that are not options or their values (the program's
/// name left out): {"monitor", "show", "backup"}.
QStringList positionals(const QStringList &arguments);

} // namespace uptrack::cli
