// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace uptrack {

/// What a command line asks for.
enum class Invocation {
    Console,           ///< no sub-command: the console, or --headless
    Subcommand,        ///< monitor, channel, alerts, schedule, report, incident
    UnknownSubcommand, ///< a word that is none of them ("uptrack frobnicate")
};

/// Decides from the words that are not options; *word is the first such word.
Invocation classify(const QStringList &arguments, QString *word = nullptr);
/// "\"frobnicate\" is not a command. Commands: monitor, channel, ..." for a person.
QString unknownSubcommandMessage(const QString &word);
/// Runs a sub-command; returns the process exit status (0 ok, 1 failed, 2 usage).
int runSubcommand(const QStringList &arguments);
/// The server a sub-command is for: --server URL, else $UPTRACK_SERVER; "" for this
/// computer (and always for a command a core runs on behalf of another machine).
QString remoteServerOf(const QStringList &arguments);
/// Runs a sub-command on that server (remotecli.cpp); the same exit statuses.
int runRemoteSubcommand(const QStringList &arguments);
/// The language a sub-command speaks: the console's setting, or the remote caller's.
QString subcommandLanguage(const QString &consoleSetting);

} // namespace uptrack
