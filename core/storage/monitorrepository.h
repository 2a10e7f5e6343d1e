// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/monitor.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace uptrack {

class Database;

/// Monitors: configuration and live state.
class MonitorRepository
{
public:
    explicit MonitorRepository(Database &db);

    /// Every monitor; false on a database error.
    bool loadAll(QList<Monitor> *out);
    /// One monitor by id.
    std::optional<Monitor> load(qint64 id);
    /// A monitor named by id, slug or token.
    std::optional<Monitor> find(const QString &ref);
    /// Inserts and sets monitor->id.
    bool insert(Monitor *monitor);
    /// Writes the live-state columns.
    bool updateState(const Monitor &monitor);
    /// Writes the configuration columns.
    bool updateConfig(const Monitor &monitor);
    bool remove(qint64 id);
    /// Replaces the channels a monitor uses.
    /// Every monitor uses the channel (those that did already, still once).
    bool addChannelToAll(qint64 channelId);
    /// ... each with its escalation delay (`delays`: by channel id; none: at once).
    bool setChannels(qint64 monitorId, const QList<qint64> &channelIds,
                     const QHash<qint64, qint64> &delays = {});
    QList<qint64> channelsOf(qint64 monitorId, QHash<qint64, qint64> *delays = nullptr);
    bool slugExists(const QString &slug);
    /// Every monitor's name by id.
    QHash<qint64, QString> names();

    QSqlError lastError() const { return m_lastError; }

private:
    std::optional<Monitor> loadWhere(const QString &where, const QVariant &value);

    Database &m_db;
    QSqlQuery m_updateState;
    QSqlError m_lastError;
};

} // namespace uptrack
