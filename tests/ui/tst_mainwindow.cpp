// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The console window on a real core: pings over loopback show up in the table.
#include "apikeysdialog.h"
#include "channeleditor.h"
#include "channelsdialog.h"
#include "consolecore.h"
#include "historypanel.h"
#include "i18n/translations.h"
#include "importcrontabdialog.h"
#include "loopbackconsole.h"
#include "mainwindow.h"
#include "monitordetails.h"
#include "monitordialog.h"
#include "monitorfilterproxy.h"
#include "monitorheader.h"
#include "monitortablemodel.h"
#include "pinglogmodel.h"
#include "pinglogpanel.h"
#include "processhelpers.h"
#include "reportdialog.h"
#include "runtime/coreruntime.h"
#include "settingsdialog.h"
#include "statussidebar.h"
#include "time/clock.h"
#include "timelinepanel.h"
#include "timelineview.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace uptrack;
using testsupport::httpStatus;
using testsupport::LoopbackConsole;

namespace {
/// Focusable widgets a screen reader could not name: no accessible name, no text of
/// their own and no label pointing at them.
QStringList unnamedFocusableWidgets(QWidget *root)
{
    QSet<const QWidget *> labelled;
    for (QLabel *l : root->findChildren<QLabel *>()) {
        if (l->buddy())
            labelled.insert(l->buddy());
    }
    QStringList out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root) || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        if (!w->accessibleName().isEmpty() || labelled.contains(w))
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w); b && !b->text().isEmpty())
            continue;
        if (qobject_cast<QTabBar *>(w))
            continue; // each tab is named by its text
        // The editor inside a combo box or spin box is named with its owner.
        if (w->parentWidget() && labelled.contains(w->parentWidget()))
            continue;
        if (w->parentWidget() && !w->parentWidget()->accessibleName().isEmpty()
            && (qobject_cast<QComboBox *>(w->parentWidget())
                || qobject_cast<QAbstractSpinBox *>(w->parentWidget())))
            continue;
        out << QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()),
                                           w->objectName());
    }
    return out;
}
} // namespace

QTableView *view(MainWindow &window)
{
    return window.view();
}

class TestMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settings;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The window remembers its layout in QSettings: keep that out of ~/.config.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("uptrack-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void storageProblemShowsABannerUntilItClears()
    {
        // Another program holds the database's write lock (as a full disk would refuse
        // writes): pings are answered 503, the window says so, and both recover by
        // themselves when the lock goes.
        LoopbackConsole running(QStringLiteral("locked.db"));
        QVERIFY2(running.started(), qPrintable(running.error));
        CoreRuntime &core = running.core;
        MainWindow &window = *running.window;
        const QString &path = running.path;
        auto *banner = window.findChild<QLabel *>(QStringLiteral("banner"));
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());
        command::Reply reply;
        MonitorSpec backup;
        backup.name = QStringLiteral("backup");
        core.command(command::AddMonitor{backup, {}}, [&](const command::Reply &r) { reply = r; });
        QTRY_VERIFY(reply.ok);
        QTRY_COMPARE(window.model()->rowCount(), 1);
        const QByteArray path0 = "/ping/" + window.model()->monitorAt(0)->token.toLatin1();
        const quint16 port = quint16(QUrl(core.pingUrls().base).port());
        QCOMPARE(httpStatus(port, "GET", path0), 200);
        {
            auto other
                    = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery lock(other);
            QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
            // The core waits out its busy timeout (5 s), then gives up on this ping.
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, port);
            QVERIFY(s.waitForConnected(3000));
            s.write("GET " + path0 + " HTTP/1.1\r\nHost: x\r\n\r\n");
            QByteArray answer;
            QTRY_VERIFY_WITH_TIMEOUT((answer += s.readAll()).contains("\r\n\r\n"), 15'000);
            QVERIFY2(answer.startsWith("HTTP/1.1 503"), answer.constData());
            QTRY_VERIFY(banner->isVisible());
            QVERIFY2(banner->text().contains(QLatin1String("locked")), qPrintable(banner->text()));
            QVERIFY(banner->text().contains(QLatin1String("retry")));
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QCOMPARE(httpStatus(port, "GET", path0), 200);
        QTRY_VERIFY(!banner->isVisible());
    }

    void tableUpdatesAsPingsArrive()
    {
        LoopbackConsole running(QStringLiteral("ui.db"));
        QVERIFY2(running.started(), qPrintable(running.error));
        CoreRuntime &core = running.core;
        MainWindow &window = *running.window;
        QCOMPARE(window.model()->rowCount(), 0);

        command::Reply reply;
        MonitorSpec billing;
        billing.name = QStringLiteral("nightly-billing");
        core.command(command::AddMonitor{billing, {}}, [&](const command::Reply &r) { reply = r; });
        QTRY_VERIFY(reply.ok);
        QTRY_COMPARE(window.model()->rowCount(), 1);
        const Monitor *m = window.model()->monitorAt(0);
        QCOMPARE(m->status, Status::New);

        const QUrl base(core.pingUrls().base);
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, quint16(base.port()));
        QVERIFY(s.waitForConnected(3000));
        s.write("GET /ping/" + m->token.toLatin1() + " HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_COMPARE(window.model()->monitorAt(0)->status, Status::Up);
        QCOMPARE(window.model()
                         ->data(window.model()->index(0, MonitorTableModel::StatusColumn))
                         .toString(),
                 QStringLiteral("Up"));
        // Two timed runs: the "Last run" column and its statistics tooltip.
        for (int i = 0; i < 2; ++i) {
            s.write("GET /ping/" + m->token.toLatin1() + "/start HTTP/1.1\r\nHost: x\r\n\r\n");
            QTest::qWait(30);
            s.write("GET /ping/" + m->token.toLatin1() + " HTTP/1.1\r\nHost: x\r\n\r\n");
            QTest::qWait(30);
        }
        QTRY_VERIFY(window.model()->monitorAt(0)->lastDurationMs >= 0);
        const QModelIndex lastRun = window.model()->index(0, MonitorTableModel::LastRunColumn);
        QVERIFY(window.model()->data(lastRun).toString() != QStringLiteral("—"));
        QTRY_VERIFY(window.model()
                            ->data(lastRun, Qt::ToolTipRole)
                            .toString()
                            .contains(QStringLiteral("Last 2 timed runs")));
        // A screen reader hears the sparkline as counts.
        const QModelIndex activity = window.model()->index(0, MonitorTableModel::ActivityColumn);
        QTRY_COMPARE(window.model()->data(activity, Qt::AccessibleTextRole).toString(),
                     QStringLiteral("last 5 pings: 3 succeeded, 0 failed, 2 starts"));
        QVERIFY(!window.grab().isNull());
        window.close();
        core.stop();
        QVERIFY(QSettings().contains(QStringLiteral("window/geometry"))); // layout remembered
        QVERIFY(QFile::exists(m_settings.path()
                              + QStringLiteral("/uptrack-test/tst_mainwindow.conf")));
    }

    // The window and every dialog fit a 1366x768 screen at 1x and a 1600x1000 one at 2x
    // (800x500 logical pixels, less a title bar and a panel): their buttons stay reachable.
    void everythingFitsASmallScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("German (longer words)") << QStringLiteral("de");
    }

    void everythingFitsASmallScreen()
    {
        QFETCH(QString, language);
        i18n::install(language, QStringLiteral(UPTRACK_QM_DIR));
        const auto english = qScopeGuard(
                [] { i18n::install(QStringLiteral("en"), QStringLiteral(UPTRACK_QM_DIR)); });
        LoopbackConsole running(QStringLiteral("small-%1.db").arg(language));
        QVERIFY2(running.started(), qPrintable(running.error));
        QVERIFY(running.add(QStringLiteral("backup")));
        QTRY_VERIFY(running.window->view()->isVisible());
        const QSize room(760, 470);
        auto fits = [&](QWidget *w) {
            w->ensurePolished();
            const QSize min = w->minimumSizeHint().expandedTo(w->minimumSize());
            return min.width() <= room.width() && min.height() <= room.height()
                    ? QString()
                    : QStringLiteral("%1 needs %2x%3")
                              .arg(QString::fromLatin1(w->metaObject()->className()))
                              .arg(min.width())
                              .arg(min.height());
        };
        QCOMPARE(fits(running.window.get()), QString());
        // With history to show (a summary, incidents, long names) it still fits.
        const quint16 port = quint16(QUrl(running.core.pingUrls().base).port());
        const QByteArray token = running.window->model()->monitorAt(0)->token.toLatin1();
        for (const char *kind : {"/start", "/fail", "", "/log"})
            QCOMPARE(httpStatus(port, "GET", "/ping/" + token + kind), 200);
        running.window->view()->selectRow(0);
        auto says = [](QWidget *pane, const QString &text) {
            for (QLabel *l : pane->findChildren<QLabel *>()) {
                if (l->text().contains(text))
                    return true;
            }
            return false;
        };
        MonitorDetails *details = running.window->details();
        details->setCurrentIndex(MonitorDetails::ActivityTab);
        QTRY_VERIFY(says(details->timeline(), QStringLiteral("4"))); // "4 pings · down …"
        QCOMPARE(fits(running.window.get()), QString());
        details->setCurrentIndex(MonitorDetails::HistoryTab);
        QTRY_VERIFY(details->history()->findChild<QTableView *>()->model()->rowCount() > 0);
        QCOMPARE(fits(running.window.get()), QString());
        details->setCurrentIndex(MonitorDetails::SetupTab);
        QCOMPARE(fits(running.window.get()), QString());
        // the header with its figures (an uptime, in any language)
        QTRY_VERIFY(
                running.window->findChild<MonitorHeader *>()->text().contains(QLatin1Char('%')));
        QCOMPARE(fits(running.window.get()), QString());
        SystemClock clock;
        MonitorDialog monitor(clock, std::nullopt, {}, {}, {}, running.window.get());
        QCOMPARE(fits(&monitor), QString());
        SettingsDialog settings(running.core, false, running.window.get());
        QCOMPARE(fits(&settings), QString());
        ChannelsDialog channels(running.window->core(), running.window.get());
        QCOMPARE(fits(&channels), QString());
        ChannelEditor channel(running.window.get());
        QCOMPARE(fits(&channel), QString());
        ReportDialog report(running.path, clock, running.core.snapshot(), {}, running.window.get());
        QCOMPARE(fits(&report), QString());
        ImportCrontabDialog import(running.window->core(), running.window.get());
        QCOMPARE(fits(&import), QString());
        ApiKeysDialog keys(running.core, running.window.get());
        QCOMPARE(fits(&keys), QString());
    }

    // Settings → API keys: a key made here is shown once, works against the API, and is
    // gone when removed.
    void apiKeysAreMadeShownOnceAndRemoved()
    {
        LoopbackConsole running(QStringLiteral("apikeys.db"));
        QVERIFY2(running.started(), qPrintable(running.error));
        ApiKeysDialog dialog(running.core, running.window.get());
        dialog.show();
        QVERIFY(!dialog.createButton()->isEnabled()); // a key needs a name
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("deploy"));
        QVERIFY(dialog.createButton()->isEnabled());
        QTest::keyClick(dialog.nameEdit(), Qt::Key_Return);
        QTRY_COMPARE(dialog.newKeyEdit()->text().size(), 32);
        QVERIFY(dialog.newKeyEdit()->isVisible());
        QVERIFY(dialog.newKeyEdit()->isReadOnly());
        QTRY_COMPARE(dialog.list()->topLevelItemCount(), 1);
        const QString key = dialog.newKeyEdit()->text();
        QCOMPARE(dialog.list()->topLevelItem(0)->text(4), key.left(4) + QStringLiteral("…"));
        // the key works on loopback
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(running.core.pingUrls().base + QStringLiteral("/api/v3/checks/")));
        req.setRawHeader("X-Api-Key", key.toLatin1());
        QNetworkReply *reply = nam.get(req);
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
        // the same name again: refused, with the reason
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("deploy"));
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog.errorLabel()->isVisible());
        QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("exists already")));
        // removed, after a question
        dialog.list()->setCurrentItem(dialog.list()->topLevelItem(0));
        QVERIFY(dialog.removeButton()->isEnabled());
        QTimer::singleShot(200, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
        QTRY_COMPARE(dialog.list()->topLevelItemCount(), 0);
        QCOMPARE(running.core.apiKeys().size(), 0);
    }

    // The details pane's header: the state in words, why and since when, and the figures.
    void theHeaderSaysWhatStateTheMonitorIsIn()
    {
        LoopbackConsole running(QStringLiteral("header.db"));
        QVERIFY2(running.started(), qPrintable(running.error));
        MainWindow &window = *running.window;
        QVERIFY(running.add(QStringLiteral("backup")));
        QTRY_COMPARE(window.model()->rowCount(), 1);
        window.view()->selectRow(0);
        auto *header = window.findChild<MonitorHeader *>();
        QVERIFY(header);
        QTRY_VERIFY(header->text().contains(QStringLiteral("New")));
        QVERIFY(header->text().contains(QStringLiteral("no ping yet")));
        QVERIFY(header->text().contains(QStringLiteral("no channel: nobody is alerted")));
        QVERIFY2(header->text().contains(QStringLiteral("Uptime: 24 h no data")),
                 qPrintable(header->text()));
        const quint16 port = quint16(QUrl(running.core.pingUrls().base).port());
        const QByteArray token = window.model()->monitorAt(0)->token.toLatin1();
        QCOMPARE(httpStatus(port, "GET", "/ping/" + token + "/start"), 200);
        QCOMPARE(httpStatus(port, "GET", "/ping/" + token + "/3"), 200);
        QTRY_VERIFY2(header->text().contains(QStringLiteral("Down — exit status 3, since today")),
                     qPrintable(header->text()));
        QVERIFY(header->text().contains(QStringLiteral("Last success: never")));
        QTRY_VERIFY(header->text().contains(QStringLiteral("median run"))); // read soon after
        QVERIFY(header->isVisible());
    }

    // With no monitor the main area explains and offers a start; actions on "the selected
    // monitor" are off until one is selected.
    void anEmptyDatabaseInvitesAndActionsWaitForASelection()
    {
        LoopbackConsole running(QStringLiteral("empty.db"));
        QVERIFY2(running.started(), qPrintable(running.error));
        MainWindow &window = *running.window;
        QVERIFY(window.emptyState()->isVisible());
        QVERIFY(!view(window)->isVisible());
        QStringList buttons;
        for (auto *b : window.emptyState()->findChildren<QPushButton *>())
            buttons << b->text();
        QCOMPARE(buttons, (QStringList{"&Add a monitor", "Import a &crontab"}));
        auto action = [&](const char *text) {
            for (QAction *a : window.findChildren<QAction *>()) {
                if (a->text() == QString::fromUtf8(text))
                    return a;
            }
            return static_cast<QAction *>(nullptr);
        };
        for (const char *name :
             {"&Edit…", "&Pause / resume", "&Copy ping URL", "Send a &test ping", "&Delete…"}) {
            QVERIFY2(action(name), name);
            QVERIFY2(!action(name)->isEnabled(), name);
        }
        QVERIFY(action("&New monitor…")->isEnabled());

        QVERIFY(running.add(QStringLiteral("backup")));
        QTRY_VERIFY(view(window)->isVisible());
        QVERIFY(!window.emptyState()->isVisible());
        view(window)->selectRow(0);
        QTRY_VERIFY(action("&Edit…")->isEnabled());
        view(window)->clearSelection();
        view(window)->setCurrentIndex(QModelIndex());
        QTRY_VERIFY(!action("&Edit…")->isEnabled());
    }

    // Monitor → Import crontab…: paste, untick, rename, adjust, create; the crontab shown
    // wraps the ticked jobs only, under the names chosen.
    void importACrontabThroughTheDialog()
    {
        LoopbackConsole running(QStringLiteral("import.db"));
        QVERIFY2(running.started(), qPrintable(running.error));
        ImportCrontabDialog dialog(running.window->core(), running.window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.createButton()->isEnabled()); // nothing pasted yet
        dialog.input()->setPlainText(QStringLiteral("MAILTO=ops@example.com\n"
                                                    "CRON_TZ=Europe/Berlin\n"
                                                    "30 1 * * * /usr/local/bin/nightly-billing.sh\n"
                                                    "*/15 * * * * /usr/local/bin/sync-crm\n"
                                                    "@reboot /usr/local/bin/agent\n"
                                                    "0 4 * * 0 /usr/local/bin/cleanup.sh\n"));
        QTableWidget *table = dialog.table();
        QTRY_COMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, ImportCrontabDialog::NameColumn)->text(),
                 QStringLiteral("nightly-billing"));
        QCOMPARE(table->item(0, ImportCrontabDialog::ScheduleColumn)->text(),
                 QStringLiteral("30 1 * * * (Europe/Berlin)"));
        QCOMPARE(table->item(1, ImportCrontabDialog::GraceColumn)->text(), QStringLiteral("5m"));
        table->item(0, ImportCrontabDialog::NameColumn)->setText(QStringLiteral("Billing"));
        table->item(1, ImportCrontabDialog::GraceColumn)->setText(QStringLiteral("soon"));
        QVERIFY(!dialog.createButton()->isEnabled()); // a grace that is no duration
        table->item(1, ImportCrontabDialog::GraceColumn)->setText(QStringLiteral("10m"));
        table->item(2, ImportCrontabDialog::WatchColumn)->setCheckState(Qt::Unchecked);
        QVERIFY(dialog.createButton()->isEnabled());
        QCOMPARE(dialog.createButton()->text(), QStringLiteral("C&reate 2 monitors"));
        const QString crontab = dialog.output()->toPlainText();
        QVERIFY2(crontab.contains(QStringLiteral("30 1 * * * uptrack-run ")), qPrintable(crontab));
        QVERIFY(crontab.contains(QStringLiteral("/billing -- /usr/local/bin/nightly-billing.sh")));
        QVERIFY(crontab.contains(QStringLiteral("\n0 4 * * 0 /usr/local/bin/cleanup.sh\n")));
        QVERIFY(crontab.contains(QStringLiteral("\n@reboot /usr/local/bin/agent\n")));

        dialog.createButton()->click();
        QTRY_COMPARE(running.core.snapshot().size(), 2);
        const QList<Monitor> made = running.core.snapshot();
        auto find = [&](const char *slug) {
            for (const Monitor &m : made) {
                if (m.slug == QLatin1String(slug))
                    return m;
            }
            return Monitor();
        };
        QCOMPARE(find("billing").name, QStringLiteral("Billing"));
        QCOMPARE(find("billing").schedule.cron(), QStringLiteral("30 1 * * *"));
        QCOMPARE(find("billing").schedule.timeZone(), QStringLiteral("Europe/Berlin"));
        QCOMPARE(find("billing").graceMs, 3'600'000);
        QCOMPARE(find("sync-crm").graceMs, 600'000);
        QCOMPARE(find("sync-crm").schedule.periodMs(), 900'000);
        // Made: the rows say so and cannot be made twice.
        QTRY_VERIFY(!dialog.createButton()->isEnabled());
        QCOMPARE(dialog.output()->toPlainText(), crontab);
    }

    void createThroughTheDialogThenPingAndFilter()
    {
        LoopbackConsole running(QStringLiteral("dialog.db"));
        QVERIFY2(running.started(), qPrintable(running.error));
        CoreRuntime &core = running.core;
        MainWindow &window = *running.window;

        // Ctrl+N opens the dialog; type a name, pick a period preset, tab around, save.
        bool sawDialog = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<MonitorDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            sawDialog = true;
            QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Offsite backup"));
            dialog->periodEdit()->selectAll();
            QTest::keyClicks(dialog->periodEdit(), QStringLiteral("1h"));
            QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
        });
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QVERIFY(sawDialog);
        QTRY_COMPARE(window.model()->rowCount(), 1);
        const Monitor m = *window.model()->monitorAt(0);
        QCOMPARE(m.name, QStringLiteral("Offsite backup"));
        QCOMPARE(m.slug, QStringLiteral("offsite-backup"));
        QCOMPARE(m.schedule.periodMs(), 3'600'000);
        QCOMPARE(window.view()->currentIndex().row(), 0); // the new monitor is selected

        // Ping it over HTTP: the row turns "Up".
        const QUrl base(core.pingUrls().base);
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, quint16(base.port()));
        QVERIFY(s.waitForConnected(3000));
        s.write("POST /ping/" + m.token.toLatin1()
                + " HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello");
        QTRY_COMPARE(window.model()
                             ->data(window.model()->index(0, MonitorTableModel::StatusColumn))
                             .toString(),
                     QStringLiteral("Up"));

        // The sidebar filters: no monitor is down, one is up.
        window.sidebar()->select(Status::Down);
        QCOMPARE(window.proxy()->rowCount(), 0);
        window.sidebar()->select(Status::Up);
        QCOMPARE(window.proxy()->rowCount(), 1);
        window.sidebar()->select(std::nullopt);
        QTest::keyClicks(window.search(), QStringLiteral("nightly"));
        QCOMPARE(window.proxy()->rowCount(), 0);
        window.search()->clear();
        window.selectMonitor(m.id);

        // The ping log shows it with its body; a test ping from the console arrives too.
        window.details()->reloadNow();
        QTRY_COMPARE(window.details()->pingLog()->model()->rowCount(), 1);
        window.details()->pingLog()->table()->selectRow(0);
        QCOMPARE(window.details()->pingLog()->bodyViewer()->toPlainText(), QStringLiteral("hello"));
        command::Reply r;
        core.command(command::TestPing{QString::number(m.id)},
                     [&](const command::Reply &x) { r = x; });
        QTRY_VERIFY(r.ok);
        QTRY_COMPARE(window.model()->monitorAt(0)->nPings, 2);
        // The same from the keyboard (Ctrl+T on the table).
        QApplication::setActiveWindow(&window);
        window.view()->setFocus();
        QTest::keyClick(window.view(), Qt::Key_T, Qt::ControlModifier);
        QTRY_COMPARE(window.model()->monitorAt(0)->nPings, 3);
        window.details()->reloadNow();
        QTRY_COMPARE(window.details()->pingLog()->model()->rowCount(), 3);
        QCOMPARE(window.details()
                         ->pingLog()
                         ->model()
                         ->index(0, PingLogModel::MethodColumn)
                         .data()
                         .toString(),
                 QStringLiteral("TEST"));

        // The timeline reads the same pings in the background; clicking one selects it
        // in the log.
        TimelineView *timeline = window.details()->timeline()->view();
        QTRY_COMPARE(timeline->data().marks.size(), 3);
        window.details()->pingLog()->table()->clearSelection();
        const PingMark first = timeline->data().marks.first();
        QTest::mouseClick(timeline, Qt::LeftButton, {}, timeline->markPosition(0).toPoint());
        QCOMPARE(window.details()
                         ->pingLog()
                         ->table()
                         ->currentIndex()
                         .data(PingLogModel::PingIdRole)
                         .toLongLong(),
                 first.id);
        QCOMPARE(window.details()->pingLog()->bodyViewer()->toPlainText(), QStringLiteral("hello"));

        // Settings: moving to a port that is taken says so and keeps listening where it was.
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost));
        QString shownError;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->listenEdit()->setText(
                    QStringLiteral("127.0.0.1:%1").arg(squatter.serverPort()));
            QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
            QTRY_VERIFY(dialog->listenError()->isVisible());
            shownError = dialog->listenError()->text();
            dialog->reject();
        });
        window.openSettings();
        QVERIFY2(shownError.contains(QString::number(squatter.serverPort())),
                 qPrintable(shownError));
        QCOMPARE(core.pingUrls().base, base.toString());
        // ... and a free port is taken at once, without a restart.
        const quint16 freePort = [] {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost);
            return probe.serverPort();
        }();
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->listenEdit()->setText(QStringLiteral("127.0.0.1:%1").arg(freePort));
            QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        window.openSettings();
        QCOMPARE(QUrl(core.pingUrls().base).port(), int(freePort));
        QVERIFY(window.listeningLabel()->text().contains(QString::number(freePort)));
        QTcpSocket moved;
        moved.connectToHost(QHostAddress::LocalHost, freePort);
        QVERIFY(moved.waitForConnected(3000));
        moved.write("GET /ping/" + m.token.toLatin1() + " HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_COMPARE(window.model()->monitorAt(0)->nPings, 4);

        // A new ping key: the old slug URL stops working, the new one works at once.
        const QByteArray slugPath
                = "/ping/" + core.pingUrls().pingKey.toLatin1() + "/offsite-backup";
        QCOMPARE(httpStatus(freePort, "GET", slugPath), 200);
        QString keyError = QStringLiteral("no answer");
        core.regeneratePingKey([&](const QString &e) { keyError = e; });
        QTRY_VERIFY(keyError.isEmpty());
        QCOMPARE(httpStatus(freePort, "GET", slugPath), 404);
        QCOMPARE(httpStatus(freePort, "GET",
                            "/ping/" + core.pingUrls().pingKey.toLatin1() + "/offsite-backup"),
                 200);
        core.stop();
    }
    // Keyboard and screen reader: every control in the window and its dialogs can be
    // reached with Tab and has a name; the main path runs search, tags, table, details.
    void everyControlIsNamedAndReachable()
    {
        LoopbackConsole running(QStringLiteral("a11y.db"));
        QVERIFY2(running.started(), qPrintable(running.error));
        CoreRuntime &core = running.core;
        MainWindow &window = *running.window;
        QStringList unnamed = unnamedFocusableWidgets(&window); // the empty state
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        command::Reply added;
        MonitorSpec spec;
        spec.name = QStringLiteral("backup");
        core.command(command::AddMonitor{spec, {}}, [&](const command::Reply &r) { added = r; });
        QTRY_VERIFY(added.ok);
        QTRY_VERIFY(window.view()->isVisible());
        unnamed = unnamedFocusableWidgets(&window); // the monitors and their details
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

        // Tab order: from the search field to the tag filter, then the table.
        window.search()->setFocus();
        QTRY_VERIFY(window.search()->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), window.tagFilter());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), window.view());
        // Ctrl+F, a few letters, Return: the first monitor found is selected, in the table.
        window.view()->setCurrentIndex(QModelIndex());
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(window.search()->hasFocus());
        QTest::keyClicks(window.search(), spec.name->left(3));
        QTest::keyClick(window.search(), Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget(), window.view());
        QVERIFY(window.view()->currentIndex().isValid());
        QCOMPARE(window.view()->currentIndex().row(), 0);
        window.search()->clear();

        // The dialogs, opened from the keyboard.
        for (const auto &open :
             {QKeySequence(QStringLiteral("Ctrl+N")), QKeySequence(QStringLiteral("Ctrl+,")),
              QKeySequence(QStringLiteral("Ctrl+Shift+E")),
              QKeySequence(QStringLiteral("Ctrl+Shift+C")),
              QKeySequence(QStringLiteral("Ctrl+Shift+I"))}) {
            QStringList found;
            bool checked = false;
            QTimer::singleShot(300, this, [&] {
                QWidget *dialog = QApplication::activeModalWidget();
                if (dialog) {
                    found = unnamedFocusableWidgets(dialog);
                    checked = true;
                    dialog->close();
                }
            });
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QTest::keySequence(&window, open);
            QTRY_VERIFY2(checked, qPrintable(open.toString()));
            QVERIFY2(found.isEmpty(),
                     qPrintable(open.toString() + QStringLiteral(": ")
                                + found.join(QStringLiteral(", "))));
        }
        window.close();
        core.stop();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
