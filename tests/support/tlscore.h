// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A headless core with --tls auto on loopback, as on a machine of its own: what the
// tests of the remote side (the CLI's --server, EventFeed, RemoteCore) attach to.
#pragma once

#include "processhelpers.h"

#include <QDir>
#include <QUrl>

namespace testsupport {

class TlsCore
{
public:
    /// Its config (the certificate), data and file secrets live under `home`.
    explicit TlsCore(const QString &home)
        : m_home(home)
        , m_db(home + QStringLiteral("/uptrack.db"))
        , m_port(freePort())
        , m_tlsPort(freePort())
    {
        QDir().mkpath(home);
    }

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/config"));
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QStringLiteral("/data"));
        e.insert(QStringLiteral("UPTRACK_SECRETS"), QStringLiteral("file"));
        e.remove(QStringLiteral("UPTRACK_SERVER"));
        return e;
    }
    /// `uptrack ARGS --db` on this machine.
    CliResult local(QStringList args, const QByteArray &input = {}) const
    {
        return cli(args << QStringLiteral("--db") << m_db, input, env());
    }
    /// Starts (or starts again) the core; true once both its ports answer.
    bool start()
    {
        m_instance = std::make_unique<Instance>(
                m_db, m_port,
                QStringList{QStringLiteral("--tls"), QStringLiteral("auto"),
                            QStringLiteral("--tls-listen"),
                            QStringLiteral("127.0.0.1:%1").arg(m_tlsPort)},
                env());
        return m_instance->waitReady() && waitFor([&] { return portAnswers(m_tlsPort); }, 10'000);
    }
    void kill9() { m_instance->kill9(); }
    int terminate() { return m_instance->terminate(); }

    /// A new API key (read-write unless `readOnly`).
    QString addKey(const QString &name, bool readOnly = false) const
    {
        QStringList args{QStringLiteral("apikey"), QStringLiteral("add"), QStringLiteral("--name"),
                         name, QStringLiteral("--json")};
        if (readOnly)
            args << QStringLiteral("--read-only");
        return local(args).object().value(QLatin1String("key")).toString();
    }
    /// What `uptrack tls fingerprint` prints here.
    QString fingerprint() const
    {
        return QString::fromUtf8(
                local({QStringLiteral("tls"), QStringLiteral("fingerprint")}).out.trimmed());
    }
    /// The tests' stand-in for a wrong fingerprint: never the real one.
    QString otherFingerprint() const
    {
        const QString real = fingerprint();
        return QString(real).replace(0, 2,
                                     real.startsWith(QLatin1String("00")) ? QStringLiteral("11")
                                                                          : QStringLiteral("00"));
    }

    const QString &db() const { return m_db; }
    quint16 port() const { return m_port; }
    quint16 tlsPort() const { return m_tlsPort; }
    QString server() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_tlsPort); }
    QUrl url() const { return QUrl(server()); }

private:
    QString m_home;
    QString m_db;
    quint16 m_port;
    quint16 m_tlsPort;
    std::unique_ptr<Instance> m_instance;
};

} // namespace testsupport
