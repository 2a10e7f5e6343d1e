// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/defaults.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

namespace uptrack {

class Engine;

/// Pings by e-mail (--smtp-listen): a message to <token>@any-host, or to
/// <slug>.<ping-key>@any-host, is a ping of that monitor, stored with the message (headers
/// and text, up to the body cap) as its body. Each connection is an SmtpSession; a
/// recipient is accepted only when it names a monitor, and a message is answered 250 only
/// once its pings are committed, as HTTP pings are. Bounded like the HTTP listener: a cap
/// on connections, an idle timeout, a time limit per connection, a read buffer that does
/// not grow with what a peer sends.
class SmtpReceiver : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        qint64 bodyCap = defaults::kBodyCapBytes;  ///< bytes of a message kept as the body
        qint64 maxMessageBytes = 10 * 1024 * 1024; ///< SIZE: larger messages are refused
        int maxConnections = 32;
        int idleTimeoutMs = 60'000;
        int connectionTimeoutMs = 600'000;
        QByteArray hostName = "uptrack";
    };

    SmtpReceiver(Engine &engine, Options options, QObject *parent = nullptr);
    ~SmtpReceiver() override;

    /// Starts listening; false with *error (a sentence naming the address) otherwise.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }

private:
    void accept();

    Engine &m_engine;
    Options m_options;
    QTcpServer m_server;
    int m_connections = 0;
};

} // namespace uptrack
