// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiclient.h"
#include "eventfeed.h"

#include "control/commands.h"
#include "domain/channel.h"
#include "domain/flip.h"
#include "domain/monitor.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

namespace uptrack::remote {

/// A core on another machine, as a console sees it: its monitors and channels (loaded
/// through /api/uptrack/v1/ and kept current from its event stream), and its commands
/// (POST /api/uptrack/v1/commands, run by the core's CommandHandler exactly as a local
/// console's are). Nothing is stored here: after a break it catches up through the
/// stream, or reloads when the core says the events are gone. Never blocks: every
/// answer comes back through the event loop.
class RemoteCore : public QObject
{
    Q_OBJECT
public:
    RemoteCore(QUrl server, QString apiKey, QString expectedFingerprint, QObject *parent = nullptr);

    /// Opens the event stream, then loads the state; loaded() says when it is in.
    void start();
    void stop();
    /// Shorter pauses for the stream, for tests.
    void setStreamTimings(int firstRetryMs, int maxRetryMs, int silenceMs);

    bool isLoaded() const { return m_loaded; }
    bool connected() const { return m_feed.connected(); }
    /// When the stream was last open; for "Not connected to office-server since 10:02".
    QDateTime lostAt() const { return m_feed.lostAt(); }
    QString origin() const { return originOf(m_client.server()); }

    /// The monitors, by id.
    QList<Monitor> snapshot() const;
    QList<Channel> channels() const { return m_channels; }

    /// Runs a command on the core; `done` gets its reply (a failure with a sentence when
    /// the core could not be asked).
    void command(const command::Command &command, std::function<void(command::Reply)> done);

signals:
    /// The whole state is in (first, and again after a reload).
    void loaded();
    /// Loading failed: why, in a sentence (it is tried again when the stream reopens).
    void loadFailed(const QString &why);
    void monitorsChanged(const QList<uptrack::Monitor> &changed);
    void monitorRemoved(qint64 id);
    void flipped(const uptrack::Flip &flip);
    void channelsChanged();
    /// Incidents, alerts or their deliveries changed (read them again when shown).
    void historyChanged();
    /// The line to the core opened or broke (with why).
    void connectionChanged(bool connected, const QString &why);

private:
    void load();
    void loadMonitors();
    void apply(const QString &type, const QJsonObject &data);
    /// The channels and their ids by name (what monitor events name them by).
    void setChannels(const QJsonArray &list);
    /// Tells the monitors changed since the last batch (monitorsChanged).
    void flushChanges();

    ApiClient m_client;
    EventFeed m_feed;
    QHash<qint64, Monitor> m_monitors;
    QHash<qint64, Monitor> m_changed; ///< not told yet
    QTimer m_flush;
    QList<Channel> m_channels;
    QHash<QString, qint64> m_channelIds;
    bool m_loaded = false;
    bool m_loading = false;
    /// Events that came while loading, applied once the state is in.
    QList<QPair<QString, QJsonObject>> m_held;
};

/// A channel back from its public JSON (channel list --json); never a secret.
Channel channelFromJson(const QJsonObject &o);

} // namespace uptrack::remote
