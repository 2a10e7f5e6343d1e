// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageoptions.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <memory>

class QSqlError;

namespace uptrack {

/// One SQLite connection, owned by the thread that opened it. Opening applies
/// the pragmas (WAL, foreign keys, busy timeout) and brings the schema up to date.
class Database
{
public:
    enum class Mode {
        ReadWrite, ///< creates the file and migrates the schema
        ReadOnly,  ///< for readers beside the writer (the GUI); never migrates
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (and creates/migrates, in ReadWrite mode) the database at path.
    /// On failure returns null and sets *error to a sentence for a person.
    /// Creates `folder` (and its parents) when missing; a folder it creates is readable
    /// by its owner only (the database holds tokens and the jobs' output).
    static bool makePrivateFolder(const QString &folder);

    static std::unique_ptr<Database> open(const QString &path, Mode mode, QString *error,
                                          SyncMode sync = SyncMode::Normal, int targetVersion = -1);

    /// The latest schema version this build knows.
    static int latestVersion();
    /// The schema version stored in the file.
    int schemaVersion() const;

    QSqlDatabase &sql() { return m_db; }
    const QString &path() const { return m_path; }

    /// How this connection checkpoints the WAL: `pages` (SQLite's default 1,000) is the
    /// size at which a commit runs one itself; a Checkpointer beside it wants a large one,
    /// left as the bound for when it falls behind. `fileLimitBytes` cuts the WAL file
    /// back once emptied (-1: never). False (with lastError) when refused.
    bool setWalCheckpointing(int pages, qint64 fileLimitBytes);

    bool begin();
    bool commit();
    void rollback();
    /// Why begin() or commit() failed last (the driver's lastError() does not say).
    QSqlError lastError() const { return m_lastError; }

    /// A sentence for a person about a failed SQL operation, with what to do.
    QString describe(const QSqlError &error) const;
    /// True when the error means the disk or file system refused a write.
    static bool isWriteFailure(const QSqlError &error);

private:
    Database(const QString &path, const QString &connectionName);
    bool migrate(int targetVersion, QString *error);
    bool exec(const QString &sql, QString *error);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QSqlError m_lastError;
};

} // namespace uptrack
