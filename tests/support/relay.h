// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A TCP relay on loopback the tests of a console's line to a core put in between: cut
// (connections reset), frozen (nothing passes, nothing closes: a pulled cable), restored.
#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace testsupport {

/// A TCP relay on loopback to a core's HTTPS port.
class Relay : public QObject
{
public:
    Relay(quint16 target) : m_target(target)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *in = m_server.nextPendingConnection()) {
                auto *out = new QTcpSocket(in);
                out->connectToHost(QHostAddress::LocalHost, m_target);
                m_pairs.append(qMakePair(QPointer<QTcpSocket>(in), QPointer<QTcpSocket>(out)));
                connect(in, &QTcpSocket::readyRead, this, [this, in, out] {
                    if (!m_frozen)
                        out->write(in->readAll());
                });
                connect(out, &QTcpSocket::readyRead, this, [this, in, out] {
                    if (!m_frozen)
                        in->write(out->readAll());
                });
                connect(in, &QTcpSocket::disconnected, out, &QTcpSocket::disconnectFromHost);
                connect(out, &QTcpSocket::disconnected, in, &QTcpSocket::disconnectFromHost);
                connect(in, &QTcpSocket::disconnected, in, &QObject::deleteLater);
            }
        });
    }
    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    quint16 port() const { return m_server.serverPort(); }
    /// Every connection reset and no new one taken: the far side is gone.
    void cut()
    {
        m_server.close();
        for (auto &[in, out] : m_pairs) {
            if (in)
                in->abort();
        }
        m_pairs.clear();
    }
    /// Nothing passes either way, and nothing is closed; thawed, what waited passes.
    void freeze(bool on)
    {
        m_frozen = on;
        if (on)
            return;
        for (auto &[in, out] : m_pairs) {
            if (in && out) {
                out->write(in->readAll());
                in->write(out->readAll());
            }
        }
    }

private:
    QTcpServer m_server;
    quint16 m_target;
    bool m_frozen = false;
    QList<QPair<QPointer<QTcpSocket>, QPointer<QTcpSocket>>> m_pairs;
};

} // namespace testsupport
