// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Engine: mutes. An alert raised while its monitor is muted is recorded with a delivery
// per channel that is never sent (state and outcome "muted"); when the mute ends, each
// channel that had such a delivery gets one summary of them. The earliest end is one
// entry in the deadline queue (kMuteKey): no timer per mute, nothing while none ends.
#include "engine.h"

#include "enginelog.h"
#include "policy/alertpolicy.h"
#include "storage/database.h"
#include "time/clock.h"

namespace uptrack {

bool Engine::loadMutes(QString *error)
{
    QList<Mute> all;
    if (!m_muteRepo.loadAll(&all)) {
        *error = m_db.describe(m_muteRepo.lastError());
        return false;
    }
    m_mutes.clear();
    for (const Mute &m : std::as_const(all))
        m_mutes.insert(m.id, m);
    return true;
}

QList<Mute> Engine::mutes() const
{
    QList<Mute> out = m_mutes.values();
    std::sort(out.begin(), out.end(), [](const Mute &a, const Mute &b) { return a.id < b.id; });
    return out;
}

std::optional<Mute> Engine::mute(Mute mute, QString *error)
{
    const qint64 now = m_clock.nowMs();
    if (mute.untilMs <= now) {
        *error = tr("A mute ends in the future: give --for a positive duration, or an --until "
                    "that has not passed.");
        return std::nullopt;
    }
    if (mute.untilMs - now > kMaxMuteMs) {
        *error = tr("A mute lasts at most 30 days; pause the monitors for longer.");
        return std::nullopt;
    }
    if (mute.scope == Mute::Scope::Monitor && !m_monitors.contains(mute.monitorId)) {
        *error = tr("No monitor with id %1.").arg(mute.monitorId);
        return std::nullopt;
    }
    if (mute.scope == Mute::Scope::Tag
        && (mute.tag.isEmpty() || mute.tag.contains(QLatin1Char(' ')))) {
        *error = tr("Tags are single words; \"%1\" is not.").arg(mute.tag);
        return std::nullopt;
    }
    if (!commitNow()) {
        *error = tr("The database refused the pending writes; try again.");
        return std::nullopt;
    }
    // Muting what is muted already moves its end; what it held stays for one summary.
    for (Mute &existing : m_mutes) {
        if (!existing.sameScope(mute))
            continue;
        if (!m_muteRepo.setUntil(existing.id, mute.untilMs)) {
            *error = m_db.describe(m_muteRepo.lastError());
            return std::nullopt;
        }
        existing.untilMs = mute.untilMs;
        armMutes();
        emit mutesChanged();
        return existing;
    }
    mute.createdMs = now;
    if (!m_muteRepo.insert(&mute)) {
        *error = m_db.describe(m_muteRepo.lastError());
        return std::nullopt;
    }
    m_mutes.insert(mute.id, mute);
    qCInfo(lcEngine) << "muted" << muteScopeName(mute.scope) << "until" << mute.untilMs;
    armMutes();
    emit mutesChanged();
    return mute;
}

std::optional<QList<Mute>> Engine::unmute(const std::optional<Mute> &scope, QString *error)
{
    QList<Mute> ended;
    for (const Mute &m : std::as_const(m_mutes)) {
        if (!scope || m.sameScope(*scope))
            ended.append(m);
    }
    std::sort(ended.begin(), ended.end(), [](const Mute &a, const Mute &b) { return a.id < b.id; });
    const qint64 now = m_clock.nowMs();
    for (const Mute &m : std::as_const(ended)) {
        if (!endMute(m, now)) {
            *error = m_db.describe(m_db.lastError().isValid() ? m_db.lastError()
                                                              : m_alertRepo.lastError());
            return std::nullopt;
        }
    }
    if (!ended.isEmpty()) {
        armMutes();
        emit mutesChanged();
    }
    return ended;
}

const Mute *Engine::muteFor(const Monitor &m, qint64 at) const
{
    const Mute *holding = nullptr;
    for (const Mute &mute : m_mutes) {
        if (mute.untilMs > at && mute.covers(m) && (!holding || mute.untilMs > holding->untilMs))
            holding = &mute;
    }
    return holding;
}

void Engine::armMutes()
{
    m_nextMuteEndMs = -1;
    for (const Mute &m : std::as_const(m_mutes)) {
        if (m_nextMuteEndMs < 0 || m.untilMs < m_nextMuteEndMs)
            m_nextMuteEndMs = m.untilMs;
    }
    if (!m_started)
        return;
    m_deadlines.schedule(kMuteKey, m_nextMuteEndMs);
    armTimer();
}

void Engine::endMutes(qint64 now)
{
    QList<Mute> due;
    for (const Mute &m : std::as_const(m_mutes)) {
        if (m.untilMs <= now)
            due.append(m);
    }
    std::sort(due.begin(), due.end(), [](const Mute &a, const Mute &b) { return a.id < b.id; });
    bool ended = false;
    for (const Mute &m : std::as_const(due)) {
        if (!endMute(m, now)) {
            qCWarning(lcEngine) << "could not end a mute:" << m_db.lastError().text();
            break; // tried again at the next pass
        }
        ended = true;
    }
    armMutes();
    if (ended)
        emit mutesChanged();
}

bool Engine::endMute(const Mute &mute, qint64 now)
{
    if (!commitNow())
        return false;
    QList<MutedAlert> held;
    if (!m_alertRepo.mutedBy(mute.id, &held))
        return false;
    // What each channel missed, and which of those monitors are down still.
    QMap<qint64, AlertPolicy::MutedTally> byChannel;
    for (const MutedAlert &a : std::as_const(held)) {
        AlertPolicy::MutedTally &t = byChannel[a.channelId];
        if (a.kind == AlertKind::Down)
            ++t.down;
        else if (a.kind == AlertKind::Up)
            ++t.up;
        else
            ++t.other;
        const auto m = m_monitors.constFind(a.monitorId);
        if (m != m_monitors.constEnd() && m->status == Status::Down
            && !t.stillDown.contains(m->name))
            t.stillDown.append(m->name);
    }
    const QString scope = muteScopeText(mute);
    // The summaries and the end of the mute in one transaction: a crash sends both or
    // neither, and a restart ends the mute again.
    if (!m_db.begin())
        return false;
    for (auto it = byChannel.cbegin(); it != byChannel.cend(); ++it) {
        if (!m_channels.contains(it.key()))
            continue; // removed meanwhile
        Alert summary = AlertPolicy::muteSummary(scope, mute.createdMs, now, it.value());
        if (!m_alertRepo.insertAlert(&summary)) {
            m_db.rollback();
            return false;
        }
        Delivery d;
        d.alertId = summary.id;
        d.channelId = it.key();
        d.nextAttemptMs = now;
        if (!m_alertRepo.insertDelivery(&d)) {
            m_db.rollback();
            return false;
        }
    }
    if (!m_muteRepo.remove(mute.id) || !m_db.commit()) {
        m_db.rollback();
        return false;
    }
    m_mutes.remove(mute.id);
    qCInfo(lcEngine) << "mute ended" << scope << held.size() << "held";
    if (!byChannel.isEmpty())
        emit outboxChanged();
    return true;
}

QString Engine::muteScopeText(const Mute &mute) const
{
    const auto m = m_monitors.constFind(mute.monitorId);
    return mute.scopeText(m == m_monitors.constEnd() ? QString() : m->name);
}

} // namespace uptrack
