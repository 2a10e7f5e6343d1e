// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/maintenance.h"

#include <QWidget>

namespace uptrack {

/// The coming two weeks as a small calendar: a column per day (weekends shaded, today
/// marked, the time now as a line), a row per maintenance window, each occurrence a bar.
/// A bar's tooltip says when; clicking it selects its window.
class MaintenanceStrip : public QWidget
{
    Q_OBJECT
public:
    explicit MaintenanceStrip(QWidget *parent = nullptr);

    static constexpr int kDays = 14;

    /// What it shows: `windows` from the local midnight of `nowMs` for kDays days.
    void setWindows(const QList<MaintenanceWindow> &windows, qint64 nowMs);
    void setSelected(qint64 windowId);

    /// The first instant shown and the one after the last.
    qint64 startMs() const { return m_startMs; }
    qint64 endMs() const { return m_endMs; }
    /// Each window's occurrences within the strip, as drawn (for tests and tooltips).
    struct Row
    {
        qint64 id = 0;
        QString name;
        QList<MaintenanceWindow::Span> spans;
    };
    const QList<Row> &rows() const { return m_rows; }
    /// Where the `index`th bar of a window is drawn (empty when it is not shown).
    QRectF barOf(qint64 windowId, int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void windowClicked(qint64 windowId);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    /// Where a span of row `row` is drawn.
    QRectF barRect(int row, const MaintenanceWindow::Span &span) const;
    /// The row and span under a point, or {-1, -1}.
    std::pair<int, int> hit(const QPointF &point) const;
    QRectF dayArea() const;
    qint64 dayStart(int day) const;
    double xOf(qint64 ms) const;
    void describe();

    QList<Row> m_rows;
    qint64 m_nowMs = 0;
    qint64 m_startMs = 0;
    qint64 m_endMs = 0;
    qint64 m_selected = 0;
};

} // namespace uptrack
