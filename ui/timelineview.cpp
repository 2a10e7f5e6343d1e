// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "time/clock.h"

#include "format/humanformat.h"
#include "statusicons.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace uptrack {

namespace {
constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kMinViewMs = 2 * kMinuteMs;
constexpr int kAxisHeight = 22;
constexpr int kMargin = 8;
constexpr double kHitRadius = 6.0;

/// Which kind wins when several share a pixel: failures must never hide.
int weight(PingKind kind)
{
    switch (kind) {
    case PingKind::Fail:
        return 3;
    case PingKind::Start:
        return 1;
    case PingKind::Success:
        return 2;
    case PingKind::Log:
    case PingKind::Ignored:
        return 0;
    }
    return 0;
}

/// Each kind has its own shape too, so colour is never the only clue.
void drawMark(QPainter &p, PingKind kind, const QPointF &c, double r)
{
    p.setBrush(pingKindColor(kind));
    switch (kind) {
    case PingKind::Success:
        p.drawEllipse(c, r, r);
        break;
    case PingKind::Fail: {
        QPolygonF diamond({c + QPointF(0, -r - 1), c + QPointF(r + 1, 0), c + QPointF(0, r + 1),
                           c + QPointF(-r - 1, 0)});
        p.drawPolygon(diamond);
        break;
    }
    case PingKind::Start: {
        QPolygonF triangle({c + QPointF(-r, -r), c + QPointF(r, 0), c + QPointF(-r, r)});
        p.drawPolygon(triangle);
        break;
    }
    case PingKind::Log:
    case PingKind::Ignored:
        p.drawRect(QRectF(c.x() - r * 0.7, c.y() - r * 0.7, r * 1.4, r * 1.4));
        break;
    }
}

const qint64 kTickSteps[] = {
        kMinuteMs,           5 * kMinuteMs,           15 * kMinuteMs,         30 * kMinuteMs,
        60 * kMinuteMs,      3 * 60 * kMinuteMs,      6 * 60 * kMinuteMs,     12 * 60 * kMinuteMs,
        24 * 60 * kMinuteMs, 2 * 24 * 60 * kMinuteMs, 7 * 24 * 60 * kMinuteMs};
} // namespace

TimelineView::TimelineView(const Clock &clock, QWidget *parent) : QWidget(parent), m_clock(clock)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(tr("Pings, runs, down periods and times without data. Wheel or +/- "
                                "to zoom, drag or arrow keys to scroll, Home to see all."));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void TimelineView::setData(TimelineData data)
{
    m_data = std::move(data);
    m_viewFrom = m_data.fromMs;
    m_viewTo = std::max(m_data.toMs, m_data.fromMs + 1);
    update();
}

void TimelineView::setView(qint64 fromMs, qint64 toMs)
{
    const qint64 span = std::clamp(toMs - fromMs, kMinViewMs,
                                   std::max<qint64>(kMinViewMs, m_data.toMs - m_data.fromMs));
    fromMs = std::clamp(fromMs, m_data.fromMs, std::max(m_data.fromMs, m_data.toMs - span));
    if (fromMs == m_viewFrom && fromMs + span == m_viewTo)
        return;
    m_viewFrom = fromMs;
    m_viewTo = fromMs + span;
    update();
    emit viewChanged(m_viewFrom, m_viewTo);
}

void TimelineView::setSelectedPing(qint64 pingId)
{
    m_selected = pingId;
    update();
}

QRectF TimelineView::plotRect() const
{
    return QRectF(kMargin, 4, width() - 2 * kMargin, height() - kAxisHeight - 6);
}

QRectF TimelineView::runLane() const
{
    const QRectF plot = plotRect();
    return QRectF(plot.left(), plot.top() + 6, plot.width(), plot.height() * 0.3);
}

QRectF TimelineView::pingLane() const
{
    const QRectF plot = plotRect();
    const QRectF runs = runLane();
    return QRectF(plot.left(), runs.bottom() + 4, plot.width(), plot.bottom() - runs.bottom() - 8);
}

double TimelineView::xOf(qint64 ms) const
{
    const QRectF plot = plotRect();
    return plot.left() + double(ms - m_viewFrom) * plot.width() / double(m_viewTo - m_viewFrom);
}

qint64 TimelineView::timeAt(double x) const
{
    const QRectF plot = plotRect();
    return m_viewFrom + qint64((x - plot.left()) * double(m_viewTo - m_viewFrom) / plot.width());
}

QPointF TimelineView::markPosition(int index) const
{
    const QRectF lane = pingLane();
    return QPointF(xOf(m_data.marks.at(index).timeMs), lane.center().y());
}

int TimelineView::markAt(const QPoint &pos) const
{
    const QRectF lane = pingLane();
    if (pos.y() < lane.top() - kHitRadius || pos.y() > lane.bottom() + kHitRadius)
        return -1;
    const qint64 from = timeAt(pos.x() - kHitRadius);
    const qint64 to = timeAt(pos.x() + kHitRadius);
    const auto &marks = m_data.marks;
    auto it = std::lower_bound(marks.cbegin(), marks.cend(), from,
                               [](const PingMark &m, qint64 t) { return m.timeMs < t; });
    int best = -1;
    double bestDistance = kHitRadius + 1;
    int bestWeight = -1;
    for (; it != marks.cend() && it->timeMs <= to; ++it) {
        const double d = std::abs(xOf(it->timeMs) - pos.x());
        // Among marks in the same pixel, prefer the one drawn on top (a failure).
        if (d < bestDistance - 0.5 || (d <= bestDistance + 0.5 && weight(it->kind) > bestWeight)) {
            best = int(it - marks.cbegin());
            bestDistance = d;
            bestWeight = weight(it->kind);
        }
    }
    return best;
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const QRectF plot = plotRect();
    p.setClipRect(plot.adjusted(-kMargin, 0, kMargin, 0));

    // No data: hatched. Down: shaded red. Both span the lanes.
    p.setPen(Qt::NoPen);
    for (const TimeSpan &s : std::as_const(m_data.noData)) {
        const QRectF r(QPointF(xOf(s.startMs), plot.top()), QPointF(xOf(s.endMs), plot.bottom()));
        if (r.right() < plot.left() || r.left() > plot.right())
            continue;
        p.fillRect(r, QColor(0, 0, 0, 12));
        p.fillRect(r, QBrush(QColor(120, 120, 120, 110), Qt::BDiagPattern));
    }
    QColor downColor = statusColor(Status::Down);
    downColor.setAlpha(45);
    for (const TimeSpan &s : std::as_const(m_data.down)) {
        const QRectF r(QPointF(xOf(s.startMs), plot.top()), QPointF(xOf(s.endMs), plot.bottom()));
        if (r.right() < plot.left() || r.left() > plot.right())
            continue;
        p.fillRect(r.adjusted(0, 0, std::max(0.0, 2 - r.width()), 0), downColor);
    }

    // Lane guides.
    p.setPen(QPen(palette().mid().color(), 1, Qt::DotLine));
    p.drawLine(QPointF(plot.left(), pingLane().center().y()),
               QPointF(plot.right(), pingLane().center().y()));

    // Runs: bars from start to finish.
    const QRectF runs = runLane();
    QColor runColor = statusColor(Status::Started);
    runColor.setAlpha(170);
    // Runs that share pixels are merged first: 50,000 runs make a few hundred rects.
    double spanStart = -1, spanEnd = -1;
    auto flush = [&] {
        if (spanEnd >= spanStart && spanStart >= 0)
            p.fillRect(QRectF(spanStart, runs.top(), std::max(2.0, spanEnd - spanStart),
                              runs.height()),
                       runColor);
    };
    for (const TimeSpan &s : std::as_const(m_data.runs)) {
        if (s.endMs < m_viewFrom || s.startMs > m_viewTo)
            continue;
        const double x0 = std::max(xOf(s.startMs), plot.left() - 2);
        const double x1 = std::min(std::max(xOf(s.endMs), x0 + 2), plot.right() + 2);
        if (spanStart >= 0 && x0 <= spanEnd + 1) {
            spanEnd = std::max(spanEnd, x1);
            continue;
        }
        flush();
        spanStart = x0;
        spanEnd = x1;
    }
    flush();

    paintMarks(p, pingLane());
    p.setClipping(false);
    paintAxis(p, plot);

    if (hasFocus()) {
        p.setPen(QPen(palette().highlight().color(), 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void TimelineView::paintMarks(QPainter &p, const QRectF &lane)
{
    const auto &marks = m_data.marks;
    auto first = std::lower_bound(marks.cbegin(), marks.cend(), m_viewFrom,
                                  [](const PingMark &m, qint64 t) { return m.timeMs < t; });
    auto last = std::upper_bound(first, marks.cend(), m_viewTo,
                                 [](qint64 t, const PingMark &m) { return t < m.timeMs; });
    const qsizetype visible = last - first;
    const double y = lane.center().y();
    if (visible * 8 > lane.width()) {
        // Dense: one column per pixel, in the colour of the weightiest kind there.
        const int columns = int(std::ceil(lane.width())) + 1;
        QVector<int> best(columns, -1);
        for (auto it = first; it != last; ++it) {
            const int x = int(xOf(it->timeMs) - lane.left());
            if (x >= 0 && x < columns && weight(it->kind) > best[x])
                best[x] = weight(it->kind);
        }
        const PingKind byWeight[]
                = {PingKind::Log, PingKind::Start, PingKind::Success, PingKind::Fail};
        for (int x = 0; x < columns; ++x) {
            if (best[x] < 0)
                continue;
            const double h = best[x] == 3 ? lane.height() : lane.height() * 0.6;
            p.fillRect(QRectF(lane.left() + x, y - h / 2, 1, h), pingKindColor(byWeight[best[x]]));
        }
    } else {
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(QPen(palette().base().color(), 1));
        // Failures last, so they are drawn on top.
        for (int pass = 0; pass < 2; ++pass) {
            for (auto it = first; it != last; ++it) {
                if ((it->kind == PingKind::Fail) != (pass == 1))
                    continue;
                drawMark(p, it->kind, QPointF(xOf(it->timeMs), y), 5);
            }
        }
        p.setRenderHint(QPainter::Antialiasing, false);
    }
    if (m_selected != 0) {
        for (auto it = first; it != last; ++it) {
            if (it->id != m_selected)
                continue;
            p.setPen(QPen(palette().highlight().color(), 2));
            p.setBrush(Qt::NoBrush);
            p.setRenderHint(QPainter::Antialiasing, true);
            p.drawEllipse(QPointF(xOf(it->timeMs), y), 9, 9);
            p.setRenderHint(QPainter::Antialiasing, false);
        }
    }
}

void TimelineView::paintAxis(QPainter &p, const QRectF &plot)
{
    const qint64 span = m_viewTo - m_viewFrom;
    const double pxPerMs = plot.width() / double(span);
    qint64 step = kTickSteps[std::size(kTickSteps) - 1];
    for (qint64 s : kTickSteps) {
        if (s * pxPerMs >= 95) {
            step = s;
            break;
        }
    }
    const QLocale locale;
    // Ticks fall on round local times: shift by the zone's offset before rounding.
    const qint64 offset = qint64(QDateTime::fromMSecsSinceEpoch(m_viewFrom).offsetFromUtc()) * 1000;
    qint64 t = ((m_viewFrom + offset) / step + 1) * step - offset;
    p.setPen(palette().text().color());
    const double axisY = plot.bottom() + 2;
    p.drawLine(QPointF(plot.left(), axisY), QPointF(plot.right(), axisY));
    QFont font = p.font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    p.setFont(font);
    for (; t < m_viewTo; t += step) {
        const double x = xOf(t);
        p.drawLine(QPointF(x, axisY), QPointF(x, axisY + 4));
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(t);
        const bool midnight = at.time() == QTime(0, 0);
        const QString label = step >= 24 * 60 * kMinuteMs || midnight
                ? locale.toString(at.date(), QStringLiteral("ddd d MMM"))
                : locale.toString(at.time(), human::shortTimeFormat());
        const double labelWidth = p.fontMetrics().horizontalAdvance(label) + 4;
        if (x - labelWidth / 2 < 0 || x + labelWidth / 2 > width())
            continue; // a label cut by the edge helps no one
        p.drawText(QRectF(x - labelWidth / 2, axisY + 4, labelWidth, kAxisHeight - 4),
                   Qt::AlignHCenter | Qt::AlignTop, label);
    }
}

QString TimelineView::describeAt(const QPoint &pos) const
{
    const qint64 now = m_clock.nowMs();
    const int index = markAt(pos);
    if (index >= 0) {
        const PingMark &m = m_data.marks.at(index);
        QString text = tr("%1 at %2")
                               .arg(human::pingKind(m.kind, m.exitStatus),
                                    human::whenPrecise(m.timeMs, now));
        if (m.durationMs >= 0)
            text += QLatin1Char('\n')
                    + (m_data.check ? tr("Response time %1") : tr("Run took %1"))
                              .arg(human::duration(m.durationMs));
        return text + QLatin1Char('\n') + tr("Click to show it in the ping log.");
    }
    const qint64 t = timeAt(pos.x());
    for (const TimeSpan &s : m_data.runs) {
        if (runLane().contains(pos) && t >= s.startMs && t <= s.endMs)
            return tr("Run from %1 to %2 (%3)")
                    .arg(human::whenPrecise(s.startMs, now), human::whenPrecise(s.endMs, now),
                         human::duration(s.endMs - s.startMs));
    }
    for (const TimeSpan &s : m_data.noData) {
        if (t >= s.startMs && t < s.endMs)
            return tr("No data from %1 to %2 (%3): Uptrack was not listening, so pings sent "
                      "then were not received.")
                    .arg(human::when(s.startMs, now), human::when(s.endMs, now),
                         human::duration(s.endMs - s.startMs));
    }
    for (const TimeSpan &s : m_data.down) {
        if (t >= s.startMs && t < s.endMs)
            return tr("Down from %1 to %2 (%3)")
                    .arg(human::when(s.startMs, now), human::when(s.endMs, now),
                         human::duration(s.endMs - s.startMs));
    }
    return QString();
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = describeAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_dragging = true;
    m_dragged = false;
    m_dragStart = event->position().toPoint();
    m_dragViewFrom = m_viewFrom;
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_dragging && (m_dragged || std::abs(pos.x() - m_dragStart.x()) > 3)) {
        m_dragged = true;
        setCursor(Qt::ClosedHandCursor);
        const qint64 delta = qint64(double(m_dragStart.x() - pos.x())
                                    * double(m_viewTo - m_viewFrom) / plotRect().width());
        setView(m_dragViewFrom + delta, m_dragViewFrom + delta + (m_viewTo - m_viewFrom));
        return;
    }
    setCursor(markAt(pos) >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const bool click = m_dragging && !m_dragged;
    m_dragging = false;
    unsetCursor();
    if (!click)
        return;
    const int index = markAt(event->position().toPoint());
    if (index >= 0) {
        m_selected = m_data.marks.at(index).id;
        update();
        emit pingClicked(m_selected);
    }
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *)
{
    setView(m_data.fromMs, m_data.toMs);
}

void TimelineView::zoom(double factor, double anchorX)
{
    const qint64 anchor = timeAt(anchorX);
    const double span = double(m_viewTo - m_viewFrom) * factor;
    const double before = double(anchor - m_viewFrom) * factor;
    const qint64 from = anchor - qint64(before);
    setView(from, from + qint64(span));
}

void TimelineView::pan(qint64 deltaMs)
{
    setView(m_viewFrom + deltaMs, m_viewTo + deltaMs);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 120;
    if (steps == 0)
        return;
    if (event->modifiers() & Qt::ShiftModifier)
        pan(-qint64(steps) * (m_viewTo - m_viewFrom) / 10);
    else
        zoom(std::pow(0.8, steps), event->position().x());
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const qint64 span = m_viewTo - m_viewFrom;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoom(0.8, plotRect().center().x());
        break;
    case Qt::Key_Minus:
        zoom(1.25, plotRect().center().x());
        break;
    case Qt::Key_Left:
        pan(-span / 10);
        break;
    case Qt::Key_Right:
        pan(span / 10);
        break;
    case Qt::Key_Home:
        setView(m_data.fromMs, m_data.toMs);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace uptrack
