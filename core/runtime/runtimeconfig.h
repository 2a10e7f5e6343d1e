// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/checkrunneroptions.h"
#include "engine/engineoptions.h"
#include "notify/notifieroptions.h"
#include "receiver/receiveroptions.h"
#include "settings/defaults.h"
#include "storage/storageoptions.h"

#include <QHostAddress>
#include <QString>

namespace uptrack {

/// Everything the core needs to run, gathered from the command line and settings.
struct RuntimeConfig
{
    QString databasePath;
    QHostAddress listenAddress = QHostAddress::Any;
    quint16 port = defaults::kPort;
    bool listen = true;
    QString baseUrl; ///< overrides the ping URL base shown to users
    /// The base of URLs in API answers (--public-url); empty: the ping base.
    QString publicUrl;
    /// Accept API keys over plain HTTP from the LAN too (--api-over-http).
    bool apiOverHttp = false;
    /// Let the API add channels that run a program here (--api-allows-command-channels).
    bool apiAllowsCommandChannels = false;
    /// The uptrack executable, which runs the sub-commands `uptrack --server` sends
    /// (POST /api/uptrack/v1/cli); empty: such requests are refused (501).
    QString cliProgram;
    /// HTTPS for the management API (and pings): on with --tls auto or --tls-cert/--tls-key.
    bool tls = false;
    bool tlsAuto = false;   ///< a self-signed certificate, made and renewed here
    QString tlsCertificate; ///< PEM files, when not auto
    QString tlsKey;
    QHostAddress tlsAddress = QHostAddress::Any;
    quint16 tlsPort = defaults::kTlsPort;
    /// Pings by e-mail (--smtp-listen ADDR:PORT); off unless set.
    bool smtp = false;
    QHostAddress smtpAddress = QHostAddress::Any;
    quint16 smtpPort = 2525;
    SyncMode sync = SyncMode::Normal;
    /// Watch the watcher: a ping URL this core pings on an interval ("" for none).
    QString selfPingUrl;
    qint64 selfPingEveryMs = 60'000;
    /// Keep the computer awake while jobs are due (a logind sleep inhibitor).
    bool keepAwake = false;
    EngineOptions engine;
    ReceiverOptions receiver;
    NotifierOptions notifier;
    CheckRunnerOptions checks;
    BackupOptions backups;
    RetentionOptions retention;
};

/// The default database: $XDG_DATA_HOME/uptrack/uptrack.db.
QString defaultDatabasePath();

/// Parses "ADDR:PORT", "[v6]:PORT", ":PORT" or "PORT"; false with *error on nonsense.
bool parseListenAddress(const QString &text, QHostAddress *address, quint16 *port, QString *error);

/// The base of ping URLs for people to paste into jobs: the configured one, or one
/// built from the address Uptrack listens on (a LAN address for "all interfaces").
QString pingBaseUrl(const QString &configured, const QHostAddress &address, quint16 port);

} // namespace uptrack
