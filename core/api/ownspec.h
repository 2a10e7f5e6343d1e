// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "control/commands.h"
#include "domain/monitorspec.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace uptrack::ownapi {

/// A monitor spec from a request to /api/uptrack/v1/monitors, in the names and units
/// `monitor show --json` prints (`period`, `grace`, `max_run`, `slow_run` in seconds,
/// `schedule` and `tz`, `tags` as an array, `channels` as names, `kind`, `check`, ...).
/// Each field has its one JSON type; unknown fields (the read-only ones a client echoes
/// back, such as `status`) are ignored. nullopt with *field and *error for the first
/// wrong one.
std::optional<MonitorSpec> decodeMonitor(const QJsonObject &json, QString *field, QString *error);

/// A new channel from a request to POST /api/uptrack/v1/channels, in the names
/// `channel list --json` prints: `name`, `kind`, `on` (["down", "up"]), `reminder` (seconds),
/// `default`, `apply_to_existing`, and `fields`: the kind's own fields by key (as the
/// command line's options and the console's form have them), its secret among them. The
/// kind checks the fields. nullopt with *field and *error for the first wrong one.
std::optional<command::AddChannel> decodeChannel(const QJsonObject &json, QString *field,
                                                 QString *error);
/// What a POST /api/uptrack/v1/channels/<channel> changes: `name`, `on`, `reminder`,
/// `default`. A kind's settings and secret stay (a new URL is a new channel): `fields`, or
/// a `kind` other than the channel's own, is refused with the reason.
std::optional<command::EditChannel> decodeChannelEdit(const QString &channel, const QString &kind,
                                                      const QJsonObject &json, QString *field,
                                                      QString *error);

/// What POST /api/uptrack/v1/cli runs: the words after `uptrack` and the standard input.
struct CliRequest
{
    QStringList args;
    QString input;
    bool prompt = false; ///< secrets are typed on the caller's terminal: ask for them
    QString timeZone;    ///< the caller's IANA zone, when valid
    QString language;    ///< the caller's language ("de", "fr_FR", ""), when plausible
    QString user;        ///< the caller's user name (who acknowledges), when plausible
};
/// The exit status of a remote command that needs secrets typed on the caller's terminal:
/// its standard output then holds {"prompts": [...]}.
inline constexpr int kCliPromptExit = 86;
/// The most arguments, and the longest one, a remote command may have.
inline constexpr qsizetype kMaxCliArguments = 256;
inline constexpr qsizetype kMaxCliArgumentLength = 4096;
/// `args` (1 to kMaxCliArguments strings, none longer than kMaxCliArgumentLength, no NUL),
/// `stdin` (a string), `prompt`, `tz`, `language`, `user`; nullopt with *error for the first wrong
/// one. A zone or language that does not look like one is left out, not refused.
std::optional<CliRequest> decodeCliRequest(const QJsonObject &json, QString *error);

} // namespace uptrack::ownapi
