// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventstream.h"

#include "apilog.h"

#include "http/httpconnection.h"

#include <QDateTime>
#include <QJsonDocument>

namespace uptrack {

EventStream::EventStream(QObject *parent) : QObject(parent)
{
    // Ids go on increasing across restarts of the core (they start from its start time,
    // a thousand a millisecond): a client back with an id of an earlier run is told to
    // reload instead of being sent this run's events as if they followed.
    m_nextId = QDateTime::currentMSecsSinceEpoch() * 1000;
    m_keepAlive.setInterval(kKeepAliveMs);
    connect(&m_keepAlive, &QTimer::timeout, this, &EventStream::keepAlive);
}

bool EventStream::wanted() const
{
    return !m_streams.isEmpty()
            || (m_sinceLastStream.isValid() && m_sinceLastStream.elapsed() < kRememberMs);
}

void EventStream::skip()
{
    ++m_nextId;
    m_ring.clear();
}

void EventStream::publish(const char *type, const QJsonObject &data)
{
    const qint64 id = m_nextId++;
    QByteArray text = "id: " + QByteArray::number(id) + "\nevent: " + type
            + "\ndata: " + QJsonDocument(data).toJson(QJsonDocument::Compact) + "\n\n";
    m_ring.push_back({id, text});
    if (m_ring.size() > size_t(kRingSize))
        m_ring.pop_front();
    deliver(text);
}

void EventStream::deliver(const QByteArray &text)
{
    for (qsizetype i = m_streams.size() - 1; i >= 0; --i) {
        HttpConnection *c = m_streams[i];
        if (!c || !c->streaming() || c->lingering()) {
            m_streams.removeAt(i);
            continue;
        }
        if (!c->send(text, kMaxUnsent)) {
            // It does not read: dropped, so the core's memory stays flat.
            qCInfo(lcApi).noquote()
                    << "dropped an event stream whose client does not read:" << c->peer();
            m_streams.removeAt(i);
            c->abort();
        }
    }
    if (m_streams.isEmpty())
        m_keepAlive.stop();
    else
        m_sinceLastStream.start();
}

bool EventStream::attach(HttpConnection *connection, qint64 lastEventId)
{
    for (qsizetype i = m_streams.size() - 1; i >= 0; --i) {
        if (!m_streams[i] || m_streams[i]->lingering())
            m_streams.removeAt(i);
    }
    if (m_streams.size() >= kMaxStreams)
        return false;
    connection->beginStream({{"Cache-Control", "no-cache"}, {"X-Accel-Buffering", "no"}},
                            "text/event-stream; charset=utf-8");
    // The retry hint, and a first comment so the client sees the stream is open.
    QByteArray hello = "retry: 3000\n: uptrack event stream, last id "
            + QByteArray::number(lastId()) + "\n\n";
    if (lastEventId >= 0 && lastEventId != lastId()) {
        const qint64 oldest = m_ring.empty() ? m_nextId : m_ring.front().id;
        if (lastEventId + 1 < oldest || lastEventId > lastId()) { // gone, or of another run
            // What it missed is gone: it reloads everything.
            hello += "id: " + QByteArray::number(lastId()) + "\nevent: resync\ndata: "
                    + QByteArrayLiteral("{\"reason\":\"the events after that id are no longer "
                                        "kept; reload\"}")
                    + "\n\n";
        } else {
            for (const Event &e : m_ring) {
                if (e.id > lastEventId)
                    hello += e.text;
            }
        }
    }
    if (!connection->send(hello, kMaxUnsent + hello.size())) {
        connection->abort();
        return true;
    }
    m_streams.append(connection);
    m_sinceLastStream.start();
    if (!m_keepAlive.isActive())
        m_keepAlive.start();
    return true;
}

void EventStream::keepAlive()
{
    deliver(QByteArrayLiteral(": keep-alive\n\n"));
}

} // namespace uptrack
