// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deadlinequeue.h"
#include "domain/apikey.h"
#include "domain/channel.h"
#include "domain/check.h"
#include "domain/flip.h"
#include "domain/maintenance.h"
#include "domain/monitorspec.h"
#include "domain/mute.h"
#include "domain/ping.h"
#include "engineoptions.h"
#include "listeningtracker.h"
#include "pingoutcome.h"
#include "pingpruner.h"
#include "state/statemachine.h"
#include "storage/alertrepository.h"
#include "storage/apikeyrepository.h"
#include "storage/channelrepository.h"
#include "storage/historyrepository.h"
#include "storage/maintenancerepository.h"
#include "storage/metarepository.h"
#include "storage/monitorrepository.h"
#include "storage/muterepository.h"
#include "writebatch.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <limits>

namespace uptrack {

class CommitGate;

class Clock;
class Database;

/// The monitors and what happens to them: resolves pings to monitors, applies the
/// state machine and the alert policy to pings, check results and the passing of time
/// (one deadline queue on one timer), and writes the outcome through a write batch
/// (group commit). Lives in the core thread and owns the write connection.
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

    /// Takes a ping for `target`; `done` is called once it is committed (or refused).
    void submitPing(const PingTarget &target, Ping ping, PingCallback done);
    /// Whether a ping for `target` would be taken (a known monitor, or one ?create=1 may
    /// make), without taking one: for refusing a body before it is sent.
    bool accepts(const PingTarget &target);

    /// Takes the result of one run of an uptime check: stored as a ping (success or
    /// failure, latency as its duration, what it saw as its body) and applied to the
    /// check's state; a certificate close to expiry raises a warning once.
    void submitCheckResult(qint64 monitorId, const CheckResult &result);

    /// Commands: each commits before returning. On failure they return false/nullopt
    /// and set *error to sentences for a person (and *problems, when given, to what is
    /// wrong field by field).
    std::optional<Monitor> addMonitor(const MonitorSpec &spec, QString *error,
                                      Problems *problems = nullptr);
    std::optional<Monitor> editMonitor(qint64 id, const MonitorSpec &spec, QString *error,
                                       Problems *problems = nullptr);
    bool pauseMonitor(qint64 id, QString *error);
    /// `asNew`: as Healthchecks resumes (new, no deadline until a ping), not with a
    /// fresh window.
    bool resumeMonitor(qint64 id, QString *error, bool asNew = false);
    bool removeMonitor(qint64 id, QString *error);

    /// The admin's note on an incident ("disk full on backup01, cleaned up").
    bool setIncidentNote(qint64 incidentId, const QString &note, QString *error);
    /// Mutes alerts (of all, one monitor or a tag) until mute.untilMs: they are recorded,
    /// not sent; the end sends each channel that missed some a summary. The same scope
    /// muted again moves its end.
    std::optional<Mute> mute(Mute mute, QString *error);
    /// Ends the mutes of `scope` now (every mute without one), with their summaries; the
    /// mutes ended, or nullopt with *error.
    std::optional<QList<Mute>> unmute(const std::optional<Mute> &scope, QString *error);
    QList<Mute> mutes() const;
    /// "all", "monitor:NAME", "tag:TAG".
    QString muteScopeText(const Mute &mute) const;
    /// "I'm on it" (`by`: a user name): the open incident's reminders and pending
    /// escalations stop; its recovery still goes out. Refused for a closed incident.
    /// The id of the monitor's open incident, or 0.
    qint64 openIncidentOf(qint64 monitorId);
    bool acknowledgeIncident(qint64 incidentId, const QString &by, const QString &note,
                             QString *error);

    /// Channels. The secret must already be in the secret store (under secretRef).
    /// Adds a channel; `toEveryMonitor`: every existing monitor uses it too (in the same
    /// transaction).
    std::optional<Channel> addChannel(Channel channel, QString *error, bool toEveryMonitor = false);
    std::optional<Channel> editChannel(const Channel &channel, QString *error);
    /// Removes a channel; returns its secretRef so the caller can clear the secret store.
    std::optional<QString> removeChannel(qint64 id, QString *error);
    const Channel *findChannel(const QString &ref) const;
    const Channel *channel(qint64 id) const
    {
        const auto it = m_channels.constFind(id);
        return it == m_channels.constEnd() ? nullptr : &it.value();
    }
    QList<Channel> channels() const;

    /// Management API keys. A new key is handed out once, in *key, and never kept: the
    /// engine stores its hash. Names are unique.
    std::optional<ApiKey> addApiKey(const QString &name, bool readOnly, QString *key,
                                    QString *error, Problems *problems = nullptr);
    /// Removes the key called `name`; false with *error when there is none.
    bool removeApiKey(const QString &name, QString *error);
    QList<ApiKey> apiKeys() const;
    /// The stored key `presented` is (its hash compared in constant time with every
    /// stored one), or nullopt; a match records when the key was last used.
    std::optional<ApiKey> authenticate(const QString &presented);

    /// Maintenance windows (enginemaintenance.cpp). Added, edited and removed ones take
    /// effect at once; false or nullopt with *error saying what is wrong.
    std::optional<MaintenanceWindow> addMaintenance(MaintenanceWindow window, QString *error);
    /// Replaces the window with window.id.
    std::optional<MaintenanceWindow> editMaintenance(const MaintenanceWindow &window,
                                                     QString *error);
    bool removeMaintenance(qint64 id, QString *error);
    QList<MaintenanceWindow> maintenanceWindows() const;
    /// A window named by id or name.
    const MaintenanceWindow *findMaintenance(const QString &ref) const;
    /// What is wrong with a window (for a person), or "" (ignoreId: the one being edited).
    QString maintenanceProblem(const MaintenanceWindow &window, qint64 now, qint64 ignoreId) const;

    /// A monitor named by id, slug or token.
    const Monitor *find(const QString &ref) const;
    const Monitor *monitor(qint64 id) const;
    QList<Monitor> monitors() const;
    /// Each monitor, in no order and without a copy (for scans on the core thread).
    template<typename F> void forEachMonitor(F &&f) const
    {
        for (const Monitor &m : m_monitors)
            f(m);
    }
    QString pingKey() const { return m_pingKey; }
    /// Replaces the ping key of slug URLs (old slug URLs stop working); false with
    /// *error when it cannot be stored.
    bool regeneratePingKey(QString *error);
    /// Retention: how many pings each monitor keeps (the ones over it go in steps).
    void setPingsKeptPerMonitor(qint64 keep);
    qint64 pingsKeptPerMonitor() const { return m_options.pingsKeptPerMonitor; }
    /// The checkpointer's gate, passed around each commit (none: commits pass freely).
    void setCommitGate(CommitGate *gate) { m_gate = gate; }
    qsizetype pendingPings() const { return m_batch.pendingPings(); }

    /// Applies every deadline and reminder due now (the timer calls this; tests call it
    /// directly).
    void processDue();
    /// The periodic listening-span tick (tests call it directly).
    void tick();
    /// Commits pending pings and changes now; false when the database refused.
    bool commitNow();
    /// Runs the pruning steps still due (the timer runs them one at a time between
    /// commits); false when the database refused one.
    bool pruneNow();

signals:
    /// An incident changed outside a flip (its note).
    void incidentsChanged();
    /// Monitors whose state or configuration changed (coalesced).
    void monitorsChanged(const QList<uptrack::Monitor> &monitors);
    void monitorRemoved(qint64 id);
    /// A state change, once committed.
    void flipped(const uptrack::Flip &flip);
    /// After a span without listening: the monitors whose deadline passed meanwhile
    /// (late "unwatched" now, or down with no settle window). Queued, so that it is
    /// heard also when it comes with start().
    void unwatched(qint64 gapStartMs, qint64 listenStartMs, const QStringList &monitors);
    /// A ping, once committed (with its id).
    void pingStored(const uptrack::Ping &ping);
    /// The database refused a write (message for a person), and later accepted one again.
    void storageFailed(const QString &message);
    void storageRecovered();
    /// Alerts were committed to the outbox.
    void outboxChanged();
    void channelsChanged();
    void apiKeysChanged();
    void maintenanceChanged();
    void mutesChanged();

private:
    void apply(Monitor &m, const StateChange &change, const Ping *ping = nullptr);
    /// Dates a ping sent late from a spool (X-Uptrack-Sent-At) back to when it was meant.
    void placeLatePing(const Monitor &m, Ping *ping) const;
    void queueAlert(const Monitor &m, const Alert &alert,
                    const QHash<qint64, qint64> &heardWhileDown = {});
    /// Raises the reminders of `m` that are due at `now`; returns how many.
    int raiseReminders(const Monitor &m, qint64 now);
    /// When time alone next does something to `m`: a deadline or a reminder; -1: never.
    qint64 nextWake(const Monitor &m) const;
    bool changeMonitorState(qint64 id, StateChange (*transition)(Monitor &, qint64),
                            const QString &refused, QString *error);
    bool resolveChannels(const QStringList &names, QList<qint64> *ids, QString *error) const;
    /// The spec's escalation delays by channel id (of the channels in `channelIds`).
    QHash<qint64, qint64> channelDelaysOf(const MonitorSpec &spec,
                                          const QList<qint64> &channelIds) const;
    void reschedule(const Monitor &m);
    bool loadWindows(QString *error);
    bool loadMutes(QString *error);
    /// The mute that holds an alert about `m` raised at `at` (the one ending last), or null.
    const Mute *muteFor(const Monitor &m, qint64 at) const;
    /// Puts the earliest end of a mute in the deadline queue.
    void armMutes();
    void endMutes(qint64 now);
    /// Sends the mute's summaries and removes it, in one transaction.
    bool endMute(const Mute &mute, qint64 now);
    /// Holds every monitor against the windows open at `now` (entering and leaving), and
    /// puts each window's next change in the deadline queue.
    void applyWindows(qint64 now);
    void windowsChanged();
    void rescheduleAll();
    void armTimer();
    void scheduleCommit();
    /// One PingPruner step, between commits; re-armed while monitors are due.
    bool pruneStep();
    void armPrune();
    void markChanged(qint64 id);
    void armNotify();
    void emitChanges();
    qint64 resolve(const PingTarget &target, PingOutcome *outcome, QString *error);
    /// A monitor the registry does not have yet but the database does (added by a
    /// sub-command that found no running instance), taken in; null when there is none.
    const Monitor *adopt(const QString &tokenOrSlug);
    void index(const Monitor &m);
    void unindex(const Monitor &m);
    QString uniqueSlug(const QString &base) const;
    bool reloadFromDatabase(const QSet<qint64> &ids);
    /// m_lastHeard as the stored alerts say (at load, and after a failed commit).
    void reloadLastHeard();
    /// Why a monitor could not be stored: the transaction's own error, or the statement's.
    QSqlError storeFailure(bool began) const;
    /// Fills *error and *problems with `found`, for a command that is refused.
    static std::nullopt_t refuse(const Problems &found, QString *error, Problems *problems);
    /// Sets the alert policy's fields of a spec on `m` (--down-after, --min-run,
    /// --depends-on, each checked; a cycle is refused with its monitors named).
    Problems applyPolicy(const MonitorSpec &spec, Monitor *m) const;
    /// The monitors from `id` back to itself if it depended on `parents`; empty: no cycle.
    QStringList dependencyCycle(qint64 id, const QList<qint64> &parents) const;
    /// What `m`'s parents say: one down (or in maintenance), one late, or all fine.
    StateMachine::ParentVerdict verdictFor(const Monitor &m) const;
    /// The names of the monitors that depend on `id` directly, sorted.
    QStringList dependentNames(qint64 id) const;
    /// A parent's state changed: its dependents that wait for it or are down because of
    /// it follow (reconcileParents() on each).
    void settleDependents(const Monitor &parent);
    void reconcileParents(qint64 id);
    void indexDependencies(const Monitor &m, bool add);
    /// A parent was removed: its dependents no longer depend on it.
    void forgetParent(qint64 parentId);
    static QString slugTaken(const QString &slug);

    Database &m_db;
    const Clock &m_clock;
    EngineOptions m_options;
    MonitorRepository m_monitorRepo;
    HistoryRepository m_history;
    ChannelRepository m_channelRepo;
    AlertRepository m_alertRepo;
    MetaRepository m_meta;
    ListeningTracker m_listening;
    WriteBatch m_batch;
    PingPruner m_pruner;
    CommitGate *m_gate = nullptr;
    QHash<qint64, Channel> m_channels;
    ApiKeyRepository m_apiKeyRepo;
    MaintenanceRepository m_maintenanceRepo;
    QHash<qint64, MaintenanceWindow> m_windows;
    qint64 m_nextWindowChangeMs = -1; ///< the earliest start or end of a window
    QHash<qint64, ApiKey> m_apiKeys;
    MuteRepository m_muteRepo;
    QHash<qint64, Mute> m_mutes;
    qint64 m_nextMuteEndMs = -1;
    /// The deadline queue's key for the earliest end of a mute (monitors are > 0, windows
    /// their negated ids).
    static constexpr qint64 kMuteKey = std::numeric_limits<qint64>::min();
    static constexpr qint64 kMaxMuteMs = 30LL * 86'400'000;

    QHash<qint64, Monitor> m_monitors;
    QHash<QString, qint64> m_byToken;
    QHash<QString, qint64> m_bySlug;
    QHash<qint64, QList<qint64>> m_dependents; ///< parent -> the monitors that depend on it
    /// For down monitors: when each channel last heard about it (a down alert or a
    /// reminder), by monitor and then channel. What reminders count from.
    QHash<qint64, QHash<qint64, qint64>> m_lastHeard;
    DeadlineQueue m_deadlines;
    QString m_pingKey;

    QTimer m_deadlineTimer;
    QTimer m_tickTimer;
    QTimer m_commitTimer;
    QTimer m_pruneTimer;
    QTimer m_notifyTimer;
    QElapsedTimer m_lastNotify; ///< since the last change signal
    QSet<qint64> m_changed;
    QSet<qint64> m_removed;

    bool m_started = false;
    bool m_storageFailed = false;
    qint64 m_retryAfter = 0;
    qint64 m_armedFor = 0; ///< when the deadline timer fires
};

} // namespace uptrack
