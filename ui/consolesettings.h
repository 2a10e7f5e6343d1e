// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/defaults.h"

#include <QString>

namespace uptrack {

/// The console's settings, each named once with its default (~/.config/uptrack/uptrack.conf,
/// readable by its owner only). Options given on the command line win over these.
struct ConsoleSettings
{
    QString listen; ///< "ADDR:PORT"; "" for the default (all interfaces, defaults::kPort)
    qint64 bodyCap = defaults::kBodyCapBytes;
    qint64 keepPings = defaults::kPingsKeptPerMonitor; ///< pings kept per monitor
    bool startMinimised = false;
    bool launchAtLogin = false;
    QString language;    ///< "de", "fr", "en"; "" follows the system
    QString selfPingUrl; ///< watch the watcher: a ping URL this core pings; "" none
    qint64 selfPingEveryMs = 60'000;
    bool keepAwake = false;     ///< keep the computer awake while jobs are due
    bool trayExplained = false; ///< the one-time "still running in the tray" notice was shown

    static ConsoleSettings load();
    /// Writes every value and makes the file owner-only.
    void save() const;
};

/// The XDG autostart entry (~/.config/autostart/uptrack.desktop): written when
/// `enabled`, removed otherwise. False with *error when the file cannot be written.
bool setLaunchAtLogin(bool enabled, QString *error);
/// Whether the autostart entry exists.
bool launchesAtLogin();

} // namespace uptrack
