// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Healthchecks' Management API (v1, v2, v3) over real HTTP on loopback: Healthchecks' own
// API tests (hc/api/tests/test_*.py), ported case by case. Each case names the Healthchecks
// test it ports; the README's Management API section lists those that do not apply, and why.
#include "api/apiserver.h"
#include "control/commandhandler.h"
#include "engine/engine.h"
#include "enginetest.h"
#include "receiver/pingreceiver.h"
#include "secrets/secretstore.h"
#include "storage/database.h"
#include "storage/pingrepository.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTest>

using namespace uptrack;

namespace {
struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString error() const { return json().value(QLatin1String("error")).toString(); }
};
} // namespace

class TestHcApi : public testsupport::EngineTest
{
    Q_OBJECT

    SecretStore m_secrets{QStringLiteral("uptrack-test")};
    std::unique_ptr<CommandHandler> m_handler;
    std::unique_ptr<ApiServer> m_api;
    std::unique_ptr<PingReceiver> m_receiver;
    QNetworkAccessManager m_nam;
    QString m_key;     ///< read-write
    QString m_readKey; ///< read-only
    Monitor m_a;       ///< "Alice 1", tagged "a1-tag a1-additional-tag", period 1h
    Monitor m_b;       ///< "Alice 2", cron
    QHostAddress m_host = QHostAddress::LocalHost;

    QString base() const
    {
        return QStringLiteral("http://%1:%2").arg(m_host.toString()).arg(m_receiver->port());
    }

    Reply call(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QString &key = QString(),
               const QList<QPair<QByteArray, QByteArray>> &extra = {})
    {
        QNetworkRequest req{QUrl(base() + path)};
        if (!key.isNull())
            req.setRawHeader("X-Api-Key", key.toLatin1());
        if (!body.isNull())
            req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        for (const auto &[n, v] : extra)
            req.setRawHeader(n, v);
        QNetworkReply *reply = m_nam.sendCustomRequest(req, method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
        loop.exec();
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.contentType = reply->rawHeader("Content-Type");
        reply->deleteLater();
        return r;
    }
    Reply get(const QString &path, const QString &key) { return call("GET", path, {}, key); }
    Reply post(const QString &path, const QJsonObject &json, const QString &key = QString())
    {
        return call("POST", path, QJsonDocument(json).toJson(QJsonDocument::Compact), key);
    }

    Monitor add(const QString &name, qint64 periodMs, const QString &cron = {},
                const QStringList &tags = {})
    {
        MonitorSpec spec;
        spec.name = name;
        if (periodMs > 0)
            spec.periodMs = periodMs;
        spec.graceMs = 900'000;
        spec.tags = tags;
        if (!cron.isEmpty()) {
            spec.cron = cron;
            spec.timeZone = QStringLiteral("Europe/Riga");
        }
        QString error;
        const auto m = m_engine->addMonitor(spec, &error);
        [&] { QVERIFY2(m, qPrintable(error)); }();
        return *m;
    }
    Channel addChannel(const QString &name)
    {
        Channel c;
        c.name = name;
        c.kind = QStringLiteral("desktop");
        QString error;
        const auto added = m_engine->addChannel(c, &error);
        [&] { QVERIFY2(added, qPrintable(error)); }();
        return *added;
    }
    QString newKey(const QString &name, bool readOnly)
    {
        QString key;
        QString error;
        [&] { QVERIFY2(m_engine->addApiKey(name, readOnly, &key, &error), qPrintable(error)); }();
        return key;
    }
    void ping(const Monitor &m, const QString &suffix = {}, const QByteArray &body = {})
    {
        QNetworkRequest req{QUrl(base() + QStringLiteral("/ping/") + m.token + suffix)};
        req.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("hc-test"));
        QNetworkReply *reply = body.isNull() ? m_nam.get(req) : m_nam.post(req, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
    }
    QString uniqueKeyOf(const Monitor &m) const
    {
        const QByteArray half = m.token.toLatin1().replace('-', QByteArray()).left(16);
        return QString::fromLatin1(
                QCryptographicHash::hash(half, QCryptographicHash::Sha1).toHex());
    }
    QJsonObject checkIn(const Reply &r, const QString &name)
    {
        for (const QJsonValue &v : r.json().value(QLatin1String("checks")).toArray()) {
            if (v.toObject().value(QLatin1String("name")).toString() == name)
                return v.toObject();
        }
        return {};
    }
    void startApi(const QHostAddress &host, bool overHttp = false)
    {
        m_host = host;
        m_receiver = std::make_unique<PingReceiver>(*m_engine, ReceiverOptions{});
        m_receiver->mountApi(m_api.get());
        QString error;
        QVERIFY2(m_receiver->listen(host, 0, &error), qPrintable(error));
        ApiOptions options;
        options.overHttp = overHttp;
        options.pingBase = base();
        options.apiBase = base();
        m_api->setOptions(options);
    }

private slots:
    void init()
    {
        QString error;
        QVERIFY2(startOnNewDatabase(&error), qPrintable(error));
        m_clock.setNow(1'780'000'000'000);
        m_handler = std::make_unique<CommandHandler>(*m_engine, nullptr, m_secrets);
        m_api = std::make_unique<ApiServer>(*m_engine, *m_handler, *m_db, m_clock, ApiOptions{});
        startApi(QHostAddress::LocalHost);
        m_key = newKey(QStringLiteral("rw"), false);
        m_readKey = newKey(QStringLiteral("ro"), true);
        m_a = add(QStringLiteral("Alice 1"), 3'600'000, {},
                  {QStringLiteral("a1-tag"), QStringLiteral("a1-additional-tag")});
        m_b = add(QStringLiteral("Alice 2"), 0, QStringLiteral("0 2 * * *"),
                  {QStringLiteral("a2-tag")});
    }
    void cleanup()
    {
        m_receiver.reset();
        m_api.reset();
        m_handler.reset();
        closeEngine();
    }

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

QTEST_GUILESS_MAIN(TestHcApi)
#include "tst_hcapi.moc"
