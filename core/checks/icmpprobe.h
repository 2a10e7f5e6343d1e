// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/check.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHostInfo>
#include <QList>
#include <QObject>
#include <QTimer>

class QSocketNotifier;

namespace uptrack {

/// What one ICMP run saw: how many echo requests went out and came back, and each round
/// trip. `error` is why none could be sent or why the host cannot be reached (no
/// permission, name not found, network unreachable).
struct IcmpOutcome
{
    QString address; ///< the address pinged (the name's first address)
    int planned = 0;
    int sent = 0;
    int received = 0;
    QList<qint64> roundTripsUs;
    QString error;
    bool timedOut = false;
};

/// One run of an ICMP check: `count` echo requests half a second apart to HOST over an
/// unprivileged ICMP datagram socket (IPv4 or IPv6, as the name resolves), waiting for
/// the replies until the timeout. The kernel sets the identifier and the checksum and
/// hands this socket only the replies to it; each reply is matched by sequence number
/// and a random token in its payload, so a stray or duplicated reply is not counted.
/// Nothing blocks: the name is looked up by QHostInfo, the socket is watched by a
/// QSocketNotifier. Deleting the probe ends the run without a result.
class IcmpProbe : public QObject
{
    Q_OBJECT
public:
    IcmpProbe(QString host, int count, qint64 timeoutMs, QObject *parent = nullptr);
    ~IcmpProbe() override;

    void start();

    /// The reason an ICMP socket could not be opened (`error` from socket()), naming the
    /// fix: for EACCES, the sysctl net.ipv4.ping_group_range and its current value.
    static QString socketError(int error, bool ipv6);

    /// The verdict of a run against the check's thresholds (loss, average round trip),
    /// with what it saw for the ping log. Pure: tested without a network.
    static CheckResult judge(const CheckSpec &spec, const IcmpOutcome &outcome);

signals:
    void finished(const uptrack::IcmpOutcome &outcome);

private:
    void resolved(const QHostInfo &info);
    void open(const QHostAddress &address);
    void sendNext();
    void readReplies();
    void finish();

    QString m_host;
    qint64 m_timeoutMs;
    IcmpOutcome m_outcome;
    int m_fd = -1;
    bool m_ipv6 = false;
    bool m_done = false;
    quint64 m_token = 0;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_deadline;
    QTimer m_spacing;
    QElapsedTimer m_clock;
    QList<qint64> m_sentAtNs; ///< by sequence number; -1 once its reply came
};

} // namespace uptrack
