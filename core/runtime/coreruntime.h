// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "control/commands.h"
#include "domain/apikey.h"
#include "domain/channel.h"
#include "domain/flip.h"
#include "domain/maintenance.h"
#include "domain/mute.h"
#include "format/jsonformat.h"
#include "runtimeconfig.h"

#include <QJsonObject>
#include <QLockFile>
#include <QObject>
#include <QThread>

#include <memory>

namespace uptrack {

class Clock;
class CoreWorker;
class DesktopSink;

/// The core, running in its own thread: database writer, engine, ping receiver and
/// control socket. This is the narrow facade the GUI and the headless mode use; all
/// it hands out are value types and queued signals.
class CoreRuntime : public QObject
{
    Q_OBJECT
public:
    explicit CoreRuntime(RuntimeConfig config, const Clock &clock, QObject *parent = nullptr);
    ~CoreRuntime() override;

    /// Takes the instance lock, opens the database and starts listening. Returns false
    /// with *error when the core cannot run at all (database unusable, another
    /// instance). A failure to listen is not fatal: see listenError().
    bool start(QString *error);
    void stop();

    /// Why the receiver is not listening ("" while it is).
    QString listenError() const { return m_listenError; }
    /// Where pings go, e.g. "http://192.168.1.10:8470".
    PingUrls pingUrls() const { return m_urls; }
    QString listenDescription() const;
    const RuntimeConfig &config() const { return m_config; }

    /// Every monitor now (blocks briefly on the core thread).
    QList<Monitor> snapshot() const;
    /// Every channel now (blocks briefly on the core thread).
    QList<Channel> channels() const;
    /// The mutes in force, with each one's scope as the engine words it ("tag:nightly").
    QList<QPair<Mute, QString>> mutes() const;
    /// The maintenance windows, by name (blocks briefly on the core thread).
    QList<MaintenanceWindow> maintenanceWindows() const;
    /// The management API's keys (never the keys themselves: names, access, prefixes).
    QList<ApiKey> apiKeys() const;
    /// The HTTPS certificate's SHA-256 fingerprint, "" when TLS is off.
    QString tlsFingerprint() const;
    /// Where desktop alerts are shown (the tray icon); it stays in its own thread.
    void setDesktopSink(DesktopSink *sink);
    /// Runs a management command on the core thread; `done` gets the reply in the
    /// caller's thread.
    void command(const command::Command &command, std::function<void(command::Reply)> done);

    /// Settings applied while running. Each calls `done` in the caller's thread with ""
    /// on success or a sentence for a person.
    void relisten(const QHostAddress &address, quint16 port, qint64 bodyCap,
                  std::function<void(QString)> done);
    void regeneratePingKey(std::function<void(QString)> done);
    void setPingsKeptPerMonitor(qint64 keep);
    /// Watch the watcher: ping `url` every `everyMs` ("" stops it).
    void setSelfPing(const QString &url, qint64 everyMs);
    /// Keep the computer awake while jobs are due.
    void setKeepAwake(bool on);
    /// A second console started on the same database asks this one to show itself:
    /// showWindowRequested is emitted (a console connects it to its window).
    void acceptShowRequests();

signals:
    /// The receiver moved, started or stopped listening, or the ping key changed.
    void listeningChanged();
    void monitorsChanged(const QList<uptrack::Monitor> &monitors);
    void monitorRemoved(qint64 id);
    void flipped(const uptrack::Flip &flip);
    /// After a sleep: what was due and not watched (Engine::unwatched).
    void unwatched(qint64 gapStartMs, qint64 listenStartMs, const QStringList &monitors);
    void storageFailed(const QString &message);
    void storageRecovered();
    void channelsChanged();
    void mutesChanged();
    void maintenanceChanged();
    void apiKeysChanged();
    void incidentsChanged();
    void showWindowRequested();
    /// "Keeping this computer awake until 02:40 for nightly-billing", why it cannot, or "".
    void keepAwakeChanged(const QString &status);
    /// A console elsewhere changed where the core listens, its body cap or the pings it
    /// keeps (config() has them): whoever keeps the settings saves them.
    void settingsChangedRemotely();

private:
    RuntimeConfig m_config;
    const Clock &m_clock;
    std::unique_ptr<QLockFile> m_lock;
    QThread m_thread;
    CoreWorker *m_worker = nullptr;
    /// Runs `work` on the core thread, then `after` in this thread if still alive.
    void onCore(std::function<void()> work, std::function<void()> after);

    QString m_listenError;
    PingUrls m_urls;
    bool m_running = false;
};

} // namespace uptrack
