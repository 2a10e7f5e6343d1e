// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controlserver.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QPointer>

#include "controllog.h"
#include "platform/platform.h"

Q_LOGGING_CATEGORY(lcControl, "uptrack.control")

namespace uptrack {

namespace {
constexpr qint64 kMaxCommandBytes = 1024 * 1024;

// The socket lives under a guessable name in /tmp: only trust a peer that runs as
// this very user.
bool peerIsSameUser(const QLocalSocket &socket)
{
    return platform::peerIsSameUser(socket.socketDescriptor());
}
} // namespace

ControlServer::ControlServer(Handler handler, QObject *parent)
    : QObject(parent), m_handler(std::move(handler))
{
    connect(&m_server, &QLocalServer::newConnection, this, &ControlServer::onNewConnection);
}

QString ControlServer::nameFor(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    const QString canonical = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    return QStringLiteral("uptrack-")
            + QString::fromLatin1(
                    QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256)
                            .toHex()
                            .left(20));
}

bool ControlServer::listen(const QString &name, QString *error)
{
    // The caller holds the instance lock, so a socket left by a crash is stale.
    QLocalServer::removeServer(name);
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server.listen(name)) {
        *error = QCoreApplication::translate("ControlServer",
                                             "Cannot open the control socket %1: %2")
                         .arg(name, m_server.errorString());
        return false;
    }
    return true;
}

void ControlServer::onNewConnection()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        if (!peerIsSameUser(*socket)) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            while (socket->canReadLine()) {
                const QByteArray line = socket->readLine(kMaxCommandBytes);
                QPointer<QLocalSocket> guard(socket);
                m_handler(QJsonDocument::fromJson(line).object(), [guard](const QJsonObject &r) {
                    if (guard)
                        guard->write(QJsonDocument(r).toJson(QJsonDocument::Compact) + '\n');
                });
            }
            if (socket->bytesAvailable() > kMaxCommandBytes)
                socket->abort();
        });
    }
}

namespace {
bool sendJson(const QString &name, const QJsonObject &command, QJsonObject *reply, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(1000))
        return false;
    if (!peerIsSameUser(socket)) {
        *reply = QJsonObject{
                {QStringLiteral("ok"), false},
                {QStringLiteral("error"),
                 QCoreApplication::translate("ControlClient",
                                             "The control socket %1 belongs to another user; "
                                             "refusing to use it.")
                         .arg(socket.fullServerName())}};
        return true;
    }
    socket.write(QJsonDocument(command).toJson(QJsonDocument::Compact) + '\n');
    socket.waitForBytesWritten(timeoutMs);
    QByteArray line;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            break;
    }
    line = socket.readLine();
    if (line.isEmpty()) {
        *reply = QJsonObject{
                {QStringLiteral("ok"), false},
                {QStringLiteral("error"),
                 QCoreApplication::translate("ControlClient",
                                             "The running Uptrack instance did not answer.")}};
        return true;
    }
    *reply = QJsonDocument::fromJson(line).object();
    return true;
}
} // namespace

bool ControlClient::send(const QString &name, const command::Command &command,
                         command::Reply *reply, int timeoutMs)
{
    QJsonObject json;
    if (!sendJson(name, command::toJson(command), &json, timeoutMs))
        return false;
    *reply = command::Reply::fromJson(json);
    return true;
}

} // namespace uptrack
