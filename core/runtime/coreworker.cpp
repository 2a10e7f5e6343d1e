// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "coreworker.h"
#include "keepawake.h"
#include "selfping.h"

#include "runtimelog.h"

#include "api/apiserver.h"
#include "checks/checkrunner.h"
#include "storage/backups.h"
#include "storage/checkpointer.h"
#include "storage/retention.h"

#include "control/commandhandler.h"
#include "control/controlserver.h"
#include "engine/engine.h"
#include "notify/notifier.h"
#include "receiver/pingreceiver.h"
#include "receiver/smtpreceiver.h"
#include "secrets/secretstore.h"
#include "storage/database.h"
#include "storage/metarepository.h"
#include "tls/tlscredentials.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSysInfo>

#include <algorithm>

Q_LOGGING_CATEGORY(lcRuntime, "uptrack.runtime")

namespace uptrack {

CoreWorker::CoreWorker(RuntimeConfig config, const Clock &clock)
    : m_config(std::move(config)), m_clock(clock)
{ }

CoreWorker::~CoreWorker()
{
    stop();
}

bool CoreWorker::start(QString *fatal, QString *listenError, QString *baseUrl)
{
    m_db = Database::open(m_config.databasePath, Database::Mode::ReadWrite, fatal, m_config.sync);
    if (!m_db)
        return false;
    // Checkpoints beside the writer, never inside a commit pings wait for; SQLite's own
    // stays as the bound for when that falls behind (256 MB of WAL), and the emptied WAL
    // file is cut back to 64 MB.
    m_checkpointer = std::make_unique<Checkpointer>(m_config.databasePath, m_config.sync);
    QString why;
    if (!m_checkpointer->start(&why)) {
        qCWarning(lcRuntime).noquote() << "checkpoints stay in the writer's commits:" << why;
        m_checkpointer.reset();
    } else if (!m_db->setWalCheckpointing(65'536, 64 << 20)) {
        qCWarning(lcRuntime).noquote()
                << "checkpoints stay in the writer's commits:" << m_db->describe(m_db->lastError());
    }
    m_engine = std::make_unique<Engine>(*m_db, m_clock, m_config.engine);
    if (m_checkpointer)
        m_engine->setCommitGate(&m_checkpointer->gate());
    if (!m_engine->load(fatal))
        return false;
    m_engine->start();

    m_secrets = std::make_unique<SecretStore>();
    m_notifier = std::make_unique<Notifier>(*m_db, m_clock, *m_secrets, m_config.notifier);
    connect(m_engine.get(), &Engine::outboxChanged, m_notifier.get(), &Notifier::wake);
    connect(m_engine.get(), &Engine::channelsChanged, m_notifier.get(), &Notifier::channelsChanged);
    m_notifier->start();

    // Uptime checks: run here, on their intervals; results go to the engine.
    m_checks = std::make_unique<CheckRunner>(m_clock, m_config.checks, m_secrets.get());
    connect(m_checks.get(), &CheckRunner::resultReady, m_engine.get(), &Engine::submitCheckResult);
    connect(m_engine.get(), &Engine::monitorsChanged, m_checks.get(),
            [this](const QList<Monitor> &changed) { m_checks->update(changed); });
    connect(m_engine.get(), &Engine::monitorRemoved, m_checks.get(), &CheckRunner::remove);
    m_checks->update(m_engine->monitors(), /*spread=*/true);

    // Daily online backups beside the database, the newest seven kept.
    m_backups = std::make_unique<Backups>(m_config.databasePath, m_clock, m_config.backups);
    m_backups->start();
    // History past its retention goes daily, so the file size levels off.
    m_retention = std::make_unique<Retention>(*m_db, m_clock, m_config.retention);
    m_retention->start();

    m_handler = std::make_unique<CommandHandler>(*m_engine, m_notifier.get(), *m_secrets);
    m_control = std::make_unique<ControlServer>(
            [this](const QJsonObject &command, std::function<void(const QJsonObject &)> reply) {
                m_handler->handleJson(command, std::move(reply));
            });
    if (!m_control->listen(ControlServer::nameFor(m_config.databasePath), fatal))
        return false;

    m_api = std::make_unique<ApiServer>(*m_engine, *m_handler, *m_db, m_clock, ApiOptions{});
    connect(m_notifier.get(), &Notifier::deliveryFinished, m_api.get(),
            &ApiServer::publishDelivery);
    quint16 port = m_config.port;
    if (m_config.listen) {
        m_receiver = std::make_unique<PingReceiver>(*m_engine, m_config.receiver);
        m_receiver->mountApi(m_api.get());
        if (m_receiver->listen(m_config.listenAddress, m_config.port, listenError))
            port = m_receiver->port();
        else
            m_receiver.reset();
    }
    *baseUrl = pingBaseUrl(m_config.baseUrl, m_config.listenAddress, port);
    if (m_config.tls && !startTls(fatal, listenError))
        return false;
    if (m_config.smtp) {
        SmtpReceiver::Options smtp;
        smtp.bodyCap = m_config.receiver.http.bodyCap;
        smtp.hostName = QSysInfo::machineHostName().toUtf8();
        auto receiver = std::make_unique<SmtpReceiver>(*m_engine, smtp);
        QString error;
        if (receiver->listen(m_config.smtpAddress, m_config.smtpPort, &error)) {
            m_config.smtpPort = receiver->port();
            m_smtpReceiver = std::move(receiver);
            qCInfo(lcRuntime).noquote() << "pings by e-mail at" << m_config.smtpAddress.toString()
                                        << "port" << m_config.smtpPort;
        } else {
            qCWarning(lcRuntime).noquote() << error; // the rest runs on without it
            if (listenError->isEmpty())
                *listenError = error;
        }
    }
    updateApiOptions(*baseUrl);
    // Sub-commands print ping URLs without a running instance: leave them the base.
    MetaRepository(*m_db).setValue(MetaRepository::kPingBaseUrl, *baseUrl);
    if (!listenError->isEmpty())
        qCWarning(lcRuntime).noquote() << "not listening for pings:" << *listenError;
    setSelfPing(m_config.selfPingUrl, m_config.selfPingEveryMs);
    setKeepAwake(m_config.keepAwake);
    qCInfo(lcRuntime).noquote() << "core started on" << m_config.databasePath << "with"
                                << m_engine->monitors().size() << "monitors; pings at" << *baseUrl;
    return true;
}

void CoreWorker::setSelfPing(const QString &url, qint64 everyMs)
{
    m_config.selfPingUrl = url;
    m_config.selfPingEveryMs = everyMs;
    m_selfPing.reset();
    if (url.isEmpty())
        return;
    m_selfPing = std::make_unique<SelfPing>(QUrl(url), everyMs);
    m_selfPing->start();
}

void CoreWorker::setKeepAwake(bool on)
{
    m_config.keepAwake = on;
    if (!on) {
        if (m_keepAwake) {
            m_keepAwake.reset(); // releases the inhibitor
            emit keepAwakeChanged(QString());
        }
        return;
    }
    if (m_keepAwake)
        return;
    m_keepAwake = std::make_unique<KeepAwake>(*m_engine, m_clock);
    connect(m_keepAwake.get(), &KeepAwake::statusChanged, this, &CoreWorker::keepAwakeChanged);
}

bool CoreWorker::relisten(const QHostAddress &address, quint16 port, const ReceiverOptions &options,
                          QString *error, QString *baseUrl)
{
    const bool same = m_receiver && m_receiver->address() == address
            && (port == 0 || m_receiver->port() == port);
    if (same) {
        m_receiver->setOptions(options);
    } else {
        auto receiver = std::make_unique<PingReceiver>(*m_engine, options);
        receiver->mountApi(m_api.get());
        if (!receiver->listen(address, port, error))
            return false;
        if (m_receiver)
            m_receiver->close();
        m_receiver = std::move(receiver);
    }
    m_config.listen = true;
    m_config.listenAddress = address;
    m_config.port = m_receiver->port();
    m_config.receiver = options;
    *baseUrl = pingBaseUrl(m_config.baseUrl, address, m_receiver->port());
    MetaRepository(*m_db).setValue(MetaRepository::kPingBaseUrl, *baseUrl);
    updateApiOptions(*baseUrl);
    return true;
}

QString CoreWorker::applySettings(const QJsonObject &changes)
{
    QHostAddress address = m_config.listenAddress;
    quint16 port = m_receiver ? m_receiver->port() : m_config.port;
    const QString listen = changes.value(QLatin1String("listen")).toString();
    QString error;
    if (!listen.isEmpty() && !parseListenAddress(listen, &address, &port, &error))
        return QStringLiteral("listen: ") + error;
    ReceiverOptions options = m_config.receiver;
    if (changes.contains(QLatin1String("ping_body_limit")))
        options.http.bodyCap = qint64(changes.value(QLatin1String("ping_body_limit")).toDouble());
    if (!listen.isEmpty() || options.http.bodyCap != m_config.receiver.http.bodyCap) {
        QString base;
        if (!relisten(address, port, options, &error, &base))
            return error;
    }
    if (changes.contains(QLatin1String("pings_kept_per_monitor")))
        m_engine->setPingsKeptPerMonitor(
                qint64(changes.value(QLatin1String("pings_kept_per_monitor")).toDouble()));
    emit settingsApplied(m_config.listenAddress, m_config.port, m_config.receiver.http.bodyCap,
                         m_engine->pingsKeptPerMonitor(), m_pingBase);
    return QString();
}

bool CoreWorker::tlsFiles(QString *cert, QString *key, bool *renewed, QString *error)
{
    *cert = m_config.tlsCertificate;
    *key = m_config.tlsKey;
    *renewed = false;
    if (m_config.tlsAuto) {
        if (!tls::ensureAutoCertificate(error, renewed))
            return false;
        *cert = tls::autoCertificatePath();
        *key = tls::autoKeyPath();
    }
    return true;
}

namespace {
QDateTime newerModification(const QString &a, const QString &b)
{
    return std::max(QFileInfo(a).lastModified(), QFileInfo(b).lastModified());
}
} // namespace

bool CoreWorker::startTls(QString *fatal, QString *listenError)
{
    QString cert;
    QString key;
    bool renewed = false;
    if (!tlsFiles(&cert, &key, &renewed, fatal))
        return false;
    if (renewed)
        qCInfo(lcRuntime).noquote() << "made a self-signed TLS certificate:" << cert;
    const auto config = tls::serverConfiguration(cert, key, fatal);
    if (!config)
        return false;
    QString unused;
    m_tlsFingerprint = tls::fingerprint(cert, &unused);
    m_tlsFilesChanged = newerModification(cert, key);
    qCInfo(lcRuntime).noquote() << "TLS certificate fingerprint (SHA-256):" << m_tlsFingerprint;
    auto receiver = std::make_unique<PingReceiver>(*m_engine, m_config.receiver);
    receiver->setTls(*config);
    receiver->mountApi(m_api.get());
    QString error;
    if (!receiver->listen(m_config.tlsAddress, m_config.tlsPort, &error)) {
        qCWarning(lcRuntime).noquote() << "not serving HTTPS:" << error;
        if (listenError->isEmpty())
            *listenError = error;
        return true;
    }
    m_config.tlsPort = receiver->port();
    m_tlsReceiver = std::move(receiver);
    m_tlsRefresh.setInterval(std::chrono::hours(1));
    connect(&m_tlsRefresh, &QTimer::timeout, this, &CoreWorker::refreshTls, Qt::UniqueConnection);
    m_tlsRefresh.start();
    return true;
}

void CoreWorker::refreshTls()
{
    if (!m_tlsReceiver)
        return;
    QString cert;
    QString key;
    bool renewed = false;
    QString error;
    if (!tlsFiles(&cert, &key, &renewed, &error)) {
        qCWarning(lcRuntime).noquote() << "the TLS certificate could not be renewed:" << error;
        return;
    }
    const QDateTime changed = newerModification(cert, key);
    if (!renewed && changed == m_tlsFilesChanged)
        return;
    // A certificate half-written by another program is tried again in an hour.
    const auto config = tls::serverConfiguration(cert, key, &error);
    if (!config) {
        qCWarning(lcRuntime).noquote() << "keeping the TLS certificate in use:" << error;
        return;
    }
    m_tlsReceiver->setTls(*config);
    m_tlsFilesChanged = changed;
    m_tlsFingerprint = tls::fingerprint(cert, &error);
    qCInfo(lcRuntime).noquote() << (renewed ? "renewed the self-signed TLS certificate;"
                                            : "loaded the replaced TLS certificate;")
                                << "fingerprint (SHA-256):" << m_tlsFingerprint;
    updateApiOptions(m_pingBase);
}

void CoreWorker::updateApiOptions(const QString &baseUrl)
{
    m_pingBase = baseUrl;
    ApiOptions options;
    options.overHttp = m_config.apiOverHttp;
    options.allowsCommandChannels = m_config.apiAllowsCommandChannels;
    QString publicUrl = m_config.publicUrl;
    while (publicUrl.endsWith(QLatin1Char('/')))
        publicUrl.chop(1);
    options.pingBase = publicUrl.isEmpty() ? baseUrl : publicUrl;
    options.apiBase = options.pingBase;
    if (publicUrl.isEmpty() && m_tlsReceiver) {
        QString https = pingBaseUrl(QString(), m_config.tlsAddress, m_config.tlsPort);
        https.replace(0, 4, QStringLiteral("https"));
        options.apiBase = https;
    }
    // What an API client may ask the core it runs with (never a secret or a key).
    auto address = [](const QHostAddress &a, quint16 port) {
        const QString host = a == QHostAddress::Any ? QStringLiteral("0.0.0.0") : a.toString();
        return (a.protocol() == QAbstractSocket::IPv6Protocol
                        ? QLatin1Char('[') + host + QLatin1Char(']')
                        : host)
                + QLatin1Char(':') + QString::number(port);
    };
    QJsonArray proxies;
    for (const QHostAddress &a : m_config.receiver.trustedProxies)
        proxies.append(a.toString());
    options.settings = QJsonObject{
            {QStringLiteral("database"), m_config.databasePath},
            {QStringLiteral("listen"),
             m_receiver ? QJsonValue(address(m_receiver->address(), m_receiver->port()))
                        : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("tls_listen"),
             m_tlsReceiver ? QJsonValue(address(m_config.tlsAddress, m_config.tlsPort))
                           : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("tls_fingerprint"),
             m_tlsFingerprint.isEmpty() ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(m_tlsFingerprint)},
            {QStringLiteral("ping_body_limit"), double(m_config.receiver.http.bodyCap)},
            {QStringLiteral("sync"),
             m_config.sync == SyncMode::Full ? QStringLiteral("full") : QStringLiteral("normal")},
            {QStringLiteral("history_days"), double(m_config.retention.historyDays)},
            {QStringLiteral("trusted_proxies"), proxies},
    };
    options.applySettings = [this](const QJsonObject &changes) { return applySettings(changes); };
    options.cliProgram = m_config.cliProgram;
    options.cliDatabase = QFileInfo(m_config.databasePath).absoluteFilePath();
    options.cliSecrets = SecretStore::backendName();
    m_api->setOptions(options);
}

void CoreWorker::stop()
{
    if (m_engine)
        qCInfo(lcRuntime) << "core stopping";
    if (m_receiver)
        m_receiver->close();
    m_receiver.reset();
    if (m_tlsReceiver)
        m_tlsReceiver->close();
    m_tlsReceiver.reset();
    m_smtpReceiver.reset();
    m_api.reset();
    m_control.reset();
    m_checks.reset();
    m_backups.reset();
    m_retention.reset();
    if (m_notifier)
        m_notifier->stop();
    if (m_engine)
        m_engine->stop();
    m_handler.reset();
    m_notifier.reset();
    m_secrets.reset();
    m_engine.reset();
    m_checkpointer.reset(); // a last checkpoint, the writer still open
    m_db.reset();
}

} // namespace uptrack
