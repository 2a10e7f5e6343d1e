// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

#include <QString>
#include <functional>

namespace uptrack {

/// How the management API answers.
struct ApiOptions
{
    /// Accept API keys over plain HTTP from other machines too (--api-over-http). Off: a
    /// key crosses the LAN only inside TLS; plain HTTP takes keys from loopback alone.
    bool overHttp = false;
    /// Accept channels of the "command" kind (a program run on the core's machine) from the
    /// API (--api-allows-command-channels). Off: only the admin, on this machine, sets one
    /// up; the API answers 403.
    bool allowsCommandChannels = false;
    /// The base of the URLs in answers (ping_url, update_url, ...): --public-url, or the
    /// one the console shows for pings. No trailing slash.
    QString pingBase;
    /// The base of API URLs (update_url, body_url): the HTTPS one when TLS is on.
    QString apiBase;
    /// What the core runs with (GET /api/uptrack/v1/settings): where it listens, TLS, the
    /// body cap, storage; the runtime fills it in.
    QJsonObject settings;
    /// Commands run for a remote command line (POST /api/uptrack/v1/cli): the uptrack
    /// executable, the database it works on and the secret store the core chose. No
    /// program: the resource answers 501.
    QString cliProgram;
    QString cliDatabase;
    QString cliSecrets;
    /// Changes the settings a console elsewhere may change (POST /api/uptrack/v1/settings:
    /// `listen` "ADDR:PORT", `ping_body_limit` bytes, `pings_kept_per_monitor`), each
    /// present key only, in the core thread; "" when they apply, else why not (nothing
    /// changed then). None: the resource answers 501.
    std::function<QString(const QJsonObject &changes)> applySettings;
};

} // namespace uptrack
