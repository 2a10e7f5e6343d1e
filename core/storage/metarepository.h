// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlError>
#include <QString>

namespace uptrack {

class Database;

/// The database's own settings: a key/value table.
class MetaRepository
{
public:
    /// The keys in use, each named once.
    static inline const QString kPingKey = QStringLiteral("ping_key");
    /// The base of ping URLs of the instance that last ran, for sub-commands.
    static inline const QString kPingBaseUrl = QStringLiteral("ping_base_url");

    explicit MetaRepository(Database &db) : m_db(db) { }

    /// The value of `key`, or `fallback` when there is none (or on error).
    QString value(const QString &key, const QString &fallback = QString());
    bool setValue(const QString &key, const QString &value);

    QSqlError lastError() const { return m_lastError; }

private:
    Database &m_db;
    QSqlError m_lastError;
};

} // namespace uptrack
