// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runstatistics.h"

#include "database.h"

#include <QList>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace uptrack {

RunStatistics RunStatistics::of(Database &db, qint64 monitorId, int window)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT duration_ms FROM pings WHERE monitor_id = ? AND "
                             "duration_ms IS NOT NULL ORDER BY id DESC LIMIT ?"));
    q.addBindValue(monitorId);
    q.addBindValue(window);
    QList<qint64> durations;
    if (q.exec()) {
        while (q.next())
            durations.append(q.value(0).toLongLong());
    }
    RunStatistics s;
    s.count = int(durations.size());
    if (durations.isEmpty())
        return s;
    std::sort(durations.begin(), durations.end());
    auto rank = [&](double p) {
        const qsizetype i = qsizetype(std::ceil(p * double(durations.size()))) - 1;
        return durations[std::clamp<qsizetype>(i, 0, durations.size() - 1)];
    };
    s.medianMs = rank(0.5);
    s.p95Ms = rank(0.95);
    return s;
}

} // namespace uptrack
