// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Small measuring helpers the benchmarks share.
#pragma once

#include <QProcess>
#include <QTcpServer>

#include <sys/resource.h>

namespace benchsupport {

/// A loopback port nobody listens on right now.
inline quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

/// Runs a program to its end (at most 10 minutes); its standard output.
inline QByteArray run(const QString &program, const QStringList &args,
                      const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.waitForFinished(600'000);
    return p.readAllStandardOutput();
}

/// CPU time (user + system) this process has used, in seconds.
inline double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
            + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

/// The peak resident set size of this process, in KB.
inline long peakRssKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

} // namespace benchsupport
