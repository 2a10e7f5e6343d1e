// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/deadlinequeue.h"

#include <QTest>

using namespace uptrack;

class TestDeadlineQueue : public QObject
{
    Q_OBJECT
private slots:
    void ordersAndReplaces()
    {
        DeadlineQueue q;
        q.schedule(1, 300);
        q.schedule(2, 100);
        q.schedule(3, 200);
        QCOMPARE(q.size(), 3);
        QCOMPARE(q.earliest()->monitorId, 2);
        q.schedule(2, 400); // rescheduling replaces, never duplicates
        QCOMPARE(q.size(), 3);
        QCOMPARE(q.earliest()->monitorId, 3);
        QVERIFY(!q.popDue(199));
        QCOMPARE(q.popDue(200)->monitorId, 3);
        QCOMPARE(q.popDue(1000)->monitorId, 1);
        QCOMPARE(q.popDue(1000)->monitorId, 2);
        QVERIFY(!q.popDue(1000));
        QCOMPARE(q.size(), 0);
    }
    void clearsWithNegative()
    {
        DeadlineQueue q;
        q.schedule(7, 10);
        q.schedule(7, -1);
        QCOMPARE(q.size(), 0);
        QVERIFY(!q.earliest());
        q.schedule(8, 5);
        q.remove(8);
        QVERIFY(!q.popDue(100));
    }
    void equalInstantsKeepBoth()
    {
        DeadlineQueue q;
        for (qint64 id = 1; id <= 1000; ++id)
            q.schedule(id, 42);
        int popped = 0;
        while (q.popDue(42))
            ++popped;
        QCOMPARE(popped, 1000);
    }
};

QTEST_GUILESS_MAIN(TestDeadlineQueue)
#include "tst_deadlinequeue.moc"
