// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historymodels.h"
#include "historysource.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QSplitter;
class QTableView;

namespace uptrack {

/// Incidents and the alerts sent about them, for one monitor or for all.
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kAllMonitorsLimit = 2000;

    HistoryPanel(HistorySource &history, const Clock &clock, MonitorNames names,
                 QWidget *parent = nullptr);

    /// 0: no monitor selected (shows all monitors).
    void setMonitor(qint64 monitorId);
    void setAllMonitors(bool all);
    /// Reads them again; the tables change when the answer is in.
    void reload();
    IncidentModel *incidents() const { return m_incidents; }
    AlertHistoryModel *alerts() const { return m_alerts; }
    QSplitter *splitter() const { return m_splitter; }
    QTableView *incidentTable() const { return m_incidentTable; }

signals:
    /// The admin wants to write a note on an incident (double-click, or Enter).
    void noteRequested(qint64 incidentId, const QString &currentNote);
    /// ... or to acknowledge an open one ("I'm on it": Ctrl+K, or the context menu).
    void ackRequested(qint64 incidentId);

private:
    /// Selects the alerts the incident raised.
    void selectAlertsOf(qint64 incidentId);
    /// The incident table's context menu: a note, an acknowledgement.
    void incidentMenu(const QPoint &at);
    const Incident *currentIncident() const;
    void show(qint64 monitorId, QList<Incident> incidents, QList<AlertRecord> alerts,
              const QHash<qint64, QString> &channelNames);

    HistorySource &m_history;
    quint64 m_generation = 0; ///< answers to an older reload are dropped
    IncidentModel *m_incidents;
    AlertHistoryModel *m_alerts;
    QTableView *m_incidentTable;
    QTableView *m_alertTable;
    QCheckBox *m_all;
    QLabel *m_incidentTitle;
    QLabel *m_alertTitle;
    QSplitter *m_splitter;
    qint64 m_monitorId = 0;
};

} // namespace uptrack
