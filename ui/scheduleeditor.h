// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/monitorspec.h"
#include "schedule/schedule.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QStackedWidget;

namespace uptrack {

class Clock;

/// A heartbeat's schedule in the monitor dialog: every period, or a cron expression in a
/// time zone with a live preview of its next runs; and the grace period.
class ScheduleEditor : public QGroupBox
{
    Q_OBJECT
public:
    explicit ScheduleEditor(const Clock &clock, QWidget *parent = nullptr);

    void setSchedule(const Schedule &schedule, qint64 graceMs);
    /// Puts the schedule into `spec`; what cannot be read (a period that is no duration)
    /// goes into *problems, named as the rules name them ("period", "grace").
    void fill(MonitorSpec *spec, Problems *problems) const;
    /// Shows the problems about its fields next to them (the others are ignored).
    void showProblems(const Problems &problems);
    /// The next runs the preview shows (cron schedules), as UTC ms.
    QList<qint64> previewedRuns() const { return m_preview; }

    QLineEdit *periodEdit() const { return m_period; }
    QLineEdit *cronEdit() const { return m_cron; }
    QComboBox *zoneBox() const { return m_zone; }
    QRadioButton *cronButton() const { return m_cronMode; }

signals:
    void changed();

private:
    void updatePreview();
    void showPage(int index);

    const Clock &m_clock;
    QRadioButton *m_simpleMode;
    QRadioButton *m_cronMode;
    QStackedWidget *m_stack;
    QLineEdit *m_period;
    QLabel *m_periodError;
    QLineEdit *m_cron;
    QComboBox *m_zone;
    QLabel *m_cronError;
    QLabel *m_cronPreview;
    QLineEdit *m_grace;
    QLabel *m_graceError;
    QList<qint64> m_preview;
};

} // namespace uptrack
