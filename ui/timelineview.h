// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/flip.h"
#include "domain/incident.h"
#include "domain/listeningspan.h"
#include "storage/pingrepository.h"

#include <QList>
#include <QWidget>

namespace uptrack {

class Clock;

/// A closed-open span of time [startMs, endMs).
struct TimeSpan
{
    qint64 startMs = 0;
    qint64 endMs = 0;
};

/// What a timeline shows for one monitor over a loaded range.
struct TimelineData
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QList<PingMark> marks;  ///< sorted by time
    QList<TimeSpan> runs;   ///< start to finish of each timed run (open ones end at now)
    QList<TimeSpan> down;   ///< periods the monitor was down
    QList<TimeSpan> noData; ///< periods Uptrack was not listening
    bool check = false;     ///< an uptime check: durations are response times
};

/// Builds what the timeline shows over [from, to): run bars from the timed pings and
/// the runs still open, down periods from the flips, and "no data" wherever Uptrack's
/// listening spans leave a gap longer than a minute (only after the monitor existed).
TimelineData buildTimeline(qint64 fromMs, qint64 toMs, qint64 nowMs, const Monitor &monitor,
                           QList<PingMark> marks, const QList<Flip> &flips,
                           const QList<ListeningSpan> &listening);

/// Draws a monitor's history with QPainter: down periods shaded, "no data" hatched,
/// runs as bars, pings as marks coloured (and shaped) by kind. Wheel zooms around the
/// pointer, dragging scrolls, a double click (or Home) shows the whole range. With
/// more pings than pixels it draws one column per pixel, so 100,000 pings stay smooth.
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(const Clock &clock, QWidget *parent = nullptr);

    void setData(TimelineData data);
    const TimelineData &data() const { return m_data; }
    /// The visible part of the loaded range.
    void setView(qint64 fromMs, qint64 toMs);
    qint64 viewFrom() const { return m_viewFrom; }
    qint64 viewTo() const { return m_viewTo; }
    /// The ping mark under a point (within a few pixels), as an index into data().marks, or -1.
    int markAt(const QPoint &pos) const;
    /// Where mark `index` is drawn.
    QPointF markPosition(int index) const;
    /// The ping shown as selected (its id), or 0.
    void setSelectedPing(qint64 pingId);

    QSize sizeHint() const override { return {800, 130}; }
    QSize minimumSizeHint() const override { return {240, 64}; } // fits a 2x small screen

signals:
    void pingClicked(qint64 pingId);
    void viewChanged(qint64 fromMs, qint64 toMs);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF plotRect() const;
    QRectF pingLane() const;
    QRectF runLane() const;
    double xOf(qint64 ms) const;
    qint64 timeAt(double x) const;
    void zoom(double factor, double anchorX);
    void pan(qint64 deltaMs);
    QString describeAt(const QPoint &pos) const;
    void paintAxis(QPainter &p, const QRectF &plot);
    void paintMarks(QPainter &p, const QRectF &lane);

    const Clock &m_clock;
    TimelineData m_data;
    qint64 m_viewFrom = 0;
    qint64 m_viewTo = 1;
    qint64 m_selected = 0;
    bool m_dragging = false;
    bool m_dragged = false;
    QPoint m_dragStart;
    qint64 m_dragViewFrom = 0;
};

} // namespace uptrack
