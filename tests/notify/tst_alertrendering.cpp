// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What Slack, Discord, a webhook and a mail server receive, rendered by pure functions.
#include "notify/alertmessage.h"
#include "notify/channels/discord/discordchannel.h"
#include "notify/channels/email/emailchannel.h"
#include "notify/channels/slack/slackchannel.h"
#include "notify/channels/webhook/webhookchannel.h"
#include "policy/alertpolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace uptrack;

namespace {
constexpr qint64 kT0 = 1'767'225'600'000; // 2026-01-01T00:00:00Z

Monitor billing()
{
    Monitor m;
    m.id = 3;
    m.name = QStringLiteral("nightly-billing");
    m.slug = QStringLiteral("nightly-billing");
    m.tags = {QStringLiteral("prod"), QStringLiteral("billing")};
    m.lastPingMs = kT0 - 1000;
    m.lastSuccessMs = kT0 - 86'400'000;
    return m;
}

Alert downAlert()
{
    Ping p;
    p.kind = PingKind::Fail;
    p.exitStatus = 137;
    p.body = "Killed\n\"quoted\"";
    const Flip f{0,          3,        kT0, Status::Up, Status::Down, QStringLiteral("exit:137"),
                 kT0 - 5000, QString()};
    Alert a = *AlertPolicy::forFlip(billing(), f, &p);
    a.eventId = QStringLiteral("11111111-2222-4333-8444-555555555555");
    return a;
}

Alert upAlert()
{
    const Flip f{0,   3,        kT0 + 5'400'000, Status::Down, Status::Up, QStringLiteral("ping"),
                 kT0, QString()};
    Alert a = *AlertPolicy::forFlip(billing(), f, nullptr);
    a.eventId = QStringLiteral("66666666-2222-4333-8444-555555555555");
    return a;
}
} // namespace

class TestAlertRendering : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qputenv("TZ", "UTC"); }

    void factsOfFlips()
    {
        const Alert down = downAlert();
        QCOMPARE(down.kind, AlertKind::Down);
        QCOMPARE(down.facts.value("reason").toString(), QStringLiteral("exit:137"));
        QCOMPARE(down.facts.value("exit_status").toInt(), 137);
        QCOMPARE(down.facts.value("body_excerpt").toString(), QStringLiteral("Killed\n\"quoted\""));
        QCOMPARE(down.facts.value("last_success").toString(),
                 QStringLiteral("2025-12-31T00:00:00.000Z"));
        const Alert up = upAlert();
        QCOMPARE(up.kind, AlertKind::Up);
        QCOMPARE(up.facts.value("downtime_ms").toDouble(), 5'400'000.0);
        QCOMPARE(AlertMessage::placeholder(up, QStringLiteral("downtime")),
                 QStringLiteral("1 h 30 min"));
        // Flips that are not down or recovery raise nothing.
        const Flip late{0,   3,        kT0, Status::Up, Status::Late, QStringLiteral("late"),
                        kT0, QString()};
        QVERIFY(!AlertPolicy::forFlip(billing(), late, nullptr));
        const Flip paused{
                0, 3, kT0, Status::Down, Status::Paused, QStringLiteral("paused"), kT0, QString()};
        QVERIFY(!AlertPolicy::forFlip(billing(), paused, nullptr));
    }

    void slackMessage()
    {
        const HttpRequestSpec spec = slack::render(DeliveryJob{
                downAlert(), Channel{}, QStringLiteral("https://hooks.slack.com/services/T/B/X")});
        QCOMPARE(spec.method, QByteArray("POST"));
        QCOMPARE(spec.url, QStringLiteral("https://hooks.slack.com/services/T/B/X"));
        const QJsonObject o = QJsonDocument::fromJson(spec.body).object();
        // Slack's incoming-webhook format: text, plus an attachment with a colour bar.
        QCOMPARE(o.value("text").toString(), QStringLiteral("nightly-billing is DOWN"));
        const QJsonObject a = o.value("attachments").toArray().first().toObject();
        QCOMPARE(a.value("color").toString(), QStringLiteral("#d13438"));
        QCOMPARE(a.value("title").toString(), QStringLiteral("nightly-billing is DOWN"));
        QVERIFY(a.value("fallback").toString().contains(QStringLiteral("exit status 137")));
        QCOMPARE(a.value("ts").toDouble(), double(kT0 / 1000));
        const QJsonArray fields = a.value("fields").toArray();
        QCOMPARE(fields[0].toObject().value("title").toString(), QStringLiteral("Reason"));
        QCOMPARE(fields[0].toObject().value("value").toString(), QStringLiteral("exit status 137"));
        QVERIFY(fields[0].toObject().contains("short"));
        QCOMPARE(fields[1].toObject().value("title").toString(), QStringLiteral("Last good ping"));
        QCOMPARE(fields[1].toObject().value("value").toString(),
                 QStringLiteral("2025-12-31 00:00:00 UTC"));
        QCOMPARE(fields[2].toObject().value("value").toString(), QStringLiteral("137"));
        QVERIFY(a.value("footer").toString().contains(QStringLiteral("11111111-2222")));
    }

    void discordEmbed()
    {
        const HttpRequestSpec spec = discord::render(DeliveryJob{
                upAlert(), Channel{}, QStringLiteral("https://discord.com/api/webhooks/1/abc")});
        const QJsonObject o = QJsonDocument::fromJson(spec.body).object();
        QCOMPARE(o.value("username").toString(), QStringLiteral("Uptrack"));
        QCOMPARE(o.value("allowed_mentions").toObject().value("parse").toArray().size(), 0);
        const QJsonObject e = o.value("embeds").toArray().first().toObject();
        QCOMPARE(e.value("title").toString(), QStringLiteral("nightly-billing is back UP"));
        QCOMPARE(e.value("color").toInt(), 0x2ea043); // an integer, as Discord wants
        QCOMPARE(e.value("timestamp").toString(), QStringLiteral("2026-01-01T01:30:00.000Z"));
        const QJsonObject first = e.value("fields").toArray().first().toObject();
        QCOMPARE(first.value("name").toString(), QStringLiteral("Downtime"));
        QCOMPARE(first.value("value").toString(), QStringLiteral("1 h 30 min"));
        QVERIFY(first.contains("inline"));
        QVERIFY(e.value("description")
                        .toString()
                        .contains(QStringLiteral("recovered after 1 h 30 min")));
    }

    void webhookTemplate_data()
    {
        QTest::addColumn<QString>("tmpl");
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addRow("json escapes")
                << QStringLiteral("{\"text\":\"{name}: "
                                  "{reason}\",\"out\":\"{body_excerpt}\",\"code\":{exit_status}}")
                << QStringLiteral("application/json")
                << QByteArray("{\"text\":\"nightly-billing: exit status "
                              "137\",\"out\":\"Killed\\n\\\"quoted\\\"\",\"code\":137}");
        QTest::addRow("plain text")
                << QStringLiteral("{title} ({event_id})") << QStringLiteral("text/plain")
                << QByteArray("nightly-billing is DOWN (11111111-2222-4333-8444-555555555555)");
        QTest::addRow("form") << QStringLiteral("msg={reason}&tags={tags}")
                              << QStringLiteral("application/x-www-form-urlencoded")
                              << QByteArray("msg=exit%20status%20137&tags=prod%20billing");
        QTest::addRow("braces that are not placeholders")
                << QStringLiteral("{\"a\":{\"b\":\"{status}\"}}")
                << QStringLiteral("application/json") << QByteArray("{\"a\":{\"b\":\"down\"}}");
    }
    void webhookTemplate()
    {
        QFETCH(QString, tmpl);
        QFETCH(QString, contentType);
        QFETCH(QByteArray, body);
        QCOMPARE(WebhookChannel::fill(tmpl, downAlert(), contentType), body);
    }

    void webhookRequest()
    {
        Channel c;
        c.kind = QStringLiteral("webhook");
        c.config = QJsonObject{{"method", "PUT"},
                               {"content_type", "application/json"},
                               {"headers", QJsonObject{{"X-Team", "ops"}}}};
        const QString secret = WebhookChannel::makeSecret(
                QStringLiteral("https://example.test/hook?key=s3cret"),
                {{QStringLiteral("Authorization"), QStringLiteral("Bearer t0ken")}});
        const HttpRequestSpec spec = WebhookChannel::render(DeliveryJob{downAlert(), c, secret});
        QCOMPARE(spec.method, QByteArray("PUT"));
        QCOMPARE(spec.url, QStringLiteral("https://example.test/hook?key=s3cret"));
        QVERIFY(spec.headers.contains(qMakePair(QByteArray("X-Team"), QByteArray("ops"))));
        QVERIFY(spec.headers.contains(
                qMakePair(QByteArray("Authorization"), QByteArray("Bearer t0ken"))));
        // The default template carries every placeholder as valid JSON.
        const QJsonObject o = QJsonDocument::fromJson(spec.body).object();
        QCOMPARE(o.value("event_id").toString(), downAlert().eventId);
        QCOMPARE(o.value("status").toString(), QStringLiteral("down"));
        QCOMPARE(o.value("exit_status").toString(), QStringLiteral("137"));
        // ... but one: the dependents are an array ("dependents"), not a list in a string.
        QCOMPARE(o.keys().size(), AlertMessage::placeholders().size() - 1);
        QCOMPARE(o.value("dependents"), QJsonValue(QJsonArray()));
    }

    void webhookValidation()
    {
        WebhookChannel w;
        QVERIFY(messagesOf(w.validateConfig(QJsonObject{{"template", "{name} {nope}"}}))
                        .join(QString())
                        .contains(QStringLiteral("nope")));
        QCOMPARE(w.validateConfig(QJsonObject{{"template", "{name} {nope}"}}).first().field,
                 QStringLiteral("template"));
        QVERIFY(messagesOf(w.validateConfig(QJsonObject{{"method", "DELETE"}}))
                        .join(QString())
                        .contains(QStringLiteral("method")));
        QVERIFY(w.validateConfig(QJsonObject{{"template", "{\"a\":{\"b\":1}}"}}).isEmpty());
        QVERIFY(!w.validateSecret(WebhookChannel::makeSecret(QStringLiteral("ftp://x"), {}))
                         .isEmpty());
        QVERIFY(!slack::channel().validateSecret(QStringLiteral("not a url")).isEmpty());
        QVERIFY(slack::channel()
                        .validateSecret(QStringLiteral("https://hooks.slack.com/x"))
                        .isEmpty());
    }

    // Each kind describes its own fields; forms and the command line are built from them.
    void kindsDescribeTheirFields()
    {
        QStringList kinds;
        for (const ChannelKind *kind : ChannelKinds::all()) {
            kinds << kind->kind();
            QVERIFY(!kind->label().isEmpty());
            QSet<QString> keys, options;
            int secrets = 0;
            for (const ChannelField &f : kind->fields()) {
                QVERIFY2(!f.key.isEmpty() && !f.label.isEmpty(), qPrintable(kind->kind()));
                QVERIFY2(!keys.contains(f.key), qPrintable(f.key));
                keys.insert(f.key);
                if (!f.option.isEmpty()) {
                    QVERIFY2(!options.contains(f.option), qPrintable(f.option));
                    options.insert(f.option);
                }
                secrets += f.secret;
                if (f.type == ChannelField::Type::Choice)
                    QCOMPARE(f.choices.size(), f.choiceLabels.size());
            }
            QCOMPARE(secrets > 0, !kind->secretLabel().isEmpty());
        }
        QCOMPARE(kinds,
                 (QStringList{"slack", "discord", "webhook", "email", "desktop", "ntfy", "telegram",
                              "teams", "pushover", "gotify", "matrix", "pagerduty", "opsgenie",
                              "command"}));
    }

    void webhookBuildsItsSettingsAndSecret()
    {
        WebhookChannel w;
        QJsonObject config;
        QString secret;
        const Problems problems
                = w.build({{"url", "https://example.com/hook"},
                           {"method", "put"},
                           {"headers", QStringList{"X-Team: ops"}},
                           {"secret_headers", QStringList{"Authorization: Bearer t0ken"}},
                           {"template", "{name} is {status}"}},
                          &config, &secret);
        QVERIFY2(problems.isEmpty(), qPrintable(messagesOf(problems).join('\n')));
        QCOMPARE(config.value("method").toString(), QStringLiteral("PUT"));
        QCOMPARE(config.value("content_type").toString(), QStringLiteral("application/json"));
        QCOMPARE(config.value("headers").toObject().value("X-Team").toString(),
                 QStringLiteral("ops"));
        QCOMPARE(config.value("template").toString(), QStringLiteral("{name} is {status}"));
        QVERIFY(!QJsonDocument(config).toJson().contains("t0ken")); // the secret stays out
        const QJsonObject s = QJsonDocument::fromJson(secret.toUtf8()).object();
        QCOMPARE(s.value("url").toString(), QStringLiteral("https://example.com/hook"));
        QCOMPARE(s.value("headers").toObject().value("Authorization").toString(),
                 QStringLiteral("Bearer t0ken"));
        // Mistakes are named by field.
        const Problems bad = w.build({{"url", "ftp://x"}, {"headers", QStringList{"no colon"}}},
                                     &config, &secret);
        QStringList fields;
        for (const Problem &p : bad)
            fields << p.field;
        QCOMPARE(fields, (QStringList{"headers", "url"}));
    }

    void emailBuildsItsSettingsAndSecret()
    {
        EmailChannel e;
        QJsonObject config;
        QString secret;
        QVERIFY(e.build({{"host", "smtp.office"},
                         {"tls", "tls"},
                         {"from", "u@office.test"},
                         {"to", QStringList{"a@office.test"}},
                         {"password", "pw"}},
                        &config, &secret)
                        .isEmpty());
        QCOMPARE(config.value("port").toInt(), 465); // the port TLS implies
        QVERIFY(secret.isEmpty());                   // a password only goes with a login
        QVERIFY(!config.contains("verify"));
        config = {};
        QVERIFY(e.build({{"host", "smtp.office"},
                         {"from", "u@office.test"},
                         {"to", QStringList{"a@office.test"}},
                         {"username", "admin"},
                         {"password", "pw"},
                         {"verify", false},
                         {"port", 2525}},
                        &config, &secret)
                        .isEmpty());
        QCOMPARE(config.value("port").toInt(), 2525);
        QCOMPARE(config.value("tls").toString(), QStringLiteral("starttls"));
        QCOMPARE(config.value("username").toString(), QStringLiteral("admin"));
        QCOMPARE(config.value("verify").toBool(true), false);
        QCOMPARE(secret, QStringLiteral("pw"));
    }

    void emailMessage()
    {
        Channel c;
        c.config = QJsonObject{{"from", "uptrack@office.test"},
                               {"to", QJsonArray{"admin@office.test", "boss@office.test"}}};
        const QByteArray msg = EmailChannel::renderMessage(DeliveryJob{downAlert(), c, {}});
        QVERIFY(msg.contains("From: Uptrack <uptrack@office.test>\r\n"));
        QVERIFY(msg.contains("To: admin@office.test, boss@office.test\r\n"));
        QVERIFY(msg.contains("Subject: =?UTF-8?B?"
                             + QByteArray("nightly-billing is DOWN").toBase64() + "?=\r\n"));
        QVERIFY(msg.contains("X-Uptrack-Event-Id: 11111111-2222-4333-8444-555555555555\r\n"));
        QVERIFY(msg.contains("Message-ID: <11111111-2222-4333-8444-555555555555@uptrack>\r\n"));
        QVERIFY(msg.contains("Content-Type: multipart/alternative"));
        QVERIFY(msg.contains("Content-Type: text/plain; charset=utf-8"));
        QVERIFY(msg.contains("Content-Type: text/html; charset=utf-8"));
        for (const QByteArray &line : msg.split('\n'))
            QVERIFY(line.size() <= 1000); // SMTP's line limit
        const Problems errors
                = EmailChannel().validateConfig(QJsonObject{{"host", "smtp"}, {"from", "a@b"}});
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, QStringLiteral("to"));
        QVERIFY(errors.first().message.contains(QStringLiteral("recipient")));
    }
};

QTEST_GUILESS_MAIN(TestAlertRendering)
#include "tst_alertrendering.moc"
