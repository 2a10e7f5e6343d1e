// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keepawake.h"

#include "runtimelog.h"

#include "engine/engine.h"
#include "state/statemachine.h"
#include "time/clock.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusUnixFileDescriptor>
#include <QDateTime>
#include <QLocale>
#include <QPointer>

#include <fcntl.h>
#include <unistd.h>

#include <limits>

namespace uptrack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KeepAwake)
};

QDBusConnection logindBus()
{
    return qEnvironmentVariable("UPTRACK_LOGIND_BUS") == QLatin1String("session")
            ? QDBusConnection::sessionBus()
            : QDBusConnection::systemBus();
}
} // namespace

SleepInhibitor::SleepInhibitor(QObject *parent) : QObject(parent) { }

SleepInhibitor::~SleepInhibitor()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void SleepInhibitor::hold(const QString &why)
{
    m_wanted = true;
    if (m_fd >= 0 || m_pending)
        return;
    if (!m_error.isEmpty() && m_sinceFailure.isValid() && m_sinceFailure.elapsed() < 60'000)
        return;
    m_sinceFailure.start();
    QDBusConnection bus = logindBus();
    if (!bus.isConnected()) {
        // Short for the status bar; the details go to the log.
        m_error = Tr::tr("cannot keep this computer awake: logind is not available");
        qCWarning(lcRuntime).noquote() << m_error << "-" << bus.lastError().message();
        emit changed();
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
            QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("Inhibit"));
    call.setArguments(
            {QStringLiteral("sleep"), QStringLiteral("Uptrack"), why, QStringLiteral("block")});
    m_pending = true;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 10'000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_pending = false;
        const QDBusPendingReply<QDBusUnixFileDescriptor> reply = *watcher;
        if (reply.isError() || !reply.value().isValid()) {
            m_error = Tr::tr("cannot keep this computer awake: logind refused");
            qCWarning(lcRuntime).noquote()
                    << m_error << "-"
                    << (reply.isError() ? reply.error().message()
                                        : QStringLiteral("no inhibitor in the answer"));
            emit changed();
            return;
        }
        // Our own copy: the reply's closes with it. Closing ours releases the inhibitor.
        const int fd = ::fcntl(reply.value().fileDescriptor(), F_DUPFD_CLOEXEC, 0);
        if (fd < 0) {
            m_error = Tr::tr("cannot keep this computer awake: out of file descriptors");
            emit changed();
            return;
        }
        m_error.clear();
        if (!m_wanted) { // released while it was being taken
            ::close(fd);
            return;
        }
        m_fd = fd;
        emit changed();
    });
}

void SleepInhibitor::release()
{
    m_wanted = false;
    if (m_fd < 0)
        return;
    ::close(m_fd);
    m_fd = -1;
    emit changed();
}

void KeepAwake::Scan::add(const Monitor &m)
{
    constexpr qint64 kNone = std::numeric_limits<qint64>::min();
    if (m.isCheck() || m.nextDueMs < 0)
        return;
    // A job every few minutes would keep the computer awake all the time.
    const qint64 period = m.schedule.nextDue(m.nextDueMs) - m.nextDueMs;
    if (period < kShortestPeriodMs)
        return;
    qint64 start = kNone;
    qint64 end = -1;
    switch (m.status) {
    case Status::Up:
        start = m.nextDueMs - leadMs;
        end = m.nextDueMs + m.graceMs;
        break;
    case Status::Late:
    case Status::Started:
        end = StateMachine::downAt(m);
        break;
    default:
        return;
    }
    if (end <= now)
        return;
    if (start != kNone && start > now) {
        if (nextStart < 0 || start < nextStart)
            nextStart = start;
        return;
    }
    if (!best) {
        best = Window{end, m.name, 0};
    } else {
        ++best->others;
        if (end > best->untilMs) {
            best->untilMs = end;
            best->monitor = m.name;
        }
    }
}

std::optional<KeepAwake::Window> KeepAwake::covering(const QList<Monitor> &monitors, qint64 now,
                                                     qint64 leadMs, qint64 *nextStart)
{
    Scan scan{now, leadMs, std::nullopt, -1};
    for (const Monitor &m : monitors)
        scan.add(m);
    *nextStart = scan.nextStart;
    return scan.best;
}

KeepAwake::KeepAwake(Engine &engine, const Clock &clock, qint64 leadMs, QObject *parent)
    : QObject(parent), m_engine(engine), m_clock(clock), m_leadMs(leadMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &KeepAwake::recompute);
    // Pings change deadlines all the time: look again at most once a second.
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(1000);
    connect(&m_coalesce, &QTimer::timeout, this, &KeepAwake::recompute);
    connect(&m_engine, &Engine::monitorsChanged, this, [this] {
        if (!m_coalesce.isActive())
            m_coalesce.start();
    });
    connect(&m_inhibitor, &SleepInhibitor::changed, this, &KeepAwake::recompute);
    QTimer::singleShot(0, this, &KeepAwake::recompute);
}

void KeepAwake::recompute()
{
    const qint64 now = m_clock.nowMs();
    // In place: a copy of every monitor each second would cost the core thread.
    Scan scan{now, m_leadMs, std::nullopt, -1};
    m_engine.forEachMonitor([&scan](const Monitor &m) { scan.add(m); });
    const qint64 nextStart = scan.nextStart;
    m_window = scan.best;
    if (m_window) {
        const QString until = QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(m_window->untilMs).time(), QLocale::ShortFormat);
        const QString names = m_window->others > 0
                ? Tr::tr("%1 and %n more", nullptr, m_window->others).arg(m_window->monitor)
                : m_window->monitor;
        m_inhibitor.hold(Tr::tr("%1 is due; its ping must be heard").arg(m_window->monitor));
        if (m_inhibitor.held())
            setStatus(Tr::tr("Keeping this computer awake until %1 for %2").arg(until, names));
        else if (!m_inhibitor.error().isEmpty())
            setStatus(m_inhibitor.error() + Tr::tr(" (due: %1)").arg(names));
    } else {
        m_inhibitor.release();
        setStatus(QString());
    }
    // Next look: when the window ends, or when the next one begins.
    qint64 next = nextStart;
    if (m_window && (next < 0 || m_window->untilMs < next))
        next = m_window->untilMs;
    if (next >= 0)
        m_timer.start(int(std::clamp<qint64>(next - now + 1, 0, 60'000)));
    else
        m_timer.start(60'000);
}

void KeepAwake::setStatus(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    qCInfo(lcRuntime).noquote() << (status.isEmpty() ? QStringLiteral("no longer keeping awake")
                                                     : status);
    emit statusChanged(status);
}

} // namespace uptrack
