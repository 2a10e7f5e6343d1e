// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Engine: the alert policy's per-monitor settings (failures in a row, the shortest run,
// the monitors one depends on) and the dependencies between monitors. A dependent's
// failure is judged against its parents when it happens (StateMachine's ParentVerdict);
// when a parent's state changes, the dependents waiting for it or down because of it
// are settled at once, in the same commit.
#include "engine.h"

#include "enginelog.h"
#include "time/clock.h"

namespace uptrack {

Problems Engine::applyPolicy(const MonitorSpec &spec, Monitor *m) const
{
    Problems found;
    if (spec.downAfter) {
        // One option, one meaning: a check's confirmations are its --down-after.
        if (!m->isCheck())
            m->downAfter = *spec.downAfter;
        else if (*spec.downAfter > CheckRules::kMaxConfirmations)
            found.append({QStringLiteral("down_after"),
                          tr("A check goes down after 1 to %1 failures in a row.")
                                  .arg(CheckRules::kMaxConfirmations)});
        else
            m->check.confirmations = *spec.downAfter;
    }
    if (spec.minRunMs) {
        if (m->isCheck() && *spec.minRunMs > 0)
            found.append({QStringLiteral("min_run"),
                          tr("A check has no runs to time; --min-run is for jobs that send "
                             "/start and a finish.")});
        else
            m->minRunMs = *spec.minRunMs;
    }
    if (!spec.dependsOn)
        return found;
    QList<qint64> parents;
    for (const QString &ref : *spec.dependsOn) {
        const Monitor *p = find(ref.trimmed());
        if (!p) {
            found.append(
                    {QStringLiteral("depends_on"),
                     tr("No monitor \"%1\" to depend on (give an id, slug or token).").arg(ref)});
            continue;
        }
        if (p->id == m->id) {
            found.append(
                    {QStringLiteral("depends_on"), tr("%1 cannot depend on itself.").arg(m->name)});
            continue;
        }
        if (!parents.contains(p->id))
            parents.append(p->id);
    }
    if (const QStringList cycle = dependencyCycle(m->id, parents); !cycle.isEmpty())
        found.append({QStringLiteral("depends_on"),
                      tr("That would make a cycle of dependencies: %1.")
                              .arg(cycle.join(QStringLiteral(" → ")))});
    if (found.isEmpty())
        m->dependsOn = parents;
    return found;
}

QStringList Engine::dependencyCycle(qint64 id, const QList<qint64> &parents) const
{
    if (id <= 0)
        return {}; // a new monitor: nothing depends on it yet
    // Depth first from each parent, along what each depends on, looking for `id`.
    QHash<qint64, qint64> cameFrom; // visited monitor -> the one that led to it
    QList<qint64> stack;
    for (qint64 p : parents) {
        if (!cameFrom.contains(p)) {
            cameFrom.insert(p, id);
            stack.append(p);
        }
    }
    while (!stack.isEmpty()) {
        const qint64 at = stack.takeLast();
        if (at == id) {
            QStringList names;
            for (qint64 step = cameFrom.value(id);; step = cameFrom.value(step)) {
                names.prepend(m_monitors.value(step).name);
                if (step == id)
                    break;
            }
            names.append(m_monitors.value(id).name);
            return names;
        }
        const auto it = m_monitors.constFind(at);
        if (it == m_monitors.constEnd())
            continue;
        for (qint64 next : it->dependsOn) {
            if (!cameFrom.contains(next)) {
                cameFrom.insert(next, at);
                stack.append(next);
            }
        }
    }
    return {};
}

StateMachine::ParentVerdict Engine::verdictFor(const Monitor &m) const
{
    StateMachine::ParentVerdict verdict;
    for (qint64 id : m.dependsOn) {
        const auto p = m_monitors.constFind(id);
        if (p == m_monitors.constEnd())
            continue;
        // In maintenance counts as down: the router being rebooted is why its jobs fail.
        if (p->status == Status::Down || p->status == Status::Maintenance)
            return {StateMachine::ParentVerdict::Down, id};
        // A check short of its confirmations is late too: it has failed, not yet for sure.
        const bool late = p->status == Status::Late
                || (p->isCheck() && (p->status == Status::Up || p->status == Status::New)
                    && p->failStreak > 0);
        if (late && verdict.kind == StateMachine::ParentVerdict::Fine)
            verdict = {StateMachine::ParentVerdict::Late, id};
    }
    return verdict;
}

QStringList Engine::dependentNames(qint64 id) const
{
    QStringList names;
    for (qint64 child : m_dependents.value(id)) {
        if (const auto it = m_monitors.constFind(child); it != m_monitors.constEnd())
            names.append(it->name);
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

void Engine::settleDependents(const Monitor &parent)
{
    const QList<qint64> children = m_dependents.value(parent.id);
    for (qint64 id : children)
        reconcileParents(id);
}

void Engine::reconcileParents(qint64 id)
{
    const auto it = m_monitors.find(id);
    if (it == m_monitors.end() || it->parentId == 0)
        return; // only one waiting for a parent, or down because of one, changes
    Monitor &m = it.value();
    const StateChange change = StateMachine::onParents(m, verdictFor(m), m_clock.nowMs());
    if (change.isEmpty())
        return;
    apply(m, change);
    reschedule(m);
    scheduleCommit();
}

void Engine::indexDependencies(const Monitor &m, bool add)
{
    for (qint64 parent : m.dependsOn) {
        QList<qint64> &children = m_dependents[parent];
        if (add) {
            if (!children.contains(m.id))
                children.append(m.id);
        } else {
            children.removeAll(m.id);
            if (children.isEmpty())
                m_dependents.remove(parent);
        }
    }
}

void Engine::forgetParent(qint64 parentId)
{
    // Its dependents no longer depend on it; one down because of it is expected afresh.
    const QList<qint64> children = m_dependents.take(parentId);
    for (qint64 id : children) {
        const auto it = m_monitors.find(id);
        if (it == m_monitors.end())
            continue;
        it->dependsOn.removeAll(parentId);
        if (!m_monitorRepo.updateConfig(it.value()))
            qCWarning(lcEngine) << "could not drop a removed parent of" << id;
        reconcileParents(id);
        markChanged(id);
    }
}

} // namespace uptrack
