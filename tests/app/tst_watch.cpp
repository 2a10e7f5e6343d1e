// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Watching the watcher, end to end: one headless Uptrack pings another (--self-ping), and
// the other alerts when the first stops.
#include "processhelpers.h"

#include <QJsonArray>
#include <QTest>

using namespace testsupport;

class TestWatch : public testsupport::CliTest
{
    Q_OBJECT
private slots:
    void init() { nextDatabase(); }

    void twoUptracksWatchEachOther()
    {
        // The second watcher, with a monitor for the first.
        const QString watcherDb = m_dir.filePath(QStringLiteral("watcher.db"));
        const QJsonObject alive
                = cli({QStringLiteral("monitor"), QStringLiteral("add"), QStringLiteral("--name"),
                       QStringLiteral("workstation"), QStringLiteral("--period"),
                       QStringLiteral("10s"), QStringLiteral("--grace"), QStringLiteral("3s"),
                       QStringLiteral("--db"), watcherDb, QStringLiteral("--json")})
                          .object();
        const quint16 watcherPort = freePort();
        Instance watcher(watcherDb, watcherPort);
        QVERIFY(watcher.waitReady());
        const QString url = QStringLiteral("http://127.0.0.1:%1/ping/%2")
                                    .arg(watcherPort)
                                    .arg(alive.value(QLatin1String("token")).toString());
        // The watched one pings it at once, then every 10 s.
        auto watched = std::make_unique<Instance>(m_db, freePort(),
                                                  QStringList{QStringLiteral("--self-ping"), url,
                                                              QStringLiteral("--self-ping-every"),
                                                              QStringLiteral("10s")});
        QVERIFY(watched->waitReady());
        auto pings = [&] {
            return cli({QStringLiteral("monitor"), QStringLiteral("pings"),
                        QStringLiteral("workstation"), QStringLiteral("--db"), watcherDb,
                        QStringLiteral("--json")})
                    .array();
        };
        auto status = [&] {
            return cli({QStringLiteral("monitor"), QStringLiteral("show"),
                        QStringLiteral("workstation"), QStringLiteral("--db"), watcherDb,
                        QStringLiteral("--json")})
                    .object()
                    .value(QLatin1String("status"))
                    .toString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(pings().size() >= 1, 10'000);
        QVERIFY(pings()[0].toObject().value("user_agent").toString().contains("self-ping"));
        QCOMPARE(status(), QStringLiteral("up"));
        QTRY_VERIFY_WITH_TIMEOUT(pings().size() >= 2, 15'000); // and again on its interval
        // The watched one stops (asleep, crashed): the watcher notices on its deadline.
        watched->kill9();
        QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("down"), 20'000);
    }

    void selfPingMistakesAreUsageErrors()
    {
        const QList<QStringList> wrong{
                {QStringLiteral("--self-ping"), QStringLiteral("ftp://example.org/x")},
                {QStringLiteral("--self-ping"), QStringLiteral("https://user:pw@example.org/p")},
                {QStringLiteral("--self-ping"), QStringLiteral("http://127.0.0.1:1/p"),
                 QStringLiteral("--self-ping-every"), QStringLiteral("5s")},
        };
        for (const QStringList &extra : wrong) {
            QProcess p;
            p.start(binary(),
                    QStringList{QStringLiteral("--headless"), QStringLiteral("--db"), m_db,
                                QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:%1").arg(freePort())}
                            + extra);
            QVERIFY(p.waitForFinished(15'000));
            QCOMPARE(p.exitCode(), 2);
            QVERIFY2(p.readAllStandardError().contains("self-ping"), qPrintable(extra.join(' ')));
        }
    }

    void anUnreachableSelfPingNeverStopsTheCore()
    {
        const quint16 port = freePort();
        Instance core(m_db, port,
                      {QStringLiteral("--self-ping"),
                       QStringLiteral("http://127.0.0.1:%1/ping/x").arg(freePort()),
                       QStringLiteral("--self-ping-every"), QStringLiteral("10s")});
        QVERIFY(core.waitReady());
        QTest::qWait(1500);
        QCOMPARE(httpStatus(port, "GET", "/"), 200);
        QCOMPARE(core.terminate(), 0);
        const QByteArray log = core.stderrText();
        // Said once, with what to expect, not once per try.
        QVERIFY2(log.contains("self-ping to") && log.contains("failed"), log.constData());
        QCOMPARE(log.count("self-ping to"), 1);
    }
};

QTEST_GUILESS_MAIN(TestWatch)
#include "tst_watch.moc"
