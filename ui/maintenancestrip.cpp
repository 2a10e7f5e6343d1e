// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "maintenancestrip.h"

#include "statusicons.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace uptrack {

namespace {
constexpr int kHeaderHeight = 34;
constexpr int kRowHeight = 22;
constexpr int kNameWidth = 170;
constexpr int kMargin = 4;
constexpr int kMaxRowsShown = 12;

QString clock(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms),
                              QStringLiteral("ddd d MMM HH:mm"));
}
} // namespace

MaintenanceStrip::MaintenanceStrip(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::NoFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void MaintenanceStrip::setWindows(const QList<MaintenanceWindow> &windows, qint64 nowMs)
{
    m_nowMs = nowMs;
    QDateTime start = QDateTime::fromMSecsSinceEpoch(nowMs);
    start.setTime(QTime(0, 0));
    m_startMs = start.toMSecsSinceEpoch();
    m_endMs = start.addDays(kDays).toMSecsSinceEpoch();
    m_rows.clear();
    for (const MaintenanceWindow &w : windows) {
        Row row{w.id, w.name, w.occurrences(m_startMs, m_endMs, 200)};
        // A window whose time is over is not in the coming two weeks: no row.
        const bool over = !w.isRecurring() && w.toMs <= m_startMs;
        if (!over)
            m_rows.append(row);
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        const qint64 fa = a.spans.isEmpty() ? std::numeric_limits<qint64>::max()
                                            : a.spans.constFirst().startMs;
        const qint64 fb = b.spans.isEmpty() ? std::numeric_limits<qint64>::max()
                                            : b.spans.constFirst().startMs;
        return fa < fb;
    });
    describe();
    updateGeometry();
    update();
}

void MaintenanceStrip::setSelected(qint64 windowId)
{
    m_selected = windowId;
    update();
}

void MaintenanceStrip::describe()
{
    int occurrences = 0;
    for (const Row &r : std::as_const(m_rows))
        occurrences += int(r.spans.size());
    setAccessibleName(tr("Maintenance in the coming two weeks"));
    setAccessibleDescription(occurrences == 0
                                     ? tr("No maintenance in the coming two weeks.")
                                     : tr("%n maintenance period(s) in the coming two weeks.",
                                          nullptr, occurrences));
}

QSize MaintenanceStrip::sizeHint() const
{
    const int rows = std::clamp(int(m_rows.size()), 1, kMaxRowsShown);
    return {kNameWidth + kDays * 52, kHeaderHeight + rows * kRowHeight + 2 * kMargin};
}

QSize MaintenanceStrip::minimumSizeHint() const
{
    return {kNameWidth + kDays * 24, sizeHint().height()};
}

QRectF MaintenanceStrip::dayArea() const
{
    return QRectF(kNameWidth, kMargin, width() - kNameWidth - kMargin, height() - 2 * kMargin);
}

qint64 MaintenanceStrip::dayStart(int day) const
{
    // Calendar days, not 24-hour steps: a DST change makes one 23 or 25 hours long.
    return QDateTime::fromMSecsSinceEpoch(m_startMs).addDays(day).toMSecsSinceEpoch();
}

double MaintenanceStrip::xOf(qint64 ms) const
{
    // Each day the same width, whatever its length; within a day, linear.
    const QRectF area = dayArea();
    const double dayWidth = area.width() / kDays;
    ms = std::clamp(ms, m_startMs, m_endMs);
    int day = 0;
    while (day < kDays - 1 && dayStart(day + 1) <= ms)
        ++day;
    const qint64 from = dayStart(day);
    const qint64 to = dayStart(day + 1);
    return area.left()
            + dayWidth * (day + double(ms - from) / double(std::max<qint64>(1, to - from)));
}

QRectF MaintenanceStrip::barRect(int row, const MaintenanceWindow::Span &span) const
{
    const double top = kMargin + kHeaderHeight + row * kRowHeight + 4;
    const double left = xOf(span.startMs);
    const double right = std::max(left + 3, xOf(span.endMs));
    return QRectF(left, top, right - left, kRowHeight - 8);
}

QRectF MaintenanceStrip::barOf(qint64 windowId, int index) const
{
    for (int r = 0; r < std::min(int(m_rows.size()), kMaxRowsShown); ++r) {
        if (m_rows[r].id == windowId && index >= 0 && index < m_rows[r].spans.size())
            return barRect(r, m_rows[r].spans[index]);
    }
    return {};
}

std::pair<int, int> MaintenanceStrip::hit(const QPointF &point) const
{
    for (int r = 0; r < std::min(int(m_rows.size()), kMaxRowsShown); ++r) {
        const QList<MaintenanceWindow::Span> &spans = m_rows[r].spans;
        for (int s = 0; s < spans.size(); ++s) {
            if (barRect(r, spans[s]).adjusted(-2, -2, 2, 2).contains(point))
                return {r, s};
        }
        const double top = kMargin + kHeaderHeight + r * kRowHeight;
        if (point.x() < kNameWidth && point.y() >= top && point.y() < top + kRowHeight)
            return {r, -1};
    }
    return {-1, -1};
}

void MaintenanceStrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    const QRectF area = dayArea();
    const double dayWidth = area.width() / kDays;
    const QFontMetrics fm(font());
    const QColor weekend = pal.color(QPalette::AlternateBase);
    const QColor grid = pal.color(QPalette::Mid);
    for (int d = 0; d < kDays; ++d) {
        const QDate date = QDateTime::fromMSecsSinceEpoch(dayStart(d)).date();
        const QRectF column(area.left() + d * dayWidth, area.top(), dayWidth, area.height());
        if (date.dayOfWeek() >= 6)
            p.fillRect(column, weekend);
        p.setPen(grid);
        p.drawLine(column.topLeft(), column.bottomLeft());
        QFont f = font();
        f.setBold(d == 0);
        p.setFont(f);
        p.setPen(pal.color(d == 0 ? QPalette::Highlight : QPalette::Text));
        const QRectF head(column.left(), column.top(), column.width(), kHeaderHeight);
        const QString top = QLocale().toString(date, QStringLiteral("ddd"));
        const QString bottom = QString::number(date.day());
        p.drawText(head.adjusted(0, 0, 0, -kHeaderHeight / 2), Qt::AlignCenter, top);
        p.drawText(head.adjusted(0, kHeaderHeight / 2, 0, 0), Qt::AlignCenter, bottom);
    }
    p.setFont(font());
    const QColor bar = statusColor(Status::Maintenance);
    const int shown = std::min(int(m_rows.size()), kMaxRowsShown);
    for (int r = 0; r < shown; ++r) {
        const Row &row = m_rows[r];
        const double top = kMargin + kHeaderHeight + r * kRowHeight;
        const bool selected = row.id == m_selected;
        const QRectF nameRect(kMargin, top, kNameWidth - 2 * kMargin, kRowHeight);
        if (selected)
            p.fillRect(QRectF(0, top, width(), kRowHeight),
                       pal.color(QPalette::Highlight).lighter(185));
        p.setPen(pal.color(QPalette::Text));
        p.drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(row.name, Qt::ElideRight, int(nameRect.width())));
        p.setPen(Qt::NoPen);
        p.setBrush(selected ? bar.darker(130) : bar);
        for (const MaintenanceWindow::Span &s : row.spans)
            p.drawRoundedRect(barRect(r, s), 3, 3);
        if (row.spans.isEmpty()) {
            p.setPen(pal.color(QPalette::PlaceholderText));
            p.drawText(QRectF(area.left() + 6, top, area.width(), kRowHeight),
                       Qt::AlignVCenter | Qt::AlignLeft, tr("not in the coming two weeks"));
        }
    }
    if (m_rows.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRectF(area.left(), kMargin + kHeaderHeight, area.width(), kRowHeight),
                   Qt::AlignCenter, tr("No maintenance planned in the coming two weeks."));
    } else if (int(m_rows.size()) > kMaxRowsShown) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRectF(kMargin, height() - kMargin - 12, kNameWidth, 12),
                   Qt::AlignLeft | Qt::AlignBottom,
                   tr("and %n more", nullptr, int(m_rows.size()) - kMaxRowsShown));
    }
    // Now.
    const double x = xOf(m_nowMs);
    p.setPen(QPen(statusColor(Status::Down), 1.5));
    p.drawLine(QPointF(x, area.top() + kHeaderHeight - 4), QPointF(x, area.bottom()));
}

bool MaintenanceStrip::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto [r, s] = hit(help->pos());
        if (r >= 0 && s >= 0) {
            const MaintenanceWindow::Span &span = m_rows[r].spans[s];
            QToolTip::showText(
                    help->globalPos(),
                    tr("%1\n%2 – %3").arg(m_rows[r].name, clock(span.startMs), clock(span.endMs)),
                    this);
        } else if (r >= 0) {
            QToolTip::showText(help->globalPos(), m_rows[r].name, this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void MaintenanceStrip::mousePressEvent(QMouseEvent *event)
{
    const auto [r, s] = hit(event->position());
    Q_UNUSED(s)
    if (r >= 0 && event->button() == Qt::LeftButton)
        emit windowClicked(m_rows[r].id);
    QWidget::mousePressEvent(event);
}

} // namespace uptrack
