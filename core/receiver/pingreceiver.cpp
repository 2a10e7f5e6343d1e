// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pingreceiver.h"

#include "receiverlog.h"

#include "engine/engine.h"
#include "pingroute.h"

#include <QPointer>

Q_LOGGING_CATEGORY(lcReceiver, "uptrack.receiver")

namespace uptrack {

namespace {
const QByteArray kAllowedMethods = QByteArrayLiteral("GET, HEAD, POST, OPTIONS");
constexpr int kMaxUserAgent = 200;

QString rateKey(const PingRoute &route)
{
    return route.token.isEmpty() ? route.pingKey + QLatin1Char('/') + route.slug : route.token;
}
} // namespace

PingReceiver::PingReceiver(Engine &engine, ReceiverOptions options, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_options(options)
    , m_server(*this, options.http)
    , m_perMonitor(options.pingBurst, options.pingsPerMinute)
    , m_unknownBySource(options.unknownBurst, options.unknownPerMinute)
{
    m_mono.start();
}

PingReceiver::~PingReceiver()
{
    m_server.close();
}

void PingReceiver::setOptions(const ReceiverOptions &options)
{
    m_options = options;
    m_server.setOptions(options.http);
    m_perMonitor = RateLimiter(options.pingBurst, options.pingsPerMinute);
    m_unknownBySource = RateLimiter(options.unknownBurst, options.unknownPerMinute);
}

HttpResponse PingReceiver::pingAnswer(int status, const QByteArray &body) const
{
    // Clients such as runitor shrink what they upload to the limit they are told; no
    // cache may answer a ping for us.
    return HttpResponse{status,
                        body,
                        {{"Ping-Body-Limit", QByteArray::number(m_options.http.bodyCap)},
                         {"Cache-Control", "no-cache"}}};
}

std::optional<HttpResponse> PingReceiver::answerFromHead(const QString &peer,
                                                         const HttpRequestHead &head,
                                                         const PingRoute &route)
{
    const QByteArray &method = head.method;
    if (method == "OPTIONS") {
        // A browser's preflight for a ping sent with fetch(): what it may send.
        return HttpResponse{204,
                            {},
                            {{"Access-Control-Allow-Methods", kAllowedMethods},
                             {"Access-Control-Allow-Headers", "*"},
                             {"Access-Control-Max-Age", "86400"}}};
    }
    if (method != "GET" && method != "HEAD" && method != "POST")
        return HttpResponse{405, "method not allowed", {{"Allow", kAllowedMethods}}};
    switch (route.route) {
    case PingRoute::Kind::Index:
        return HttpResponse{200, "Uptrack is listening for pings.\n", {}};
    case PingRoute::Kind::NotFound:
        m_unknownBySource.allow(peer, m_mono.elapsed());
        return pingAnswer(404, "not found");
    case PingRoute::Kind::BadRequest:
        return pingAnswer(400, route.error);
    case PingRoute::Kind::Ping:
        break;
    }
    // Rate limits: a source that asked for too many unknown monitors waits; so does a
    // monitor pinged faster than any job would.
    const qint64 now = m_mono.elapsed();
    if (m_unknownBySource.exhausted(peer, now)) {
        qCDebug(lcReceiver).noquote() << "too many requests for unknown monitors from" << peer;
        return HttpResponse{
                429,
                QByteArrayLiteral("too many requests for unknown checks; retry in ")
                        + QByteArray::number(m_unknownBySource.retryAfterSeconds(peer, now))
                        + " s\n",
                {}};
    }
    const QString key = rateKey(route);
    if (!m_perMonitor.allow(key, now)) {
        qCDebug(lcReceiver).noquote()
                << "a monitor pinged faster than its rate limit, from" << peer;
        return HttpResponse{429,
                            QByteArrayLiteral("too many pings for this check; retry in ")
                                    + QByteArray::number(m_perMonitor.retryAfterSeconds(key, now))
                                    + " s\n",
                            {}};
    }
    return std::nullopt;
}

bool PingReceiver::isApiTarget(const QByteArray &target)
{
    return target.startsWith("/api/") && !target.startsWith("/api/heartbeat/");
}

QString PingReceiver::sourceOf(const HttpConnection &connection, const HttpRequestHead &head) const
{
    const QString peer = connection.peer();
    if (m_options.trustedProxies.isEmpty()
        || !m_options.trustedProxies.contains(QHostAddress(peer)))
        return peer;
    const QByteArray forwarded = head.header("x-forwarded-for");
    if (forwarded.isNull())
        return peer;
    const QByteArray first = forwarded.split(',').first().trimmed();
    QHostAddress address;
    if (first.size() > 45 || !address.setAddress(QString::fromLatin1(first)))
        return peer; // not an address: the proxy's own is the truth we have
    return address.toString();
}

std::optional<HttpResponse> PingReceiver::admit(const HttpConnection &connection,
                                                const HttpRequestHead &head)
{
    if (isApiTarget(head.target))
        return m_api ? m_api->admit(connection, head) : pingAnswer(404, "not found");
    const PingRoute route = parsePingTarget(head.target);
    // The rate limits are not taken here: the full request takes them when it is handled.
    if (head.method != "GET" && head.method != "HEAD" && head.method != "POST")
        return answerFromHead(connection.peer(), head, route);
    if (route.route != PingRoute::Kind::Ping)
        return answerFromHead(connection.peer(), head, route);
    if (m_unknownBySource.exhausted(connection.peer(), m_mono.elapsed())
        || m_perMonitor.exhausted(rateKey(route), m_mono.elapsed()))
        return answerFromHead(connection.peer(), head, route);
    if (!m_engine.accepts(PingTarget{route.token, route.pingKey, route.slug, route.create})) {
        m_unknownBySource.allow(connection.peer(), m_mono.elapsed());
        return pingAnswer(404, "not found");
    }
    return std::nullopt;
}

void PingReceiver::handle(HttpConnection *connection, const HttpRequestParser &request)
{
    const HttpRequestHead &head = request.head();
    if (isApiTarget(head.target)) {
        if (m_api)
            m_api->handle(connection, request);
        else
            connection->respond(pingAnswer(404, "not found"));
        return;
    }
    const PingRoute route = parsePingTarget(head.target);
    const QString source = sourceOf(*connection, head);
    if (auto answer = answerFromHead(source, head, route)) {
        connection->respond(*answer);
        return;
    }

    Ping ping;
    ping.kind = route.kind;
    ping.exitStatus = route.exitStatus;
    ping.rid = route.rid;
    ping.source = source;
    ping.method = QString::fromLatin1(head.method);
    // At most 200 characters, as Healthchecks keeps.
    ping.userAgent = QString::fromUtf8(head.userAgent).left(kMaxUserAgent);
    ping.body = request.body();
    ping.bodyTruncated = request.bodyTruncated();
    ping.claimedSentMs = parseSentAt(head.header("x-uptrack-sent-at"));

    QPointer<HttpConnection> guard(connection);
    QPointer<PingReceiver> self(this);
    m_engine.submitPing(PingTarget{route.token, route.pingKey, route.slug, route.create},
                        std::move(ping), [self, guard, source](PingOutcome outcome) {
                            if (!guard)
                                return; // the client went away; the ping is stored all the same
                            if (!self)
                                return;
                            const auto answer = [&](int status, const QByteArray &body) {
                                guard->respond(self->pingAnswer(status, body));
                            };
                            switch (outcome) {
                            case PingOutcome::Ok:
                                answer(200, "OK");
                                break;
                            case PingOutcome::Created:
                                answer(201, "Created");
                                break;
                            case PingOutcome::NotFound:
                                self->m_unknownBySource.allow(source, self->m_mono.elapsed());
                                answer(404, "not found");
                                break;
                            case PingOutcome::Invalid:
                                answer(400, "invalid slug");
                                break;
                            case PingOutcome::StorageFailed:
                                answer(503, "storage unavailable, retry later");
                                break;
                            }
                        });
}

} // namespace uptrack
