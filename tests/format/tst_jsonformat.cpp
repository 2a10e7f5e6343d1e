// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format/jsonformat.h"

#include <QJsonArray>
#include <QTest>

using namespace uptrack;

class TestJsonFormat : public QObject
{
    Q_OBJECT
private slots:
    void escapeBody_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addRow("ascii") << QByteArray("hello\n") << QStringLiteral("hello\n");
        QTest::addRow("utf-8") << QByteArray("gr\xc3\xbc\xc3\x9f") << QStringLiteral("grüß");
        QTest::addRow("emoji") << QByteArray("\xf0\x9f\x98\x80")
                               << QString::fromUtf8("\xf0\x9f\x98\x80");
        QTest::addRow("lone byte") << QByteArray("a\xff"
                                                 "b")
                                   << QStringLiteral("a\\xffb");
        QTest::addRow("truncated sequence") << QByteArray("\xc3") << QStringLiteral("\\xc3");
        QTest::addRow("overlong") << QByteArray("\xc0\xaf") << QStringLiteral("\\xc0\\xaf");
        QTest::addRow("surrogate")
                << QByteArray("\xed\xa0\x80") << QStringLiteral("\\xed\\xa0\\x80");
        QTest::addRow("nul kept") << QByteArray("a\0b", 3) << QString::fromUtf8("a\0b", 3);
    }
    void escapeBody()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QCOMPARE(uptrack::escapeBody(bytes), text);
    }

    void monitorFields()
    {
        Monitor m;
        m.id = 7;
        m.name = QStringLiteral("nightly-billing");
        m.slug = QStringLiteral("nightly-billing");
        m.token = QStringLiteral("5c3b7a2e-9f1d-4c6e-8a2b-1d2e3f4a5b6c");
        m.schedule = Schedule(86'400'000);
        m.graceMs = 1'800'000;
        m.status = Status::Up;
        m.lastPingMs = 1'767'225'600'000;
        m.nextDueMs = m.lastPingMs + m.schedule.periodMs();
        m.nPings = 3;
        m.lastDurationMs = 1234;
        const PingUrls urls{QStringLiteral("http://10.0.0.5:8470"), QStringLiteral("KEY")};
        const QJsonObject o = monitorToJson(m, urls);
        for (const char *field : {"id", "name", "slug", "token", "ping_url", "slug_url", "status",
                                  "last_ping", "next_due", "n_pings", "last_duration_ms"})
            QVERIFY2(o.contains(QLatin1String(field)), field);
        QCOMPARE(o.value(QLatin1String("id")).toInt(), 7);
        QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("up"));
        QCOMPARE(o.value(QLatin1String("ping_url")).toString(),
                 QStringLiteral("http://10.0.0.5:8470/ping/5c3b7a2e-9f1d-4c6e-8a2b-1d2e3f4a5b6c"));
        QCOMPARE(o.value(QLatin1String("slug_url")).toString(),
                 QStringLiteral("http://10.0.0.5:8470/ping/KEY/nightly-billing"));
        QCOMPARE(o.value(QLatin1String("last_ping")).toString(),
                 QStringLiteral("2026-01-01T00:00:00.000Z"));
        QCOMPARE(o.value(QLatin1String("next_due")).toString(),
                 QStringLiteral("2026-01-02T00:00:00.000Z"));
        QCOMPARE(o.value(QLatin1String("n_pings")).toInt(), 3);
        QCOMPARE(o.value(QLatin1String("last_duration_ms")).toInt(), 1234);

        Monitor fresh;
        const QJsonObject n = monitorToJson(fresh, urls);
        QVERIFY(n.value(QLatin1String("last_ping")).isNull());
        QVERIFY(n.value(QLatin1String("next_due")).isNull());
        QVERIFY(n.value(QLatin1String("last_duration_ms")).isNull());
        QCOMPARE(n.value(QLatin1String("status")).toString(), QStringLiteral("new"));
    }

    // What a console attached over the API rebuilds from the JSON is the monitor it shows.
    void monitorComesBackFromItsJson_data()
    {
        QTest::addColumn<Monitor>("monitor");
        Monitor up;
        up.id = 7;
        up.name = QStringLiteral("nightly billing");
        up.slug = QStringLiteral("nightly-billing");
        up.token = QStringLiteral("5c3b7a2e-9f1d-4c6e-8a2b-1d2e3f4a5b6c");
        up.schedule = Schedule(86'400'000);
        up.graceMs = 1'800'000;
        up.maxRunMs = 7'200'000;
        up.slowRunMs = 3'600'000;
        up.status = Status::Up;
        up.statusSinceMs = 1'767'225'600'000;
        up.statusReason = QStringLiteral("success");
        up.lastPingMs = 1'767'225'600'250;
        up.nextDueMs = up.lastPingMs + up.schedule.periodMs();
        up.nPings = 3;
        up.lastDurationMs = 1234;
        up.tags = QStringList{QStringLiteral("billing"), QStringLiteral("office")};
        up.description = QStringLiteral("Runs at two; calls the bank.");
        up.successKeywords = QStringLiteral("OK,done");
        up.failureKeywords = QStringLiteral("ERROR");
        up.resumeOnPing = true;
        up.methods = QStringLiteral("POST");
        up.createdMs = 1'767'000'000'000;
        up.channelIds = {2};
        QTest::addRow("a heartbeat") << up;
        Monitor cron = up;
        cron.id = 8;
        cron.schedule = Schedule(86'400'000, QStringLiteral("0 2 * * 1-5"),
                                 QStringLiteral("Europe/Berlin"));
        cron.status = Status::Down;
        cron.statusReason = QStringLiteral("missed");
        QTest::addRow("a cron schedule, down") << cron;
        Monitor paused = up;
        paused.id = 9;
        paused.status = Status::Paused;
        paused.nextDueMs = -1;
        paused.channelIds.clear();
        QTest::addRow("paused, no channel") << paused;
        Monitor check;
        check.id = 10;
        check.name = QStringLiteral("intranet");
        check.slug = QStringLiteral("intranet");
        check.token = QStringLiteral("6c3b7a2e-9f1d-4c6e-8a2b-1d2e3f4a5b6c");
        check.kind = MonitorKind::Http;
        check.check = CheckSpec::fromJson(QJsonObject{{"url", "https://intranet.lan/health"}});
        check.failStreak = 2;
        check.certExpiryMs = 1'800'000'000'000;
        check.status = Status::Late;
        QTest::addRow("an HTTP check") << check;
    }
    void monitorComesBackFromItsJson()
    {
        QFETCH(Monitor, monitor);
        const PingUrls urls{QStringLiteral("http://10.0.0.5:8470"), QStringLiteral("KEY")};
        QJsonObject json = monitorToJson(monitor, urls);
        json.insert(QStringLiteral("channels"),
                    QJsonArray{monitor.channelIds.isEmpty() ? QStringLiteral("nowhere")
                                                            : QStringLiteral("ops")});
        const Monitor back = monitorFromJson(json, {{QStringLiteral("ops"), 2}});
        QCOMPARE(monitorToJson(back, urls), monitorToJson(monitor, urls));
        QCOMPARE(back.channelIds, monitor.channelIds);
        QCOMPARE(back.schedule, monitor.schedule);
        QCOMPARE(back.lastPingMs, monitor.lastPingMs); // to the millisecond
    }

    void pingFields()
    {
        Ping p;
        p.timeMs = 1'767'225'600'123;
        p.kind = PingKind::Fail;
        p.exitStatus = 137;
        p.body = "out of memory\xff";
        p.bodyTruncated = true;
        const QJsonObject o = pingToJson(p);
        for (const char *field : {"time", "kind", "exit_status", "duration_ms", "rid", "source",
                                  "method", "user_agent", "body", "body_truncated"})
            QVERIFY2(o.contains(QLatin1String(field)), field);
        QCOMPARE(o.value(QLatin1String("time")).toString(),
                 QStringLiteral("2026-01-01T00:00:00.123Z"));
        QCOMPARE(o.value(QLatin1String("kind")).toString(), QStringLiteral("fail"));
        QCOMPARE(o.value(QLatin1String("exit_status")).toInt(), 137);
        QCOMPARE(o.value(QLatin1String("body")).toString(), QStringLiteral("out of memory\\xff"));
        QVERIFY(o.value(QLatin1String("body_truncated")).toBool());
        QVERIFY(o.value(QLatin1String("duration_ms")).isNull());
    }

    void theHistoryComesBackFromItsJson()
    {
        Ping p;
        p.id = 41;
        p.timeMs = 1'767'225'600'123;
        p.kind = PingKind::Log;
        p.exitStatus = 2;
        p.durationMs = 1500;
        p.rid = QStringLiteral("run-7");
        p.source = QStringLiteral("10.0.0.9");
        p.method = QStringLiteral("POST");
        p.userAgent = QStringLiteral("curl/7.88.1");
        p.body = "ünïcode stays\n";
        p.receivedMs = 1'767'225'700'000;
        const Ping back = pingFromJson(pingToJson(p));
        QCOMPARE(pingToJson(back), pingToJson(p));
        QCOMPARE(back.body, p.body);
        QCOMPARE(back.receivedMs, p.receivedMs);
        // Bytes that are not UTF-8 come back as the text a person reads of them.
        p.body = "bad \xff";
        QCOMPARE(pingFromJson(pingToJson(p)).body, QByteArray("bad \\xff"));

        const Flip f{7,
                     3,
                     1'767'225'600'500,
                     Status::Up,
                     Status::Down,
                     QStringLiteral("late"),
                     1'767'000'000'000,
                     QString()};
        const Flip flip = flipFromJson(flipToJson(f));
        QCOMPARE(flipToJson(flip), flipToJson(f));
        QCOMPARE(flip.from, Status::Up);
        QCOMPARE(flip.fromSinceMs, f.fromSinceMs);

        Incident open{
                5,  3, 1'767'225'600'000, -1, QStringLiteral("late"), QStringLiteral("disk"), {},
                -1, {}};
        QCOMPARE(incidentToJson(incidentFromJson(incidentToJson(open, "x")), "x"),
                 incidentToJson(open, "x"));
        Incident acked = open; // an acknowledgement goes there and back
        acked.ackBy = QStringLiteral("anna");
        acked.ackMs = 1'767'225'700'000;
        acked.ackNote = QStringLiteral("on it");
        QCOMPARE(incidentToJson(incidentFromJson(incidentToJson(acked, "x")), "x"),
                 incidentToJson(acked, "x"));
        QCOMPARE(incidentToJson(acked, "x").value("acknowledged").toObject().value("by"),
                 QJsonValue(QStringLiteral("anna")));
        QVERIFY(incidentToJson(open, "x").value("acknowledged").isNull());
        Incident closed = open;
        closed.endMs = open.startMs + 90'500;
        QCOMPARE(incidentFromJson(incidentToJson(closed, "x")).endMs, closed.endMs);

        const ListeningSpan span{2, 1'767'225'600'000, 1'767'229'200'001};
        const ListeningSpan s2 = listeningSpanFromJson(listeningSpanToJson(span));
        QCOMPARE(s2.startMs, span.startMs);
        QCOMPARE(s2.endMs, span.endMs);
    }
};

QTEST_GUILESS_MAIN(TestJsonFormat)
#include "tst_jsonformat.moc"
