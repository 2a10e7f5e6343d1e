// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/maintenance.h"
#include "domain/monitor.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace uptrack {

class Clock;
class ConsoleCore;
class MaintenanceStrip;

/// Alerts → Maintenance windows: the windows of the coming two weeks on a calendar strip,
/// every window in a list (name, whom it covers, when, the next time it is in force,
/// whether it notifies), and adding, editing and removing them.
class MaintenanceDialog : public QDialog
{
    Q_OBJECT
public:
    MaintenanceDialog(ConsoleCore &core, const Clock &clock, QWidget *parent = nullptr);

    MaintenanceStrip *strip() const { return m_strip; }
    QTreeWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *errorLabel() const { return m_error; }

    /// Opens the editor (not modal to the caller: editorOpened hands it out) for a new
    /// window or the selected one; asks before removing.
    void add();
    void editSelected();
    void removeSelected();

    /// In words, for the list: "every monitor", "backup-db, tag:nightly".
    static QString coverText(const MaintenanceWindow &w, const QList<Monitor> &monitors);
    /// "Sun 13 Dec 03:00 – 05:00", or "0 3 * * 0 for 2h (Europe/Berlin)".
    static QString whenText(const MaintenanceWindow &w);
    /// "now, until 22:00", "Sun 13 Dec 03:00", "never again".
    QString nextText(const MaintenanceWindow &w) const;

signals:
    /// An editor was opened (tests fill it in).
    void editorOpened(QDialog *editor);

private:
    void reload();
    void open(const MaintenanceWindow &w);
    qint64 selectedId() const;
    void select(qint64 id);

    ConsoleCore &m_core;
    const Clock &m_clock;
    QList<MaintenanceWindow> m_windows;
    MaintenanceStrip *m_strip;
    QTreeWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QLabel *m_error;
};

} // namespace uptrack
