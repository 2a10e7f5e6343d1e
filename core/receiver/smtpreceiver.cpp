// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpreceiver.h"

#include "receiverlog.h"

#include "domain/ping.h"
#include "engine/engine.h"
#include "engine/pingoutcome.h"
#include "mail/mailmessage.h"
#include "mail/smtpsession.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace uptrack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Receiver)
};

constexpr qint64 kReadBuffer = 64 * 1024;

// The ping target a recipient names: <token>@host or <slug>.<ping-key>@host.
PingTarget targetOf(const QString &address)
{
    // Tokens and slugs are lower case (a mail program may change the case); a ping key is
    // not, and is kept as it is.
    const QString local = address.left(address.lastIndexOf(QLatin1Char('@')));
    const qsizetype dot = local.lastIndexOf(QLatin1Char('.'));
    if (dot > 0)
        return PingTarget{QString(), local.mid(dot + 1), local.left(dot).toLower(), false};
    return PingTarget::byToken(local.toLower());
}

// One connection: its conversation, and the timers that end it.
struct Connection
{
    QTcpSocket *socket = nullptr;
    std::unique_ptr<SmtpSession> session;
    QTimer idle;
    QTimer lifetime;
    bool closing = false;
};
} // namespace

SmtpReceiver::SmtpReceiver(Engine &engine, Options options, QObject *parent)
    : QObject(parent), m_engine(engine), m_options(std::move(options))
{
    connect(&m_server, &QTcpServer::newConnection, this, &SmtpReceiver::accept);
}

SmtpReceiver::~SmtpReceiver() = default;

bool SmtpReceiver::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_server.listen(address, port))
        return true;
    *error = Tr::tr("cannot take pings by e-mail at %1 port %2: %3 (choose another with "
                    "--smtp-listen ADDR:PORT; ports below 1024 need CAP_NET_BIND_SERVICE)")
                     .arg(address.toString())
                     .arg(port)
                     .arg(m_server.errorString());
    return false;
}

void SmtpReceiver::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_connections >= m_options.maxConnections) {
            socket->write("421 4.7.0 Too many connections, try again later\r\n");
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            continue;
        }
        ++m_connections;
        socket->setReadBufferSize(kReadBuffer);
        auto conn = std::make_shared<Connection>();
        conn->socket = socket;
        const QString peer = socket->peerAddress().toString();
        SmtpSession::Limits limits;
        limits.maxMessageBytes = m_options.maxMessageBytes;
        QPointer<SmtpReceiver> self(this);
        conn->session = std::make_unique<SmtpSession>(
                limits, m_options.hostName, false, [self](const QString &address) {
                    return self && self->m_engine.accepts(targetOf(address));
                });

        // Sends a step's replies, then stores its message (and answers once it is in).
        auto handle = std::make_shared<std::function<void(SmtpSession::Step)>>();
        std::weak_ptr<std::function<void(SmtpSession::Step)>> weakHandle = handle;
        *handle = [this, self, conn, peer, weakHandle](SmtpSession::Step step) {
            if (!step.reply.isEmpty() && conn->socket)
                conn->socket->write(step.reply);
            if (step.close || step.startTls) {
                conn->closing = true;
                conn->socket->disconnectFromHost();
                return;
            }
            if (!step.message)
                return;
            const SmtpSession::Message message = *step.message;
            const MailMessage mail = MailMessage::parse(message.data);
            auto pending = std::make_shared<int>(int(message.to.size()));
            auto allOk = std::make_shared<bool>(true);
            for (const QString &to : message.to) {
                Ping ping;
                ping.kind = PingKind::Success;
                ping.method = QStringLiteral("SMTP");
                ping.source = peer;
                ping.body = message.data.left(m_options.bodyCap);
                ping.bodyTruncated = message.truncated || message.data.size() > m_options.bodyCap;
                ping.emailFrom = mail.from.isEmpty() ? message.from : mail.from;
                ping.emailSubject = mail.subject;
                m_engine.submitPing(targetOf(to), std::move(ping),
                                    [self, conn, pending, allOk, weakHandle](PingOutcome o) {
                                        if (o != PingOutcome::Ok && o != PingOutcome::Created)
                                            *allOk = false;
                                        if (--*pending > 0 || !self || conn->closing)
                                            return;
                                        if (auto h = weakHandle.lock())
                                            (*h)(conn->session->finishMessage(*allOk));
                                    });
            }
        };

        conn->idle.setSingleShot(true);
        conn->idle.setInterval(m_options.idleTimeoutMs);
        conn->lifetime.setSingleShot(true);
        conn->lifetime.setInterval(m_options.connectionTimeoutMs);
        auto timeout = [conn] {
            if (conn->closing)
                return;
            conn->closing = true;
            conn->socket->write("421 4.4.2 Timeout, closing\r\n");
            conn->socket->disconnectFromHost();
        };
        connect(&conn->idle, &QTimer::timeout, socket, timeout);
        connect(&conn->lifetime, &QTimer::timeout, socket, timeout);
        connect(socket, &QTcpSocket::readyRead, socket, [conn, handle] {
            if (conn->closing)
                return;
            conn->idle.start();
            (*handle)(conn->session->feed(conn->socket->readAll()));
        });
        // The socket's connections hold `handle` and `conn`; they go with the socket (a
        // commit still running holds only `conn`, and sees it closing).
        connect(socket, &QTcpSocket::disconnected, this, [this, conn] {
            --m_connections;
            conn->closing = true;
            conn->idle.stop();
            conn->lifetime.stop();
            conn->socket->deleteLater();
        });
        socket->write(conn->session->greeting());
        conn->idle.start();
        conn->lifetime.start();
        qCDebug(lcReceiver) << "smtp connection from" << peer;
    }
}

} // namespace uptrack
