// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "historypanel.h"

#include "viewhelpers.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace uptrack {

namespace {
QTableView *table(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    setUpListTable(view, name);
    return view;
}
} // namespace

HistoryPanel::HistoryPanel(HistorySource &history, const Clock &clock, MonitorNames names,
                           QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_incidents(new IncidentModel(clock, names, this))
    , m_alerts(new AlertHistoryModel(clock, names, this))
    , m_incidentTable(table(m_incidents, tr("Incidents"), this))
    , m_alertTable(table(m_alerts, tr("Alerts"), this))
    , m_all(new QCheckBox(tr("Show &all monitors"), this))
    , m_incidentTitle(new QLabel(this))
    , m_alertTitle(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this)) // stacked: full reasons and outcomes
{
    m_incidentTable->setColumnWidth(IncidentModel::MonitorColumn, 160);
    m_incidentTable->setColumnWidth(IncidentModel::StartColumn, 130);
    m_incidentTable->setColumnWidth(IncidentModel::EndColumn, 130);
    m_incidentTable->setColumnWidth(IncidentModel::DurationColumn, 90);
    m_incidentTable->setColumnWidth(IncidentModel::ReasonColumn, 190);
    m_alertTable->setColumnWidth(AlertHistoryModel::TimeColumn, 130);
    m_alertTable->setColumnWidth(AlertHistoryModel::MonitorColumn, 140);
    // The alert's kind whole, in any language: failed rows are bold.
    QFont bold = m_alertTable->font();
    bold.setBold(true);
    m_alertTable->setColumnWidth(AlertHistoryModel::AlertColumn,
                                 widthForTexts(bold, AlertHistoryModel::kindLabels(), 16, 90));
    m_alertTable->setColumnWidth(AlertHistoryModel::ChannelColumn, 100);
    m_alertTable->setColumnWidth(AlertHistoryModel::OutcomeColumn, 190);
    m_alertTable->setColumnWidth(AlertHistoryModel::AttemptsColumn, 70);
    fitColumnsToHeaders(m_incidentTable);
    fitColumnsToHeaders(m_alertTable);
    // The outcome (with a failure's reason) takes the room, not the last column.
    m_alertTable->setColumnWidth(AlertHistoryModel::DoneColumn, 150);
    m_alertTable->horizontalHeader()->setStretchLastSection(false);
    m_alertTable->horizontalHeader()->setSectionResizeMode(AlertHistoryModel::OutcomeColumn,
                                                           QHeaderView::Stretch);

    auto pane = [this](QLabel *title, QTableView *view) {
        title->setTextFormat(Qt::RichText);
        auto *bar = new QHBoxLayout;
        bar->addWidget(title);
        return paneWithBar(this, bar, view);
    };
    m_splitter->addWidget(pane(m_incidentTitle, m_incidentTable));
    m_splitter->addWidget(pane(m_alertTitle, m_alertTable));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_all);
    layout->addWidget(m_splitter);
    connect(m_all, &QCheckBox::toggled, this, &HistoryPanel::reload);
    m_incidentTable->setToolTip(tr("Double-click an incident (or press Enter) to write a note "
                                   "on it; notes appear in reports. Ctrl+K acknowledges an open "
                                   "one: its reminders stop."));
    auto requestNote = [this](const QModelIndex &index) {
        if (const Incident *i = m_incidents->incidentAt(index.row()))
            emit noteRequested(i->id, i->note);
    };
    connect(m_incidentTable, &QAbstractItemView::activated, this, requestNote);
    auto *ack = new QAction(tr("&Acknowledge…"), m_incidentTable);
    ack->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    ack->setShortcutContext(Qt::WidgetShortcut);
    m_incidentTable->addAction(ack);
    connect(ack, &QAction::triggered, this, [this] {
        if (const Incident *i = currentIncident(); i && i->endMs < 0 && i->ackMs < 0)
            emit ackRequested(i->id);
    });
    m_incidentTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_incidentTable, &QWidget::customContextMenuRequested, this,
            &HistoryPanel::incidentMenu);
    // An incident's own alerts are selected beside it (they name it; times can mislead).
    connect(m_incidentTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const Incident *i = m_incidents->incidentAt(current.row());
                if (i)
                    selectAlertsOf(i->id);
            });
}

const Incident *HistoryPanel::currentIncident() const
{
    return m_incidents->incidentAt(m_incidentTable->currentIndex().row());
}

void HistoryPanel::incidentMenu(const QPoint &at)
{
    const Incident *i = m_incidents->incidentAt(m_incidentTable->indexAt(at).row());
    if (!i)
        return;
    const qint64 id = i->id;
    const QString note = i->note;
    QMenu menu(this);
    menu.addAction(tr("Write a &note…"), this, [this, id, note] { emit noteRequested(id, note); });
    QAction *ack = menu.addAction(tr("&Acknowledge…"), this, [this, id] { emit ackRequested(id); });
    ack->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    ack->setEnabled(i->endMs < 0 && i->ackMs < 0);
    if (i->ackMs >= 0)
        ack->setText(tr("Acknowledged by %1").arg(i->ackBy));
    menu.exec(m_incidentTable->viewport()->mapToGlobal(at));
}

void HistoryPanel::selectAlertsOf(qint64 incidentId)
{
    QItemSelection rows;
    QModelIndex first;
    for (int r = 0; r < m_alerts->rowCount(); ++r) {
        const QModelIndex index = m_alerts->index(r, 0);
        if (index.data(AlertHistoryModel::IncidentRole).toLongLong() != incidentId)
            continue;
        if (!first.isValid())
            first = index;
        rows.select(index, m_alerts->index(r, AlertHistoryModel::ColumnCount - 1));
    }
    m_alertTable->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect);
    if (first.isValid())
        m_alertTable->scrollTo(first);
}

void HistoryPanel::setMonitor(qint64 monitorId)
{
    m_monitorId = monitorId;
    reload();
}

void HistoryPanel::setAllMonitors(bool all)
{
    m_all->setChecked(all);
}

void HistoryPanel::reload()
{
    const qint64 id = m_all->isChecked() ? 0 : m_monitorId;
    const quint64 generation = ++m_generation;
    m_history.incidentsAndAlerts(
            id, kAllMonitorsLimit, this,
            [this, id, generation](QList<Incident> incidents, QList<AlertRecord> alerts,
                                   QHash<qint64, QString> channelNames) {
                if (generation == m_generation)
                    show(id, std::move(incidents), std::move(alerts), channelNames);
            });
}

void HistoryPanel::show(qint64 id, QList<Incident> incidents, QList<AlertRecord> alerts,
                        const QHash<qint64, QString> &channelNames)
{
    m_incidentTable->setColumnHidden(IncidentModel::MonitorColumn, id != 0);
    m_alertTable->setColumnHidden(AlertHistoryModel::MonitorColumn, id != 0);
    m_incidents->setIncidents(std::move(incidents));
    m_alerts->setAlerts(std::move(alerts), channelNames);
    int open = 0;
    for (int r = 0; r < m_incidents->rowCount(); ++r)
        open += m_incidents->incidentAt(r)->endMs < 0;
    m_incidentTitle->setText(
            open > 0 ? tr("<b>Incidents</b> — %1, <span style='color:#d13438'>%2 ongoing</span>")
                               .arg(m_incidents->rowCount())
                               .arg(open)
                     : tr("<b>Incidents</b> — %1").arg(m_incidents->rowCount()));
    QString title = tr("<b>Alerts and deliveries</b> — %1").arg(m_alerts->rowCount());
    if (const int failed = m_alerts->failedCount(); failed > 0)
        title += tr(", <span style='color:#d13438'><b>%n failed</b></span>", nullptr, failed);
    if (const int unheard = m_alerts->unheardCount(); unheard > 0)
        title += tr(", <span style='color:#c87800'><b>%n heard by nobody</b></span>", nullptr,
                    unheard);
    m_alertTitle->setText(title);
}

} // namespace uptrack
