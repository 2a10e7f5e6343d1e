// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Small measuring helpers the benchmarks share.
#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

#include <cstdio>

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

/// This process's resident set now, in MB (VmRSS).
inline double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

/// A headless core with --tls auto on loopback, as on a machine of its own (its
/// settings, certificate and file secrets under `home`), with an API key made for the
/// benchmark: what the benchmarks of a console attached over HTTPS talk to.
class TlsServer
{
public:
    TlsServer(QString program, QString db, const QString &home)
        : m_program(std::move(program)), m_db(std::move(db))
    {
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        m_env.insert(QStringLiteral("UPTRACK_SECRETS"), QStringLiteral("file"));
        m_env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("uptrack.*.info=false"));
    }
    ~TlsServer()
    {
        m_core.terminate();
        m_core.waitForFinished(15'000);
    }

    /// Starts it (rate limits off, for floods); false with a line on stderr.
    bool start()
    {
        port = freePort();
        tlsPort = freePort();
        m_core.setProcessEnvironment(m_env);
        m_core.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_core.start(m_program,
                     {QStringLiteral("--headless"), QStringLiteral("--db"), m_db,
                      QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                      QStringLiteral("--tls"), QStringLiteral("auto"),
                      QStringLiteral("--tls-listen"), QStringLiteral("127.0.0.1:%1").arg(tlsPort),
                      QStringLiteral("--ping-burst"), QStringLiteral("0")});
        for (int i = 0; i < 300; ++i) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, tlsPort);
            if (probe.waitForConnected(100))
                break;
            QThread::msleep(100);
        }
        key = cliJson({QStringLiteral("apikey"), QStringLiteral("add"), QStringLiteral("--name"),
                       QStringLiteral("bench"), QStringLiteral("--json")})
                      .value(QLatin1String("key"))
                      .toString();
        fingerprint = QString::fromUtf8(
                run(m_program, {QStringLiteral("tls"), QStringLiteral("fingerprint")}, m_env)
                        .trimmed());
        if (key.isEmpty() || fingerprint.isEmpty()) {
            std::fprintf(stderr, "could not set up the core\n");
            return false;
        }
        return true;
    }
    /// `uptrack ARGS --db` on its database, its JSON answer.
    QJsonObject cliJson(QStringList args) const
    {
        return QJsonDocument::fromJson(
                       run(m_program, args << QStringLiteral("--db") << m_db, m_env))
                .object();
    }
    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(tlsPort)); }

    quint16 port = 0;
    quint16 tlsPort = 0;
    QString key;
    QString fingerprint;

private:
    QString m_program;
    QString m_db;
    QProcessEnvironment m_env;
    QProcess m_core;
};

} // namespace benchsupport
