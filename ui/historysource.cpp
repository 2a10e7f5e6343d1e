// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "historysource.h"

#include "format/jsonformat.h"
#include "remote/apiclient.h"
#include "time/isotime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QThreadPool>
#include <QTimeZone>
#include <QUrlQuery>

#include <algorithm>
#include <limits>
#include <memory>

namespace uptrack {

namespace {

constexpr int kReadTimeoutMs = 30'000;
const QString kApi = QStringLiteral("/api/uptrack/v1/");

QString pathOf(const QString &resource, const QUrlQuery &query)
{
    return kApi + resource + QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
}

QList<PingMark> marksFrom(const QJsonObject &o)
{
    QList<PingMark> out;
    const QJsonArray marks = o.value(QLatin1String("marks")).toArray();
    out.reserve(marks.size());
    for (const QJsonValue &v : marks) {
        const QJsonArray a = v.toArray();
        out.append({qint64(a.at(0).toDouble()), qint64(a.at(1).toDouble()),
                    pingKindFromName(a.at(2).toString()).value_or(PingKind::Success),
                    a.at(3).toInt(-1), qint64(a.at(4).toDouble(-1))});
    }
    return out;
}

} // namespace

// -- LocalHistory ------------------------------------------------------------------------

LocalHistory::LocalHistory(const QString &databasePath) : m_reader(databasePath) { }

QString LocalHistory::error() const
{
    return m_reader.isOpen() ? QString() : m_reader.error();
}

void LocalHistory::pings(qint64 monitorId, qint64 fromMs, qint64 toMs, int limit, int previewBytes,
                         QObject *, std::function<void(QList<Ping>)> done)
{
    done(m_reader.pings(monitorId, fromMs, toMs, limit, previewBytes));
}

void LocalHistory::ping(qint64 pingId, QObject *, std::function<void(std::optional<Ping>)> done)
{
    done(m_reader.ping(pingId));
}

void LocalHistory::recent(qint64 monitorId, int count, QObject *,
                          std::function<void(QList<PingMark>)> done)
{
    done(m_reader.recent(monitorId, count));
}

void LocalHistory::timeline(qint64 monitorId, qint64 fromMs, qint64 toMs, QObject *context,
                            std::function<void(TimelineHistory)> done)
{
    QPointer<QObject> alive(context);
    const QString path = m_reader.path();
    QThreadPool::globalInstance()->start([=] {
        HistoryReader reader(path);
        auto history = std::make_shared<TimelineHistory>(
                TimelineHistory{reader.marks(monitorId, fromMs, toMs), reader.flips(monitorId),
                                reader.listeningSpans()});
        if (QCoreApplication *app = QCoreApplication::instance()) {
            QMetaObject::invokeMethod(app, [alive, done, history] {
                if (alive)
                    done(std::move(*history));
            });
        }
    });
}

void LocalHistory::incidentsAndAlerts(
        qint64 monitorId, int limit, QObject *,
        std::function<void(QList<Incident>, QList<AlertRecord>, QHash<qint64, QString>)> done)
{
    done(m_reader.incidents(monitorId, limit), m_reader.alerts(monitorId, limit),
         m_reader.channelNames());
}

void LocalHistory::figures(qint64 monitorId, const QList<qint64> &windowsMs, qint64 nowMs,
                           QObject *,
                           std::function<void(QList<std::optional<double>>, RunStatistics)> done)
{
    done(m_reader.uptimes(monitorId, windowsMs, nowMs), m_reader.runStatistics(monitorId));
}

// -- RemoteHistory -----------------------------------------------------------------------

RemoteHistory::RemoteHistory(remote::ApiClient &client, std::function<void(QString)> failed)
    : m_client(client), m_failed(std::move(failed))
{ }

void RemoteHistory::get(const QString &path, QObject *context,
                        std::function<void(std::optional<QJsonObject>)> done)
{
    QPointer<QObject> alive(context);
    m_client.request(
            "GET", path, {}, kReadTimeoutMs, [this, alive, done, path](const remote::Answer &a) {
                if (!alive)
                    return;
                if (a.failure != remote::Answer::Failure::None || a.status != 200) {
                    const QString why = a.failure != remote::Answer::Failure::None
                            ? a.error
                            : a.json.value(QLatin1String("error")).toString();
                    if (m_failed)
                        m_failed(QCoreApplication::translate(
                                         "RemoteHistory",
                                         "The history could not be read from the "
                                         "server: %1")
                                         .arg(why.isEmpty()
                                                      ? QStringLiteral("HTTP %1").arg(a.status)
                                                      : why));
                    done(std::nullopt);
                    return;
                }
                done(a.json);
            });
}

void RemoteHistory::pings(qint64 monitorId, qint64 fromMs, qint64 toMs, int limit, int previewBytes,
                          QObject *context, std::function<void(QList<Ping>)> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("monitor"), QString::number(monitorId));
    // The API's period is in ISO 8601; "all time" is simply no bound.
    if (fromMs > 0 && fromMs < std::numeric_limits<qint64>::max() / 2)
        q.addQueryItem(QStringLiteral("from"), isoUtc(fromMs));
    if (toMs > 0 && toMs < std::numeric_limits<qint64>::max() / 2)
        q.addQueryItem(QStringLiteral("to"), isoUtc(toMs));
    q.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(limit, 1, 5000)));
    q.addQueryItem(QStringLiteral("preview"), QString::number(previewBytes));
    get(pathOf(QStringLiteral("pings"), q), context,
        [done, monitorId](std::optional<QJsonObject> o) {
            QList<Ping> out;
            if (o) {
                for (const QJsonValue &v : o->value(QLatin1String("pings")).toArray()) {
                    Ping p = pingFromJson(v.toObject());
                    p.monitorId = monitorId;
                    out.append(std::move(p));
                }
            }
            done(std::move(out));
        });
}

void RemoteHistory::ping(qint64 pingId, QObject *context,
                         std::function<void(std::optional<Ping>)> done)
{
    get(kApi + QStringLiteral("pings/%1").arg(pingId), context,
        [done](std::optional<QJsonObject> o) {
            done(o ? std::optional<Ping>(pingFromJson(*o)) : std::nullopt);
        });
}

void RemoteHistory::recent(qint64 monitorId, int count, QObject *context,
                           std::function<void(QList<PingMark>)> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("monitor"), QString::number(monitorId));
    q.addQueryItem(QStringLiteral("recent"), QString::number(std::clamp(count, 1, 1000)));
    get(pathOf(QStringLiteral("marks"), q), context,
        [done](std::optional<QJsonObject> o) { done(o ? marksFrom(*o) : QList<PingMark>()); });
}

void RemoteHistory::timeline(qint64 monitorId, qint64 fromMs, qint64 toMs, QObject *context,
                             std::function<void(TimelineHistory)> done)
{
    // Three reads, answered together when the last is in.
    struct Pending
    {
        TimelineHistory history;
        int left = 3;
    };
    auto pending = std::make_shared<Pending>();
    auto oneIn = [pending, done] {
        if (--pending->left == 0)
            done(std::move(pending->history));
    };
    QUrlQuery period;
    period.addQueryItem(QStringLiteral("from"), isoUtc(std::max<qint64>(0, fromMs)));
    period.addQueryItem(QStringLiteral("to"), isoUtc(toMs));
    QUrlQuery marks = period;
    marks.addQueryItem(QStringLiteral("monitor"), QString::number(monitorId));
    get(pathOf(QStringLiteral("marks"), marks), context,
        [pending, oneIn](std::optional<QJsonObject> o) {
            if (o)
                pending->history.marks = marksFrom(*o);
            oneIn();
        });
    QUrlQuery flips;
    flips.addQueryItem(QStringLiteral("monitor"), QString::number(monitorId));
    get(pathOf(QStringLiteral("flips"), flips), context,
        [pending, oneIn](std::optional<QJsonObject> o) {
            if (o) {
                for (const QJsonValue &v : o->value(QLatin1String("flips")).toArray())
                    pending->history.flips.append(flipFromJson(v.toObject()));
            }
            oneIn();
        });
    get(pathOf(QStringLiteral("listening"), period), context,
        [pending, oneIn](std::optional<QJsonObject> o) {
            if (o) {
                for (const QJsonValue &v : o->value(QLatin1String("spans")).toArray())
                    pending->history.spans.append(listeningSpanFromJson(v.toObject()));
            }
            oneIn();
        });
}

void RemoteHistory::incidentsAndAlerts(
        qint64 monitorId, int limit, QObject *context,
        std::function<void(QList<Incident>, QList<AlertRecord>, QHash<qint64, QString>)> done)
{
    struct Pending
    {
        QList<Incident> incidents;
        QList<AlertRecord> alerts;
        QHash<qint64, QString> channels;
        int left = 2;
    };
    auto pending = std::make_shared<Pending>();
    auto oneIn = [pending, done] {
        if (--pending->left == 0)
            done(std::move(pending->incidents), std::move(pending->alerts),
                 std::move(pending->channels));
    };
    QUrlQuery q;
    if (monitorId > 0)
        q.addQueryItem(QStringLiteral("monitor"), QString::number(monitorId));
    q.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(limit, 1, 1000)));
    get(pathOf(QStringLiteral("incidents"), q), context,
        [pending, oneIn](std::optional<QJsonObject> o) {
            if (o) {
                for (const QJsonValue &v : o->value(QLatin1String("incidents")).toArray())
                    pending->incidents.append(incidentFromJson(v.toObject()));
            }
            oneIn();
        });
    get(pathOf(QStringLiteral("alerts"), q), context,
        [pending, oneIn](std::optional<QJsonObject> o) {
            if (o) {
                for (const QJsonValue &v : o->value(QLatin1String("alerts")).toArray())
                    pending->alerts.append(alertRecordFromJson(v.toObject(), &pending->channels));
            }
            oneIn();
        });
}

void RemoteHistory::figures(qint64 monitorId, const QList<qint64> &windowsMs, qint64,
                            QObject *context,
                            std::function<void(QList<std::optional<double>>, RunStatistics)> done)
{
    QStringList windows;
    for (qint64 ms : windowsMs)
        windows.append(QString::number(std::max<qint64>(1, ms / 1000)));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("windows"), windows.join(QLatin1Char(',')));
    const int count = int(windowsMs.size());
    get(pathOf(QStringLiteral("monitors/%1/figures").arg(monitorId), q), context,
        [done, count](std::optional<QJsonObject> o) {
            QList<std::optional<double>> uptimes(count);
            RunStatistics runs;
            if (o) {
                const QJsonArray list = o->value(QLatin1String("uptimes")).toArray();
                for (int i = 0; i < count && i < list.size(); ++i) {
                    if (list.at(i).isDouble())
                        uptimes[i] = list.at(i).toDouble();
                }
                const QJsonObject r = o->value(QLatin1String("runs")).toObject();
                runs.count = r.value(QLatin1String("count")).toInt();
                runs.medianMs = qint64(r.value(QLatin1String("median_ms")).toDouble(-1));
                runs.p95Ms = qint64(r.value(QLatin1String("p95_ms")).toDouble(-1));
            }
            done(std::move(uptimes), runs);
        });
}

AlertRecord alertRecordFromJson(const QJsonObject &o, QHash<qint64, QString> *channelNames)
{
    auto instant = [](const QJsonValue &v, qint64 otherwise) {
        return v.isString() ? parseIso(v.toString(), QTimeZone::utc()).value_or(otherwise)
                            : otherwise;
    };
    AlertRecord r;
    Alert &a = r.alert;
    a.id = qint64(o.value(QLatin1String("id")).toDouble());
    a.eventId = o.value(QLatin1String("event_id")).toString();
    a.kind = alertKindFromName(o.value(QLatin1String("kind")).toString()).value_or(AlertKind::Down);
    a.createdMs = instant(o.value(QLatin1String("time")), 0);
    a.monitorId = qint64(o.value(QLatin1String("monitor_id")).toDouble());
    a.incidentId = qint64(o.value(QLatin1String("incident_id")).toDouble());
    a.facts = o.value(QLatin1String("facts")).toObject();
    for (const QJsonValue &v : o.value(QLatin1String("deliveries")).toArray()) {
        const QJsonObject d = v.toObject();
        Delivery delivery;
        delivery.alertId = a.id;
        delivery.channelId = qint64(d.value(QLatin1String("channel_id")).toDouble());
        delivery.state = deliveryStateFromName(d.value(QLatin1String("state")).toString())
                                 .value_or(DeliveryState::Pending);
        delivery.attempts = d.value(QLatin1String("attempts")).toInt();
        delivery.outcome = d.value(QLatin1String("outcome")).toString();
        delivery.nextAttemptMs = instant(d.value(QLatin1String("next_attempt")), 0);
        delivery.doneMs = instant(d.value(QLatin1String("done")), -1);
        const QJsonArray tries = d.value(QLatin1String("tries")).toArray();
        if (!tries.isEmpty())
            delivery.lastAttemptMs
                    = instant(tries.last().toObject().value(QLatin1String("time")), -1);
        if (channelNames)
            channelNames->insert(delivery.channelId, d.value(QLatin1String("channel")).toString());
        r.deliveries.append(delivery);
    }
    return r;
}

} // namespace uptrack
