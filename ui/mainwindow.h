// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QTimer>

#include <deque>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;

namespace uptrack {

class Clock;
class CoreRuntime;
class HistoryReader;
class MonitorDetails;
class MonitorFilterProxy;
class MonitorTableModel;
class StatusSidebar;
class TrayIcon;
struct Monitor;

/// The console window. It assembles the areas — status sidebar, monitor table,
/// details of the selected monitor — and wires them to the core's facade.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(CoreRuntime &core, const Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    MonitorTableModel *model() const { return m_model; }
    MonitorFilterProxy *proxy() const { return m_proxy; }
    TrayIcon *tray() const { return m_tray; }
    QTableView *view() const { return m_view; }
    StatusSidebar *sidebar() const { return m_sidebar; }
    QLineEdit *search() const { return m_search; }
    QComboBox *tagFilter() const { return m_tagFilter; }
    MonitorDetails *details() const { return m_details; }
    QLabel *listeningLabel() const { return m_listening; }
    /// Shows a warning strip above the table ("" hides it).
    void setBanner(const QString &text);
    /// Selects a monitor's row (it must pass the filters).
    void selectMonitor(qint64 id);

    /// Opens the dialogs (also bound to actions; public for tests and the tray).
    void newMonitor();
    void editMonitor();
    void openSettings();
    /// File → Export report (selectedOnly: the selected monitor ticked).
    void exportReport(bool selectedOnly);
    void editIncidentNote(qint64 incidentId, const QString &currentNote);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void updateCounts();
    void updateListening();
    void updateDetails();
    void notePings(const QList<Monitor> &changed);
    const Monitor *selectedMonitor() const;
    void copyPingUrl();
    void togglePause();
    void sendTestPing();
    void deleteMonitor();
    void showContextMenu(const QPoint &pos);
    void saveLayout();
    void restoreLayout();
    void showNotice(const QString &title, const QString &text, bool critical);
    void runCommand(const QJsonObject &command, const QString &doneMessage);

    CoreRuntime &m_core;
    const Clock &m_clock;
    std::unique_ptr<HistoryReader> m_history; ///< the window's own read-only connection
    MonitorTableModel *m_model;
    MonitorFilterProxy *m_proxy;
    QTableView *m_view;
    StatusSidebar *m_sidebar;
    QLineEdit *m_search;
    QComboBox *m_tagFilter;
    MonitorDetails *m_details;
    QSplitter *m_mainSplitter;
    QSplitter *m_tableSplitter;
    QLabel *m_banner;
    QLabel *m_notice;
    TrayIcon *m_tray;
    QLabel *m_listening;
    QLabel *m_rate;
    QLabel *m_counts;
    QTimer m_refresh;
    QString m_listenProblem;
    QString m_storageProblem;
    qint64 m_shownId = 0;
    /// Pings per second over the last minute (from the monitors' ping counts).
    std::deque<std::pair<qint64, qint64>> m_pingTimes; ///< (second, pings in it)
};

} // namespace uptrack
