// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewhelpers.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace uptrack {

void setUpListTable(QTableView *view, const QString &accessibleName, int rowHeight)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(rowHeight);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAccessibleName(accessibleName);
}

QWidget *paneWithBar(QWidget *parent, QLayout *bar, QWidget *content)
{
    auto *pane = new QWidget(parent);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(content);
    return pane;
}

void fitColumnsToHeaders(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    const int count = header->count();
    for (int i = 0; i < count; ++i) {
        if (header->isSectionHidden(i) || (header->stretchLastSection() && i == count - 1))
            continue;
        header->resizeSection(i, std::max(header->sectionSize(i), header->sectionSizeHint(i)));
    }
}

} // namespace uptrack
