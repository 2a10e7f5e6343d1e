// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventfeed.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace uptrack::remote {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(remote)
};

constexpr QByteArrayView kHello = ": uptrack event stream, last id ";
/// The most an event (or the unparsed rest of the stream) may take: a core's events are
/// a few KB; more means something else answers.
constexpr qsizetype kMaxBlock = 4 * 1024 * 1024;
} // namespace

EventFeed::EventFeed(QUrl server, QString apiKey, QString expectedFingerprint, QObject *parent)
    : QObject(parent)
    , m_client(std::move(server), std::move(apiKey), std::move(expectedFingerprint))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &EventFeed::connectNow);
}

EventFeed::~EventFeed()
{
    stop();
}

void EventFeed::setTimings(int firstRetryMs, int maxRetryMs, int silenceMs)
{
    m_firstRetryMs = firstRetryMs;
    m_maxRetryMs = maxRetryMs;
    m_retryMs = firstRetryMs;
    m_silenceMs = silenceMs;
}

void EventFeed::start()
{
    if (m_running)
        return;
    m_running = true;
    connectNow();
}

void EventFeed::stop()
{
    m_running = false;
    m_retry.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (m_connected) {
        m_connected = false;
        m_lostAt = QDateTime::currentDateTime();
    }
}

void EventFeed::connectNow()
{
    if (!m_running || m_reply)
        return;
    QList<QPair<QByteArray, QByteArray>> headers{{"Accept", "text/event-stream"}};
    if (m_lastId >= 0)
        headers.append({"Last-Event-ID", QByteArray::number(m_lastId)});
    m_verdict = std::make_shared<Answer>();
    m_buffer.clear();
    m_sawHello = false;
    m_reply = m_client.open("GET", QStringLiteral("/api/uptrack/v1/events"), {}, m_silenceMs,
                            headers, m_verdict);
    connect(m_reply, &QNetworkReply::readyRead, this, &EventFeed::onData);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        if (reply != m_reply)
            return;
        onData();
        const Answer a
                = ApiClient::describe(reply, *m_verdict, originOf(m_client.server()), m_silenceMs);
        QString why;
        if (a.failure != Answer::Failure::None)
            why = a.error;
        else if (a.status == 401)
            why = Tr::tr("%1 refused the API key (%2).")
                          .arg(originOf(m_client.server()),
                               a.json.value(QLatin1String("error")).toString());
        else if (a.status != 200)
            why = Tr::tr("%1 answered HTTP %2 to the event stream: %3")
                          .arg(originOf(m_client.server()))
                          .arg(a.status)
                          .arg(a.json.value(QLatin1String("error")).toString());
        else if (reply->error() == QNetworkReply::OperationCanceledError)
            why = Tr::tr("No word from %1 for %2 s: the connection is lost.")
                          .arg(originOf(m_client.server()))
                          .arg(m_silenceMs / 1000);
        else if (reply->error() != QNetworkReply::NoError)
            why = Tr::tr("Lost the connection to %1: %2.")
                          .arg(originOf(m_client.server()), reply->errorString());
        else
            why = Tr::tr("%1 closed the event stream.").arg(originOf(m_client.server()));
        m_reply = nullptr;
        reply->deleteLater();
        ended(why);
    });
}

void EventFeed::onData()
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 || !m_reply->isOpen())
        return; // an error answer: read whole when it ends
    m_buffer += m_reply->readAll();
    m_buffer.replace("\r\n", "\n");
    for (;;) {
        const qsizetype end = m_buffer.indexOf("\n\n");
        if (end < 0)
            break;
        const QByteArray block = m_buffer.left(end);
        m_buffer.remove(0, end + 2);
        dispatch(block);
        if (!m_reply)
            return; // stopped from a slot
    }
    if (m_buffer.size() > kMaxBlock) {
        m_reply->abort(); // not an Uptrack event stream
    }
}

void EventFeed::dispatch(const QByteArray &block)
{
    // The stream's first block ("retry: ..." and the hello comment): the stream is open.
    // Its last id below ours: a new run of the core whose ids started again; what we had
    // is of the old one.
    const qsizetype hello = block.indexOf(QByteArray(kHello.data(), kHello.size()));
    if (hello >= 0 && (hello == 0 || block.at(hello - 1) == '\n')) {
        const qsizetype from = hello + kHello.size();
        const qsizetype end = block.indexOf('\n', from);
        const qint64 coreLast = block.mid(from, end < 0 ? -1 : end - from).trimmed().toLongLong();
        m_sawHello = true;
        m_retryMs = m_firstRetryMs;
        const bool restarted = m_lastId >= 0 && coreLast < m_lastId;
        if (m_lastId < 0)
            m_lastId = coreLast; // the first time: from now on
        if (!m_connected) {
            m_connected = true;
            emit connectedChanged(true, QString());
        }
        if (restarted) {
            m_lastId = coreLast;
            emit resync();
        }
        if (end < 0)
            return;
        // Events the core caught us up with follow in the same block.
        const QByteArray rest = block.mid(end + 1);
        if (!rest.isEmpty())
            dispatch(rest);
        return;
    }
    qint64 id = -1;
    QByteArray type;
    QByteArray data;
    for (const QByteArray &line : block.split('\n')) {
        if (line.startsWith(':') || line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        const QByteArray field = colon < 0 ? line : line.left(colon);
        QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
        if (value.startsWith(' '))
            value.remove(0, 1);
        if (field == "id")
            id = value.toLongLong();
        else if (field == "event")
            type = value;
        else if (field == "data")
            data += data.isEmpty() ? value : '\n' + value;
    }
    if (type.isEmpty())
        return; // a comment, a retry hint
    if (type == "resync") {
        if (id >= 0)
            m_lastId = id;
        emit resync();
        return;
    }
    if (id >= 0 && id <= m_lastId)
        return; // seen already: never twice
    if (id >= 0)
        m_lastId = id;
    emit event(id, QString::fromUtf8(type), QJsonDocument::fromJson(data).object());
}

void EventFeed::ended(const QString &why)
{
    if (m_connected || !m_lostAt.isValid())
        m_lostAt = QDateTime::currentDateTime();
    m_connected = false;
    emit connectedChanged(false, why); // also while still down: the reason may change
    if (!m_running)
        return;
    m_retry.start(m_retryMs);
    m_retryMs = std::min(m_retryMs * 2, m_maxRetryMs);
}

} // namespace uptrack::remote
