// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

class QCoreApplication;
class QCommandLineParser;

namespace uptrack {

struct RuntimeConfig;

/// The options of the console and of the headless core (--db, --listen, --body-cap, ...),
/// their help taking the defaults from the settings table.
QList<QCommandLineOption> consoleOptions();

/// --connect URL and --fingerprint FP: a console attached to a core elsewhere.
struct RemoteTarget
{
    QString server;      ///< as typed; "" for this computer's core
    QString fingerprint; ///< as typed (or UPTRACK_FINGERPRINT); "" none
};

/// Reads them (and --help, --version) into `config`; false, with a message printed, on
/// bad input. Options given here win over the console's saved settings already in
/// `config`.
bool parseConsoleOptions(QCoreApplication &app, RuntimeConfig *config, bool *headless,
                         bool *minimised = nullptr, RemoteTarget *remote = nullptr);

/// --tls, --tls-cert, --tls-key and --tls-listen into `config` (after --listen); false,
/// with a message printed, when they contradict each other. `uptrack tls` shares it.
bool parseTlsOptions(const QCommandLineParser &parser, RuntimeConfig *config);

/// The --secrets option (shared by the console, the core and every sub-command).
QCommandLineOption secretsOption();
/// Chooses the secret store from --secrets, else UPTRACK_SECRETS, else automatically;
/// false, with a message printed, for a name that is not one.
bool applySecretsOption(const QCommandLineParser &parser);

} // namespace uptrack
