// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runtimeconfig.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>

namespace uptrack {

class ApiServer;
class Backups;
class Retention;
class CheckRunner;
class Clock;
class CommandHandler;
class ControlServer;
class Checkpointer;
class Database;
class Engine;
class Notifier;
class SecretStore;
class DesktopSink;
class PingReceiver;
class SmtpReceiver;
class SelfPing;
class KeepAwake;

/// Lives in the core thread and owns everything there. Used only by CoreRuntime.
class CoreWorker : public QObject
{
    Q_OBJECT
public:
    CoreWorker(RuntimeConfig config, const Clock &clock);
    ~CoreWorker() override;

    /// Run in the core thread.
    bool start(QString *fatal, QString *listenError, QString *baseUrl);
    void stop();
    /// Moves the receiver to another address/port and applies new limits. The old
    /// receiver keeps serving until the new one listens; on failure nothing changes.
    bool relisten(const QHostAddress &address, quint16 port, const ReceiverOptions &options,
                  QString *error, QString *baseUrl);
    /// Starts, changes or (url "") stops the self-ping.
    void setSelfPing(const QString &url, qint64 everyMs);
    /// Starts or stops keeping the computer awake for jobs.
    void setKeepAwake(bool on);

    /// A console elsewhere changed settings (ApiOptions::applySettings): "" or why not.
    QString applySettings(const QJsonObject &changes);

signals:
    /// What keeps the computer awake, why it cannot, or "" (from KeepAwake).
    void keepAwakeChanged(const QString &status);
    /// Settings changed over the API, as they are now.
    void settingsApplied(const QHostAddress &address, quint16 port, qint64 bodyCap,
                         qint64 pingsKept, const QString &baseUrl);

public:
    Engine *engine() const { return m_engine.get(); }
    Notifier *notifier() const { return m_notifier.get(); }
    CommandHandler *handler() const { return m_handler.get(); }

private:
    /// The API's URLs follow the ping base (or --public-url).
    void updateApiOptions(const QString &baseUrl);
    /// Starts the HTTPS listener; false with *fatal when the certificate cannot be had,
    /// or with *listenError (and going on without it) when the port cannot be opened.
    bool startTls(QString *fatal, QString *listenError);
    /// The certificate and key to serve, the self-signed one made or renewed first (in
    /// *renewed); false with *error.
    bool tlsFiles(QString *cert, QString *key, bool *renewed, QString *error);
    /// Hourly: renews the self-signed certificate before it expires, and picks up
    /// certificate files replaced on disk (certbot), without a restart.
    void refreshTls();

    RuntimeConfig m_config;
    const Clock &m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Checkpointer> m_checkpointer; ///< WAL checkpoints beside the writer
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<PingReceiver> m_receiver;
    std::unique_ptr<PingReceiver> m_tlsReceiver;  ///< HTTPS: the API (and pings) over TLS
    std::unique_ptr<SmtpReceiver> m_smtpReceiver; ///< pings by e-mail (--smtp-listen)
    std::unique_ptr<ApiServer> m_api;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Notifier> m_notifier;
    std::unique_ptr<CommandHandler> m_handler;
    std::unique_ptr<ControlServer> m_control;
    std::unique_ptr<CheckRunner> m_checks;
    std::unique_ptr<Backups> m_backups;
    std::unique_ptr<Retention> m_retention;
    std::unique_ptr<SelfPing> m_selfPing;
    std::unique_ptr<KeepAwake> m_keepAwake;
    QTimer m_tlsRefresh{this}; // a child: it moves to the core thread with the worker
    QString m_tlsFingerprint;
    QString m_pingBase;          ///< the base of ping URLs (before --public-url)
    QDateTime m_tlsFilesChanged; ///< the newer of the files' modification times
};

} // namespace uptrack
