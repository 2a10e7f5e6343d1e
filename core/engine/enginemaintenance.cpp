// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Engine: maintenance windows. Each window's next start or end is a deadline in the one
// deadline queue (keyed by its negated id), so a thousand windows cost nothing until one
// of them changes; then every monitor is held against the windows open at that instant.
#include "engine.h"

#include "enginelog.h"
#include "policy/alertpolicy.h"
#include "storage/database.h"
#include "time/clock.h"

namespace uptrack {

bool Engine::loadWindows(QString *error)
{
    QList<MaintenanceWindow> all;
    if (!m_maintenanceRepo.loadAll(&all)) {
        *error = m_db.describe(m_maintenanceRepo.lastError());
        return false;
    }
    m_windows.clear();
    for (const MaintenanceWindow &w : std::as_const(all))
        m_windows.insert(w.id, w);
    return true;
}

QList<MaintenanceWindow> Engine::maintenanceWindows() const
{
    QList<MaintenanceWindow> out = m_windows.values();
    std::sort(out.begin(), out.end(), [](const MaintenanceWindow &a, const MaintenanceWindow &b) {
        return a.name < b.name;
    });
    return out;
}

const MaintenanceWindow *Engine::findMaintenance(const QString &ref) const
{
    bool isId = false;
    const qint64 id = ref.toLongLong(&isId);
    for (const MaintenanceWindow &w : m_windows) {
        if ((isId && w.id == id) || w.name == ref)
            return &w;
    }
    return nullptr;
}

QString Engine::maintenanceProblem(const MaintenanceWindow &w, qint64 now, qint64 ignoreId) const
{
    if (w.name.trimmed().isEmpty())
        return tr("A maintenance window needs a name (--name).");
    for (const MaintenanceWindow &other : m_windows) {
        if (other.id != ignoreId && other.name == w.name)
            return tr("There is already a maintenance window called \"%1\".").arg(w.name);
    }
    if (!w.all && w.monitorIds.isEmpty() && w.tags.isEmpty())
        return tr("Say which monitors the window covers: --monitor M, --tag T or --all.");
    for (qint64 id : w.monitorIds) {
        if (!m_monitors.contains(id))
            return tr("No monitor with id %1.").arg(id);
    }
    for (const QString &tag : w.tags) {
        const bool used = std::any_of(m_monitors.cbegin(), m_monitors.cend(),
                                      [&](const Monitor &m) { return m.tags.contains(tag); });
        if (!used)
            return tr("No monitor has the tag \"%1\" (see uptrack monitor list).").arg(tag);
    }
    if (!w.isRecurring()) {
        if (w.fromMs < 0 || w.toMs < 0)
            return tr("Give the window's start and end (--from and --to), or a --cron "
                      "expression and a --duration.");
        if (w.toMs <= w.fromMs)
            return tr("The window ends before it starts: --to must be after --from.");
        if (w.toMs <= now)
            return tr("The window is already over: --to is in the past.");
        return QString();
    }
    if (const QString cron = Schedule::cronProblem(w.cron); !cron.isEmpty())
        return tr("--cron: %1").arg(cron);
    if (const QString zone = Schedule::zoneProblem(w.timeZone); !zone.isEmpty())
        return tr("--tz: %1").arg(zone);
    if (w.durationMs <= 0)
        return tr("A recurring window needs a --duration (like 2h or 30m).");
    if (w.nextChange(now) < 0)
        return tr("The window never occurs again: its --cron expression has no future match.");
    return QString();
}

std::optional<MaintenanceWindow> Engine::addMaintenance(MaintenanceWindow w, QString *error)
{
    const qint64 now = m_clock.nowMs();
    if (const QString problem = maintenanceProblem(w, now, 0); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    w.createdMs = now;
    if (!commitNow() || !m_maintenanceRepo.insert(&w)) {
        *error = m_db.describe(m_maintenanceRepo.lastError());
        return std::nullopt;
    }
    m_windows.insert(w.id, w);
    qCInfo(lcEngine) << "maintenance window added" << w.id << w.name;
    windowsChanged();
    return w;
}

std::optional<MaintenanceWindow> Engine::editMaintenance(const MaintenanceWindow &w, QString *error)
{
    const auto it = m_windows.find(w.id);
    if (it == m_windows.end()) {
        *error = tr("No maintenance window with id %1.").arg(w.id);
        return std::nullopt;
    }
    if (const QString problem = maintenanceProblem(w, m_clock.nowMs(), w.id); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    MaintenanceWindow updated = w;
    updated.createdMs = it->createdMs;
    if (!commitNow() || !m_maintenanceRepo.update(updated)) {
        *error = m_db.describe(m_maintenanceRepo.lastError());
        return std::nullopt;
    }
    it.value() = updated;
    windowsChanged();
    return updated;
}

bool Engine::removeMaintenance(qint64 id, QString *error)
{
    if (!m_windows.contains(id)) {
        *error = tr("No maintenance window with id %1.").arg(id);
        return false;
    }
    if (!commitNow() || !m_maintenanceRepo.remove(id)) {
        *error = m_db.describe(m_maintenanceRepo.lastError());
        return false;
    }
    m_windows.remove(id);
    m_deadlines.remove(-id);
    windowsChanged();
    return true;
}

void Engine::windowsChanged()
{
    if (m_started) {
        applyWindows(m_clock.nowMs());
        commitNow();
    }
    emit maintenanceChanged();
}

void Engine::applyWindows(qint64 now)
{
    // The windows open now, with the span each is in; most of the time none.
    struct Open
    {
        const MaintenanceWindow *window;
        qint64 untilMs;
    };
    QList<Open> open;
    m_nextWindowChangeMs = -1;
    for (const MaintenanceWindow &w : std::as_const(m_windows)) {
        if (const auto span = w.spanAt(now))
            open.append({&w, span->endMs});
        const qint64 next = w.nextChange(now);
        m_deadlines.schedule(-w.id, next);
        if (next >= 0 && (m_nextWindowChangeMs < 0 || next < m_nextWindowChangeMs))
            m_nextWindowChangeMs = next;
    }
    for (Monitor &m : m_monitors) {
        const Open *cover = nullptr;
        for (const Open &o : std::as_const(open)) {
            if (o.window->covers(m) && (!cover || o.untilMs > cover->untilMs))
                cover = &o;
        }
        if (!cover && m.status != Status::Maintenance)
            continue;
        if (cover && m.status == Status::Maintenance) {
            if (m.maintenanceName != cover->window->name
                || m.maintenanceUntilMs != cover->untilMs) {
                m.maintenanceName = cover->window->name;
                m.maintenanceUntilMs = cover->untilMs;
                markChanged(m.id);
            }
            continue;
        }
        if (cover) {
            if (m.status == Status::Paused)
                continue;
            apply(m, StateMachine::enterMaintenance(m, now));
            m.maintenanceName = cover->window->name;
            m.maintenanceUntilMs = cover->untilMs;
            if (cover->window->notify)
                queueAlert(
                        m,
                        AlertPolicy::maintenance(m, true, m.maintenanceName, cover->untilMs, now));
            qCInfo(lcEngine) << m.name << "in maintenance" << m.maintenanceName;
        } else {
            const QString was = m.maintenanceName;
            const Status before = m.preMaintenance;
            const qint64 downSince = m.preMaintenanceSinceMs;
            const StateChange change = StateMachine::leaveMaintenance(m, now);
            // A success meanwhile ended the outage it began in: its recovery goes out now,
            // before the incident closes.
            if (before == Status::Down && change.closeIncident) {
                const Flip recovered{0,         m.id,
                                     now,       Status::Down,
                                     m.status,  QString::fromLatin1(Reason::MaintenanceEnded),
                                     downSince, m.preMaintenanceReason};
                if (auto alert = AlertPolicy::forFlip(m, recovered, nullptr))
                    queueAlert(m, *alert, m_lastHeard.value(m.id));
            }
            apply(m, change);
            m.maintenanceName.clear();
            m.maintenanceUntilMs = -1;
            const MaintenanceWindow *ended = findMaintenance(was);
            if (ended && ended->notify)
                queueAlert(m, AlertPolicy::maintenance(m, false, was, -1, now));
            qCInfo(lcEngine) << m.name << "out of maintenance" << was;
        }
        markChanged(m.id);
        reschedule(m);
    }
    if (!m_batch.isEmpty())
        scheduleCommit();
    armTimer();
}

} // namespace uptrack
