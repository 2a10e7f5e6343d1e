// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageoptions.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

namespace uptrack {

class Clock;

/// Online backups of the database, while Uptrack runs: `VACUUM INTO` a new file in
/// `<database folder>/backups/` on a worker thread with its own read-only connection,
/// so pings are never held up. Daily by default, keeping the newest seven; each backup
/// is checked (quick_check) and is readable by its owner only.
class Backups : public QObject
{
    Q_OBJECT
public:
    Backups(QString databasePath, const Clock &clock, BackupOptions options = {},
            QObject *parent = nullptr);

    /// Looks now (a backup when due) and then every checkMs.
    void start();
    /// Writes a backup now, in this thread; false with *error when it could not.
    bool backupNow(QString *path, QString *error);

    /// The folder backups go to, and the backups in it, newest first.
    QString folder() const { return folderOf(m_databasePath); }
    QStringList existing() const { return existingOf(m_databasePath); }
    /// The same for the database at `databasePath`.
    static QString folderOf(const QString &databasePath);
    static QStringList existingOf(const QString &databasePath);

signals:
    void backedUp(const QString &path);
    void failed(const QString &error);

private:
    /// Starts a backup when the newest is older than a day (or there is none); false when
    /// none is due, with the newest one's time in *newestMs.
    bool checkDue(qint64 *newestMs = nullptr);
    void prune();

    QString m_databasePath;
    const Clock &m_clock;
    BackupOptions m_options;
    QTimer m_timer;
    bool m_running = false;
};

} // namespace uptrack
