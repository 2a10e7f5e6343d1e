// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Rate limits: the token bucket on a fake time line, then a real instance: a runaway
// loop is answered 429 after its burst and does not fill the database, and a source
// guessing tokens is slowed.
#include "processhelpers.h"
#include "receiver/ratelimiter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace uptrack;
using testsupport::cli;
using testsupport::freePort;
using testsupport::httpStatus;

class TestRateLimit : public QObject
{
    Q_OBJECT

private slots:
    void tokenBucket()
    {
        RateLimiter limiter(5, 60); // 5 at once, then one a second
        for (int i = 0; i < 5; ++i)
            QVERIFY(limiter.allow(QStringLiteral("a"), 0));
        QVERIFY(!limiter.allow(QStringLiteral("a"), 0));
        QVERIFY(limiter.exhausted(QStringLiteral("a"), 500));
        QCOMPARE(limiter.retryAfterSeconds(QStringLiteral("a"), 500), 1);
        QVERIFY(limiter.allow(QStringLiteral("b"), 0)); // keys are independent
        QVERIFY(limiter.allow(QStringLiteral("a"), 1000));
        QVERIFY(!limiter.allow(QStringLiteral("a"), 1000));
        QVERIFY(limiter.allow(QStringLiteral("a"), 60'000)); // refilled, up to the burst
        // Disabled by 0.
        RateLimiter off(0, 60);
        for (int i = 0; i < 1000; ++i)
            QVERIFY(off.allow(QStringLiteral("x"), 0));
        // Bounded memory under a flood of distinct keys.
        RateLimiter bounded(5, 60, 1000);
        for (int i = 0; i < 100'000; ++i)
            bounded.allow(QString::number(i), i);
        QVERIFY(bounded.size() <= 1000);
    }

    void runawayLoopAndTokenGuessing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("rl.db"));
        const quint16 port = freePort();
        testsupport::Instance instance(db, port,
                                       {QStringLiteral("--ping-burst"), QStringLiteral("5"),
                                        QStringLiteral("--ping-rate"), QStringLiteral("60")});
        QVERIFY(instance.waitReady());
        const QString token
                = cli({QStringLiteral("monitor"), QStringLiteral("add"), QStringLiteral("--db"), db,
                       QStringLiteral("--name"), QStringLiteral("loop"), QStringLiteral("--json")})
                          .object()
                          .value(QLatin1String("token"))
                          .toString();
        int ok = 0, limited = 0;
        QByteArray body;
        for (int i = 0; i < 50; ++i) {
            const int status = httpStatus(port, "GET", "/ping/" + token.toLatin1(), {}, &body);
            ok += status == 200;
            limited += status == 429;
        }
        QVERIFY2(ok >= 5 && ok <= 8, qPrintable(QString::number(ok)));
        QCOMPARE(ok + limited, 50);
        QVERIFY2(body.contains("retry in"), body.constData());
        const int stored = int(
                cli({QStringLiteral("monitor"), QStringLiteral("pings"), QStringLiteral("loop"),
                     QStringLiteral("--db"), db, QStringLiteral("--json"),
                     QStringLiteral("--limit"), QStringLiteral("1000")})
                        .array()
                        .size());
        QCOMPARE(stored, ok); // a 429 is not stored

        // Guessing tokens: after 30 unknown ones, this source is answered 429, even for
        // a token that exists, until its budget refills.
        int notFound = 0, slowed = 0;
        for (int i = 0; i < 40; ++i) {
            const int status = httpStatus(port, "GET",
                                          "/ping/00000000-0000-4000-8000-"
                                                  + QByteArray::number(100000000000LL + i));
            notFound += status == 404;
            slowed += status == 429;
        }
        QVERIFY2(notFound >= 30 && notFound <= 32, qPrintable(QString::number(notFound)));
        QCOMPARE(notFound + slowed, 40);
        QCOMPARE(instance.terminate(), 0);
    }
};

QTEST_MAIN(TestRateLimit)
#include "tst_ratelimit.moc"
