// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pingpruner.h"

#include "storage/database.h"

namespace uptrack {

PingPruner::PingPruner(Database &db) : m_db(db), m_repo(db) { }

PingPruner::Step PingPruner::step(qint64 keep, const std::function<qint64(qint64)> &storedOf)
{
    Step step;
    if (m_due.empty())
        return step;
    if (!m_db.begin()) {
        step.ok = false;
        step.failure = m_db.lastError();
        return step;
    }
    QList<qint64> done;
    for (auto it = m_due.cbegin(); it != m_due.cend() && step.rows < kStepRows; ++it) {
        const qint64 stored = storedOf(*it);
        if (stored <= keep) {
            done.append(*it);
            continue;
        }
        const qint64 limit = kStepRows - step.rows;
        const qint64 deleted = m_repo.prune(*it, keep, limit);
        if (deleted < 0) {
            step.ok = false;
            step.failure = m_repo.lastError();
            m_db.rollback();
            return step;
        }
        step.rows += deleted;
        // Fewer than asked for: the newest `keep` are all that is left.
        const qint64 after = deleted < limit ? keep : std::max(keep, stored - deleted);
        step.storedAfter.insert(*it, after);
        if (after <= keep)
            done.append(*it);
    }
    if (!m_db.commit()) {
        step.ok = false;
        step.failure = m_db.lastError();
        step.storedAfter.clear();
        step.rows = 0;
        m_db.rollback();
        return step;
    }
    for (qint64 id : std::as_const(done))
        m_due.erase(id);
    return step;
}

} // namespace uptrack
