// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Alerts → Maintenance windows on a real core: the calendar strip of the coming two weeks,
// the list, and adding, editing and removing windows through the editor.
#include "consolecore.h"
#include "i18n/translations.h"
#include "loopbackconsole.h"
#include "maintenancedialog.h"
#include "maintenanceeditor.h"
#include "maintenancestrip.h"
#include "runtime/coreruntime.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace uptrack;
using testsupport::LoopbackConsole;

class TestMaintenanceDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settings;

    /// Runs a command on the core and waits for its reply.
    static command::Reply run(ConsoleCore &core, const command::Command &c)
    {
        std::optional<command::Reply> reply;
        core.command(c, [&](const command::Reply &r) { reply = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 10'000); }();
        return reply.value_or(command::Reply::failure(QStringLiteral("no reply")));
    }
    static qint64 monitorId(ConsoleCore &core, const QString &name)
    {
        for (const Monitor &m : core.snapshot()) {
            if (m.name == name)
                return m.id;
        }
        return 0;
    }
    static QTreeWidgetItem *row(MaintenanceDialog &d, const QString &name)
    {
        for (int i = 0; i < d.list()->topLevelItemCount(); ++i) {
            if (d.list()->topLevelItem(i)->text(0) == name)
                return d.list()->topLevelItem(i);
        }
        return nullptr;
    }
    static const MaintenanceStrip::Row *stripRow(MaintenanceDialog &d, const QString &name)
    {
        for (const MaintenanceStrip::Row &r : d.strip()->rows()) {
            if (r.name == name)
                return &r;
        }
        return nullptr;
    }
    /// Opens the editor with `open` and hands it to `fill`.
    template<typename Open> static MaintenanceEditor *editorFrom(MaintenanceDialog &d, Open open)
    {
        MaintenanceEditor *editor = nullptr;
        const auto c = QObject::connect(&d, &MaintenanceDialog::editorOpened, &d, [&](QDialog *e) {
            editor = qobject_cast<MaintenanceEditor *>(e);
        });
        open();
        QObject::disconnect(c);
        return editor;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("uptrack-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_maintenancedialog"));
        // English plurals come from its translation, as in the application.
        i18n::install(QStringLiteral("en"), QStringLiteral(UPTRACK_QM_DIR));
    }

    void windowsAreShownAddedEditedAndRemoved()
    {
        LoopbackConsole running(QStringLiteral("maintenance.db"));
        QVERIFY2(running.started(), qPrintable(running.error));
        QVERIFY(running.add(QStringLiteral("backup-db")));
        QVERIFY(running.add(QStringLiteral("router")));
        LocalConsole console(running.core);
        const qint64 backup = monitorId(console, QStringLiteral("backup-db"));
        const qint64 router = monitorId(console, QStringLiteral("router"));
        QVERIFY(backup > 0 && router > 0);
        const qint64 now = running.clock.nowMs();

        // Two windows made elsewhere (as the command line would).
        MaintenanceWindow sundays;
        sundays.name = QStringLiteral("Sunday updates");
        sundays.all = true;
        sundays.cron = QStringLiteral("0 3 * * 0");
        sundays.timeZone = QStringLiteral("Europe/Berlin");
        sundays.durationMs = 2 * 3'600'000;
        QVERIFY(run(console, command::AddMaintenance{sundays}).ok);
        MaintenanceWindow swap;
        swap.name = QStringLiteral("Router swap");
        swap.monitorIds = {router};
        swap.fromMs = now + 24 * 3'600'000LL;
        swap.toMs = swap.fromMs + 2 * 3'600'000;
        QVERIFY(run(console, command::AddMaintenance{swap}).ok);

        MaintenanceDialog dialog(console, running.clock);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.list()->topLevelItemCount(), 2);
        QTreeWidgetItem *sundayRow = row(dialog, QStringLiteral("Sunday updates"));
        QVERIFY(sundayRow);
        QCOMPARE(sundayRow->text(1), QStringLiteral("every monitor"));
        QCOMPARE(sundayRow->text(2), QStringLiteral("0 3 * * 0 for 2h (Europe/Berlin)"));
        QTreeWidgetItem *swapRow = row(dialog, QStringLiteral("Router swap"));
        QVERIFY(swapRow);
        QCOMPARE(swapRow->text(1), QStringLiteral("router"));
        QCOMPARE(swapRow->text(4), QStringLiteral("none"));
        // The strip: fourteen days from today's midnight, two Sundays, one swap.
        const MaintenanceStrip *strip = dialog.strip();
        QCOMPARE(strip->endMs() - strip->startMs() > 13 * 86'400'000LL, true);
        QVERIFY(strip->startMs() <= now && now < strip->startMs() + 86'400'000LL);
        const MaintenanceStrip::Row *sundayBars
                = stripRow(dialog, QStringLiteral("Sunday updates"));
        QVERIFY(sundayBars);
        QCOMPARE(sundayBars->spans.size(), 2);
        for (const MaintenanceWindow::Span &s : sundayBars->spans) {
            const QDateTime berlin = QDateTime::fromMSecsSinceEpoch(
                    s.startMs, QTimeZone(QByteArrayLiteral("Europe/Berlin")));
            QCOMPARE(berlin.date().dayOfWeek(), 7);
            QCOMPARE(berlin.time(), QTime(3, 0));
            QCOMPARE(s.endMs - s.startMs, 2 * 3'600'000LL);
        }
        const MaintenanceStrip::Row *swapBars = stripRow(dialog, QStringLiteral("Router swap"));
        QVERIFY(swapBars);
        QCOMPARE(swapBars->spans.size(), 1);
        QCOMPARE(swapBars->spans[0].startMs, swap.fromMs);
        QCOMPARE(strip->accessibleDescription(),
                 QStringLiteral("3 maintenance periods in the coming two weeks."));
        // Clicking a bar selects its window in the list.
        QCOMPARE(dialog.editButton()->isEnabled(), false);
        const QRectF bar = strip->barOf(swapBars->id, 0);
        QVERIFY(strip->rect().contains(bar.center().toPoint()));
        QTest::mouseClick(dialog.strip(), Qt::LeftButton, {}, bar.center().toPoint());
        QVERIFY(swapRow->isSelected());
        QVERIFY(dialog.editButton()->isEnabled());
        dialog.list()->clearSelection();

        // A new window through the editor: mistakes first, each with a sentence.
        MaintenanceEditor *editor = editorFrom(dialog, [&] { dialog.addButton()->click(); });
        QVERIFY(editor);
        QVERIFY(editor->isVisible());
        editor->accept();
        QVERIFY(editor->errorLabel()->isVisible());
        QCOMPARE(editor->errorLabel()->text(), QStringLiteral("Give the window a name."));
        QTest::keyClicks(editor->nameEdit(), QStringLiteral("Sunday updates"));
        editor->accept();
        QVERIFY(editor->errorLabel()->text().contains(QStringLiteral("Tick the monitors")));
        for (int i = 0; i < editor->monitorList()->count(); ++i) {
            QListWidgetItem *item = editor->monitorList()->item(i);
            if (item->text() == QLatin1String("backup-db"))
                item->setCheckState(Qt::Checked);
        }
        editor->fromEdit()->setDateTime(QDateTime::fromMSecsSinceEpoch(now + 5 * 3'600'000));
        editor->toEdit()->setDateTime(QDateTime::fromMSecsSinceEpoch(now + 2 * 3'600'000));
        editor->accept();
        QVERIFY(editor->errorLabel()->text().contains(QStringLiteral("ends before it starts")));
        editor->toEdit()->setDateTime(QDateTime::fromMSecsSinceEpoch(now + 8 * 3'600'000));
        editor->accept(); // the name is taken: the core says so, the editor stays open
        QTRY_VERIFY(editor->errorLabel()->text().contains(QStringLiteral("already")));
        QVERIFY(editor->isVisible());
        editor->nameEdit()->setText(QStringLiteral("Backup migration"));
        editor->notifyBox()->setChecked(true);
        QPointer<MaintenanceEditor> gone(editor);
        editor->accept();
        QTRY_VERIFY(!gone); // closed (and deleted) once the core took it
        QTRY_COMPARE(dialog.list()->topLevelItemCount(), 3);
        QTreeWidgetItem *migration = row(dialog, QStringLiteral("Backup migration"));
        QVERIFY(migration);
        QCOMPARE(migration->text(1), QStringLiteral("backup-db"));
        QCOMPARE(migration->text(4), QStringLiteral("on entering and leaving"));
        QVERIFY(migration->isSelected());
        QVERIFY(dialog.editButton()->isEnabled());
        const auto windows = console.maintenanceWindows().value_or(QList<MaintenanceWindow>());
        const auto added = std::find_if(windows.cbegin(), windows.cend(), [](const auto &w) {
            return w.name == QLatin1String("Backup migration");
        });
        QVERIFY(added != windows.cend());
        QCOMPARE(added->monitorIds, QList<qint64>{backup});
        QVERIFY(added->notify);
        QCOMPARE(added->toMs - added->fromMs, 3 * 3'600'000LL);

        // Editing the swap into a daily window: a bad cron first.
        dialog.list()->setCurrentItem(row(dialog, QStringLiteral("Router swap")));
        editor = editorFrom(dialog, [&] { dialog.editButton()->click(); });
        QVERIFY(editor);
        QCOMPARE(editor->nameEdit()->text(), QStringLiteral("Router swap"));
        editor->repeatingButton()->setChecked(true);
        QVERIFY(editor->cronEdit()->isEnabled());
        QVERIFY(!editor->fromEdit()->isEnabled());
        editor->cronEdit()->setText(QStringLiteral("61 * * * *"));
        editor->durationEdit()->setText(QStringLiteral("1h"));
        editor->accept();
        QVERIFY(editor->errorLabel()->text().startsWith(QStringLiteral("Cron:")));
        editor->cronEdit()->setText(QStringLiteral("0 4 * * *"));
        editor->durationEdit()->setText(QStringLiteral("soon"));
        editor->accept();
        QVERIFY(editor->errorLabel()->text().contains(QStringLiteral("how long")));
        editor->durationEdit()->setText(QStringLiteral("1h"));
        gone = editor;
        editor->accept();
        QTRY_VERIFY(!gone);
        QTRY_COMPARE(row(dialog, QStringLiteral("Router swap"))->text(2),
                     QStringLiteral("0 4 * * * for 1h"));
        const MaintenanceStrip::Row *daily = stripRow(dialog, QStringLiteral("Router swap"));
        QVERIFY(daily);
        QVERIFY(daily->spans.size() >= 13); // every day, today's perhaps already past

        // Removed after a question.
        dialog.list()->setCurrentItem(row(dialog, QStringLiteral("Sunday updates")));
        QTimer::singleShot(200, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        dialog.removeButton()->click();
        QTRY_COMPARE(dialog.list()->topLevelItemCount(), 2);
        QVERIFY(!row(dialog, QStringLiteral("Sunday updates")));
        QCOMPARE(console.maintenanceWindows()->size(), 2);
        QVERIFY(!stripRow(dialog, QStringLiteral("Sunday updates")));
    }

    void aWindowInForceSaysUntilWhenAndHoldsItsMonitor()
    {
        LoopbackConsole running(QStringLiteral("now.db"));
        QVERIFY2(running.started(), qPrintable(running.error));
        QVERIFY(running.add(QStringLiteral("nas")));
        LocalConsole console(running.core);
        const qint64 now = running.clock.nowMs();
        MaintenanceWindow w;
        w.name = QStringLiteral("Disk swap");
        w.monitorIds = {monitorId(console, QStringLiteral("nas"))};
        w.fromMs = now - 60'000;
        w.toMs = now + 3'600'000;
        QVERIFY(run(console, command::AddMaintenance{w}).ok);
        MaintenanceDialog dialog(console, running.clock);
        dialog.show();
        QTreeWidgetItem *item = row(dialog, QStringLiteral("Disk swap"));
        QVERIFY(item);
        QVERIFY2(item->text(3).startsWith(QStringLiteral("now, until ")),
                 qPrintable(item->text(3)));
        QTRY_COMPARE(console.snapshot().value(0).status, Status::Maintenance);
        // Gone from the strip once over: no row for a window in the past.
        const QList<MaintenanceWindow> windows = *console.maintenanceWindows();
        MaintenanceStrip strip;
        strip.setWindows(windows, now + 2 * 86'400'000LL);
        QVERIFY(strip.rows().isEmpty());
    }
};

QTEST_MAIN(TestMaintenanceDialog)
#include "tst_maintenancedialog.moc"
