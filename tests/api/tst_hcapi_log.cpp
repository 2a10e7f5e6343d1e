// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Healthchecks' Management API, the rest: pings, ping bodies, flips, channels, status,
// keys and transport, each case porting the Healthchecks test it names (hcapitest.h).
#include "hcapitest.h"

using namespace uptrack;

class TestHcApiLog : public HcApiTest
{
    Q_OBJECT

private slots:
    void init() { setUpApi(); }
    void cleanup() { tearDownApi(); }

    // --- test_get_pings.py / test_get_ping_body.py -----------------------------------------

    // GetPingsTestCase.test_it_works / test_it_calculates_duration /
    // test_readonly_key_is_not_allowed
    void pings()
    {
        ping(m_a, QStringLiteral("/start"));
        m_clock.advance(2'500);
        ping(m_a, {}, "job output");
        Reply r = get(QStringLiteral("/api/v3/checks/") + m_a.token + QStringLiteral("/pings/"),
                      m_key);
        QCOMPARE(r.status, 200);
        const QJsonArray list = r.json().value(QLatin1String("pings")).toArray();
        QCOMPARE(list.size(), 2);
        const QJsonObject newest = list[0].toObject();
        QCOMPARE(newest.value(QLatin1String("type")).toString(), QStringLiteral("success"));
        QCOMPARE(newest.value(QLatin1String("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(newest.value(QLatin1String("ua")).toString(), QStringLiteral("hc-test"));
        QCOMPARE(newest.value(QLatin1String("remote_addr")).toString(),
                 QStringLiteral("127.0.0.1"));
        QCOMPARE(newest.value(QLatin1String("scheme")).toString(), QStringLiteral("http"));
        QCOMPARE(newest.value(QLatin1String("duration")).toDouble(), 2.5);
        QCOMPARE(newest.value(QLatin1String("date")).toString(),
                 QStringLiteral("2026-05-28T20:26:42.500000+00:00"));
        QVERIFY(newest.value(QLatin1String("rid")).isNull());
        const QString bodyUrl = newest.value(QLatin1String("body_url")).toString();
        QCOMPARE(bodyUrl,
                 base()
                         + QStringLiteral("/api/v3/checks/%1/pings/%2/body")
                                   .arg(m_a.token)
                                   .arg(newest.value(QLatin1String("n")).toInt()));
        const QJsonObject start = list[1].toObject();
        QCOMPARE(start.value(QLatin1String("type")).toString(), QStringLiteral("start"));
        QVERIFY(start.value(QLatin1String("body_url")).isNull());
        QVERIFY(!start.contains(QLatin1String("duration")));
        QCOMPARE(get(QStringLiteral("/api/v3/checks/") + m_a.token + QStringLiteral("/pings/"),
                     m_readKey)
                         .status,
                 401);
        // GetPingBodyTestCase.test_it_works
        r = get(bodyUrl.mid(base().size()), m_key);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, QByteArray("text/plain"));
        QCOMPARE(r.body, QByteArray("job output"));
        // GetPingBodyTestCase.test_it_handles_missing_ping / test_it_handles_empty_body /
        // test_it_rejects_readonly_key / another check's ping
        const int startN = start.value(QLatin1String("n")).toInt();
        QCOMPARE(get(QStringLiteral("/api/v3/checks/%1/pings/%2/body").arg(m_a.token).arg(startN),
                     m_key)
                         .status,
                 404);
        QCOMPARE(get(QStringLiteral("/api/v3/checks/%1/pings/999/body").arg(m_a.token), m_key)
                         .status,
                 404);
        QCOMPARE(get(bodyUrl.mid(base().size()), m_readKey).status, 401);
        QCOMPARE(get(QStringLiteral("/api/v3/checks/%1/pings/%2/body")
                             .arg(m_b.token)
                             .arg(newest.value(QLatin1String("n")).toInt()),
                     m_key)
                         .status,
                 404);
    }
    // GetPingsTestCase: ignored pings are "ign" (a paused check with manual resume)
    void ignoredPings()
    {
        post(QStringLiteral("/api/v3/checks/") + m_a.token + QStringLiteral("/pause"), {}, m_key);
        ping(m_a);
        const Reply r = get(
                QStringLiteral("/api/v3/checks/") + m_a.token + QStringLiteral("/pings/"), m_key);
        const QJsonObject p = r.json()["pings"][0].toObject();
        QCOMPARE(p.value(QLatin1String("type")).toString(), QStringLiteral("ign"));
        QCOMPARE(p.value(QLatin1String("ignored")).toString(), QStringLiteral("paused"));
        QCOMPARE(m_engine->monitor(m_a.id)->status, Status::Paused);
    }

    // --- test_get_flips.py -----------------------------------------------------------------

    // GetFlipsTestCase.test_it_works / test_it_works_with_unique_key / test_it_filters_by_*
    // / test_it_rejects_bad_params
    void flips()
    {
        ping(m_a); // new -> up
        m_clock.advance(10'000);
        ping(m_a, QStringLiteral("/fail")); // up -> down
        const QString path
                = QStringLiteral("/api/v3/checks/") + m_a.token + QStringLiteral("/flips/");
        Reply r = get(path, m_key);
        QCOMPARE(r.status, 200);
        QJsonArray flips = r.json().value(QLatin1String("flips")).toArray();
        QCOMPARE(flips.size(), 2);
        QCOMPARE(flips[0].toObject(),
                 QJsonObject({{QStringLiteral("timestamp"),
                               QStringLiteral("2026-05-28T20:26:50+00:00")},
                              {QStringLiteral("up"), 0}}));
        QCOMPARE(flips[1].toObject(),
                 QJsonObject({{QStringLiteral("timestamp"),
                               QStringLiteral("2026-05-28T20:26:40+00:00")},
                              {QStringLiteral("up"), 1}}));
        r = get(QStringLiteral("/api/v3/checks/") + uniqueKeyOf(m_a) + QStringLiteral("/flips/"),
                m_readKey);
        QCOMPARE(r.json().value(QLatin1String("flips")).toArray().size(), 2);
        r = get(path + QStringLiteral("?seconds=5"), m_key);
        QCOMPARE(r.json().value(QLatin1String("flips")).toArray().size(), 1);
        r = get(path + QStringLiteral("?start=1780000005"), m_key);
        QCOMPARE(r.json().value(QLatin1String("flips")).toArray().size(), 1);
        r = get(path + QStringLiteral("?end=1780000005"), m_key);
        QCOMPARE(r.json().value(QLatin1String("flips")).toArray().size(), 1);
        QCOMPARE(get(path + QStringLiteral("?seconds=-1"), m_key).status, 400);
        QCOMPARE(get(path + QStringLiteral("?start=abc"), m_key).status, 400);
    }

    // --- test_list_channels.py / test_status.py / test_auth.py -----------------------------

    // ListChannelsTestCase.test_it_works / test_readonly_key_does_not_work
    void channels()
    {
        const Channel c = addChannel(QStringLiteral("ops"));
        Reply r = get(QStringLiteral("/api/v3/channels/"), m_key);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("channels")).toArray().first().toObject(),
                 QJsonObject({{QStringLiteral("id"), c.uuid},
                              {QStringLiteral("name"), QStringLiteral("ops")},
                              {QStringLiteral("kind"), QStringLiteral("desktop")}}));
        QVERIFY(!QUuid::fromString(c.uuid).isNull());
        QCOMPARE(get(QStringLiteral("/api/v3/channels/"), m_readKey).status, 401);
    }
    // StatusTestCase.test_it_works
    void status()
    {
        const Reply r = get(QStringLiteral("/api/v3/status/"), QString());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("OK"));
    }
    // AuthTestCase: a failed key is rate-limited per address; a good one never is
    void authRateLimits()
    {
        for (int i = 0; i < 100; ++i)
            QCOMPARE(get(QStringLiteral("/api/v3/checks/"), m_key).status, 200);
        const QString wrong(32, QLatin1Char('w'));
        int refused = 0;
        for (int i = 0; i < 15; ++i) {
            const Reply r = get(QStringLiteral("/api/v3/checks/"), wrong);
            if (r.status == 429)
                ++refused;
            else
                QCOMPARE(r.status, 401);
        }
        QVERIFY2(refused >= 4, qPrintable(QString::number(refused)));
        // even the right key waits now, from this address
        QCOMPARE(get(QStringLiteral("/api/v3/checks/"), m_key).status, 429);
    }
    // A removed key stops working at once; last_used is recorded
    void removedKey()
    {
        QCOMPARE(get(QStringLiteral("/api/v3/checks/"), m_key).status, 200);
        QVERIFY(m_engine->apiKeys().first().lastUsedMs > 0);
        QString error;
        QVERIFY(m_engine->removeApiKey(QStringLiteral("rw"), &error));
        QCOMPARE(get(QStringLiteral("/api/v3/checks/"), m_key).status, 401);
    }
    // Keys over plain HTTP from another machine: refused unless --api-over-http
    void plainHttpFromTheLan()
    {
        QHostAddress lan;
        for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback()) {
                lan = a;
                break;
            }
        }
        if (lan.isNull())
            QSKIP("this machine has no non-loopback IPv4 address");
        startApi(lan);
        Reply r = get(QStringLiteral("/api/v3/checks/"), m_key);
        QCOMPARE(r.status, 403);
        QVERIFY2(r.error().contains(QLatin1String("HTTPS")), qPrintable(r.error()));
        // pings still work there
        ping(m_a);
        QCOMPARE(m_engine->monitor(m_a.id)->nPings, 1);
        startApi(lan, /*overHttp=*/true);
        r = get(QStringLiteral("/api/v3/checks/"), m_key);
        QCOMPARE(r.status, 200);
    }
    // Unknown API paths and families
    void unknownPaths()
    {
        QCOMPARE(get(QStringLiteral("/api/v4/checks/"), m_key).status, 404);
        QCOMPARE(get(QStringLiteral("/api/v3/nothing/"), m_key).status, 404);
        QCOMPARE(get(QStringLiteral("/api/v3/checks/") + m_a.token + QStringLiteral("/nothing"),
                     m_key)
                         .status,
                 404);
    }
};

QTEST_GUILESS_MAIN(TestHcApiLog)
#include "tst_hcapi_log.moc"
