// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trayicon.h"

#include "format/humanformat.h"
#include "time/clock.h"

#include "statusicons.h"

#include <QAction>
#include <QDateTime>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

namespace uptrack {

TrayIcon::TrayIcon(const Clock &clock, QObject *parent) : DesktopSink(parent), m_clock(clock)
{
    // Alerts, not only popups: recorded, sent as one summary when the mute ends. The
    // window's Alerts menu shows this menu too, so it exists with or without a tray.
    m_muteMenu = new QMenu(tr("M&ute alerts"));
    m_muteActions.append(m_muteMenu->addAction(
            tr("For 1 hour"), this, [this] { emit muteRequested(m_clock.nowMs() + 3'600'000); }));
    m_muteActions.append(m_muteMenu->addAction(tr("For 4 hours"), this, [this] {
        emit muteRequested(m_clock.nowMs() + 4 * 3'600'000);
    }));
    m_muteActions.append(m_muteMenu->addAction(tr("Until tomorrow 08:00"), this, [this] {
        emit muteRequested(tomorrowAtEight(m_clock.nowMs()));
    }));
    m_muteMenu->addSeparator();
    m_muteActions.append(m_muteMenu->addAction(tr("Unmute"), this, &TrayIcon::unmuteRequested));
    m_muteActions.last()->setVisible(false);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(iconFor(Status::New), this);
    m_menu = new QMenu;
    m_menu->addAction(tr("Open Uptrack"), this, &TrayIcon::openRequested);
    m_downSeparator = m_menu->addSeparator(); // the monitors that are down follow it
    m_snooze = m_menu->addAction(tr("Snooze popups for 1 hour"), this, &TrayIcon::toggleSnooze);
    m_snooze->setCheckable(true);
    m_menu->addMenu(m_muteMenu);
    m_ackMenu = m_menu->addMenu(tr("Acknowledge"));
    m_ackMenu->menuAction()->setVisible(false);
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), this, &TrayIcon::quitRequested);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger || r == QSystemTrayIcon::DoubleClick)
            emit openRequested();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_lastPopupMonitor > 0)
            emit monitorChosen(m_lastPopupMonitor);
        else
            emit openRequested();
    });
    m_tray->setToolTip(tr("Uptrack"));
    m_tray->show();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
    delete m_muteMenu; // not the tray menu's child: the window's menu shows it too
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

void TrayIcon::setCounts(const int counts[7], const QList<QPair<qint64, QString>> &down)
{
    Status worst = Status::New;
    for (Status s : {Status::Paused, Status::Maintenance, Status::Up, Status::Started, Status::Late,
                     Status::Down}) {
        if (counts[int(s)] > 0)
            worst = s;
    }
    // The tooltip names what is down (the first few), then the counts.
    QStringList names;
    for (const auto &d : down.mid(0, 5))
        names << d.second;
    if (down.size() > 5)
        names << tr("%n more", nullptr, int(down.size() - 5));
    m_toolTip = tr("Uptrack — %1 down, %2 late, %3 up, %4 paused")
                        .arg(counts[int(Status::Down)])
                        .arg(counts[int(Status::Late)])
                        .arg(counts[int(Status::Up)] + counts[int(Status::Started)])
                        .arg(counts[int(Status::Paused)]);
    if (counts[int(Status::Maintenance)] > 0)
        m_toolTip += QLatin1Char('\n')
                + tr("%n in maintenance", nullptr, counts[int(Status::Maintenance)]);
    if (!names.isEmpty())
        m_toolTip += QLatin1Char('\n') + tr("Down: %1").arg(names.join(QStringLiteral(", ")));
    m_baseToolTip = m_toolTip;
    if (!m_mutedText.isEmpty())
        m_toolTip = m_mutedText + QLatin1Char('\n') + m_baseToolTip;
    if (!m_tray)
        return;
    m_tray->setIcon(iconFor(worst));
    m_tray->setToolTip(m_toolTip);
    // The menu lists them; choosing one opens it.
    qDeleteAll(m_downActions);
    m_downActions.clear();
    QAction *before = m_downSeparator;
    for (const auto &d : down.mid(0, 10)) {
        auto *a = new QAction(statusIcon(Status::Down), tr("%1 is down").arg(d.second), m_menu);
        connect(a, &QAction::triggered, this, [this, id = d.first] { emit monitorChosen(id); });
        m_menu->insertAction(before, a);
        m_downActions.append(a);
    }
    m_downSeparator->setVisible(!m_downActions.isEmpty());
    // "I'm on it" for each of them: reminders and escalations stop.
    m_ackMenu->clear();
    for (const auto &d : down.mid(0, 10)) {
        m_ackMenu->addAction(tr("%1").arg(d.second), this,
                             [this, id = d.first] { emit acknowledgeRequested(id); });
    }
    m_ackMenu->menuAction()->setVisible(!down.isEmpty());
}

qint64 TrayIcon::tomorrowAtEight(qint64 nowMs)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs);
    return QDateTime(now.date().addDays(1), QTime(8, 0)).toMSecsSinceEpoch();
}

void TrayIcon::setMuted(qint64 untilMs, const QStringList &scopes)
{
    const QString until
            = QDateTime::fromMSecsSinceEpoch(untilMs).toString(QStringLiteral("ddd HH:mm"));
    m_mutedText = untilMs >= 0 ? tr("Alerts muted until %1").arg(until)
            : scopes.isEmpty() ? QString()
                               : tr("Muted: %1").arg(scopes.join(QStringLiteral(", ")));
    m_toolTip = m_mutedText.isEmpty() ? m_baseToolTip
                                      : m_mutedText + QLatin1Char('\n') + m_baseToolTip;
    // The menu is the window's too (its Alerts menu), tray or not.
    m_muteMenu->setTitle(untilMs >= 0 ? tr("Alerts m&uted until %1").arg(until)
                                      : tr("M&ute alerts"));
    m_muteActions.last()->setVisible(untilMs >= 0 || !scopes.isEmpty());
    if (m_tray)
        m_tray->setToolTip(m_toolTip);
}

QString TrayIcon::popupText(const DesktopPopup &popup) const
{
    QString text = popup.summary;
    const qint64 now = m_clock.nowMs();
    if (popup.timeMs > 0)
        text += QLatin1Char('\n')
                + tr("%1, %2").arg(human::when(popup.timeMs, now),
                                   human::relative(popup.timeMs, now));
    if (!popup.output.isEmpty())
        text += QLatin1Char('\n') + popup.output;
    return text;
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

void TrayIcon::present(const DesktopPopup &popup, std::function<void(bool, const QString &)> done)
{
    const QString &title = popup.title;
    const QString text = popupText(popup);
    const bool critical = popup.critical;
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
    m_lastPopupMonitor = popup.monitorId;
    m_tray->showMessage(title, text,
                        critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information,
                        critical ? 0 : 10'000);
    done(true, tr("shown in the tray"));
}

void TrayIcon::notice(const QString &title, const QString &text)
{
    if (m_tray)
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 15'000);
    else
        emit popupWithoutTray(title, text, false);
}

} // namespace uptrack
