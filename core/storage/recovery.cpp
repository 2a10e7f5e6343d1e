// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recovery.h"

#include "backups.h"
#include "time/clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace uptrack::Recovery {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Recovery)
};
} // namespace

bool damaged(const QString &path)
{
    if (!QFileInfo::exists(path) || QFileInfo(path).size() == 0)
        return false;
    const QString name
            = QStringLiteral("uptrack-probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool bad = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            bad = true;
        } else {
            QSqlQuery q(db);
            bad = !q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()
                    || !q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next()
                    || q.value(0).toString() != QLatin1String("ok");
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return bad;
}

QString latestBackup(const QString &path)
{
    return Backups::existingOf(path).value(0);
}

bool setAside(const QString &path, const Clock &clock, QString *aside, QString *error)
{
    const QString stamp = QDateTime::fromMSecsSinceEpoch(clock.nowMs())
                                  .toString(QStringLiteral("yyyyMMdd-HHmmss"));
    *aside = path + QStringLiteral(".damaged-") + stamp;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, *aside + suffix)) {
            *error = Tr::tr("Cannot move %1 aside to %2.").arg(path + suffix, *aside + suffix);
            return false;
        }
    }
    return true;
}

bool restore(const QString &path, const QString &backup, const Clock &clock, QString *aside,
             QString *error)
{
    if (!setAside(path, clock, aside, error))
        return false;
    if (!QFile::copy(backup, path)) {
        *error = Tr::tr("Cannot copy the backup %1 to %2.").arg(backup, path);
        return false;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

QString advice(const QString &path)
{
    const QString backup = latestBackup(path);
    if (backup.isEmpty())
        return Tr::tr("There is no backup of it. Move the file aside to start with a new "
                      "database; the damaged one may still be read with sqlite3's .recover.");
    return Tr::tr("The newest backup is %1. To use it: stop Uptrack, move %2 aside and copy "
                  "the backup in its place. The console offers to do this for you.")
            .arg(backup, path);
}

} // namespace uptrack::Recovery
