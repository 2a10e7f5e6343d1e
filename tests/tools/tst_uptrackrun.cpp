// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// uptrack-run end to end against a headless Uptrack: what each kind of ending stores.
#include "processhelpers.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

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

Run run(const QStringList &args)
{
    QProcess p;
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

private slots:
    void initTestCase()
    {
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
    }

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
    }
};

QTEST_MAIN(TestUptrackRun)
#include "tst_uptrackrun.moc"
