// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

/// The operating system's own calls, in one place: a port to another system fills in
/// platform.cpp (POSIX today) and nothing else in core.
namespace uptrack::platform {

/// A clock that never jumps and stops while the machine is suspended (ms).
qint64 monotonicMs();
/// A clock that never jumps and keeps counting through a suspend (ms); the monotonic
/// clock where the system has no such clock.
qint64 bootMs();

/// Raises the soft limit of open files to the hard one and returns the limit now in
/// force (1,024 when it cannot be read).
int raiseFileLimit();

/// Shuts the sending side of a connected socket (a TCP half-close); false when the
/// descriptor is not a socket that can be shut.
bool shutdownSending(qintptr socketDescriptor);

/// Whether the process at the other end of a local socket runs as this process's user
/// (true where the system cannot tell).
bool peerIsSameUser(qintptr socketDescriptor);

/// Whether this machine has a user account of that name (a crontab's user field).
bool userExists(const QString &name);

/// Writes `bytes` to `path` atomically (a temporary file renamed over it), readable and
/// writable by its owner only; false with a sentence in *error.
bool writeOwnerOnly(const QString &path, const QByteArray &bytes, QString *error);

/// Whether standard input is a terminal (a person typing) rather than a pipe or file.
bool stdinIsTerminal();

/// Reads one line from standard input; on a terminal, `prompt` goes to standard error
/// first and what is typed is not echoed (for secrets).
QString readLineHidden(const QString &prompt);

} // namespace uptrack::platform
