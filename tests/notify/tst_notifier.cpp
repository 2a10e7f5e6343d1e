// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox against real HTTP servers on loopback and the real keychain: retries,
// Retry-After, exactly-once with event ids, a broken channel beside a good one,
// giving up after a day, reminders.
#include "engine/engine.h"
#include "enginetest.h"
#include "httpsink.h"
#include "notify/channels/discord/discordchannel.h"
#include "notify/channels/slack/slackchannel.h"
#include "notify/notifier.h"
#include "secrets/secretstore.h"
#include "storage/alertrepository.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace uptrack;
using testsupport::HttpSink;

class TestNotifier : public testsupport::EngineTest
{
    Q_OBJECT
    SecretStore m_secrets{QStringLiteral("uptrack-test")};
    std::unique_ptr<Notifier> m_notifier;
    QStringList m_keys;

    Channel addChannel(const QString &name, const QString &url, qint64 reminderMs = 0,
                       const QString &kind = QStringLiteral("slack"))
    {
        Channel c;
        c.name = name;
        c.kind = kind;
        c.secretRef = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c.reminderMs = reminderMs;
        QString error;
        const bool stored = m_secrets.writeSync(SecretStore::channelKey(c.secretRef), url, &error);
        [&] { QVERIFY2(stored, qPrintable(error)); }();
        m_keys << SecretStore::channelKey(c.secretRef);
        auto added = m_engine->addChannel(c, &error);
        [&] { QVERIFY2(added, qPrintable(error)); }();
        return added.value_or(Channel());
    }

    Monitor addMonitor(const QStringList &channels)
    {
        MonitorSpec spec;
        spec.name = QStringLiteral("job%1").arg(m_n);
        spec.periodMs = 3'600'000;
        spec.graceMs = 60'000;
        spec.channels = channels;
        QString error;
        return *m_engine->addMonitor(spec, &error);
    }

    void fail(const Monitor &m)
    {
        Ping s;
        s.kind = PingKind::Fail;
        s.exitStatus = 2;
        m_engine->submitPing(PingTarget::byToken(m.token), s, [](PingOutcome) {});
        m_engine->commitNow();
    }

    /// The kinds of every alert raised so far, oldest first.
    QStringList alertKinds()
    {
        QList<Alert> alerts;
        AlertRepository(*m_db).alerts(0, 0, &alerts);
        QStringList kinds;
        for (const Alert &a : std::as_const(alerts))
            kinds.append(alertKindName(a.kind));
        return kinds;
    }

    QList<Delivery> deliveries()
    {
        AlertRepository repo(*m_db);
        QList<Alert> alerts;
        repo.alerts(0, 0, &alerts);
        QList<Delivery> out;
        for (const Alert &a : alerts)
            repo.deliveriesOf(a.id, &out);
        return out;
    }

    // Time passes: the engine raises what is due (reminders), the notifier sends it.
    void step(qint64 ms)
    {
        m_clock.advance(ms);
        m_engine->processDue();
        m_notifier->processDue();
    }

private slots:
    void init()
    {
        QString error;
        QVERIFY2(startOnNewDatabase(&error), qPrintable(error));
        m_notifier = std::make_unique<Notifier>(*m_db, m_clock, m_secrets);
        connect(m_engine.get(), &Engine::outboxChanged, m_notifier.get(), &Notifier::wake);
        connect(m_engine.get(), &Engine::channelsChanged, m_notifier.get(),
                &Notifier::channelsChanged);
        m_notifier->start();
    }
    void cleanup()
    {
        m_notifier.reset();
        closeEngine();
        QString ignored;
        for (const QString &k : std::as_const(m_keys))
            m_secrets.removeSync(k, &ignored);
        m_keys.clear();
    }

    void retriedUntilDeliveredExactlyOnce()
    {
        HttpSink sink;
        sink.script({{500, {}, false}, {429, "Retry-After: 120\r\n", false}, {200, {}, false}});
        addChannel(QStringLiteral("ops"), sink.url());
        const Monitor m = addMonitor({QStringLiteral("ops")});
        fail(m);
        QTRY_COMPARE(sink.received.size(), 1); // 500
        QTRY_COMPARE(deliveries().first().attempts, 1);
        Delivery d = deliveries().first();
        QCOMPARE(d.state, DeliveryState::Pending);
        QCOMPARE(d.nextAttemptMs, m_clock.nowMs() + 30'000); // first retry after 30 s
        QVERIFY(d.outcome.startsWith(QStringLiteral("HTTP 500")));

        // The notifier starts what is due at once (the fake clock decides): nothing in
        // flight right after the step means nothing was sent, no waiting needed.
        step(29'999);
        QCOMPARE(m_notifier->inFlight(), 0); // not yet
        QCOMPARE(deliveries().first().attempts, 1);
        step(1);
        QCOMPARE(m_notifier->inFlight(), 1);
        QTRY_COMPARE(sink.received.size(), 2); // 429 with Retry-After: 120
        QTRY_COMPARE(deliveries().first().attempts, 2);
        QCOMPARE(deliveries().first().nextAttemptMs, m_clock.nowMs() + 120'000);

        step(120'000);
        QTRY_COMPARE(sink.accepted.size(), 1);
        QTRY_COMPARE(deliveries().first().state, DeliveryState::Delivered);
        d = deliveries().first();
        QCOMPARE(d.attempts, 3);
        QCOMPARE(d.outcome, QStringLiteral("HTTP 200"));
        // The same event id on every try, so the receiver can tell a retry.
        const QByteArray id = sink.received[0].headers.value("x-uptrack-event-id");
        QVERIFY(!id.isEmpty());
        for (const auto &r : std::as_const(sink.received))
            QCOMPARE(r.headers.value("x-uptrack-event-id"), id);
        QList<DeliveryAttempt> attempts;
        AlertRepository(*m_db).attemptsOf(d.id, &attempts);
        QCOMPARE(attempts.size(), 3);
        QVERIFY(!attempts[0].success && !attempts[1].success && attempts[2].success);
        // Nothing more is sent, whatever the time.
        step(86'400'000);
        QCOMPARE(m_notifier->inFlight(), 0);
        QCOMPARE(sink.received.size(), 3);
    }

    void brokenChannelDoesNotDelayOthers()
    {
        HttpSink stuck;
        stuck.script({{200, {}, true}, {200, {}, true}, {200, {}, true}});
        HttpSink good;
        addChannel(QStringLiteral("stuck"), stuck.url());
        addChannel(QStringLiteral("good"), good.url());
        for (int i = 0; i < 3; ++i)
            fail(addMonitor({QStringLiteral("stuck"), QStringLiteral("good")}));
        QTRY_COMPARE(good.accepted.size(), 3);
        QCOMPARE(stuck.accepted.size(), 0);
    }

    void givesUpAfterADay()
    {
        HttpSink down;
        QList<HttpSink::Answer> always503;
        for (int i = 0; i < 100; ++i)
            always503.append({503, {}, false});
        down.script(always503);
        addChannel(QStringLiteral("down"), down.url());
        fail(addMonitor({QStringLiteral("down")}));
        QTRY_COMPARE(down.received.size(), 1);
        QTRY_COMPARE(deliveries().first().attempts, 1);
        for (int hour = 0; hour < 30 && deliveries().first().state == DeliveryState::Pending;
             ++hour) {
            const int before = int(down.received.size());
            step(3'600'000);
            QTRY_VERIFY2(down.received.size() > before
                                 || deliveries().first().state != DeliveryState::Pending,
                         qPrintable(QStringLiteral("hour %1: next %2 now %3 attempts %4")
                                            .arg(hour)
                                            .arg(deliveries().first().nextAttemptMs)
                                            .arg(m_clock.nowMs())
                                            .arg(deliveries().first().attempts)));
            QTRY_VERIFY(m_notifier->inFlight() == 0);
        }
        const Delivery d = deliveries().first();
        QCOMPARE(d.state, DeliveryState::Failed);
        QVERIFY2(d.outcome.contains(QStringLiteral("gave up")), qPrintable(d.outcome));
        QVERIFY(d.doneMs - (m_clock.nowMs() - 0) <= 0);
        QVERIFY(down.received.size() >= 10); // 30 s, 1, 2, 4, ... 64 min, then hourly
    }

    void channelWithoutItsSecretFailsAtOnce()
    {
        // A channel stored without the secret its kind needs (a hand-edited or damaged
        // database) fails with the reason instead of retrying for a day.
        Channel c;
        c.name = QStringLiteral("nosecret");
        c.kind = QStringLiteral("slack");
        QString error;
        QVERIFY(m_engine->addChannel(c, &error));
        fail(addMonitor({QStringLiteral("nosecret")}));
        QTRY_COMPARE(deliveries().first().state, DeliveryState::Failed);
        const Delivery d = deliveries().first();
        QCOMPARE(d.attempts, 1);
        QVERIFY2(d.outcome.contains(QStringLiteral("keychain")), qPrintable(d.outcome));
    }

    void remindersWhileDown()
    {
        HttpSink sink;
        addChannel(QStringLiteral("ops"), sink.url(), 3'600'000);
        const Monitor m = addMonitor({QStringLiteral("ops")});
        fail(m);
        QTRY_COMPARE(sink.accepted.size(), 1);
        // Alerts are raised at once when due (the fake clock decides), so the outbox says
        // for certain whether one was: no waiting for something not to arrive.
        step(3'599'000);
        QCOMPARE(alertKinds(), (QStringList{QStringLiteral("down")}));
        step(1000);
        QCOMPARE(alertKinds(), (QStringList{QStringLiteral("down"), QStringLiteral("reminder")}));
        QTRY_COMPARE(sink.accepted.size(), 2);
        QCOMPARE(sink.accepted[1].json().value("text").toString(),
                 QStringLiteral("%1 is still DOWN").arg(m.name));
        // Recovered: no more reminders, one recovery notice.
        Ping ok;
        m_engine->submitPing(PingTarget::byToken(m.token), ok, [](PingOutcome) {});
        m_engine->commitNow();
        QTRY_COMPARE(sink.accepted.size(), 3);
        QVERIFY(sink.accepted[2].json().value("text").toString().contains(
                QStringLiteral("back UP")));
        // Just past when the next reminder was due, before the monitor is late again.
        step(3'630'000);
        QCOMPARE(alertKinds(),
                 (QStringList{QStringLiteral("down"), QStringLiteral("reminder"),
                              QStringLiteral("up")}));
        QCOMPARE(sink.accepted.size(), 3);
    }

    void channelThatWantsOnlyDownAlerts()
    {
        HttpSink sink;
        Channel c = addChannel(QStringLiteral("pager"), sink.url());
        c.onUp = false;
        QString error;
        QVERIFY(m_engine->editChannel(c, &error));
        const Monitor m = addMonitor({QStringLiteral("pager")});
        fail(m);
        QTRY_COMPARE(sink.accepted.size(), 1);
        Ping ok;
        m_engine->submitPing(PingTarget::byToken(m.token), ok, [](PingOutcome) {});
        m_engine->commitNow();
        QList<Alert> alerts;
        AlertRepository(*m_db).alerts(0, 0, &alerts);
        QCOMPARE(alerts.last().kind, AlertKind::Up); // the alert is on record...
        QList<Delivery> toPager;
        AlertRepository(*m_db).deliveriesOf(alerts.last().id, &toPager);
        QVERIFY(toPager.isEmpty()); // ...but no recovery notice goes to this channel
        QCOMPARE(sink.received.size(), 1);
    }

    void pendingSurvivesARestartOfTheNotifier()
    {
        quint16 port;
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            port = probe.serverPort();
        } // nobody listens there now: connection refused
        addChannel(QStringLiteral("later"), QStringLiteral("http://127.0.0.1:%1/hook").arg(port));
        fail(addMonitor({QStringLiteral("later")}));
        QTRY_COMPARE(deliveries().first().attempts, 1);
        m_notifier.reset(); // as if Uptrack stopped

        QTcpServer placeholder; // the receiver comes back on the same port
        HttpSink sink;
        m_notifier = std::make_unique<Notifier>(*m_db, m_clock, m_secrets);
        // Point the channel at the live sink (the URL lives in the keychain).
        const Channel *c = m_engine->findChannel(QStringLiteral("later"));
        QString error;
        QVERIFY(m_secrets.writeSync(SecretStore::channelKey(c->secretRef), sink.url(), &error));
        m_notifier->start();
        step(30'000);
        QTRY_COMPARE(sink.accepted.size(), 1);
        QTRY_COMPARE(deliveries().first().state, DeliveryState::Delivered);
    }

    void testMessageIsRecorded()
    {
        HttpSink sink;
        const Channel c = addChannel(QStringLiteral("t"), sink.url());
        std::optional<bool> delivered;
        m_notifier->sendTest(c.id, [&](bool ok, const QString &) { delivered = ok; });
        QTRY_VERIFY(delivered.has_value());
        QVERIFY(*delivered);
        QCOMPARE(sink.accepted.first().json().value("text").toString(),
                 QStringLiteral("Uptrack test message"));
        AlertRepository repo(*m_db);
        QList<Alert> alerts;
        repo.alerts(0, 0, &alerts);
        QCOMPARE(alerts.last().kind, AlertKind::Test);
    }

    void receiversGetExactlyTheDocumentedJson()
    {
        // What reaches the Discord and Slack stand-ins is byte for byte what the
        // renderers (tested against the documented formats) produce for the alert.
        HttpSink discordSink, slackSink;
        const Channel discord = addChannel(QStringLiteral("discord"), discordSink.url(), 0,
                                           QStringLiteral("discord"));
        addChannel(QStringLiteral("slack"), slackSink.url());
        fail(addMonitor({QStringLiteral("discord"), QStringLiteral("slack")}));
        QTRY_COMPARE(discordSink.accepted.size(), 1);
        QTRY_COMPARE(slackSink.accepted.size(), 1);
        QList<Alert> alerts;
        AlertRepository(*m_db).alerts(0, 0, &alerts);
        const Alert alert = alerts.last();
        QCOMPARE(discordSink.accepted[0].body,
                 discord::render(DeliveryJob{alert, discord, discordSink.url()}).body);
        QCOMPARE(slackSink.accepted[0].body,
                 slack::render(DeliveryJob{alert, Channel{}, slackSink.url()}).body);
        QCOMPARE(discordSink.accepted[0].headers.value("content-type"),
                 QByteArray("application/json"));
        const QJsonObject embed
                = discordSink.accepted[0].json().value("embeds").toArray().first().toObject();
        QCOMPARE(embed.value("title").toString(),
                 QStringLiteral("%1 is DOWN").arg(alert.facts.value("monitor").toString()));
        QCOMPARE(embed.value("color").toInt(), 0xd13438);
    }

    void secretIsNotInTheDatabase()
    {
        HttpSink sink;
        addChannel(QStringLiteral("s"), sink.url(QStringLiteral("/very-secret-path-4711")));
        fail(addMonitor({QStringLiteral("s")}));
        QTRY_COMPARE(sink.accepted.size(), 1);
        m_notifier.reset();
        m_engine.reset();
        const QString path = m_db->path();
        m_db.reset();
        for (const QString &file : {path, path + QStringLiteral("-wal")}) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY(!f.readAll().contains("very-secret-path-4711"));
        }
    }
};

QTEST_GUILESS_MAIN(TestNotifier)
#include "tst_notifier.moc"
