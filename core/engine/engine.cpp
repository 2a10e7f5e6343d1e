// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Engine: the registry, the ping path, deadlines and reminders, group commit. The
// management commands are in enginecommands.cpp.
#include "engine.h"

#include "enginelog.h"
#include "policy/alertpolicy.h"
#include "security/constanttime.h"
#include "state/keywords.h"
#include "storage/checkpointer.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcEngine, "uptrack.engine")

namespace uptrack {

namespace {
/// A commit this slow is logged (every ping in it waited that long).
constexpr qint64 kSlowCommitMs = 50;
/// Between two pruning steps, for the pings that came meanwhile.
constexpr int kPruneStepMs = 5;

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
    , m_history(db)
    , m_channelRepo(db)
    , m_alertRepo(db)
    , m_meta(db)
    , m_listening(m_history, clock, options.gapMs)
    , m_batch(db)
    , m_pruner(db)
    , m_apiKeyRepo(db)
    , m_maintenanceRepo(db)
    , m_muteRepo(db)
{
    m_deadlineTimer.setSingleShot(true);
    m_deadlineTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &Engine::processDue);
    m_tickTimer.setInterval(m_options.tickMs);
    connect(&m_tickTimer, &QTimer::timeout, this, &Engine::tick);
    m_commitTimer.setSingleShot(true);
    m_commitTimer.setInterval(0);
    connect(&m_commitTimer, &QTimer::timeout, this, [this] { commitNow(); });
    m_pruneTimer.setSingleShot(true);
    connect(&m_pruneTimer, &QTimer::timeout, this, [this] { pruneStep(); });
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
    QList<ApiKey> keys;
    if (!m_apiKeyRepo.loadAll(&keys)) {
        *error = m_db.describe(m_apiKeyRepo.lastError());
        return false;
    }
    m_apiKeys.clear();
    for (const ApiKey &k : std::as_const(keys))
        m_apiKeys.insert(k.id, k);
    m_monitors.clear();
    m_byToken.clear();
    m_bySlug.clear();
    for (const Monitor &m : std::as_const(all)) {
        m_monitors.insert(m.id, m);
        index(m);
    }
    if (!loadWindows(error) || !loadMutes(error))
        return false;
    reloadLastHeard();
    m_pingKey = m_meta.value(MetaRepository::kPingKey);
    if (m_pingKey.isEmpty()) {
        m_pingKey = newPingKey();
        if (!m_meta.setValue(MetaRepository::kPingKey, m_pingKey)) {
            *error = m_db.describe(m_meta.lastError());
            return false;
        }
    }
    return true;
}

void Engine::reloadLastHeard()
{
    m_lastHeard.clear();
    const auto heard = m_alertRepo.lastHeardWhileDown();
    for (auto it = heard.cbegin(); it != heard.cend(); ++it)
        m_lastHeard[it.key().first].insert(it.key().second, it.value());
}

bool Engine::regeneratePingKey(QString *error)
{
    const QString key = newPingKey();
    if (!m_meta.setValue(MetaRepository::kPingKey, key)) {
        *error = m_db.describe(m_meta.lastError());
        return false;
    }
    m_pingKey = key;
    return true;
}

void Engine::start()
{
    m_listening.start();
    m_started = true;
    rescheduleAll();
    // Monitors over the cap (it was lowered while Uptrack was not running) go in steps.
    for (const Monitor &m : std::as_const(m_monitors))
        m_pruner.stored(m.id, m.storedPings, m_options.pingsKeptPerMonitor);
    armPrune();
    // Windows that began or ended while Uptrack was not running take effect now.
    applyWindows(m_clock.nowMs());
    armMutes(); // one that ended while Uptrack was not running ends at once
    // Dependents whose parents changed meanwhile (a restored backup, a sub-command).
    for (auto it = m_monitors.cbegin(); it != m_monitors.cend(); ++it) {
        if (it->parentId > 0)
            reconcileParents(it.key());
    }
    m_tickTimer.start();
    processDue();
}

void Engine::stop()
{
    if (!m_started)
        return;
    commitNow();
    m_listening.stop();
    m_tickTimer.stop();
    m_deadlineTimer.stop();
    m_started = false;
    emitChanges();
}

void Engine::index(const Monitor &m)
{
    m_byToken.insert(m.token, m.id);
    if (!m.slug.isEmpty()) // a monitor without a slug is found by id or token only
        m_bySlug.insert(m.slug, m.id);
    indexDependencies(m, true);
}

void Engine::unindex(const Monitor &m)
{
    m_byToken.remove(m.token);
    if (!m.slug.isEmpty())
        m_bySlug.remove(m.slug);
    indexDependencies(m, false);
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

const Monitor *Engine::adopt(const QString &tokenOrSlug)
{
    const auto m = m_monitorRepo.find(tokenOrSlug);
    // find() also matches ids and the other kind of name: only the exact one counts, and
    // a token is compared in constant time.
    if (!m
        || !(constantTimeEquals(m->token, tokenOrSlug)
             || (!m->slug.isEmpty() && m->slug == tokenOrSlug)))
        return nullptr;
    m_monitors.insert(m->id, *m);
    index(*m);
    reschedule(*m);
    return monitor(m->id);
}

qint64 Engine::resolve(const PingTarget &target, PingOutcome *outcome, QString *error)
{
    *outcome = PingOutcome::Ok;
    if (!target.token.isEmpty()) {
        if (const auto it = m_byToken.constFind(target.token); it != m_byToken.constEnd())
            return it.value();
        // Added by a sub-command that wrote the database directly (no running
        // instance was reachable at that moment): pick it up now.
        if (const Monitor *m = adopt(target.token); m && m->token == target.token)
            return m->id;
        *outcome = PingOutcome::NotFound;
        return 0;
    }
    if (!constantTimeEquals(target.pingKey, m_pingKey)) {
        *outcome = PingOutcome::NotFound;
        return 0;
    }
    if (const auto it = m_bySlug.constFind(target.slug); it != m_bySlug.constEnd())
        return it.value();
    if (const Monitor *m = adopt(target.slug); m && m->slug == target.slug)
        return m->id;
    if (!target.create) {
        *outcome = PingOutcome::NotFound;
        return 0;
    }
    if (!MonitorRules::isValidSlug(target.slug)) {
        *outcome = PingOutcome::Invalid;
        return 0;
    }
    MonitorSpec spec;
    spec.name = target.slug;
    spec.slug = target.slug;
    const auto created = addMonitor(spec, error);
    if (!created) {
        *outcome = PingOutcome::StorageFailed;
        return 0;
    }
    *outcome = PingOutcome::Created;
    return created->id;
}

bool Engine::accepts(const PingTarget &target)
{
    if (!target.token.isEmpty()) {
        if (m_byToken.contains(target.token))
            return true;
        const Monitor *m = adopt(target.token);
        return m && m->token == target.token;
    }
    if (!constantTimeEquals(target.pingKey, m_pingKey))
        return false;
    if (m_bySlug.contains(target.slug) || target.create)
        return true; // an invalid slug to create is answered 400 once the request is whole
    const Monitor *m = adopt(target.slug);
    return m && m->slug == target.slug;
}

void Engine::submitPing(const PingTarget &target, Ping ping, PingCallback done)
{
    PingOutcome outcome;
    QString error;
    const qint64 id = resolve(target, &outcome, &error);
    if (id == 0) {
        done(outcome);
        return;
    }
    Monitor &m = m_monitors[id];
    // Keyword filters decide what a plain ping means, for jobs that can only send a log.
    if (ping.kind == PingKind::Success && ping.exitStatus < 0) {
        ping.kind = Keywords::classify(m, ping.body);
        if (ping.kind == PingKind::Ignored)
            ping.ignoredBecause = QLatin1String(PingIgnored::NoKeyword);
    }
    // A monitor that takes POST pings only stores the others as ignored.
    if (m.methods == QLatin1String("POST") && ping.method != QLatin1String("POST")) {
        ping.kind = PingKind::Ignored;
        ping.ignoredBecause = QLatin1String(PingIgnored::Method);
    }
    // A check decides its state itself; a ping to it is kept as a message.
    if (m.isCheck())
        ping.kind = PingKind::Log;
    ping.monitorId = id;
    ping.timeMs = m_clock.nowMs();
    placeLatePing(m, &ping);
    const StateChange change = StateMachine::onPing(m, ping, verdictFor(m));
    apply(m, change, &ping);
    m_batch.addPing(std::move(ping), std::move(done), outcome);
    reschedule(m);
    scheduleCommit();
}

void Engine::placeLatePing(const Monitor &m, Ping *ping) const
{
    // A ping that waited in a client's spool while nobody listened counts from the
    // instant it was meant for: never before the monitor's previous ping (nor its
    // creation), never after its arrival. A claim for an instant Uptrack was listening
    // is not believed: it would have heard the ping then.
    const qint64 now = ping->timeMs;
    const qint64 claimed = ping->claimedSentMs;
    if (claimed < 0 || claimed >= now || m_listening.listenedAt(claimed))
        return;
    qint64 floor = std::max(m.lastPingMs, m.createdMs);
    for (auto it = m.runs.cbegin(); it != m.runs.cend(); ++it)
        floor = std::max(floor, it.value());
    const qint64 at = std::max(claimed, floor);
    if (at >= now)
        return;
    ping->timeMs = at;
    ping->receivedMs = now;
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
    ping.method = m.kind == MonitorKind::Http ? m.check.method : kindName(m.kind).toUpper();
    ping.userAgent = QLatin1String(kCheckUserAgent);
    ping.body = (result.ok ? result.detail : result.reason + QStringLiteral(" · ") + result.detail)
                        .toUtf8();
    if (result.certExpiryMs >= 0)
        m.certExpiryMs = result.certExpiryMs;
    const StateChange change = StateMachine::onCheckResult(m, ping, result.reason, verdictFor(m));
    apply(m, change, &ping);
    if (StateMachine::certificateWarningDue(m, result.timeMs)) {
        m.certWarnedMs = m.certExpiryMs;
        queueAlert(m, AlertPolicy::certificate(m, result.timeMs));
    }
    m_batch.addPing(
            std::move(ping), [](PingOutcome) {}, PingOutcome::Ok);
    scheduleCommit();
}

void Engine::queueAlert(const Monitor &m, const Alert &alert,
                        const QHash<qint64, qint64> &heardWhileDown)
{
    // Recorded even when no channel hears it; each channel that wants it gets a delivery.
    const QList<qint64> recipients
            = AlertPolicy::recipients(m, alert.kind, m_channels, heardWhileDown);
    if (alert.kind == AlertKind::Down || alert.kind == AlertKind::Reminder) {
        for (qint64 channel : recipients)
            m_lastHeard[m.id].insert(channel, alert.createdMs);
    }
    const Mute *mute = muteFor(m, alert.createdMs);
    m_batch.addAlert(alert, recipients, mute ? mute->id : 0);
}

int Engine::raiseReminders(const Monitor &m, qint64 now)
{
    if (m.status != Status::Down)
        return 0;
    int raised = 0;
    const QHash<qint64, qint64> heard = m_lastHeard.value(m.id);
    for (qint64 id : m.channelIds) {
        const auto c = m_channels.constFind(id);
        if (c == m_channels.constEnd())
            continue;
        // Each channel on its own: its escalation (the down, once it lasted its delay),
        // then its reminders; one alert each.
        const AlertPolicy::FollowUp next = AlertPolicy::nextFollowUp(m, *c, heard);
        if (next.atMs < 0 || next.atMs > now)
            continue;
        const Alert alert = next.escalation
                ? AlertPolicy::escalation(m, m.channelDelays.value(id), now)
                : AlertPolicy::reminder(m, m.statusSinceMs, now);
        const Mute *mute = muteFor(m, now);
        m_batch.addAlert(alert, {id}, mute ? mute->id : 0);
        m_lastHeard[m.id].insert(id, now);
        ++raised;
    }
    return raised;
}

qint64 Engine::nextWake(const Monitor &m) const
{
    qint64 wake = StateMachine::nextWake(m);
    if (m.status != Status::Down)
        return wake;
    const QHash<qint64, qint64> heard = m_lastHeard.value(m.id);
    for (qint64 id : m.channelIds) {
        const auto c = m_channels.constFind(id);
        if (c == m_channels.constEnd())
            continue;
        const qint64 next = AlertPolicy::nextFollowUp(m, *c, heard).atMs;
        if (next >= 0 && (wake < 0 || next < wake))
            wake = next;
    }
    return wake;
}

void Engine::apply(Monitor &m, const StateChange &change, const Ping *ping)
{
    if (ping && m.status != Status::Maintenance) {
        if (auto slow = AlertPolicy::forRun(m, *ping))
            queueAlert(m, *slow);
    }
    // Each alert is stored with its incident: a recovery's before the incident closes,
    // any other after a new one opens.
    QList<Alert> afterIncidents;
    // Who heard of the outage: a channel with an escalation delay hears of its end only then.
    // (Looked up only for a change: this runs for every ping.)
    const QHash<qint64, qint64> heard
            = change.flips.isEmpty() ? QHash<qint64, qint64>() : m_lastHeard.value(m.id);
    for (const Flip &f : change.flips) {
        m_batch.addFlip(f);
        if (f.from == Status::Down && f.to != Status::Maintenance)
            m_lastHeard.remove(m.id);
        const QStringList dependents = f.to == Status::Down ? dependentNames(m.id) : QStringList();
        if (auto alert = AlertPolicy::forFlip(m, f, ping, dependents)) {
            if (f.from == Status::Down)
                queueAlert(m, *alert, heard);
            else
                afterIncidents.append(*alert);
        }
    }
    if (change.closeIncident) {
        m_batch.closeIncident(m.id, change.incidentAt);
        m_lastHeard.remove(m.id); // also after a window: the next outage starts afresh
        m.ackBy.clear();          // the acknowledgement was the incident's
        m.ackMs = -1;
        m.ackNote.clear();
    }
    if (change.openIncident) {
        Incident i;
        i.monitorId = m.id;
        i.startMs = change.incidentAt;
        i.reason = change.incidentReason;
        m_batch.openIncident(i);
    }
    for (const Alert &alert : std::as_const(afterIncidents))
        queueAlert(m, alert);
    if (!change.isEmpty()) {
        m_batch.touch(m.id);
        if (m_dependents.contains(m.id))
            settleDependents(m);
    }
}

void Engine::reschedule(const Monitor &m)
{
    if (!m_started)
        return;
    m_deadlines.schedule(m.id, nextWake(m));
    armTimer();
}

void Engine::rescheduleAll()
{
    if (!m_started)
        return;
    for (const Monitor &m : std::as_const(m_monitors))
        m_deadlines.schedule(m.id, nextWake(m));
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
    m_listening.noticeSleep();
    const qint64 now = m_clock.nowMs();
    if (m_storageFailed && now < m_retryAfter) {
        armTimer();
        return;
    }
    const qint64 listenStart = m_listening.listenStart();
    bool changed = false;
    // A window's start or end first: a deadline at the same instant is then judged in it.
    if (m_nextWindowChangeMs >= 0 && m_nextWindowChangeMs <= now) {
        applyWindows(now);
        changed = true;
    }
    if (m_nextMuteEndMs >= 0 && m_nextMuteEndMs <= now)
        endMutes(now);
    QStringList unwatched;
    while (const auto entry = m_deadlines.popDue(now)) {
        if (entry->monitorId < 0) // a window's or the mutes': applied above, re-armed there
            continue;
        auto it = m_monitors.find(entry->monitorId);
        if (it == m_monitors.end())
            continue;
        Monitor &m = it.value();
        StateChange change;
        const qint64 deadline = StateMachine::nextWake(m);
        if (deadline >= 0 && deadline <= now) {
            const bool unheard = deadline < listenStart;
            const StateMachine::ParentVerdict parents = verdictFor(m);
            change = unheard ? StateMachine::onGap(m, listenStart, now, m_options.settleMs, parents)
                             : StateMachine::onDeadline(m, deadline, parents);
            if (unheard) {
                m_batch.touch(m.id); // "unwatched" is stored even without a flip
                if (m.statusReason == QLatin1String(Reason::Unwatched)
                    || m.statusReason == QLatin1String(Reason::MissedUnwatched))
                    unwatched.append(m.name);
            }
            apply(m, change);
        }
        const int reminded = raiseReminders(m, now);
        changed = changed || !change.isEmpty() || reminded > 0;
        const qint64 next = nextWake(m);
        // Every wake moves the state on or reminds; one that did neither is dropped so
        // a bad state can never spin this loop.
        if (change.isEmpty() && reminded == 0 && next <= entry->when)
            continue;
        m_deadlines.schedule(m.id, next);
    }
    if (changed)
        commitNow();
    if (!unwatched.isEmpty()) {
        std::sort(unwatched.begin(), unwatched.end());
        // Queued: at start this runs before anyone could connect to hear it.
        const qint64 gapStart = m_listening.gapStart();
        QMetaObject::invokeMethod(
                this,
                [this, gapStart, listenStart, unwatched] {
                    emit this->unwatched(gapStart, listenStart, unwatched);
                },
                Qt::QueuedConnection);
    }
    armTimer();
}

void Engine::tick()
{
    if (!m_started)
        return;
    m_listening.tick();
    processDue();
}

void Engine::scheduleCommit()
{
    if (!m_commitTimer.isActive())
        m_commitTimer.start();
}

bool Engine::commitNow()
{
    m_commitTimer.stop();
    if (m_batch.isEmpty())
        return true;
    QElapsedTimer took;
    took.start();
    WriteBatch::Written written;
    {
        const CommitGate::Pass pass(m_gate);
        written = m_batch.commit(m_monitors);
    }
    // A slow commit holds every ping in it (and the core thread): say so, with its size.
    if (const qint64 ms = took.elapsed(); ms >= kSlowCommitMs)
        qCInfo(lcEngine) << "a commit of" << written.pings.size() << "pings took" << ms << "ms";
    if (!written.ok) {
        const QString message = m_db.describe(written.failure);
        qCWarning(lcEngine) << "commit failed:" << message;
        // Memory must match what is on disk: the pings and alerts were not stored.
        reloadFromDatabase(written.monitors);
        reloadLastHeard();
        m_storageFailed = true;
        m_retryAfter = m_clock.nowMs() + 1000;
        for (auto &p : written.pings)
            p.done(PingOutcome::StorageFailed);
        emit storageFailed(message);
        armTimer();
        return false;
    }

    if (m_storageFailed) {
        m_storageFailed = false;
        emit storageRecovered();
    }
    for (auto it = written.storedPings.cbegin(); it != written.storedPings.cend(); ++it) {
        auto m = m_monitors.find(it.key());
        if (m == m_monitors.end())
            continue;
        m->storedPings = it.value();
        m_pruner.stored(it.key(), it.value(), m_options.pingsKeptPerMonitor);
    }
    armPrune();
    for (auto &p : written.pings) {
        p.done(p.outcome);
        if (p.outcome == PingOutcome::Ok || p.outcome == PingOutcome::Created)
            emit pingStored(p.ping);
    }
    for (const Flip &f : std::as_const(written.flips))
        emit flipped(f);
    if (written.alerted)
        emit outboxChanged();
    for (qint64 id : std::as_const(written.monitors))
        markChanged(id);
    return true;
}

void Engine::setPingsKeptPerMonitor(qint64 keep)
{
    m_options.pingsKeptPerMonitor = qMax<qint64>(1, keep);
    for (const Monitor &m : std::as_const(m_monitors))
        m_pruner.stored(m.id, m.storedPings, m_options.pingsKeptPerMonitor);
    armPrune();
}

void Engine::armPrune()
{
    // A step waits behind the pings that came meanwhile: pruning never holds a ping
    // up for more than one short step.
    if (!m_pruner.isIdle() && !m_pruneTimer.isActive())
        m_pruneTimer.start(m_storageFailed ? 1000 : kPruneStepMs);
}

bool Engine::pruneStep()
{
    if (m_storageFailed) {
        armPrune();
        return false;
    }
    QElapsedTimer took;
    took.start();
    PingPruner::Step step;
    {
        const CommitGate::Pass pass(m_gate);
        step = m_pruner.step(m_options.pingsKeptPerMonitor, [this](qint64 id) {
            const auto it = m_monitors.constFind(id);
            return it == m_monitors.constEnd() ? qint64(-1) : it->storedPings;
        });
    }
    if (!step.ok) {
        qCWarning(lcEngine) << "pruning old pings failed, will try again:"
                            << m_db.describe(step.failure);
        m_pruneTimer.start(1000);
        return false;
    }
    if (const qint64 ms = took.elapsed(); ms >= kSlowCommitMs)
        qCInfo(lcEngine) << "pruning" << step.rows << "old pings took" << ms << "ms";
    for (auto it = step.storedAfter.cbegin(); it != step.storedAfter.cend(); ++it) {
        auto m = m_monitors.find(it.key());
        if (m != m_monitors.end())
            m->storedPings = it.value();
    }
    armPrune();
    return true;
}

bool Engine::pruneNow()
{
    m_pruneTimer.stop();
    while (!m_pruner.isIdle()) {
        if (!pruneStep())
            return false;
    }
    m_pruneTimer.stop();
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
    armNotify();
}

void Engine::armNotify()
{
    if (m_notifyTimer.isActive())
        return;
    // Leading edge: the first change after a quiet spell goes out on the next turn of the
    // event loop (a console or an event stream sees a ping at once); the ones that follow
    // are coalesced to one signal per interval.
    const qint64 since = m_lastNotify.isValid() ? m_lastNotify.elapsed() : m_options.notifyMs;
    m_notifyTimer.start(int(qMax<qint64>(0, m_options.notifyMs - since)));
}

void Engine::emitChanges()
{
    m_lastNotify.start();
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
