// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "migrations.h"
#include "storagelog.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcStorage, "uptrack.storage")

namespace uptrack {

namespace {
QAtomicInteger<int> s_connectionCounter;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// SQLite primary result codes (sqlite3.h), as QtSql reports them in nativeErrorCode().
enum SqliteCode {
    kPerm = 3,
    kBusy = 5,
    kLocked = 6,
    kNoMem = 7,
    kReadOnly = 8,
    kIoErr = 10,
    kCorrupt = 11,
    kFull = 13,
    kCantOpen = 14,
    kNotADb = 26
};

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}
} // namespace

Database::Database(const QString &path, const QString &connectionName)
    : m_path(path), m_connectionName(connectionName)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestVersion()
{
    return int(schemaMigrations().size());
}

bool Database::makePrivateFolder(const QString &folder)
{
    if (QFileInfo::exists(folder))
        return QFileInfo(folder).isDir();
    if (!QDir().mkpath(folder))
        return false;
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return true;
}

std::unique_ptr<Database> Database::open(const QString &path, Mode mode, QString *error,
                                         SyncMode sync, int targetVersion)
{
    const QString name
            = QStringLiteral("uptrack-%1").arg(s_connectionCounter.fetchAndAddOrdered(1));
    std::unique_ptr<Database> db(new Database(path, name));
    const QFileInfo info(path);

    if (mode == Mode::ReadOnly && !info.exists()) {
        *error = Tr::tr("The database %1 does not exist yet.").arg(path);
        return nullptr;
    }
    if (mode == Mode::ReadWrite && !info.exists() && !QFileInfo(info.absolutePath()).isWritable()) {
        *error = Tr::tr("Cannot create the database %1: the folder %2 is not writable. Choose "
                        "another "
                        "place with --db PATH or fix the folder's permissions.")
                         .arg(path, info.absolutePath());
        return nullptr;
    }
    if (mode == Mode::ReadWrite && info.exists() && !info.isWritable()) {
        *error = Tr::tr("The database %1 is not writable. Fix its permissions (it must belong to "
                        "you) "
                        "or choose another file with --db PATH.")
                         .arg(path);
        return nullptr;
    }

    if (mode == Mode::ReadWrite) {
        // Owner-only from the first byte: the file holds tokens and the jobs' output, and
        // SQLite gives its -wal and -shm files the database file's permissions.
        const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
        if (!info.exists()) {
            QFile create(path);
            if (create.open(QIODevice::WriteOnly))
                create.close();
        }
        for (const QString &file :
             {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            const QFileInfo f(file);
            if (f.exists() && f.ownerId() == QFileInfo(path).ownerId()
                && (f.permissions()
                    & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther
                       | QFile::WriteOther)))
                QFile::setPermissions(file, ownerOnly);
        }
    }
    db->m_db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (mode == Mode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db->m_db.setConnectOptions(options);
    if (!db->m_db.open()) {
        *error = db->describe(db->m_db.lastError());
        return nullptr;
    }

    // The first statement that reads the file tells whether it is a database at all.
    QString why;
    if (mode == Mode::ReadWrite) {
        if (!db->exec(QStringLiteral("PRAGMA journal_mode=WAL"), &why)
            || !db->exec(sync == SyncMode::Full ? QStringLiteral("PRAGMA synchronous=FULL")
                                                : QStringLiteral("PRAGMA synchronous=NORMAL"),
                         &why)) {
            *error = why;
            return nullptr;
        }
    }
    if (!db->exec(QStringLiteral("PRAGMA foreign_keys=ON"), &why)) {
        *error = why;
        return nullptr;
    }
    const int version = db->schemaVersion();
    if (version < 0) {
        *error = db->describe(db->m_db.lastError());
        return nullptr;
    }
    if (version > latestVersion()) {
        *error = Tr::tr("The database %1 was written by a newer Uptrack (schema %2; this one knows "
                        "up to %3). Upgrade Uptrack; the file was left untouched.")
                         .arg(path)
                         .arg(version)
                         .arg(latestVersion());
        return nullptr;
    }
    if (mode == Mode::ReadWrite) {
        if (!db->migrate(targetVersion < 0 ? latestVersion() : targetVersion, error))
            return nullptr;
    } else if (version < latestVersion()) {
        *error = Tr::tr("The database %1 has an older schema; start Uptrack once to upgrade it.")
                         .arg(path);
        return nullptr;
    }
    return db;
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool Database::exec(const QString &sql, QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        *error = describe(q.lastError());
        return false;
    }
    return true;
}

bool Database::migrate(int targetVersion, QString *error)
{
    const auto &steps = schemaMigrations();
    for (int v = schemaVersion(); v < targetVersion; ++v) {
        qCInfo(lcStorage) << "migrating schema" << v << "->" << v + 1;
        if (!begin()) {
            *error = describe(m_db.lastError());
            return false;
        }
        for (const QString &sql : steps.at(v)) {
            if (!exec(sql, error)) {
                rollback();
                return false;
            }
        }
        if (!exec(QStringLiteral("PRAGMA user_version=%1").arg(v + 1), error) || !commit()) {
            rollback();
            return false;
        }
    }
    return true;
}

bool Database::setWalCheckpointing(int pages, qint64 fileLimitBytes)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(pages))
        || !q.exec(QStringLiteral("PRAGMA journal_size_limit=%1").arg(fileLimitBytes))) {
        m_lastError = q.lastError();
        return false;
    }
    return true;
}

bool Database::begin()
{
    // IMMEDIATE takes the write lock up front, so a busy database waits here
    // (busy timeout) instead of failing half-way through a batch.
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_lastError = QSqlError();
        return true;
    }
    m_lastError = q.lastError();
    return false;
}

bool Database::commit()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("COMMIT")))
        return true;
    m_lastError = q.lastError(); // with SQLite's code: "database or disk is full"
    return false;
}

void Database::rollback()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
}

bool Database::isWriteFailure(const QSqlError &error)
{
    switch (primaryCode(error)) {
    case kFull:
    case kIoErr:
    case kReadOnly:
    case kPerm:
    case kCantOpen:
    case kNoMem:
    case kBusy:
    case kLocked:
        return true;
    default:
        return false;
    }
}

QString Database::describe(const QSqlError &error) const
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (primaryCode(error)) {
    case kCorrupt:
    case kNotADb:
        return Tr::
                tr("The file %1 is damaged or is not an Uptrack database (SQLite: %2). It was left "
                   "untouched: move it aside and start again, or restore a backup.")
                        .arg(m_path, detail);
    case kFull:
        return Tr::tr("The disk holding %1 is full (SQLite: %2). Free some space; Uptrack resumes "
                      "by itself.")
                .arg(m_path, detail);
    case kReadOnly:
    case kPerm:
    case kCantOpen:
        return Tr::
                tr("Cannot write the database %1 (SQLite: %2). Check the permissions of the file "
                   "and its folder, or choose another file with --db PATH.")
                        .arg(m_path, detail);
    case kBusy:
    case kLocked:
        return Tr::tr("The database %1 is locked by another program (SQLite: %2). Close it and try "
                      "again.")
                .arg(m_path, detail);
    case kIoErr:
        return Tr::tr("Reading or writing %1 failed (SQLite: %2). Check the disk.")
                .arg(m_path, detail);
    default:
        return Tr::tr("Database error in %1: %2").arg(m_path, detail);
    }
}

} // namespace uptrack
