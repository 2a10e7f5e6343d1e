// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Keep awake for jobs: which deadlines hold the computer awake, and the logind inhibitor
// taken and released for real over D-Bus — against a fake logind registered on the
// test's private session bus, which records each Inhibit call and sees its file
// descriptor closed.
#include "runtime/keepawake.h"
#include "scriptedengine.h"
#include "time/clock.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusUnixFileDescriptor>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

using namespace uptrack;

namespace {
constexpr qint64 kMin = 60'000;
constexpr qint64 kHour = 60 * kMin;
constexpr qint64 kT0 = 1'767'225'600'000; // 2026-01-01

Monitor monitor(const QString &name, qint64 period, qint64 grace, Status status, qint64 due)
{
    Monitor m;
    m.id = qHash(name);
    m.name = name;
    m.schedule = Schedule(period);
    m.graceMs = grace;
    m.status = status;
    m.nextDueMs = due;
    return m;
}
} // namespace

/// logind's Inhibit, as far as Uptrack uses it: each call gets the write end of a pipe;
/// the read end sees end-of-file once every copy of the write end is closed.
class FakeLogind : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")
public:
    struct Call
    {
        QString what, who, why, mode;
        int readEnd = -1;
    };
    QList<Call> calls;

    ~FakeLogind() override
    {
        for (const Call &c : std::as_const(calls))
            ::close(c.readEnd);
    }
    /// Whether the inhibitor of call `i` was let go (its descriptor closed everywhere).
    bool released(int i) const
    {
        pollfd p{calls[i].readEnd, POLLIN, 0};
        if (::poll(&p, 1, 0) <= 0)
            return false;
        char byte;
        return ::read(calls[i].readEnd, &byte, 1) == 0;
    }

public slots:
    QDBusUnixFileDescriptor Inhibit(const QString &what, const QString &who, const QString &why,
                                    const QString &mode)
    {
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0)
            return {};
        calls.append({what, who, why, mode, fds[0]});
        QDBusUnixFileDescriptor out(fds[1]); // a copy, sent with the reply
        ::close(fds[1]);
        return out;
    }
};

class TestKeepAwake : public QObject
{
    Q_OBJECT
private slots:
    void onlyNearADeadlineAndNeverForFrequentJobs()
    {
        const qint64 due = kT0 + 2 * kHour;
        const QList<Monitor> monitors{
                monitor(QStringLiteral("nightly-billing"), 24 * kHour, 30 * kMin, Status::Up, due),
                monitor(QStringLiteral("every-minute"), kMin, kMin, Status::Up, kT0 + kMin),
                monitor(QStringLiteral("paused"), 24 * kHour, kMin, Status::Paused, kT0)};
        qint64 next = 0;
        // Long before: nothing holds it, and the next window begins 5 min before the deadline.
        QVERIFY(!KeepAwake::covering(monitors, kT0, 5 * kMin, &next));
        QCOMPARE(next, due - 5 * kMin);
        // Inside: until the grace runs out.
        auto w = KeepAwake::covering(monitors, due - 4 * kMin, 5 * kMin, &next);
        QVERIFY(w);
        QCOMPARE(w->monitor, QStringLiteral("nightly-billing"));
        QCOMPARE(w->untilMs, due + 30 * kMin);
        QCOMPARE(w->others, 0);
        // After the grace: nothing (the monitor goes down; sleeping cannot change that).
        QVERIFY(!KeepAwake::covering(monitors, due + 31 * kMin, 5 * kMin, &next));
        // A run in progress holds it until its hang deadline; a late one until down.
        Monitor running = monitor(QStringLiteral("backup"), 24 * kHour, kHour, Status::Started,
                                  kT0 + 12 * kHour);
        running.runs.insert(QString(), kT0);
        w = KeepAwake::covering({running}, kT0 + kMin, 5 * kMin, &next);
        QVERIFY(w);
        QCOMPARE(w->untilMs, kT0 + kHour);
        const Monitor late
                = monitor(QStringLiteral("late"), 24 * kHour, kHour, Status::Late, kT0 - kMin);
        w = KeepAwake::covering({late, running}, kT0 + kMin, 5 * kMin, &next);
        QVERIFY(w);
        QCOMPARE(w->others, 1);
        QCOMPARE(w->untilMs, kT0 + kHour); // the later of the two, named
        QCOMPARE(w->monitor, QStringLiteral("backup"));
    }

    void holdsTheInhibitorUntilThePingComes()
    {
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP("needs a D-Bus session bus (the test suite runs in dbus-run-session)");
        // The fake logind on its own connection, so calls to it cross the bus for real.
        QDBusConnection logindConnection = QDBusConnection::connectToBus(
                QDBusConnection::SessionBus, QStringLiteral("fake-logind"));
        FakeLogind logind;
        QVERIFY(logindConnection.registerObject(QStringLiteral("/org/freedesktop/login1"), &logind,
                                                QDBusConnection::ExportAllSlots));
        QVERIFY(logindConnection.registerService(QStringLiteral("org.freedesktop.login1")));
        qputenv("UPTRACK_LOGIND_BUS", "session");

        QTemporaryDir dir;
        FakeClock clock(kT0);
        testsupport::ScriptedEngine script(dir.filePath(QStringLiteral("k.db")), clock);
        QVERIFY2(script.ok, qPrintable(script.error));
        const Monitor billing
                = script.add(QStringLiteral("nightly-billing"), 24 * kHour, 30 * kMin);
        QVERIFY(script.ping(billing, PingKind::Success));
        KeepAwake awake(*script.engine, clock);
        QSignalSpy statuses(&awake, &KeepAwake::statusChanged);
        awake.refresh();
        QTest::qWait(200);
        QVERIFY(logind.calls.isEmpty()); // a day away: the computer may sleep

        clock.setNow(kT0 + 24 * kHour - 3 * kMin);
        awake.refresh();
        QTRY_COMPARE(logind.calls.size(), 1);
        QCOMPARE(logind.calls[0].what, QStringLiteral("sleep"));
        QCOMPARE(logind.calls[0].mode, QStringLiteral("block"));
        QCOMPARE(logind.calls[0].who, QStringLiteral("Uptrack"));
        QVERIFY(logind.calls[0].why.contains(QLatin1String("nightly-billing")));
        QTRY_VERIFY(awake.status().startsWith(QLatin1String("Keeping this computer awake until")));
        QVERIFY(awake.status().contains(QLatin1String("nightly-billing")));
        QVERIFY(!logind.released(0));
        awake.refresh(); // still due: the same inhibitor, not a second one
        QTest::qWait(200);
        QCOMPARE(logind.calls.size(), 1);

        // The job's ping comes: the inhibitor goes, and the status with it.
        QVERIFY(script.ping(billing, PingKind::Success));
        QTRY_VERIFY_WITH_TIMEOUT(logind.released(0), 5000);
        QTRY_COMPARE(awake.status(), QString());

        // Without logind: said, and the core carries on.
        logindConnection.unregisterService(QStringLiteral("org.freedesktop.login1"));
        clock.setNow(kT0 + 48 * kHour - 2 * kMin);
        awake.refresh();
        QTRY_VERIFY(awake.status().contains(QLatin1String("cannot keep this computer awake")));
        QDBusConnection::disconnectFromBus(QStringLiteral("fake-logind"));
        qunsetenv("UPTRACK_LOGIND_BUS");
    }
};

QTEST_GUILESS_MAIN(TestKeepAwake)
#include "tst_keepawake.moc"
