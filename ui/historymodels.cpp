// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "historymodels.h"

#include "format/humanformat.h"
#include "statusicons.h"
#include "time/clock.h"

#include <QDateTime>
#include <QFont>
#include <QIcon>
#include <QLocale>

namespace uptrack {

namespace {
QString longTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::LongFormat);
}

QString alertKind(AlertKind kind)
{
    switch (kind) {
    case AlertKind::Down:
        return AlertHistoryModel::tr("Down alert");
    case AlertKind::Up:
        return AlertHistoryModel::tr("Recovery");
    case AlertKind::Reminder:
        return AlertHistoryModel::tr("Reminder");
    case AlertKind::Test:
        return AlertHistoryModel::tr("Test");
    case AlertKind::Slow:
        return AlertHistoryModel::tr("Slow run");
    case AlertKind::Cert:
        return AlertHistoryModel::tr("Certificate");
    case AlertKind::MaintenanceStart:
        return AlertHistoryModel::tr("Maintenance began");
    case AlertKind::MaintenanceEnd:
        return AlertHistoryModel::tr("Maintenance ended");
    case AlertKind::MuteSummary:
        return AlertHistoryModel::tr("While muted");
    }
    return alertKindName(kind);
}

QString deliveryState(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Delivered:
        return AlertHistoryModel::tr("Delivered");
    case DeliveryState::Failed:
        return AlertHistoryModel::tr("Failed");
    case DeliveryState::Muted:
        return AlertHistoryModel::tr("Muted (not sent)");
    case DeliveryState::Pending:
        break;
    }
    return AlertHistoryModel::tr("Retrying");
}
} // namespace

QStringList AlertHistoryModel::kindLabels()
{
    QStringList out;
    for (AlertKind kind : {AlertKind::Down, AlertKind::Up, AlertKind::Reminder, AlertKind::Test,
                           AlertKind::Slow, AlertKind::Cert, AlertKind::MaintenanceStart,
                           AlertKind::MaintenanceEnd, AlertKind::MuteSummary})
        out.append(alertKind(kind));
    return out;
}

IncidentModel::IncidentModel(const Clock &clock, MonitorNames names, QObject *parent)
    : QAbstractTableModel(parent), m_clock(clock), m_names(std::move(names))
{ }

int IncidentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IncidentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Incident &i = m_rows.at(index.row());
    const qint64 now = m_clock.nowMs();
    const bool open = i.endMs < 0;
    if (role == Qt::ForegroundRole && open)
        return statusColor(Status::Down);
    if (role == Qt::DecorationRole && index.column() == MonitorColumn)
        return statusIcon(open ? Status::Down : Status::Up);
    if (role == Qt::ToolTipRole) {
        if (index.column() == StartColumn)
            return longTime(i.startMs);
        if (index.column() == EndColumn && !open)
            return longTime(i.endMs);
        if (index.column() == NoteColumn)
            return i.note;
        if (index.column() == AckColumn && i.ackMs >= 0)
            return i.ackNote.isEmpty() ? longTime(i.ackMs)
                                       : longTime(i.ackMs) + QStringLiteral(" — ") + i.ackNote;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case MonitorColumn:
        return m_names(i.monitorId);
    case StartColumn:
        return human::when(i.startMs, now);
    case EndColumn:
        return open ? tr("ongoing") : human::when(i.endMs, now);
    case DurationColumn:
        return human::duration((open ? now : i.endMs) - i.startMs);
    case ReasonColumn:
        return Reason::describe(i.reason);
    case NoteColumn:
        return i.note;
    case AckColumn:
        if (i.ackMs < 0)
            return QString();
        // Who, when, and what they said they are doing (the column is wide for it).
        return i.ackNote.isEmpty()
                ? tr("%1, %2").arg(i.ackBy, human::when(i.ackMs, now))
                : tr("%1, %2: %3").arg(i.ackBy, human::when(i.ackMs, now), i.ackNote);
    default:
        return {};
    }
}

QVariant IncidentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MonitorColumn:
        return tr("Monitor");
    case StartColumn:
        return tr("Started");
    case EndColumn:
        return tr("Ended");
    case DurationColumn:
        return tr("Duration");
    case ReasonColumn:
        return tr("Reason");
    case NoteColumn:
        return tr("Note");
    case AckColumn:
        return tr("Acknowledged");
    default:
        return {};
    }
}

void IncidentModel::setIncidents(QList<Incident> incidents)
{
    std::sort(incidents.begin(), incidents.end(), [](const Incident &a, const Incident &b) {
        return a.startMs != b.startMs ? a.startMs > b.startMs : a.id > b.id;
    });
    beginResetModel();
    m_rows = std::move(incidents);
    endResetModel();
}

const Incident *IncidentModel::incidentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

AlertHistoryModel::AlertHistoryModel(const Clock &clock, MonitorNames names, QObject *parent)
    : QAbstractTableModel(parent), m_clock(clock), m_names(std::move(names))
{ }

int AlertHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const bool failed = r.delivery && r.delivery->state == DeliveryState::Failed;
    const bool pending = r.delivery && r.delivery->state == DeliveryState::Pending;
    // An alert no channel heard: nobody was told (a warning, not just a missing column).
    const bool unheard = !r.delivery && r.alert.kind != AlertKind::Test;
    const qint64 now = m_clock.nowMs();
    if (role == FailedRole)
        return failed;
    if (role == IncidentRole)
        return r.alert.incidentId;
    if (role == Qt::ForegroundRole && failed)
        return statusColor(Status::Down);
    if (role == Qt::ForegroundRole && (pending || unheard))
        return statusColor(Status::Late);
    if (role == Qt::DecorationRole && index.column() == OutcomeColumn && unheard)
        return QIcon::fromTheme(QStringLiteral("dialog-warning"), statusIcon(Status::Late));
    if (role == Qt::FontRole && failed) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::DecorationRole && index.column() == OutcomeColumn && r.delivery)
        return statusIcon(failed ? Status::Down : pending ? Status::Late : Status::Up);
    if (role == Qt::ToolTipRole) {
        if (index.column() == TimeColumn)
            return longTime(r.alert.createdMs);
        if (index.column() == OutcomeColumn && r.delivery)
            return r.delivery->outcome;
        if (index.column() == OutcomeColumn && unheard)
            return tr("The monitor had no channel when this alert was raised. Add one under "
                      "Channels, and give it to the monitor.");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return human::when(r.alert.createdMs, now);
    case MonitorColumn:
        return r.alert.monitorId > 0 ? m_names(r.alert.monitorId) : tr("(test)");
    case AlertColumn:
        return alertKind(r.alert.kind);
    case ChannelColumn:
        return r.delivery ? r.channel : tr("none");
    case OutcomeColumn:
        if (!r.delivery)
            return tr("no channel — nobody was alerted");
        if (r.delivery->outcome.isEmpty())
            return deliveryState(r.delivery->state);
        return tr("%1: %2").arg(deliveryState(r.delivery->state), r.delivery->outcome);
    case AttemptsColumn:
        return r.delivery ? QString::number(r.delivery->attempts) : QString();
    case DoneColumn:
        if (!r.delivery)
            return QString();
        if (r.delivery->state == DeliveryState::Pending)
            return r.delivery->nextAttemptMs > now
                    ? tr("next try %1").arg(human::relative(r.delivery->nextAttemptMs, now))
                    : tr("trying now");
        return r.delivery->doneMs >= 0 ? human::when(r.delivery->doneMs, now) : QString();
    default:
        return {};
    }
}

QVariant AlertHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MonitorColumn:
        return tr("Monitor");
    case AlertColumn:
        return tr("Alert");
    case ChannelColumn:
        return tr("Channel");
    case OutcomeColumn:
        return tr("Outcome");
    case AttemptsColumn:
        return tr("Attempts");
    case DoneColumn:
        return tr("Delivered / next");
    default:
        return {};
    }
}

void AlertHistoryModel::setAlerts(const QList<AlertRecord> &alerts,
                                  const QHash<qint64, QString> &channelNames)
{
    beginResetModel();
    m_rows.clear();
    for (auto it = alerts.crbegin(); it != alerts.crend(); ++it) {
        if (it->deliveries.isEmpty()) {
            m_rows.append({it->alert, std::nullopt, QString()});
            continue;
        }
        for (const Delivery &d : it->deliveries)
            m_rows.append({it->alert, d, channelNames.value(d.channelId, tr("(removed channel)"))});
    }
    endResetModel();
}

int AlertHistoryModel::failedCount() const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += r.delivery && r.delivery->state == DeliveryState::Failed;
    return n;
}

int AlertHistoryModel::unheardCount() const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += !r.delivery && r.alert.kind != AlertKind::Test;
    return n;
}

} // namespace uptrack
