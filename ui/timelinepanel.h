// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/monitor.h"
#include "timelineview.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;

namespace uptrack {

class Clock;
class HistorySource;
class TimelineView;

/// The timeline with its range picker (24 h, 7 days, 30 days, custom) and legend.
class TimelinePanel : public QWidget
{
    Q_OBJECT
public:
    TimelinePanel(HistorySource &history, const Clock &clock, QWidget *parent = nullptr);

    /// Shows a monitor's history (nullopt: nothing selected).
    void setMonitor(const std::optional<Monitor> &monitor);
    /// Reloads the range (new pings arrived).
    void reload();
    TimelineView *view() const { return m_view; }
    /// The loaded range.
    qint64 fromMs() const { return m_from; }
    qint64 toMs() const { return m_to; }
    void setRangeIndex(int index);
    /// True while a range is being read (in the background).
    bool isLoading() const { return m_loading; }

signals:
    void pingClicked(qint64 pingId);
    /// The loaded range changed (the ping log follows it).
    void rangeChanged(qint64 fromMs, qint64 toMs);
    /// The data of a reload is on screen.
    void loaded();

private:
    void computeRange();
    void show(TimelineData data, qint64 keepFrom, qint64 keepTo, bool zoomed);

    HistorySource &m_history;
    const Clock &m_clock;
    std::optional<Monitor> m_monitor;
    QComboBox *m_range;
    QDateTimeEdit *m_customFrom;
    QDateTimeEdit *m_customTo;
    QPushButton *m_resetZoom;
    QLabel *m_summary;
    TimelineView *m_view;
    qint64 m_from = 0;
    qint64 m_to = 0;
    quint64 m_generation = 0; ///< answers to older loads are dropped
    bool m_loading = false;
};

} // namespace uptrack
