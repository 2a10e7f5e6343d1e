// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/channel.h"

#include <QList>
#include <QSqlError>

#include <optional>

namespace uptrack {

class Database;

/// Notification channels (never their secrets: those are in the keychain).
class ChannelRepository
{
public:
    explicit ChannelRepository(Database &db) : m_db(db) { }

    bool loadAll(QList<Channel> *out);
    /// A channel by name or id.
    std::optional<Channel> find(const QString &ref);
    bool insert(Channel *channel);
    bool update(const Channel &channel);
    bool remove(qint64 id);

    QSqlError lastError() const { return m_lastError; }

private:
    Database &m_db;
    QSqlError m_lastError;
};

} // namespace uptrack
