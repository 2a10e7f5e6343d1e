// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// uptrack-run end to end against a headless Uptrack: what each kind of ending stores.
#include "processhelpers.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace testsupport;

namespace {
QString runner()
{
    return QStringLiteral(UPTRACK_RUN_BINARY);
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

Run run(const QStringList &args,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(runner(), args);
    p.waitForFinished(60'000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError(), t.elapsed()};
}
} // namespace

class TestUptrackRun : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<Instance> m_instance;
    QString m_url;
    QString m_slug = QStringLiteral("job");

    QJsonArray pings()
    {
        return cli({QStringLiteral("monitor"), QStringLiteral("pings"), m_slug,
                    QStringLiteral("--db"), m_db, QStringLiteral("--json")})
                .array();
    }

    QString spoolDir() const { return m_dir.filePath(QStringLiteral("cache/uptrack-run")); }

    QStringList spooled() const
    {
        return QDir(spoolDir()).entryList({QStringLiteral("*.ping")}, QDir::Files, QDir::Name);
    }

    /// What the retriers wrote in the spool's log: said when a test fails.
    QByteArray retrierLog() const
    {
        QFile log(QDir(spoolDir()).filePath(QStringLiteral("retrier.log")));
        return log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray("(no retrier.log)");
    }

    /// The retriers runs of this test left (they live on until the spool is empty).
    /// Waits until they are gone, so that none is still stepping down (holding the
    /// retrier's lock) when the next test's run wants one.
    void stopRetriers()
    {
        const QStringList pattern{QStringLiteral("-f"),
                                  QStringLiteral("retry-spool ") + spoolDir()};
        QProcess::execute(QStringLiteral("pkill"), pattern);
        QVERIFY(waitFor([&] { return QProcess::execute(QStringLiteral("pgrep"), pattern) == 1; },
                        10'000));
    }

    /// A monitor `name` in `db`, made while no core runs there; its ping URL on `port`.
    QString monitorNotListenedFor(const QString &db, const QString &name, quint16 port)
    {
        const QJsonObject m
                = cli({QStringLiteral("monitor"), QStringLiteral("add"), QStringLiteral("--name"),
                       name, QStringLiteral("--db"), db, QStringLiteral("--json")})
                          .object();
        return QStringLiteral("http://127.0.0.1:%1/ping/%2")
                .arg(port)
                .arg(m.value(QLatin1String("token")).toString());
    }

    /// Waits until `monitor pings` of `slug` on `db` lists `count` pings.
    QJsonArray waitForPings(const QString &db, const QString &slug, qsizetype count,
                            int timeoutMs = 20'000)
    {
        QElapsedTimer t;
        t.start();
        QJsonArray all;
        do {
            all = cli({QStringLiteral("monitor"), QStringLiteral("pings"), slug,
                       QStringLiteral("--db"), db, QStringLiteral("--json")})
                          .array();
            if (all.size() >= count)
                break;
            QTest::qWait(200);
        } while (t.elapsed() < timeoutMs);
        return all;
    }

private slots:
    void initTestCase()
    {
        // Every run's spool in this test's folder, never the user's.
        qputenv("XDG_CACHE_HOME", m_dir.filePath(QStringLiteral("cache")).toLocal8Bit());
        qputenv("UPTRACK_RUN_RETRY_PAUSE_MS", "300");
        m_db = m_dir.filePath(QStringLiteral("run.db"));
        m_instance = std::make_unique<Instance>(m_db, freePort());
        QVERIFY(m_instance->waitReady());
        const QJsonObject m
                = cli({QStringLiteral("monitor"), QStringLiteral("add"), QStringLiteral("--name"),
                       m_slug, QStringLiteral("--db"), m_db, QStringLiteral("--json")})
                          .object();
        m_url = m.value(QLatin1String("ping_url")).toString();
        QVERIFY(m_url.startsWith(QLatin1String("http")));
        // The printed URL names this machine's address; use loopback, where the test listens.
        m_url = QStringLiteral("http://127.0.0.1:%1/ping/%2")
                        .arg(m_instance->port())
                        .arg(m.value(QLatin1String("token")).toString());
    }

    void endings_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("body");
        QTest::addRow("success") << QStringList{"sh", "-c", "echo all good; sleep 0.3"}
                                 << QStringList{} << 0 << "success" << QByteArray("all good\n");
        QTest::addRow("fails with 3") << QStringList{"sh", "-c", "echo disk full >&2; exit 3"}
                                      << QStringList{} << 3 << "fail" << QByteArray("disk full\n");
        QTest::addRow("killed by a signal") << QStringList{"sh", "-c", "kill -KILL $$"}
                                            << QStringList{} << 137 << "fail" << QByteArray();
        QTest::addRow("past its timeout")
                << QStringList{"sh", "-c", "echo begun; sleep 30"} << QStringList{"--timeout", "1s"}
                << 124 << "fail" << QByteArray("begun\n");
        QTest::addRow("not there") << QStringList{"/nonexistent/job"} << QStringList{} << 127
                                   << "fail" << QByteArray();
    }
    void endings()
    {
        QFETCH(QStringList, command);
        QFETCH(QStringList, options);
        QFETCH(int, status);
        QFETCH(QString, kind);
        QFETCH(QByteArray, body);
        const qsizetype before = pings().size();
        const Run r = run(options + QStringList{m_url, QStringLiteral("--")} + command);
        QCOMPARE(r.exitCode, status); // the job's status, always
        if (!body.isEmpty() && kind == QLatin1String("success"))
            QCOMPARE(r.out, body); // output passes through unchanged
        const QJsonArray all = pings();
        QCOMPARE(all.size(), before + 2);
        const QJsonObject start = all[all.size() - 2].toObject();
        const QJsonObject finish = all[all.size() - 1].toObject();
        QCOMPARE(start.value("kind").toString(), QStringLiteral("start"));
        QCOMPARE(finish.value("kind").toString(), kind);
        QCOMPARE(finish.value("exit_status").toInt(), status);
        QVERIFY(!start.value("rid").toString().isEmpty());
        QCOMPARE(finish.value("rid").toString(), start.value("rid").toString()); // paired
        QVERIFY(finish.value("duration_ms").toDouble() >= 0);                    // a timed run
        if (!body.isEmpty())
            QVERIFY2(finish.value("body").toString().startsWith(QString::fromUtf8(body)),
                     qPrintable(finish.value("body").toString()));
        QVERIFY(finish.value("user_agent").toString().startsWith(QLatin1String("uptrack-run/")));
    }

    void keepsTheLast100KiloBytes()
    {
        const Run r = run({m_url, QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                           QStringLiteral("head -c 300000 /dev/zero | tr '\\\\0' a; echo END")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.size(), 300'004); // all of it on our standard output
        const QJsonObject finish = pings().last().toObject();
        const QString body = finish.value("body").toString();
        QVERIFY(body.endsWith(QLatin1String("END\n")));
        QVERIFY(body.size() <= 100 * 1024);
    }

    void consoleDownWarnsButNeverFailsTheJob()
    {
        const QString nowhere = QStringLiteral("http://127.0.0.1:%1/ping/abc").arg(freePort());
        const Run r = run({nowhere, QStringLiteral("--"), QStringLiteral("sh"),
                           QStringLiteral("-c"), QStringLiteral("echo ran; exit 4")});
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(r.out, QByteArray("ran\n"));
        QVERIFY2(r.err.contains("could not send the /4 ping"), r.err.constData());
        QVERIFY(r.elapsedMs < 30'000);
        stopRetriers();
        for (const QString &f : spooled())
            QFile::remove(QDir(spoolDir()).filePath(f));
    }

    void triesTheNextUrlWhenOneCannotBeReached()
    {
        const QString nowhere = QStringLiteral("http://127.0.0.1:%1/ping/abc").arg(freePort());
        const qsizetype before = pings().size();
        const Run r = run({nowhere, m_url, QStringLiteral("--"), QStringLiteral("sh"),
                           QStringLiteral("-c"), QStringLiteral("echo second; exit 0")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData()); // the standby took both pings
        QVERIFY(r.elapsedMs < 5000);                  // at once, not after retries
        const QJsonArray all = pings();
        QCOMPARE(all.size(), before + 2);
        QCOMPARE(all[all.size() - 2].toObject().value("kind").toString(), QStringLiteral("start"));
        QCOMPARE(all.last().toObject().value("kind").toString(), QStringLiteral("success"));
        QVERIFY(spooled().isEmpty());
    }

    void spoolsWhatNoServerTookAndSendsItLater()
    {
        // A second core, stopped while the job runs: its monitor is made beforehand.
        const QString db = m_dir.filePath(QStringLiteral("later.db"));
        const quint16 port = freePort();
        const QString url = monitorNotListenedFor(db, QStringLiteral("nightly"), port);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const Run r = run({url, QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                           QStringLiteral("echo backed up; exit 0")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.elapsedMs < 30'000);
        QVERIFY2(r.err.contains("it waits in"), r.err.constData());
        // Both pings wait, in order, owner-only.
        QStringList files = spooled();
        QCOMPARE(files.size(), 2);
        QCOMPARE(QFileInfo(spoolDir()).permissions() & 0x0077, QFileDevice::Permissions());
        for (const QString &f : files) {
            const QFileInfo info(QDir(spoolDir()).filePath(f));
            QCOMPARE(info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                     QFileDevice::Permissions());
        }
        QFile first(QDir(spoolDir()).filePath(files.first()));
        QVERIFY(first.open(QIODevice::ReadOnly));
        const QJsonObject entry = QJsonDocument::fromJson(first.readAll()).object();
        QCOMPARE(entry.value("suffix").toString(), QStringLiteral("start"));
        QVERIFY(entry.value("sent_at").toDouble() >= double(before));
        // The core comes back: the detached retrier delivers both, start first.
        Instance core(db, port);
        QVERIFY(core.waitReady());
        const QJsonArray all = waitForPings(db, QStringLiteral("nightly"), 2);
        QVERIFY2(all.size() == 2, retrierLog().constData());
        QCOMPARE(all[0].toObject().value("kind").toString(), QStringLiteral("start"));
        QCOMPARE(all[1].toObject().value("kind").toString(), QStringLiteral("success"));
        QCOMPARE(all[1].toObject().value("body").toString(), QStringLiteral("backed up\n"));
        QCOMPARE(all[1].toObject().value("rid").toString(),
                 all[0].toObject().value("rid").toString());
        QTRY_VERIFY_WITH_TIMEOUT(spooled().isEmpty(), 10'000);
        // Its log says what it did, naming the server but never the check's token.
        QVERIFY(waitFor([&] { return retrierLog().contains("the spool is empty: done"); }, 10'000));
        const QByteArray log = retrierLog();
        QVERIFY2(log.contains("sent the /start ping") && log.contains("sent the /0 ping"),
                 log.constData());
        QVERIFY(log.contains("kept the /start ping")); // while the core was down
        QVERIFY(log.contains(QByteArray::number(port)));
        QVERIFY(!log.contains(QUrl(url).path().section(QLatin1Char('/'), -1).toLatin1()));
        QCOMPARE(QFileInfo(QDir(spoolDir()).filePath(QStringLiteral("retrier.log"))).permissions()
                         & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        // With nothing left the retrier steps down.
        QTRY_COMPARE_WITH_TIMEOUT(QProcess::execute(QStringLiteral("pgrep"),
                                                    {QStringLiteral("-f"),
                                                     QStringLiteral("retry-spool ") + spoolDir()}),
                                  1, 10'000);
    }

    void aLaterRunSendsTheSpoolFirst()
    {
        const QString db = m_dir.filePath(QStringLiteral("flush.db"));
        const quint16 port = freePort();
        const QString url = monitorNotListenedFor(db, QStringLiteral("backup"), port);
        // A retrier that waits an hour between passes: only the next run can send.
        QProcessEnvironment slow = QProcessEnvironment::systemEnvironment();
        slow.insert(QStringLiteral("UPTRACK_RUN_RETRY_PAUSE_MS"), QStringLiteral("3600000"));
        QCOMPARE(run({url, QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                      QStringLiteral("exit 5")},
                     slow)
                         .exitCode,
                 5);
        QCOMPARE(spooled().size(), 2);
        Instance core(db, port);
        QVERIFY(core.waitReady());
        QTest::qWait(1000);
        QCOMPARE(spooled().size(), 2); // the retrier sleeps
        const Run r = run({url, QStringLiteral("--"), QStringLiteral("true")}, slow);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QJsonArray all = waitForPings(db, QStringLiteral("backup"), 4);
        QCOMPARE(all.size(), 4);
        const QStringList kinds{all[0].toObject().value("kind").toString(),
                                all[1].toObject().value("kind").toString(),
                                all[2].toObject().value("kind").toString(),
                                all[3].toObject().value("kind").toString()};
        QCOMPARE(kinds, (QStringList{"start", "fail", "start", "success"}));
        QCOMPARE(all[1].toObject().value("exit_status").toInt(), 5);
        QVERIFY(spooled().isEmpty());
        stopRetriers();
    }

    void aSpooledPingCountsWhenMeantAndTheOtherJobGoesDownAfterTheSettle()
    {
        const QString db = m_dir.filePath(QStringLiteral("asleep.db"));
        auto add = [&](const QString &name) {
            return cli({QStringLiteral("monitor"), QStringLiteral("add"), QStringLiteral("--name"),
                        name, QStringLiteral("--period"), QStringLiteral("10s"),
                        QStringLiteral("--grace"), QStringLiteral("1s"), QStringLiteral("--db"), db,
                        QStringLiteral("--json")})
                    .object();
        };
        const QJsonObject ran = add(QStringLiteral("ran"));
        const QJsonObject never = add(QStringLiteral("never"));
        QVERIFY(!ran.isEmpty() && !never.isEmpty());
        const quint16 port = freePort();
        const QStringList settle{QStringLiteral("--settle"), QStringLiteral("4s")};
        auto show = [&](const QString &slug) {
            return cli({QStringLiteral("monitor"), QStringLiteral("show"), slug,
                        QStringLiteral("--db"), db, QStringLiteral("--json")})
                    .object();
        };
        {
            Instance core(db, port, settle);
            QVERIFY(core.waitReady());
            for (const QJsonObject &m : {ran, never})
                QCOMPARE(httpStatus(
                                 port, "GET",
                                 "/ping/" + m.value(QLatin1String("token")).toString().toLatin1()),
                         200);
            QCOMPARE(core.terminate(), 0);
        }
        // Both deadlines pass while nothing listens; the job runs meanwhile.
        QTest::qWait(12'000);
        const QString url = QStringLiteral("http://127.0.0.1:%1/ping/%2")
                                    .arg(port)
                                    .arg(ran.value(QLatin1String("token")).toString());
        const qint64 ranAt = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(run({url, QStringLiteral("--"), QStringLiteral("true")}).exitCode, 0);
        QCOMPARE(spooled().size(), 2);
        const qint64 back = QDateTime::currentMSecsSinceEpoch();
        Instance core(db, port, settle);
        QVERIFY(core.waitReady());
        const QJsonArray pings = waitForPings(db, QStringLiteral("ran"), 3);
        QCOMPARE(pings.size(), 3);
        for (int i = 1; i <= 2; ++i) { // stored at the instant meant, with their arrival
            const QJsonObject p = pings[i].toObject();
            const qint64 time = QDateTime::fromString(p.value("time").toString(), Qt::ISODateWithMs)
                                        .toMSecsSinceEpoch();
            QVERIFY2(time >= ranAt - 1000 && time < back, qPrintable(p.value("time").toString()));
            QVERIFY2(!p.value("received").isNull(), qPrintable(p.value("received").toString()));
        }
        QCOMPARE(show(QStringLiteral("ran")).value("status").toString(), QStringLiteral("up"));
        const QJsonObject waiting = show(QStringLiteral("never"));
        QCOMPARE(waiting.value("status").toString(), QStringLiteral("late"));
        QCOMPARE(waiting.value("status_reason").toString(), QStringLiteral("unwatched"));
        // The settle window ends: the job that never ran is down, the other is not.
        QTRY_COMPARE_WITH_TIMEOUT(show(QStringLiteral("never")).value("status").toString(),
                                  QStringLiteral("down"), 10'000);
        QCOMPARE(show(QStringLiteral("never")).value("status_reason").toString(),
                 QStringLiteral("missed_unwatched"));
        QCOMPARE(show(QStringLiteral("ran")).value("status").toString(), QStringLiteral("up"));
        auto alerts = [&](const QString &slug) {
            return cli({QStringLiteral("alerts"), QStringLiteral("--monitor"), slug,
                        QStringLiteral("--db"), db, QStringLiteral("--json")})
                    .array();
        };
        QVERIFY(alerts(QStringLiteral("ran")).isEmpty()); // its deadline was met, meanwhile
        const QJsonArray down = alerts(QStringLiteral("never"));
        QCOMPARE(down.size(), 1);
        QCOMPARE(down[0].toObject().value("kind").toString(), QStringLiteral("down"));
    }

    void keepsNothingWithSpoolForZero()
    {
        const QString nowhere = QStringLiteral("http://127.0.0.1:%1/ping/abc").arg(freePort());
        const Run r = run({QStringLiteral("--spool-for"), QStringLiteral("0"), nowhere,
                           QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("the job is done anyway"), r.err.constData());
        QVERIFY(spooled().isEmpty());
    }

    void cleanupTestCase() { stopRetriers(); }

    void usageMistakes()
    {
        QCOMPARE(run({QStringLiteral("--"), QStringLiteral("true")}).exitCode, 2);
        QCOMPARE(run({m_url, QStringLiteral("true")}).exitCode, 2); // no --
        QCOMPARE(run({QStringLiteral("ftp://x/"), QStringLiteral("--"), QStringLiteral("true")})
                         .exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("--timeout"), QStringLiteral("soon"), m_url,
                      QStringLiteral("--"), QStringLiteral("true")})
                         .exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("--spool-for"), QStringLiteral("later"), m_url,
                      QStringLiteral("--"), QStringLiteral("true")})
                         .exitCode,
                 2);
    }
};

QTEST_MAIN(TestUptrackRun)
#include "tst_uptrackrun.moc"
