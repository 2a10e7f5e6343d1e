// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backups.h"

#include "database.h"
#include "storagelog.h"
#include "time/clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>

namespace uptrack {

Q_LOGGING_CATEGORY(lcBackups, "uptrack.backups")

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Backups)
};

const QString kPrefix = QStringLiteral("uptrack-");
const QString kSuffix = QStringLiteral(".db");

/// Writes one backup with a connection of its own (safe on any thread).
bool writeBackup(const QString &databasePath, const QString &target, QString *error)
{
    QString why;
    const auto db = Database::open(databasePath, Database::Mode::ReadOnly, &why);
    if (!db) {
        *error = why;
        return false;
    }
    QFile::remove(target);
    QSqlQuery q(db->sql());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec()) {
        *error = Tr::tr("Backup to %1 failed: %2").arg(target, q.lastError().text());
        QFile::remove(target);
        return false;
    }
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    // A backup that cannot be read back is no backup.
    const auto check = Database::open(target, Database::Mode::ReadOnly, &why);
    QSqlQuery quick(check ? check->sql() : QSqlDatabase());
    if (!check || !quick.exec(QStringLiteral("PRAGMA quick_check")) || !quick.next()
        || quick.value(0).toString() != QLatin1String("ok")) {
        *error = Tr::tr("The backup %1 does not read back correctly; it was removed.").arg(target);
        QFile::remove(target);
        return false;
    }
    return true;
}
} // namespace

Backups::Backups(QString databasePath, const Clock &clock, BackupOptions options, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_clock(clock), m_options(options)
{
    connect(&m_timer, &QTimer::timeout, this, [this] { checkDue(); });
}

QString Backups::folderOf(const QString &databasePath)
{
    return QFileInfo(databasePath).absolutePath() + QStringLiteral("/backups");
}

QStringList Backups::existingOf(const QString &databasePath)
{
    const QString folder = folderOf(databasePath);
    QStringList names = QDir(folder).entryList({kPrefix + QStringLiteral("*") + kSuffix},
                                               QDir::Files, QDir::Name | QDir::Reversed);
    for (QString &n : names)
        n = folder + QLatin1Char('/') + n;
    return names; // the names sort by time: newest first
}

void Backups::start()
{
    m_timer.start(m_options.checkMs);
    qint64 newestMs = -1;
    if (!checkDue(&newestMs) && newestMs >= 0)
        qCInfo(lcBackups).noquote()
                << "the newest backup is from"
                << QDateTime::fromMSecsSinceEpoch(newestMs, Qt::UTC).toString(Qt::ISODate)
                << "; the next is due"
                << QDateTime::fromMSecsSinceEpoch(newestMs + m_options.everyMs, Qt::UTC)
                           .toString(Qt::ISODate);
}

bool Backups::checkDue(qint64 *newestMs)
{
    if (m_running)
        return false;
    const QStringList have = existing();
    if (!have.isEmpty()) {
        const qint64 newest = QFileInfo(have.first()).lastModified().toMSecsSinceEpoch();
        if (newestMs)
            *newestMs = newest;
        if (m_clock.nowMs() - newest < m_options.everyMs)
            return false;
    }
    if (!Database::makePrivateFolder(folder())) {
        emit failed(Tr::tr("Cannot create the backup folder %1.").arg(folder()));
        return false;
    }
    m_running = true;
    const QString target = folder() + QLatin1Char('/') + kPrefix
            + QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC)
                      .toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))
            + kSuffix;
    const QString source = m_databasePath;
    QPointer<Backups> self(this);
    QThreadPool::globalInstance()->start([self, source, target] {
        QString error;
        const bool ok = writeBackup(source, target, &error);
        if (QCoreApplication *app = QCoreApplication::instance()) {
            QMetaObject::invokeMethod(app, [self, ok, target, error] {
                if (!self)
                    return;
                self->m_running = false;
                if (ok) {
                    qCInfo(lcBackups) << "backed up to" << target;
                    self->prune();
                    emit self->backedUp(target);
                } else {
                    qCWarning(lcBackups) << error;
                    emit self->failed(error);
                }
            });
        }
    });
    return true;
}

bool Backups::backupNow(QString *path, QString *error)
{
    if (!Database::makePrivateFolder(folder())) {
        *error = Tr::tr("Cannot create the backup folder %1.").arg(folder());
        return false;
    }
    QString target;
    // Unique even for two backups in the same millisecond.
    for (int n = 0; target.isEmpty() || QFileInfo::exists(target); ++n)
        target = folder() + QLatin1Char('/') + kPrefix
                + QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC)
                          .toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))
                + (n ? QStringLiteral("-%1").arg(n) : QString()) + kSuffix;
    if (!writeBackup(m_databasePath, target, error))
        return false;
    prune();
    *path = target;
    return true;
}

void Backups::prune()
{
    const QStringList have = existing();
    for (qsizetype i = m_options.keep; i < have.size(); ++i)
        QFile::remove(have[i]);
}

} // namespace uptrack
