// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A real full disk: `uptrack --headless` runs on a 4 MB tmpfs in a private mount
// namespace (`unshare`, no privileges needed), the disk is filled to the last byte,
// and pings must be answered 503 (not 200) until space returns, then 200 again without
// a restart; every ping answered 200 must be in the database afterwards.
#include "processhelpers.h"

#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace testsupport;

namespace {

// The script that runs inside the namespace (see its header).
QString script()
{
    return QStringLiteral(UPTRACK_SOURCE_DIR "/tests/durability/fullfs.sh");
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

    static bool waitForFile(const QString &path, int timeoutMs = 15'000)
    {
        QElapsedTimer t;
        t.start();
        while (!QFile::exists(path) && t.elapsed() < timeoutMs)
            QTest::qWait(50);
        return QFile::exists(path);
    }

private slots:
    void fullDiskAnswers503AndResumes()
    {
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        QVERIFY2(!unshare.isEmpty(), "unshare (util-linux) is needed for a private tmpfs");
        QTemporaryDir dir;
        const QString seed = dir.filePath(QStringLiteral("seed.db"));
        const QString mnt = dir.filePath(QStringLiteral("mnt"));
        const QString sig = dir.filePath(QStringLiteral("sig"));
        QVERIFY(QDir().mkpath(mnt) && QDir().mkpath(sig));
        const CliResult added = cli({QStringLiteral("monitor"), QStringLiteral("add"),
                                     QStringLiteral("--db"), seed, QStringLiteral("--name"),
                                     QStringLiteral("backup"), QStringLiteral("--json")});
        const QByteArray token = added.object().value(QLatin1String("token")).toString().toLatin1();
        QVERIFY2(!token.isEmpty(), added.err.constData());

        const quint16 port = freePort();
        QProcess ns;
        ns.setProcessChannelMode(QProcess::ForwardedChannels);
        ns.start(unshare,
                 {QStringLiteral("--user"), QStringLiteral("--map-root-user"),
                  QStringLiteral("--mount"), QStringLiteral("sh"), script(), mnt, sig, binary(),
                  QString::number(port), seed});
        QVERIFY(ns.waitForStarted());
        auto finish = qScopeGuard([&] {
            QFile(sig + QStringLiteral("/free")).open(QIODevice::WriteOnly);
            QFile(sig + QStringLiteral("/stop")).open(QIODevice::WriteOnly);
            if (!ns.waitForFinished(15'000))
                ns.kill();
        });
        QElapsedTimer t;
        t.start();
        while (!portAnswers(port) && t.elapsed() < 15'000 && ns.state() != QProcess::NotRunning)
            QTest::qWait(50);
        QVERIFY2(portAnswers(port),
                 "uptrack did not start in a private mount namespace (are user namespaces "
                 "enabled? unshare --user --map-root-user --mount)");

        const QByteArray path = "/ping/" + token + "/log";
        const QByteArray body(20'000, 'x'); // each ping adds about 20 KB to the database
        QCOMPARE(httpStatus(port, "POST", path, body), 200);
        int acknowledged = 1;

        QFile(sig + QStringLiteral("/fill")).open(QIODevice::WriteOnly);
        QVERIFY(waitForFile(sig + QStringLiteral("/filled")));
        QFile filled(sig + QStringLiteral("/filled"));
        QVERIFY(filled.open(QIODevice::ReadOnly));
        qInfo("filled: %s", filled.readAll().trimmed().constData());

        // The free pages and the WAL take a few pings; then the disk is really full.
        int unavailable = 0;
        QByteArray answer;
        for (int i = 0; i < 400 && unavailable == 0; ++i) {
            const int status = httpStatus(port, "POST", path, body, &answer);
            QVERIFY2(status == 200 || status == 503, qPrintable(QString::number(status)));
            acknowledged += status == 200;
            unavailable += status == 503;
        }
        QVERIFY2(unavailable > 0, "the disk never filled up");
        QCOMPARE(answer, QByteArray("storage unavailable, retry later"));
        // It stays 503 while the disk is full, and the process keeps serving.
        for (int i = 0; i < 5; ++i)
            QCOMPARE(httpStatus(port, "POST", path, body), 503);
        QCOMPARE(httpStatus(port, "GET", "/"), 200);
        qInfo("%d pings stored, then 503 while the disk was full", acknowledged);

        // Space returns: the next ping is stored, without a restart.
        QFile(sig + QStringLiteral("/free")).open(QIODevice::WriteOnly);
        QVERIFY(waitForFile(sig + QStringLiteral("/freed")));
        QCOMPARE(httpStatus(port, "POST", path, "after " + body), 200);
        ++acknowledged;
        for (int i = 0; i < 5; ++i, ++acknowledged)
            QCOMPARE(httpStatus(port, "POST", path, body), 200);

        QFile(sig + QStringLiteral("/stop")).open(QIODevice::WriteOnly);
        QVERIFY(waitForFile(sig + QStringLiteral("/done")));
        QVERIFY(ns.state() == QProcess::NotRunning || ns.waitForFinished(10'000));
        QCOMPARE(ns.exitStatus(), QProcess::NormalExit);
        QCOMPARE(ns.exitCode(), 0);
        QFile log(sig + QStringLiteral("/stderr"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray stderrText = log.readAll();
        QVERIFY2(stderrText.contains("is full"), stderrText.constData());

        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(sig + QStringLiteral("/final.db"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pings")) && q.next());
            QCOMPARE(q.value(0).toInt(), acknowledged);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pings WHERE substr(body, 1, 6) = "
                                          "CAST('after ' AS BLOB)"))
                    && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }
};

QTEST_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
