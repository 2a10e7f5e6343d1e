// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/flip.h"
#include "domain/incident.h"
#include "domain/listeningspan.h"
#include "reports/historyreader.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

namespace uptrack {

class Clock;

/// Names monitors by id (the monitor table knows them).
using MonitorNames = std::function<QString(qint64 monitorId)>;

/// Incidents, newest first: monitor, start, end, duration, reason, note.
class IncidentModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        MonitorColumn,
        StartColumn,
        EndColumn,
        DurationColumn,
        ReasonColumn,
        NoteColumn,
        AckColumn, ///< who acknowledged it, and when
        ColumnCount
    };

    IncidentModel(const Clock &clock, MonitorNames names, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void setIncidents(QList<Incident> incidents);
    const Incident *incidentAt(int row) const;

private:
    const Clock &m_clock;
    MonitorNames m_names;
    QList<Incident> m_rows;
};

/// Every alert and its deliveries, one row per delivery (or one for an alert that had
/// no channel), newest first. Failed deliveries stand out.
class AlertHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// The words of the Alert column, every kind ("Down alert", "Recovery", ...): what
    /// the column must be wide enough for.
    static QStringList kindLabels();
    enum Column {
        TimeColumn,
        MonitorColumn,
        AlertColumn,
        ChannelColumn,
        OutcomeColumn,
        AttemptsColumn,
        DoneColumn,
        ColumnCount
    };
    enum Role {
        FailedRole = Qt::UserRole + 1,
        IncidentRole, ///< the id of the incident that raised the alert; 0: none
    };

    AlertHistoryModel(const Clock &clock, MonitorNames names, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void setAlerts(const QList<AlertRecord> &alerts, const QHash<qint64, QString> &channelNames);
    int failedCount() const;
    /// Alerts of monitors that had no channel: nobody was told.
    int unheardCount() const;

private:
    struct Row
    {
        Alert alert;
        std::optional<Delivery> delivery;
        QString channel;
    };
    const Clock &m_clock;
    MonitorNames m_names;
    QList<Row> m_rows;
};

} // namespace uptrack
