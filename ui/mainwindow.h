// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QTimer>

#include <memory>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace uptrack {

class Clock;
class CoreRuntime;
class Database;
class MonitorTableModel;
class TrayIcon;
struct Monitor;

/// The console window: a live table of monitors fed by the core.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(CoreRuntime &core, const Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    MonitorTableModel *model() const { return m_model; }
    TrayIcon *tray() const { return m_tray; }
    QTableView *view() const { return m_view; }
    /// Shows a warning strip above the table ("" hides it).
    void setBanner(const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void updateCounts();
    const Monitor *selectedMonitor() const;
    void copyPingUrl();
    void togglePause();
    void showContextMenu(const QPoint &pos);
    void editChannels();
    void saveLayout();
    void showNotice(const QString &title, const QString &text, bool critical);

    CoreRuntime &m_core;
    MonitorTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_search;
    QLabel *m_banner;
    QLabel *m_notice;
    TrayIcon *m_tray;
    QLabel *m_listening;
    QLabel *m_counts;
    QTimer m_refresh;
    QString m_listenProblem;
    QString m_storageProblem;
    std::unique_ptr<Database> m_reader; ///< the window's own read-only connection
};

} // namespace uptrack
