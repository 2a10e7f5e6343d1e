// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine.h"

#include "notify/alertfacts.h"
#include "security/constanttime.h"
#include "statemachine.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcEngine, "uptrack.engine")

namespace uptrack {

namespace {
QString newPingKey()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(words), sizeof words)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

Engine::Engine(Database &db, const Clock &clock, EngineOptions options, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_options(options)
    , m_monitorRepo(db)
    , m_pingRepo(db)
    , m_history(db)
    , m_channelRepo(db)
    , m_alertRepo(db)
{
    m_deadlineTimer.setSingleShot(true);
    m_deadlineTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &Engine::processDue);
    m_tickTimer.setInterval(m_options.tickMs);
    connect(&m_tickTimer, &QTimer::timeout, this, &Engine::tick);
    m_commitTimer.setSingleShot(true);
    m_commitTimer.setInterval(0);
    connect(&m_commitTimer, &QTimer::timeout, this, [this] { commitNow(); });
    m_notifyTimer.setSingleShot(true);
    m_notifyTimer.setInterval(m_options.notifyMs);
    connect(&m_notifyTimer, &QTimer::timeout, this, &Engine::emitChanges);
}

Engine::~Engine() = default;

bool Engine::load(QString *error)
{
    QList<Monitor> all;
    if (!m_monitorRepo.loadAll(&all)) {
        *error = m_db.describe(m_monitorRepo.lastError());
        return false;
    }
    QList<Channel> channels;
    if (!m_channelRepo.loadAll(&channels)) {
        *error = m_db.describe(m_channelRepo.lastError());
        return false;
    }
    m_channels.clear();
    for (const Channel &c : std::as_const(channels))
        m_channels.insert(c.id, c);
    m_monitors.clear();
    m_byToken.clear();
    m_bySlug.clear();
    for (const Monitor &m : std::as_const(all)) {
        m_monitors.insert(m.id, m);
        index(m);
    }
    m_pingKey = m_history.meta(QStringLiteral("ping_key"));
    if (m_pingKey.isEmpty()) {
        m_pingKey = newPingKey();
        if (!m_history.setMeta(QStringLiteral("ping_key"), m_pingKey)) {
            *error = m_db.describe(m_history.lastError());
            return false;
        }
    }
    return true;
}

bool Engine::regeneratePingKey(QString *error)
{
    const QString key = newPingKey();
    if (!m_history.setMeta(QStringLiteral("ping_key"), key)) {
        *error = m_db.describe(m_history.lastError());
        return false;
    }
    m_pingKey = key;
    return true;
}

void Engine::start()
{
    const qint64 now = m_clock.nowMs();
    m_listenStart = now;
    {
        QList<ListeningSpan> spans;
        m_gapStart = m_history.spans(&spans) && !spans.isEmpty() ? spans.last().endMs : -1;
    }
    m_lastTick = now;
    m_lastMonotonic = m_clock.monotonicMs();
    m_lastBoot = m_clock.bootMs();
    m_spanId = m_history.openSpan(now);
    m_started = true;
    for (const Monitor &m : std::as_const(m_monitors))
        reschedule(m);
    m_tickTimer.start();
    processDue();
}

void Engine::stop()
{
    if (!m_started)
        return;
    commitNow();
    if (m_spanId >= 0)
        m_history.extendSpan(m_spanId, m_clock.nowMs());
    m_tickTimer.stop();
    m_deadlineTimer.stop();
    m_started = false;
    emitChanges();
}

void Engine::index(const Monitor &m)
{
    m_byToken.insert(m.token, m.id);
    m_bySlug.insert(m.slug, m.id);
}

void Engine::unindex(const Monitor &m)
{
    m_byToken.remove(m.token);
    m_bySlug.remove(m.slug);
}

const Monitor *Engine::monitor(qint64 id) const
{
    const auto it = m_monitors.constFind(id);
    return it == m_monitors.constEnd() ? nullptr : &it.value();
}

const Monitor *Engine::find(const QString &ref) const
{
    bool isNumber = false;
    const qint64 id = ref.toLongLong(&isNumber);
    if (isNumber) {
        if (const Monitor *m = monitor(id))
            return m;
    }
    if (const auto it = m_byToken.constFind(ref.toLower()); it != m_byToken.constEnd())
        return monitor(it.value());
    if (const auto it = m_bySlug.constFind(ref); it != m_bySlug.constEnd())
        return monitor(it.value());
    return nullptr;
}

QList<Monitor> Engine::monitors() const
{
    QList<Monitor> out;
    out.reserve(m_monitors.size());
    for (const Monitor &m : m_monitors)
        out.append(m);
    std::sort(out.begin(), out.end(),
              [](const Monitor &a, const Monitor &b) { return a.id < b.id; });
    return out;
}

qint64 Engine::resolve(const PingSubmission &ping, PingOutcome *outcome, QString *error)
{
    *outcome = PingOutcome::Ok;
    if (!ping.token.isEmpty()) {
        if (const auto it = m_byToken.constFind(ping.token); it != m_byToken.constEnd())
            return it.value();
        // Added by a sub-command that wrote the database directly (no running
        // instance was reachable at that moment): pick it up now.
        if (auto m = m_monitorRepo.find(ping.token);
            m && constantTimeEquals(m->token, ping.token)) {
            m_monitors.insert(m->id, *m);
            index(*m);
            reschedule(*m);
            return m->id;
        }
        *outcome = PingOutcome::NotFound;
        return 0;
    }
    if (!constantTimeEquals(ping.pingKey, m_pingKey)) {
        *outcome = PingOutcome::NotFound;
        return 0;
    }
    if (const auto it = m_bySlug.constFind(ping.slug); it != m_bySlug.constEnd())
        return it.value();
    if (auto m = m_monitorRepo.find(ping.slug); m && m->slug == ping.slug) {
        m_monitors.insert(m->id, *m);
        index(*m);
        reschedule(*m);
        return m->id;
    }
    if (!ping.create) {
        *outcome = PingOutcome::NotFound;
        return 0;
    }
    if (!MonitorRules::isValidSlug(ping.slug)) {
        *outcome = PingOutcome::Invalid;
        return 0;
    }
    MonitorSpec spec;
    spec.name = ping.slug;
    spec.slug = ping.slug;
    const auto created = addMonitor(spec, error);
    if (!created) {
        *outcome = PingOutcome::StorageFailed;
        return 0;
    }
    *outcome = PingOutcome::Created;
    return created->id;
}

void Engine::submitPing(PingSubmission submission, PingCallback done)
{
    PingOutcome outcome;
    QString error;
    const qint64 id = resolve(submission, &outcome, &error);
    if (id == 0) {
        done(outcome);
        return;
    }
    Monitor &m = m_monitors[id];
    // Keyword filters decide what a plain ping means, for jobs that can only send a log.
    if (submission.kind == PingKind::Success && submission.exitStatus < 0)
        submission.kind = classifyByKeywords(m, submission.body);
    // A check decides its state itself; a ping to it is kept as a message.
    if (m.isCheck())
        submission.kind = PingKind::Log;
    Ping ping;
    ping.monitorId = id;
    ping.timeMs = m_clock.nowMs();
    ping.kind = submission.kind;
    ping.exitStatus = submission.exitStatus;
    ping.rid = submission.rid;
    ping.source = submission.source;
    ping.method = submission.method;
    ping.userAgent = submission.userAgent;
    ping.body = std::move(submission.body);
    ping.bodyTruncated = submission.bodyTruncated;

    const StateChange change = StateMachine::onPing(m, ping);
    apply(m, change, &ping);
    m_dirty.insert(id);
    m_pending.append({std::move(ping), std::move(done), outcome});
    reschedule(m);
    scheduleCommit();
}

void Engine::submitCheckResult(qint64 monitorId, const CheckResult &result)
{
    const auto it = m_monitors.find(monitorId);
    if (it == m_monitors.end() || !it->isCheck())
        return; // removed or changed while the check ran
    Monitor &m = *it;
    Ping ping;
    ping.monitorId = monitorId;
    ping.timeMs = result.timeMs;
    ping.kind = result.ok ? PingKind::Success : PingKind::Fail;
    ping.durationMs = result.latencyMs;
    ping.source = result.address;
    ping.method = m.kind == MonitorKind::Tcp ? QStringLiteral("TCP") : m.check.method;
    ping.userAgent = QStringLiteral("Uptrack check");
    ping.body = (result.ok ? result.detail : result.reason + QStringLiteral(" · ") + result.detail)
                        .toUtf8();
    if (result.certExpiryMs >= 0)
        m.certExpiryMs = result.certExpiryMs;
    const StateChange change = StateMachine::onCheckResult(m, ping, result.reason);
    apply(m, change, &ping);
    if (StateMachine::certificateWarningDue(m, result.timeMs)) {
        m.certWarnedMs = m.certExpiryMs;
        queueAlert(m, AlertFacts::certificate(m, result.timeMs));
    }
    m_dirty.insert(monitorId);
    m_pending.append({std::move(ping), [](const PingOutcome &) {}, PingOutcome{}});
    scheduleCommit();
}

void Engine::queueAlert(const Monitor &m, const Alert &alert)
{
    QList<qint64> targets;
    const bool recovery = alert.kind == QLatin1String("up");
    for (qint64 id : std::as_const(m.channelIds)) {
        const auto c = m_channels.constFind(id);
        if (c != m_channels.constEnd() && (recovery ? c->onUp : c->onDown))
            targets.append(id);
    }
    m_pendingAlerts.append({alert, targets});
}

PingKind Engine::classifyByKeywords(const Monitor &m, const QByteArray &body)
{
    if (m.successKeywords.isEmpty() && m.failureKeywords.isEmpty() && m.startKeywords.isEmpty())
        return PingKind::Success;
    const QString text = QString::fromUtf8(body);
    auto matches = [&](const QString &keywords) {
        for (const QString &k : keywords.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (text.contains(k.trimmed(), Qt::CaseInsensitive))
                return true;
        }
        return false;
    };
    if (matches(m.failureKeywords))
        return PingKind::Fail;
    if (matches(m.successKeywords))
        return PingKind::Success;
    if (matches(m.startKeywords))
        return PingKind::Start;
    // No keyword matched: with success keywords configured the ping says nothing about
    // the job (kept as a log, as Healthchecks ignores it); without, it is a success, so
    // failure keywords alone do not stop a job from ever succeeding.
    return m.successKeywords.trimmed().isEmpty() ? PingKind::Success : PingKind::Log;
}

void Engine::apply(Monitor &m, const StateChange &change, const Ping *ping)
{
    // A run that finished but took longer than the monitor's slow-run threshold.
    if (ping && m.slowRunMs > 0 && ping->durationMs > m.slowRunMs
        && (ping->kind == PingKind::Success || ping->kind == PingKind::Fail))
        queueAlert(m, AlertFacts::slowRun(m, *ping));
    for (const Flip &f : change.flips) {
        m_pendingFlips.append(f);
        // Down and recovery flips raise an alert, recorded even when no channel
        // hears it; each subscribed channel that wants that kind gets a delivery.
        if (auto alert = AlertFacts::forFlip(m, f, ping))
            queueAlert(m, *alert);
    }
    if (change.closeIncident) {
        Incident i;
        i.monitorId = m.id;
        i.endMs = change.incidentAt;
        m_pendingIncidents.append({false, i});
    }
    if (change.openIncident) {
        Incident i;
        i.monitorId = m.id;
        i.startMs = change.incidentAt;
        i.reason = change.incidentReason;
        m_pendingIncidents.append({true, i});
    }
    if (!change.isEmpty())
        m_dirty.insert(m.id);
}

void Engine::reschedule(const Monitor &m)
{
    if (!m_started)
        return;
    m_deadlines.schedule(m.id, StateMachine::nextWake(m));
    armTimer();
}

void Engine::armTimer()
{
    const auto first = m_deadlines.earliest();
    if (!first || !m_started) {
        m_deadlineTimer.stop();
        return;
    }
    const qint64 now = m_clock.nowMs();
    qint64 when = first->when;
    if (m_storageFailed)
        when = std::max(when, m_retryAfter);
    // Capped so a clock jump is noticed by the tick at the latest.
    const qint64 delay = std::clamp<qint64>(when - now, 0, m_options.tickMs);
    // A timer armed for an earlier instant is left alone: firing early costs one
    // empty pass, while re-arming on every ping (each pushes its monitor's deadline
    // later) cost a timer restart per request.
    if (m_deadlineTimer.isActive() && m_armedFor <= now + delay)
        return;
    m_armedFor = now + delay;
    m_deadlineTimer.start(int(delay));
}

void Engine::processDue()
{
    if (!m_started)
        return;
    // After a resume this timer can beat the tick: notice the sleep first, so that
    // deadlines that fell while asleep are treated as such.
    noticeSleep();
    const qint64 now = m_clock.nowMs();
    if (m_storageFailed && now < m_retryAfter) {
        armTimer();
        return;
    }
    bool changed = false;
    while (const auto entry = m_deadlines.popDue(now)) {
        auto it = m_monitors.find(entry->monitorId);
        if (it == m_monitors.end())
            continue;
        Monitor &m = it.value();
        const StateChange change = entry->when < m_listenStart
                ? StateMachine::onGap(m, m_gapStart, m_listenStart, now)
                : StateMachine::onDeadline(m, entry->when);
        if (entry->when < m_listenStart)
            m_dirty.insert(m.id); // "no data since" is stored even without a flip
        apply(m, change);
        changed = changed || !change.isEmpty();
        const qint64 next = StateMachine::nextWake(m);
        // Every deadline moves the state on; a wake that did not is dropped so a
        // bad state can never spin this loop.
        if (change.isEmpty() && next <= entry->when)
            continue;
        m_deadlines.schedule(m.id, next);
    }
    if (changed)
        commitNow();
    armTimer();
}

void Engine::tick()
{
    if (!m_started)
        return;
    if (!noticeSleep() && m_spanId >= 0)
        m_history.extendSpan(m_spanId, std::max(m_clock.nowMs(), m_lastTick));
    m_lastTick = m_clock.nowMs();
    processDue();
}

bool Engine::noticeSleep()
{
    const qint64 now = m_clock.nowMs();
    const qint64 monotonic = m_clock.monotonicMs();
    const qint64 boot = m_clock.bootMs();
    // The monotonic clock stops during a suspend, the boot clock does not: their
    // difference is time asleep. A wall clock that moved differently from the boot
    // clock was changed by someone, which is not a sleep.
    const qint64 asleep = (boot - m_lastBoot) - (monotonic - m_lastMonotonic);
    const qint64 wallJump = (now - m_lastTick) - (boot - m_lastBoot);
    m_lastMonotonic = monotonic;
    m_lastBoot = boot;
    if (asleep > m_options.gapMs) {
        qCInfo(lcEngine) << "not listening for" << asleep << "ms (the machine was asleep)";
        m_history.extendSpan(m_spanId, m_lastTick);
        m_gapStart = m_lastTick;
        m_spanId = m_history.openSpan(now);
        m_listenStart = now;
        m_lastTick = now;
        return true;
    }
    if (std::llabs(wallJump) > m_options.gapMs)
        qCInfo(lcEngine) << "the wall clock was changed by" << wallJump << "ms";
    m_lastTick = now;
    return false;
}

void Engine::scheduleCommit()
{
    if (!m_commitTimer.isActive())
        m_commitTimer.start();
}

bool Engine::commitNow()
{
    m_commitTimer.stop();
    if (m_pending.isEmpty() && m_dirty.isEmpty() && m_pendingFlips.isEmpty()
        && m_pendingIncidents.isEmpty() && m_pendingAlerts.isEmpty())
        return true;

    QSqlError failure;
    bool ok = m_db.begin();
    if (!ok)
        failure = m_db.lastError();
    if (ok && !m_pending.isEmpty()) {
        QList<const Ping *> rows;
        rows.reserve(m_pending.size());
        for (const auto &p : std::as_const(m_pending))
            rows.append(&p.ping);
        ok = m_pingRepo.insertAll(rows);
        if (!ok)
            failure = m_pingRepo.lastError();
    }
    for (qint64 id : std::as_const(m_dirty)) {
        if (!ok)
            break;
        const auto it = m_monitors.constFind(id);
        if (it == m_monitors.constEnd())
            continue;
        ok = m_monitorRepo.updateState(it.value());
        if (!ok)
            failure = m_monitorRepo.lastError();
    }
    for (auto &f : m_pendingFlips) {
        if (!ok)
            break;
        ok = m_history.insertFlip(&f);
        if (!ok)
            failure = m_history.lastError();
    }
    for (auto &op : m_pendingIncidents) {
        if (!ok)
            break;
        ok = op.open ? m_history.openIncident(&op.incident)
                     : m_history.closeIncident(op.incident.monitorId, op.incident.endMs);
        if (!ok)
            failure = m_history.lastError();
    }
    // Alerts go into the outbox in the same transaction as the flips that raised
    // them: a crash can lose neither one without the other.
    for (auto &pa : m_pendingAlerts) {
        if (!ok)
            break;
        ok = m_alertRepo.insertAlert(&pa.alert);
        for (qint64 channel : std::as_const(pa.channelIds)) {
            if (!ok)
                break;
            Delivery d;
            d.alertId = pa.alert.id;
            d.channelId = channel;
            d.nextAttemptMs = pa.alert.createdMs;
            ok = m_alertRepo.insertDelivery(&d);
        }
        if (!ok)
            failure = m_alertRepo.lastError();
    }
    // Retention, amortised: prune a monitor once it is 10% over its cap.
    const qint64 keep = m_options.pingsKeptPerMonitor;
    const qint64 slack = std::max<qint64>(10, keep / 10);
    QHash<qint64, qint64> added;
    for (const auto &p : std::as_const(m_pending))
        ++added[p.ping.monitorId];
    QHash<qint64, qint64> pruned;
    for (auto it = added.cbegin(); ok && it != added.cend(); ++it) {
        const auto m = m_monitors.constFind(it.key());
        if (m == m_monitors.constEnd() || m->storedPings + it.value() <= keep + slack)
            continue;
        ok = m_pingRepo.prune(it.key(), keep) >= 0;
        if (!ok)
            failure = m_pingRepo.lastError();
        pruned.insert(it.key(), keep);
    }
    if (ok) {
        ok = m_db.commit();
        if (!ok)
            failure = m_db.lastError();
    }

    const bool alerted = !m_pendingAlerts.isEmpty();
    m_pendingAlerts.clear();
    QList<PendingPing> pending = std::move(m_pending);
    QList<Flip> flips = std::move(m_pendingFlips);
    const QSet<qint64> dirty = std::move(m_dirty);
    m_pending.clear();
    m_pendingFlips.clear();
    m_pendingIncidents.clear();
    m_dirty.clear();

    if (!ok) {
        m_db.rollback();
        const QString message = m_db.describe(failure);
        qCWarning(lcEngine) << "commit failed:" << message;
        // Memory must match what is on disk: the pings were not stored.
        reloadFromDatabase(dirty);
        m_storageFailed = true;
        m_retryAfter = m_clock.nowMs() + 1000;
        for (auto &p : pending)
            p.done(PingOutcome::StorageFailed);
        emit storageFailed(message);
        armTimer();
        return false;
    }

    if (m_storageFailed) {
        m_storageFailed = false;
        emit storageRecovered();
    }
    for (auto it = added.cbegin(); it != added.cend(); ++it) {
        auto m = m_monitors.find(it.key());
        if (m != m_monitors.end())
            m->storedPings = pruned.value(it.key(), m->storedPings + it.value());
    }
    for (auto &p : pending)
        p.done(p.outcome);
    for (const Flip &f : std::as_const(flips))
        emit flipped(f);
    if (alerted)
        emit outboxChanged();
    for (qint64 id : dirty)
        markChanged(id);
    return true;
}

bool Engine::reloadFromDatabase(const QSet<qint64> &ids)
{
    bool ok = true;
    for (qint64 id : ids) {
        const auto fresh = m_monitorRepo.load(id);
        if (!fresh) {
            ok = false;
            continue;
        }
        auto it = m_monitors.find(id);
        if (it == m_monitors.end())
            continue;
        it.value() = *fresh;
        reschedule(*fresh);
        markChanged(id);
    }
    return ok;
}

void Engine::markChanged(qint64 id)
{
    m_changed.insert(id);
    if (!m_notifyTimer.isActive())
        m_notifyTimer.start();
}

void Engine::emitChanges()
{
    for (qint64 id : std::as_const(m_removed))
        emit monitorRemoved(id);
    m_removed.clear();
    if (m_changed.isEmpty())
        return;
    QList<Monitor> changed;
    changed.reserve(m_changed.size());
    for (qint64 id : std::as_const(m_changed)) {
        if (const Monitor *m = monitor(id))
            changed.append(*m);
    }
    m_changed.clear();
    if (!changed.isEmpty())
        emit monitorsChanged(changed);
}

} // namespace uptrack
