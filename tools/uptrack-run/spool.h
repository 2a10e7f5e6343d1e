// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/// A ping uptrack-run could not deliver, kept until a later try delivers it.
struct SpooledPing
{
    QStringList urls;  ///< the check's ping URLs, in the order to try them
    QString suffix;    ///< "start", "0".."255", "" for a plain success
    QString rid;       ///< the run it belongs to
    QByteArray body;   ///< the finish ping's output tail
    qint64 sentAt = 0; ///< UTC ms: the instant the ping was meant for
    qint64 expiresAt = 0;
    QString fileName; ///< set when read back from the spool
    qint64 sizeOnDisk = 0;

    /// Pings for the same check are sent in the order they were meant.
    QString target() const { return urls.value(0); }
};

/// The spool: one owner-only file per ping in an owner-only folder (by default
/// ~/.cache/uptrack-run), bounded in count and bytes, oldest dropped first. File names
/// sort in the order pings were spooled, so they are sent in that order.
class Spool
{
public:
    static constexpr int kMaxEntries = 1000;
    static constexpr qint64 kMaxBytes = 32 * 1024 * 1024;

    /// The default folder: $XDG_CACHE_HOME/uptrack-run, else ~/.cache/uptrack-run.
    static QString defaultDir();

    explicit Spool(QString dir);
    QString dir() const { return m_dir; }

    /// Stores a ping; false with a sentence when the folder cannot be written.
    /// Drops the oldest pings when the bounds would be passed; `dropped` counts them.
    bool add(const SpooledPing &ping, QString *error, int *dropped = nullptr);
    /// Every stored ping, oldest first (unreadable files are removed).
    QList<SpooledPing> entries() const;
    bool isEmpty() const;
    void remove(const SpooledPing &ping) const;

    /// Where the one retrier's lock and the sending lock live.
    QString retrierLockPath() const;
    QString sendLockPath() const;
    /// The retrier's own log (it has no terminal): retrier.log, owner-only, the newest
    /// 64 KiB kept (the older half in retrier.log.1).
    QString logPath() const;
    /// Appends one timestamped line to the log; never fails the caller.
    void log(const QString &line) const;

private:
    bool ensureDir(QString *error) const;

    QString m_dir;
};
