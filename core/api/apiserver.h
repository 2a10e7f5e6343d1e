// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apioptions.h"
#include "control/commands.h"
#include "eventstream.h"
#include "hcspec.h"
#include "http/httpserver.h"
#include "receiver/ratelimiter.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimeZone>

#include <functional>

namespace uptrack {

class Clock;
class CommandHandler;
class Database;
class Engine;
struct Channel;
struct Monitor;

/// What Healthchecks' check object needs besides the monitor: taken on the core thread, so
/// the object can be built on another.
struct HcContext
{
    ApiOptions options;
    QHash<qint64, QString> channelUuids;
    /// The names of the monitors the checks depend on (or are down because of).
    QHash<qint64, QString> monitorNames;
    qint64 now = 0;
    int version = 3;
    bool readOnly = false;
};

/// The management API on the receiver's listeners: Healthchecks' Management API under
/// /api/v1/, /api/v2/ and /api/v3/ (same paths, fields, status codes and error strings),
/// with API keys. Reads come from the engine and the database; every change is a
/// command::Command through the same CommandHandler the console and the command line use.
class ApiServer : public QObject, public HttpHandler
{
    Q_OBJECT
public:
    /// The largest request body the API reads (a bigger one is 413).
    static constexpr qint64 kMaxBody = 64 * 1024;

    ~ApiServer() override;
    ApiServer(Engine &engine, CommandHandler &handler, Database &db, const Clock &clock,
              ApiOptions options, QObject *parent = nullptr);
    void setOptions(const ApiOptions &options) { m_options = options; }
    const ApiOptions &options() const { return m_options; }

    /// The live event stream (GET /api/uptrack/v1/events); what the engine does reaches it
    /// by itself, alert deliveries through publishDelivery().
    EventStream &events() { return m_events; }
    void publishDelivery(qint64 deliveryId, bool delivered, const QString &outcome);

    std::optional<HttpResponse> admit(const HttpConnection &connection,
                                      const HttpRequestHead &head) override;
    void handle(HttpConnection *connection, const HttpRequestParser &request) override;

    /// One request, decoded: what the endpoints work from.
    struct Call
    {
        QPointer<HttpConnection> connection;
        QByteArray method;
        QStringList path;                     ///< the segments after /api/vN/
        QList<QPair<QString, QString>> query; ///< decoded, in order
        QJsonObject json;                     ///< the body's object ({} without one)
        int version = 3;
        bool readOnly = false; ///< the key may only read
        bool https = false;
        QByteArray headerKey; ///< X-Api-Key (null when not sent; then the body's api_key)
        QString lastEventId;  ///< Last-Event-ID: where a reconnecting stream resumes
    };

private:
    /// Answers `call` (if its client is still there).
    void reply(const Call &call, int status, const QJsonObject &body) const;
    void replyText(const Call &call, int status, const QByteArray &body) const;
    /// The key's checks: a read-write key passes any endpoint, a read-only one only `read`
    /// ones; false after answering 401.
    bool authorize(Call &call, const QByteArray &headerKey, bool readEndpoint, const QString &peer);

    void route(Call &call);
    void listChecks(const Call &call);
    /// The request's check fields and the spec they make; nullopt after answering 400.
    std::optional<hc::CheckRequest> decodeRequest(const Call &call, MonitorSpec *spec);
    void createCheck(const Call &call);
    void getCheck(const Call &call, const Monitor &m);
    void updateCheck(const Call &call, const Monitor &m);
    void deleteCheck(const Call &call, const Monitor &m);
    void pauseCheck(const Call &call, const Monitor &m);
    void resumeCheck(const Call &call, const Monitor &m);
    void listPings(const Call &call, const Monitor &m);
    void pingBody(const Call &call, const Monitor &m, const QString &n);
    void listFlips(const Call &call, const Monitor &m);
    void listChannels(const Call &call);
    /// /api/uptrack/v1/: Uptrack's own resources (uptrackapi.cpp).
    void routeOwn(Call &call);
    /// A channel that would run a program on this machine, asked for through the API
    /// without --api-allows-command-channels: answered 403 (true), or false to go on.
    bool refusesCommandChannel(const Call &call, const command::Command &command);
    void ownEvents(const Call &call);
    void ownChannels(const Call &call);
    void ownMonitors(const Call &call);
    void ownIncidents(const Call &call);
    void ownAlerts(const Call &call);
    void ownListening(const Call &call);
    void ownSettings(const Call &call);
    /// GET settings' answer (after a change too).
    QJsonObject settingsJson() const;
    void changeSettings(const Call &call);
    void ownReport(const Call &call);
    /// Reads for a console on another machine (consoleapi.cpp).
    void ownPings(const Call &call);
    void ownMarks(const Call &call);
    void ownFlips(const Call &call);
    void monitorFigures(const Call &call, const Monitor &m);
    /// A GET of one monitor's `what` (?monitor= required); false after answering.
    bool oneMonitorsList(const Call &call, const QString &what, qint64 *monitorId);
    /// ?key= as a whole number in [lowest, highest] (absent: *value unchanged); false
    /// after answering 400.
    bool numberOf(const Call &call, const char *key, qint64 lowest, qint64 highest, qint64 *value);
    /// /api/uptrack/v1/cli: a sub-command run for `uptrack --server` (remotecli.cpp).
    void ownCli(const Call &call);
    /// /api/uptrack/v1/commands: a typed command (command::toJson), for a remote console.
    void ownCommands(const Call &call);
    /// Runs `read` on a worker thread with its own read-only connection to the database
    /// (the core's writer is never kept waiting), then answers with what it returns.
    void answerFromHistory(const Call &call, std::function<HttpResponse(Database &)> read);
    /// ?from= and ?to= (ISO 8601; no offset: `zone`); absent: all time up to now. False
    /// after answering 400.
    bool periodOf(const Call &call, qint64 *fromMs, qint64 *toMs, const QTimeZone &zone);
    /// ?limit= (1 to 1000; default 100); false after answering 400.
    bool limitOf(const Call &call, int *limit);
    /// ?monitor= (id, slug or token; absent: 0, all); false after answering 404.
    bool monitorFilter(const Call &call, qint64 *monitorId);
    QHash<qint64, QString> monitorNames() const;
    QHash<qint64, QString> channelNames() const;
    QJsonObject monitorJson(const Monitor &m) const;
    /// As `channel list --json` prints it: settings and the secret's store entry, never
    /// the secret.
    QJsonObject channelJson(const Channel &c) const;
    void connectEvents();

    /// Healthchecks' check object for `m` (as its Check.to_dict).
    QJsonObject checkJson(const Monitor &m, const Call &call) const;
    /// What a check object needs besides the monitor, taken on this thread.
    HcContext contextOf(const Call &call) const;
    /// The monitor a path segment names: a UUID (its token), or a read-only key's
    /// unique_key when `byUniqueKey`.
    const Monitor *checkOf(const QString &segment, bool byUniqueKey) const;
    /// Runs `command`, then answers with the monitor it names (status `okStatus`), or with
    /// 400 and the reason.
    void runAndShow(const Call &call, command::Command command, int okStatus);

    Engine &m_engine;
    CommandHandler &m_handler;
    Database &m_db;
    const Clock &m_clock;
    ApiOptions m_options;
    /// Failed authentications by source address: a key cannot be guessed quickly.
    RateLimiter m_failedAuth;
    EventStream m_events;
    /// Builds big answers (the list of checks) off this thread; waited for on destruction.
    QThreadPool m_workers;
    QElapsedTimer m_mono;
    /// Remote sub-commands running now (at most RemoteRun::kMaxRunning).
    int m_cliRunning = 0;
};

} // namespace uptrack
