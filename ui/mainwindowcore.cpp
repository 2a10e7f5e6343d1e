// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// How the main window follows its core: the core's signals, and for a core on another
// machine the line to it (banner, stale marking, title), popups for its flips, what
// happened while this console was away, and File → Connect to server….
#include "mainwindow.h"

#include "connectdialog.h"
#include "consolecore.h"
#include "format/humanformat.h"
#include "historypanel.h"
#include "monitordetails.h"
#include "monitorfilterproxy.h"
#include "monitorlistpane.h"
#include "monitortablemodel.h"
#include "remote/apiclient.h"
#include "statusindicators.h"
#include "time/clock.h"
#include "trayicon.h"

#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>

namespace uptrack {

void MainWindow::connectCore()
{
    connectPolicy();
    connect(&m_core, &ConsoleCore::keepAwakeChanged, m_indicators, &StatusIndicators::setKeepAwake);
    connect(&m_core, &ConsoleCore::unwatched, this,
            [this](qint64 gapStart, qint64 listenStart, const QStringList &monitors) {
                const QString text = human::unwatchedSummary(gapStart, listenStart, monitors);
                statusBar()->showMessage(text, 10 * 60'000); // the settle window
                m_tray->notice(tr("Deadlines passed while not watching"), text);
            });
    connect(&m_core, &ConsoleCore::listeningChanged, this, [this] {
        m_listenProblem.clear();
        updateListening();
        updateDetails();
    });
    connect(&m_core, &ConsoleCore::monitorsChanged, this, [this](const QList<Monitor> &changed) {
        m_indicators->notePings(changed, *model());
        model()->upsert(changed);
        for (const Monitor &m : changed)
            m_runTips.remove(m.id);
        updateCounts();
        for (const Monitor &m : changed) {
            if (m.id == m_shownId) {
                updateDetails();
                break;
            }
        }
    });
    connect(&m_core, &ConsoleCore::monitorRemoved, this, [this](qint64 id) {
        model()->remove(id);
        updateCounts();
    });
    connect(&m_core, &ConsoleCore::flipped, m_details, &MonitorDetails::historyChanged);
    connect(&m_core, &ConsoleCore::incidentsChanged, m_details, &MonitorDetails::historyChanged);
    connect(m_details->history(), &HistoryPanel::noteRequested, this,
            &MainWindow::editIncidentNote);
    connect(&m_core, &ConsoleCore::storageFailed, this, [this](const QString &message) {
        m_storageProblem = tr("Pings cannot be stored: %1 Jobs are told to retry.").arg(message);
        setBanner(m_storageProblem);
    });
    connect(&m_core, &ConsoleCore::storageRecovered, this, [this] {
        m_storageProblem.clear();
        setBanner(m_listenProblem);
    });
    // A core elsewhere: its whole state after a (re)load, the line to it, its flips.
    connect(&m_core, &ConsoleCore::reloaded, this, [this] {
        m_runTips.clear();
        const qint64 shown = m_shownId;
        model()->reset(m_core.snapshot());
        updateCounts();
        if (shown > 0 && model()->rowOf(shown) >= 0)
            selectMonitor(shown);
        else if (proxy()->rowCount() > 0)
            view()->selectRow(0);
        updateDetails();
        updateConnection(QString());
        showWhileAway();
    });
    connect(&m_core, &ConsoleCore::connectionChanged, this,
            [this](bool, const QString &why) { updateConnection(why); });
    connect(&m_core, &ConsoleCore::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10'000); });
    if (!m_core.local())
        connect(&m_core, &ConsoleCore::flipped, this, &MainWindow::popupForFlip);
}

void MainWindow::updateConnection(const QString &why)
{
    if (m_core.local())
        return;
    const bool up = m_core.connected();
    // What is shown while the line is down is the last known state: say so, and grey it.
    m_tableSplitter->setStyleSheet(up ? QString()
                                      : QStringLiteral("QTableView, QLabel { color: #8a8886; }"));
    m_indicators->listeningLabel()->setVisible(up);
    updateCounts(); // the title says it too
    if (up) {
        m_connection->hide();
        m_indicators->setServer(
                tr("Attached to %1 (%2)")
                        .arg(m_core.name(),
                             m_core.api() ? remote::originOf(m_core.api()->server()) : QString()));
        return;
    }
    const QDateTime lost = m_core.lostAt();
    QString text = lost.isValid()
            ? tr("Not connected to %1 since %2 — retrying. What you see is how it was then.")
                      .arg(m_core.name(),
                           QLocale().toString(lost.toLocalTime().time(), QLocale::ShortFormat))
            : tr("Connecting to %1…").arg(m_core.name());
    if (!why.isEmpty())
        text += QLatin1Char(' ') + tr("(%1)").arg(why);
    m_connection->setText(text);
    m_connection->show();
    m_indicators->setServer(tr("Not connected to %1").arg(m_core.name()));
}

void MainWindow::popupForFlip(const Flip &flip)
{
    const int row = model()->rowOf(flip.monitorId);
    const QString name = row < 0 ? tr("A monitor") : model()->monitorAt(row)->name;
    DesktopPopup popup;
    popup.monitorId = flip.monitorId;
    popup.timeMs = flip.timeMs;
    if (flip.to == Status::Down) {
        popup.title = tr("%1 is DOWN").arg(name);
        popup.summary = tr("%1 (on %2)").arg(Reason::describe(flip.reason), m_core.name());
        popup.critical = true;
    } else if (flip.from == Status::Down && flip.to == Status::Up) {
        popup.title = tr("%1 is up again").arg(name);
        popup.summary = flip.fromSinceMs > 0
                ? tr("It was down for %1 (on %2).")
                          .arg(human::duration(flip.timeMs - flip.fromSinceMs), m_core.name())
                : tr("On %1.").arg(m_core.name());
    } else {
        return; // late, started, paused: no popup, as this computer's core sends none
    }
    m_tray->present(popup, [](bool, const QString &) {});
}

void MainWindow::showWhileAway()
{
    remote::ApiClient *api = m_core.api();
    if (!api)
        return;
    const QString origin = remote::originOf(api->server());
    const qint64 since = remote::servers::lastSeen(origin);
    const qint64 now = m_clock.nowMs();
    remote::servers::setLastSeen(origin, now);
    // Kept current while attached, so a console closed for the night knows when it left
    // (and one whose line broke, from when).
    if (!m_lastSeenTimer) {
        connect(&m_core, &ConsoleCore::connectionChanged, this, [this, origin](bool on) {
            if (!on && m_core.lostAt().isValid())
                remote::servers::setLastSeen(origin, m_core.lostAt().toMSecsSinceEpoch());
        });
        m_lastSeenTimer = new QTimer(this);
        m_lastSeenTimer->setInterval(60'000);
        connect(m_lastSeenTimer, &QTimer::timeout, this, [this, origin] {
            if (m_core.connected())
                remote::servers::setLastSeen(origin, m_clock.nowMs());
        });
        m_lastSeenTimer->start();
    }
    if (since < 0)
        return; // the first attach: nothing to catch up on
    m_core.history().incidentsAndAlerts(
            0, 200, this,
            [this, since, now](const QList<Incident> &, const QList<AlertRecord> &alerts,
                               const QHash<qint64, QString> &) {
                QStringList lines;
                int count = 0;
                for (const AlertRecord &r : alerts) {
                    const Alert &a = r.alert;
                    if (a.createdMs <= since || a.kind == AlertKind::Test)
                        continue;
                    ++count;
                    if (lines.size() < 6) {
                        const QString who = a.facts.value(QLatin1String("monitor")).toString();
                        lines.append(a.kind == AlertKind::Down         ? tr("%1 went down").arg(who)
                                             : a.kind == AlertKind::Up ? tr("%1 recovered").arg(who)
                                             : a.kind == AlertKind::Reminder
                                             ? tr("%1 was still down").arg(who)
                                             : tr("%1: %2").arg(who, alertKindName(a.kind)));
                    }
                }
                if (count == 0)
                    return;
                QString text
                        = tr("%n alert(s) since %1: ", nullptr, count).arg(human::when(since, now))
                        + lines.join(QStringLiteral(", "));
                if (count > lines.size())
                    text += tr(", and %n more (Incidents and alerts has them all)", nullptr,
                               count - int(lines.size()));
                showNotice(tr("While you were away"), text, false);
            });
}

void MainWindow::connectToServer()
{
    ConnectDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString server = dialog.chosen();
    // Each core gets a window of its own (this one stays on its core); a second console
    // of this computer's core brings the running one to the front.
    QStringList args;
    if (!server.isEmpty())
        args << QStringLiteral("--connect") << server;
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), args))
        QMessageBox::warning(this, tr("Uptrack"),
                             tr("A new console could not be started (%1).")
                                     .arg(QCoreApplication::applicationFilePath()));
    else
        statusBar()->showMessage(server.isEmpty() ? tr("Opening this computer's console…")
                                                  : tr("Opening a console of %1…").arg(server),
                                 6000);
}

} // namespace uptrack
