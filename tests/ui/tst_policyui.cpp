// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The alert policy in the console, on a real core: Alerts → Mute alerts (the tray's menu,
// also where there is no tray) and the status bar while muted; Ctrl+K on an open incident
// acknowledges it with a note, which the incident list then shows.
#include "historymodels.h"
#include "historypanel.h"
#include "loopbackconsole.h"
#include "monitordetails.h"
#include "monitortablemodel.h"
#include "platform/username.h"
#include "processhelpers.h"
#include "trayicon.h"

#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

using namespace uptrack;
using testsupport::LoopbackConsole;

class TestPolicyUi : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settings;

    static QMenu *alertsMenu(MainWindow &window)
    {
        for (QAction *a : window.menuBar()->actions()) {
            if (a->text() == QLatin1String("&Alerts"))
                return a->menu();
        }
        return nullptr;
    }
    static const Monitor *find(const QList<Monitor> &monitors, const QString &name)
    {
        for (const Monitor &m : monitors) {
            if (m.name == name)
                return &m;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("uptrack-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_policyui"));
    }

    void theAlertsMenuMutesAndTheStatusBarSaysSo()
    {
        LoopbackConsole running(QStringLiteral("mute.db"));
        QVERIFY2(running.started(), qPrintable(running.error));
        MainWindow &window = *running.window;
        QMenu *alerts = alertsMenu(window);
        QVERIFY(alerts);
        QMenu *mute = window.tray()->muteMenu();
        QVERIFY(alerts->actions().contains(mute->menuAction())); // tray or no tray
        QCOMPARE(mute->title(), QStringLiteral("M&ute alerts"));
        auto *indicator = window.findChild<QLabel *>(QStringLiteral("mutedIndicator"));
        QVERIFY(indicator);
        QVERIFY(!indicator->isVisible());
        const QList<QAction *> entries = window.tray()->muteActions();
        QCOMPARE(entries.size(), 4);
        QVERIFY(!entries.last()->isVisible()); // nothing to unmute

        const qint64 before = running.clock.nowMs();
        entries[0]->trigger(); // for 1 hour
        QTRY_COMPARE(running.core.mutes().size(), 1);
        const Mute m = running.core.mutes().first().first;
        QCOMPARE(m.scope, Mute::Scope::All);
        QVERIFY(m.untilMs >= before + 3'600'000 && m.untilMs <= running.clock.nowMs() + 3'600'000);
        QTRY_VERIFY(indicator->isVisible());
        QVERIFY2(indicator->text().contains(QStringLiteral("Alerts muted until")),
                 qPrintable(indicator->text()));
        QVERIFY(mute->title().startsWith(QStringLiteral("Alerts m&uted until")));
        QVERIFY(entries.last()->isVisible());

        entries.last()->trigger(); // unmute
        QTRY_VERIFY(running.core.mutes().isEmpty());
        QTRY_VERIFY(!indicator->isVisible());
        QCOMPARE(mute->title(), QStringLiteral("M&ute alerts"));
        QVERIFY(!entries.last()->isVisible());
    }

    void ctrlKAcknowledgesTheOpenIncident()
    {
        LoopbackConsole running(QStringLiteral("ack.db"));
        QVERIFY2(running.started(), qPrintable(running.error));
        MainWindow &window = *running.window;
        QVERIFY(running.add(QStringLiteral("backup")));
        QTRY_COMPARE(window.model()->rowCount(), 1);
        const quint16 port = quint16(QUrl(running.core.pingUrls().base).port());
        const QByteArray token
                = find(running.core.snapshot(), QStringLiteral("backup"))->token.toLatin1();
        QCOMPARE(testsupport::httpStatus(port, "GET", "/ping/" + token + "/fail"), 200);
        QTRY_COMPARE(find(running.core.snapshot(), QStringLiteral("backup"))->status, Status::Down);

        window.view()->selectRow(0);
        HistoryPanel *history = window.details()->history();
        window.details()->setCurrentWidget(history);
        QTRY_COMPARE(history->incidents()->rowCount(), 1);
        QTableView *incidents = history->incidentTable();
        incidents->selectRow(0);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        incidents->setFocus();
        QTRY_VERIFY(incidents->hasFocus());

        // The note dialog: answered when it opens.
        QString prompt;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            if (auto *d = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
                prompt = d->labelText();
                d->setTextValue(QStringLiteral("  swapping the disk "));
                d->accept();
            }
        });
        answer.start(20);
        QTest::keyClick(incidents, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(!prompt.isEmpty());
        answer.stop();
        QVERIFY2(prompt.contains(QStringLiteral("reminders")), qPrintable(prompt));

        QTRY_VERIFY(find(running.core.snapshot(), QStringLiteral("backup"))->ackMs >= 0);
        const Monitor backup = *find(running.core.snapshot(), QStringLiteral("backup"));
        QCOMPARE(backup.ackBy, localUserName());
        QCOMPARE(backup.ackNote, QStringLiteral("swapping the disk")); // trimmed
        // The incident list shows who is on it.
        IncidentModel *model = history->incidents();
        int column = -1;
        for (int c = 0; c < model->columnCount(); ++c) {
            if (model->headerData(c, Qt::Horizontal).toString() == QLatin1String("Acknowledged"))
                column = c;
        }
        QVERIFY(column >= 0);
        QTRY_VERIFY(model->index(0, column).data().toString().contains(localUserName()));
        QVERIFY(model->index(0, column).data().toString().endsWith(
                QStringLiteral(": swapping the disk")));
        // Once acknowledged, Ctrl+K asks nothing more.
        incidents->selectRow(0);
        prompt.clear();
        answer.start(20);
        QTest::keyClick(incidents, Qt::Key_K, Qt::ControlModifier);
        QTest::qWait(300);
        answer.stop();
        QVERIFY(prompt.isEmpty());
    }
};

QTEST_MAIN(TestPolicyUi)
#include "tst_policyui.moc"
