// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitordetails.h"

#include "historypanel.h"
#include "pinglogpanel.h"
#include "setuppanel.h"
#include "timelinepanel.h"
#include "timelineview.h"

#include <QSplitter>

namespace uptrack {

MonitorDetails::MonitorDetails(HistorySource &history, const Clock &clock, MonitorNames names,
                               QWidget *parent)
    : QTabWidget(parent)
    , m_timeline(new TimelinePanel(history, clock, this))
    , m_pingLog(new PingLogPanel(history, clock, this))
    , m_history(new HistoryPanel(history, clock, std::move(names), this))
    , m_setup(new SetupPanel(this))
    , m_activity(new QSplitter(Qt::Vertical, this))
{
    setAccessibleName(tr("Details of the selected monitor"));
    m_activity->addWidget(m_timeline);
    m_activity->addWidget(m_pingLog);
    m_activity->setStretchFactor(0, 2);
    m_activity->setStretchFactor(1, 3);
    addTab(m_activity, tr("Ac&tivity"));
    addTab(m_history, tr("&Incidents and alerts"));
    addTab(m_setup, tr("Set&up"));
    setDocumentMode(true);

    connect(m_timeline, &TimelinePanel::rangeChanged, this, [this](qint64 from, qint64 to) {
        m_pingLog->load(m_monitor ? m_monitor->id : 0, from, to);
    });
    connect(m_timeline, &TimelinePanel::pingClicked, m_pingLog, &PingLogPanel::selectPing);
    connect(m_setup, &SetupPanel::copied, this, &MonitorDetails::copied);

    // A busy monitor changes many times a second; its history is re-read at most
    // every two seconds.
    m_reload.setSingleShot(true);
    m_reload.setInterval(2000);
    connect(&m_reload, &QTimer::timeout, this, &MonitorDetails::reloadNow);
    m_historyReload.setSingleShot(true);
    m_historyReload.setInterval(1000);
    connect(&m_historyReload, &QTimer::timeout, m_history, &HistoryPanel::reload);
}

void MonitorDetails::setMonitor(const std::optional<Monitor> &monitor, const PingUrls &urls)
{
    const bool same = monitor && m_monitor && monitor->id == m_monitor->id;
    m_monitor = monitor;
    m_urls = urls;
    m_setup->setMonitor(monitor, urls);
    if (same) {
        if (!m_reload.isActive())
            m_reload.start();
        return;
    }
    m_reload.stop();
    reloadNow();
}

void MonitorDetails::historyChanged()
{
    if (!m_historyReload.isActive())
        m_historyReload.start();
}

void MonitorDetails::reloadNow()
{
    m_historyReload.stop();
    m_timeline->setMonitor(m_monitor);
    m_history->setMonitor(m_monitor ? m_monitor->id : 0);
}

} // namespace uptrack
