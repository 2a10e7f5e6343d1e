// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pinglogpanel.h"

#include "historysource.h"
#include "pinglogmodel.h"
#include "viewhelpers.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace uptrack {

PingLogPanel::PingLogPanel(HistorySource &history, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_model(new PingLogModel(clock, this))
    , m_table(new QTableView(this))
    , m_body(new QPlainTextEdit(this))
    , m_bodyTitle(new QLabel(this))
    , m_copy(new QPushButton(tr("&Copy body"), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_table->setModel(m_model);
    setUpListTable(m_table, tr("Ping log"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setColumnWidth(PingLogModel::TimeColumn, 150);
    m_table->setColumnWidth(PingLogModel::KindColumn, 110);
    m_table->setColumnWidth(PingLogModel::ExitColumn, 70);
    m_table->setColumnWidth(PingLogModel::SourceColumn, 110);
    m_table->setColumnWidth(PingLogModel::MethodColumn, 60);
    m_table->setColumnWidth(PingLogModel::UserAgentColumn, 140);
    fitColumnsToHeaders(m_table);

    m_body->setReadOnly(true);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_body->setPlaceholderText(tr("Select a ping to see the body it carried (the job's output)."));
    m_body->setAccessibleName(tr("Ping body"));
    m_copy->setEnabled(false);

    auto *bodyBar = new QHBoxLayout;
    bodyBar->addWidget(m_bodyTitle, 1);
    bodyBar->addWidget(m_copy);
    QWidget *bodyPane = paneWithBar(this, bodyBar, m_body);

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(bodyPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PingLogPanel::showBody);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_body->toPlainText()); });
}

void PingLogPanel::load(qint64 monitorId, qint64 fromMs, qint64 toMs)
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 selected = current.isValid() && monitorId == m_monitorId
            ? current.data(PingLogModel::PingIdRole).toLongLong()
            : 0;
    m_monitorId = monitorId;
    const quint64 generation = ++m_generation;
    if (monitorId <= 0) {
        showRows({}, 0);
        return;
    }
    m_history.pings(monitorId, fromMs, toMs, kMaxRows, PingLogModel::kPreviewBytes, this,
                    [this, generation, selected](QList<Ping> pings) {
                        if (generation == m_generation)
                            showRows(std::move(pings), selected);
                    });
}

void PingLogPanel::showRows(QList<Ping> pings, qint64 selected)
{
    m_model->setPings(std::move(pings));
    const int row = selected ? m_model->rowOfPing(selected) : -1;
    if (row >= 0)
        m_table->selectRow(row);
    else
        showBody();
}

void PingLogPanel::selectPing(qint64 pingId)
{
    auto select = [this](qint64 id) {
        const int row = m_model->rowOfPing(id);
        if (row < 0)
            return false;
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
        return true;
    };
    if (select(pingId))
        return;
    // Outside the rows shown (more than kMaxRows in range): load the ones around it.
    const quint64 generation = ++m_generation;
    const qint64 monitorId = m_monitorId;
    m_history.ping(
            pingId, this, [this, generation, monitorId, pingId, select](std::optional<Ping> ping) {
                if (!ping || generation != m_generation)
                    return;
                m_history.pings(monitorId, ping->timeMs - 3'600'000, ping->timeMs + 3'600'000,
                                kMaxRows, PingLogModel::kPreviewBytes, this,
                                [this, generation, pingId, select](QList<Ping> pings) {
                                    if (generation != m_generation)
                                        return;
                                    m_model->setPings(std::move(pings));
                                    select(pingId);
                                });
            });
}

void PingLogPanel::showBody()
{
    const Ping *shown = m_model->pingAt(m_table->currentIndex().row());
    if (!shown) {
        ++m_bodyGeneration;
        m_body->clear();
        m_bodyTitle->clear();
        m_copy->setEnabled(false);
        return;
    }
    const quint64 generation = ++m_bodyGeneration;
    const qint64 id = shown->id;
    const QByteArray preview = shown->body;
    m_history.ping(id, this, [this, generation, preview](std::optional<Ping> whole) {
        if (generation != m_bodyGeneration)
            return;
        const QByteArray body = whole ? whole->body : preview;
        m_body->setPlainText(QString::fromUtf8(body));
        m_bodyTitle->setText(body.isEmpty() ? tr("No body")
                                     : whole && whole->bodyTruncated
                                     ? tr("Body: %L1 bytes, cut at the cap").arg(body.size())
                                     : tr("Body: %L1 bytes").arg(body.size()));
        m_copy->setEnabled(!body.isEmpty());
    });
}

} // namespace uptrack
