// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline: what it is built from, and that a click lands on the right ping.
#include "time/clock.h"
#include "timelineview.h"

#include <QSignalSpy>
#include <QTest>

using namespace uptrack;

namespace {
constexpr qint64 kT0 = 1'767'225'600'000; // 2026-01-01 00:00 UTC
constexpr qint64 kMin = 60'000;
constexpr qint64 kHour = 60 * kMin;

PingMark mark(qint64 id, qint64 at, PingKind kind = PingKind::Success, qint64 duration = -1)
{
    return PingMark{id, at, kind, -1, duration};
}
} // namespace

class TestTimelineView : public QObject
{
    Q_OBJECT
private slots:
    void buildsDownRunsAndNoData()
    {
        Monitor m;
        m.createdMs = kT0;
        m.runs.insert(QStringLiteral("r"), kT0 + 23 * kHour); // still running
        const QList<Flip> flips{
                {1, 1, kT0 + 2 * kHour, Status::Up, Status::Late, {}, 0, {}},
                {2, 1, kT0 + 3 * kHour, Status::Late, Status::Down, {}, 0, {}},
                {3, 1, kT0 + 5 * kHour, Status::Down, Status::Up, {}, 0, {}},
                {4, 1, kT0 + 20 * kHour, Status::Up, Status::Down, {}, 0, {}},
        };
        // Listening except from 08:00 to 12:00 (asleep); a 30 s hiccup is not a gap.
        const QList<ListeningSpan> spans{{1, kT0, kT0 + 8 * kHour},
                                         {2, kT0 + 12 * kHour, kT0 + 15 * kHour},
                                         {3, kT0 + 15 * kHour + 30'000, kT0 + 24 * kHour}};
        const QList<PingMark> marks{mark(1, kT0 + kHour, PingKind::Start),
                                    mark(2, kT0 + kHour + 10 * kMin, PingKind::Success, 10 * kMin)};
        const TimelineData d
                = buildTimeline(kT0, kT0 + 24 * kHour, kT0 + 24 * kHour, m, marks, flips, spans);
        QCOMPARE(d.down.size(), 2);
        QCOMPARE(d.down[0].startMs, kT0 + 3 * kHour);
        QCOMPARE(d.down[0].endMs, kT0 + 5 * kHour);
        QCOMPARE(d.down[1].endMs, kT0 + 24 * kHour); // still down: up to now
        QCOMPARE(d.noData.size(), 1);
        QCOMPARE(d.noData[0].startMs, kT0 + 8 * kHour);
        QCOMPARE(d.noData[0].endMs, kT0 + 12 * kHour);
        QCOMPARE(d.runs.size(), 2);
        QCOMPARE(d.runs[0].startMs, kT0 + kHour);
        QCOMPARE(d.runs[1].startMs, kT0 + 23 * kHour);

        // Before the monitor existed there is nothing to know, not "no data".
        m.createdMs = kT0 + 13 * kHour;
        const TimelineData later
                = buildTimeline(kT0, kT0 + 24 * kHour, kT0 + 24 * kHour, m, {}, {}, spans);
        QVERIFY(later.noData.isEmpty());
    }

    void clickSelectsThePingUnderThePointer()
    {
        SystemClock clock;
        TimelineView view(clock);
        view.resize(1000, 140);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QList<PingMark> marks;
        for (int i = 0; i < 10; ++i)
            marks.append(mark(100 + i, kT0 + i * 2 * kHour,
                              i == 4 ? PingKind::Fail : PingKind::Success));
        view.setData({kT0, kT0 + 24 * kHour, marks, {}, {}, {}});
        QSignalSpy clicked(&view, &TimelineView::pingClicked);

        for (int i : {0, 4, 9}) {
            const QPoint at = view.markPosition(i).toPoint() + QPoint(2, -1); // near, not exact
            QCOMPARE(view.markAt(at), i);
            QTest::mouseClick(&view, Qt::LeftButton, {}, at);
            QCOMPARE(clicked.count(), 1);
            QCOMPARE(clicked.takeFirst().at(0).toLongLong(), 100 + i);
        }
        // Between two marks, far from both: nothing.
        const QPointF between = (view.markPosition(2) + view.markPosition(3)) / 2;
        QCOMPARE(view.markAt(between.toPoint()), -1);
        QTest::mouseClick(&view, Qt::LeftButton, {}, between.toPoint());
        QCOMPARE(clicked.count(), 0);
        // Above the ping lane (the run lane): nothing either.
        QCOMPARE(view.markAt(QPoint(int(view.markPosition(2).x()), 2)), -1);
    }

    void zoomAndScrollStayInsideTheRange()
    {
        SystemClock clock;
        TimelineView view(clock);
        view.resize(800, 140);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QList<PingMark> marks;
        for (int i = 0; i < 100'000; ++i) // a dense range: painted per pixel
            marks.append(
                    mark(i + 1, kT0 + i * 800, i % 97 == 0 ? PingKind::Fail : PingKind::Success));
        view.setData({kT0, kT0 + 24 * kHour, marks, {}, {}, {}});
        view.repaint();
        view.setView(kT0 + 6 * kHour, kT0 + 7 * kHour);
        QCOMPARE(view.viewFrom(), kT0 + 6 * kHour);
        QCOMPARE(view.viewTo(), kT0 + 7 * kHour);
        // The failure at i = 97 * k is found when zoomed in enough to tell pings apart.
        view.setView(kT0 + 97 * 800 - kMin, kT0 + 97 * 800 + kMin);
        const int index = view.markAt(view.markPosition(97).toPoint());
        QCOMPARE(index, 97);
        QTest::keyClick(&view, Qt::Key_Home);
        QCOMPARE(view.viewFrom(), kT0);
        QCOMPARE(view.viewTo(), kT0 + 24 * kHour);
        view.setView(kT0 - 5 * kHour, kT0 + kHour); // before the range: clamped
        QCOMPARE(view.viewFrom(), kT0);
        QTest::keyClick(&view, Qt::Key_Minus); // zoom out beyond the range: clamped
        QCOMPARE(view.viewTo() - view.viewFrom() <= 24 * kHour, true);
        QVERIFY(!view.grab().isNull());
    }
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
