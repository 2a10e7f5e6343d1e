// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace uptrack {
class Clock;
}

namespace uptrack::Recovery {

/// Whether the file at `path` exists and is not a readable SQLite database (damaged,
/// or not a database at all).
bool damaged(const QString &path);

/// The newest backup of the database at `path` ("" when there is none).
QString latestBackup(const QString &path);

/// Moves the database and its -wal/-shm files aside, to "<path>.damaged-<time>" (the
/// clock's local time); nothing is deleted. *aside is the new name of the database file.
bool setAside(const QString &path, const Clock &clock, QString *aside, QString *error);

/// Sets the damaged database aside and puts a copy of `backup` in its place.
bool restore(const QString &path, const QString &backup, const Clock &clock, QString *aside,
             QString *error);

/// What to tell a person whose database is damaged: where the backups are and how to
/// restore one by hand.
QString advice(const QString &path);

} // namespace uptrack::Recovery
