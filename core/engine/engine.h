// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deadlinequeue.h"
#include "domain/channel.h"
#include "domain/check.h"
#include "domain/flip.h"
#include "monitorspec.h"
#include "pingsubmission.h"
#include "statemachine.h"
#include "storage/alertrepository.h"
#include "storage/channelrepository.h"
#include "storage/historyrepository.h"
#include "storage/monitorrepository.h"
#include "storage/pingrepository.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace uptrack {

class Clock;
class Database;

/// Engine settings; the defaults are the documented ones.
struct EngineOptions
{
    qint64 pingsKeptPerMonitor = 1000; ///< retention of stored pings
    int tickMs = 15'000;               ///< how often the listening span is extended
    qint64 gapMs = 45'000; ///< a silence between ticks longer than this was sleep/suspend
    int notifyMs = 100;    ///< change signals are coalesced to at most one per this interval
};

/// The state machine and the deadline scheduler over all monitors, with group
/// commit of pings. Lives in the core thread and owns the write connection.
class Engine : public QObject
{
    Q_OBJECT
public:
    Engine(Database &db, const Clock &clock, EngineOptions options = {}, QObject *parent = nullptr);
    ~Engine() override;

    /// Loads every monitor (and creates the ping key on a new database).
    bool load(QString *error);
    /// Starts listening-span bookkeeping and deadline processing.
    void start();
    /// Commits what is pending and closes the listening span.
    void stop();

    /// Takes a ping; `done` is called once it is committed (or refused).
    void submitPing(PingSubmission ping, PingCallback done);

    /// Takes the result of one run of an uptime check: stored as a ping (success or
    /// failure, latency as its duration, what it saw as its body) and applied to the
    /// check's state; a certificate close to expiry raises a warning once.
    void submitCheckResult(qint64 monitorId, const CheckResult &result);

    /// Commands: each commits before returning. On failure they return false/nullopt
    /// and set *error to a sentence for a person.
    std::optional<Monitor> addMonitor(const MonitorSpec &spec, QString *error);
    std::optional<Monitor> editMonitor(qint64 id, const MonitorSpec &spec, QString *error);
    bool pauseMonitor(qint64 id, QString *error);
    bool resumeMonitor(qint64 id, QString *error);
    bool removeMonitor(qint64 id, QString *error);

    /// The admin's note on an incident ("disk full on backup01, cleaned up").
    bool setIncidentNote(qint64 incidentId, const QString &note, QString *error);

    /// Channels. The secret must already be in the keychain (under secretRef).
    std::optional<Channel> addChannel(Channel channel, QString *error);
    std::optional<Channel> editChannel(const Channel &channel, QString *error);
    /// Removes a channel; returns its secretRef so the caller can clear the keychain.
    std::optional<QString> removeChannel(qint64 id, QString *error);
    const Channel *findChannel(const QString &ref) const;
    QList<Channel> channels() const;

    /// A monitor named by id, slug or token.
    const Monitor *find(const QString &ref) const;
    const Monitor *monitor(qint64 id) const;
    QList<Monitor> monitors() const;
    QString pingKey() const { return m_pingKey; }
    /// Replaces the ping key of slug URLs (old slug URLs stop working); false with
    /// *error when it cannot be stored.
    bool regeneratePingKey(QString *error);
    /// Retention: how many pings each monitor keeps (applies from its next ping).
    void setPingsKeptPerMonitor(qint64 keep)
    {
        m_options.pingsKeptPerMonitor = qMax<qint64>(1, keep);
    }
    qsizetype pendingPings() const { return m_pending.size(); }

    /// Applies every deadline due now (the timer calls this; tests call it directly).
    void processDue();
    /// The periodic listening-span tick (tests call it directly).
    void tick();
    /// Compares the clocks: true (and a new listening span) if the machine slept.
    bool noticeSleep();
    /// Commits pending pings and changes now; false when the database refused.
    bool commitNow();

signals:
    /// An incident changed outside a flip (its note).
    void incidentsChanged();
    /// Monitors whose state or configuration changed (coalesced).
    void monitorsChanged(const QList<uptrack::Monitor> &monitors);
    void monitorRemoved(qint64 id);
    /// A state change, once committed.
    void flipped(const uptrack::Flip &flip);
    /// The database refused a write (message for a person), and later accepted one again.
    void storageFailed(const QString &message);
    void storageRecovered();
    /// Alerts were committed to the outbox.
    void outboxChanged();
    void channelsChanged();

private:
    struct PendingPing
    {
        Ping ping;
        PingCallback done;
        PingOutcome outcome;
    };

    void apply(Monitor &m, const StateChange &change, const Ping *ping = nullptr);
    void queueAlert(const Monitor &m, const Alert &alert);
    bool changeMonitorState(qint64 id, StateChange (*transition)(Monitor &, qint64),
                            const QString &refused, QString *error);
    static PingKind classifyByKeywords(const Monitor &m, const QByteArray &body);
    bool resolveChannels(const QStringList &names, QList<qint64> *ids, QString *error) const;
    void reschedule(const Monitor &m);
    void armTimer();
    void scheduleCommit();
    void markChanged(qint64 id);
    void emitChanges();
    qint64 resolve(const PingSubmission &ping, PingOutcome *outcome, QString *error);
    void index(const Monitor &m);
    void unindex(const Monitor &m);
    QString uniqueSlug(const QString &base) const;
    bool reloadFromDatabase(const QSet<qint64> &ids);
    /// Why a monitor could not be stored: the transaction's own error, or the statement's.
    QSqlError storeFailure(bool began) const;

    Database &m_db;
    const Clock &m_clock;
    EngineOptions m_options;
    MonitorRepository m_monitorRepo;
    PingRepository m_pingRepo;
    HistoryRepository m_history;
    ChannelRepository m_channelRepo;
    AlertRepository m_alertRepo;
    QHash<qint64, Channel> m_channels;

    QHash<qint64, Monitor> m_monitors;
    QHash<QString, qint64> m_byToken;
    QHash<QString, qint64> m_bySlug;
    DeadlineQueue m_deadlines;
    QString m_pingKey;

    QList<PendingPing> m_pending;
    QSet<qint64> m_dirty;
    QList<Flip> m_pendingFlips;
    struct IncidentOp
    {
        bool open;
        Incident incident;
    };
    QList<IncidentOp> m_pendingIncidents;
    struct PendingAlert
    {
        Alert alert;
        QList<qint64> channelIds;
    };
    QList<PendingAlert> m_pendingAlerts;

    QTimer m_deadlineTimer;
    QTimer m_tickTimer;
    QTimer m_commitTimer;
    QTimer m_notifyTimer;
    QSet<qint64> m_changed;
    QSet<qint64> m_removed;

    bool m_started = false;
    bool m_storageFailed = false;
    qint64 m_retryAfter = 0;
    qint64 m_armedFor = 0; ///< when the deadline timer fires
    qint64 m_spanId = -1;
    qint64 m_listenStart = 0;
    qint64 m_lastTick = 0;
    qint64 m_gapStart = -1; ///< when listening last stopped (previous span's end)
    qint64 m_lastMonotonic = 0;
    qint64 m_lastBoot = 0;
};

} // namespace uptrack
