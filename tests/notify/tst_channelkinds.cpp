// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ntfy, Telegram, Teams, Pushover, Gotify, Matrix, PagerDuty and Opsgenie, each delivering
// over real HTTP to a loopback server standing in for the service (through its own
// address setting or --api-url): the exact request the service documents (method, path,
// headers, body, escaping, the idempotency key), how its answers are taken (429 with
// Retry-After and 5xx retried, other 4xx failed), and a sentence for each mistake.
#include "httpsink.h"
#include "notify/channelkind.h"
#include "notify/servicechannel.h"
#include "policy/alertpolicy.h"
#include "time/clock.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace uptrack;
using testsupport::HttpSink;

namespace {
constexpr qint64 kT0 = 1'767'225'600'000; // 2026-01-01T00:00:00Z
const QString kTelegramToken = QStringLiteral("123456789:AAEabcdefghijklmnopqrstuvwxyz0123");
const QString kPushoverApp = QStringLiteral("azGDORePK8gMaC0QOYAMyEEuzJnyUi");
const QString kPushoverUser = QStringLiteral("uQiRzpo4DXghDmr9QzzfQu27cmVRsG");
const QString kRoutingKey = QStringLiteral("0123456789abcdef0123456789ABCDEF");
const QString kGenieKey = QStringLiteral("eb243592-faa2-4ba2-a551-1afdf565c889");
const QString kEventId = QStringLiteral("11111111-2222-4333-8444-555555555555");

// A name that HTML, Markdown and JSON must each keep as it is.
Monitor backup()
{
    Monitor m;
    m.id = 3;
    m.name = QStringLiteral("<b>backup</b> & \"co\"");
    m.slug = QStringLiteral("backup");
    m.tags = {QStringLiteral("nas")};
    m.lastPingMs = kT0 - 1000;
    m.lastSuccessMs = kT0 - 86'400'000;
    return m;
}

Alert alertOf(AlertKind kind)
{
    Alert a;
    if (kind == AlertKind::Up) {
        const Flip f{0,   3,        kT0 + 600'000, Status::Down, Status::Up, QStringLiteral("ping"),
                     kT0, QString()};
        a = *AlertPolicy::forFlip(backup(), f, nullptr);
    } else {
        Ping p;
        p.kind = PingKind::Fail;
        p.exitStatus = 3;
        p.body = "rsync: <9> & \"quoted\" failed";
        const Flip f{0,          3,        kT0, Status::Up, Status::Down, QStringLiteral("exit:3"),
                     kT0 - 5000, QString()};
        a = *AlertPolicy::forFlip(backup(), f, &p);
        a.kind = kind;
    }
    a.id = 9;
    a.eventId = kind == AlertKind::Up ? QStringLiteral("66666666-2222-4333-8444-555555555555")
                                      : kEventId;
    a.incidentId = 42;
    return a;
}

struct Built
{
    const ChannelKind *kind = nullptr;
    Channel channel;
    QString secret;
    Problems problems;
};

Built build(const QString &kindName, const ChannelValues &values)
{
    Built b;
    b.kind = ChannelKinds::find(kindName);
    if (!b.kind)
        return b;
    b.channel.id = 7;
    b.channel.uuid = QStringLiteral("c0ffee00-0000-4000-8000-000000000007");
    b.channel.name = QStringLiteral("test");
    b.channel.kind = kindName;
    b.problems = b.kind->build(values, &b.channel.config, &b.secret);
    return b;
}

QString api(const HttpSink &sink)
{
    return QStringLiteral("http://127.0.0.1:%1").arg(sink.port());
}

/// A channel of each kind whose service is `sink`.
Built channelFor(const QString &kind, const HttpSink &sink)
{
    if (kind == QLatin1String("ntfy"))
        return build(kind,
                     {{"server_url", sink.url(QStringLiteral("/"))},
                      {"topic", "office-alerts"},
                      {"token", "tk_secret"},
                      {"click_url", "https://uptrack.example.lan/"}});
    if (kind == QLatin1String("telegram"))
        return build(kind,
                     {{"token", kTelegramToken},
                      {"chat_id", "-1001234567890"},
                      {"thread_id", "7"},
                      {"api_url", api(sink)}});
    if (kind == QLatin1String("teams"))
        return build(kind, {{"url", sink.url(QStringLiteral("/workflows/abc/triggers/manual"))}});
    if (kind == QLatin1String("pushover"))
        return build(kind,
                     {{"app_token", kPushoverApp},
                      {"user_key", kPushoverUser},
                      {"priority_down", 2},
                      {"sound", "siren"},
                      {"api_url", api(sink)}});
    if (kind == QLatin1String("gotify"))
        return build(
                kind,
                {{"server_url", sink.url(QStringLiteral("/gotify/"))}, {"token", "AbCdEf.123-x"}});
    if (kind == QLatin1String("matrix"))
        return build(kind,
                     {{"homeserver", api(sink)},
                      {"token", "syt_secret_token"},
                      {"room_id", "!room:example.org"}});
    if (kind == QLatin1String("pagerduty"))
        return build(kind, {{"routing_key", kRoutingKey}, {"api_url", api(sink)}});
    return build(kind, {{"api_key", kGenieKey}, {"region", "eu"}, {"api_url", api(sink)}});
}

QHash<QString, QString> form(const QByteArray &body)
{
    QHash<QString, QString> out;
    for (const QByteArray &pair : body.split('&')) {
        const int eq = pair.indexOf('=');
        out.insert(QString::fromLatin1(pair.left(eq)),
                   QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(eq + 1))));
    }
    return out;
}
} // namespace

class TestChannelKinds : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;
    SystemClock m_clock;

    DeliveryResult deliver(const Built &b, const Alert &alert)
    {
        std::optional<DeliveryResult> result;
        DeliveryContext context{this, &m_network, nullptr, &m_clock};
        b.kind->deliver(DeliveryJob{alert, b.channel, b.secret}, context,
                        [&](DeliveryResult r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10'000); }();
        return result.value_or(DeliveryResult{});
    }
    /// Delivers `alert` on a channel of `kind` and returns what the service got.
    HttpSink::Request sent(const QString &kind, HttpSink &sink, AlertKind alertKind)
    {
        const Built b = channelFor(kind, sink);
        [&] { QVERIFY2(b.problems.isEmpty(), qPrintable(b.problems.value(0).message)); }();
        const qsizetype before = sink.received.size();
        const DeliveryResult r = deliver(b, alertOf(alertKind));
        [&] {
            QCOMPARE(r.verdict, DeliveryResult::Verdict::Delivered);
            QCOMPARE(sink.received.size(), before + 1);
        }();
        return sink.received.value(before);
    }

private slots:
    void initTestCase() { qputenv("TZ", "UTC"); }

    void ntfyPublishesJsonToTheServersRoot()
    {
        HttpSink sink;
        const HttpSink::Request r = sent(QStringLiteral("ntfy"), sink, AlertKind::Down);
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QByteArray("/"));
        QCOMPARE(r.headers.value("authorization"), QByteArray("Bearer tk_secret"));
        QCOMPARE(r.headers.value("x-uptrack-event-id"), kEventId.toLatin1());
        QVERIFY(r.headers.value("content-type").startsWith("application/json"));
        const QJsonObject j = r.json();
        QCOMPARE(j.value("topic").toString(), QStringLiteral("office-alerts"));
        QCOMPARE(j.value("title").toString(), QStringLiteral("<b>backup</b> & \"co\" is DOWN"));
        QVERIFY(j.value("message").toString().contains(QStringLiteral("rsync: <9> & \"quoted\"")));
        QCOMPARE(j.value("tags"), QJsonValue(QJsonArray{QStringLiteral("rotating_light")}));
        QCOMPARE(j.value("priority").toInt(), 4);
        QCOMPARE(j.value("click").toString(), QStringLiteral("https://uptrack.example.lan/"));
        const QJsonObject up = sent(QStringLiteral("ntfy"), sink, AlertKind::Up).json();
        QCOMPARE(up.value("priority").toInt(), 3);
        QCOMPARE(up.value("tags"), QJsonValue(QJsonArray{QStringLiteral("white_check_mark")}));
        // Without a token: no Authorization at all.
        Built plain = build(QStringLiteral("ntfy"),
                            {{"server_url", sink.url(QStringLiteral("/"))}, {"topic", "t"}});
        QVERIFY(plain.problems.isEmpty());
        QVERIFY(plain.secret.isEmpty());
        QCOMPARE(deliver(plain, alertOf(AlertKind::Down)).verdict,
                 DeliveryResult::Verdict::Delivered);
        QVERIFY(!sink.received.last().headers.contains("authorization"));
        QCOMPARE(plain.channel.config.value("priority_down").toInt(), 4); // the defaults
        QCOMPARE(plain.channel.config.value("priority_up").toInt(), 3);
    }

    void telegramSendsEscapedHtmlWithoutPreviews()
    {
        HttpSink sink;
        const HttpSink::Request r = sent(QStringLiteral("telegram"), sink, AlertKind::Down);
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, "/bot" + kTelegramToken.toLatin1() + "/sendMessage");
        const QJsonObject j = r.json();
        QCOMPARE(j.value("chat_id").toDouble(), -1001234567890.0);
        QCOMPARE(j.value("message_thread_id").toInt(), 7);
        QCOMPARE(j.value("parse_mode").toString(), QStringLiteral("HTML"));
        QCOMPARE(j.value("link_preview_options").toObject().value("is_disabled").toBool(), true);
        const QString text = j.value("text").toString();
        QVERIFY2(text.startsWith(QStringLiteral(
                         "<b>&lt;b&gt;backup&lt;/b&gt; &amp; &quot;co&quot; is DOWN</b>")),
                 qPrintable(text));
        QVERIFY(text.contains(
                QStringLiteral("<pre>rsync: &lt;9&gt; &amp; &quot;quoted&quot; failed")));
        QVERIFY(!text.contains(QStringLiteral("<9>")));
        // A channel's @name stays a string.
        Built named = build(
                QStringLiteral("telegram"),
                {{"token", kTelegramToken}, {"chat_id", "@office_alerts"}, {"api_url", api(sink)}});
        QVERIFY(named.problems.isEmpty());
        QCOMPARE(deliver(named, alertOf(AlertKind::Up)).verdict,
                 DeliveryResult::Verdict::Delivered);
        QCOMPARE(sink.received.last().json().value("chat_id").toString(),
                 QStringLiteral("@office_alerts"));
        QVERIFY(!sink.received.last().json().contains("message_thread_id"));
    }

    void teamsPostsAnAdaptiveCard()
    {
        HttpSink sink;
        const HttpSink::Request r = sent(QStringLiteral("teams"), sink, AlertKind::Down);
        QCOMPARE(r.path, QByteArray("/workflows/abc/triggers/manual"));
        const QJsonObject j = r.json();
        QCOMPARE(j.value("type").toString(), QStringLiteral("message"));
        const QJsonObject attachment = j.value("attachments").toArray().first().toObject();
        QCOMPARE(attachment.value("contentType").toString(),
                 QStringLiteral("application/vnd.microsoft.card.adaptive"));
        const QJsonObject card = attachment.value("content").toObject();
        QCOMPARE(card.value("type").toString(), QStringLiteral("AdaptiveCard"));
        const QJsonArray body = card.value("body").toArray();
        QCOMPARE(body[0].toObject().value("text").toString(),
                 QStringLiteral("<b>backup</b> & \"co\" is DOWN"));
        QCOMPARE(body[0].toObject().value("color").toString(), QStringLiteral("Attention"));
        QCOMPARE(body[2].toObject().value("type").toString(), QStringLiteral("FactSet"));
        QCOMPARE(body[2].toObject().value("facts").toArray().first().toObject().value("title"),
                 QJsonValue(QStringLiteral("Reason")));
        QCOMPARE(body[3].toObject().value("fontType").toString(), QStringLiteral("Monospace"));
        QCOMPARE(body[3].toObject().value("text").toString(),
                 QStringLiteral("rsync: <9> & \"quoted\" failed"));
        const QJsonObject up = sent(QStringLiteral("teams"), sink, AlertKind::Up).json();
        QCOMPARE(up.value("attachments")[0]["content"]["body"][0]["color"].toString(),
                 QStringLiteral("Good"));
    }

    void pushoverPostsAFormWithThePriorityOfTheEvent()
    {
        HttpSink sink;
        const HttpSink::Request r = sent(QStringLiteral("pushover"), sink, AlertKind::Down);
        QCOMPARE(r.path, QByteArray("/1/messages.json"));
        QCOMPARE(r.headers.value("content-type"), QByteArray("application/x-www-form-urlencoded"));
        const auto f = form(r.body);
        QCOMPARE(f.value("token"), kPushoverApp);
        QCOMPARE(f.value("user"), kPushoverUser);
        QCOMPARE(f.value("title"), QStringLiteral("<b>backup</b> & \"co\" is DOWN"));
        QCOMPARE(f.value("html"), QStringLiteral("1"));
        QVERIFY(f.value("message").contains(QStringLiteral("&lt;9&gt; &amp; &quot;quoted&quot;")));
        QCOMPARE(f.value("priority"), QStringLiteral("2")); // emergency: with retry and expire
        QCOMPARE(f.value("retry"), QStringLiteral("300"));
        QCOMPARE(f.value("expire"), QStringLiteral("3600"));
        QCOMPARE(f.value("sound"), QStringLiteral("siren"));
        QCOMPARE(f.value("timestamp"), QString::number(kT0 / 1000));
        const auto up = form(sent(QStringLiteral("pushover"), sink, AlertKind::Up).body);
        QCOMPARE(up.value("priority"), QStringLiteral("0"));
        QVERIFY(!up.contains("retry"));
    }

    void gotifyPostsMarkdownWithItsKeyInAHeader()
    {
        HttpSink sink;
        const HttpSink::Request r = sent(QStringLiteral("gotify"), sink, AlertKind::Down);
        QCOMPARE(r.path, QByteArray("/gotify/message")); // the token is not in the URL
        QCOMPARE(r.headers.value("x-gotify-key"), QByteArray("AbCdEf.123-x"));
        const QJsonObject j = r.json();
        QCOMPARE(j.value("title").toString(), QStringLiteral("<b>backup</b> & \"co\" is DOWN"));
        QCOMPARE(j.value("priority").toInt(), 8);
        QCOMPARE(j.value("extras")["client::display"]["contentType"].toString(),
                 QStringLiteral("text/markdown"));
        const QString message = j.value("message").toString();
        QVERIFY2(message.contains(QStringLiteral("\\<b\\>backup\\</b\\>")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("```\nrsync: <9> & \"quoted\" failed\n```")));
        QCOMPARE(sent(QStringLiteral("gotify"), sink, AlertKind::Up)
                         .json()
                         .value("priority")
                         .toInt(),
                 4);
    }

    void matrixPutsTheEventIdAsItsTransactionId()
    {
        HttpSink sink;
        sink.script({{503, {}, false}});
        const Built b = channelFor(QStringLiteral("matrix"), sink);
        QVERIFY(b.problems.isEmpty());
        QCOMPARE(deliver(b, alertOf(AlertKind::Down)).verdict, DeliveryResult::Verdict::Retry);
        QCOMPARE(deliver(b, alertOf(AlertKind::Down)).verdict, DeliveryResult::Verdict::Delivered);
        QCOMPARE(sink.received.size(), 2);
        const QByteArray path = "/_matrix/client/v3/rooms/%21room%3Aexample.org/send/"
                                "m.room.message/"
                + kEventId.toLatin1();
        for (const HttpSink::Request &r : std::as_const(sink.received)) {
            QCOMPARE(r.method, QByteArray("PUT"));
            QCOMPARE(r.path, path); // the retry is the same transaction
            QCOMPARE(r.headers.value("authorization"), QByteArray("Bearer syt_secret_token"));
        }
        const QJsonObject j = sink.received[1].json();
        QCOMPARE(j.value("msgtype").toString(), QStringLiteral("m.text"));
        QCOMPARE(j.value("format").toString(), QStringLiteral("org.matrix.custom.html"));
        QVERIFY(j.value("body").toString().startsWith(
                QStringLiteral("<b>backup</b> & \"co\" is DOWN\n")));
        QVERIFY(j.value("formatted_body")
                        .toString()
                        .startsWith(QStringLiteral("<b>&lt;b&gt;backup&lt;/b&gt; &amp; "
                                                   "&quot;co&quot; is DOWN</b>")));
    }

    void pagerDutyResolvesTheIncidentItsDownOpened()
    {
        HttpSink sink;
        const QJsonObject down = sent(QStringLiteral("pagerduty"), sink, AlertKind::Down).json();
        QCOMPARE(sink.received.last().path, QByteArray("/v2/enqueue"));
        QCOMPARE(down.value("routing_key").toString(), kRoutingKey);
        QCOMPARE(down.value("event_action").toString(), QStringLiteral("trigger"));
        const QString key = down.value("dedup_key").toString();
        QCOMPARE(key, QStringLiteral("uptrack-c0ffee00-0000-4000-8000-000000000007-incident-42"));
        const QJsonObject payload = down.value("payload").toObject();
        QCOMPARE(payload.value("summary").toString(),
                 QStringLiteral("<b>backup</b> & \"co\" is DOWN"));
        QCOMPARE(payload.value("severity").toString(), QStringLiteral("critical"));
        QCOMPARE(payload.value("source").toString(), QStringLiteral("<b>backup</b> & \"co\""));
        QCOMPARE(payload.value("timestamp").toString(), QStringLiteral("2026-01-01T00:00:00.000Z"));
        QCOMPARE(payload.value("custom_details")["Exit status"].toString(), QStringLiteral("3"));
        const QJsonObject up = sent(QStringLiteral("pagerduty"), sink, AlertKind::Up).json();
        QCOMPARE(up.value("event_action").toString(), QStringLiteral("resolve"));
        QCOMPARE(up.value("dedup_key").toString(), key); // the same incident
        // A reminder does not re-trigger: nothing is sent, and the delivery is done.
        const Built b = channelFor(QStringLiteral("pagerduty"), sink);
        const DeliveryResult reminder = deliver(b, alertOf(AlertKind::Reminder));
        QCOMPARE(reminder.verdict, DeliveryResult::Verdict::Delivered);
        QVERIFY(reminder.outcome.startsWith(QStringLiteral("not sent")));
        QCOMPARE(sink.received.size(), 2);
    }

    void opsgenieClosesTheAlertItsDownCreated()
    {
        HttpSink sink;
        const HttpSink::Request created = sent(QStringLiteral("opsgenie"), sink, AlertKind::Down);
        QCOMPARE(created.path, QByteArray("/v2/alerts"));
        QCOMPARE(created.headers.value("authorization"), "GenieKey " + kGenieKey.toLatin1());
        const QJsonObject j = created.json();
        const QString alias = j.value("alias").toString();
        QCOMPARE(alias, QStringLiteral("uptrack-c0ffee00-0000-4000-8000-000000000007-incident-42"));
        QCOMPARE(j.value("message").toString(), QStringLiteral("<b>backup</b> & \"co\" is DOWN"));
        QCOMPARE(j.value("priority").toString(), QStringLiteral("P2"));
        QCOMPARE(j.value("tags"), QJsonValue(QJsonArray{QStringLiteral("nas")}));
        QCOMPARE(j.value("source").toString(), QStringLiteral("Uptrack"));
        const HttpSink::Request closed = sent(QStringLiteral("opsgenie"), sink, AlertKind::Up);
        QCOMPARE(closed.method, QByteArray("POST"));
        QCOMPARE(closed.path, "/v2/alerts/" + alias.toLatin1() + "/close?identifierType=alias");
        // Without --api-url, the region picks the host.
        Built eu = build(QStringLiteral("opsgenie"), {{"api_key", kGenieKey}, {"region", "eu"}});
        QString skipped;
        const auto spec = static_cast<const ServiceChannel *>(eu.kind)->render(
                DeliveryJob{alertOf(AlertKind::Down), eu.channel, eu.secret}, &skipped);
        QVERIFY(spec);
        QCOMPARE(spec->url, QStringLiteral("https://api.eu.opsgenie.com/v2/alerts"));
    }

    // What each service's answers mean, the same for every kind: 2xx delivered; 429
    // (with Retry-After) and 5xx retried; other 4xx failed.
    void answersAreTakenAsForEveryHttpKind_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char *k :
             {"ntfy", "telegram", "teams", "pushover", "gotify", "matrix", "pagerduty", "opsgenie"})
            QTest::newRow(k) << QString::fromLatin1(k);
    }
    void answersAreTakenAsForEveryHttpKind()
    {
        QFETCH(QString, kind);
        HttpSink sink;
        sink.script({{429, "Retry-After: 120\r\n", false},
                     {503, {}, false},
                     {400, {}, false},
                     {202, {}, false}});
        const Built b = channelFor(kind, sink);
        QVERIFY(b.problems.isEmpty());
        const DeliveryResult limited = deliver(b, alertOf(AlertKind::Down));
        QCOMPARE(limited.verdict, DeliveryResult::Verdict::Retry);
        QCOMPARE(limited.retryAfterMs, 120'000);
        QCOMPARE(deliver(b, alertOf(AlertKind::Down)).verdict, DeliveryResult::Verdict::Retry);
        const DeliveryResult refused = deliver(b, alertOf(AlertKind::Down));
        QCOMPARE(refused.verdict, DeliveryResult::Verdict::Failed);
        QVERIFY(refused.outcome.startsWith(QStringLiteral("HTTP 400")));
        QCOMPARE(deliver(b, alertOf(AlertKind::Down)).verdict, DeliveryResult::Verdict::Delivered);
        // The secret never appears in an outcome, even when the server repeats the URL.
        for (const QString &outcome : {limited.outcome, refused.outcome})
            QVERIFY(!outcome.contains(QStringLiteral("secret")) && !outcome.contains(kRoutingKey));
    }

    void mistakesGetASentence_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<ChannelValues>("values");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        QTest::newRow("ntfy topic") << "ntfy" << ChannelValues{{"topic", "a b"}} << "topic"
                                    << "1 to 64 letters";
        QTest::newRow("ntfy no topic") << "ntfy" << ChannelValues{} << "topic"
                                       << "--topic";
        QTest::newRow("ntfy priority")
                << "ntfy" << ChannelValues{{"topic", "t"}, {"priority_down", 9}} << "priority_down"
                << "1 to 5";
        QTest::newRow("telegram chat")
                << "telegram" << ChannelValues{{"token", kTelegramToken}, {"chat_id", "x y"}}
                << "chat_id"
                << "@name";
        QTest::newRow("telegram token")
                << "telegram" << ChannelValues{{"token", "nope"}, {"chat_id", "1"}} << "token"
                << "@BotFather";
        QTest::newRow("api-url with a path") << "telegram"
                                             << ChannelValues{{"token", kTelegramToken},
                                                              {"chat_id", "1"},
                                                              {"api_url", "https://relay.lan/bot"}}
                                             << "api_url"
                                             << "leave out the path";
        QTest::newRow("api-url not a URL")
                << "pagerduty" << ChannelValues{{"routing_key", kRoutingKey}, {"api_url", "relay"}}
                << "api_url"
                << "http(s) URL";
        QTest::newRow("teams url") << "teams" << ChannelValues{{"url", "ftp://x"}} << "url"
                                   << "http(s)";
        QTest::newRow("pushover key")
                << "pushover" << ChannelValues{{"app_token", kPushoverApp}, {"user_key", "short"}}
                << "app_token"
                << "user or group key";
        QTest::newRow("pushover missing key")
                << "pushover" << ChannelValues{{"app_token", kPushoverApp}} << "user_key"
                << "empty";
        QTest::newRow("pushover retry") << "pushover"
                                        << ChannelValues{{"app_token", kPushoverApp},
                                                         {"user_key", kPushoverUser},
                                                         {"retry", 5}}
                                        << "retry"
                                        << "30 s";
        QTest::newRow("gotify server")
                << "gotify" << ChannelValues{{"token", "abcdef"}} << "server_url"
                << "missing";
        QTest::newRow("matrix room alias") << "matrix"
                                           << ChannelValues{{"homeserver", "https://m.org"},
                                                            {"token", "syt_abcdefgh"},
                                                            {"room_id", "#office:m.org"}}
                                           << "room_id"
                                           << "#alias";
        QTest::newRow("pagerduty key")
                << "pagerduty" << ChannelValues{{"routing_key", "abc"}} << "routing_key"
                << "32 letters";
        QTest::newRow("pagerduty severity")
                << "pagerduty" << ChannelValues{{"routing_key", kRoutingKey}, {"severity", "high"}}
                << "severity"
                << "critical, error";
        QTest::newRow("opsgenie region")
                << "opsgenie" << ChannelValues{{"api_key", kGenieKey}, {"region", "asia"}}
                << "region"
                << "us or eu";
        QTest::newRow("opsgenie key")
                << "opsgenie" << ChannelValues{{"api_key", "12345"}} << "api_key"
                << "UUID";
    }
    void mistakesGetASentence()
    {
        QFETCH(QString, kind);
        QFETCH(ChannelValues, values);
        QFETCH(QString, field);
        QFETCH(QString, says);
        const Built b = build(kind, values);
        QVERIFY(b.kind);
        QVERIFY(!b.problems.isEmpty());
        bool found = false;
        for (const Problem &p : b.problems)
            found = found || (p.field == field && p.message.contains(says));
        QVERIFY2(found,
                 qPrintable(b.problems.first().field + QStringLiteral(": ")
                            + b.problems.first().message));
    }

    // A local program: no shell, the alert in UPTRACK_* variables, its arguments as given;
    // exit 0 delivered; another status, a signal or the time limit tried again; the first
    // 1 KB of its output kept with the attempt.
    void aCommandRunsWithTheAlertInItsEnvironment()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("env.txt"));
        const QString script = dir.filePath(QStringLiteral("alert.sh"));
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\n"
                "env | grep '^UPTRACK_' > \"$OUT\"\n"
                "printf 'arg:%s\\n' \"$@\" >> \"$OUT\"\n"
                "case \"$1\" in\n"
                "  fail) echo 'modem busy'; exit 3 ;;\n"
                "  signal) kill -9 $$ ;;\n"
                "  slow) sleep 5 ;;\n"
                "  chatty) head -c 100000 /dev/zero | tr '\\0' x; exit 0 ;;\n"
                "esac\n"
                "echo 'siren played'\n");
        f.close();
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        qputenv("OUT", out.toUtf8());
        auto channel = [&](const QStringList &args, const QString &timeout = {}) {
            return build(QStringLiteral("command"),
                         {{"command", script}, {"args", args}, {"timeout", timeout}});
        };

        const Built ok = channel({QStringLiteral("ok"), QStringLiteral("two words; $(rm -rf)")});
        QVERIFY2(ok.problems.isEmpty(), qPrintable(ok.problems.value(0).message));
        QVERIFY(ok.secret.isEmpty());
        const DeliveryResult delivered = deliver(ok, alertOf(AlertKind::Down));
        QCOMPARE(delivered.verdict, DeliveryResult::Verdict::Delivered);
        QCOMPARE(delivered.outcome, QStringLiteral("exit 0: siren played"));
        QFile env(out);
        QVERIFY(env.open(QIODevice::ReadOnly));
        const QString seen = QString::fromUtf8(env.readAll());
        QVERIFY2(seen.contains(QStringLiteral("UPTRACK_EVENT_ID=") + kEventId), qPrintable(seen));
        QVERIFY(seen.contains(QStringLiteral("UPTRACK_KIND=down\n")));
        QVERIFY(seen.contains(QStringLiteral("UPTRACK_NAME=<b>backup</b> & \"co\"\n")));
        QVERIFY(seen.contains(QStringLiteral("UPTRACK_EXIT_STATUS=3\n")));
        QVERIFY(seen.contains(QStringLiteral("UPTRACK_TITLE=")));
        // Each argument as it is: no shell split or expanded it.
        QVERIFY(seen.contains(QStringLiteral("arg:ok\narg:two words; $(rm -rf)\n")));

        const DeliveryResult failed
                = deliver(channel({QStringLiteral("fail")}), alertOf(AlertKind::Down));
        QCOMPARE(failed.verdict, DeliveryResult::Verdict::Retry);
        QCOMPARE(failed.outcome, QStringLiteral("exit 3: modem busy"));
        const DeliveryResult killed
                = deliver(channel({QStringLiteral("signal")}), alertOf(AlertKind::Down));
        QCOMPARE(killed.verdict, DeliveryResult::Verdict::Retry);
        QCOMPARE(killed.outcome, QStringLiteral("killed by signal 9"));
        const DeliveryResult slow = deliver(channel({QStringLiteral("slow")}, QStringLiteral("1s")),
                                            alertOf(AlertKind::Down));
        QCOMPARE(slow.verdict, DeliveryResult::Verdict::Retry);
        QCOMPARE(slow.outcome, QStringLiteral("timed out after 1 s"));
        const DeliveryResult chatty
                = deliver(channel({QStringLiteral("chatty")}), alertOf(AlertKind::Down));
        QCOMPARE(chatty.verdict, DeliveryResult::Verdict::Delivered);
        QCOMPARE(chatty.outcome, QStringLiteral("exit 0: ") + QString(1024, u'x'));
    }

    void aCommandMustBeAnAbsoluteExecutableWithASaneLimit()
    {
        QTemporaryDir dir;
        const QString plain = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(plain);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const struct
        {
            ChannelValues values;
            const char *field;
            const char *says;
        } cases[] = {
                {{{"command", "siren"}}, "command", "absolute path"},
                {{{"command", dir.filePath(QStringLiteral("missing"))}}, "command", "There is no"},
                {{{"command", plain}}, "command", "not an executable"},
                {{{"command", dir.path()}}, "command", "not an executable"},
                {{}, "command", "--command"},
                {{{"command", "/bin/true"}, {"timeout", "soon"}}, "timeout", "not a duration"},
                {{{"command", "/bin/true"}, {"timeout", "1h"}}, "timeout", "1s to 10m"},
        };
        for (const auto &c : cases) {
            const Built b = build(QStringLiteral("command"), c.values);
            bool found = false;
            for (const Problem &p : b.problems)
                found = found
                        || (p.field == QLatin1String(c.field)
                            && p.message.contains(QLatin1String(c.says)));
            QVERIFY2(found, c.says);
        }
        QVERIFY(build(QStringLiteral("command"), {{"command", "/bin/true"}}).problems.isEmpty());
    }

    // Two secrets (Pushover's) are kept as one JSON object; neither is in the settings.
    void secretsStayOutOfTheSettings()
    {
        HttpSink sink;
        for (const char *k : {"ntfy", "telegram", "teams", "pushover", "gotify", "matrix",
                              "pagerduty", "opsgenie"}) {
            const Built b = channelFor(QString::fromLatin1(k), sink);
            const QByteArray config = QJsonDocument(b.channel.config).toJson();
            for (const QString &secret :
                 {kTelegramToken, kPushoverApp, kPushoverUser, kRoutingKey, kGenieKey,
                  QStringLiteral("tk_secret"), QStringLiteral("syt_secret_token")})
                QVERIFY2(!config.contains(secret.toUtf8()), k);
            QVERIFY2(!b.secret.isEmpty(), k);
        }
        const Built po = channelFor(QStringLiteral("pushover"), sink);
        QCOMPARE(ChannelKind::secretPart(po.secret, QStringLiteral("user_key")), kPushoverUser);
    }
};

QTEST_GUILESS_MAIN(TestChannelKinds)
#include "tst_channelkinds.moc"
