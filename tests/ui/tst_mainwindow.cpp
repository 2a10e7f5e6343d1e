// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The console window on a real core: pings over loopback show up in the table.
#include "mainwindow.h"
#include "monitortablemodel.h"
#include "runtime/coreruntime.h"
#include "time/clock.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace uptrack;

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

    void tableUpdatesAsPingsArrive()
    {
        QTemporaryDir dir;
        RuntimeConfig config;
        config.databasePath = dir.filePath(QStringLiteral("ui.db"));
        config.listenAddress = QHostAddress::LocalHost;
        config.port = 0;
        SystemClock clock;
        CoreRuntime core(config, clock);
        QString error;
        QVERIFY2(core.start(&error), qPrintable(error));

        MainWindow window(core, clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.model()->rowCount(), 0);

        QJsonObject reply;
        core.command(QJsonObject{{QStringLiteral("command"), QStringLiteral("monitor.add")},
                                 {QStringLiteral("name"), QStringLiteral("nightly-billing")}},
                     [&](const QJsonObject &r) { reply = r; });
        QTRY_VERIFY(reply.value(QLatin1String("ok")).toBool());
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
        QVERIFY(!window.grab().isNull());
        window.close();
        core.stop();
        QVERIFY(QSettings().contains(QStringLiteral("window/geometry"))); // layout remembered
        QVERIFY(QFile::exists(m_settings.path()
                              + QStringLiteral("/uptrack-test/tst_mainwindow.conf")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
