// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitorlistpane.h"

#include "monitorfilterproxy.h"
#include "monitortablemodel.h"
#include "sparklinedelegate.h"
#include "viewhelpers.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMap>
#include <QTableView>
#include <QVBoxLayout>

namespace uptrack {

MonitorListPane::MonitorListPane(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_model(new MonitorTableModel(clock, this))
    , m_proxy(new MonitorFilterProxy(this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_tagFilter(new QComboBox(this))
{
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MonitorTableModel::StatusColumn, Qt::AscendingOrder);
    setUpListTable(m_view, tr("Monitors"), 26);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setItemDelegateForColumn(MonitorTableModel::ActivityColumn,
                                     new SparklineDelegate(this));
    // The status whole in any language ("Verspätet (keine Daten)"), beside its icon.
    m_view->setColumnWidth(
            MonitorTableModel::StatusColumn,
            widthForTexts(m_view->font(), MonitorTableModel::statusTexts(), 40, 130));
    m_view->setColumnWidth(MonitorTableModel::NameColumn, 240);
    m_view->setColumnWidth(MonitorTableModel::TagsColumn, 120);
    m_view->setColumnWidth(MonitorTableModel::LastPingColumn, 110);
    m_view->setColumnWidth(MonitorTableModel::NextDueColumn, 110);
    m_view->setColumnWidth(MonitorTableModel::LastRunColumn, 90);
    m_view->setColumnWidth(MonitorTableModel::ActivityColumn, 110);
    fitColumnsToHeaders(m_view);
    connect(m_view, &QWidget::customContextMenuRequested, this,
            &MonitorListPane::contextMenuRequested);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &MonitorListPane::editRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MonitorListPane::currentChanged);
    // Under a flood the table re-sorts all the time: the selected row stays selected (the
    // proxy keeps it) and, if it could be seen, stays in view.
    connect(m_proxy, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        m_currentInView = current.isValid()
                && m_view->viewport()->rect().intersects(m_view->visualRect(current));
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] {
        if (m_currentInView && m_view->currentIndex().isValid())
            m_view->scrollTo(m_view->currentIndex(), QAbstractItemView::EnsureVisible);
    });

    m_search->setPlaceholderText(tr("Search by name, slug or tag (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search monitors"));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &MonitorFilterProxy::setText);
    // Return or Down goes from the search to what it found.
    m_search->installEventFilter(this);
    m_tagFilter->setAccessibleName(tr("Filter by tag"));
    m_tagFilter->setMinimumContentsLength(12);
    m_tagFilter->addItem(tr("All tags"), QString());
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setTag(m_tagFilter->currentData().toString()); });

    auto *filterBar = new QHBoxLayout;
    filterBar->addWidget(m_search, 1);
    filterBar->addWidget(m_tagFilter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(paneWithBar(this, filterBar, m_view));
}

const Monitor *MonitorListPane::selectedMonitor() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return nullptr;
    return m_model->monitorAt(m_proxy->mapToSource(current).row());
}

void MonitorListPane::selectMonitor(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

bool MonitorListPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter)
            && m_proxy->rowCount() > 0) {
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_proxy->index(0, 0));
            m_view->setFocus(Qt::ShortcutFocusReason);
            m_view->scrollTo(m_view->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MonitorListPane::clearFilters()
{
    m_search->clear();
    m_proxy->setTag(QString());
    m_tagFilter->setCurrentIndex(0);
}

void MonitorListPane::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void MonitorListPane::updateTags()
{
    QMap<QString, int> tags;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (const QString &t : m_model->monitorAt(row)->tags)
            ++tags[t];
    }
    const QString chosen = m_tagFilter->currentData().toString();
    QStringList present;
    for (int i = 1; i < m_tagFilter->count(); ++i)
        present.append(m_tagFilter->itemData(i).toString());
    if (present != tags.keys()) {
        const QSignalBlocker block(m_tagFilter);
        while (m_tagFilter->count() > 1)
            m_tagFilter->removeItem(1);
        for (auto it = tags.cbegin(); it != tags.cend(); ++it)
            m_tagFilter->addItem(tr("%1 (%2)").arg(it.key()).arg(it.value()), it.key());
        const int index = m_tagFilter->findData(chosen);
        m_tagFilter->setCurrentIndex(std::max(0, index));
        if (index < 0)
            m_proxy->setTag(QString());
    } else {
        for (int i = 1; i < m_tagFilter->count(); ++i) {
            const QString tag = m_tagFilter->itemData(i).toString();
            m_tagFilter->setItemText(i, tr("%1 (%2)").arg(tag).arg(tags.value(tag)));
        }
    }
}

QByteArray MonitorListPane::saveColumns() const
{
    return m_view->horizontalHeader()->saveState();
}

void MonitorListPane::restoreColumns(const QByteArray &state)
{
    QHeaderView *header = m_view->horizontalHeader();
    if (header->restoreState(state))
        m_view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

} // namespace uptrack
