// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotecore.h"

#include "format/jsonformat.h"
#include "time/isotime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>
#include <QTimeZone>

#include <algorithm>

namespace uptrack::remote {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(remote)
};

constexpr int kRequestMs = 30'000;
/// How long monitor changes gather before the views hear of them.
constexpr int kBatchMs = 50;

QString sentence(const Answer &a, const QString &origin, const QString &what)
{
    if (a.failure != Answer::Failure::None)
        return a.error;
    return Tr::tr("%1 answered HTTP %2 to %3: %4")
            .arg(origin)
            .arg(a.status)
            .arg(what, a.json.value(QLatin1String("error")).toString());
}
} // namespace

Channel channelFromJson(const QJsonObject &o)
{
    Channel c;
    c.id = qint64(o.value(QLatin1String("id")).toDouble());
    c.uuid = o.value(QLatin1String("uuid")).toString();
    c.name = o.value(QLatin1String("name")).toString();
    c.kind = o.value(QLatin1String("kind")).toString();
    c.config = o.value(QLatin1String("config")).toObject();
    const QJsonArray on = o.value(QLatin1String("on")).toArray();
    c.onDown = on.contains(QStringLiteral("down"));
    c.onUp = on.contains(QStringLiteral("up"));
    c.reminderMs = qint64(o.value(QLatin1String("reminder")).toDouble() * 1000.0 + 0.5);
    c.isDefault = o.value(QLatin1String("default")).toBool();
    c.createdMs
            = parseIso(o.value(QLatin1String("created")).toString(), QTimeZone::utc()).value_or(0);
    return c;
}

RemoteCore::RemoteCore(QUrl server, QString apiKey, QString expectedFingerprint, QObject *parent)
    : QObject(parent)
    , m_client(server, apiKey, expectedFingerprint)
    , m_feed(server, apiKey, expectedFingerprint)
{
    connect(&m_feed, &EventFeed::connectedChanged, this, [this](bool on, const QString &why) {
        emit connectionChanged(on, why);
        if (on && !m_loaded && !m_loading)
            load(); // first open, or a load that failed before
    });
    connect(&m_feed, &EventFeed::event, this,
            [this](qint64, const QString &type, const QJsonObject &data) {
                if (m_loading || !m_loaded)
                    m_held.append({type, data});
                else
                    apply(type, data);
            });
    m_flush.setSingleShot(true);
    m_flush.setInterval(kBatchMs);
    connect(&m_flush, &QTimer::timeout, this, &RemoteCore::flushChanges);
    connect(&m_feed, &EventFeed::resync, this, [this] {
        // What happened meanwhile is gone: everything again.
        m_loaded = false;
        m_held.clear();
        load();
    });
}

void RemoteCore::flushChanges()
{
    m_flush.stop();
    if (m_changed.isEmpty())
        return;
    const QList<Monitor> changed = m_changed.values();
    m_changed.clear();
    emit monitorsChanged(changed);
}

void RemoteCore::setStreamTimings(int firstRetryMs, int maxRetryMs, int silenceMs)
{
    m_feed.setTimings(firstRetryMs, maxRetryMs, silenceMs);
}

void RemoteCore::start()
{
    // The stream first: what changes while the state loads is held, then applied.
    m_feed.start();
}

void RemoteCore::stop()
{
    m_feed.stop();
}

QList<Monitor> RemoteCore::snapshot() const
{
    QList<Monitor> all = m_monitors.values();
    std::sort(all.begin(), all.end(),
              [](const Monitor &a, const Monitor &b) { return a.id < b.id; });
    return all;
}

void RemoteCore::setChannels(const QJsonArray &list)
{
    m_channels.clear();
    m_channelIds.clear();
    for (const QJsonValue &c : list) {
        m_channels.append(channelFromJson(c.toObject()));
        m_channelIds.insert(m_channels.last().name, m_channels.last().id);
    }
}

void RemoteCore::load()
{
    if (m_loading)
        return;
    m_loading = true;
    QPointer<RemoteCore> self(this);
    m_client.request("GET", QStringLiteral("/api/uptrack/v1/channels"), {}, kRequestMs,
                     [self](const Answer &a) {
                         if (!self)
                             return;
                         if (a.status != 200) {
                             self->m_loading = false;
                             emit self->loadFailed(
                                     sentence(a, self->origin(), QStringLiteral("channels")));
                             return;
                         }
                         self->setChannels(a.json.value(QLatin1String("channels")).toArray());
                         self->loadMonitors();
                     });
}

void RemoteCore::loadMonitors()
{
    QPointer<RemoteCore> self(this);
    m_client.request(
            "GET", QStringLiteral("/api/uptrack/v1/monitors"), {}, kRequestMs,
            [self](const Answer &a) {
                if (!self)
                    return;
                self->m_loading = false;
                if (a.status != 200) {
                    emit self->loadFailed(sentence(a, self->origin(), QStringLiteral("monitors")));
                    return;
                }
                const QHash<QString, qint64> &ids = self->m_channelIds;
                self->m_monitors.clear();
                self->m_changed.clear(); // the whole state follows
                self->m_flush.stop();
                for (const QJsonValue &m : a.json.value(QLatin1String("monitors")).toArray()) {
                    const Monitor monitor = monitorFromJson(m.toObject(), ids);
                    self->m_monitors.insert(monitor.id, monitor);
                }
                self->m_loaded = true;
                emit self->loaded();
                emit self->channelsChanged();
                // What changed while it loaded, in order.
                const auto held = std::exchange(self->m_held, {});
                for (const auto &[type, data] : held) {
                    if (!self)
                        return;
                    self->apply(type, data);
                }
            });
}

void RemoteCore::apply(const QString &type, const QJsonObject &data)
{
    if (type == QLatin1String("monitor")) {
        const qint64 id = qint64(data.value(QLatin1String("id")).toDouble());
        if (data.value(QLatin1String("removed")).toBool()) {
            flushChanges(); // in order: what changed before it went
            m_changed.remove(id);
            if (m_monitors.remove(id) > 0)
                emit monitorRemoved(id);
            return;
        }
        Monitor m = monitorFromJson(data, m_channelIds);
        m_monitors.insert(m.id, m);
        // Told in batches, as the local core tells a commit's: a busy core sends a
        // thousand of these a second, and each batch is one pass over the views.
        m_changed.insert(m.id, std::move(m));
        if (!m_flush.isActive())
            m_flush.start();
    } else if (type == QLatin1String("flip")) {
        flushChanges(); // the monitor's new state first, then its flip
        emit flipped(flipFromJson(data));
    } else if (type == QLatin1String("incident") || type == QLatin1String("alert")) {
        emit historyChanged();
    } else if (type == QLatin1String("channel")) {
        // The event names them; their settings come with the list.
        QPointer<RemoteCore> self(this);
        m_client.request("GET", QStringLiteral("/api/uptrack/v1/channels"), {}, kRequestMs,
                         [self](const Answer &a) {
                             if (!self || a.status != 200)
                                 return;
                             self->setChannels(a.json.value(QLatin1String("channels")).toArray());
                             emit self->channelsChanged();
                         });
    }
}

void RemoteCore::command(const command::Command &command, std::function<void(command::Reply)> done)
{
    const QString origin = this->origin();
    m_client.request(
            "POST", QStringLiteral("/api/uptrack/v1/commands"), command::toJson(command),
            kRequestMs, [done, origin](const Answer &a) {
                if (a.failure == Answer::Failure::None && (a.status == 200 || a.status == 400)
                    && a.json.contains(QLatin1String("ok"))) {
                    done(command::Reply::fromJson(a.json));
                    return;
                }
                done(command::Reply::failure(sentence(a, origin, QStringLiteral("the command"))));
            });
}

} // namespace uptrack::remote
