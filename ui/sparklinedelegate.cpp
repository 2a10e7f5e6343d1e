// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sparklinedelegate.h"

#include "monitortablemodel.h"
#include "statusicons.h"

#include <QApplication>
#include <QPainter>

namespace uptrack {

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto marks = index.data(MonitorTableModel::SparklineRole).value<QList<PingMark>>();
    if (marks.isEmpty())
        return;
    qint64 longest = 0;
    for (const PingMark &m : marks)
        longest = std::max(longest, m.durationMs);
    const QRect area = option.rect.adjusted(4, 4, -4, -4);
    const int slotCount = MonitorTableModel::kSparklinePings;
    const qreal slot = qreal(area.width()) / slotCount;
    const qreal barWidth = std::max<qreal>(2.0, slot - 1.5);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    // Right-aligned: the newest ping is always at the right edge.
    const int offset = slotCount - int(marks.size());
    for (int i = 0; i < marks.size(); ++i) {
        const PingMark &m = marks[i];
        qreal fraction = 0.35;
        if (longest > 0 && m.durationMs >= 0)
            fraction = 0.25 + 0.75 * qreal(m.durationMs) / qreal(longest);
        if (m.kind == PingKind::Fail)
            fraction = 1.0;
        const qreal h = std::max<qreal>(3.0, area.height() * fraction);
        const QRectF bar(area.left() + (offset + i) * slot, area.bottom() - h + 1, barWidth, h);
        painter->fillRect(bar, pingKindColor(m.kind));
    }
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), MonitorTableModel::kSparklinePings * 5 + 8));
    return size;
}

} // namespace uptrack
