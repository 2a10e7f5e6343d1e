// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolecore.h"

#include "remote/apiclient.h"
#include "remote/remotecore.h"
#include "runtime/coreruntime.h"

#include <QPointer>

namespace uptrack {

// -- LocalConsole ------------------------------------------------------------------------

LocalConsole::LocalConsole(CoreRuntime &core, QObject *parent)
    : ConsoleCore(parent), m_core(core), m_history(core.config().databasePath)
{
    connect(&core, &CoreRuntime::listeningChanged, this, &ConsoleCore::listeningChanged);
    connect(&core, &CoreRuntime::monitorsChanged, this, &ConsoleCore::monitorsChanged);
    connect(&core, &CoreRuntime::monitorRemoved, this, &ConsoleCore::monitorRemoved);
    connect(&core, &CoreRuntime::flipped, this, &ConsoleCore::flipped);
    connect(&core, &CoreRuntime::unwatched, this, &ConsoleCore::unwatched);
    connect(&core, &CoreRuntime::storageFailed, this, &ConsoleCore::storageFailed);
    connect(&core, &CoreRuntime::storageRecovered, this, &ConsoleCore::storageRecovered);
    connect(&core, &CoreRuntime::channelsChanged, this, &ConsoleCore::channelsChanged);
    connect(&core, &CoreRuntime::incidentsChanged, this, &ConsoleCore::incidentsChanged);
    connect(&core, &CoreRuntime::keepAwakeChanged, this, &ConsoleCore::keepAwakeChanged);
    connect(&core, &CoreRuntime::mutesChanged, this, &ConsoleCore::mutesChanged);
    connect(&core, &CoreRuntime::maintenanceChanged, this, &ConsoleCore::maintenanceChanged);
}

qint64 LocalConsole::mutedUntil() const
{
    qint64 until = -1;
    for (const auto &[mute, scope] : m_core.mutes()) {
        if (mute.scope == Mute::Scope::All)
            until = std::max(until, mute.untilMs);
    }
    return until;
}

QStringList LocalConsole::muteScopes() const
{
    QStringList out;
    for (const auto &[mute, scope] : m_core.mutes())
        out.append(tr("%1 until %2")
                           .arg(scope,
                                QDateTime::fromMSecsSinceEpoch(mute.untilMs)
                                        .toString(QStringLiteral("ddd HH:mm"))));
    return out;
}

std::optional<QList<MaintenanceWindow>> LocalConsole::maintenanceWindows() const
{
    return m_core.maintenanceWindows();
}

QString LocalConsole::name() const
{
    return tr("this computer");
}

QList<Monitor> LocalConsole::snapshot() const
{
    return m_core.snapshot();
}

QList<Channel> LocalConsole::channels() const
{
    return m_core.channels();
}

PingUrls LocalConsole::pingUrls() const
{
    return m_core.pingUrls();
}

bool LocalConsole::listening() const
{
    return m_core.listenError().isEmpty() && m_core.config().listen;
}

QString LocalConsole::listenError() const
{
    return m_core.listenError();
}

void LocalConsole::command(const command::Command &command,
                           std::function<void(command::Reply)> done)
{
    m_core.command(command, std::move(done));
}

// -- RemoteConsole -----------------------------------------------------------------------

RemoteConsole::RemoteConsole(remote::RemoteCore &core, remote::ApiClient &api, QString name,
                             QObject *parent)
    : ConsoleCore(parent)
    , m_core(core)
    , m_api(api)
    , m_name(std::move(name))
    , m_history(api, [this](const QString &why) { emit problem(why); })
{
    connect(&core, &remote::RemoteCore::loaded, this, &ConsoleCore::reloaded);
    connect(&core, &remote::RemoteCore::monitorsChanged, this, &ConsoleCore::monitorsChanged);
    connect(&core, &remote::RemoteCore::monitorRemoved, this, &ConsoleCore::monitorRemoved);
    connect(&core, &remote::RemoteCore::flipped, this, &ConsoleCore::flipped);
    connect(&core, &remote::RemoteCore::channelsChanged, this, &ConsoleCore::channelsChanged);
    connect(&core, &remote::RemoteCore::historyChanged, this, &ConsoleCore::incidentsChanged);
    connect(&core, &remote::RemoteCore::loadFailed, this, &ConsoleCore::problem);
    connect(&core, &remote::RemoteCore::connectionChanged, this,
            [this](bool on, const QString &why) {
                if (on)
                    readSettings();
                emit connectionChanged(on, why);
            });
}

QList<Monitor> RemoteConsole::snapshot() const
{
    return m_core.snapshot();
}

QList<Channel> RemoteConsole::channels() const
{
    return m_core.channels();
}

void RemoteConsole::command(const command::Command &command,
                            std::function<void(command::Reply)> done)
{
    m_core.command(command, std::move(done));
}

bool RemoteConsole::connected() const
{
    return m_core.connected();
}

QDateTime RemoteConsole::lostAt() const
{
    return m_core.lostAt();
}

void RemoteConsole::readSettings()
{
    QPointer<RemoteConsole> self(this);
    m_api.request("GET", QStringLiteral("/api/uptrack/v1/settings"), {}, 15'000,
                  [self](const remote::Answer &a) {
                      if (!self || a.status != 200)
                          return;
                      const PingUrls urls{a.json.value(QLatin1String("ping_url_base")).toString(),
                                          a.json.value(QLatin1String("ping_key")).toString()};
                      if (urls.base == self->m_urls.base && urls.pingKey == self->m_urls.pingKey)
                          return;
                      self->m_urls = urls;
                      emit self->listeningChanged();
                  });
}

} // namespace uptrack
