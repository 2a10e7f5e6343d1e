// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/maintenance.h"
#include "domain/monitor.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace uptrack {

class ConsoleCore;

/// Adds or edits one maintenance window: its name, whom it covers (every monitor, or
/// monitors and tags), when (once, from–to; or repeating, a cron expression, a duration
/// and a time zone) and whether entering and leaving it send alerts. OK sends it to the
/// core, which has the last word; its sentence is shown and the dialog stays open.
class MaintenanceEditor : public QDialog
{
    Q_OBJECT
public:
    /// `window` with id 0 is a new one.
    MaintenanceEditor(ConsoleCore &core, const MaintenanceWindow &window, qint64 nowMs,
                      QWidget *parent = nullptr);

    /// The window as the form has it ("" in *problem when it can be sent).
    MaintenanceWindow window(QString *problem) const;

    QLineEdit *nameEdit() const { return m_name; }
    QRadioButton *allButton() const { return m_all; }
    QListWidget *monitorList() const { return m_monitors; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QRadioButton *onceButton() const { return m_once; }
    QRadioButton *repeatingButton() const { return m_repeating; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QLineEdit *cronEdit() const { return m_cron; }
    QLineEdit *durationEdit() const { return m_duration; }
    QComboBox *zoneBox() const { return m_zone; }
    QCheckBox *notifyBox() const { return m_notify; }
    QLabel *errorLabel() const { return m_error; }

    /// The window's id once the core took it (0 before).
    qint64 savedId() const { return m_window.id; }

    void accept() override;

private:
    void updateEnabled();
    void showError(const QString &text);

    ConsoleCore &m_core;
    MaintenanceWindow m_window;
    qint64 m_nowMs;
    QLineEdit *m_name;
    QRadioButton *m_all;
    QRadioButton *m_some;
    QListWidget *m_monitors;
    QLineEdit *m_tags;
    QRadioButton *m_once;
    QRadioButton *m_repeating;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QLineEdit *m_cron;
    QLineEdit *m_duration;
    QComboBox *m_zone;
    QCheckBox *m_notify;
    QLabel *m_error;
    bool m_sending = false;
};

} // namespace uptrack
