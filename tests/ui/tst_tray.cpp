// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The console with a real system tray (tests/ui/with-tray.sh runs this under Xvfb with
// trayer): closing the window keeps Uptrack watching from the tray, and every Quit quits.
#include "loopbackconsole.h"
#include "monitorfilterproxy.h"
#include "monitortablemodel.h"
#include "processhelpers.h"
#include "trayicon.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>

using namespace uptrack;
using testsupport::LoopbackConsole;

namespace {
/// Answers every message box that opens while it lives, and counts them.
struct MessageBoxWatcher
{
    MessageBoxWatcher()
    {
        QObject::connect(&timer, &QTimer::timeout, [this] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                texts.append(box->text());
                box->accept();
            }
        });
        timer.start(20);
    }
    QTimer timer;
    QStringList texts;
};

/// Runs the application's event loop until something quits it, or `timeoutMs`
/// passes; returns the loop's exit status, or -1 when nothing quit it.
int runEventLoop(int timeoutMs, const std::function<void()> &afterStart)
{
    bool timedOut = false;
    QTimer::singleShot(0, afterStart);
    QTimer::singleShot(timeoutMs, [&timedOut] {
        timedOut = true;
        QCoreApplication::exit(99);
    });
    const int status = QApplication::exec();
    return timedOut ? -1 : status;
}
} // namespace

class TestTray : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settings;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("uptrack-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_tray"));
        QTRY_VERIFY2_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(),
                                  "no system tray: run this under tests/ui/with-tray.sh", 15'000);
    }

    void closingTheWindowKeepsWatchingFromTheTray()
    {
        LoopbackConsole running(QStringLiteral("close.db"));
        QVERIFY2(running.started(), qPrintable(running.error));
        MainWindow &window = *running.window;
        QVERIFY(window.tray()->available());
        MessageBoxWatcher boxes;
        QVERIFY(!window.close()); // refused: hidden instead
        QVERIFY(!window.isVisible());
        QCOMPARE(boxes.texts.size(), 1); // said once why the window went
        QVERIFY(boxes.texts[0].contains(QStringLiteral("system tray")));
        // Still watching: the core answers pings.
        QVERIFY(testsupport::portAnswers(quint16(QUrl(running.core.pingUrls().base).port())));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.close());
        QCOMPARE(boxes.texts.size(), 1); // only the first time
    }

    // The tray names what is down, lists it in its menu, and a click on a popup or an
    // entry opens the window on that monitor.
    void theTrayLeadsToWhatIsDown()
    {
        LoopbackConsole running(QStringLiteral("down.db"));
        QVERIFY2(running.started(), qPrintable(running.error));
        MainWindow &window = *running.window;
        for (const char *name : {"billing", "backup", "reports"})
            QVERIFY(running.add(QString::fromLatin1(name)));
        QTRY_COMPARE(window.model()->rowCount(), 3);
        const quint16 port = quint16(QUrl(running.core.pingUrls().base).port());
        for (const Monitor &m : running.core.snapshot()) {
            if (m.name != QLatin1String("reports"))
                QCOMPARE(testsupport::httpStatus(port, "GET",
                                                 "/ping/" + m.token.toLatin1() + "/fail"),
                         200);
        }
        TrayIcon *tray = window.tray();
        QTRY_COMPARE(tray->downActions().size(), 2);
        QVERIFY2(tray->toolTip().contains(QStringLiteral("Down: ")), qPrintable(tray->toolTip()));
        QVERIFY(tray->toolTip().contains(QStringLiteral("billing")));
        QVERIFY(tray->toolTip().contains(QStringLiteral("backup")));
        QStringList entries;
        for (QAction *a : tray->downActions())
            entries << a->text();
        entries.sort();
        QCOMPARE(entries, (QStringList{"backup is down", "billing is down"}));

        // A filter hides "billing"; its menu entry clears it and selects the monitor.
        window.search()->setText(QStringLiteral("reports"));
        window.hide();
        QAction *billing = nullptr;
        for (QAction *a : tray->downActions())
            billing = a->text().startsWith(QLatin1String("billing")) ? a : billing;
        billing->trigger();
        QTRY_VERIFY(window.isVisible());
        QVERIFY(window.search()->text().isEmpty());
        const QModelIndex current = window.view()->currentIndex();
        QCOMPARE(window.proxy()
                         ->data(current.siblingAtColumn(MonitorTableModel::NameColumn))
                         .toString(),
                 QStringLiteral("billing"));

        // A popup about "backup", clicked.
        qint64 backupId = 0;
        for (const Monitor &m : running.core.snapshot())
            backupId = m.name == QLatin1String("backup") ? m.id : backupId;
        DesktopPopup popup;
        popup.title = QStringLiteral("backup is DOWN");
        popup.summary = QStringLiteral("reported failure");
        popup.monitorId = backupId;
        popup.timeMs = QDateTime::currentMSecsSinceEpoch();
        bool shown = false;
        tray->present(popup, [&](bool ok, const QString &) { shown = ok; });
        QVERIFY(shown);
        auto *icon = tray->findChild<QSystemTrayIcon *>();
        QVERIFY(icon);
        window.hide();
        emit icon->messageClicked();
        QTRY_VERIFY(window.isVisible());
        QCOMPARE(window.proxy()
                         ->data(window.view()->currentIndex().siblingAtColumn(
                                 MonitorTableModel::NameColumn))
                         .toString(),
                 QStringLiteral("backup"));
    }

    void ctrlQQuitsThoughATrayExists()
    {
        LoopbackConsole running(QStringLiteral("ctrlq.db"));
        QVERIFY2(running.started(), qPrintable(running.error));
        MainWindow &window = *running.window;
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        MessageBoxWatcher boxes;
        const int status = runEventLoop(
                10'000, [&window] { QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier); });
        QCOMPARE(status, 0);
        QVERIFY2(boxes.texts.isEmpty(), qPrintable(boxes.texts.join(QLatin1Char('\n'))));
    }

    void theTrayMenusQuitQuitsWithTheWindowOpen()
    {
        LoopbackConsole running(QStringLiteral("trayquit.db"));
        QVERIFY2(running.started(), qPrintable(running.error));
        MainWindow &window = *running.window;
        MessageBoxWatcher boxes;
        const int status = runEventLoop(10'000, [&window] { emit window.tray()->quitRequested(); });
        QCOMPARE(status, 0);
        QVERIFY(boxes.texts.isEmpty());
    }

    void sigtermStopsTheConsoleWithItsWindowOpen()
    {
        // The real program, as a logout or "systemctl --user stop" would end it.
        QTemporaryDir dir;
        const quint16 port = testsupport::freePort();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        QProcess console;
        console.setProcessEnvironment(env);
        console.start(testsupport::binary(),
                      {QStringLiteral("--db"), dir.filePath(QStringLiteral("console.db")),
                       QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)});
        QVERIFY(console.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(testsupport::portAnswers(port), 15'000);
        // Its window is on the screen (with the tray icon beside it).
        auto windowShown = [&] {
            QProcess search;
            search.start(QStringLiteral("xdotool"),
                         {QStringLiteral("search"), QStringLiteral("--onlyvisible"),
                          QStringLiteral("--pid"), QString::number(console.processId())});
            return search.waitForFinished(5000) && search.exitCode() == 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(windowShown(), 15'000);
        // The title the window manager shows: "Uptrack", not "Uptrack — Uptrack". (The
        // process has other windows too, the tray icon's among them.)
        auto titles = [&] {
            QProcess names;
            names.start(QStringLiteral("sh"),
                        {QStringLiteral("-c"),
                         QStringLiteral("for w in $(xdotool search --onlyvisible --pid %1); do "
                                        "xdotool getwindowname $w; done")
                                 .arg(console.processId())});
            names.waitForFinished(5000);
            return QString::fromUtf8(names.readAllStandardOutput()).split(QLatin1Char('\n'));
        };
        QTRY_VERIFY_WITH_TIMEOUT(titles().contains(QStringLiteral("Uptrack")), 10'000);
        for (const QString &title : titles())
            QVERIFY2(!title.endsWith(QStringLiteral("— Uptrack")), qPrintable(title));
        console.terminate();
        QVERIFY2(console.waitForFinished(15'000), "SIGTERM did not stop the console");
        QCOMPARE(console.exitStatus(), QProcess::NormalExit);
        QCOMPARE(console.exitCode(), 0);
    }
};

QTEST_MAIN(TestTray)
#include "tst_tray.moc"
