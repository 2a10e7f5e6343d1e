// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifier.h"

#include "alertmessage.h"
#include "desktopsink.h"
#include "notifylog.h"
#include "policy/alertpolicy.h"
#include "secrets/secretstore.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QCoreApplication>

Q_LOGGING_CATEGORY(lcNotify, "uptrack.notify")

namespace uptrack {

namespace {
constexpr int kBatch = 500;
}

Notifier::Notifier(Database &db, const Clock &clock, const SecretStore &secrets,
                   NotifierOptions options, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_secrets(secrets)
    , m_options(options)
    , m_alerts(db)
    , m_channels(db)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Notifier::processDue);
    m_soon.setSingleShot(true);
    m_soon.setInterval(0);
    connect(&m_soon, &QTimer::timeout, this, &Notifier::processDue);
    m_network.setAutoDeleteReplies(false);
}

Notifier::~Notifier() = default;

void Notifier::start()
{
    m_started = true;
    processDue();
}

void Notifier::stop()
{
    m_started = false;
    m_timer.stop();
    m_soon.stop();
}

void Notifier::wake()
{
    if (m_started && !m_soon.isActive())
        m_soon.start();
}

void Notifier::channelsChanged()
{
    m_channelCache.clear();
    m_secretCache.clear();
    wake();
}

std::optional<Channel> Notifier::channel(qint64 id)
{
    if (const auto it = m_channelCache.constFind(id); it != m_channelCache.constEnd())
        return it.value();
    auto c = m_channels.find(QString::number(id));
    if (c && c->id == id)
        m_channelCache.insert(id, *c);
    return c;
}

qint64 Notifier::retryDelay(int attempts, qint64 retryAfterMs) const
{
    qint64 delay = m_options.firstRetryMs;
    for (int i = 1; i < attempts && delay < m_options.maxRetryMs; ++i)
        delay *= 2;
    delay = std::min(delay, m_options.maxRetryMs);
    // The receiver knows best when it can take more (but not past a day).
    if (retryAfterMs > delay)
        delay = std::min<qint64>(retryAfterMs, m_options.giveUpAfterMs);
    return delay;
}

void Notifier::processDue()
{
    if (!m_started)
        return;
    const qint64 now = m_clock.nowMs();
    QList<Delivery> due;
    if (!m_alerts.due(now, kBatch + int(m_inFlight.size()), &due)) {
        qCWarning(lcNotify) << "cannot read the outbox:" << m_db.describe(m_alerts.lastError());
        m_timer.start(5000);
        return;
    }
    QHash<qint64, Alert> alerts;
    for (const Delivery &d : std::as_const(due)) {
        if (m_inFlight.contains(d.id))
            continue;
        const auto c = channel(d.channelId);
        if (!c)
            continue; // removed meanwhile: its deliveries went with it
        if (m_inFlightPerChannel.value(d.channelId) >= m_options.maxInFlightPerChannel)
            continue;
        if (!alerts.contains(d.alertId)) {
            const auto a = m_alerts.alert(d.alertId);
            if (!a)
                continue;
            alerts.insert(d.alertId, *a);
        }
        const Alert alert = alerts.value(d.alertId);
        m_inFlight.insert(d.id);
        ++m_inFlightPerChannel[d.channelId];
        deliver(d, alert, *c, [this, d, alert](const DeliveryResult &r) { finish(d, alert, r); });
    }
    arm();
}

void Notifier::arm()
{
    const qint64 now = m_clock.nowMs();
    // The earliest pending delivery that is not already being sent. A due one that could
    // not start waits for a slot: a finishing delivery wakes us.
    const qint64 next = m_alerts.earliestPending(m_inFlight);
    if (next <= now) {
        m_timer.stop();
        return;
    }
    // Capped so a changed wall clock is noticed within a minute.
    m_timer.start(int(std::clamp<qint64>(next - now, 0, 60'000)));
}

void Notifier::deliver(const Delivery &delivery, const Alert &alert, const Channel &channel,
                       std::function<void(DeliveryResult)> done)
{
    Q_UNUSED(delivery);
    const ChannelKind *kind = ChannelKinds::find(channel.kind);
    if (!kind) {
        DeliveryResult r;
        r.outcome = tr("unknown channel kind \"%1\"").arg(channel.kind);
        done(r);
        return;
    }
    auto send = [this, kind, alert, channel, done](const QString &secret) {
        DeliveryContext context{this, &m_network, m_desktop.data(), &m_clock};
        kind->deliver(DeliveryJob{alert, channel, secret}, context, done);
    };
    if (channel.secretRef.isEmpty()) {
        if (kind->secretRequired()) {
            // A configuration mistake, not an outage: retrying cannot help.
            DeliveryResult r;
            r.verdict = DeliveryResult::Verdict::Failed;
            r.outcome = tr("the channel has no %1 in the keychain; remove it and add it again "
                           "with one")
                                .arg(kind->secretLabel());
            done(r);
            return;
        }
        send(QString());
        return;
    }
    if (const auto it = m_secretCache.constFind(channel.secretRef);
        it != m_secretCache.constEnd()) {
        send(it.value());
        return;
    }
    QPointer<Notifier> self(this);
    m_secrets.read(
            SecretStore::channelKey(channel.secretRef),
            [self, channel, send, done](bool ok, const QString &value, const QString &error) {
                if (!self)
                    return;
                if (!ok) {
                    // The keychain may be locked now and open later: retry.
                    DeliveryResult r;
                    r.verdict = DeliveryResult::Verdict::Retry;
                    r.outcome = error;
                    done(r);
                    return;
                }
                self->m_secretCache.insert(channel.secretRef, value);
                send(value);
            });
}

void Notifier::finish(Delivery d, const Alert &alert, const DeliveryResult &r)
{
    const qint64 now = m_clock.nowMs();
    m_inFlight.remove(d.id);
    if (--m_inFlightPerChannel[d.channelId] <= 0)
        m_inFlightPerChannel.remove(d.channelId);

    ++d.attempts;
    d.lastAttemptMs = now;
    d.outcome = r.outcome;
    switch (r.verdict) {
    case DeliveryResult::Verdict::Delivered:
        d.state = DeliveryState::Delivered;
        d.doneMs = now;
        break;
    case DeliveryResult::Verdict::Failed:
        d.state = DeliveryState::Failed;
        d.doneMs = now;
        break;
    case DeliveryResult::Verdict::Retry: {
        const qint64 next = now + retryDelay(d.attempts, r.retryAfterMs);
        if (next - alert.createdMs > m_options.giveUpAfterMs) {
            d.state = DeliveryState::Failed;
            d.doneMs = now;
            d.outcome = tr("gave up after %1 attempts over %2: %3")
                                .arg(d.attempts)
                                .arg(humanDuration(now - alert.createdMs), r.outcome);
        } else {
            d.nextAttemptMs = next;
        }
        break;
    }
    }
    DeliveryAttempt attempt;
    attempt.deliveryId = d.id;
    attempt.timeMs = now;
    attempt.success = r.verdict == DeliveryResult::Verdict::Delivered;
    attempt.outcome = r.outcome;
    if (!m_alerts.recordAttempt(d, attempt))
        qCWarning(lcNotify) << "cannot record a delivery attempt:"
                            << m_db.describe(m_alerts.lastError());
    if (d.state != DeliveryState::Pending)
        qCInfo(lcNotify).noquote() << "alert" << alert.eventId << "to channel" << d.channelId
                                   << deliveryStateName(d.state) << "after" << d.attempts
                                   << "attempt(s):" << r.outcome;
    emit deliveryFinished(d.id, attempt.success, r.outcome);
    wake();
}

void Notifier::sendTest(qint64 channelId, std::function<void(bool, const QString &)> done)
{
    m_channelCache.remove(channelId);
    const auto c = channel(channelId);
    if (!c) {
        done(false, tr("No such channel."));
        return;
    }
    const Alert alert = AlertPolicy::test(*c, m_clock.nowMs());
    QPointer<Notifier> self(this);
    deliver(Delivery{}, alert, *c, [self, alert, channelId, done](const DeliveryResult &r) {
        if (!self)
            return;
        // Recorded like any alert, so the history shows tests too.
        Alert stored = alert;
        Delivery d;
        d.channelId = channelId;
        d.attempts = 1;
        d.lastAttemptMs = self->m_clock.nowMs();
        d.nextAttemptMs = d.lastAttemptMs;
        d.doneMs = d.lastAttemptMs;
        d.outcome = r.outcome;
        d.state = r.verdict == DeliveryResult::Verdict::Delivered ? DeliveryState::Delivered
                                                                  : DeliveryState::Failed;
        DeliveryAttempt attempt{0, 0, d.lastAttemptMs, d.state == DeliveryState::Delivered,
                                r.outcome};
        if (self->m_db.begin() && self->m_alerts.insertAlert(&stored)) {
            d.alertId = stored.id;
            if (self->m_alerts.insertDelivery(&d) && self->m_db.commit()) {
                attempt.deliveryId = d.id;
                self->m_alerts.recordAttempt(d, attempt);
            } else {
                self->m_db.rollback();
            }
        } else {
            self->m_db.rollback();
        }
        done(attempt.success, r.outcome);
    });
}

} // namespace uptrack
