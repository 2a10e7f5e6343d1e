// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitortablemodel.h"

#include "format/humanformat.h"
#include "statusicons.h"
#include "time/clock.h"

#include <QDateTime>
#include <QIcon>
#include <QLocale>

namespace uptrack {

namespace {
int severity(Status s)
{
    switch (s) {
    case Status::Down:
        return 0;
    case Status::Late:
        return 1;
    case Status::Started:
        return 2;
    case Status::Up:
        return 3;
    case Status::New:
        return 4;
    case Status::Maintenance:
        return 5;
    case Status::Paused:
        return 6;
    }
    return 6;
}

QString noDataText(Status status)
{
    return MonitorTableModel::tr("%1 (no data)").arg(statusLabel(status));
}
} // namespace

QStringList MonitorTableModel::statusTexts()
{
    QStringList out;
    for (Status s : {Status::New, Status::Up, Status::Late, Status::Down, Status::Started,
                     Status::Paused, Status::Maintenance})
        out << statusLabel(s) << noDataText(s);
    return out;
}

MonitorTableModel::MonitorTableModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_clock(clock)
{ }

int MonitorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MonitorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MonitorTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Monitor &m = m_rows.at(index.row());
    if (role == MonitorIdRole)
        return m.id;
    if (role == StatusRole)
        return int(m.status);
    const qint64 due = m.status == Status::Paused || m.status == Status::Down ? -1 : m.nextDueMs;
    switch (index.column()) {
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return m.statusReason == QLatin1String(Reason::NoData) ? noDataText(m.status)
                                                                   : statusLabel(m.status);
        if (role == Qt::ToolTipRole && m.statusReason == QLatin1String(Reason::NoData))
            return tr("No data since %1: Uptrack was not listening, so nothing is known of "
                      "that time. Expected again by the next deadline.")
                    .arg(human::when(m.statusSinceMs, m_clock.nowMs()));
        if (role == Qt::DecorationRole)
            return statusIcon(m.status);
        if (role == Qt::ForegroundRole && m.status == Status::Down)
            return statusColor(m.status);
        if (role == SortRole)
            return severity(m.status);
        break;
    case NameColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return m.name;
        // No channel: a failure would alert nobody (the tray at most), so it stands out.
        if (role == Qt::DecorationRole && m.channelIds.isEmpty())
            return QIcon::fromTheme(QStringLiteral("dialog-warning"), statusIcon(Status::Late));
        if (role == Qt::ToolTipRole) {
            const QString about = m.description.isEmpty() ? m.slug : m.description;
            return m.channelIds.isEmpty()
                    ? tr("%1\nNo channel: nobody is alerted when it fails. Edit the monitor "
                         "to give it one.")
                              .arg(about)
                    : about;
        }
        break;
    case TagsColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return m.tags.join(QStringLiteral(", "));
        break;
    case ActivityColumn:
        if (role == SparklineRole)
            return QVariant::fromValue(sparkline(m));
        if (role == SortRole)
            return m.nPings;
        if (role == Qt::ToolTipRole)
            return tr("The last %n pings, oldest on the left: green success, red failure, blue "
                      "start, grey log. Bar height is the run's duration.",
                      nullptr, int(sparkline(m).size()));
        if (role == Qt::AccessibleTextRole) {
            // What a screen reader says instead of the bars: counts by kind.
            const QList<PingMark> marks = sparkline(m);
            if (marks.isEmpty())
                return tr("no pings yet");
            int ok = 0, failed = 0, started = 0;
            for (const PingMark &p : marks) {
                ok += p.kind == PingKind::Success;
                failed += p.kind == PingKind::Fail;
                started += p.kind == PingKind::Start;
            }
            return tr("last %n pings: %1 succeeded, %2 failed, %3 starts", nullptr,
                      int(marks.size()))
                    .arg(ok)
                    .arg(failed)
                    .arg(started);
        }
        break;
    case LastPingColumn:
        if (role == Qt::DisplayRole)
            return m.lastPingMs < 0 ? tr("never") : human::relative(m.lastPingMs, m_clock.nowMs());
        if (role == Qt::ToolTipRole && m.lastPingMs >= 0)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(m.lastPingMs),
                                      QLocale::LongFormat);
        if (role == SortRole)
            return m.lastPingMs;
        break;
    case NextDueColumn:
        if (role == Qt::DisplayRole) {
            if (due < 0)
                return QStringLiteral("—");
            // A cron schedule of another zone says its own time beside ("03:30 Berlin").
            const QString there = human::inMonitorsZone(due, m);
            const QString when = human::relative(due, m_clock.nowMs());
            return there.isEmpty() ? when : tr("%1 (%2)").arg(when, there);
        }
        if (role == Qt::ToolTipRole && due >= 0)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(due), QLocale::LongFormat);
        if (role == SortRole)
            return due < 0 ? std::numeric_limits<qint64>::max() : due;
        break;
    case LastRunColumn:
        if (role == Qt::DisplayRole)
            return m.lastDurationMs < 0 ? QStringLiteral("—")
                    : m.isCheck()       ? human::responseTime(m.lastDurationMs)
                                        : human::duration(m.lastDurationMs);
        if (role == Qt::ToolTipRole && m_runStatistics)
            return m_runStatistics(m.id);
        if (role == SortRole)
            return m.lastDurationMs;
        break;
    case ScheduleColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return human::schedule(m);
        break;
    default:
        break;
    }
    return {};
}

QVariant MonitorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case NameColumn:
        return tr("Name");
    case TagsColumn:
        return tr("Tags");
    case ActivityColumn:
        return tr("Activity");
    case LastPingColumn:
        return tr("Last ping");
    case NextDueColumn:
        return tr("Next due");
    case LastRunColumn:
        return tr("Last run");
    case ScheduleColumn:
        return tr("Schedule");
    default:
        return {};
    }
}

void MonitorTableModel::reset(const QList<Monitor> &monitors)
{
    beginResetModel();
    m_rows = monitors;
    m_rowOf.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows[i].id, i);
    endResetModel();
}

void MonitorTableModel::upsert(const QList<Monitor> &monitors)
{
    int first = INT_MAX, last = -1;
    QList<Monitor> added;
    for (const Monitor &m : monitors) {
        const auto it = m_rowOf.constFind(m.id);
        if (it == m_rowOf.constEnd()) {
            added.append(m);
            continue;
        }
        m_rows[it.value()] = m;
        first = std::min(first, it.value());
        last = std::max(last, it.value());
    }
    if (last >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    if (!added.isEmpty()) {
        const int start = int(m_rows.size());
        beginInsertRows({}, start, start + int(added.size()) - 1);
        for (const Monitor &m : std::as_const(added)) {
            m_rowOf.insert(m.id, int(m_rows.size()));
            m_rows.append(m);
        }
        endInsertRows();
    }
}

void MonitorTableModel::remove(qint64 id)
{
    const auto it = m_rowOf.constFind(id);
    if (it == m_rowOf.constEnd())
        return;
    const int row = it.value();
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_sparklines.remove(id);
    m_rowOf.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows[i].id, i);
    endRemoveRows();
}

void MonitorTableModel::refreshTimes()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, LastPingColumn), index(int(m_rows.size()) - 1, NextDueColumn),
                         {Qt::DisplayRole});
}

void MonitorTableModel::setSparkline(qint64 monitorId, QList<PingMark> marks)
{
    const auto row = m_rowOf.constFind(monitorId);
    if (row == m_rowOf.constEnd())
        return;
    m_sparklines[monitorId].marks = std::move(marks);
    const QModelIndex cell = index(row.value(), ActivityColumn);
    emit dataChanged(cell, cell);
}

QList<PingMark> MonitorTableModel::sparkline(const Monitor &m) const
{
    if (!m_sparklineSource || m.nPings == 0)
        return {};
    Sparkline &cached = m_sparklines[m.id];
    if (cached.nPings != m.nPings) {
        cached.nPings = m.nPings;
        cached.marks = m_sparklineSource(m.id, kSparklinePings);
    }
    return cached.marks;
}

const Monitor *MonitorTableModel::monitorAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

} // namespace uptrack
