// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/monitor.h"
#include "format/jsonformat.h"
#include "historymodels.h"

#include <QTabWidget>
#include <QTimer>

#include <optional>

class QSplitter;

namespace uptrack {

class Clock;
class HistoryPanel;
class HistorySource;
class PingLogPanel;
class SetupPanel;
class TimelinePanel;

/// The lower half of the window for the selected monitor: its activity (timeline and
/// ping log), its incidents and alerts, and how to set its job up.
class MonitorDetails : public QTabWidget
{
    Q_OBJECT
public:
    enum Tab { ActivityTab, HistoryTab, SetupTab };

    MonitorDetails(HistorySource &history, const Clock &clock, MonitorNames names,
                   QWidget *parent = nullptr);

    /// Shows a monitor (nullopt: none selected). Repeated calls for the same monitor
    /// (it changed) reload at most every couple of seconds.
    void setMonitor(const std::optional<Monitor> &monitor, const PingUrls &urls);
    void reloadNow();
    /// Something happened (a flip, an alert): re-read incidents and alerts soon, at
    /// most once a second however many happen.
    void historyChanged();

    TimelinePanel *timeline() const { return m_timeline; }
    PingLogPanel *pingLog() const { return m_pingLog; }
    HistoryPanel *history() const { return m_history; }
    SetupPanel *setup() const { return m_setup; }
    QSplitter *activitySplitter() const { return m_activity; }

signals:
    void copied(const QString &what);

private:
    TimelinePanel *m_timeline;
    PingLogPanel *m_pingLog;
    HistoryPanel *m_history;
    SetupPanel *m_setup;
    QSplitter *m_activity;
    std::optional<Monitor> m_monitor;
    PingUrls m_urls;
    QTimer m_reload;
    QTimer m_historyReload;
};

} // namespace uptrack
