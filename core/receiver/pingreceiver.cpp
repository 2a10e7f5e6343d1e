// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pingreceiver.h"

#include "engine/engine.h"
#include "httpconnection.h"
#include "pingroute.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>

#include <sys/resource.h>

Q_LOGGING_CATEGORY(lcReceiver, "uptrack.receiver")

namespace uptrack {

namespace {
constexpr qint64 kLingerMs = 2000;  // how long a closing connection may drain
constexpr int kReservedFiles = 256; // for the database, backups, alerts and checks
constexpr int kAcceptPauseMs = 100; // after the system refused to accept (out of files)

// Raises the soft open-file limit to the hard one (Debian's soft default is 1,024, far
// below the connection cap) and returns what it is now.
int raiseFileLimit()
{
    rlimit rl{};
    if (::getrlimit(RLIMIT_NOFILE, &rl) != 0)
        return 1024;
    const rlim_t wanted = rl.rlim_max == RLIM_INFINITY ? rlim_t(1) << 20 : rl.rlim_max;
    if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < wanted) {
        rlimit raised = rl;
        raised.rlim_cur = wanted;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            rl = raised;
    }
    return rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur > rlim_t(1) << 30 ? 1 << 30
                                                                         : int(rl.rlim_cur);
}

QString formatAddress(const QHostAddress &address, quint16 port)
{
    QString host = address == QHostAddress::Any ? QStringLiteral("*") : address.toString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol && address != QHostAddress::Any)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return host + QLatin1Char(':') + QString::number(port);
}
} // namespace

PingReceiver::PingReceiver(Engine &engine, ReceiverOptions options, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_options(options)
    , m_perMonitor(options.pingBurst, options.pingsPerMinute)
    , m_unknownBySource(options.unknownBurst, options.unknownPerMinute)
{
    m_mono.start();
    connect(&m_server, &QTcpServer::newConnection, this, &PingReceiver::onNewConnection);
    connect(&m_server, &QTcpServer::acceptError, this, &PingReceiver::onAcceptError);
    m_sweepTimer.setInterval(1000);
    connect(&m_sweepTimer, &QTimer::timeout, this, &PingReceiver::sweep);
}

PingReceiver::~PingReceiver()
{
    close();
}

bool PingReceiver::listen(const QHostAddress &address, quint16 port, QString *error)
{
    m_server.setMaxPendingConnections(512);
    m_server.setListenBacklogSize(1024); // Qt's 50 drops bursts of connects (SYN retried in 1 s)
    m_fileLimit = raiseFileLimit();
    if (!m_server.listen(address, port)) {
        const QString where = formatAddress(address, port);
        switch (m_server.serverError()) {
        case QAbstractSocket::AddressInUseError:
            *error = tr("Cannot listen on %1: the port is already in use (another Uptrack or "
                        "another program?). Stop it, or start Uptrack with --listen ADDR:PORT "
                        "to use another port.")
                             .arg(where);
            break;
        case QAbstractSocket::SocketAddressNotAvailableError:
            *error = tr("Cannot listen on %1: that address does not belong to this machine. "
                        "Use --listen 0.0.0.0:%2 for all interfaces.")
                             .arg(where)
                             .arg(port);
            break;
        case QAbstractSocket::SocketAccessError:
            *error = tr("Cannot listen on %1: permission denied (ports below 1024 need "
                        "privileges). Use a port above 1024 with --listen.")
                             .arg(where);
            break;
        default:
            *error = tr("Cannot listen on %1: %2").arg(where, m_server.errorString());
        }
        return false;
    }
    m_sweepTimer.start();
    qCInfo(lcReceiver) << "listening on" << formatAddress(address, m_server.serverPort())
                       << "for up to" << effectiveMaxConnections() << "connections";
    return true;
}

void PingReceiver::close()
{
    m_server.close();
    m_sweepTimer.stop();
    const auto connections = m_connections;
    for (HttpConnection *c : connections) {
        c->disconnect(this);
        c->socket()->abort();
        delete c;
    }
    m_connections.clear();
    m_perSource.clear();
}

int PingReceiver::effectiveMaxConnections() const
{
    if (m_fileLimit <= 0)
        return m_options.maxConnections;
    return qMax(16, qMin(m_options.maxConnections, m_fileLimit - kReservedFiles));
}

void PingReceiver::onAcceptError(QAbstractSocket::SocketError error)
{
    // Qt stops accepting after a failed accept (out of file descriptors, say); start
    // again shortly, or one burst of connections would deafen Uptrack for good.
    const qint64 now = m_mono.elapsed();
    if (m_lastAcceptWarning < 0 || now - m_lastAcceptWarning > 60'000) {
        m_lastAcceptWarning = now;
        qCWarning(lcReceiver) << "cannot accept connections:" << error << m_server.errorString()
                              << "- retrying; raise the open-file limit (ulimit -n) if this "
                                 "persists";
    }
    QTimer::singleShot(kAcceptPauseMs, this, [this] {
        if (m_server.isListening())
            m_server.resumeAccepting();
    });
}

void PingReceiver::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        // At the total cap, the connection that has been quiet longest makes room: a
        // flood of idle connections cannot lock out a job's ping. If every connection
        // is busy, the new one is closed at once.
        if (m_connections.size() >= effectiveMaxConnections() && !evictQuietest()) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        HttpRequestParser::Limits limits;
        limits.bodyCap = m_options.bodyCap;
        auto *c = new HttpConnection(socket, limits, this);
        int &fromPeer = m_perSource[c->peer()];
        if (m_options.maxConnectionsPerSource > 0
            && fromPeer >= m_options.maxConnectionsPerSource) {
            socket->abort();
            delete c;
            continue;
        }
        ++fromPeer;
        connect(c, &HttpConnection::request, this, &PingReceiver::onRequest);
        connect(c, &HttpConnection::closed, this, &PingReceiver::onClosed);
        m_connections.insert(c);
        // Data may have arrived with the connection.
        if (socket->bytesAvailable() > 0)
            QMetaObject::invokeMethod(socket, "readyRead", Qt::QueuedConnection);
    }
}

void PingReceiver::onClosed(HttpConnection *connection)
{
    if (m_connections.remove(connection)) {
        forget(connection);
        connection->deleteLater();
    }
}

bool PingReceiver::evictQuietest()
{
    HttpConnection *quietest = nullptr;
    for (HttpConnection *c : std::as_const(m_connections)) {
        if (c->busy())
            continue;
        if (c->lingering()) {
            quietest = c; // already on its way out
            break;
        }
        if (!quietest || c->idleMs() > quietest->idleMs())
            quietest = c;
    }
    if (!quietest)
        return false;
    closeNow(quietest);
    return true;
}

void PingReceiver::closeNow(HttpConnection *connection)
{
    connection->disconnect(this);
    if (m_connections.remove(connection))
        forget(connection);
    connection->socket()->abort();
    connection->deleteLater();
}

void PingReceiver::forget(HttpConnection *connection)
{
    const auto it = m_perSource.find(connection->peer());
    if (it != m_perSource.end() && --it.value() <= 0)
        m_perSource.erase(it);
}

void PingReceiver::sweep()
{
    // One pass a second over every connection: cheaper than a timer each, and it
    // cuts slow or idle clients (slowloris) after a bounded time.
    QList<HttpConnection *> expired;
    QList<HttpConnection *> lingered;
    for (HttpConnection *c : std::as_const(m_connections)) {
        if (c->lingering()) {
            if (c->closingMs() > kLingerMs)
                lingered.append(c);
            continue;
        }
        if (c->busy())
            continue;
        if (c->midRequest() && c->requestAgeMs() > m_options.requestTimeoutMs)
            expired.append(c);
        else if (!c->midRequest() && c->idleMs() > m_options.idleTimeoutMs)
            expired.append(c);
    }
    for (HttpConnection *c : std::as_const(lingered))
        c->abort();
    for (HttpConnection *c : std::as_const(expired)) {
        qCDebug(lcReceiver) << "closing slow or idle connection from" << c->peer();
        c->timeOut();
    }
}

void PingReceiver::onRequest(HttpConnection *connection, const HttpRequestParser &parsed)
{
    const HttpRequestHead &head = parsed.head();
    const QByteArray &method = head.method;
    if (method == "OPTIONS") {
        connection->respond(204, QByteArray());
        return;
    }
    if (method != "GET" && method != "HEAD" && method != "POST") {
        connection->respond(405, "method not allowed");
        return;
    }
    const PingRoute route = parsePingTarget(head.target);
    switch (route.route) {
    case PingRoute::Kind::Index:
        connection->respond(200, "Uptrack is listening for pings.\n");
        return;
    case PingRoute::Kind::NotFound:
        m_unknownBySource.allow(connection->peer(), m_mono.elapsed());
        connection->respond(404, "not found");
        return;
    case PingRoute::Kind::BadRequest:
        connection->respond(400, route.error);
        return;
    case PingRoute::Kind::Ping:
        break;
    }
    // Rate limits: a source that asked for too many unknown monitors waits; so does a
    // monitor pinged faster than any job would.
    const qint64 now = m_mono.elapsed();
    const QString source = connection->peer();
    if (m_unknownBySource.exhausted(source, now)) {
        connection->respond(
                429,
                QByteArrayLiteral("too many requests for unknown checks; retry in ")
                        + QByteArray::number(m_unknownBySource.retryAfterSeconds(source, now))
                        + " s\n");
        return;
    }
    const QString key
            = route.token.isEmpty() ? route.pingKey + QLatin1Char('/') + route.slug : route.token;
    if (!m_perMonitor.allow(key, now)) {
        connection->respond(429,
                            QByteArrayLiteral("too many pings for this check; retry in ")
                                    + QByteArray::number(m_perMonitor.retryAfterSeconds(key, now))
                                    + " s\n");
        return;
    }

    PingSubmission ping;
    ping.token = route.token;
    ping.pingKey = route.pingKey;
    ping.slug = route.slug;
    ping.create = route.create;
    ping.kind = route.kind;
    ping.exitStatus = route.exitStatus;
    ping.rid = route.rid;
    ping.source = connection->peer();
    ping.method = QString::fromLatin1(method);
    ping.userAgent = QString::fromUtf8(head.userAgent);
    ping.body = parsed.body();
    ping.bodyTruncated = parsed.bodyTruncated();

    QPointer<HttpConnection> guard(connection);
    QPointer<PingReceiver> self(this);
    m_engine.submitPing(std::move(ping), [self, guard, source](PingOutcome outcome) {
        if (!guard)
            return; // the client went away; the ping is stored all the same
        switch (outcome) {
        case PingOutcome::Ok:
            guard->respond(200, "OK");
            break;
        case PingOutcome::Created:
            guard->respond(201, "Created");
            break;
        case PingOutcome::NotFound:
            if (self)
                self->m_unknownBySource.allow(source, self->m_mono.elapsed());
            guard->respond(404, "not found");
            break;
        case PingOutcome::Invalid:
            guard->respond(400, "invalid slug");
            break;
        case PingOutcome::StorageFailed:
            guard->respond(503, "storage unavailable, retry later");
            break;
        }
    });
}

} // namespace uptrack
