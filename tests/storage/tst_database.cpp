// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/monitorrepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace uptrack;

class TestDatabase : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString path(const char *name) { return m_dir.filePath(QString::fromLatin1(name)); }

    static QString pragma(Database &db, const char *name)
    {
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("PRAGMA %1").arg(QString::fromLatin1(name)));
        return q.next() ? q.value(0).toString() : QString();
    }

private slots:
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
