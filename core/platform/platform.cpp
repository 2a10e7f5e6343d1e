// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>
#include <ctime>

#include <pwd.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>

namespace uptrack::platform {

namespace {
qint64 readClock(clockid_t id)
{
    timespec ts{};
    clock_gettime(id, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1'000'000;
}
} // namespace

qint64 monotonicMs()
{
    return readClock(CLOCK_MONOTONIC);
}

qint64 bootMs()
{
#ifdef CLOCK_BOOTTIME
    return readClock(CLOCK_BOOTTIME);
#else
    return readClock(CLOCK_MONOTONIC);
#endif
}

int raiseFileLimit()
{
    rlimit rl{};
    if (::getrlimit(RLIMIT_NOFILE, &rl) != 0)
        return 1024;
    const rlim_t wanted = rl.rlim_max == RLIM_INFINITY ? rlim_t(1) << 20 : rl.rlim_max;
    if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < wanted) {
        rlimit raised = rl;
        raised.rlim_cur = wanted;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            rl = raised;
    }
    return rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur > rlim_t(1) << 30 ? 1 << 30
                                                                         : int(rl.rlim_cur);
}

bool shutdownSending(qintptr socketDescriptor)
{
    return socketDescriptor >= 0 && ::shutdown(int(socketDescriptor), SHUT_WR) == 0;
}

bool userExists(const QString &name)
{
    if (name.isEmpty())
        return false;
    const QByteArray local = name.toLocal8Bit();
    passwd entry{};
    passwd *found = nullptr;
    char buffer[4096];
    return ::getpwnam_r(local.constData(), &entry, buffer, sizeof buffer, &found) == 0
            && found != nullptr;
}

bool peerIsSameUser(qintptr socketDescriptor)
{
#ifdef SO_PEERCRED
    ucred cred{};
    socklen_t length = sizeof cred;
    if (::getsockopt(int(socketDescriptor), SOL_SOCKET, SO_PEERCRED, &cred, &length) != 0)
        return false;
    return cred.uid == ::getuid();
#else
    Q_UNUSED(socketDescriptor);
    return true;
#endif
}

bool stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) != 0;
}

QString readLineHidden(const QString &prompt)
{
    const bool tty = stdinIsTerminal();
    termios old{};
    if (tty) {
        // Echo off before the prompt shows: what is typed at once is never echoed.
        if (tcgetattr(STDIN_FILENO, &old) == 0) {
            termios quiet = old;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        }
        std::fprintf(stderr, "%s: ", qPrintable(prompt));
        std::fflush(stderr);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::fprintf(stderr, "\n");
    }
    return line;
}

bool writeOwnerOnly(const QString &path, const QByteArray &bytes, QString *error)
{
    const auto fail = [&](const QSaveFile &file) {
        *error = QCoreApplication::translate("Platform", "Cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file);
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(bytes);
    if (!file.commit())
        return fail(file);
    return true;
}

} // namespace uptrack::platform
