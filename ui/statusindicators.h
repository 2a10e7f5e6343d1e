// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <deque>
#include <utility>

class QLabel;
class QStatusBar;

namespace uptrack {

class Clock;
class MonitorTableModel;
struct Monitor;

/// The status bar's permanent part: whether Uptrack listens (and where), the ping rate
/// over the last minute, and how many monitors are down or late.
class StatusIndicators : public QObject
{
    Q_OBJECT
public:
    StatusIndicators(QStatusBar *bar, const Clock &clock);

    QLabel *listeningLabel() const { return m_listening; }
    /// "Listening at http://…", or a warning when not listening.
    void setListening(bool listening, const QString &baseUrl);
    /// Counts the pings that `changed` brings, before the model takes them.
    void notePings(const QList<Monitor> &changed, const MonitorTableModel &model);
    /// The ping rate moves on with time.
    void refreshRate();
    void setCounts(int monitors, int down, int late);
    /// "Keeping this computer awake until 02:40 for …", or "" to hide it.
    void setKeepAwake(const QString &status);
    /// "Attached to office-server (https://…)" for a core elsewhere; "" hides it.
    void setServer(const QString &text);
    /// "Alerts muted until 14:00", or "" to hide it.
    void setMuted(const QString &text);
    QLabel *mutedLabel() const { return m_muted; }
    QLabel *serverLabel() const { return m_server; }

private:
    const Clock &m_clock;
    QLabel *m_listening;
    QLabel *m_rate;
    QLabel *m_counts;
    QLabel *m_keepAwake;
    QLabel *m_server;
    QLabel *m_muted;
    /// Pings per second over the last minute (from the monitors' ping counts).
    std::deque<std::pair<qint64, qint64>> m_pingTimes; ///< (second, pings in it)
};

} // namespace uptrack
