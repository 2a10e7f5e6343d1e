// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format/humanformat.h"
#include "monitortablemodel.h"
#include "time/clock.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

using namespace uptrack;

namespace {
Monitor monitor(qint64 id, Status status, qint64 lastPing = -1)
{
    Monitor m;
    m.id = id;
    m.name = QStringLiteral("job-%1").arg(id);
    m.slug = m.name;
    m.status = status;
    m.lastPingMs = lastPing;
    m.nextDueMs = lastPing < 0 ? -1 : lastPing + m.schedule.periodMs();
    return m;
}
} // namespace

class TestMonitorTableModel : public QObject
{
    Q_OBJECT
private slots:
    void rowsFollowTheCore()
    {
        FakeClock clock;
        MonitorTableModel model(clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset({monitor(1, Status::New), monitor(2, Status::Up, clock.nowMs() - 120'000)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(1, MonitorTableModel::NameColumn)).toString(),
                 QStringLiteral("job-2"));
        QCOMPARE(model.data(model.index(1, MonitorTableModel::LastPingColumn)).toString(),
                 QStringLiteral("2 min ago"));
        QCOMPARE(model.data(model.index(0, MonitorTableModel::LastPingColumn)).toString(),
                 QStringLiteral("never"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        // One batch: two updates and one new monitor -> one dataChanged, one insert.
        model.upsert({monitor(1, Status::Down, clock.nowMs()), monitor(2, Status::Late),
                      monitor(3, Status::New)});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(0, MonitorTableModel::StatusColumn)).toString(),
                 QStringLiteral("Down"));
        QCOMPARE(model.data(model.index(0, MonitorTableModel::StatusColumn),
                            MonitorTableModel::StatusRole)
                         .toInt(),
                 int(Status::Down));

        model.remove(2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(1, 0), MonitorTableModel::MonitorIdRole).toLongLong(), 3);
        model.remove(99); // unknown: nothing happens
        QCOMPARE(model.rowCount(), 2);
    }

    void aMonitorWithoutAChannelStandsOut()
    {
        FakeClock clock;
        MonitorTableModel model(clock);
        Monitor heard = monitor(1, Status::Up, clock.nowMs());
        heard.channelIds = {4};
        model.reset({heard, monitor(2, Status::Up, clock.nowMs())});
        const QModelIndex fine = model.index(0, MonitorTableModel::NameColumn);
        const QModelIndex alone = model.index(1, MonitorTableModel::NameColumn);
        QVERIFY(!fine.data(Qt::DecorationRole).isValid());
        QVERIFY(!fine.data(Qt::ToolTipRole).toString().contains(QStringLiteral("No channel")));
        QVERIFY(!alone.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(alone.data(Qt::ToolTipRole)
                        .toString()
                        .contains(QStringLiteral("No channel: nobody is alerted")));
    }

    // A cron schedule in another zone shows its next run in that zone's time too.
    void timesInAnotherZoneSayItsTime()
    {
        FakeClock clock(QDateTime(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
        MonitorTableModel model(clock);
        Monitor berlin = monitor(1, Status::Up, clock.nowMs());
        berlin.schedule = Schedule(86'400'000, QStringLiteral("30 1 * * *"),
                                   QStringLiteral("Europe/Berlin"));
        berlin.nextDueMs = QDateTime(QDate(2026, 7, 1), QTime(23, 30), Qt::UTC).toMSecsSinceEpoch();
        Monitor here = berlin;
        here.id = 2;
        here.schedule = Schedule(86'400'000, QStringLiteral("30 1 * * *"), QString());
        model.reset({berlin, here});
        QCOMPARE(model.data(model.index(0, MonitorTableModel::NextDueColumn)).toString(),
                 QStringLiteral("in 11 h (01:30 Berlin)")); // CEST, UTC+2
        QCOMPARE(model.data(model.index(1, MonitorTableModel::NextDueColumn)).toString(),
                 QStringLiteral("in 11 h"));
        QCOMPARE(model.data(model.index(0, MonitorTableModel::ScheduleColumn)).toString(),
                 QStringLiteral("daily at 01:30 (Berlin), grace 1 h"));
    }

    void relativeTimes_data()
    {
        QTest::addColumn<qint64>("delta");
        QTest::addColumn<QString>("text");
        QTest::addRow("now") << 0LL << "now";
        QTest::addRow("seconds ago") << -30'000LL << "30 s ago";
        QTest::addRow("minutes ahead") << 300'000LL << "in 5 min";
        QTest::addRow("hours ago") << -7'200'000LL << "2 h ago";
        QTest::addRow("days ahead") << 3 * 86'400'000LL << "in 3 days";
    }
    void relativeTimes()
    {
        QFETCH(qint64, delta);
        QFETCH(QString, text);
        const qint64 now = 1'767'225'600'000;
        QCOMPARE(human::relative(now + delta, now), text);
    }

    void tenThousandRows()
    {
        FakeClock clock;
        MonitorTableModel model(clock);
        QList<Monitor> many;
        for (int i = 1; i <= 10'000; ++i)
            many.append(monitor(i, Status::Up, clock.nowMs()));
        model.reset(many);
        QCOMPARE(model.rowCount(), 10'000);
        QList<Monitor> update;
        for (int i = 1; i <= 10'000; i += 7)
            update.append(monitor(i, Status::Down, clock.nowMs()));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.upsert(update);
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_MAIN(TestMonitorTableModel)
#include "tst_monitortablemodel.moc"
