// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/monitor.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

namespace uptrack {

class Clock;
class Engine;

/// A logind sleep inhibitor (org.freedesktop.login1.Manager.Inhibit, "sleep", "block"),
/// held through the file descriptor logind hands out and released by closing it. On the
/// system bus; UPTRACK_LOGIND_BUS=session puts it on the session bus (the tests' fake
/// logind). Where logind or the call is not available, error() says so and nothing else
/// happens.
class SleepInhibitor : public QObject
{
    Q_OBJECT
public:
    explicit SleepInhibitor(QObject *parent = nullptr);
    ~SleepInhibitor() override;

    /// Takes the inhibitor (asynchronously) unless it is held or being taken.
    void hold(const QString &why);
    void release();
    bool held() const { return m_fd >= 0; }
    /// Why the last attempt failed; "" when it worked.
    QString error() const { return m_error; }

signals:
    void changed();

private:
    int m_fd = -1;
    bool m_pending = false;
    QElapsedTimer m_sinceFailure; ///< a failed attempt is not repeated for a minute
    bool m_wanted = false;
    QString m_error;
};

/// Keep awake for jobs: while a monitor's deadline is near — from `leadMs` before it until
/// its ping arrives or its grace runs out, or while a run is in progress — the computer
/// may not go to sleep. Only then: a monitor with a short schedule (under 30 minutes, which
/// would keep it awake all the time) does not count, and neither do uptime checks.
class KeepAwake : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kDefaultLeadMs = 5 * 60'000;
    static constexpr qint64 kShortestPeriodMs = 30 * 60'000;

    /// What keeps the computer awake now: until when, and for which monitor.
    struct Window
    {
        qint64 untilMs = 0;
        QString monitor;
        int others = 0; ///< further monitors due meanwhile
    };
    /// The window that covers `now`, if any; `*nextStart` gets the next instant one begins
    /// (-1 for none). Pure, for the tests.
    /// One pass over the monitors for covering().
    struct Scan
    {
        qint64 now;
        qint64 leadMs;
        std::optional<Window> best;
        qint64 nextStart = -1;
        void add(const Monitor &m);
    };
    static std::optional<Window> covering(const QList<Monitor> &monitors, qint64 now, qint64 leadMs,
                                          qint64 *nextStart);

    KeepAwake(Engine &engine, const Clock &clock, qint64 leadMs = kDefaultLeadMs,
              QObject *parent = nullptr);

    /// "Keeping this computer awake until 02:40 for nightly-billing", the reason it
    /// cannot, or "" when nothing is due.
    QString status() const { return m_status; }
    /// Looks again now (it does by itself on changes and at each window's edges).
    void refresh() { recompute(); }

signals:
    void statusChanged(const QString &status);

private:
    void recompute();
    void setStatus(const QString &status);

    Engine &m_engine;
    const Clock &m_clock;
    qint64 m_leadMs;
    SleepInhibitor m_inhibitor;
    QTimer m_timer;
    QTimer m_coalesce;
    QString m_status;
    std::optional<Window> m_window;
};

} // namespace uptrack
