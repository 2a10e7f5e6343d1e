// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/monitor.h"
#include "storage/pingrepository.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

namespace uptrack {

class Clock;

/// Every monitor, one row each, fed by the core's change signals.
class MonitorTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StatusColumn,
        NameColumn,
        TagsColumn,
        LastPingColumn,
        NextDueColumn,
        LastRunColumn,
        ActivityColumn, ///< a sparkline of the last pings (SparklineRole)
        ScheduleColumn,
        ColumnCount
    };
    enum Role {
        MonitorIdRole = Qt::UserRole + 1,
        SortRole, ///< a value that sorts right (instants as numbers, states by severity)
        StatusRole,
        SparklineRole, ///< QList<PingMark>: the newest pings, oldest first
    };
    static constexpr int kSparklinePings = 20;
    /// Every text the Status column can show ("Late", "Late (no data)", ...): what it
    /// must be wide enough for.
    static QStringList statusTexts();

    explicit MonitorTableModel(const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void reset(const QList<Monitor> &monitors);
    /// Inserts or updates rows; one dataChanged for the whole batch.
    void upsert(const QList<Monitor> &monitors);
    void remove(qint64 id);
    /// Relative times ("3 min ago") move on: repaint those columns.
    void refreshTimes();
    const Monitor *monitorAt(int row) const;
    /// Where the "Last run" tooltip gets a monitor's run statistics from (a read-only
    /// query the window provides); without it, the tooltip shows the last run only.
    void setRunStatisticsSource(std::function<QString(qint64 monitorId)> source)
    {
        m_runStatistics = std::move(source);
    }

    /// Where the sparkline gets a monitor's newest pings from; asked only for rows
    /// being painted, and again only when the monitor's ping count moved.
    /// A sparkline that came later than it was asked for (from a core elsewhere).
    void setSparkline(qint64 monitorId, QList<PingMark> marks);
    /// What a monitor's sparkline shows now (empty before its first answer).
    QList<PingMark> shownSparkline(qint64 monitorId) const
    {
        return m_sparklines.value(monitorId).marks;
    }
    void setSparklineSource(std::function<QList<PingMark>(qint64 monitorId, int count)> source)
    {
        m_sparklineSource = std::move(source);
    }
    /// The row of a monitor, or -1.
    int rowOf(qint64 monitorId) const { return m_rowOf.value(monitorId, -1); }

private:
    QList<PingMark> sparkline(const Monitor &m) const;

    const Clock &m_clock;
    QList<Monitor> m_rows;
    QHash<qint64, int> m_rowOf;
    std::function<QString(qint64)> m_runStatistics;
    std::function<QList<PingMark>(qint64, int)> m_sparklineSource;
    struct Sparkline
    {
        qint64 nPings = -1;
        QList<PingMark> marks;
    };
    mutable QHash<qint64, Sparkline> m_sparklines;
};

} // namespace uptrack
