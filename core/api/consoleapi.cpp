// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// /api/uptrack/v1/ reads for a console attached from another machine: the history its
// views page through (pings with bodies, ping marks for the timeline and sparklines,
// flips, a monitor's uptime and run figures), read on a worker thread like every read of
// the history.
#include "apiserver.h"

#include "apiserver_p.h"

#include "engine/engine.h"
#include "format/jsonformat.h"
#include "reports/historyreader.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QJsonArray>

namespace uptrack {

using apidetail::error;
using apidetail::fieldError;
using apidetail::jsonResponse;
using apidetail::queryValue;

namespace {

constexpr int kMostMarks = 100'000;
constexpr int kMostPreview = 1 << 20;
/// As many as a console's ping log shows.
constexpr int kMostPings = 5000;

QJsonArray markJson(const PingMark &m)
{
    return QJsonArray{double(m.id), double(m.timeMs), pingKindName(m.kind), m.exitStatus,
                      double(m.durationMs)};
}

} // namespace

bool ApiServer::numberOf(const Call &call, const char *key, qint64 lowest, qint64 highest,
                         qint64 *value)
{
    const QString text = queryValue(call, key);
    if (text.isEmpty())
        return true;
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < lowest || n > highest) {
        reply(call, 400,
              fieldError(QLatin1String(key),
                         QStringLiteral("%1 is a whole number from %2 to %3")
                                 .arg(QLatin1String(key))
                                 .arg(lowest)
                                 .arg(highest)));
        return false;
    }
    *value = n;
    return true;
}

bool ApiServer::oneMonitorsList(const Call &call, const QString &what, qint64 *monitorId)
{
    if (call.path.size() != 1) {
        reply(call, 404, error(QStringLiteral("not found")));
        return false;
    }
    if (call.method != "GET" && call.method != "HEAD") {
        replyText(call, 405, QByteArray());
        return false;
    }
    if (!monitorFilter(call, monitorId))
        return false;
    if (*monitorId == 0) {
        reply(call, 400,
              fieldError(QStringLiteral("monitor"),
                         QStringLiteral("%1 are read one monitor at a time: ?monitor=").arg(what)));
        return false;
    }
    return true;
}

void ApiServer::ownPings(const Call &call)
{
    // GET pings?monitor=M[&from=&to=][&limit=N (100; at most 5000)][&preview=BYTES (1024)]:
    // the newest `limit` pings in the period, oldest first, each body cut to `preview`
    // bytes; GET pings/ID: one ping with its whole body.
    const QStringList &p = call.path;
    if (p.size() == 2) {
        if (call.method != "GET" && call.method != "HEAD") {
            replyText(call, 405, QByteArray());
            return;
        }
        bool ok = false;
        const qint64 id = p[1].toLongLong(&ok);
        if (!ok || id <= 0) {
            reply(call, 404, error(QStringLiteral("no ping is numbered \"%1\"").arg(p[1])));
            return;
        }
        answerFromHistory(call, [id](Database &db) {
            const auto ping = HistoryReader(db).ping(id);
            if (!ping)
                return jsonResponse(404, error(QStringLiteral("no ping is numbered %1").arg(id)));
            QJsonObject o = pingToJson(*ping);
            o.insert(QStringLiteral("monitor_id"), double(ping->monitorId));
            return jsonResponse(200, o);
        });
        return;
    }
    qint64 monitorId = 0;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 limit = 100;
    qint64 preview = 1024;
    if (!oneMonitorsList(call, QStringLiteral("pings"), &monitorId)
        || !periodOf(call, &fromMs, &toMs, QTimeZone::utc())
        || !numberOf(call, "limit", 1, kMostPings, &limit)
        || !numberOf(call, "preview", 0, kMostPreview, &preview))
        return;
    answerFromHistory(call, [=](Database &db) {
        QJsonArray list;
        for (const Ping &ping :
             HistoryReader(db).pings(monitorId, fromMs, toMs, int(limit), int(preview)))
            list.append(pingToJson(ping));
        return jsonResponse(200, QJsonObject{{QStringLiteral("pings"), list}});
    });
}

void ApiServer::ownMarks(const Call &call)
{
    // GET marks?monitor=M&from=&to=, or &recent=N for the newest N: each ping as
    // [id, time_ms, kind, exit_status, duration_ms], oldest first; no bodies, no sources.
    qint64 monitorId = 0;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 recent = 0;
    if (!oneMonitorsList(call, QStringLiteral("marks"), &monitorId)
        || !periodOf(call, &fromMs, &toMs, QTimeZone::utc())
        || !numberOf(call, "recent", 1, 1000, &recent))
        return;
    answerFromHistory(call, [=](Database &db) {
        HistoryReader reader(db);
        const QList<PingMark> marks = recent > 0 ? reader.recent(monitorId, int(recent))
                                                 : reader.marks(monitorId, fromMs, toMs);
        QJsonArray list;
        // The newest of them when a period holds more than a view can use.
        for (qsizetype i = std::max<qsizetype>(0, marks.size() - kMostMarks); i < marks.size(); ++i)
            list.append(markJson(marks[i]));
        return jsonResponse(200,
                            QJsonObject{{QStringLiteral("marks"), list},
                                        {QStringLiteral("truncated"), marks.size() > kMostMarks}});
    });
}

void ApiServer::ownFlips(const Call &call)
{
    qint64 monitorId = 0;
    if (!oneMonitorsList(call, QStringLiteral("flips"), &monitorId))
        return;
    answerFromHistory(call, [=](Database &db) {
        QJsonArray list;
        for (const Flip &f : HistoryReader(db).flips(monitorId))
            list.append(flipToJson(f));
        return jsonResponse(200, QJsonObject{{QStringLiteral("flips"), list}});
    });
}

void ApiServer::monitorFigures(const Call &call, const Monitor &m)
{
    // GET monitors/M/figures[?windows=86400,604800]: its uptime over each window (seconds
    // back from now; null without listened-to time) and its recent runs' durations.
    QList<qint64> windows;
    const QString text = queryValue(call, "windows");
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 seconds = part.toLongLong(&ok);
        if (!ok || seconds < 1 || seconds > 3650LL * 86400 || windows.size() >= 10) {
            reply(call, 400,
                  fieldError(QStringLiteral("windows"),
                             QStringLiteral("windows is up to 10 durations in seconds, comma "
                                            "separated (at most ten years each)")));
            return;
        }
        windows.append(seconds * 1000);
    }
    const qint64 id = m.id;
    const qint64 now = m_clock.nowMs();
    answerFromHistory(call, [=](Database &db) {
        HistoryReader reader(db);
        QJsonArray uptimes;
        for (const std::optional<double> &u : reader.uptimes(id, windows, now))
            uptimes.append(u ? QJsonValue(*u) : QJsonValue(QJsonValue::Null));
        const RunStatistics runs = reader.runStatistics(id);
        return jsonResponse(
                200,
                QJsonObject{{QStringLiteral("uptimes"), uptimes},
                            {QStringLiteral("runs"),
                             QJsonObject{{QStringLiteral("count"), runs.count},
                                         {QStringLiteral("median_ms"), double(runs.medianMs)},
                                         {QStringLiteral("p95_ms"), double(runs.p95Ms)}}}});
    });
}

} // namespace uptrack
