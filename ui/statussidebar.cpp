// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statussidebar.h"

#include "statusicons.h"

#include <QIcon>

namespace uptrack {

namespace {
constexpr int kStatusRole = Qt::UserRole + 1; // -1: all
constexpr Status kOrder[] = {Status::Down, Status::Late,   Status::Started,    Status::Up,
                             Status::New,  Status::Paused, Status::Maintenance};
} // namespace

StatusSidebar::StatusSidebar(QWidget *parent) : QListWidget(parent)
{
    setAccessibleName(tr("Filter by status"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    auto *all = new QListWidgetItem(QIcon::fromTheme(QStringLiteral("view-list-details")),
                                    tr("All monitors"), this);
    all->setData(kStatusRole, -1);
    for (Status s : kOrder) {
        auto *item = new QListWidgetItem(statusIcon(s), statusLabel(s), this);
        item->setData(kStatusRole, int(s));
    }
    setCurrentRow(0);
    setMinimumWidth(150);
    connect(this, &QListWidget::currentItemChanged, this, [this] { emit statusChosen(current()); });
}

void StatusSidebar::setCounts(const std::array<int, kStatuses> &counts)
{
    int total = 0;
    for (int c : counts)
        total += c;
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem *it = item(row);
        const int s = it->data(kStatusRole).toInt();
        if (s < 0) {
            it->setText(tr("All monitors (%1)").arg(total));
            continue;
        }
        it->setText(tr("%1 (%2)").arg(statusLabel(Status(s))).arg(counts[size_t(s)]));
        QFont font = it->font();
        font.setBold(Status(s) == Status::Down && counts[size_t(s)] > 0);
        it->setFont(font);
    }
}

std::optional<Status> StatusSidebar::current() const
{
    const QListWidgetItem *it = currentItem();
    if (!it || it->data(kStatusRole).toInt() < 0)
        return std::nullopt;
    return Status(it->data(kStatusRole).toInt());
}

void StatusSidebar::select(std::optional<Status> status)
{
    for (int row = 0; row < count(); ++row) {
        const int s = item(row)->data(kStatusRole).toInt();
        if ((status && s == int(*status)) || (!status && s < 0)) {
            setCurrentRow(row);
            return;
        }
    }
}

} // namespace uptrack
