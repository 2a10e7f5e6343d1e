// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// EventFeed, the console's live line to a core on another machine, against a real headless
// core with --tls auto on loopback, through a TCP relay the test can cut (connections
// reset), freeze (nothing passes, nothing closes: a pulled cable) and restore: each ping's
// event arrives once and in order across every break, a restarted core asks for a reload,
// a wrong key and a changed certificate are said, never retried silently as success.
#include "relay.h"
#include "remote/eventfeed.h"
#include "tlscore.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace testsupport;
using namespace uptrack;

class TestEventFeed : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<TlsCore> m_core;
    quint16 m_tlsPort = 0;
    QString m_key;
    QString m_fingerprint;
    QString m_token;

    void ping(int n)
    {
        QCOMPARE(httpStatus(m_core->port(), "POST", "/ping/" + m_token.toLatin1(),
                            "run " + QByteArray::number(n)),
                 200);
    }
    /// The bodies' run numbers of the ping events seen, in order.
    struct Seen
    {
        QList<int> runs;
        QList<qint64> ids;
        int resyncs = 0;
    };
    void watch(remote::EventFeed &feed, Seen &seen)
    {
        connect(&feed, &remote::EventFeed::event, this,
                [&seen](qint64 id, const QString &type, const QJsonObject &data) {
                    seen.ids.append(id);
                    if (type == QLatin1String("ping"))
                        seen.runs.append(data.value("body_bytes").toInt()); // one per ping
                });
        connect(&feed, &remote::EventFeed::resync, this, [&seen] { ++seen.resyncs; });
    }
    static bool increasing(const QList<qint64> &ids)
    {
        for (qsizetype i = 1; i < ids.size(); ++i) {
            if (ids[i] <= ids[i - 1])
                return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        m_core = std::make_unique<TlsCore>(m_dir.filePath(QStringLiteral("server")));
        QVERIFY(m_core->start());
        m_tlsPort = m_core->tlsPort();
        m_key = m_core->addKey(QStringLiteral("console"));
        m_fingerprint = m_core->fingerprint();
        m_token = m_core->local({"monitor", "add", "--name", "job", "--json"})
                          .object()
                          .value("token")
                          .toString();
        QVERIFY(!m_token.isEmpty());
    }

    void aPingArrivesAtOnceAndEachOnceAcrossACut()
    {
        Relay relay(m_tlsPort);
        QVERIFY(relay.listen());
        const quint16 relayPort = relay.port();
        remote::EventFeed feed(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(relayPort)), m_key,
                               m_fingerprint);
        feed.setTimings(200, 1000, 20'000);
        Seen seen;
        watch(feed, seen);
        QSignalSpy changes(&feed, &remote::EventFeed::connectedChanged);
        feed.start();
        QVERIFY(waitFor([&] { return feed.connected(); }, 10'000));
        QElapsedTimer t;
        t.start();
        ping(1);
        QVERIFY(waitFor([&] { return seen.runs.size() == 1; }, 5000));
        qInfo("ping to event: %lld ms", qint64(t.elapsed()));
        QVERIFY(t.elapsed() < 1000);
        // The line goes; pings happen meanwhile; it comes back on the same address.
        relay.cut();
        QVERIFY(waitFor([&] { return !feed.connected(); }, 10'000));
        QVERIFY(feed.lostAt().isValid());
        QCOMPARE(changes.last().at(0).toBool(), false);
        QVERIFY(!changes.last().at(1).toString().isEmpty()); // says why
        for (int i = 2; i <= 6; ++i)
            ping(i);
        QVERIFY(relay.listen(relayPort));
        QVERIFY(waitFor([&] { return feed.connected() && seen.runs.size() >= 6; }, 15'000));
        QTest::qWait(500);
        // Caught up through Last-Event-ID: every one, once, in order.
        QCOMPARE(seen.runs.size(), 6);
        QVERIFY(increasing(seen.ids));
        QCOMPARE(seen.resyncs, 0);
    }

    void aPulledCableIsNoticedAndCaughtUp()
    {
        Relay relay(m_tlsPort);
        QVERIFY(relay.listen());
        remote::EventFeed feed(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(relay.port())),
                               m_key, m_fingerprint);
        // Silence longer than the core's 15 s keep-alive means the line is dead.
        feed.setTimings(200, 1000, 18'000);
        Seen seen;
        watch(feed, seen);
        connect(&feed, &remote::EventFeed::connectedChanged, this, [](bool on, const QString &why) {
            qInfo("%s %s", on ? "connected" : "lost:", qPrintable(why));
        });
        feed.start();
        QVERIFY(waitFor([&] { return feed.connected(); }, 10'000));
        relay.freeze(true);
        ping(7);
        ping(8);
        QTest::qWait(1000);
        QVERIFY(seen.runs.isEmpty()); // nothing passes
        QVERIFY(waitFor([&] { return !feed.connected(); }, 30'000));
        relay.freeze(false);
        QVERIFY(waitFor([&] { return feed.connected() && seen.runs.size() >= 2; }, 20'000));
        QTest::qWait(500);
        QCOMPARE(seen.runs.size(), 2);
        QVERIFY(increasing(seen.ids));
    }

    void aRestartedCoreAsksForAReload()
    {
        remote::EventFeed feed(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_tlsPort)), m_key,
                               m_fingerprint);
        feed.setTimings(200, 1000, 20'000);
        Seen seen;
        watch(feed, seen);
        feed.start();
        QVERIFY(waitFor([&] { return feed.connected(); }, 10'000));
        ping(9);
        QVERIFY(waitFor([&] { return seen.runs.size() == 1; }, 5000));
        m_core->kill9(); // no goodbye
        QVERIFY(waitFor([&] { return !feed.connected(); }, 10'000));
        QVERIFY(m_core->start());
        QVERIFY(waitFor([&] { return feed.connected(); }, 15'000));
        // Its events of the old run are gone: reload, never a silent gap.
        QVERIFY(waitFor([&] { return seen.resyncs == 1; }, 5000));
        ping(10);
        QVERIFY(waitFor([&] { return seen.runs.size() == 2; }, 5000));
        QVERIFY(increasing(seen.ids));
    }

    void aWrongKeyOrCertificateIsSaid()
    {
        remote::EventFeed wrongKey(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_tlsPort)),
                                   QStringLiteral("wrongwrongwrongwrongwrongwrong12"),
                                   m_fingerprint);
        QSignalSpy keyChanges(&wrongKey, &remote::EventFeed::connectedChanged);
        wrongKey.start();
        QVERIFY(keyChanges.wait(10'000));
        QCOMPARE(keyChanges.first().at(0).toBool(), false);
        QVERIFY2(keyChanges.first().at(1).toString().contains(QLatin1String("refused the API key")),
                 qPrintable(keyChanges.first().at(1).toString()));
        QVERIFY(!wrongKey.connected());

        const QString other = m_core->otherFingerprint();
        remote::EventFeed wrongCert(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_tlsPort)),
                                    m_key, other);
        QSignalSpy certChanges(&wrongCert, &remote::EventFeed::connectedChanged);
        wrongCert.start();
        QVERIFY(certChanges.wait(10'000));
        QVERIFY2(certChanges.first().at(1).toString().contains(QLatin1String("has changed")),
                 qPrintable(certChanges.first().at(1).toString()));
        QVERIFY(!wrongCert.connected());
    }

    void cleanupTestCase() { QCOMPARE(m_core->terminate(), 0); }
};

QTEST_GUILESS_MAIN(TestEventFeed)
#include "tst_eventfeed.moc"
