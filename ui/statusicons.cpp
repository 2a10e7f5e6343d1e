// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusicons.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace uptrack {

QColor statusColor(Status status)
{
    switch (status) {
    case Status::Up:
        return QColor(0x2e, 0xa0, 0x43);
    case Status::Late:
        return QColor(0xe0, 0x9b, 0x12);
    case Status::Down:
        return QColor(0xd1, 0x34, 0x38);
    case Status::Started:
        return QColor(0x2f, 0x7d, 0xd1);
    case Status::Paused:
        return QColor(0x8a, 0x8f, 0x98);
    case Status::Maintenance:
        return QColor(0x7a, 0x5c, 0xc7);
    case Status::New:
        return QColor(0xb8, 0xbd, 0xc4);
    }
    return Qt::gray;
}

QIcon statusIcon(Status status)
{
    static QHash<int, QIcon> cache;
    const auto it = cache.constFind(int(status));
    if (it != cache.constEnd())
        return it.value();
    QIcon icon;
    for (int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor c = statusColor(status);
        p.setPen(QPen(c.darker(130), size / 12.0));
        p.setBrush(status == Status::New ? QBrush(Qt::white) : QBrush(c));
        const qreal m = size * 0.15;
        p.drawEllipse(QRectF(m, m, size - 2 * m, size - 2 * m));
        if (status == Status::Maintenance) { // a spanner's worth: a bar across
            p.setPen(QPen(Qt::white, size / 7.0, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(QPointF(size * 0.32, size * 0.68), QPointF(size * 0.68, size * 0.32));
        }
        if (status == Status::Paused) {
            p.setPen(QPen(Qt::white, size / 8.0));
            p.drawLine(QPointF(size * 0.42, size * 0.33), QPointF(size * 0.42, size * 0.67));
            p.drawLine(QPointF(size * 0.58, size * 0.33), QPointF(size * 0.58, size * 0.67));
        }
        icon.addPixmap(pixmap);
    }
    cache.insert(int(status), icon);
    return icon;
}

QColor pingKindColor(PingKind kind)
{
    switch (kind) {
    case PingKind::Success:
        return statusColor(Status::Up);
    case PingKind::Fail:
        return statusColor(Status::Down);
    case PingKind::Start:
        return statusColor(Status::Started);
    case PingKind::Log:
    case PingKind::Ignored:
        return statusColor(Status::Paused);
    }
    return Qt::gray;
}

QString statusLabel(Status status)
{
    switch (status) {
    case Status::New:
        return QCoreApplication::translate("Status", "New");
    case Status::Up:
        return QCoreApplication::translate("Status", "Up");
    case Status::Late:
        return QCoreApplication::translate("Status", "Late");
    case Status::Down:
        return QCoreApplication::translate("Status", "Down");
    case Status::Started:
        return QCoreApplication::translate("Status", "Running");
    case Status::Paused:
        return QCoreApplication::translate("Status", "Paused");
    case Status::Maintenance:
        return QCoreApplication::translate("Status", "Maintenance");
    }
    return QString();
}

} // namespace uptrack
