// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// /api/uptrack/v1/: Uptrack's own resources, in the names and shapes its command line's
// --json output has. Reads of the history run on a worker thread with their own read-only
// connection; every change is a command through the CommandHandler.
#include "apiserver.h"

#include "apilog.h"
#include "apiserver_p.h"
#include "ownspec.h"

#include "control/commandhandler.h"
#include "engine/engine.h"
#include "format/jsonformat.h"
#include "reports/report.h"
#include "schedule/cronexpression.h"
#include "secrets/secretstore.h"
#include "settings/defaults.h"
#include "storage/alertrepository.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "time/clock.h"
#include "time/isotime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace uptrack {

using apidetail::corsHeaders;
using apidetail::error;
using apidetail::fieldError;
using apidetail::jsonResponse;
using apidetail::queryValue;

namespace {

/// The most a list answers with (incidents, alerts); `limit` chooses fewer.
constexpr int kDefaultLimit = 100;
constexpr int kMaxLimit = 1000;

/// The alerts and their deliveries, as `uptrack alerts --json` prints them.
QJsonArray alertsJson(AlertRepository &repo, const QList<Alert> &alerts,
                      const QHash<qint64, QString> &channelNames)
{
    QJsonArray array;
    for (const Alert &a : alerts) {
        QList<DeliveryRecord> records;
        repo.recordsOf(a.id, &records);
        array.append(alertToJson(a, records, channelNames));
    }
    return array;
}

} // namespace

void ApiServer::answerFromHistory(const Call &call, std::function<HttpResponse(Database &)> read)
{
    const QString path = m_db.path();
    QPointer<HttpConnection> connection = call.connection;
    m_workers.start([this, path, connection, read = std::move(read)] {
        QString why;
        HttpResponse response;
        const auto db = Database::open(path, Database::Mode::ReadOnly, &why);
        if (!db) {
            qCWarning(lcApi).noquote() << "the history could not be read:" << why;
            response = jsonResponse(503,
                                    error(QStringLiteral("the history could not be read: ") + why));
        } else {
            response = read(*db);
        }
        // Back to the server's thread to answer (the pool is waited for before the server
        // goes, so `this` is alive here).
        QMetaObject::invokeMethod(
                this,
                [connection, response = std::move(response)] {
                    if (connection)
                        connection->respond(response);
                },
                Qt::QueuedConnection);
    });
}

bool ApiServer::periodOf(const Call &call, qint64 *fromMs, qint64 *toMs, const QTimeZone &zone)
{
    const QString from = queryValue(call, "from");
    const QString to = queryValue(call, "to");
    const auto start = from.isEmpty() ? std::optional<qint64>(0) : parseIso(from, zone);
    const auto end = to.isEmpty() ? std::optional<qint64>(m_clock.nowMs() + 1) : parseIso(to, zone);
    for (const auto &[name, text, value] :
         {std::tuple{"from", from, start}, std::tuple{"to", to, end}}) {
        if (!value) {
            reply(call, 400,
                  fieldError(QLatin1String(name),
                             QStringLiteral("%1 is a date like 2026-03-01, 2026-03-01T08:00 or "
                                            "2026-03-01T08:00:00+02:00 (\"%2\" is not one)")
                                     .arg(QLatin1String(name), text)));
            return false;
        }
    }
    if (*end <= *start) {
        reply(call, 400,
              fieldError(QStringLiteral("to"),
                         QStringLiteral("to must come after from (the period is half-open: to is "
                                        "not included)")));
        return false;
    }
    *fromMs = *start;
    *toMs = *end;
    return true;
}

bool ApiServer::limitOf(const Call &call, int *limit)
{
    const QString text = queryValue(call, "limit");
    *limit = kDefaultLimit;
    if (text.isEmpty())
        return true;
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 1 || n > kMaxLimit) {
        reply(call, 400,
              fieldError(QStringLiteral("limit"),
                         QStringLiteral("limit is a whole number from 1 to %1").arg(kMaxLimit)));
        return false;
    }
    *limit = n;
    return true;
}

bool ApiServer::monitorFilter(const Call &call, qint64 *monitorId)
{
    *monitorId = 0;
    const QString ref = queryValue(call, "monitor");
    if (ref.isEmpty())
        return true;
    const Monitor *m = m_engine.find(ref);
    if (!m) {
        reply(call, 404, error(QStringLiteral("no monitor is named \"%1\"").arg(ref)));
        return false;
    }
    *monitorId = m->id;
    return true;
}

QHash<qint64, QString> ApiServer::monitorNames() const
{
    QHash<qint64, QString> names;
    for (const Monitor &m : m_engine.monitors())
        names.insert(m.id, m.name);
    return names;
}

QHash<qint64, QString> ApiServer::channelNames() const
{
    QHash<qint64, QString> names;
    for (const Channel &c : m_engine.channels())
        names.insert(c.id, c.name);
    return names;
}

bool ApiServer::refusesCommandChannel(const Call &call, const command::Command &command)
{
    const auto *add = std::get_if<command::AddChannel>(&command);
    if (!add || add->channel.kind != QLatin1String("command") || m_options.allowsCommandChannels)
        return false;
    reply(call, 403,
          error(QStringLiteral("a command channel runs a program on the core's machine: add it "
                               "there with uptrack channel add --kind command, or start the "
                               "core with --api-allows-command-channels")));
    return true;
}

void ApiServer::routeOwn(Call &call)
{
    const QStringList &p = call.path;
    const QString resource = p.value(0);
    const bool get = call.method == "GET" || call.method == "HEAD";
    // The history and reports hold no tokens or secrets: a read-only key may read them.
    const bool history = resource == QLatin1String("incidents")
            || resource == QLatin1String("alerts") || resource == QLatin1String("listening")
            || resource == QLatin1String("report") || resource == QLatin1String("marks")
            || resource == QLatin1String("flips");
    // Pings are history too, but their bodies may say anything: a read-write key only.
    const bool known = history || resource == QLatin1String("events")
            || resource == QLatin1String("pings") || resource == QLatin1String("channels")
            || resource == QLatin1String("monitors") || resource == QLatin1String("settings")
            || resource == QLatin1String("cli") || resource == QLatin1String("commands");
    if (!known) {
        reply(call, 404, error(QStringLiteral("not found")));
        return;
    }
    // cli: either kind of key; which commands a read-only one may run is its own check.
    if (!authorize(call, call.headerKey, (history && get) || resource == QLatin1String("cli"),
                   call.connection->peer()))
        return;
    if (resource == QLatin1String("events"))
        ownEvents(call);
    else if (resource == QLatin1String("channels"))
        ownChannels(call);
    else if (resource == QLatin1String("monitors"))
        ownMonitors(call);
    else if (resource == QLatin1String("incidents"))
        ownIncidents(call);
    else if (resource == QLatin1String("alerts"))
        ownAlerts(call);
    else if (resource == QLatin1String("listening"))
        ownListening(call);
    else if (resource == QLatin1String("settings"))
        ownSettings(call);
    else if (resource == QLatin1String("cli"))
        ownCli(call);
    else if (resource == QLatin1String("commands"))
        ownCommands(call);
    else if (resource == QLatin1String("pings"))
        ownPings(call);
    else if (resource == QLatin1String("marks"))
        ownMarks(call);
    else if (resource == QLatin1String("flips"))
        ownFlips(call);
    else
        ownReport(call);
}

void ApiServer::ownCommands(const Call &call)
{
    // The console's own commands, as its local socket carries them (command::toJson): what
    // a console attached over the API does runs exactly as it would on this machine.
    if (call.path.size() != 1) {
        reply(call, 404, error(QStringLiteral("not found")));
        return;
    }
    if (call.method != "POST") {
        replyText(call, 405, QByteArray());
        return;
    }
    QString why;
    const std::optional<command::Command> command = command::fromJson(call.json, &why);
    if (!command) {
        reply(call, 400, error(why));
        return;
    }
    if (std::holds_alternative<command::ShowConsole>(*command)) {
        reply(call, 400, error(QStringLiteral("console.show is for this machine's console only")));
        return;
    }
    if (refusesCommandChannel(call, *command))
        return;
    QPointer<ApiServer> self(this);
    m_handler.handle(*command, [self, call](const command::Reply &r) {
        if (self)
            self->reply(call, r.ok ? 200 : 400, r.toJson());
    });
}

void ApiServer::ownEvents(const Call &call)
{
    if (call.path.size() != 1) {
        reply(call, 404, error(QStringLiteral("not found")));
        return;
    }
    if (call.method != "GET") {
        replyText(call, 405, QByteArray());
        return;
    }
    bool ok = false;
    const qint64 last = call.lastEventId.toLongLong(&ok);
    if (!m_events.attach(call.connection, ok && last >= 0 ? last : -1))
        reply(call, 503,
              error(QStringLiteral("too many event streams (at most %1); close one")
                            .arg(EventStream::kMaxStreams)));
}

QJsonObject ApiServer::channelJson(const Channel &c) const
{
    return channelToJson(c,
                         c.secretRef.isEmpty()
                                 ? QString()
                                 : SecretStore::locate(SecretStore::channelKey(c.secretRef)));
}

void ApiServer::ownChannels(const Call &call)
{
    const QStringList &p = call.path;
    const bool get = call.method == "GET" || call.method == "HEAD";
    const bool post = call.method == "POST";
    const bool del = call.method == "DELETE";
    const bool test = p.size() == 3 && p[2] == QLatin1String("test");
    if (p.size() > 3 || (p.size() == 3 && !test)) {
        reply(call, 404, error(QStringLiteral("not found")));
        return;
    }
    const bool allowed = (p.size() == 1 && (get || post)) || (p.size() == 2 && (get || post || del))
            || (test && post);
    if (!allowed) {
        replyText(call, 405, QByteArray());
        return;
    }
    if (p.size() == 1 && get) {
        QJsonArray list;
        for (const Channel &c : m_engine.channels())
            list.append(channelJson(c));
        reply(call, 200, QJsonObject{{QStringLiteral("channels"), list}});
        return;
    }
    QPointer<ApiServer> self(this);
    if (p.size() == 1) {
        QString field;
        QString why;
        const auto add = ownapi::decodeChannel(call.json, &field, &why);
        if (!add) {
            reply(call, 400, fieldError(field, why));
            return;
        }
        if (refusesCommandChannel(call, *add))
            return;
        // Its secret goes to the secret store and nowhere else; the answer names the entry.
        m_handler.handle(*add, [self, call](const command::Reply &r) {
            if (!self)
                return;
            const Channel *c = r.ok ? self->m_engine.channel(r.id) : nullptr;
            if (!c) {
                QJsonObject o = error(r.error);
                if (!r.problems.isEmpty()) {
                    const QString field = r.problems.first().field;
                    o.insert(QStringLiteral("field"),
                             field == QLatin1String("secret") ? QStringLiteral("fields") : field);
                }
                // No secret store (no keychain) is the server's trouble, not the request's.
                self->reply(call, r.problems.isEmpty() ? 503 : 400, o);
                return;
            }
            QJsonObject o = self->channelJson(*c);
            if (!r.warning.isEmpty())
                o.insert(QStringLiteral("warning"), r.warning);
            self->reply(call, 201, o);
        });
        return;
    }
    const Channel *c = m_engine.findChannel(p[1]);
    if (!c) {
        reply(call, 404, error(QStringLiteral("no channel is named \"%1\"").arg(p[1])));
        return;
    }
    const qint64 id = c->id;
    const QString name = c->name; // names are unique, and found before ids and UUIDs
    const QString kind = c->kind;
    if (get) {
        reply(call, 200, channelJson(*c));
        return;
    }
    command::Command command;
    if (test) {
        command = command::TestChannel{name};
    } else if (del) {
        command = command::RemoveChannel{name};
    } else {
        QString field;
        QString why;
        const auto edit = ownapi::decodeChannelEdit(name, kind, call.json, &field, &why);
        if (!edit) {
            reply(call, 400, fieldError(field, why));
            return;
        }
        command = *edit;
    }
    m_handler.handle(command, [self, call, test, del, id](const command::Reply &r) {
        if (!self)
            return;
        if (test) {
            // A test that did not get through is still an answer: what the channel said.
            if (!r.ok && r.outcome.isEmpty())
                self->reply(call, 400, error(r.error));
            else
                self->reply(call, 200,
                            QJsonObject{{QStringLiteral("delivered"), r.delivered},
                                        {QStringLiteral("outcome"), r.outcome}});
            return;
        }
        if (!r.ok) {
            QJsonObject o = error(r.error);
            if (!r.problems.isEmpty())
                o.insert(QStringLiteral("field"), r.problems.first().field);
            self->reply(call, 400, o);
            return;
        }
        QJsonObject o;
        if (del) {
            o = QJsonObject{{QStringLiteral("id"), double(id)}, {QStringLiteral("removed"), true}};
        } else if (const Channel *c = self->m_engine.channel(id)) {
            o = self->channelJson(*c);
        }
        if (!r.warning.isEmpty())
            o.insert(QStringLiteral("warning"), r.warning);
        self->reply(call, 200, o);
    });
}

void ApiServer::ownMonitors(const Call &call)
{
    const QStringList &p = call.path;
    const bool get = call.method == "GET" || call.method == "HEAD";
    const bool post = call.method == "POST";
    const bool del = call.method == "DELETE";
    const bool action
            = p.size() == 3 && (p[2] == QLatin1String("pause") || p[2] == QLatin1String("resume"));
    const bool figures = p.size() == 3 && p[2] == QLatin1String("figures");
    if (p.size() > 3 || (p.size() == 3 && !action && !figures)) {
        reply(call, 404, error(QStringLiteral("not found")));
        return;
    }
    const bool allowed = (p.size() == 1 && (get || post)) || (p.size() == 2 && (get || post || del))
            || (action && post) || (figures && get);
    if (!allowed) {
        replyText(call, 405, QByteArray());
        return;
    }
    const Monitor *m = p.size() >= 2 ? m_engine.find(p[1]) : nullptr;
    if (p.size() >= 2 && !m) {
        reply(call, 404, error(QStringLiteral("no monitor is named \"%1\"").arg(p[1])));
        return;
    }
    if (figures) {
        monitorFigures(call, *m);
        return;
    }
    if (get) {
        if (m) {
            reply(call, 200, monitorJson(*m));
            return;
        }
        QList<Monitor> all = m_engine.monitors();
        std::sort(all.begin(), all.end(),
                  [](const Monitor &a, const Monitor &b) { return a.id < b.id; });
        QJsonArray list;
        for (const Monitor &each : std::as_const(all))
            list.append(monitorJson(each));
        reply(call, 200, QJsonObject{{QStringLiteral("monitors"), list}});
        return;
    }
    command::Command command;
    int okStatus = 200;
    if (action) {
        command = p[2] == QLatin1String("pause")
                ? command::Command(command::PauseMonitor{m->token})
                : command::Command(command::ResumeMonitor{m->token, false});
    } else if (del) {
        command = command::RemoveMonitor{m->token};
    } else {
        QString field;
        QString why;
        const auto spec = ownapi::decodeMonitor(call.json, &field, &why);
        if (!spec) {
            reply(call, 400, fieldError(field, why));
            return;
        }
        if (m) {
            command = command::EditMonitor{m->token, *spec, {}};
        } else {
            command = command::AddMonitor{*spec, {}};
            okStatus = 201;
        }
    }
    const qint64 id = m ? m->id : 0;
    QPointer<ApiServer> self(this);
    m_handler.handle(command, [self, call, okStatus, del, id](const command::Reply &r) {
        if (!self)
            return;
        if (!r.ok) {
            QJsonObject o = error(r.error);
            if (!r.problems.isEmpty()) {
                // The engine names fields as commands do; this API as monitor show.
                QString field = r.problems.first().field;
                if (field == QLatin1String("cron"))
                    field = QStringLiteral("schedule");
                o.insert(QStringLiteral("field"), field);
            }
            self->reply(call, 400, o);
            return;
        }
        if (del) {
            self->reply(call, 200,
                        QJsonObject{{QStringLiteral("id"), double(id)},
                                    {QStringLiteral("removed"), true}});
            return;
        }
        const Monitor *m = self->m_engine.monitor(r.id);
        if (m)
            self->reply(call, okStatus, self->monitorJson(*m));
        else
            self->reply(call, 404, error(QStringLiteral("not found")));
    });
}

void ApiServer::ownIncidents(const Call &call)
{
    const QStringList &p = call.path;
    const bool get = call.method == "GET" || call.method == "HEAD";
    if (p.size() > 2) {
        reply(call, 404, error(QStringLiteral("not found")));
        return;
    }
    if (!(get || (p.size() == 2 && call.method == "POST"))) {
        replyText(call, 405, QByteArray());
        return;
    }
    qint64 incidentId = 0;
    if (p.size() == 2) {
        bool ok = false;
        incidentId = p[1].toLongLong(&ok);
        if (!ok || incidentId <= 0) {
            reply(call, 404, error(QStringLiteral("no incident is numbered \"%1\"").arg(p[1])));
            return;
        }
    }
    qint64 monitorId = 0;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int limit = 0;
    if (p.size() == 1
        && (!monitorFilter(call, &monitorId) || !periodOf(call, &fromMs, &toMs, QTimeZone::utc())
            || !limitOf(call, &limit)))
        return;
    const auto monitors = monitorNames();
    const auto channels = channelNames();
    // One incident with its alerts and their deliveries.
    auto withAlerts = [monitors, channels](Database &db, const Incident &i) {
        QJsonObject o = incidentToJson(i, monitors.value(i.monitorId));
        AlertRepository repo(db);
        QList<Alert> alerts;
        repo.alertsOfIncident(i.id, &alerts);
        o.insert(QStringLiteral("alerts"), alertsJson(repo, alerts, channels));
        return o;
    };
    if (p.size() == 1) {
        answerFromHistory(call, [=](Database &db) {
            HistoryRepository history(db);
            QList<Incident> list;
            if (!history.incidentsIn(monitorId, fromMs, toMs, limit, &list))
                return jsonResponse(503, error(db.describe(history.lastError())));
            QJsonArray array;
            for (const Incident &i : std::as_const(list))
                array.append(withAlerts(db, i));
            return jsonResponse(200, QJsonObject{{QStringLiteral("incidents"), array}});
        });
        return;
    }
    if (get) {
        answerFromHistory(call, [=](Database &db) {
            const auto found = HistoryRepository(db).incident(incidentId);
            if (!found)
                return jsonResponse(
                        404, error(QStringLiteral("no incident is numbered %1").arg(incidentId)));
            return jsonResponse(200, withAlerts(db, *found));
        });
        return;
    }
    // POST {"note": "..."}: the admin's note ("" removes it).
    const QJsonValue note = call.json.value(QLatin1String("note"));
    if (!note.isString() && !note.isNull()) {
        reply(call, 400,
              fieldError(QStringLiteral("note"),
                         QStringLiteral("note is a string (\"\" or null removes the note)")));
        return;
    }
    if (note.toString().size() > 10'000) {
        reply(call, 400,
              fieldError(QStringLiteral("note"),
                         QStringLiteral("the note is too long (at most 10,000 characters)")));
        return;
    }
    QPointer<ApiServer> self(this);
    m_handler.handle(command::SetIncidentNote{incidentId, note.toString()},
                     [self, call, incidentId, withAlerts](const command::Reply &r) {
                         if (!self)
                             return;
                         if (!r.ok) {
                             // Checked again on the history: gone is 404, anything else the
                             // server's.
                             self->answerFromHistory(call, [r, incidentId](Database &db) {
                                 const bool exists
                                         = HistoryRepository(db).incident(incidentId).has_value();
                                 return jsonResponse(exists ? 503 : 404, error(r.error));
                             });
                             return;
                         }
                         self->answerFromHistory(call, [incidentId, withAlerts](Database &db) {
                             const auto found = HistoryRepository(db).incident(incidentId);
                             return found ? jsonResponse(200, withAlerts(db, *found))
                                          : jsonResponse(404, error(QStringLiteral("not found")));
                         });
                     });
}

void ApiServer::ownAlerts(const Call &call)
{
    if (call.path.size() != 1) {
        reply(call, 404, error(QStringLiteral("not found")));
        return;
    }
    if (call.method != "GET" && call.method != "HEAD") {
        replyText(call, 405, QByteArray());
        return;
    }
    qint64 monitorId = 0;
    int limit = 0;
    if (!monitorFilter(call, &monitorId) || !limitOf(call, &limit))
        return;
    const auto channels = channelNames();
    answerFromHistory(call, [=](Database &db) {
        AlertRepository repo(db);
        QList<Alert> alerts;
        if (!repo.alerts(monitorId, limit, &alerts))
            return jsonResponse(503, error(db.describe(repo.lastError())));
        return jsonResponse(
                200, QJsonObject{{QStringLiteral("alerts"), alertsJson(repo, alerts, channels)}});
    });
}

void ApiServer::ownListening(const Call &call)
{
    if (call.path.size() != 1) {
        reply(call, 404, error(QStringLiteral("not found")));
        return;
    }
    if (call.method != "GET" && call.method != "HEAD") {
        replyText(call, 405, QByteArray());
        return;
    }
    qint64 fromMs = 0;
    qint64 toMs = 0;
    if (!periodOf(call, &fromMs, &toMs, QTimeZone::utc()))
        return;
    answerFromHistory(call, [=](Database &db) {
        HistoryRepository history(db);
        QList<ListeningSpan> spans;
        if (!history.spans(&spans))
            return jsonResponse(503, error(db.describe(history.lastError())));
        QJsonArray array;
        for (const ListeningSpan &s : std::as_const(spans)) {
            if (s.startMs < toMs && s.endMs > fromMs)
                array.append(listeningSpanToJson(s));
        }
        return jsonResponse(200, QJsonObject{{QStringLiteral("spans"), array}});
    });
}

void ApiServer::ownReport(const Call &call)
{
    if (call.path.size() != 1) {
        reply(call, 404, error(QStringLiteral("not found")));
        return;
    }
    if (call.method != "GET") {
        replyText(call, 405, QByteArray());
        return;
    }
    ReportRequest request;
    const QString tz = queryValue(call, "tz");
    if (!tz.isEmpty()) {
        QString why;
        const auto zone = zoneFromName(tz, &why);
        if (!zone) {
            reply(call, 400, fieldError(QStringLiteral("tz"), why));
            return;
        }
        request.zone = *zone;
    }
    const QString format = queryValue(call, "format").toLower();
    static const QHash<QString, QByteArray> types{
            {QStringLiteral("pdf"), "application/pdf"},
            {QStringLiteral("html"), "text/html; charset=utf-8"},
            {QStringLiteral("csv"), "text/csv; charset=utf-8"},
            {QStringLiteral("json"), "application/json"}};
    if (!types.contains(format)) {
        reply(call, 400,
              fieldError(QStringLiteral("format"),
                         QStringLiteral("format is pdf, html, csv or json")));
        return;
    }
    if (queryValue(call, "from").isEmpty() || queryValue(call, "to").isEmpty()) {
        reply(call, 400,
              fieldError(queryValue(call, "from").isEmpty() ? QStringLiteral("from")
                                                            : QStringLiteral("to"),
                         QStringLiteral("a report needs its period: from=DATE&to=DATE (local "
                                        "time of the core, or of tz=, unless the date has an "
                                        "offset)")));
        return;
    }
    if (!periodOf(call, &request.fromMs, &request.toMs, request.zone))
        return;
    for (const auto &[k, v] : call.query) {
        if (k == QLatin1String("monitor"))
            request.monitors.append(v);
    }
    request.tag = queryValue(call, "tag");
    const QString bodies = queryValue(call, "include_bodies");
    request.includeBodies = bodies == QLatin1String("1") || bodies == QLatin1String("true");
    if (request.includeBodies && call.readOnly) {
        // Bodies are the jobs' own output: they may hold anything.
        reply(call, 403,
              error(QStringLiteral("include_bodies needs a read-write key (bodies are the jobs' "
                                   "own output)")));
        return;
    }
    // A PDF is laid out with fonts, which need a graphical application object (the
    // offscreen platform will do; the headless core makes one).
    if (format == QLatin1String("pdf")
        && !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        reply(call, 501,
              error(QStringLiteral("this core cannot lay out PDF reports (no graphical "
                                   "application object); ask for html, csv or json")));
        return;
    }
    const qint64 now = m_clock.nowMs();
    const QByteArray type = types.value(format);
    answerFromHistory(call, [=](Database &db) {
        QString why;
        const auto report = buildReport(db, request, now, &why);
        if (!report)
            return jsonResponse(400, error(why));
        QByteArray bytes;
        if (!renderReport(*report, format, &bytes, &why))
            return jsonResponse(500, error(why));
        const QString name
                = QStringLiteral("uptrack-report-%1--%2.%3")
                          .arg(QDateTime::fromMSecsSinceEpoch(request.fromMs, request.zone)
                                       .toString(QStringLiteral("yyyy-MM-dd")),
                               QDateTime::fromMSecsSinceEpoch(request.toMs, request.zone)
                                       .toString(QStringLiteral("yyyy-MM-dd")),
                               format);
        HttpResponse::Headers headers = corsHeaders();
        headers.append({"Content-Disposition",
                        QByteArray("attachment; filename=\"") + name.toLatin1() + '"'});
        qCInfo(lcApi).noquote() << "answered a" << format << "report," << bytes.size() << "bytes";
        return HttpResponse{200, bytes, headers, type};
    });
}

} // namespace uptrack
