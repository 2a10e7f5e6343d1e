// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include <algorithm>

namespace uptrack {

namespace {
/// Listening spans are extended every 15 s; a gap shorter than this is not a gap.
constexpr qint64 kGapMs = 60'000;

void addClipped(QList<TimeSpan> *out, qint64 start, qint64 end, qint64 from, qint64 to)
{
    start = std::max(start, from);
    end = std::min(end, to);
    if (end > start)
        out->append({start, end});
}
} // namespace

TimelineData buildTimeline(qint64 fromMs, qint64 toMs, qint64 nowMs, const Monitor &monitor,
                           QList<PingMark> marks, const QList<Flip> &flips,
                           const QList<ListeningSpan> &listening)
{
    TimelineData d;
    d.fromMs = fromMs;
    d.toMs = toMs;
    d.check = monitor.isCheck();
    const qint64 end = std::min(toMs, nowMs);

    for (const PingMark &m : std::as_const(marks)) {
        // A check's duration is a response time, not a run to draw.
        if (!d.check && m.durationMs >= 0 && m.kind != PingKind::Start && m.kind != PingKind::Log
            && m.kind != PingKind::Ignored)
            addClipped(&d.runs, m.timeMs - m.durationMs, m.timeMs + 1, fromMs, toMs);
    }
    for (qint64 start : monitor.runs)
        addClipped(&d.runs, start, end, fromMs, toMs);
    std::sort(d.runs.begin(), d.runs.end(),
              [](const TimeSpan &a, const TimeSpan &b) { return a.startMs < b.startMs; });

    qint64 downSince = -1;
    for (const Flip &f : flips) {
        if (f.to == Status::Down && downSince < 0)
            downSince = f.timeMs;
        else if (f.to != Status::Down && downSince >= 0) {
            addClipped(&d.down, downSince, f.timeMs, fromMs, toMs);
            downSince = -1;
        }
    }
    if (downSince >= 0)
        addClipped(&d.down, downSince, end, fromMs, toMs);

    // Gaps between listening spans, from the monitor's creation on.
    QList<ListeningSpan> spans = listening;
    std::sort(spans.begin(), spans.end(),
              [](const ListeningSpan &a, const ListeningSpan &b) { return a.startMs < b.startMs; });
    qint64 covered = std::max(fromMs, monitor.createdMs);
    for (const ListeningSpan &s : std::as_const(spans)) {
        if (s.startMs - covered > kGapMs)
            addClipped(&d.noData, covered, s.startMs, fromMs, end);
        covered = std::max(covered, s.endMs);
    }
    if (end - covered > kGapMs)
        addClipped(&d.noData, covered, end, fromMs, end);

    d.marks = std::move(marks);
    return d;
}

} // namespace uptrack
