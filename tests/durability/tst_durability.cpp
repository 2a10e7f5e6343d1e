// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A ping answered 200 is in the database, whatever happens next; and big uploads
// never make Uptrack hold them.
#include "processhelpers.h"

#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace testsupport;

namespace {

/// Keep-alive clients that POST numbered pings as fast as answers come back.
class Flood : public QObject
{
public:
    Flood(quint16 port, const QByteArray &path, int connections) : m_path(path)
    {
        for (int i = 0; i < connections; ++i) {
            auto *s = new QTcpSocket(this);
            connect(s, &QTcpSocket::connected, this, [this, s] { sendNext(s); });
            connect(s, &QTcpSocket::readyRead, this, [this, s] { onReadyRead(s); });
            s->connectToHost(QHostAddress::LocalHost, port);
        }
    }
    QSet<int> acknowledged;
    int sent = 0;
    bool stopped = false;

private:
    void sendNext(QTcpSocket *s)
    {
        if (stopped)
            return;
        const int n = m_next++;
        m_inFlight[s] = n;
        const QByteArray body = "ping-" + QByteArray::number(n);
        s->write("POST " + m_path + " HTTP/1.1\r\nHost: t\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        ++sent;
    }
    void onReadyRead(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        for (;;) {
            const int end = buf.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const int cl = buf.indexOf("Content-Length: ");
            const int length = buf.mid(cl + 16, buf.indexOf("\r\n", cl) - cl - 16).toInt();
            if (buf.size() < end + 4 + length)
                return;
            if (buf.startsWith("HTTP/1.1 200"))
                acknowledged.insert(m_inFlight.value(s));
            buf.remove(0, end + 4 + length);
            sendNext(s);
        }
    }
    QByteArray m_path;
    int m_next = 0;
    QHash<QTcpSocket *, int> m_inFlight;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

qint64 residentKb(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

class TestDurability : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void acknowledgedPingsSurviveKill9_data()
    {
        QTest::addColumn<int>("round");
        for (int i = 0; i < 3; ++i)
            QTest::addRow("round %d", i) << i;
    }
    void acknowledgedPingsSurviveKill9()
    {
        QFETCH(int, round);
        const QString db = m_dir.filePath(QStringLiteral("flood%1.db").arg(round));
        const quint16 port = freePort();
        // Retention would delete old pings; this test counts every one.
        // A flood on purpose: no rate limit.
        const QStringList keepAll{QStringLiteral("--keep-pings"), QStringLiteral("100000000"),
                                  QStringLiteral("--ping-burst"), QStringLiteral("0")};
        auto instance = std::make_unique<Instance>(db, port, keepAll);
        QVERIFY(instance->waitReady());
        const QJsonObject m
                = cli({"monitor", "add", "--db", db, "--name", "flood", "--period", "1h", "--json"})
                          .object();
        const QByteArray path = "/ping/" + m.value("token").toString().toLatin1();

        Flood flood(port, path, 32);
        // Let it run a while (a different moment each round), then pull the plug.
        QTRY_VERIFY_WITH_TIMEOUT(flood.acknowledged.size() >= 2000 + 1500 * round, 30'000);
        instance->kill9();
        flood.stopped = true;
        const QSet<int> acked = flood.acknowledged;
        QVERIFY(acked.size() >= 2000);

        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                         QStringLiteral("check%1").arg(round));
            sql.setDatabaseName(db);
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QSet<int> stored;
            QVERIFY(q.exec(QStringLiteral("SELECT CAST(body AS TEXT) FROM pings")));
            while (q.next())
                stored.insert(q.value(0).toString().mid(5).toInt());
            QSet<int> lost = acked;
            lost.subtract(stored);
            QVERIFY2(lost.isEmpty(),
                     qPrintable(QStringLiteral("%1 acknowledged pings lost of %2")
                                        .arg(lost.size())
                                        .arg(acked.size())));
            QVERIFY(q.exec(QStringLiteral("SELECT n_pings FROM monitors")) && q.next());
            QVERIFY(q.value(0).toLongLong() >= acked.size());
            q.finish();
            sql.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check%1").arg(round));

        // It starts again on the same database (the lock of the killed one is stale).
        instance = std::make_unique<Instance>(db, port, keepAll);
        QVERIFY(instance->waitReady());
        QCOMPARE(httpStatus(port, "GET", path), 200);
        QCOMPARE(instance->terminate(), 0);
    }

    void bigUploadsAreNotHeldInMemory()
    {
        const QString db = m_dir.filePath(QStringLiteral("uploads.db"));
        const quint16 port = freePort();
        Instance instance(db, port);
        QVERIFY(instance.waitReady());
        const QJsonObject m
                = cli({"monitor", "add", "--db", db, "--name", "uploads", "--json"}).object();
        const QString url = QStringLiteral("http://127.0.0.1:%1/ping/%2")
                                    .arg(port)
                                    .arg(m.value("token").toString());
        QTest::qWait(300);
        const qint64 before = residentKb(instance.pid());
        QVERIFY(before > 0);

        // 20 concurrent uploads of 200 MB each, streamed (chunked) by curl.
        QList<QProcess *> uploads;
        for (int i = 0; i < 20; ++i) {
            auto *p = new QProcess(this);
            p->start(QStringLiteral("sh"),
                     {QStringLiteral("-c"),
                      QStringLiteral("head -c 200000000 /dev/zero | curl -sS -o /dev/null -w "
                                     "'%{http_code}' -X POST -H 'Expect:' -T - '%1'")
                              .arg(url)});
            uploads.append(p);
        }
        qint64 peak = before;
        bool running = true;
        QElapsedTimer t;
        t.start();
        while (running && t.elapsed() < 240'000) {
            QTest::qWait(50);
            peak = std::max(peak, residentKb(instance.pid()));
            running = false;
            for (QProcess *p : std::as_const(uploads))
                running = running || p->state() != QProcess::NotRunning;
        }
        QVERIFY(!running);
        for (QProcess *p : std::as_const(uploads))
            QCOMPARE(p->readAllStandardOutput(), QByteArray("200"));
        const qint64 growthMb = (peak - before) / 1024;
        qInfo("resident memory: %lld KB before, %lld KB at peak (+%lld MB) over 4 GB uploaded",
              before, peak, growthMb);
        if (kMemoryBudgetsApply)
            QVERIFY2(growthMb <= 50, qPrintable(QString::number(growthMb)));

        const CliResult pings = cli({"monitor", "pings", "--db", db, "uploads", "--json"});
        const QJsonArray list = pings.array();
        QCOMPARE(list.size(), 20);
        for (const QJsonValue &p : list) {
            QVERIFY(p.toObject().value("body_truncated").toBool());
            QCOMPARE(p.toObject().value("body").toString().size(), 100 * 1024);
        }
        QCOMPARE(instance.terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
