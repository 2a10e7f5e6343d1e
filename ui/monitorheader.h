// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/monitor.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;

namespace uptrack {

class Clock;
class HistorySource;

/// The top of the details pane: the selected monitor's state in words and colour, why
/// and since when, its last success and next run, its uptime over 24 h, 7 d and 30 d,
/// its median run time, and for an HTTP check its last response time and certificate.
class MonitorHeader : public QWidget
{
    Q_OBJECT
public:
    MonitorHeader(HistorySource &history, const Clock &clock, QWidget *parent = nullptr);

    /// Shows a monitor (nullopt: none). Its state follows every call; its figures (uptimes,
    /// median run) are read from the history at once for another monitor, else at most
    /// every two seconds.
    void setMonitor(const std::optional<Monitor> &monitor);
    /// The two lines as shown, for tests and screen readers.
    QString text() const;

private:
    HistorySource &m_history;
    const Clock &m_clock;
    QLabel *m_state;
    QLabel *m_facts;
    QString m_figures; ///< uptimes and median run, read from the history
    std::optional<Monitor> m_monitor;
    QTimer m_reread;

    void refresh(bool reread);
};

} // namespace uptrack
