// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiver/pingroute.h"
#include "security/constanttime.h"

#include <QTest>

using namespace uptrack;

namespace {
const QByteArray kUuid = "5c3b7a2e-9f1d-4c6e-8a2b-1d2e3f4a5b6c";
const QByteArray kRid = "0b0b5b9e-1111-4a4a-9999-222233334444";
} // namespace

class TestPingRoute : public QObject
{
    Q_OBJECT
private slots:
    void routes_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<int>("route");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("exitStatus");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("slug");
        const int ping = int(PingRoute::Kind::Ping), bad = int(PingRoute::Kind::BadRequest),
                  none = int(PingRoute::Kind::NotFound), index = int(PingRoute::Kind::Index);
        const int s = int(PingKind::Success), st = int(PingKind::Start), f = int(PingKind::Fail),
                  l = int(PingKind::Log);
        const QString t = QString::fromLatin1(kUuid);

        QTest::addRow("success") << "/ping/" + kUuid << ping << s << -1 << t << QString();
        QTest::addRow("trailing slash")
                << "/ping/" + kUuid + "/" << ping << s << -1 << t << QString();
        QTest::addRow("upper-case uuid")
                << "/ping/" + kUuid.toUpper() << ping << s << -1 << t << QString();
        QTest::addRow("start") << "/ping/" + kUuid + "/start" << ping << st << -1 << t << QString();
        QTest::addRow("fail") << "/ping/" + kUuid + "/fail" << ping << f << -1 << t << QString();
        QTest::addRow("log") << "/ping/" + kUuid + "/log" << ping << l << -1 << t << QString();
        QTest::addRow("exit 0") << "/ping/" + kUuid + "/0" << ping << s << 0 << t << QString();
        QTest::addRow("exit 1") << "/ping/" + kUuid + "/1" << ping << f << 1 << t << QString();
        QTest::addRow("exit 255") << "/ping/" + kUuid + "/255" << ping << f << 255 << t
                                  << QString();
        QTest::addRow("exit 256") << "/ping/" + kUuid + "/256" << bad << s << -1 << QString()
                                  << QString();
        QTest::addRow("exit -1") << "/ping/" + kUuid + "/-1" << bad << s << -1 << QString()
                                 << QString();
        QTest::addRow("exit 1000")
                << "/ping/" + kUuid + "/1000" << bad << s << -1 << QString() << QString();
        QTest::addRow("unknown action")
                << "/ping/" + kUuid + "/stop" << bad << s << -1 << QString() << QString();
        QTest::addRow("too deep") << "/ping/" + kUuid + "/start/x" << bad << s << -1 << QString()
                                  << QString();
        QTest::addRow("heartbeat")
                << "/api/heartbeat/" + kUuid << ping << s << -1 << t << QString();
        QTest::addRow("heartbeat not uuid")
                << QByteArray("/api/heartbeat/hb_x") << none << s << -1 << QString() << QString();
        QTest::addRow("slug") << QByteArray("/ping/key123/backup") << ping << s << -1 << QString()
                              << "backup";
        QTest::addRow("slug start") << QByteArray("/ping/key123/backup/start") << ping << st << -1
                                    << QString() << "backup";
        QTest::addRow("slug exit 3")
                << QByteArray("/ping/key123/backup/3") << ping << f << 3 << QString() << "backup";
        QTest::addRow("key without slug")
                << QByteArray("/ping/key123") << none << s << -1 << QString() << QString();
        QTest::addRow("root") << QByteArray("/") << index << s << -1 << QString() << QString();
        QTest::addRow("favicon") << QByteArray("/favicon.ico") << none << s << -1 << QString()
                                 << QString();
        QTest::addRow("no slash") << QByteArray("ping") << bad << s << -1 << QString() << QString();
        QTest::addRow("bad escape")
                << "/ping/" + kUuid + "/%zz" << bad << s << -1 << QString() << QString();
        QTest::addRow("truncated escape")
                << QByteArray("/ping/abc/%4") << bad << s << -1 << QString() << QString();
        QTest::addRow("invalid utf-8")
                << QByteArray("/ping/k/%ff%fe") << bad << s << -1 << QString() << QString();
        QTest::addRow("escaped slug")
                << QByteArray("/ping/k/back%75p") << ping << s << -1 << QString() << "backup";
        QTest::addRow("absolute form")
                << "http://host:8470/ping/" + kUuid << ping << s << -1 << t << QString();
        QTest::addRow("rid") << "/ping/" + kUuid + "/start?rid=" + kRid << ping << st << -1 << t
                             << QString();
        QTest::addRow("bad rid") << "/ping/" + kUuid + "?rid=123" << bad << s << -1 << QString()
                                 << QString();
        QTest::addRow("other params ignored")
                << "/ping/" + kUuid + "?x=1&y" << ping << s << -1 << t << QString();
    }
    void routes()
    {
        QFETCH(QByteArray, target);
        QFETCH(int, route);
        QFETCH(int, kind);
        QFETCH(int, exitStatus);
        QFETCH(QString, token);
        QFETCH(QString, slug);
        const PingRoute r = parsePingTarget(target);
        QCOMPARE(int(r.route), route);
        if (route != int(PingRoute::Kind::Ping))
            return;
        QCOMPARE(int(r.kind), kind);
        QCOMPARE(r.exitStatus, exitStatus);
        QCOMPARE(r.token, token);
        QCOMPARE(r.slug, slug);
    }

    void createAndRid()
    {
        PingRoute r = parsePingTarget("/ping/key/new-job?create=1&rid=" + kRid.toUpper());
        QVERIFY(r.create);
        QCOMPARE(r.rid, QString::fromLatin1(kRid));
        QCOMPARE(r.pingKey, QStringLiteral("key"));
        r = parsePingTarget("/ping/key/new-job?create=0");
        QVERIFY(!r.create);
    }

    void secretsCompareInConstantTime()
    {
        const QString key = QStringLiteral("q3Vx9kLm2PzA7bN4cR8sTw");
        QVERIFY(constantTimeEquals(key, QString(key))); // a copy, not the same data
        QVERIFY(!constantTimeEquals(key, QStringLiteral("q3Vx9kLm2PzA7bN4cR8sTx")));
        QVERIFY(!constantTimeEquals(key, QStringLiteral("x3Vx9kLm2PzA7bN4cR8sTw")));
        QVERIFY(!constantTimeEquals(key, key.left(21)));
        QVERIFY(!constantTimeEquals(key, key + QLatin1Char('w')));
        QVERIFY(!constantTimeEquals(key, QString()));
        QVERIFY(constantTimeEquals(QString(), QString()));
    }
};

QTEST_GUILESS_MAIN(TestPingRoute)
#include "tst_pingroute.moc"
