// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// File → Export report: the period presets, the monitors chosen, and a real file
// written in the background from a real database.
#include "engine/engine.h"
#include "reportdialog.h"
#include "scriptedengine.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace uptrack;

class TestReportDialog : public QObject
{
    Q_OBJECT
private slots:
    void periodsAndMonitors()
    {
        // 15 May 2026, noon local time.
        FakeClock clock(QDateTime(QDate(2026, 5, 15), QTime(12, 0)).toMSecsSinceEpoch());
        Monitor a;
        a.id = 1;
        a.name = QStringLiteral("backup");
        a.tags = {QStringLiteral("nas")};
        Monitor b;
        b.id = 2;
        b.name = QStringLiteral("billing");
        ReportDialog dialog(QStringLiteral("/nonexistent.db"), clock, {a, b}, {2});
        dialog.setPeriod(ReportDialog::LastMonth);
        ReportRequest r = dialog.request();
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(r.fromMs),
                 QDateTime(QDate(2026, 4, 1), QTime(0, 0)));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(r.toMs), QDateTime(QDate(2026, 5, 1), QTime(0, 0)));
        QCOMPARE(r.monitors, QStringList{QStringLiteral("2")}); // the selected monitor
        dialog.setPeriod(ReportDialog::ThisMonth);
        r = dialog.request();
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(r.toMs), QDateTime(QDate(2026, 6, 1), QTime(0, 0)));
        dialog.setPeriod(ReportDialog::Last7Days);
        r = dialog.request();
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(r.fromMs),
                 QDateTime(QDate(2026, 5, 9), QTime(0, 0)));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(r.toMs),
                 QDateTime(QDate(2026, 5, 16), QTime(0, 0)));
    }

    void exportsInTheBackground()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.db"));
        FakeClock clock;
        {
            testsupport::ScriptedEngine script(path, clock);
            QVERIFY2(script.ok, qPrintable(script.error));
            const Monitor m = script.add(QStringLiteral("nightly"), 3'600'000, 60'000);
            QVERIFY(script.ping(m, PingKind::Fail));
            clock.advance(600'000);
            script.engine->tick();
        }
        ReportDialog dialog(path, clock, {}, {});
        dialog.setPeriod(ReportDialog::ThisMonth);
        dialog.setFormat(QStringLiteral("csv"));
        dialog.setOpenWhenDone(false);
        QSignalSpy finished(&dialog, &ReportDialog::finished);
        const QString out = dir.filePath(QStringLiteral("r.csv"));
        dialog.exportTo(out);
        QVERIFY(dialog.isBusy());
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.at(0).at(1).toString(), QString()); // no error
        QVERIFY(!dialog.isBusy());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QCOMPARE(csv.count("\r\n"), 2); // the header and the one incident
        QVERIFY(csv.contains("nightly"));
        QVERIFY(csv.contains("reported failure"));

        // A folder that does not exist: the dialog says so.
        dialog.exportTo(dir.filePath(QStringLiteral("missing/r.csv")));
        QVERIFY(finished.wait(10'000));
        QVERIFY(!finished.at(1).at(1).toString().isEmpty());
    }
};

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
