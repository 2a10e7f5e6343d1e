// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiclient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace uptrack::remote {

/// A core's live events (GET /api/uptrack/v1/events, Server-Sent Events), kept open:
/// when the stream ends or goes quiet past the core's keep-alive, it reconnects with
/// backoff (1 s doubling to 30 s) and Last-Event-ID, so each event arrives once and in
/// order — none missed while the core keeps them, none twice. When it cannot catch up (the
/// core restarted, or too much happened meanwhile) it says `resync`: reload everything.
class EventFeed : public QObject
{
    Q_OBJECT
public:
    /// The first pause before reconnecting, and the longest.
    static constexpr int kFirstRetryMs = 1000;
    static constexpr int kMaxRetryMs = 30'000;
    /// No byte for this long (the core sends a comment every 15 s): the stream is dead.
    static constexpr int kSilenceMs = 45'000;

    EventFeed(QUrl server, QString apiKey, QString expectedFingerprint, QObject *parent = nullptr);
    ~EventFeed() override;

    void start();
    void stop();
    bool connected() const { return m_connected; }
    /// The newest event id seen (-1: none yet).
    qint64 lastEventId() const { return m_lastId; }
    /// When the stream was last open (invalid: never); for "Not connected since 10:02".
    QDateTime lostAt() const { return m_lostAt; }
    /// Other pauses and silence, for tests.
    void setTimings(int firstRetryMs, int maxRetryMs, int silenceMs);

signals:
    /// One event, once, in order.
    void event(qint64 id, const QString &type, const QJsonObject &data);
    /// The events since the last one seen are gone: reload the whole state.
    void resync();
    /// The stream opened, or ended; `why` is a sentence when it ended (or could not open).
    void connectedChanged(bool connected, const QString &why);

private:
    void connectNow();
    void onData();
    void ended(const QString &why);
    void dispatch(const QByteArray &block);

    ApiClient m_client;
    QPointer<QNetworkReply> m_reply;
    std::shared_ptr<Answer> m_verdict;
    QByteArray m_buffer;
    qint64 m_lastId = -1;
    bool m_connected = false;
    bool m_running = false;
    bool m_sawHello = false;
    QDateTime m_lostAt;
    int m_firstRetryMs = kFirstRetryMs;
    int m_maxRetryMs = kMaxRetryMs;
    int m_retryMs = kFirstRetryMs;
    int m_silenceMs = kSilenceMs;
    QTimer m_retry;
};

} // namespace uptrack::remote
