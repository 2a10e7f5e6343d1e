// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historysource.h"

#include "control/commands.h"
#include "domain/channel.h"
#include "domain/flip.h"
#include "domain/maintenance.h"
#include "domain/monitor.h"
#include "format/jsonformat.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace uptrack {

class CoreRuntime;
class DesktopSink;

namespace remote {
class ApiClient;
class RemoteCore;
} // namespace remote

/// The core a console shows, as its views see it: in this process (CoreRuntime), or on
/// another machine over the management API (remote::RemoteCore). The views do not know
/// which; the few things only this computer's core can do (its listener, its API keys,
/// reports read from its database file) are behind local().
class ConsoleCore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// "this computer", or the server's host name: what the title and status bar name.
    virtual QString name() const = 0;
    /// The core in this process, or nullptr for a core on another machine.
    virtual CoreRuntime *local() { return nullptr; }
    /// The management API of a core on another machine, or nullptr.
    virtual remote::ApiClient *api() { return nullptr; }

    virtual QList<Monitor> snapshot() const = 0;
    virtual QList<Channel> channels() const = 0;
    /// Where the core's pings go (its own addresses, not this computer's).
    virtual PingUrls pingUrls() const = 0;
    /// Whether the core receives pings, and why not ("" while it does, or when unknown).
    virtual bool listening() const = 0;
    virtual QString listenError() const = 0;
    virtual void command(const command::Command &command, std::function<void(command::Reply)> done)
            = 0;
    virtual HistorySource &history() = 0;
    /// When alerts are muted for every monitor (-1: not), and each mute in force in words
    /// ("tag:nightly until 14:00"). A core on another machine does not say (yet): -1.
    virtual qint64 mutedUntil() const { return -1; }
    virtual QStringList muteScopes() const { return {}; }
    /// The maintenance windows, or nullopt when this console cannot see them (a core on
    /// another machine: the management API has no maintenance endpoint yet).
    virtual std::optional<QList<MaintenanceWindow>> maintenanceWindows() const
    {
        return std::nullopt;
    }

    /// Whether the line to the core is up (always, in this process), and since when not.
    virtual bool connected() const { return true; }
    virtual QDateTime lostAt() const { return {}; }

signals:
    void listeningChanged();
    void monitorsChanged(const QList<uptrack::Monitor> &monitors);
    void monitorRemoved(qint64 id);
    /// The whole state changed at once (a core on another machine reloaded): snapshot().
    void reloaded();
    void flipped(const uptrack::Flip &flip);
    void unwatched(qint64 gapStartMs, qint64 listenStartMs, const QStringList &monitors);
    void storageFailed(const QString &message);
    void storageRecovered();
    void channelsChanged();
    void incidentsChanged();
    void mutesChanged();
    void maintenanceChanged();
    void keepAwakeChanged(const QString &status);
    /// The line to a core on another machine broke or came back (with why it broke).
    void connectionChanged(bool connected, const QString &why);
    /// Something the console asked of the core failed on the way: a sentence.
    void problem(const QString &message);
};

/// The core in this process.
class LocalConsole : public ConsoleCore
{
    Q_OBJECT
public:
    explicit LocalConsole(CoreRuntime &core, QObject *parent = nullptr);

    QString name() const override;
    CoreRuntime *local() override { return &m_core; }
    QList<Monitor> snapshot() const override;
    QList<Channel> channels() const override;
    PingUrls pingUrls() const override;
    bool listening() const override;
    QString listenError() const override;
    void command(const command::Command &command,
                 std::function<void(command::Reply)> done) override;
    HistorySource &history() override { return m_history; }
    qint64 mutedUntil() const override;
    QStringList muteScopes() const override;
    std::optional<QList<MaintenanceWindow>> maintenanceWindows() const override;

private:
    CoreRuntime &m_core;
    LocalHistory m_history;
};

/// A core on another machine: its state from remote::RemoteCore, its history paged
/// through the API. Holds nothing on disk.
class RemoteConsole : public ConsoleCore
{
    Q_OBJECT
public:
    /// `name`: what to call the server (its host, or the name it gives itself).
    RemoteConsole(remote::RemoteCore &core, remote::ApiClient &api, QString name,
                  QObject *parent = nullptr);

    QString name() const override { return m_name; }
    remote::ApiClient *api() override { return &m_api; }
    QList<Monitor> snapshot() const override;
    QList<Channel> channels() const override;
    PingUrls pingUrls() const override { return m_urls; }
    bool listening() const override { return !m_urls.base.isEmpty(); }
    QString listenError() const override { return QString(); }
    void command(const command::Command &command,
                 std::function<void(command::Reply)> done) override;
    HistorySource &history() override { return m_history; }
    bool connected() const override;
    QDateTime lostAt() const override;

    /// The core's own ping addresses (GET /api/uptrack/v1/settings), read again on each
    /// reconnection.
    void readSettings();

private:
    remote::RemoteCore &m_core;
    remote::ApiClient &m_api;
    QString m_name;
    PingUrls m_urls;
    RemoteHistory m_history;
};

} // namespace uptrack
