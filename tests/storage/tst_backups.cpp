// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Online backups: written while the engine holds the database, checked, owner-only,
// the newest seven kept; and a running instance makes its first one at start.
#include "processhelpers.h"
#include "scriptedengine.h"
#include "storage/backups.h"
#include "storage/monitorrepository.h"
#include "storage/recovery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace uptrack;

class TestBackups : public QObject
{
    Q_OBJECT

private slots:
    void backupsAreCompleteCheckedAndPruned()
    {
        QTemporaryDir dir;
        FakeClock clock;
        const QString path = dir.filePath(QStringLiteral("u.db"));
        testsupport::ScriptedEngine s(path, clock);
        QVERIFY2(s.ok, qPrintable(s.error));
        const Monitor m = s.add(QStringLiteral("nightly"), 86'400'000, 3'600'000);
        QVERIFY(s.ping(m, PingKind::Success, "all good"));

        Backups backups(path, clock);
        QStringList written;
        for (int i = 0; i < 9; ++i) {
            QString file, error;
            QVERIFY2(backups.backupNow(&file, &error), qPrintable(error));
            written.prepend(file);
            clock.advance(60'000);
        }
        // The newest seven, newest first.
        QCOMPARE(backups.existing(), written.mid(0, 7));
        QVERIFY(!(QFileInfo(backups.folder()).permissions()
                  & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther)));
        for (const QString &file : backups.existing()) {
            QCOMPARE(QFileInfo(file).permissions() & (QFile::ReadGroup | QFile::ReadOther), 0);
            QString error;
            const auto copy = Database::open(file, Database::Mode::ReadOnly, &error);
            QVERIFY2(copy, qPrintable(error));
            MonitorRepository repo(*copy);
            QList<Monitor> monitors;
            QVERIFY(repo.loadAll(&monitors));
            QCOMPARE(monitors.size(), 1);
            QCOMPARE(monitors.first().name, QStringLiteral("nightly"));
            QCOMPARE(monitors.first().nPings, 1);
        }
    }

    // A damaged database is recognised; it can be replaced by the newest backup or set
    // aside for a new one, and nothing is deleted.
    void recoveringFromADamagedDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("u.db"));
        FakeClock clock;
        QString backup;
        {
            testsupport::ScriptedEngine s(path, clock);
            QVERIFY2(s.ok, qPrintable(s.error));
            s.add(QStringLiteral("nightly"), 86'400'000, 3'600'000);
            QString error;
            QVERIFY2(Backups(path, clock).backupNow(&backup, &error), qPrintable(error));
        }
        QVERIFY(!Recovery::damaged(path));
        QCOMPARE(Recovery::latestBackup(path), backup);
        // Garbage over the header: not a database any more.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.write(QByteArray(4096, 'x'));
        f.close();
        QVERIFY(Recovery::damaged(path));
        QString error;
        QVERIFY(!Database::open(path, Database::Mode::ReadWrite, &error));
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
        QVERIFY(Recovery::advice(path).contains(backup));

        QString aside;
        QVERIFY2(Recovery::restore(path, backup, clock, &aside, &error), qPrintable(error));
        QVERIFY(QFileInfo::exists(aside)); // the damaged file is kept
        QVERIFY(!Recovery::damaged(path));
        {
            const auto db = Database::open(path, Database::Mode::ReadWrite, &error);
            QVERIFY2(db, qPrintable(error));
            MonitorRepository repo(*db);
            QList<Monitor> monitors;
            QVERIFY(repo.loadAll(&monitors));
            QCOMPARE(monitors.size(), 1);
        }
        // Or a new database, the old one set aside.
        QString aside2;
        clock.advance(1000); // a different second in the name
        QVERIFY2(Recovery::setAside(path, clock, &aside2, &error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(QFileInfo::exists(aside2));
        QVERIFY(Database::open(path, Database::Mode::ReadWrite, &error));
    }

    void aRunningInstanceBacksUpAtStart()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("live.db"));
        QCOMPARE(testsupport::cli({QStringLiteral("monitor"), QStringLiteral("add"),
                                   QStringLiteral("--name"), QStringLiteral("x"),
                                   QStringLiteral("--db"), db})
                         .exitCode,
                 0);
        testsupport::Instance instance(db, testsupport::freePort());
        QVERIFY(instance.waitReady());
        const QString folder = dir.filePath(QStringLiteral("backups"));
        QTRY_COMPARE_WITH_TIMEOUT(QDir(folder).entryList(QDir::Files).size(), 1, 10'000);
        QCOMPARE(instance.terminate(), 0);
        // A restart within the day makes no second one: the decision is taken before the
        // port opens, and said.
        const QByteArray rules = qgetenv("QT_LOGGING_RULES");
        qputenv("QT_LOGGING_RULES", "uptrack.backups.info=true");
        testsupport::Instance again(db, testsupport::freePort());
        qputenv("QT_LOGGING_RULES", rules);
        QVERIFY(again.waitReady());
        QCOMPARE(again.terminate(), 0);
        const QByteArray log = again.stderrText();
        QVERIFY2(log.contains("the newest backup is from") && log.contains("the next is due"),
                 log.constData());
        QVERIFY2(!log.contains("backed up to"), log.constData());
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 1);
    }
};

QTEST_MAIN(TestBackups)
#include "tst_backups.moc"
