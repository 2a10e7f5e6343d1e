// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "control/commands.h"

#include <QHash>
#include <QMainWindow>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QMenu;
class QStackedWidget;
class QLineEdit;
class QSplitter;
class QTableView;

namespace uptrack {

class Clock;
class ConsoleCore;
class CoreRuntime;
class MonitorDetails;
class MonitorHeader;
class MonitorFilterProxy;
class MonitorListPane;
class MonitorTableModel;
class StatusIndicators;
class StatusSidebar;
class TrayIcon;
struct Flip;
struct Monitor;

/// The console window. It assembles the areas — status sidebar, monitor list, details
/// of the selected monitor, status indicators, banners, the tray — wires them to the
/// core's facade, and holds the actions and the commands they send.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// A console of the core in this process.
    MainWindow(CoreRuntime &core, const Clock &clock, QWidget *parent = nullptr);
    /// A console of any core: in this process, or on another machine.
    MainWindow(ConsoleCore &core, const Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    ConsoleCore &core() const { return m_core; }
    /// The strip that says the server cannot be reached (for tests).
    QLabel *connectionBanner() const { return m_connection; }

    MonitorTableModel *model() const;
    MonitorFilterProxy *proxy() const;
    QTableView *view() const;
    QLineEdit *search() const;
    QComboBox *tagFilter() const;
    TrayIcon *tray() const { return m_tray; }
    StatusSidebar *sidebar() const { return m_sidebar; }
    MonitorDetails *details() const { return m_details; }
    QLabel *listeningLabel() const;
    /// Shows a warning strip above the table ("" hides it).
    void setBanner(const QString &text);
    /// Selects a monitor's row (it must pass the filters).
    void selectMonitor(qint64 id);
    /// Brings the window up on a monitor (from the tray), clearing filters that hide it.
    void showMonitor(qint64 id);

    /// Opens the dialogs (also bound to actions; public for tests and the tray).
    void newMonitor();
    /// Monitor → Import crontab…
    void importCrontab();
    void editMonitor();
    void openSettings();
    /// File → Export report (selectedOnly: the selected monitor ticked).
    void exportReport(bool selectedOnly);
    void editIncidentNote(qint64 incidentId, const QString &currentNote);
    /// The "nothing watched yet" page, shown while there is no monitor at all.
    QWidget *emptyState() const { return m_emptyState; }
    /// File → Quit, Ctrl+Q and the tray's Quit: stops Uptrack (closing the window only
    /// hides it while there is a tray).
    void quitUptrack();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    /// `core`, or the one it owns when that is null.
    MainWindow(std::unique_ptr<ConsoleCore> owned, ConsoleCore *core, const Clock &clock,
               QWidget *parent);
    void connectCore();
    /// Acknowledgements and mutes (mainwindowpolicy.cpp).
    void connectPolicy();
    /// The Alerts menu: Channels…, Maintenance windows… (mainwindowpolicy.cpp).
    void buildAlertActions(QMenu *alerts);
    void updateMuted();
    /// Asks for a note, then acknowledges the incident (or `monitor`'s open one).
    void acknowledge(qint64 incidentId, const QString &monitor);
    /// The connection strip, the title and the stale marking, for a core elsewhere.
    void updateConnection(const QString &why);
    /// A popup for a flip a core elsewhere reported (this computer's core raises its own).
    void popupForFlip(const Flip &flip);
    /// "While you were away": what the core did since this console last saw it.
    void showWhileAway();
    void connectToServer();
    void buildActions();
    void updateCounts();
    void updateListening();
    void updateDetails();
    const Monitor *selectedMonitor() const;
    void copyPingUrl();
    void togglePause();
    /// A maintenance window for the selected monitor, from now for an hour.
    void startMaintenanceNow();
    void sendTestPing();
    void deleteMonitor();
    void showContextMenu(const QPoint &pos);
    void saveLayout();
    void buildEmptyState();
    void restoreLayout();
    void showNotice(const QString &title, const QString &text, bool critical);
    /// Sends a command; the status bar says `doneMessage` or why it failed.
    void runCommand(const command::Command &command, const QString &doneMessage);

    std::unique_ptr<ConsoleCore> m_ownedCore; ///< when made from a CoreRuntime
    ConsoleCore &m_core;
    const Clock &m_clock;
    MonitorListPane *m_list;
    StatusSidebar *m_sidebar;
    MonitorDetails *m_details;
    MonitorHeader *m_header;
    QSplitter *m_mainSplitter;
    QSplitter *m_tableSplitter;
    QStackedWidget *m_content;           ///< the monitors and their details, or the empty state
    QWidget *m_emptyState;               ///< no monitor yet: what monitoring is, and how to start
    QList<QAction *> m_selectionActions; ///< enabled only while a monitor is selected
    QLabel *m_banner;
    QLabel *m_connection;             ///< "Not connected to office-server since 10:02 — retrying"
    QHash<qint64, QString> m_runTips; ///< run statistics read for tooltips, by monitor
    QSet<qint64> m_sparklinesAsked;   ///< sparklines asked of the history, not answered yet
    QLabel *m_notice;
    TrayIcon *m_tray;
    bool m_quitting = false; ///< Quit was chosen: the window closes instead of hiding
    StatusIndicators *m_indicators;
    QTimer m_refresh;
    QTimer *m_lastSeenTimer = nullptr; ///< a core elsewhere: when this console last saw it
    QString m_listenProblem;
    QString m_storageProblem;
    qint64 m_shownId = 0;
};

} // namespace uptrack
