// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window and the alert policy: acknowledging an incident (the incident list's
// Ctrl+K and context menu, the tray's Acknowledge menu) and muting alerts (the tray's
// Mute alerts menu, also in the Alerts menu, and what the tray and the status bar show
// while muted); the Alerts menu (channels, maintenance windows).
#include "mainwindow.h"

#include "channelsdialog.h"
#include "consolecore.h"
#include "historypanel.h"
#include "maintenancedialog.h"
#include "monitordetails.h"
#include "platform/username.h"
#include "statusindicators.h"
#include "trayicon.h"

#include <QInputDialog>
#include <QLocale>
#include <QMenu>

namespace uptrack {

void MainWindow::connectPolicy()
{
    connect(m_details->history(), &HistoryPanel::ackRequested, this,
            [this](qint64 incidentId) { acknowledge(incidentId, QString()); });
    connect(m_tray, &TrayIcon::acknowledgeRequested, this,
            [this](qint64 monitorId) { acknowledge(0, QString::number(monitorId)); });
    connect(m_tray, &TrayIcon::muteRequested, this, [this](qint64 untilMs) {
        runCommand(command::Mute{{}, {}, untilMs},
                   tr("Alerts are muted until %1: they are recorded, and each channel gets one "
                      "summary when the mute ends.")
                           .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(untilMs),
                                                   QLocale::ShortFormat)));
    });
    connect(m_tray, &TrayIcon::unmuteRequested, this,
            [this] { runCommand(command::Unmute{}, tr("Alerts go out again.")); });
    connect(&m_core, &ConsoleCore::mutesChanged, this, &MainWindow::updateMuted);
    updateMuted();
}

void MainWindow::buildAlertActions(QMenu *alerts)
{
    QAction *channels = alerts->addAction(tr("&Channels…"), this, [this] {
        ChannelsDialog dialog(m_core, this);
        dialog.exec();
    });
    channels->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QAction *maintenance = alerts->addAction(tr("&Maintenance windows…"), this, [this] {
        MaintenanceDialog dialog(m_core, m_clock, this);
        dialog.exec();
    });
    maintenance->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    // The tray's mute menu, here too: a desktop without a tray still mutes.
    alerts->addSeparator();
    alerts->addMenu(m_tray->muteMenu());
}

void MainWindow::updateMuted()
{
    m_tray->setMuted(m_core.mutedUntil(), m_core.muteScopes());
    m_indicators->setMuted(m_tray->mutedText());
}

void MainWindow::acknowledge(qint64 incidentId, const QString &monitor)
{
    bool ok = false;
    const QString note = QInputDialog::getText(
            this, tr("Acknowledge"),
            tr("You are on it: its reminders and escalations stop; the recovery is still "
               "announced. A note for the others (optional):"),
            QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    runCommand(command::AcknowledgeIncident{incidentId, monitor, localUserName(), note.trimmed()},
               tr("Acknowledged: its reminders stop."));
}

} // namespace uptrack
