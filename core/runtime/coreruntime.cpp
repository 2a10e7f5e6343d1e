// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "coreruntime.h"

#include "control/commandhandler.h"
#include "coreworker.h"
#include "engine/engine.h"
#include "notify/notifier.h"
#include "storage/database.h"
#include "tls/tlscredentials.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPointer>

#include <memory>

namespace uptrack {

CoreRuntime::CoreRuntime(RuntimeConfig config, const Clock &clock, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_clock(clock)
{
    qRegisterMetaType<uptrack::Monitor>();
    qRegisterMetaType<QList<uptrack::Monitor>>();
    qRegisterMetaType<uptrack::Flip>();
    m_thread.setObjectName(QStringLiteral("uptrack-core"));
}

CoreRuntime::~CoreRuntime()
{
    stop();
}

bool CoreRuntime::start(QString *error)
{
    const QFileInfo db(m_config.databasePath);
    if (!Database::makePrivateFolder(db.absolutePath())) {
        *error = tr("Cannot create the folder %1 for the database. Choose another place with "
                    "--db PATH.")
                         .arg(db.absolutePath());
        return false;
    }
    m_lock = std::make_unique<QLockFile>(db.absoluteFilePath() + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0); // stale only when its process is gone
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        m_lock->getLockInfo(&pid, &host, &app);
        if (m_lock->error() == QLockFile::LockFailedError) {
            *error = tr("Another Uptrack (process %1) is already running on the database %2. "
                        "Use it, or stop it first; sub-commands such as \"uptrack monitor list\" "
                        "work beside it.")
                             .arg(pid)
                             .arg(db.absoluteFilePath());
        } else {
            *error = tr("Cannot create the lock file next to %1: check the folder's permissions.")
                             .arg(db.absoluteFilePath());
        }
        m_lock.reset();
        return false;
    }

    m_worker = new CoreWorker(m_config, m_clock);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();

    bool ok = false;
    QString fatal, listenError, baseUrl;
    QMetaObject::invokeMethod(
            m_worker,
            [&] {
                ok = m_worker->start(&fatal, &listenError, &baseUrl);
                if (ok) {
                    Engine *engine = m_worker->engine();
                    connect(engine, &Engine::monitorsChanged, this, &CoreRuntime::monitorsChanged);
                    connect(engine, &Engine::monitorRemoved, this, &CoreRuntime::monitorRemoved);
                    connect(engine, &Engine::flipped, this, &CoreRuntime::flipped);
                    connect(engine, &Engine::unwatched, this, &CoreRuntime::unwatched);
                    connect(m_worker, &CoreWorker::keepAwakeChanged, this,
                            &CoreRuntime::keepAwakeChanged);
                    connect(m_worker, &CoreWorker::settingsApplied, this,
                            [this](const QHostAddress &address, quint16 port, qint64 bodyCap,
                                   qint64 pingsKept, const QString &baseUrl) {
                                m_config.listen = true;
                                m_config.listenAddress = address;
                                m_config.port = port;
                                m_config.receiver.http.bodyCap = bodyCap;
                                m_config.engine.pingsKeptPerMonitor = pingsKept;
                                m_urls.base = baseUrl;
                                m_listenError.clear();
                                emit listeningChanged();
                                emit settingsChangedRemotely();
                            });
                    connect(engine, &Engine::storageFailed, this, &CoreRuntime::storageFailed);
                    connect(engine, &Engine::storageRecovered, this,
                            &CoreRuntime::storageRecovered);
                    connect(engine, &Engine::channelsChanged, this, &CoreRuntime::channelsChanged);
                    connect(engine, &Engine::mutesChanged, this, &CoreRuntime::mutesChanged);
                    connect(engine, &Engine::maintenanceChanged, this,
                            &CoreRuntime::maintenanceChanged);
                    connect(engine, &Engine::apiKeysChanged, this, &CoreRuntime::apiKeysChanged);
                    connect(engine, &Engine::incidentsChanged, this,
                            &CoreRuntime::incidentsChanged);
                    m_urls = PingUrls{baseUrl, engine->pingKey()};
                } else {
                    m_worker->stop();
                }
            },
            Qt::BlockingQueuedConnection);
    if (!ok) {
        *error = fatal;
        m_thread.quit();
        m_thread.wait();
        m_worker = nullptr;
        m_lock.reset();
        return false;
    }
    m_listenError = listenError;
    m_running = true;
    return true;
}

void CoreRuntime::stop()
{
    if (!m_running)
        return;
    m_running = false;
    QMetaObject::invokeMethod(
            m_worker, [this] { m_worker->stop(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
    m_lock.reset();
}

QString CoreRuntime::listenDescription() const
{
    if (!m_config.listen)
        return tr("not listening (disabled)");
    if (!m_listenError.isEmpty())
        return tr("not listening");
    return m_urls.base;
}

QList<Monitor> CoreRuntime::snapshot() const
{
    QList<Monitor> out;
    if (!m_running)
        return out;
    QMetaObject::invokeMethod(
            m_worker, [&] { out = m_worker->engine()->monitors(); }, Qt::BlockingQueuedConnection);
    return out;
}

QList<Channel> CoreRuntime::channels() const
{
    QList<Channel> out;
    if (!m_running)
        return out;
    QMetaObject::invokeMethod(
            m_worker, [&] { out = m_worker->engine()->channels(); }, Qt::BlockingQueuedConnection);
    return out;
}

QList<QPair<Mute, QString>> CoreRuntime::mutes() const
{
    QList<QPair<Mute, QString>> out;
    if (!m_running)
        return out;
    QMetaObject::invokeMethod(
            m_worker,
            [&] {
                const Engine *engine = m_worker->engine();
                for (const Mute &m : engine->mutes())
                    out.append({m, engine->muteScopeText(m)});
            },
            Qt::BlockingQueuedConnection);
    return out;
}

QList<MaintenanceWindow> CoreRuntime::maintenanceWindows() const
{
    QList<MaintenanceWindow> out;
    if (!m_running)
        return out;
    QMetaObject::invokeMethod(
            m_worker, [&] { out = m_worker->engine()->maintenanceWindows(); },
            Qt::BlockingQueuedConnection);
    return out;
}

QList<ApiKey> CoreRuntime::apiKeys() const
{
    QList<ApiKey> out;
    if (!m_running)
        return out;
    QMetaObject::invokeMethod(
            m_worker, [&] { out = m_worker->engine()->apiKeys(); }, Qt::BlockingQueuedConnection);
    return out;
}

QString CoreRuntime::tlsFingerprint() const
{
    if (!m_config.tls)
        return QString();
    QString error;
    return tls::fingerprint(m_config.tlsAuto ? tls::autoCertificatePath() : m_config.tlsCertificate,
                            &error);
}

void CoreRuntime::onCore(std::function<void()> work, std::function<void()> after)
{
    if (!m_running)
        return;
    QPointer<CoreRuntime> self(this);
    QMetaObject::invokeMethod(m_worker, [self, work, after] {
        work();
        if (self)
            QMetaObject::invokeMethod(self, after, Qt::QueuedConnection);
    });
}

void CoreRuntime::relisten(const QHostAddress &address, quint16 port, qint64 bodyCap,
                           std::function<void(QString)> done)
{
    ReceiverOptions options = m_config.receiver;
    options.http.bodyCap = bodyCap;
    CoreWorker *worker = m_worker;
    auto error = std::make_shared<QString>();
    auto base = std::make_shared<QString>();
    auto ok = std::make_shared<bool>(false);
    onCore([=] { *ok = worker->relisten(address, port, options, error.get(), base.get()); },
           [=, this] {
               if (*ok) {
                   m_config.listen = true;
                   m_config.listenAddress = address;
                   m_config.port = port;
                   m_config.receiver = options;
                   m_urls.base = *base;
                   m_listenError.clear();
                   emit listeningChanged();
               }
               done(*error);
           });
}

void CoreRuntime::regeneratePingKey(std::function<void(QString)> done)
{
    CoreWorker *worker = m_worker;
    auto error = std::make_shared<QString>();
    auto key = std::make_shared<QString>();
    onCore(
            [=] {
                if (worker->engine()->regeneratePingKey(error.get()))
                    *key = worker->engine()->pingKey();
            },
            [=, this] {
                if (!key->isEmpty()) {
                    m_urls.pingKey = *key;
                    emit listeningChanged();
                }
                done(*error);
            });
}

void CoreRuntime::setPingsKeptPerMonitor(qint64 keep)
{
    m_config.engine.pingsKeptPerMonitor = keep;
    CoreWorker *worker = m_worker;
    onCore([=] { worker->engine()->setPingsKeptPerMonitor(keep); }, [] {});
}

void CoreRuntime::setSelfPing(const QString &url, qint64 everyMs)
{
    m_config.selfPingUrl = url;
    m_config.selfPingEveryMs = everyMs;
    CoreWorker *worker = m_worker;
    onCore([=] { worker->setSelfPing(url, everyMs); }, [] {});
}

void CoreRuntime::setKeepAwake(bool on)
{
    m_config.keepAwake = on;
    CoreWorker *worker = m_worker;
    onCore([=] { worker->setKeepAwake(on); }, [] {});
}

void CoreRuntime::acceptShowRequests()
{
    CoreWorker *worker = m_worker;
    QPointer<CoreRuntime> self(this);
    onCore(
            [worker, self] {
                worker->handler()->setShowWindow([self] {
                    if (self)
                        emit self->showWindowRequested(); // queued to the window's thread
                });
            },
            [] {});
}

void CoreRuntime::setDesktopSink(DesktopSink *sink)
{
    if (!m_running)
        return;
    CoreWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, sink] { worker->notifier()->setDesktopSink(sink); });
}

void CoreRuntime::command(const command::Command &command, std::function<void(command::Reply)> done)
{
    if (!m_running)
        return;
    QPointer<CoreRuntime> self(this);
    CoreWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [self, worker, command, done] {
        worker->handler()->handle(command, [self, done](const command::Reply &reply) {
            if (self)
                QMetaObject::invokeMethod(
                        self, [done, reply] { done(reply); }, Qt::QueuedConnection);
        });
    });
}

} // namespace uptrack
