// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channelkind.h"
#include "desktopsink.h"
#include "notifieroptions.h"
#include "storage/alertrepository.h"
#include "storage/channelrepository.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace uptrack {

class Clock;
class Database;

class SecretStore;

/// Works through the outbox: sends every pending delivery through its channel,
/// records each attempt, and retries passing failures with growing delays (honouring
/// Retry-After) for up to a day. Which alerts there are is the engine's business (the
/// alert policy); this only delivers them. Lives in the core thread beside the engine
/// and shares its database connection. One timer, armed for the next retry; idle, it
/// costs nothing.
class Notifier : public QObject
{
    Q_OBJECT
public:
    Notifier(Database &db, const Clock &clock, const SecretStore &secrets,
             NotifierOptions options = {}, QObject *parent = nullptr);
    ~Notifier() override;

    void setDesktopSink(DesktopSink *sink) { m_desktop = sink; }
    void start();
    void stop();
    /// New deliveries are in the outbox (the engine committed alerts).
    void wake();
    /// Channels were added, edited or removed: forget cached settings and secrets.
    void channelsChanged();
    /// Sends what is due now (the timer calls it).
    void processDue();
    /// Sends a test message through a channel now, records it, and reports.
    void sendTest(qint64 channelId, std::function<void(bool ok, const QString &outcome)> done);

    int inFlight() const { return int(m_inFlight.size()); }
    /// How long until the next retry for a delivery that failed `attempts` times.
    qint64 retryDelay(int attempts, qint64 retryAfterMs) const;

signals:
    void deliveryFinished(qint64 deliveryId, bool delivered, const QString &outcome);

private:
    void deliver(const Delivery &delivery, const Alert &alert, const Channel &channel,
                 std::function<void(DeliveryResult)> done);
    void finish(Delivery delivery, const Alert &alert, const DeliveryResult &result);
    void arm();
    std::optional<Channel> channel(qint64 id);

    Database &m_db;
    const Clock &m_clock;
    const SecretStore &m_secrets;
    NotifierOptions m_options;
    AlertRepository m_alerts;
    ChannelRepository m_channels;
    QNetworkAccessManager m_network;
    QPointer<DesktopSink> m_desktop;
    QTimer m_timer;
    QTimer m_soon;
    QSet<qint64> m_inFlight; ///< delivery ids
    QHash<qint64, int> m_inFlightPerChannel;
    QHash<qint64, Channel> m_channelCache;
    QHash<QString, QString> m_secretCache; ///< secretRef -> secret, in memory only
    bool m_started = false;
};

} // namespace uptrack
