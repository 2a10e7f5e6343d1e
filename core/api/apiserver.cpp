// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiserver.h"

#include "apilog.h"
#include "apiserver_p.h"
#include "hcspec.h"
#include "ownspec.h"

#include "control/commandhandler.h"
#include "engine/engine.h"
#include "format/jsonformat.h"
#include "security/apikeys.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/pingrepository.h"
#include "time/clock.h"
#include "time/isotime.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcApi, "uptrack.api")

namespace uptrack {

using apidetail::corsHeaders;
using apidetail::error;

namespace {
/// Failed authentications one address may make: a burst, then a few a minute.
constexpr int kFailedAuthBurst = 10;
constexpr int kFailedAuthPerMinute = 10;
} // namespace

ApiServer::ApiServer(Engine &engine, CommandHandler &handler, Database &db, const Clock &clock,
                     ApiOptions options, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_handler(handler)
    , m_db(db)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_failedAuth(kFailedAuthBurst, kFailedAuthPerMinute)
{
    m_mono.start();
    m_workers.setMaxThreadCount(1); // one big answer at a time; the core thread keeps a core
    connectEvents();
}

ApiServer::~ApiServer()
{
    m_workers.waitForDone();
}

QJsonObject ApiServer::monitorJson(const Monitor &m) const
{
    // As `monitor show --json` has it (with the channels' names).
    QJsonObject o
            = monitorToJson(m, PingUrls{m_options.pingBase, m_engine.pingKey()}, [this](qint64 id) {
                  const Monitor *other = m_engine.monitor(id);
                  return other ? other->name : QString();
              });
    QJsonArray channels;
    QHash<qint64, QString> names;
    for (const Channel &c : m_engine.channels()) {
        names.insert(c.id, c.name);
        if (m.channelIds.contains(c.id))
            channels.append(c.name);
    }
    o.insert(QStringLiteral("channels"), channels);
    o.insert(QStringLiteral("channel_delays"), channelDelaysJson(m, names));
    return o;
}

void ApiServer::connectEvents()
{
    connect(&m_engine, &Engine::monitorsChanged, this, [this](const QList<Monitor> &changed) {
        if (!m_events.wanted())
            return m_events.skip();
        for (const Monitor &m : changed)
            m_events.publish("monitor", monitorJson(m));
    });
    connect(&m_engine, &Engine::monitorRemoved, this, [this](qint64 id) {
        if (!m_events.wanted())
            m_events.skip();
        else
            m_events.publish("monitor",
                             QJsonObject{{QStringLiteral("id"), double(id)},
                                         {QStringLiteral("removed"), true}});
    });
    connect(&m_engine, &Engine::flipped, this, [this](const Flip &f) {
        if (!m_events.wanted())
            return m_events.skip();
        m_events.publish("flip",
                         QJsonObject{{QStringLiteral("monitor_id"), double(f.monitorId)},
                                     {QStringLiteral("time"), isoUtc(f.timeMs)},
                                     {QStringLiteral("from"), statusName(f.from)},
                                     {QStringLiteral("to"), statusName(f.to)},
                                     {QStringLiteral("reason"), f.reason},
                                     {QStringLiteral("from_since"), isoUtc(f.fromSinceMs)}});
    });
    connect(&m_engine, &Engine::pingStored, this, [this](const Ping &p) {
        if (!m_events.wanted())
            return m_events.skip();
        QJsonObject o = pingToJson(p);
        o.remove(QStringLiteral("id")); // assigned by the database in blocks: not known here
        o.remove(QStringLiteral("body"));
        o.insert(QStringLiteral("body_bytes"), double(p.body.size()));
        o.insert(QStringLiteral("monitor_id"), double(p.monitorId));
        m_events.publish("ping", o);
    });
    connect(&m_engine, &Engine::channelsChanged, this, [this] {
        if (!m_events.wanted())
            return m_events.skip();
        QJsonArray list;
        for (const Channel &c : m_engine.channels())
            list.append(QJsonObject{{QStringLiteral("id"), double(c.id)},
                                    {QStringLiteral("uuid"), c.uuid},
                                    {QStringLiteral("name"), c.name},
                                    {QStringLiteral("kind"), c.kind}});
        m_events.publish("channel", QJsonObject{{QStringLiteral("channels"), list}});
    });
    connect(&m_engine, &Engine::incidentsChanged, this, [this] {
        if (!m_events.wanted())
            m_events.skip();
        else
            m_events.publish("incident", QJsonObject{{QStringLiteral("changed"), true}});
    });
    connect(&m_engine, &Engine::outboxChanged, this, [this] {
        if (!m_events.wanted())
            m_events.skip();
        else
            m_events.publish("alert", QJsonObject{{QStringLiteral("queued"), true}});
    });
}

void ApiServer::publishDelivery(qint64 deliveryId, bool delivered, const QString &outcome)
{
    if (!m_events.wanted())
        m_events.skip();
    else
        m_events.publish("alert",
                         QJsonObject{{QStringLiteral("delivery_id"), double(deliveryId)},
                                     {QStringLiteral("delivered"), delivered},
                                     {QStringLiteral("outcome"), outcome}});
}

std::optional<HttpResponse> ApiServer::admit(const HttpConnection &, const HttpRequestHead &head)
{
    if (head.contentLength > kMaxBody)
        return HttpResponse{413,
                            QJsonDocument(error(QStringLiteral("request body too large")))
                                    .toJson(QJsonDocument::Compact),
                            corsHeaders(), "application/json"};
    return std::nullopt;
}

void ApiServer::reply(const Call &call, int status, const QJsonObject &body) const
{
    if (!call.connection)
        return;
    call.connection->respond(HttpResponse{status,
                                          QJsonDocument(body).toJson(QJsonDocument::Compact),
                                          corsHeaders(), "application/json"});
}

void ApiServer::replyText(const Call &call, int status, const QByteArray &body) const
{
    if (call.connection)
        call.connection->respond(HttpResponse{status, body, corsHeaders()});
}

void ApiServer::handle(HttpConnection *connection, const HttpRequestParser &request)
{
    const HttpRequestHead &head = request.head();
    Call call;
    call.connection = connection;
    call.method = head.method;
    call.https = connection->isEncrypted();
    call.headerKey = head.header("x-api-key");
    call.lastEventId = QString::fromLatin1(head.header("last-event-id"));

    QByteArray target = head.target;
    const int question = target.indexOf('?');
    const QByteArray pathPart = question < 0 ? target : target.left(question);
    if (question >= 0) {
        const QUrlQuery query(QString::fromUtf8(target.mid(question + 1)));
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
            call.query.append({key, value});
    }
    QStringList segments
            = QString::fromUtf8(QByteArray::fromPercentEncoding(pathPart)).split(QLatin1Char('/'));
    segments = segments.mid(2); // "", "api"
    if (!segments.isEmpty() && segments.last().isEmpty())
        segments.removeLast(); // the trailing slash Healthchecks' paths have
    const QString family = segments.value(0);
    bool own = false;
    if (family == QLatin1String("v1") || family == QLatin1String("v2")
        || family == QLatin1String("v3")) {
        call.version = family.at(1).digitValue();
    } else if (family == QLatin1String("uptrack") && segments.value(1) == QLatin1String("v1")) {
        own = true;
        segments.removeFirst();
    } else {
        reply(call, 404, error(QStringLiteral("not found")));
        return;
    }
    call.path = segments.mid(1);

    if (call.method == "OPTIONS") {
        replyText(call, 204, QByteArray());
        return;
    }
    if (call.path == QStringList{QStringLiteral("status")}) {
        // Healthchecks' own liveness endpoint: no key, plain "OK".
        if (call.method != "GET" && call.method != "HEAD")
            replyText(call, 405, QByteArray());
        else
            replyText(call, 200, "OK");
        return;
    }
    if (request.bodyTruncated() || request.bodyBytesSeen() > kMaxBody) {
        reply(call, 413, error(QStringLiteral("request body too large")));
        return;
    }
    if (!request.body().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            reply(call, 400, error(QStringLiteral("could not parse request body")));
            return;
        }
        if (!doc.isObject()) {
            reply(call, 400,
                  error(QStringLiteral("json validation error: value is not an object")));
            return;
        }
        call.json = doc.object();
    }
    // A key crosses the LAN only inside TLS, unless the admin chose otherwise.
    if (!call.https && !m_options.overHttp && !QHostAddress(connection->peer()).isLoopback()) {
        reply(call, 403,
              error(QStringLiteral("API keys are accepted over HTTPS only: use the HTTPS address "
                                   "(start Uptrack with --tls auto), or start it with "
                                   "--api-over-http to accept keys in clear text on the LAN")));
        return;
    }
    if (own)
        routeOwn(call);
    else
        route(call);
}

bool ApiServer::authorize(Call &call, const QByteArray &headerKey, bool readEndpoint,
                          const QString &peer)
{
    QString key;
    if (!headerKey.isNull())
        key = QString::fromLatin1(headerKey);
    else if (call.json.contains(QLatin1String("api_key")))
        key = call.json.value(QLatin1String("api_key")).toVariant().toString();
    if (key.size() != apikeys::kKeyLength) {
        reply(call, 401, error(QStringLiteral("missing api key")));
        return false;
    }
    const qint64 now = m_mono.elapsed();
    if (m_failedAuth.exhausted(peer, now)) {
        reply(call, 429,
              error(QStringLiteral("too many failed authentications from this address; retry "
                                   "in %1 s")
                            .arg(m_failedAuth.retryAfterSeconds(peer, now))));
        return false;
    }
    const std::optional<ApiKey> found = m_engine.authenticate(key);
    if (!found || (found->readOnly && !readEndpoint)) {
        m_failedAuth.allow(peer, now);
        qCInfo(lcApi).noquote() << "refused an API request with a wrong key from" << peer;
        reply(call, 401, error(QStringLiteral("wrong api key")));
        return false;
    }
    call.readOnly = found->readOnly;
    return true;
}

} // namespace uptrack
