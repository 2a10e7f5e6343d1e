// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands.h"

#include <QJsonObject>
#include <QLocalServer>
#include <QObject>

#include <functional>

namespace uptrack {

/// The local socket through which sub-commands reach the running instance of a
/// database: one JSON command per line, one JSON reply per line. Only the user
/// who runs Uptrack can connect.
class ControlServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const QJsonObject &command,
                                       std::function<void(const QJsonObject &)> reply)>;

    ControlServer(Handler handler, QObject *parent = nullptr);
    bool listen(const QString &name, QString *error);

    /// The socket name for a database file (same for every path spelling of it).
    static QString nameFor(const QString &databasePath);

private:
    void onNewConnection();

    Handler m_handler;
    QLocalServer m_server;
};

/// The sub-command side: sends one command to a running instance.
namespace ControlClient {
/// True and *reply set if an instance answered; false if none is running.
bool send(const QString &name, const command::Command &command, command::Reply *reply,
          int timeoutMs = 90'000);
} // namespace ControlClient

} // namespace uptrack
