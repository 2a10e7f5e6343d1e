// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace uptrack {

class Clock;
class MonitorFilterProxy;
class MonitorTableModel;
struct Monitor;

/// The monitor list: the table with its search field and tag filter, and the selection.
/// The tag filter lists the tags the monitors have, with counts.
class MonitorListPane : public QWidget
{
    Q_OBJECT
public:
    MonitorListPane(const Clock &clock, QWidget *parent = nullptr);

    MonitorTableModel *model() const { return m_model; }
    MonitorFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *search() const { return m_search; }
    QComboBox *tagFilter() const { return m_tagFilter; }

    /// The selected monitor, or null.
    const Monitor *selectedMonitor() const;
    /// Selects a monitor's row (it must pass the filters).
    void selectMonitor(qint64 id);
    /// Empties the search field and shows every tag.
    void clearFilters();
    /// Ctrl+F: the search box; Return or Down there goes to the first monitor found.
    void focusSearch();
    /// The tag list follows the monitors; the chosen tag stays chosen.
    void updateTags();
    QByteArray saveColumns() const;
    void restoreColumns(const QByteArray &state);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    /// The selection moved (or the selected row's monitor changed).
    void currentChanged();
    void editRequested();
    void contextMenuRequested(const QPoint &viewportPos);

private:
    MonitorTableModel *m_model;
    MonitorFilterProxy *m_proxy;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_tagFilter;
    bool m_currentInView = false; ///< before a re-sort: the selected row could be seen
};

} // namespace uptrack
