// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "icmpprobe.h"

#include "checkslog.h"

#include "format/humanformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QSocketNotifier>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace uptrack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Check)
};

constexpr quint8 kEchoRequestV4 = 8;
constexpr quint8 kEchoReplyV4 = 0;
constexpr quint8 kEchoRequestV6 = 128;
constexpr quint8 kEchoReplyV6 = 129;
constexpr int kHeaderBytes = 8;
constexpr int kPayloadBytes = 16; // the token, then "uptrack\0"

/// Round trips to a tenth or hundredth of a millisecond: a LAN answers in well under one.
QString roundTrip(qint64 us)
{
    const double ms = double(us) / 1000.0;
    const int decimals = ms < 10 ? 2 : ms < 100 ? 1 : 0;
    return Tr::tr("%1 ms").arg(QString::number(ms, 'f', decimals));
}

QString reachError(int error)
{
    switch (error) {
    case ENETUNREACH:
        return Tr::tr("network unreachable");
    case EHOSTUNREACH:
        return Tr::tr("host unreachable");
    case EACCES:
    case EPERM:
        return Tr::tr("the system refused to send (a firewall?)");
    default:
        return QString::fromLocal8Bit(std::strerror(error));
    }
}
} // namespace

IcmpProbe::IcmpProbe(QString host, int count, qint64 timeoutMs, QObject *parent)
    : QObject(parent), m_host(std::move(host)), m_timeoutMs(timeoutMs)
{
    m_outcome.planned = std::max(1, count);
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_outcome.timedOut = true;
        finish();
    });
    m_spacing.setTimerType(Qt::PreciseTimer);
    m_spacing.setInterval(int(CheckRules::kIcmpSpacingMs));
    connect(&m_spacing, &QTimer::timeout, this, &IcmpProbe::sendNext);
}

IcmpProbe::~IcmpProbe()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void IcmpProbe::start()
{
    m_clock.start();
    m_deadline.start(int(m_timeoutMs));
    const QHostAddress literal(m_host);
    if (!literal.isNull()) {
        open(literal);
        return;
    }
    QHostInfo::lookupHost(m_host, this, &IcmpProbe::resolved);
}

void IcmpProbe::resolved(const QHostInfo &info)
{
    if (m_done)
        return;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        m_outcome.error = info.error() == QHostInfo::HostNotFound || info.addresses().isEmpty()
                ? Tr::tr("DNS: host not found")
                : Tr::tr("DNS: %1").arg(info.errorString());
        finish();
        return;
    }
    open(info.addresses().constFirst());
}

QString IcmpProbe::socketError(int error, bool ipv6)
{
    if (error == EACCES || error == EPERM) {
        QFile range(QStringLiteral("/proc/sys/net/ipv4/ping_group_range"));
        QString now;
        if (range.open(QIODevice::ReadOnly))
            now = QString::fromLatin1(range.readAll()).simplified();
        return Tr::tr("this system does not allow ICMP echo (ping) sockets for the group Uptrack "
                      "runs as%1; allow them with: sudo sysctl -w "
                      "net.ipv4.ping_group_range=\"0 2147483647\" (and the same line in "
                      "/etc/sysctl.d/ to keep it)")
                .arg(now.isEmpty() ? QString()
                                   : Tr::tr(" (net.ipv4.ping_group_range is \"%1\")").arg(now));
    }
    if (error == EAFNOSUPPORT || error == EPROTONOSUPPORT)
        return ipv6 ? Tr::tr("this system has no IPv6 ICMP echo sockets")
                    : Tr::tr("this system has no ICMP echo sockets");
    return Tr::tr("cannot open an ICMP socket: %1")
            .arg(QString::fromLocal8Bit(std::strerror(error)));
}

void IcmpProbe::open(const QHostAddress &address)
{
    m_outcome.address = address.toString();
    m_ipv6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    sockaddr_storage peer{};
    socklen_t peerLength = 0;
    if (m_ipv6) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&peer);
        in6->sin6_family = AF_INET6;
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, &bytes, sizeof bytes);
        in6->sin6_scope_id = address.scopeId().toUInt();
        peerLength = sizeof(sockaddr_in6);
    } else {
        auto *in4 = reinterpret_cast<sockaddr_in *>(&peer);
        in4->sin_family = AF_INET;
        in4->sin_addr.s_addr = htonl(address.toIPv4Address());
        peerLength = sizeof(sockaddr_in);
    }
    m_fd = ::socket(m_ipv6 ? AF_INET6 : AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC,
                    m_ipv6 ? int(IPPROTO_ICMPV6) : int(IPPROTO_ICMP));
    if (m_fd < 0) {
        m_outcome.error = socketError(errno, m_ipv6);
        qCWarning(lcChecks).noquote() << "ICMP check of" << m_host << ":" << m_outcome.error;
        finish();
        return;
    }
    // Connected: the kernel hands over only this peer's replies, and reports its
    // "unreachable" errors to this socket.
    if (::connect(m_fd, reinterpret_cast<const sockaddr *>(&peer), peerLength) != 0) {
        m_outcome.error = reachError(errno);
        finish();
        return;
    }
    m_token = QRandomGenerator::system()->generate64();
    m_notifier = new QSocketNotifier(qintptr(m_fd), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &IcmpProbe::readReplies);
    sendNext();
    if (!m_done && m_outcome.sent < m_outcome.planned)
        m_spacing.start();
}

void IcmpProbe::sendNext()
{
    if (m_done || m_outcome.sent >= m_outcome.planned) {
        m_spacing.stop();
        return;
    }
    const auto seq = quint16(m_outcome.sent);
    unsigned char packet[kHeaderBytes + kPayloadBytes] = {};
    packet[0] = m_ipv6 ? kEchoRequestV6 : kEchoRequestV4;
    packet[6] = quint8(seq >> 8);
    packet[7] = quint8(seq & 0xff);
    std::memcpy(packet + kHeaderBytes, &m_token, sizeof m_token);
    std::memcpy(packet + kHeaderBytes + 8, "uptrack", 8);
    m_sentAtNs.append(m_clock.nsecsElapsed());
    ++m_outcome.sent;
    if (::send(m_fd, packet, sizeof packet, 0) < 0) {
        m_sentAtNs.last() = -1; // never sent: it cannot come back
        m_outcome.error = reachError(errno);
    }
    if (m_outcome.sent >= m_outcome.planned) {
        m_spacing.stop();
        // Nothing left to wait for when every request failed to go out.
        if (std::all_of(m_sentAtNs.begin(), m_sentAtNs.end(), [](qint64 at) { return at < 0; }))
            finish();
    }
}

void IcmpProbe::readReplies()
{
    unsigned char buffer[2048];
    for (int reads = 0; reads < 64 && !m_done; ++reads) {
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, MSG_DONTWAIT);
        if (n < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
                return;
            // An ICMP error for this peer ("host unreachable" from a router): reported
            // once by the kernel, then the socket reads on.
            m_outcome.error = reachError(errno);
            continue;
        }
        // Only an echo reply of the right length with this run's token counts.
        if (n != kHeaderBytes + kPayloadBytes || buffer[0] != (m_ipv6 ? kEchoReplyV6 : kEchoReplyV4)
            || buffer[1] != 0 || std::memcmp(buffer + kHeaderBytes, &m_token, sizeof m_token) != 0)
            continue;
        const int seq = (int(buffer[6]) << 8) | int(buffer[7]);
        if (seq >= m_sentAtNs.size() || m_sentAtNs[seq] < 0)
            continue; // not one of ours, or a duplicate
        m_outcome.roundTripsUs.append((m_clock.nsecsElapsed() - m_sentAtNs[seq]) / 1000);
        m_sentAtNs[seq] = -1;
        ++m_outcome.received;
        if (m_outcome.received >= m_outcome.planned)
            finish();
    }
}

void IcmpProbe::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    m_spacing.stop();
    if (m_notifier)
        m_notifier->setEnabled(false);
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    emit finished(m_outcome);
}

CheckResult IcmpProbe::judge(const CheckSpec &spec, const IcmpOutcome &o)
{
    CheckResult r;
    r.address = o.address.isEmpty() ? spec.target : o.address;
    const int planned = std::max(1, o.planned);
    const int lost = planned - o.received;
    const int lossPercent = lost * 100 / planned;
    QStringList seen;
    seen << Tr::tr("%1 of %2 replies").arg(o.received).arg(planned);
    qint64 averageUs = -1;
    if (!o.roundTripsUs.isEmpty()) {
        qint64 sum = 0;
        for (qint64 us : o.roundTripsUs)
            sum += us;
        averageUs = sum / o.roundTripsUs.size();
        const qint64 slowest = *std::max_element(o.roundTripsUs.begin(), o.roundTripsUs.end());
        seen << Tr::tr("%1 average, %2 slowest").arg(roundTrip(averageUs), roundTrip(slowest));
        r.latencyMs = (averageUs + 500) / 1000;
    }
    r.detail = seen.join(QStringLiteral(" · "));
    if (o.received == 0) {
        r.reason = !o.error.isEmpty()
                ? o.error
                : Tr::tr("no reply to %n echo requests within %1", "", planned)
                          .arg(human::duration(spec.timeoutMs));
    } else if (lossPercent > spec.maxLossPercent) {
        r.reason = Tr::tr("%1 of %2 echo requests lost (%3 % loss; %4 % allowed)")
                           .arg(lost)
                           .arg(planned)
                           .arg(lossPercent)
                           .arg(spec.maxLossPercent);
    } else if (spec.maxResponseMs > 0 && averageUs > spec.maxResponseMs * 1000) {
        r.reason = Tr::tr("too slow: %1 average round trip (limit %2)")
                           .arg(roundTrip(averageUs), roundTrip(spec.maxResponseMs * 1000));
    } else {
        r.ok = true;
    }
    return r;
}

} // namespace uptrack
