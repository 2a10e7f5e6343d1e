// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engine.h"
#include "enginetest.h"
#include "format/jsonformat.h"
#include "storage/alertrepository.h"
#include "storage/historyrepository.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <functional>

namespace testsupport {

using namespace uptrack;

constexpr qint64 kSec = 1000;
constexpr qint64 kMin = 60'000;
constexpr qint64 kHour = 3'600'000;
constexpr qint64 kT0 = 1'767'225'600'000; // 2026-01-01T00:00Z

inline QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
            .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

/// The alert policy's tests on a fake clock (hourly monitors, 10 min grace by default):
/// monitors, pings, the clock, and what was alerted and recorded.
class PolicyTest : public EngineTest
{
protected:
    void open()
    {
        EngineOptions options;
        options.tickMs = 3'600'000;
        QString error;
        QVERIFY2(openEngine(&error, options), qPrintable(error));
        m_engine->start();
    }

    Monitor add(const QString &name, const std::function<void(MonitorSpec &)> &more = {})
    {
        MonitorSpec spec;
        spec.name = name;
        spec.periodMs = kHour;
        spec.graceMs = 10 * kMin;
        if (more)
            more(spec);
        QString error;
        auto m = m_engine->addMonitor(spec, &error);
        [&] { QVERIFY2(m, qPrintable(error)); }();
        return m ? *m : Monitor();
    }

    void ping(const Monitor &m, PingKind kind = PingKind::Success, const QString &rid = {})
    {
        Ping p;
        p.kind = kind;
        p.rid = rid;
        m_engine->submitPing(PingTarget::byToken(m.token), p, [](PingOutcome) {});
        m_engine->commitNow();
    }

    void runUntil(qint64 at)
    {
        m_clock.setNow(at);
        m_engine->processDue();
    }

    QList<Alert> alerts(qint64 id)
    {
        AlertRepository repo(*m_db);
        QList<Alert> out;
        repo.alerts(id, 0, &out);
        std::sort(out.begin(), out.end(),
                  [](const Alert &a, const Alert &b) { return a.id < b.id; });
        return out;
    }
    QStringList alertKinds(qint64 id)
    {
        QStringList kinds;
        for (const Alert &a : alerts(id))
            kinds.append(alertKindName(a.kind));
        return kinds;
    }
    QList<Incident> incidents(qint64 id)
    {
        HistoryRepository h(*m_db);
        QList<Incident> out;
        h.incidents(id, &out);
        return out;
    }
    const Monitor &monitor(qint64 id) { return *m_engine->monitor(id); }
    Status status(qint64 id) { return monitor(id).status; }
    QJsonObject json(qint64 id)
    {
        return monitorToJson(monitor(id), PingUrls{}, [this](qint64 other) {
            const Monitor *m = m_engine->monitor(other);
            return m ? m->name : QString();
        });
    }

    Channel channel(const QString &name, qint64 reminderMs)
    {
        Channel c;
        c.name = name;
        c.kind = QStringLiteral("webhook");
        c.secretRef = name;
        c.reminderMs = reminderMs;
        c.isDefault = true; // monitors added later use it too
        QString error;
        const auto added = m_engine->addChannel(c, &error, true);
        [&] { QVERIFY2(added, qPrintable(error)); }();
        return added.value_or(Channel());
    }

    qint64 openIncident(qint64 monitorId)
    {
        for (const Incident &i : incidents(monitorId)) {
            if (i.endMs < 0)
                return i.id;
        }
        return 0;
    }
};

} // namespace testsupport
