// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>

namespace uptrack {

class HttpConnection;

/// The live event stream (GET /api/uptrack/v1/events): Server-Sent Events, each with an
/// increasing id, a type and JSON data. The newest events are kept in a bounded ring so a
/// client that reconnects with Last-Event-ID gets what it missed (or a `resync` event
/// when that is gone). Streams are capped; one whose client does not read is dropped,
/// never buffered without bound. Keep-alive comments every 15 s.
class EventStream : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxStreams = 32;
    static constexpr int kRingSize = 4096;
    static constexpr qint64 kMaxUnsent = 1024 * 1024; ///< per stream, then it is dropped
    static constexpr int kKeepAliveMs = 15'000;

    explicit EventStream(QObject *parent = nullptr);

    /// Publishes an event to every stream (and the ring).
    void publish(const char *type, const QJsonObject &data);
    /// Whether an event is worth building: a stream is open, or one closed in the last
    /// kRememberMs (it may reconnect with Last-Event-ID). With nobody near, events are
    /// not built at all (the ping path pays nothing); skip() counts them instead.
    bool wanted() const;
    /// An event that was not built: its id is used up, and what the ring holds stops
    /// being complete (a client that missed it gets `resync`).
    void skip();
    static constexpr qint64 kRememberMs = 10 * 60'000;
    int streamCount() const { return int(m_streams.size()); }
    /// Makes `connection`'s request a stream, replaying what came after `lastEventId`
    /// (-1: nothing). False when kMaxStreams are open (the caller answers 503).
    bool attach(HttpConnection *connection, qint64 lastEventId);
    qint64 lastId() const { return m_nextId - 1; }
    void setKeepAliveMs(int ms) { m_keepAlive.setInterval(ms); }

private:
    struct Event
    {
        qint64 id;
        QByteArray text; ///< the whole "id: ...\nevent: ...\ndata: ...\n\n"
    };
    void deliver(const QByteArray &text);
    void keepAlive();

    std::deque<Event> m_ring;
    qint64 m_nextId = 1;
    QList<QPointer<HttpConnection>> m_streams;
    QTimer m_keepAlive;
    QElapsedTimer m_sinceLastStream; ///< restarted while streams are open
};

} // namespace uptrack
