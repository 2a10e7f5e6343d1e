// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkrunneroptions.h"
#include "domain/check.h"
#include "domain/monitor.h"

#include <QElapsedTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

namespace uptrack {

class Clock;
class SecretStore;

/// Runs the HTTP(S), TCP, ICMP and DNS checks on their intervals, in the core thread, without
/// ever blocking it: QNetworkAccessManager, QTcpSocket, the ICMP socket's notifier and
/// QDnsLookup are asynchronous, and at most
/// maxInFlight checks run at once. First runs after a start are spread over each
/// check's interval, so a thousand checks do not fire together. Latency and the
/// result's time come from a monotonic clock; a check is cut at its timeout.
class CheckRunner : public QObject
{
    Q_OBJECT
public:
    /// `secrets`: where checks' secret header values are read (none: such checks fail
    /// with a reason).
    explicit CheckRunner(const Clock &clock, CheckRunnerOptions options = {},
                         const SecretStore *secrets = nullptr, QObject *parent = nullptr);
    ~CheckRunner() override;

    /// Takes the current monitors: checks are added, changed or (heartbeats, paused)
    /// dropped. `spread`: first runs spread over the interval (at start); otherwise a
    /// new or changed check runs at once.
    void update(const QList<Monitor> &monitors, bool spread = false);
    void remove(qint64 monitorId);

    int scheduled() const { return int(m_entries.size()); }
    int inFlight() const { return m_inFlight; }
    /// How late each run started against its schedule (ms), since the last call.
    QList<qint64> takeStartDelays();

signals:
    void resultReady(qint64 monitorId, const uptrack::CheckResult &result);

private:
    struct Entry
    {
        MonitorKind kind = MonitorKind::Http;
        CheckSpec spec;
        QJsonObject specJson;
        qint64 dueMono = 0;
        bool running = false;
        quint64 generation = 0;
        /// Secret header values, read from the keychain once per change of the check.
        QList<QPair<QByteArray, QByteArray>> secretHeaders;
        bool secretsReady = true;
        QString secretsError;
    };
    struct Run;

    void pump();
    void launch(qint64 id, Entry &e);
    void runHttp(qint64 id, const Entry &e, const std::shared_ptr<Run> &run);
    void runTcp(qint64 id, const Entry &e, const std::shared_ptr<Run> &run);
    void runIcmp(qint64 id, const Entry &e, const std::shared_ptr<Run> &run);
    void runDns(qint64 id, const Entry &e, const std::shared_ptr<Run> &run);
    void finish(qint64 id, quint64 generation, CheckResult result);
    qint64 nowMono() const { return m_mono.elapsed(); }

    void loadSecrets(qint64 id, quint64 generation, const QString &ref);

    const Clock &m_clock;
    CheckRunnerOptions m_options;
    const SecretStore *m_secrets;
    QNetworkAccessManager m_nam;
    QElapsedTimer m_mono;
    QTimer m_timer;
    QHash<qint64, Entry> m_entries;
    quint64 m_nextGeneration = 1;
    int m_inFlight = 0;
    QList<qint64> m_startDelays;
};

} // namespace uptrack
