// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace uptrack {

/// A notification channel. Its secret (webhook URL, SMTP password, header token)
/// is never here: only `secretRef`, the key under which the keychain holds it.
struct Channel
{
    qint64 id = 0;
    QString name;
    QString kind;           ///< a channel kind's name: "slack", "discord", "webhook", ...
    QJsonObject config;     ///< the kind's settings, without secrets
    QString secretRef;      ///< keychain key; empty when the kind has no secret
    bool onDown = true;     ///< gets down alerts (and reminders)
    bool onUp = true;       ///< gets recovery notices
    qint64 reminderMs = 0;  ///< repeat down alerts this often while down; 0: never
    bool isDefault = false; ///< new monitors use it
    qint64 createdMs = 0;
    QString uuid; ///< how the management API names it (Healthchecks' channel id)
};

/// What a person chooses when adding a channel: the kind's settings and the secret itself,
/// which goes to the secret store (and only there) when the channel is added.
struct ChannelSpec
{
    QString name;
    QString kind;
    QJsonObject config; ///< the kind's settings, without secrets
    QString secret;     ///< "" when the kind has none
    bool onDown = true;
    bool onUp = true;
    qint64 reminderMs = 0;
    bool isDefault = false;
};

} // namespace uptrack

Q_DECLARE_METATYPE(uptrack::Channel)
