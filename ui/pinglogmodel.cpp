// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pinglogmodel.h"

#include "format/humanformat.h"
#include "statusicons.h"
#include "time/clock.h"

#include <QDateTime>
#include <QLocale>

namespace uptrack {

namespace {
QString preview(const QByteArray &body)
{
    QString text = QString::fromUtf8(body).simplified();
    if (text.size() > 120)
        text = text.left(120) + QStringLiteral("…");
    return text;
}
} // namespace

PingLogModel::PingLogModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_clock(clock)
{ }

int PingLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pings.size());
}

int PingLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PingLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_pings.size())
        return {};
    const Ping &p = m_pings.at(index.row());
    if (role == PingIdRole)
        return p.id;
    if (role == Qt::ForegroundRole && p.kind == PingKind::Fail)
        return statusColor(Status::Down);
    if (role == Qt::DecorationRole && index.column() == KindColumn) {
        const Status look = p.kind == PingKind::Fail                     ? Status::Down
                : p.kind == PingKind::Start                              ? Status::Started
                : p.kind == PingKind::Log || p.kind == PingKind::Ignored ? Status::Paused
                                                                         : Status::Up;
        return statusIcon(look);
    }
    if (role == Qt::ToolTipRole && index.column() == TimeColumn)
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(p.timeMs), QLocale::LongFormat);
    if (role == Qt::ToolTipRole && index.column() == BodyColumn && p.bodyTruncated)
        return tr("The body was longer than the cap and was cut when stored.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return human::whenPrecise(p.timeMs, m_clock.nowMs());
    case KindColumn:
        return human::pingKind(p.kind);
    case ExitColumn:
        return p.exitStatus < 0 ? QString() : QString::number(p.exitStatus);
    case DurationColumn:
        if (p.durationMs < 0)
            return QString();
        // A check's result: its response time in milliseconds ("< 1 ms", "87 ms").
        return p.isCheckResult() ? human::responseTime(p.durationMs)
                                 : human::duration(p.durationMs);
    case SourceColumn:
        return p.source;
    case MethodColumn:
        return p.method;
    case UserAgentColumn:
        return p.userAgent;
    case BodyColumn:
        return p.body.isEmpty() ? QString() : preview(p.body);
    default:
        return {};
    }
}

QVariant PingLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case ExitColumn:
        return tr("Exit status");
    case DurationColumn:
        return tr("Run time");
    case SourceColumn:
        return tr("Source");
    case MethodColumn:
        return tr("Method");
    case UserAgentColumn:
        return tr("User agent");
    case BodyColumn:
        return tr("Body");
    default:
        return {};
    }
}

void PingLogModel::setPings(const QList<Ping> &pings)
{
    beginResetModel();
    m_pings.clear();
    m_pings.reserve(pings.size());
    for (auto it = pings.crbegin(); it != pings.crend(); ++it)
        m_pings.append(*it);
    endResetModel();
}

const Ping *PingLogModel::pingAt(int row) const
{
    return row >= 0 && row < m_pings.size() ? &m_pings.at(row) : nullptr;
}

int PingLogModel::rowOfPing(qint64 pingId) const
{
    for (int i = 0; i < m_pings.size(); ++i) {
        if (m_pings[i].id == pingId)
            return i;
    }
    return -1;
}

} // namespace uptrack
