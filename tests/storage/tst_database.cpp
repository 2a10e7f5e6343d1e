// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/checkpointer.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/monitorrepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

#include <unistd.h>

using namespace uptrack;

class TestDatabase : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString path(const char *name) { return m_dir.filePath(QString::fromLatin1(name)); }

    template<typename Predicate> static bool waitFor(Predicate done)
    {
        for (int i = 0; i < 100 && !done(); ++i)
            QThread::msleep(50);
        return done();
    }

    static QString pragma(Database &db, const char *name)
    {
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("PRAGMA %1").arg(QString::fromLatin1(name)));
        return q.next() ? q.value(0).toString() : QString();
    }

    /// One commit of `rows` filler rows through `gate` (as the engine commits); false on
    /// any failure.
    static bool commitFiller(Database &db, QSqlQuery &q, CommitGate *gate, int rows,
                             const QByteArray &body)
    {
        const CommitGate::Pass pass(gate);
        bool ok = db.begin();
        for (int i = 0; ok && i < rows; ++i) {
            q.prepare(QStringLiteral("INSERT INTO filler (body) VALUES (?)"));
            q.addBindValue(body);
            ok = q.exec();
        }
        return ok && db.commit();
    }

    /// Commits `total` rows of `body` in steps of 100 through `gate`, never pausing long;
    /// the largest the WAL file got, or -1 when a commit failed.
    static qint64 flood(Database &db, QSqlQuery &q, CommitGate *gate, qint64 total,
                        const QByteArray &body, const QString &wal)
    {
        qint64 largest = 0;
        for (qint64 rows = 0; rows < total; rows += 100) {
            if (!commitFiller(db, q, gate, 100, body))
                return -1;
            QThread::msleep(1);
            largest = std::max(largest, QFileInfo(wal).size());
        }
        return largest;
    }

private slots:
    void checkpointsBesideTheWriterKeepTheWalSmallAndLoseNothing()
    {
        // A writer that never pauses (passing the gate, as the engine does), its own
        // checkpoints turned down to the bound, a Checkpointer beside it that starts the
        // WAL over past 4 MB: the WAL stays near that size, every row is there.
        const QString file = path("checkpoints.db");
        QString error;
        auto db = Database::open(file, Database::Mode::ReadWrite, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(db->setWalCheckpointing(65'536, 64 << 20));
        QCOMPARE(pragma(*db, "wal_autocheckpoint"), QStringLiteral("65536"));
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE filler (id INTEGER PRIMARY KEY, body BLOB)")));
        Checkpointer checkpointer(file, SyncMode::Normal, 50, 1024);
        QVERIFY2(checkpointer.start(&error), qPrintable(error));
        const QByteArray body(1000, 'x');
        qint64 rows = 0;
        qint64 largestWal = 0;
        QElapsedTimer t;
        t.start();
        // About 60 MB through the WAL at some 20 MB/s (a busy core writes about 30):
        // without restarts it would end that large.
        while (rows < 60'000) {
            QVERIFY2(commitFiller(*db, q, &checkpointer.gate(), 100, body),
                     qPrintable(q.lastError().text()));
            rows += 100;
            QThread::msleep(1);
            largestWal = std::max(largestWal, QFileInfo(file + QStringLiteral("-wal")).size());
        }
        QVERIFY(waitFor([&] { return checkpointer.figures().framesMoved > 0; }));
        const Checkpointer::Figures f = checkpointer.figures();
        qInfo("%lld checkpoints, %lld frames moved, %lld restarts, longest %lld us, WAL at "
              "most %lld frames (file %lld bytes)",
              f.runs, f.framesMoved, f.restarts, f.maxUs, f.maxLog, largestWal);
        QVERIFY(f.restarts > 0);
        QVERIFY2(largestWal < 24 << 20,
                 qPrintable(QStringLiteral("WAL reached %1 bytes").arg(largestWal)));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM filler")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), rows);
        q.finish();
        // Gone and reopened: every committed row is in the file.
        q = QSqlQuery();
        db.reset();
        auto again = Database::open(file, Database::Mode::ReadWrite, &error);
        QVERIFY2(again, qPrintable(error));
        QSqlQuery count(again->sql());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM filler")) && count.next());
        QCOMPARE(count.value(0).toLongLong(), rows);
    }

    void aDiskTooSlowForShortCheckpointsStillStartsTheWalOver()
    {
        // No passive checkpoint is ever short enough for the usual gated one (a busy disk):
        // past twice the restart size the gate holds the writer longer, and the WAL still
        // starts over instead of growing to SQLite's last-resort bound.
        const QString file = path("slowdisk.db");
        QString error;
        auto db = Database::open(file, Database::Mode::ReadWrite, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(db->setWalCheckpointing(65'536, 64 << 20));
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE filler (id INTEGER PRIMARY KEY, body BLOB)")));
        Checkpointer checkpointer(file, SyncMode::Normal, 50, 1024, 0);
        QVERIFY2(checkpointer.start(&error), qPrintable(error));
        const qint64 rows = 40'000;
        const qint64 largestWal = flood(*db, q, &checkpointer.gate(), rows, QByteArray(1000, 'z'),
                                        file + QStringLiteral("-wal"));
        QVERIFY2(largestWal >= 0, qPrintable(q.lastError().text()));
        const Checkpointer::Figures f = checkpointer.figures();
        qInfo("%lld restarts, gate closed at most %lld us, WAL file at most %lld bytes", f.restarts,
              f.maxClosedUs, largestWal);
        QVERIFY(f.restarts > 0);
        QVERIFY2(largestWal < 32 << 20,
                 qPrintable(QStringLiteral("WAL reached %1 bytes").arg(largestWal)));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM filler")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), rows);
    }

    void aLongReadNeverHoldsUpTheWriter()
    {
        // A long read (a year's report) begun while the WAL was past its restart size and
        // not yet moved, then all of it moved: a RESTART checkpoint would now take the
        // writer's lock and wait for the reader to finish with the WAL (up to the busy
        // timeout, 5 s), and the next ping's commit with it. The checkpointer's passive
        // ones never wait, so no commit does.
        const QString file = path("reader.db");
        QString error;
        auto db = Database::open(file, Database::Mode::ReadWrite, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(db->setWalCheckpointing(65'536, 64 << 20));
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE filler (id INTEGER PRIMARY KEY, body BLOB)")));
        std::unique_ptr<Checkpointer> checkpointer;
        const QByteArray body(4000, 'y');
        int rows = 0;
        auto commitBatch = [&] {
            rows += 20;
            return commitFiller(*db, q, checkpointer ? &checkpointer->gate() : nullptr, 20, body);
        };
        for (int batch = 0; batch < 20; ++batch) // about 400 frames, none moved yet
            QVERIFY(commitBatch());

        QSemaphore reading;
        QThread *reader = QThread::create([&] {
            QString why;
            auto r = Database::open(file, Database::Mode::ReadOnly, &why);
            QSqlQuery held(r ? r->sql() : QSqlDatabase());
            if (r) {
                held.exec(QStringLiteral("BEGIN"));
                held.exec(QStringLiteral("SELECT count(*) FROM filler"));
                held.next(); // the snapshot is taken
            }
            reading.release();
            QThread::msleep(1500);
            held.finish();
            held.exec(QStringLiteral("COMMIT"));
        });
        reader->start();
        QVERIFY(reading.tryAcquire(1, 10'000));
        // Now the checkpointer: it can move every frame (the reader's snapshot has them all).
        checkpointer = std::make_unique<Checkpointer>(file, SyncMode::Normal, 20, 256);
        QVERIFY2(checkpointer->start(&error), qPrintable(error));
        QVERIFY(waitFor([&] { return checkpointer->figures().framesMoved >= 400; }));
        QThread::msleep(100); // its turn, several times over
        QElapsedTimer t;
        t.start();
        QVERIFY(commitBatch());
        const qint64 took = t.elapsed();
        QVERIFY(reader->wait(10'000));
        delete reader;
        qInfo("a commit beside a long read took %lld ms", took);
        // Far under the 1.3 s a RESTART would have made it wait for the reader.
        QVERIFY2(took < 700, qPrintable(QStringLiteral("the commit took %1 ms").arg(took)));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM filler")) && q.next());
        QCOMPARE(q.value(0).toInt(), rows);
    }

    void theCommitGateHoldsOffTheWriterOnlyBetweenCommits()
    {
        CommitGate gate;
        // A commit in flight: the checkpointer cannot close the gate, and gives up.
        gate.enter();
        bool closed = true;
        QThread *t = QThread::create([&] { closed = gate.close(10); });
        t->start();
        QVERIFY(t->wait(5000));
        delete t;
        QVERIFY(!closed);
        gate.leave();
        // Between commits it closes at once; a writer arriving then waits for it to open.
        QVERIFY(gate.close(10));
        std::atomic<bool> entered{false};
        t = QThread::create([&] {
            gate.enter();
            entered = true;
            gate.leave();
        });
        t->start();
        QThread::msleep(2);
        gate.open();
        QVERIFY(t->wait(5000));
        delete t;
        QVERIFY(entered);
        // A gate that stays closed holds the writer kMaxWaitMs at most: it then commits.
        QVERIFY(gate.close(10));
        QElapsedTimer waited;
        waited.start();
        gate.enter();
        QVERIFY(waited.elapsed() >= CommitGate::kMaxWaitMs - 1);
        gate.leave();
        gate.open();
    }

    void aCheckpointerWithoutADatabaseSaysSo()
    {
        Checkpointer checkpointer(path("no-such-folder/x/y.db"), SyncMode::Normal);
        QString error;
        // A folder that cannot be made: the writer keeps SQLite's own checkpoints.
        QFile blocker(path("no-such-folder"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(!checkpointer.start(&error));
        QVERIFY(!error.isEmpty());
    }

    void freshDatabase()
    {
        QString error;
        auto db = Database::open(path("fresh.db"), Database::Mode::ReadWrite, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), Database::latestVersion());
        QCOMPARE(pragma(*db, "journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma(*db, "foreign_keys"), QStringLiteral("1"));
        QCOMPARE(pragma(*db, "synchronous"), QStringLiteral("1")); // NORMAL
        for (const char *table : {"monitors", "pings", "flips", "incidents", "listening", "meta"}) {
            QSqlQuery q(db->sql());
            QVERIFY2(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))),
                     table);
        }
    }

    void fullSync()
    {
        QString error;
        auto db = Database::open(path("full.db"), Database::Mode::ReadWrite, &error,
                                 SyncMode::Full);
        QVERIFY(db);
        QCOMPARE(pragma(*db, "synchronous"), QStringLiteral("2"));
    }

    void upgradeFromEveryVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Database::latestVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }
    void upgradeFromEveryVersion()
    {
        QFETCH(int, from);
        const QString file = m_dir.filePath(QStringLiteral("upgrade-%1.db").arg(from));
        QString error;
        {
            auto db = Database::open(file, Database::Mode::ReadWrite, &error, SyncMode::Normal,
                                     from);
            QVERIFY2(db, qPrintable(error));
            QCOMPARE(db->schemaVersion(), from);
            if (from >= 1) { // a monitor with pings, written with that version's schema
                QSqlQuery q(db->sql());
                QVERIFY(q.exec(QStringLiteral(
                        "INSERT INTO monitors (name, slug, token, period_ms, grace_ms, "
                        "created_ms) VALUES ('old', 'old', 'tok', 1000, 0, 1)")));
                QVERIFY(q.exec(QStringLiteral(
                        "INSERT INTO pings (monitor_id, time_ms, kind) VALUES (1, 5, 'success')")));
            }
        }
        auto db = Database::open(file, Database::Mode::ReadWrite, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), Database::latestVersion());
        if (from >= 1) {
            MonitorRepository repo(*db);
            const auto m = repo.find(QStringLiteral("old"));
            QVERIFY(m);
            QCOMPARE(m->storedPings, 1);
        }
    }

    void reopenKeepsData()
    {
        QString error;
        const QString file = path("reopen.db");
        {
            auto db = Database::open(file, Database::Mode::ReadWrite, &error);
            MonitorRepository repo(*db);
            Monitor m;
            m.name = QStringLiteral("n");
            m.slug = QStringLiteral("n");
            m.token = QStringLiteral("t");
            QVERIFY(repo.insert(&m));
        }
        auto db = Database::open(file, Database::Mode::ReadWrite, &error);
        QList<Monitor> all;
        QVERIFY(MonitorRepository(*db).loadAll(&all));
        QCOMPARE(all.size(), 1);
        auto reader = Database::open(file, Database::Mode::ReadOnly, &error);
        QVERIFY2(reader, qPrintable(error));
    }

    void corruptFileIsReportedAndLeftAlone()
    {
        const QString file = path("corrupt.db");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray garbage = QByteArray("this is not sqlite at all ").repeated(200);
        f.write(garbage);
        f.close();
        QString error;
        auto db = Database::open(file, Database::Mode::ReadWrite, &error);
        QVERIFY(!db);
        QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
        QVERIFY(error.contains(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), garbage); // nothing lost
    }

    void newerSchemaIsRefused()
    {
        const QString file = path("newer.db");
        QString error;
        {
            auto db = Database::open(file, Database::Mode::ReadWrite, &error);
            QSqlQuery q(db->sql());
            QVERIFY(q.exec(
                    QStringLiteral("PRAGMA user_version=%1").arg(Database::latestVersion() + 5)));
        }
        auto db = Database::open(file, Database::Mode::ReadWrite, &error);
        QVERIFY(!db);
        QVERIFY2(error.contains(QLatin1String("newer Uptrack")), qPrintable(error));
    }

    void unwritablePlaces()
    {
        QString error;
        // A file system that takes no new files, even from root.
        auto db = Database::open(QStringLiteral("/proc/uptrack-test.db"), Database::Mode::ReadWrite,
                                 &error);
        QVERIFY(!db);
        QVERIFY2(error.contains(QLatin1String("/proc/uptrack-test.db")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("--db")), qPrintable(error)); // says what to do

        if (::geteuid() != 0) { // permissions do not bind root
            const QString file = path("readonly.db");
            Database::open(file, Database::Mode::ReadWrite, &error).reset();
            QFile::setPermissions(file, QFile::ReadOwner);
            auto ro = Database::open(file, Database::Mode::ReadWrite, &error);
            QVERIFY(!ro);
            QVERIFY2(error.contains(QLatin1String("not writable")), qPrintable(error));
        }
    }

    // Version 6 links alerts to their incidents; older rows get the link their times allow.
    void alertsOfOlderDatabasesAreLinkedToTheirIncidents()
    {
        const QString file = path("v5-alerts.db");
        QString error;
        {
            auto db = Database::open(file, Database::Mode::ReadWrite, &error);
            QVERIFY2(db, qPrintable(error));
            QSqlQuery q(db->sql());
            const QStringList script = {
                    "INSERT INTO monitors (id, name, slug, token, period_ms, grace_ms, "
                    "created_ms) VALUES (1, 'a', 'a', 't', 60000, 0, 0)",
                    // two incidents 4 s apart, and one still open
                    "INSERT INTO incidents (id, monitor_id, start_ms, end_ms) VALUES (10, 1, "
                    "1000, 5000)",
                    "INSERT INTO incidents (id, monitor_id, start_ms, end_ms) VALUES (11, 1, "
                    "9000, 20000)",
                    "INSERT INTO incidents (id, monitor_id, start_ms) VALUES (12, 1, 30000)",
                    "INSERT INTO alerts (id, monitor_id, kind, event_id, created_ms, facts) "
                    "VALUES (1, 1, 'down', 'e1', 1000, '{}'), (2, 1, 'up', 'e2', 5000, '{}'), "
                    "(3, 1, 'down', 'e3', 9000, '{}'), (4, 1, 'reminder', 'e4', 15000, '{}'), "
                    "(5, 1, 'up', 'e5', 20000, '{}'), (6, 1, 'down', 'e6', 30000, '{}'), "
                    "(7, 1, 'reminder', 'e7', 90000, '{}'), (8, 1, 'slow', 'e8', 9000, '{}'), "
                    "(9, NULL, 'test', 'e9', 9000, '{}'), (10, 1, 'reminder', 'e10', 25000, "
                    "'{}')",
                    // back to version 5, as an older Uptrack left it
                    "ALTER TABLE pings DROP COLUMN email_from",
                    "ALTER TABLE pings DROP COLUMN email_subject",
                    "ALTER TABLE monitors DROP COLUMN down_after",
                    "ALTER TABLE monitors DROP COLUMN min_run_ms",
                    "ALTER TABLE monitors DROP COLUMN fail_streak",
                    "ALTER TABLE monitors DROP COLUMN depends_on",
                    "ALTER TABLE monitors DROP COLUMN parent_id",
                    "ALTER TABLE monitors DROP COLUMN ack",
                    "ALTER TABLE incidents DROP COLUMN ack_by",
                    "ALTER TABLE incidents DROP COLUMN ack_ms",
                    "ALTER TABLE incidents DROP COLUMN ack_note",
                    "DROP TABLE mutes",
                    "ALTER TABLE deliveries DROP COLUMN mute_id",
                    "ALTER TABLE monitor_channels DROP COLUMN delay_ms",
                    "DROP TABLE maintenance_windows",
                    "ALTER TABLE monitors DROP COLUMN pre_maintenance",
                    "DROP TABLE api_keys",
                    "DROP INDEX channels_by_uuid",
                    "ALTER TABLE channels DROP COLUMN uuid",
                    "ALTER TABLE monitors DROP COLUMN methods",
                    "ALTER TABLE pings DROP COLUMN received_ms",
                    "ALTER TABLE pings DROP COLUMN ignored",
                    "DROP INDEX alerts_by_incident",
                    "ALTER TABLE alerts DROP COLUMN incident_id",
                    "PRAGMA user_version=5",
            };
            for (const QString &sql : script)
                QVERIFY2(q.exec(sql), qPrintable(sql + QLatin1Char(' ') + q.lastError().text()));
        }
        auto db = Database::open(file, Database::Mode::ReadWrite, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), Database::latestVersion());
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT id, incident_id FROM alerts ORDER BY id")));
        QStringList links;
        while (q.next())
            links.append(QStringLiteral("%1:%2").arg(q.value(0).toString(),
                                                     q.value(1).isNull() ? QStringLiteral("-")
                                                                         : q.value(1).toString()));
        // The reminder at 25 s fell between incidents: it is left unlinked, not guessed.
        QCOMPARE(links.join(QLatin1Char(' ')),
                 QStringLiteral("1:10 2:10 3:11 4:11 5:11 6:12 7:12 8:- 9:- 10:-"));
    }

    void migrationsAreNumberedAndNonEmpty()
    {
        const auto &m = schemaMigrations();
        QVERIFY(!m.isEmpty());
        for (const QStringList &step : m)
            QVERIFY(!step.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
