// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trayicon.h"

#include "time/clock.h"

#include "statusicons.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

namespace uptrack {

TrayIcon::TrayIcon(const Clock &clock, QObject *parent) : DesktopSink(parent), m_clock(clock)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(iconFor(Status::New), this);
    m_menu = new QMenu;
    m_menu->addAction(tr("Open Uptrack"), this, &TrayIcon::openRequested);
    m_snooze = m_menu->addAction(tr("Snooze popups for 1 hour"), this, &TrayIcon::toggleSnooze);
    m_snooze->setCheckable(true);
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), this, &TrayIcon::quitRequested);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger || r == QSystemTrayIcon::DoubleClick)
            emit openRequested();
    });
    m_tray->setToolTip(tr("Uptrack"));
    m_tray->show();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

QIcon TrayIcon::iconFor(Status worst)
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor c = statusColor(worst);
        // A heartbeat trace on a disc of the worst state's colour.
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1));
        QPen pen(Qt::white, std::max(1.5, size / 11.0));
        pen.setJoinStyle(Qt::RoundJoin);
        pen.setCapStyle(Qt::RoundCap);
        p.setPen(pen);
        const qreal s = size;
        const QPointF trace[] = {{s * 0.16, s * 0.55}, {s * 0.36, s * 0.55}, {s * 0.45, s * 0.28},
                                 {s * 0.57, s * 0.76}, {s * 0.66, s * 0.50}, {s * 0.84, s * 0.50}};
        p.drawPolyline(trace, 6);
        icon.addPixmap(pixmap);
    }
    return icon;
}

void TrayIcon::setCounts(const int counts[6])
{
    Status worst = Status::New;
    for (Status s : {Status::Paused, Status::Up, Status::Started, Status::Late, Status::Down}) {
        if (counts[int(s)] > 0)
            worst = s;
    }
    if (!m_tray)
        return;
    m_tray->setIcon(iconFor(worst));
    m_tray->setToolTip(tr("Uptrack — %1 down, %2 late, %3 up, %4 paused")
                               .arg(counts[int(Status::Down)])
                               .arg(counts[int(Status::Late)])
                               .arg(counts[int(Status::Up)] + counts[int(Status::Started)])
                               .arg(counts[int(Status::Paused)]));
}

bool TrayIcon::snoozed() const
{
    return m_snoozedUntil >= 0 && m_clock.nowMs() < m_snoozedUntil;
}

void TrayIcon::toggleSnooze()
{
    if (snoozed()) {
        m_snoozedUntil = -1;
        m_snooze->setChecked(false);
        m_snooze->setText(tr("Snooze popups for 1 hour"));
        return;
    }
    m_snoozedUntil = m_clock.nowMs() + 3'600'000;
    m_snooze->setChecked(true);
    m_snooze->setText(
            tr("Popups snoozed until %1 (click to resume)")
                    .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_snoozedUntil).time(),
                                            QLocale::ShortFormat)));
}

void TrayIcon::present(const QString &title, const QString &text, bool critical,
                       std::function<void(bool, const QString &)> done)
{
    if (snoozed()) {
        done(false,
             tr("popups snoozed until %1")
                     .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_snoozedUntil).time(),
                                             QLocale::ShortFormat)));
        return;
    }
    if (!m_tray || !QSystemTrayIcon::supportsMessages()) {
        emit popupWithoutTray(title, text, critical);
        done(true, tr("no system tray: shown in the console window"));
        return;
    }
    m_tray->showMessage(title, text,
                        critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information,
                        critical ? 0 : 10'000);
    done(true, tr("shown in the tray"));
}

} // namespace uptrack
