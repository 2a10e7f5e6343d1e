// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The command handler against a real engine, database and keychain: secrets that come with
// a command land in the keychain only, go with what they belong to, and a refused command
// leaves none behind; refusals say which field is wrong.
#include "control/commandhandler.h"
#include "engine/engine.h"
#include "enginetest.h"
#include "notify/notifier.h"
#include "secrets/secretstore.h"
#include "storage/channelrepository.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace uptrack;

class TestCommandHandler : public testsupport::EngineTest
{
    Q_OBJECT
    SecretStore m_secrets{QStringLiteral("uptrack-test")};
    std::unique_ptr<Notifier> m_notifier;
    std::unique_ptr<CommandHandler> m_handler;

    command::Reply run(const command::Command &c)
    {
        std::optional<command::Reply> reply;
        QEventLoop loop;
        m_handler->handle(c, [&](const command::Reply &r) {
            reply = r;
            loop.quit();
        });
        if (!reply)
            loop.exec();
        return *reply;
    }

    /// Whether the keychain holds `key` (and its value in *value).
    bool stored(const QString &key, QString *value = nullptr)
    {
        QString v, error;
        const bool ok = m_secrets.readSync(key, &v, &error);
        if (value)
            *value = v;
        return ok;
    }

    /// Every text the database holds, in one string.
    QString everythingStored()
    {
        QString all;
        QSqlQuery tables(m_db->sql());
        tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString &t : names) {
            QSqlQuery q(m_db->sql());
            q.exec(QStringLiteral("SELECT * FROM %1").arg(t));
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    all += q.value(i).toString() + QLatin1Char('\n');
            }
        }
        return all;
    }

private slots:
    void init()
    {
        QString error;
        nextDatabase();
        QVERIFY2(openEngine(&error), qPrintable(error));
        m_notifier = std::make_unique<Notifier>(*m_db, m_clock, m_secrets);
        m_handler = std::make_unique<CommandHandler>(*m_engine, m_notifier.get(), m_secrets);
    }
    void cleanup()
    {
        m_handler.reset();
        m_notifier.reset();
        closeEngine();
    }

    void aChannelsSecretLivesInTheKeychainOnly()
    {
        const QString url
                = QStringLiteral("https://hooks.slack.com/services/T0/B0/s3cr3t-%1").arg(m_n);
        command::AddChannel add;
        add.channel.name = QStringLiteral("ops");
        add.channel.kind = QStringLiteral("slack");
        add.channel.secret = url;
        const command::Reply r = run(add);
        QVERIFY2(r.ok, qPrintable(r.error));
        const Channel c = *ChannelRepository(*m_db).find(QStringLiteral("ops"));
        QVERIFY(!c.secretRef.isEmpty());
        QString value;
        QVERIFY(stored(SecretStore::channelKey(c.secretRef), &value));
        QCOMPARE(value, url);
        QVERIFY(!everythingStored().contains(QStringLiteral("s3cr3t")));

        // Removing the channel removes its secret.
        const command::Reply removed = run(command::RemoveChannel{QStringLiteral("ops")});
        QVERIFY2(removed.ok, qPrintable(removed.error));
        QVERIFY(removed.warning.isEmpty());
        QVERIFY(!stored(SecretStore::channelKey(c.secretRef)));
    }

    void aRefusedChannelStoresNothing()
    {
        command::AddChannel add;
        add.channel.name = QStringLiteral("ops");
        add.channel.kind = QStringLiteral("slack");
        add.channel.secret = QStringLiteral("https://hooks.slack.com/services/T/B/X");
        QVERIFY(run(add).ok);
        // The same name again: refused by the engine after the secret was stored.
        add.channel.secret = QStringLiteral("https://hooks.slack.com/services/T/B/second");
        const command::Reply again = run(add);
        QVERIFY(!again.ok);
        QVERIFY2(again.error.contains(QStringLiteral("already exists")), qPrintable(again.error));
        QList<Channel> channels;
        ChannelRepository(*m_db).loadAll(&channels);
        QCOMPARE(channels.size(), 1);
        // Only the first one's secret is left in the keychain.
        QStringList refs;
        QSqlQuery q(m_db->sql());
        q.exec(QStringLiteral("SELECT secret_ref FROM channels"));
        while (q.next())
            refs << q.value(0).toString();
        QCOMPARE(refs.size(), 1);

        // Wrong settings are refused field by field, before anything is stored.
        command::AddChannel mail;
        mail.channel.name = QStringLiteral("mail");
        mail.channel.kind = QStringLiteral("email");
        mail.channel.config = QJsonObject{{QStringLiteral("host"), QStringLiteral("smtp")},
                                          {QStringLiteral("from"), QStringLiteral("a@b")}};
        const command::Reply r = run(mail);
        QVERIFY(!r.ok);
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.first().field, QStringLiteral("to"));
        command::AddChannel nameless;
        nameless.channel.kind = QStringLiteral("slack");
        const command::Reply r2 = run(nameless);
        QCOMPARE(r2.problems.size(), 2); // no name, no URL
        QCOMPARE(r2.problems.first().field, QStringLiteral("name"));
        QCOMPARE(r2.problems.last().field, QStringLiteral("secret"));
        QCOMPARE(run(command::AddChannel{ChannelSpec{QStringLiteral("x"),
                                                     QStringLiteral("fax"),
                                                     {},
                                                     {},
                                                     true,
                                                     true,
                                                     0,
                                                     false}})
                         .problems.first()
                         .field,
                 QStringLiteral("kind"));
    }

    void checkSecretHeadersAreReplacedAndRemoved()
    {
        MonitorSpec spec;
        spec.name = QStringLiteral("intranet");
        spec.kind = MonitorKind::Http;
        spec.check = QJsonObject{{QStringLiteral("target"), QStringLiteral("https://intranet/")}};
        const command::Reply added = run(command::AddMonitor{
                spec, {{QStringLiteral("Authorization"), QStringLiteral("Bearer first")}}});
        QVERIFY2(added.ok, qPrintable(added.error));
        const QString first = m_engine->monitor(added.id)->check.secretRef;
        QVERIFY(!first.isEmpty());
        QCOMPARE(m_engine->monitor(added.id)->check.secretHeaders,
                 QStringList{QStringLiteral("Authorization")});
        QString value;
        QVERIFY(stored(SecretStore::checkKey(first), &value));
        QCOMPARE(QJsonDocument::fromJson(value.toUtf8()).object().value("Authorization").toString(),
                 QStringLiteral("Bearer first"));

        // New values replace the old ones, which leave the keychain.
        command::EditMonitor edit{
                QStringLiteral("intranet"),
                {},
                {{QStringLiteral("Authorization"), QStringLiteral("Bearer two")}}};
        QVERIFY(run(edit).ok);
        const QString second = m_engine->monitor(added.id)->check.secretRef;
        QVERIFY(second != first);
        QVERIFY(!stored(SecretStore::checkKey(first)));
        QVERIFY(stored(SecretStore::checkKey(second)));
        QVERIFY(!everythingStored().contains(QStringLiteral("Bearer")));

        // A refused edit keeps the old values and stores no new ones.
        MonitorSpec bad;
        bad.check = QJsonObject{{QStringLiteral("interval"), 1}};
        const command::Reply refused = run(command::EditMonitor{
                QStringLiteral("intranet"),
                bad,
                {{QStringLiteral("Authorization"), QStringLiteral("Bearer three")}}});
        QVERIFY(!refused.ok);
        QCOMPARE(refused.problems.first().field, QStringLiteral("check.interval"));
        QCOMPARE(m_engine->monitor(added.id)->check.secretRef, second);
        QVERIFY(stored(SecretStore::checkKey(second)));

        // Removing the monitor removes them.
        QVERIFY(run(command::RemoveMonitor{QStringLiteral("intranet")}).ok);
        QVERIFY(!stored(SecretStore::checkKey(second)));
    }

    void refusalsNameTheirFields()
    {
        MonitorSpec spec;
        spec.name = QString();
        spec.periodMs = 10;
        spec.cron = QStringLiteral("0 0 30 2 *");
        spec.timeZone = QStringLiteral("Mars/Olympus");
        const command::Reply r = run(command::AddMonitor{spec, {}});
        QVERIFY(!r.ok);
        QStringList fields;
        for (const Problem &p : r.problems)
            fields << p.field;
        QCOMPARE(fields,
                 (QStringList{QStringLiteral("name"), QStringLiteral("period"),
                              QStringLiteral("cron"), QStringLiteral("tz")}));
        QVERIFY2(r.error.contains(QStringLiteral("never fire")), qPrintable(r.error));
        QVERIFY(m_engine->monitors().isEmpty());
        // A slug another monitor has: the engine knows, and says which field.
        MonitorSpec a;
        a.name = QStringLiteral("a");
        QVERIFY(run(command::AddMonitor{a, {}}).ok);
        MonitorSpec b;
        b.name = QStringLiteral("b");
        b.slug = QStringLiteral("a");
        const command::Reply taken = run(command::AddMonitor{b, {}});
        QCOMPARE(taken.problems.value(0).field, QStringLiteral("slug"));
        QVERIFY(run(command::PauseMonitor{QStringLiteral("nope")})
                        .error.contains(QStringLiteral("nope")));
    }
};

QTEST_GUILESS_MAIN(TestCommandHandler)
#include "tst_commandhandler.moc"
