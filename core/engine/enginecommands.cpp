// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Engine: the management commands (monitors and channels). The ping path, the
// deadlines and group commit are in engine.cpp.
#include "engine.h"

#include "enginelog.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QTimeZone>
#include <QUuid>

namespace uptrack {

QString Engine::uniqueSlug(const QString &base) const
{
    QString slug = base;
    for (int n = 2; m_bySlug.contains(slug); ++n)
        slug = base.left(MonitorRules::kMaxSlugLength - 4) + QLatin1Char('-') + QString::number(n);
    return slug;
}

std::nullopt_t Engine::refuse(const Problems &found, QString *error, Problems *problems)
{
    *error = messagesOf(found).join(QLatin1Char('\n'));
    if (problems)
        *problems = found;
    return std::nullopt;
}

QString Engine::slugTaken(const QString &slug)
{
    return tr("The slug \"%1\" is already used by another monitor.").arg(slug);
}

QSqlError Engine::storeFailure(bool began) const
{
    if (!began || m_db.lastError().isValid())
        return m_db.lastError(); // BEGIN or COMMIT failed (begin() clears it on success)
    return m_monitorRepo.lastError();
}

std::optional<Monitor> Engine::addMonitor(const MonitorSpec &spec, QString *error,
                                          Problems *problems)
{
    if (const Problems found = MonitorRules::validate(spec, MonitorRules::Purpose::Add);
        !found.isEmpty())
        return refuse(found, error, problems);
    if (!commitNow()) {
        *error = tr("The database refused the pending writes; try again.");
        return std::nullopt;
    }
    Monitor m;
    spec.applyPlainFields(&m);
    if (spec.slug && spec.slug->isEmpty()) {
        m.slug.clear(); // allowed by validate(): Healthchecks' API makes such checks
    } else if (spec.slug) {
        if (m_bySlug.contains(*spec.slug) || m_monitorRepo.slugExists(*spec.slug))
            return refuse({{QStringLiteral("slug"), slugTaken(*spec.slug)}}, error, problems);
        m.slug = *spec.slug;
    } else {
        m.slug = uniqueSlug(MonitorRules::slugify(m.name));
    }
    m.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString cron = spec.cron.value_or(QString()).simplified();
    QString zone = cron.isEmpty() ? QString() : spec.timeZone.value_or(QString()).trimmed();
    // Recorded explicitly, so a later change of this machine's zone cannot move it.
    if (!cron.isEmpty() && zone.isEmpty())
        zone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    m.schedule = Schedule(spec.periodMs.value_or(MonitorRules::kDefaultPeriodMs), cron, zone);
    m.kind = spec.kind.value_or(MonitorKind::Heartbeat);
    if (m.isCheck()) {
        m.check = CheckSpec::fromJson(spec.check.value_or(QJsonObject()));
        if (const Problems found = CheckRules::validate(m.kind, m.check); !found.isEmpty())
            return refuse(found, error, problems);
        m.schedule = Schedule(m.check.intervalMs); // for the schedule columns and reports
        m.graceMs = 0;
    } else if (spec.check) {
        return refuse({{QStringLiteral("check"),
                        tr("Only uptime checks (HTTP, TCP, ICMP, DNS) have check settings.")}},
                      error, problems);
    }
    if (const Problems found = applyPolicy(spec, &m); !found.isEmpty())
        return refuse(found, error, problems);
    m.createdMs = m_clock.nowMs();
    m.status = Status::New;
    m.statusSinceMs = m.createdMs;
    if (spec.channels) {
        if (!resolveChannels(*spec.channels, &m.channelIds, error))
            return refuse({{QStringLiteral("channels"), *error}}, error, problems);
    } else {
        for (const Channel &c : std::as_const(m_channels)) {
            if (c.isDefault)
                m.channelIds.append(c.id);
        }
        std::sort(m.channelIds.begin(), m.channelIds.end());
    }
    const bool began = m_db.begin();
    m.channelDelays = channelDelaysOf(spec, m.channelIds);
    if (!began || !m_monitorRepo.insert(&m)
        || !m_monitorRepo.setChannels(m.id, m.channelIds, m.channelDelays) || !m_db.commit()) {
        *error = m_db.describe(storeFailure(began));
        m_db.rollback();
        return std::nullopt;
    }
    m_monitors.insert(m.id, m);
    index(m);
    reschedule(m);
    markChanged(m.id);
    qCInfo(lcEngine) << "monitor added" << m.id << m.slug;
    // A window open now for all, or for one of its tags, covers it from the start.
    if (m_started && !m_windows.isEmpty()) {
        applyWindows(m_clock.nowMs());
        return m_monitors.value(m.id);
    }
    return m;
}

std::optional<Monitor> Engine::editMonitor(qint64 id, const MonitorSpec &spec, QString *error,
                                           Problems *problems)
{
    auto it = m_monitors.find(id);
    if (it == m_monitors.end())
        return refuse({{QString(), tr("No monitor with id %1.").arg(id)}}, error, problems);
    if (const Problems found = MonitorRules::validate(spec); !found.isEmpty())
        return refuse(found, error, problems);
    if (spec.slug && !spec.slug->isEmpty() && *spec.slug != it->slug
        && (m_bySlug.contains(*spec.slug) || m_monitorRepo.slugExists(*spec.slug)))
        return refuse({{QStringLiteral("slug"), slugTaken(*spec.slug)}}, error, problems);
    if (!commitNow()) {
        *error = tr("The database refused the pending writes; try again.");
        return std::nullopt;
    }
    Monitor updated = it.value();
    spec.applyPlainFields(&updated);
    if (spec.slug)
        updated.slug = *spec.slug;
    if (spec.channels && !resolveChannels(*spec.channels, &updated.channelIds, error))
        return refuse({{QStringLiteral("channels"), *error}}, error, problems);
    if (spec.channels)
        updated.channelDelays = channelDelaysOf(spec, updated.channelIds);
    qint64 period = updated.schedule.periodMs();
    QString cron = updated.schedule.cron();
    QString zone = updated.schedule.timeZone();
    if (spec.periodMs) {
        period = *spec.periodMs;
        if (!spec.cron)
            cron.clear(); // a period switches to the simple schedule
    }
    if (spec.cron)
        cron = spec.cron->simplified();
    if (spec.timeZone)
        zone = spec.timeZone->trimmed();
    if (cron.isEmpty()) {
        zone.clear();
    } else if (const QString why = Schedule::cronProblem(cron); !why.isEmpty()) {
        return refuse({{QStringLiteral("cron"), why}}, error, problems);
    } else if (const QString bad = Schedule::zoneProblem(zone); !bad.isEmpty()) {
        return refuse({{QStringLiteral("tz"), bad}}, error, problems);
    }
    updated.schedule = Schedule(period, cron, zone);
    if (spec.kind && *spec.kind != updated.kind)
        return refuse({{QStringLiteral("kind"),
                        tr("A monitor's kind (%1) does not change; add a new monitor instead.")
                                .arg(kindName(updated.kind))}},
                      error, problems);
    if (spec.check) {
        if (!updated.isCheck())
            return refuse({{QStringLiteral("check"),
                            tr("Only uptime checks (HTTP, TCP, ICMP, DNS) have check settings.")}},
                          error, problems);
        updated.check = CheckSpec::fromJson(*spec.check, updated.check);
        if (const Problems found = CheckRules::validate(updated.kind, updated.check);
            !found.isEmpty())
            return refuse(found, error, problems);
        updated.schedule = Schedule(updated.check.intervalMs);
    }
    if (const Problems found = applyPolicy(spec, &updated); !found.isEmpty())
        return refuse(found, error, problems);
    if (updated.isCheck() && (spec.cron || spec.periodMs || spec.graceMs))
        return refuse({{QStringLiteral("period"),
                        tr("A check runs on its interval (--interval), not on a schedule.")}},
                      error, problems);
    if ((spec.periodMs || spec.cron || spec.timeZone) && updated.lastPingMs >= 0
        && updated.nextDueMs >= 0)
        updated.nextDueMs = updated.schedule.nextDue(updated.lastPingMs);
    const bool began = m_db.begin();
    if (!began || !m_monitorRepo.updateConfig(updated) || !m_monitorRepo.updateState(updated)
        || !m_monitorRepo.setChannels(updated.id, updated.channelIds, updated.channelDelays)
        || !m_db.commit()) {
        *error = m_db.describe(storeFailure(began));
        m_db.rollback();
        return std::nullopt;
    }
    unindex(it.value());
    it.value() = updated;
    index(updated);
    reschedule(updated);
    markChanged(id);
    // Its parents may have changed: one it waited for, or was down because of, may be gone.
    reconcileParents(id);
    // New tags may bring it into an open window or out of one.
    if (m_started && !m_windows.isEmpty())
        applyWindows(m_clock.nowMs());
    // A new period or grace may put the monitor past its deadline right away.
    if (m_started)
        processDue();
    return m_monitors.value(id);
}

bool Engine::changeMonitorState(qint64 id, StateChange (*transition)(Monitor &, qint64),
                                const QString &refused, QString *error)
{
    auto it = m_monitors.find(id);
    if (it == m_monitors.end()) {
        *error = tr("No monitor with id %1.").arg(id);
        return false;
    }
    apply(it.value(), transition(it.value(), m_clock.nowMs()));
    reschedule(it.value());
    if (!commitNow()) {
        *error = refused;
        return false;
    }
    return true;
}

bool Engine::pauseMonitor(qint64 id, QString *error)
{
    return changeMonitorState(id, &StateMachine::pause,
                              tr("The database refused the change; nothing was paused."), error);
}

bool Engine::resumeMonitor(qint64 id, QString *error, bool asNew)
{
    return changeMonitorState(id, asNew ? &StateMachine::resumeAsNew : &StateMachine::resume,
                              tr("The database refused the change; nothing was resumed."), error);
}

bool Engine::removeMonitor(qint64 id, QString *error)
{
    auto it = m_monitors.find(id);
    if (it == m_monitors.end()) {
        *error = tr("No monitor with id %1.").arg(id);
        return false;
    }
    if (!commitNow() || !m_monitorRepo.remove(id)) {
        *error = m_db.describe(m_monitorRepo.lastError());
        return false;
    }
    unindex(it.value());
    m_deadlines.remove(id);
    m_monitors.erase(it);
    m_changed.remove(id);
    m_removed.insert(id);
    forgetParent(id);
    armNotify();
    armTimer();
    return true;
}

QHash<qint64, qint64> Engine::channelDelaysOf(const MonitorSpec &spec,
                                              const QList<qint64> &channelIds) const
{
    QHash<qint64, qint64> delays;
    for (auto it = spec.channelDelays.cbegin(); it != spec.channelDelays.cend(); ++it) {
        const Channel *c = findChannel(it.key());
        if (c && it.value() > 0 && channelIds.contains(c->id))
            delays.insert(c->id, it.value());
    }
    return delays;
}

bool Engine::resolveChannels(const QStringList &names, QList<qint64> *ids, QString *error) const
{
    ids->clear();
    for (const QString &name : names) {
        const Channel *c = findChannel(name);
        if (!c) {
            *error = tr("No channel is named \"%1\" (see \"uptrack channel list\").").arg(name);
            return false;
        }
        if (!ids->contains(c->id))
            ids->append(c->id);
    }
    std::sort(ids->begin(), ids->end());
    return true;
}

const Channel *Engine::findChannel(const QString &ref) const
{
    for (const Channel &c : m_channels) {
        if (c.name == ref)
            return &c;
    }
    bool isNumber = false;
    const qint64 id = ref.toLongLong(&isNumber);
    if (isNumber) {
        const auto it = m_channels.constFind(id);
        if (it != m_channels.constEnd())
            return &it.value();
    }
    for (const Channel &c : m_channels) {
        if (!c.uuid.isEmpty() && c.uuid.compare(ref, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

QList<Channel> Engine::channels() const
{
    QList<Channel> out = m_channels.values();
    std::sort(out.begin(), out.end(),
              [](const Channel &a, const Channel &b) { return a.name < b.name; });
    return out;
}

bool Engine::setIncidentNote(qint64 incidentId, const QString &note, QString *error)
{
    if (note.size() > 10'000) {
        *error = tr("The note is too long (at most 10,000 characters).");
        return false;
    }
    if (!commitNow()) {
        *error = tr("The database refused the pending writes; try again.");
        return false;
    }
    bool found = false;
    if (!m_history.setIncidentNote(incidentId, note, &found)) {
        *error = m_db.describe(m_history.lastError());
        return false;
    }
    if (!found) {
        *error = tr("There is no incident %1 (uptrack report lists them with their ids).")
                         .arg(incidentId);
        return false;
    }
    emit incidentsChanged();
    return true;
}

qint64 Engine::openIncidentOf(qint64 monitorId)
{
    commitNow();
    QList<Incident> all;
    m_history.incidents(monitorId, &all);
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->endMs < 0)
            return it->id;
    }
    return 0;
}

bool Engine::acknowledgeIncident(qint64 incidentId, const QString &by, const QString &note,
                                 QString *error)
{
    if (note.size() > 10'000 || by.size() > 200) {
        *error = tr("The note is too long (at most 10,000 characters).");
        return false;
    }
    if (!commitNow()) {
        *error = tr("The database refused the pending writes; try again.");
        return false;
    }
    const auto incident = m_history.incident(incidentId);
    if (!incident) {
        *error = tr("There is no incident %1 (uptrack report lists them with their ids).")
                         .arg(incidentId);
        return false;
    }
    const auto it = m_monitors.find(incident->monitorId);
    if (incident->endMs >= 0 || it == m_monitors.end()) {
        *error = tr("Incident %1 is over already: there is nothing to acknowledge.")
                         .arg(incidentId);
        return false;
    }
    Monitor &m = it.value();
    const qint64 now = m_clock.nowMs();
    Monitor acked = m;
    acked.ackBy = by.trimmed().isEmpty() ? tr("someone") : by.trimmed();
    acked.ackMs = now;
    acked.ackNote = note.trimmed();
    const bool began = m_db.begin();
    if (!began || !m_history.acknowledge(incidentId, acked.ackBy, now, acked.ackNote)
        || !m_monitorRepo.updateState(acked) || !m_db.commit()) {
        *error = m_db.describe(m_history.lastError().isValid() ? m_history.lastError()
                                                               : storeFailure(began));
        m_db.rollback();
        return false;
    }
    m = acked;
    qCInfo(lcEngine) << "incident acknowledged" << incidentId;
    reschedule(m); // its reminders stop
    markChanged(m.id);
    emit incidentsChanged();
    return true;
}

std::optional<Channel> Engine::addChannel(Channel channel, QString *error, bool toEveryMonitor)
{
    if (channel.name.trimmed().isEmpty()) {
        *error = tr("A channel needs a name.");
        return std::nullopt;
    }
    if (findChannel(channel.name)) {
        *error = tr("A channel named \"%1\" already exists.").arg(channel.name);
        return std::nullopt;
    }
    if (!commitNow()) {
        *error = tr("The database refused the pending writes; try again.");
        return std::nullopt;
    }
    channel.createdMs = m_clock.nowMs();
    QSqlError failure;
    if (!m_db.begin())
        failure = m_db.lastError();
    else if (!m_channelRepo.insert(&channel))
        failure = m_channelRepo.lastError();
    else if (toEveryMonitor && !m_monitorRepo.addChannelToAll(channel.id))
        failure = m_monitorRepo.lastError();
    else if (!m_db.commit())
        failure = m_db.lastError();
    if (failure.isValid()) {
        *error = m_db.describe(failure);
        m_db.rollback();
        return std::nullopt;
    }
    m_channels.insert(channel.id, channel);
    if (toEveryMonitor) {
        for (Monitor &m : m_monitors) {
            m.channelIds.append(channel.id);
            std::sort(m.channelIds.begin(), m.channelIds.end());
            markChanged(m.id);
        }
        rescheduleAll(); // a monitor that is down now has reminders to send
        qCInfo(lcEngine) << "channel" << channel.id << "given to all" << m_monitors.size()
                         << "monitors";
    }
    emit channelsChanged();
    return channel;
}

std::optional<Channel> Engine::editChannel(const Channel &channel, QString *error)
{
    if (!m_channels.contains(channel.id)) {
        *error = tr("No channel with id %1.").arg(channel.id);
        return std::nullopt;
    }
    if (const Channel *other = findChannel(channel.name); other && other->id != channel.id) {
        *error = tr("A channel named \"%1\" already exists.").arg(channel.name);
        return std::nullopt;
    }
    if (!m_channelRepo.update(channel)) {
        *error = m_db.describe(m_channelRepo.lastError());
        return std::nullopt;
    }
    m_channels.insert(channel.id, channel);
    rescheduleAll(); // its reminders may come sooner or later now
    emit channelsChanged();
    return channel;
}

std::optional<QString> Engine::removeChannel(qint64 id, QString *error)
{
    const auto it = m_channels.constFind(id);
    if (it == m_channels.constEnd()) {
        *error = tr("No channel with id %1.").arg(id);
        return std::nullopt;
    }
    if (!commitNow() || !m_channelRepo.remove(id)) {
        *error = m_db.describe(m_channelRepo.lastError());
        return std::nullopt;
    }
    const QString secretRef = it->secretRef;
    m_channels.remove(id);
    for (Monitor &m : m_monitors) {
        m.channelDelays.remove(id);
        if (m.channelIds.removeAll(id) > 0)
            markChanged(m.id);
        if (auto heard = m_lastHeard.find(m.id); heard != m_lastHeard.end())
            heard->remove(id);
    }
    rescheduleAll();
    emit channelsChanged();
    return secretRef;
}

} // namespace uptrack
