// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A real HTTP server on loopback that records what it receives and answers as a
// test scripts it: the stand-in for Slack, Discord or a webhook receiver.
#pragma once

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

namespace testsupport {

class HttpSink : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; ///< lower-case names
        QByteArray body;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };
    struct Answer
    {
        int status = 200;
        QByteArray extraHeaders; ///< "Retry-After: 120\r\n"
        bool hang = false;       ///< never answer
    };

    explicit HttpSink(quint16 port = 0)
    {
        m_server.listen(QHostAddress::LocalHost, port);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QString url(const QString &path = QStringLiteral("/hook")) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path);
    }
    /// Answers to give, in order; then 200s.
    void script(QList<Answer> answers) { m_script = std::move(answers); }
    /// Every request received, answered or not.
    QList<Request> received;
    /// Only those answered 2xx.
    QList<Request> accepted;

private:
    void onData(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        for (;;) {
            const int end = buf.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request r;
            const QList<QByteArray> lines = buf.left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            r.method = first.value(0);
            r.path = first.value(1);
            for (int i = 1; i < lines.size(); ++i) {
                const int colon = lines[i].indexOf(':');
                if (colon > 0)
                    r.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                     lines[i].mid(colon + 1).trimmed());
            }
            const int length = r.headers.value("content-length").toInt();
            if (buf.size() < end + 4 + length)
                return;
            r.body = buf.mid(end + 4, length);
            buf.remove(0, end + 4 + length);
            received.append(r);
            const Answer a = m_script.isEmpty() ? Answer{} : m_script.takeFirst();
            if (a.hang)
                continue;
            if (a.status >= 200 && a.status < 300)
                accepted.append(r);
            s->write("HTTP/1.1 " + QByteArray::number(a.status) + " X\r\nContent-Length: 2\r\n"
                     + a.extraHeaders + "\r\nok");
        }
    }
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Answer> m_script;
};

} // namespace testsupport
