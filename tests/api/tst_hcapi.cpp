// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Healthchecks' Management API, its checks: list, create, get, update, delete, pause and
// resume over real HTTP, each case porting the Healthchecks test it names (hcapitest.h).
#include "hcapitest.h"

using namespace uptrack;

class TestHcApi : public HcApiTest
{
    Q_OBJECT

private slots:
    void init() { setUpApi(); }
    void cleanup() { tearDownApi(); }

    // --- test_list_checks.py ---------------------------------------------------------------

    // ListChecksTestCase.test_it_works
    void listWorks()
    {
        ping(m_a);
        const Reply r = get(QStringLiteral("/api/v3/checks/"), m_key);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, QByteArray("application/json"));
        QCOMPARE(r.json().value(QLatin1String("checks")).toArray().size(), 2);
        const QJsonObject a = checkIn(r, QStringLiteral("Alice 1"));
        QCOMPARE(a.value(QLatin1String("slug")).toString(), QStringLiteral("alice-1"));
        QCOMPARE(a.value(QLatin1String("tags")).toString(),
                 QStringLiteral("a1-tag a1-additional-tag"));
        QCOMPARE(a.value(QLatin1String("timeout")).toInt(), 3600);
        QCOMPARE(a.value(QLatin1String("grace")).toInt(), 900);
        QCOMPARE(a.value(QLatin1String("status")).toString(), QStringLiteral("up"));
        QCOMPARE(a.value(QLatin1String("n_pings")).toInt(), 1);
        QCOMPARE(a.value(QLatin1String("started")).toBool(), false);
        QCOMPARE(a.value(QLatin1String("last_ping")).toString(),
                 QStringLiteral("2026-05-28T20:26:40+00:00"));
        QCOMPARE(a.value(QLatin1String("next_ping")).toString(),
                 QStringLiteral("2026-05-28T21:26:40+00:00"));
        QCOMPARE(a.value(QLatin1String("ping_url")).toString(),
                 base() + QStringLiteral("/ping/") + m_a.token);
        const QString update = base() + QStringLiteral("/api/v3/checks/") + m_a.token;
        QCOMPARE(a.value(QLatin1String("update_url")).toString(), update);
        QCOMPARE(a.value(QLatin1String("pause_url")).toString(), update + QStringLiteral("/pause"));
        QCOMPARE(a.value(QLatin1String("resume_url")).toString(),
                 update + QStringLiteral("/resume"));
        QCOMPARE(a.value(QLatin1String("manual_resume")).toBool(), true); // Uptrack's default
        QCOMPARE(a.value(QLatin1String("methods")).toString(), QString());
        QCOMPARE(a.value(QLatin1String("channels")).toString(), QString());
        QVERIFY(!a.contains(QLatin1String("schedule")));
        QVERIFY(!a.contains(QLatin1String("unique_key")));
        QVERIFY(!a.contains(QLatin1String("last_duration"))); // omitted, not null
        const QJsonObject b = checkIn(r, QStringLiteral("Alice 2"));
        QCOMPARE(b.value(QLatin1String("schedule")).toString(), QStringLiteral("0 2 * * *"));
        QCOMPARE(b.value(QLatin1String("tz")).toString(), QStringLiteral("Europe/Riga"));
        QVERIFY(!b.contains(QLatin1String("timeout")));
        QCOMPARE(b.value(QLatin1String("status")).toString(), QStringLiteral("new"));
        QVERIFY(b.value(QLatin1String("next_ping")).isNull());
    }
    // ListChecksTestCase.test_it_handles_missing_api_key / test_it_rejects_wrong_api_key
    void listNeedsAKey()
    {
        Reply r = get(QStringLiteral("/api/v3/checks/"), QString());
        QCOMPARE(r.status, 401);
        QCOMPARE(r.error(), QStringLiteral("missing api key"));
        r = get(QStringLiteral("/api/v3/checks/"), QString(32, QLatin1Char('X')));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.error(), QStringLiteral("wrong api key"));
    }
    // ListChecksTestCase.test_it_accepts_api_key_from_request_body
    void keyInBody()
    {
        const Reply r
                = call("GET", QStringLiteral("/api/v3/checks/"),
                       QJsonDocument(QJsonObject{{QStringLiteral("api_key"), m_key}}).toJson());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("checks")).toArray().size(), 2);
    }
    // ListChecksTestCase.test_it_filters_by_tag / test_it_works_with_tags_param /
    // test_non_existing_tags_filter_returns_empty_result
    void listByTag()
    {
        Reply r = get(QStringLiteral("/api/v3/checks/?tag=a1-tag&tag=a1-additional-tag"), m_key);
        QCOMPARE(r.json().value(QLatin1String("checks")).toArray().size(), 1);
        QCOMPARE(r.json()["checks"][0]["name"].toString(), QStringLiteral("Alice 1"));
        r = get(QStringLiteral("/api/v3/checks/?tag=a1-tag&tag=a2-tag"), m_key);
        QCOMPARE(r.json().value(QLatin1String("checks")).toArray().size(), 0);
        r = get(QStringLiteral("/api/v3/checks/?tag=missing"), m_key);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("checks")).toArray().size(), 0);
    }
    // ListChecksTestCase.test_it_filters_by_slug
    void listBySlug()
    {
        const Reply r = get(QStringLiteral("/api/v3/checks/?slug=alice-2"), m_key);
        QCOMPARE(r.json().value(QLatin1String("checks")).toArray().size(), 1);
        QCOMPARE(r.json()["checks"][0]["name"].toString(), QStringLiteral("Alice 2"));
    }
    // ListChecksTestCase.test_readonly_key_works
    void listReadOnly()
    {
        const Reply r = get(QStringLiteral("/api/v3/checks/"), m_readKey);
        QCOMPARE(r.status, 200);
        const QJsonObject a = checkIn(r, QStringLiteral("Alice 1"));
        QCOMPARE(a.value(QLatin1String("unique_key")).toString(), uniqueKeyOf(m_a));
        for (const char *secret :
             {"ping_url", "update_url", "pause_url", "resume_url", "channels", "uuid"})
            QVERIFY2(!a.contains(QLatin1String(secret)), secret);
        QVERIFY(!r.body.contains(m_a.token.toLatin1()));
    }
    // ListChecksTestCase.test_v1_reports_status_started / test_v2_reports_started_separately
    void startedByVersion()
    {
        ping(m_a);
        ping(m_a, QStringLiteral("/start"));
        QJsonObject a
                = checkIn(get(QStringLiteral("/api/v1/checks/"), m_key), QStringLiteral("Alice 1"));
        QCOMPARE(a.value(QLatin1String("status")).toString(), QStringLiteral("started"));
        QCOMPARE(a.value(QLatin1String("started")).toBool(), true);
        a = checkIn(get(QStringLiteral("/api/v2/checks/"), m_key), QStringLiteral("Alice 1"));
        QCOMPARE(a.value(QLatin1String("status")).toString(), QStringLiteral("up"));
        QCOMPARE(a.value(QLatin1String("started")).toBool(), true);
        QVERIFY(a.value(QLatin1String("update_url"))
                        .toString()
                        .contains(QLatin1String("/api/v2/")));
        // the grace period starts at the run's start
        QCOMPARE(a.value(QLatin1String("next_ping")).toString(),
                 QStringLiteral("2026-05-28T20:26:40+00:00"));
    }
    // ListChecksTestCase.test_it_shows_grace (Uptrack's late is Healthchecks' grace)
    void lateIsGrace()
    {
        ping(m_a);
        m_clock.advance(3'600'000 + 60'000);
        m_engine->processDue();
        const QJsonObject a
                = checkIn(get(QStringLiteral("/api/v3/checks/"), m_key), QStringLiteral("Alice 1"));
        QCOMPARE(a.value(QLatin1String("status")).toString(), QStringLiteral("grace"));
    }

    // --- test_create_check.py --------------------------------------------------------------

    // CreateCheckTestCase.test_it_works
    void createWorks()
    {
        const Reply r = post(QStringLiteral("/api/v3/checks/"),
                             {{QStringLiteral("api_key"), m_key},
                              {QStringLiteral("name"), QStringLiteral("Foo")},
                              {QStringLiteral("tags"), QStringLiteral("bar,baz")},
                              {QStringLiteral("timeout"), 3600},
                              {QStringLiteral("grace"), 60}});
        QCOMPARE(r.status, 201);
        const QJsonObject c = r.json();
        QCOMPARE(c.value(QLatin1String("name")).toString(), QStringLiteral("Foo"));
        QCOMPARE(c.value(QLatin1String("tags")).toString(), QStringLiteral("bar,baz"));
        QCOMPARE(c.value(QLatin1String("timeout")).toInt(), 3600);
        QCOMPARE(c.value(QLatin1String("grace")).toInt(), 60);
        QCOMPARE(c.value(QLatin1String("status")).toString(), QStringLiteral("new"));
        QCOMPARE(c.value(QLatin1String("manual_resume")).toBool(), false);  // Healthchecks' default
        QCOMPARE(c.value(QLatin1String("channels")).toString(), QString()); // none by default
        QVERIFY(c.value(QLatin1String("ping_url"))
                        .toString()
                        .startsWith(base() + QStringLiteral("/ping/")));
        const QString token
                = c.value(QLatin1String("ping_url")).toString().section(QLatin1Char('/'), -1);
        const Monitor *m = m_engine->find(token);
        QVERIFY(m);
        QCOMPARE(m->name, QStringLiteral("Foo"));
        QCOMPARE(m->schedule.periodMs(), 3'600'000);
        QCOMPARE(m->graceMs, 60'000);
        QCOMPARE(m->resumeOnPing, true);
    }
    // CreateCheckTestCase.test_it_handles_missing_request_body
    void createWithoutBody()
    {
        const Reply r = call("POST", QStringLiteral("/api/v3/checks/"), QByteArray(""));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.error(), QStringLiteral("missing api key"));
    }
    // CreateCheckTestCase.test_it_handles_invalid_json
    void createWithInvalidJson()
    {
        const Reply r = call("POST", QStringLiteral("/api/v3/checks/"), "this is not json");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.error(), QStringLiteral("could not parse request body"));
    }
    // CreateCheckTestCase.test_it_rejects_non_dict_body
    void createWithNonObject()
    {
        const Reply r = call("POST", QStringLiteral("/api/v3/checks/"), "[1, 2]", m_key);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.error(), QStringLiteral("json validation error: value is not an object"));
    }
    // CreateCheckTestCase: test_it_rejects_small_timeout, _large_timeout,
    // _non_number_timeout, _non_string_name, _long_name, _bad_methods, _invalid_tz,
    // _invalid_cron, _bad_slug, _unique_values, null values (test_it_handles_null_values)
    void createValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        const QString p = QStringLiteral("json validation error: ");
        QTest::newRow("small timeout")
                << QByteArray("{\"timeout\": 0}") << p + "timeout is too small";
        QTest::newRow("large timeout")
                << QByteArray("{\"timeout\": 31536001}") << p + "timeout is too large";
        QTest::newRow("non-number timeout")
                << QByteArray("{\"timeout\": \"oops\"}") << p + "timeout is not a number";
        QTest::newRow("fractional timeout")
                << QByteArray("{\"timeout\": 3600.5}") << p + "timeout is not a number";
        QTest::newRow("small grace") << QByteArray("{\"grace\": 59}") << p + "grace is too small";
        QTest::newRow("non-string name")
                << QByteArray("{\"name\": false}") << p + "name is not a string";
        QTest::newRow("long name") << QByteArray("{\"name\": \"") + QByteArray(101, 'a') + "\"}"
                                   << p + "name is too long";
        QTest::newRow("null name") << QByteArray("{\"name\": null}") << p + "name is not a string";
        QTest::newRow("null timeout")
                << QByteArray("{\"timeout\": null}") << p + "timeout is not a number";
        QTest::newRow("non-bool manual_resume") << QByteArray("{\"manual_resume\": \"yes\"}")
                                                << p + "manual_resume is not a boolean";
        QTest::newRow("bad methods")
                << QByteArray("{\"methods\": \"bad-value\"}") << p + "methods has unexpected value";
        QTest::newRow("invalid tz")
                << QByteArray("{\"tz\": \"not-a-tz\"}") << p + "tz is not a valid timezone";
        QTest::newRow("invalid cron")
                << QByteArray("{\"schedule\": \"bad-expression\"}")
                << p + "schedule is not a valid cron or OnCalendar expression";
        QTest::newRow("six fields") << QByteArray("{\"schedule\": \"* * * * * *\"}")
                                    << p + "schedule is not a valid cron or OnCalendar expression";
        QTest::newRow("bad slug") << QByteArray("{\"slug\": \"Hello World\"}")
                                  << p + "slug does not match pattern";
        QTest::newRow("unique not a list")
                << QByteArray("{\"unique\": \"name\"}") << p + "unique is not an array";
        QTest::newRow("unique bad value") << QByteArray("{\"unique\": [\"status\"]}")
                                          << p + "an item in 'unique' has unexpected value";
        QTest::newRow("long keywords") << QByteArray("{\"success_kw\": \"") + QByteArray(201, 'k')
                        + "\"}" << p + "success_kw is too long";
        // the first wrong field in Healthchecks' order is the one named
        QTest::newRow("first in order")
                << QByteArray("{\"timeout\": 1, \"grace\": 1}") << p + "grace is too small";
    }
    void createValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const qsizetype before = m_engine->monitors().size();
        const Reply r = call("POST", QStringLiteral("/api/v3/checks/"), body, m_key);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.error(), error);
        QCOMPARE(m_engine->monitors().size(), before);
    }
    // CreateCheckTestCase.test_it_accepts_cron / test_it_accepts_legacy_tz
    void createCron()
    {
        const Reply r = post(QStringLiteral("/api/v3/checks/"),
                             {{QStringLiteral("schedule"), QStringLiteral("5 * * * *")},
                              {QStringLiteral("tz"), QStringLiteral("Europe/Kiev")}},
                             m_key);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(QLatin1String("schedule")).toString(), QStringLiteral("5 * * * *"));
        QCOMPARE(r.json().value(QLatin1String("tz")).toString(), QStringLiteral("Europe/Kyiv"));
        QCOMPARE(r.json().value(QLatin1String("name")).toString(), QString()); // no name: allowed
    }
    // CreateCheckTestCase.test_it_supports_unique / test_it_handles_unique_with_missing_field
    void createUnique()
    {
        Reply r = post(QStringLiteral("/api/v3/checks/"),
                       {{QStringLiteral("name"), QStringLiteral("Alice 1")},
                        {QStringLiteral("unique"), QJsonArray{QStringLiteral("name")}},
                        {QStringLiteral("grace"), 120}},
                       m_key);
        QCOMPARE(r.status, 200);
        QCOMPARE(m_engine->monitors().size(), 2);
        QCOMPARE(m_engine->monitor(m_a.id)->graceMs, 120'000);
        // unique names a field the request lacks: a new check
        r = post(QStringLiteral("/api/v3/checks/"),
                 {{QStringLiteral("unique"), QJsonArray{QStringLiteral("name")}}}, m_key);
        QCOMPARE(r.status, 201);
        QCOMPARE(m_engine->monitors().size(), 3);
    }
    // CreateCheckTestCase.test_it_assigns_channels / test_it_sets_channel_by_name /
    // test_it_sets_channel_by_uuid / test_it_rejects_bad_channel_code
    void createChannels()
    {
        const Channel one = addChannel(QStringLiteral("one"));
        const Channel two = addChannel(QStringLiteral("two"));
        Reply r = post(QStringLiteral("/api/v3/checks/"),
                       {{QStringLiteral("channels"), QStringLiteral("*")}}, m_key);
        QCOMPARE(r.status, 201);
        QStringList both{one.uuid, two.uuid};
        both.sort();
        QCOMPARE(r.json().value(QLatin1String("channels")).toString(), both.join(QLatin1Char(',')));
        r = post(QStringLiteral("/api/v3/checks/"),
                 {{QStringLiteral("channels"), QStringLiteral("two")}}, m_key);
        QCOMPARE(r.json().value(QLatin1String("channels")).toString(), two.uuid);
        r = post(QStringLiteral("/api/v3/checks/"), {{QStringLiteral("channels"), one.uuid}},
                 m_key);
        QCOMPARE(r.json().value(QLatin1String("channels")).toString(), one.uuid);
        r = post(QStringLiteral("/api/v3/checks/"),
                 {{QStringLiteral("channels"), QStringLiteral("nope")}}, m_key);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.error(), QStringLiteral("invalid channel identifier: nope"));
        r = post(QStringLiteral("/api/v3/checks/"),
                 {{QStringLiteral("channels"), QStringLiteral("one,")}}, m_key);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.error(), QStringLiteral("empty channel identifier"));
    }
    // CreateCheckTestCase.test_it_rejects_readonly_key (authorize: a read-only key is wrong)
    void createReadOnly()
    {
        const Reply r = post(QStringLiteral("/api/v3/checks/"),
                             {{QStringLiteral("name"), QStringLiteral("x")}}, m_readKey);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.error(), QStringLiteral("wrong api key"));
        QCOMPARE(m_engine->monitors().size(), 2);
    }
    // CreateCheckTestCase.test_v1_sets_slug_from_name / test_v3_takes_slug
    void createSlugs()
    {
        Reply r = post(QStringLiteral("/api/v1/checks/"),
                       {{QStringLiteral("name"), QStringLiteral("Nightly Billing")}}, m_key);
        QCOMPARE(r.json().value(QLatin1String("slug")).toString(),
                 QStringLiteral("nightly-billing"));
        r = post(QStringLiteral("/api/v3/checks/"),
                 {{QStringLiteral("name"), QStringLiteral("Other")},
                  {QStringLiteral("slug"), QStringLiteral("my-slug")}},
                 m_key);
        QCOMPARE(r.json().value(QLatin1String("slug")).toString(), QStringLiteral("my-slug"));
        // Uptrack's difference: a non-empty slug stays unique
        r = post(QStringLiteral("/api/v3/checks/"),
                 {{QStringLiteral("slug"), QStringLiteral("my-slug")}}, m_key);
        QCOMPARE(r.status, 400);
        QVERIFY2(r.error().contains(QLatin1String("my-slug")), qPrintable(r.error()));
    }
    // CreateCheckTestCase.test_v3_does_not_autogenerate_slug / UpdateCheckTestCase's empty
    // slug: checks without a slug, as many as a client makes; pinged by UUID only
    void emptySlugs()
    {
        Reply r = post(QStringLiteral("/api/v3/checks/"),
                       {{QStringLiteral("name"), QStringLiteral("Nameless 1")}}, m_key);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(QLatin1String("slug")).toString(), QString());
        const QString first = r.json().value(QLatin1String("ping_url"))
                                      .toString()
                                      .section(QLatin1Char('/'), -1);
        r = post(QStringLiteral("/api/v3/checks/"),
                 {{QStringLiteral("name"), QStringLiteral("Nameless 2")},
                  {QStringLiteral("slug"), QString()}},
                 m_key);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(QLatin1String("slug")).toString(), QString());
        // an existing slug cleared
        r = post(QStringLiteral("/api/v3/checks/") + m_a.token,
                 {{QStringLiteral("slug"), QString()}}, m_key);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("slug")).toString(), QString());
        QCOMPARE(m_engine->find(QStringLiteral("alice-1")), nullptr);
        QCOMPARE(get(QStringLiteral("/api/v3/checks/?slug="), m_key)
                         .json()
                         .value(QLatin1String("checks"))
                         .toArray()
                         .size(),
                 4);
        // the slug is free again; the checks without one keep their UUIDs and survive a
        // restart
        ping(m_a);
        QCOMPARE(m_engine->monitor(m_a.id)->nPings, 1);
        QString error;
        m_receiver.reset();
        m_api.reset();
        m_handler.reset();
        QVERIFY2(openEngine(&error), qPrintable(error));
        const Monitor *reloaded = m_engine->find(m_a.token);
        QVERIFY(reloaded);
        QCOMPARE(reloaded->slug, QString());
        QVERIFY(m_engine->find(first));
        QCOMPARE(m_engine->find(first)->slug, QString());
        QCOMPARE(m_engine->find(QString()), nullptr);
        MonitorSpec again;
        again.name = QStringLiteral("Alice again");
        again.slug = QStringLiteral("alice-1");
        QVERIFY2(m_engine->addMonitor(again, &error), qPrintable(error));
        // Uptrack's own paths still need a slug
        MonitorSpec none;
        none.name = QStringLiteral("cli");
        none.slug = QString();
        QVERIFY(!m_engine->addMonitor(none, &error));
        QVERIFY2(error.contains(QLatin1String("slug")), qPrintable(error));
    }
    // CreateCheckTestCase.test_it_sets_methods
    void createMethods()
    {
        const Reply r = post(QStringLiteral("/api/v3/checks/"),
                             {{QStringLiteral("methods"), QStringLiteral("POST")}}, m_key);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(QLatin1String("methods")).toString(), QStringLiteral("POST"));
    }
    // test_create_check: a body larger than the API reads
    void createTooLarge()
    {
        QByteArray big = "{\"desc\": \"" + QByteArray(70'000, 'x') + "\"}";
        const Reply r = call("POST", QStringLiteral("/api/v3/checks/"), big, m_key);
        QCOMPARE(r.status, 413);
        QCOMPARE(m_engine->monitors().size(), 2);
    }

    // --- test_get_check.py / test_update_check.py / test_delete_check.py -------------------

    // GetCheckTestCase.test_it_works / test_it_handles_missing_check / test_it_handles_invalid_uuid
    void getCheck()
    {
        Reply r = get(QStringLiteral("/api/v3/checks/") + m_a.token, m_key);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("name")).toString(), QStringLiteral("Alice 1"));
        r = get(QStringLiteral("/api/v3/checks/7648d6a2-1a8c-4c5e-a4c2-0e1c4d2c3a1b"), m_key);
        QCOMPARE(r.status, 404);
        r = get(QStringLiteral("/api/v3/checks/not-uuid"), m_key);
        QCOMPARE(r.status, 404);
    }
    // GetCheckTestCase.test_it_works_with_unique_key / test_readonly_key_works
    void getByUniqueKey()
    {
        Reply r = get(QStringLiteral("/api/v3/checks/") + uniqueKeyOf(m_a), m_readKey);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("name")).toString(), QStringLiteral("Alice 1"));
        QVERIFY(!r.json().contains(QLatin1String("ping_url")));
        r = get(QStringLiteral("/api/v3/checks/") + m_a.token, m_readKey);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().contains(QLatin1String("unique_key")));
    }
    // UpdateCheckTestCase.test_it_works / test_it_unassigns_channels / test_it_handles_cron
    void updateWorks()
    {
        addChannel(QStringLiteral("ops"));
        Reply r = post(QStringLiteral("/api/v3/checks/") + m_a.token,
                       {{QStringLiteral("name"), QStringLiteral("Foo")},
                        {QStringLiteral("tags"), QStringLiteral("bar baz")},
                        {QStringLiteral("desc"), QStringLiteral("My description")},
                        {QStringLiteral("timeout"), 3600},
                        {QStringLiteral("grace"), 60},
                        {QStringLiteral("channels"), QStringLiteral("*")}},
                       m_key);
        QCOMPARE(r.status, 200);
        const Monitor *m = m_engine->monitor(m_a.id);
        QCOMPARE(m->name, QStringLiteral("Foo"));
        QCOMPARE(m->tags, QStringList({QStringLiteral("bar"), QStringLiteral("baz")}));
        QCOMPARE(m->description, QStringLiteral("My description"));
        QCOMPARE(m->graceMs, 60'000);
        QCOMPARE(m->channelIds.size(), 1);
        QCOMPARE(m->slug, QStringLiteral("alice-1")); // v3 leaves the slug alone
        r = post(QStringLiteral("/api/v3/checks/") + m_a.token,
                 {{QStringLiteral("channels"), QString()}}, m_key);
        QCOMPARE(r.status, 200);
        QVERIFY(m_engine->monitor(m_a.id)->channelIds.isEmpty());
        r = post(QStringLiteral("/api/v3/checks/") + m_a.token,
                 {{QStringLiteral("schedule"), QStringLiteral("5 * * * *")},
                  {QStringLiteral("tz"), QStringLiteral("UTC")}},
                 m_key);
        QCOMPARE(r.json().value(QLatin1String("schedule")).toString(), QStringLiteral("5 * * * *"));
        QVERIFY(!r.json().contains(QLatin1String("timeout")));
        // a timeout switches back to the simple schedule
        r = post(QStringLiteral("/api/v3/checks/") + m_a.token, {{QStringLiteral("timeout"), 7200}},
                 m_key);
        QCOMPARE(r.json().value(QLatin1String("timeout")).toInt(), 7200);
        QVERIFY(!r.json().contains(QLatin1String("schedule")));
    }
    // UpdateCheckTestCase.test_v1_updates_slug
    void updateV1Slug()
    {
        const Reply r = post(QStringLiteral("/api/v1/checks/") + m_a.token,
                             {{QStringLiteral("name"), QStringLiteral("Renamed Job")}}, m_key);
        QCOMPARE(r.status, 200);
        QCOMPARE(m_engine->monitor(m_a.id)->slug, QStringLiteral("renamed-job"));
    }
    // UpdateCheckTestCase: test_it_handles_missing_check, test_it_rejects_readonly_key,
    // test_it_validates (a bad field changes nothing)
    void updateRefusals()
    {
        QCOMPARE(post(QStringLiteral("/api/v3/checks/7648d6a2-1a8c-4c5e-a4c2-0e1c4d2c3a1b"), {},
                      m_key)
                         .status,
                 404);
        Reply r = post(QStringLiteral("/api/v3/checks/") + m_a.token,
                       {{QStringLiteral("name"), QStringLiteral("x")}}, m_readKey);
        QCOMPARE(r.status, 401);
        r = post(QStringLiteral("/api/v3/checks/") + m_a.token, {{QStringLiteral("grace"), 1}},
                 m_key);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.error(), QStringLiteral("json validation error: grace is too small"));
        QCOMPARE(m_engine->monitor(m_a.id)->graceMs, 900'000);
    }
    // DeleteCheckTestCase.test_it_works / test_it_handles_missing_check /
    // test_it_rejects_readonly_key
    void deleteCheck()
    {
        QCOMPARE(
                call("DELETE", QStringLiteral("/api/v3/checks/") + m_a.token, {}, m_readKey).status,
                401);
        Reply r = call("DELETE", QStringLiteral("/api/v3/checks/") + m_a.token, {}, m_key);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("name")).toString(), QStringLiteral("Alice 1"));
        QVERIFY(!m_engine->monitor(m_a.id));
        QCOMPARE(call("DELETE", QStringLiteral("/api/v3/checks/") + m_a.token, {}, m_key).status,
                 404);
    }
    // SingleCheckTestCase: other methods are 405; OPTIONS is CORS
    void methods()
    {
        QCOMPARE(call("PUT", QStringLiteral("/api/v3/checks/") + m_a.token, "{}", m_key).status,
                 405);
        QCOMPARE(call("DELETE", QStringLiteral("/api/v3/checks/"), {}, m_key).status, 405);
        const Reply r = call("OPTIONS", QStringLiteral("/api/v3/checks/"));
        QCOMPARE(r.status, 204);
    }

    // --- test_pause.py / test_resume.py ----------------------------------------------------

    // PauseTestCase.test_it_works / test_it_handles_missing_check / test_it_only_allows_post
    void pause()
    {
        QCOMPARE(
                get(QStringLiteral("/api/v3/checks/") + m_a.token + QStringLiteral("/pause"), m_key)
                        .status,
                405);
        QCOMPARE(post(QStringLiteral("/api/v3/checks/") + m_a.token + QStringLiteral("/pause"), {},
                      m_readKey)
                         .status,
                 401);
        Reply r = post(QStringLiteral("/api/v3/checks/") + m_a.token + QStringLiteral("/pause"), {},
                       m_key);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("status")).toString(), QStringLiteral("paused"));
        QCOMPARE(m_engine->monitor(m_a.id)->status, Status::Paused);
        // again: still 200
        r = post(QStringLiteral("/api/v3/checks/") + m_a.token + QStringLiteral("/pause"), {},
                 m_key);
        QCOMPARE(r.status, 200);
        QCOMPARE(post(QStringLiteral("/api/v3/checks/7648d6a2-1a8c-4c5e-a4c2-0e1c4d2c3a1b/pause"),
                      {}, m_key)
                         .status,
                 404);
    }
    // ResumeTestCase.test_it_works / test_it_handles_not_paused_test
    void resume()
    {
        ping(m_a);
        Reply r = post(QStringLiteral("/api/v3/checks/") + m_a.token + QStringLiteral("/resume"),
                       {}, m_key);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.body, QByteArray("check is not paused"));
        post(QStringLiteral("/api/v3/checks/") + m_a.token + QStringLiteral("/pause"), {}, m_key);
        r = post(QStringLiteral("/api/v3/checks/") + m_a.token + QStringLiteral("/resume"), {},
                 m_key);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("status")).toString(), QStringLiteral("new"));
        QVERIFY(r.json().value(QLatin1String("last_ping")).isNull());
        QCOMPARE(m_engine->monitor(m_a.id)->status, Status::New);
    }
};

QTEST_GUILESS_MAIN(TestHcApi)
#include "tst_hcapi.moc"
