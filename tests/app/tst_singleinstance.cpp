// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One console per database: launching it again hands over to the running one.
#include "control/controlserver.h"
#include "processhelpers.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace testsupport;
using namespace uptrack;

class TestSingleInstance : public QObject
{
    Q_OBJECT
private slots:
    void secondLaunchBringsTheFirstToTheFront()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("console.db"));
        const quint16 port = freePort();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        const QStringList args{QStringLiteral("--db"), db, QStringLiteral("--listen"),
                               QStringLiteral("127.0.0.1:%1").arg(port)};
        QProcess first;
        first.setProcessEnvironment(env);
        first.start(binary(), args);
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(portAnswers(port), 15'000);

        QProcess second;
        second.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        second.start(binary(), args);
        QVERIFY(second.waitForFinished(15'000));
        QCOMPARE(second.exitCode(), 0);
        QVERIFY2(second.readAllStandardError().contains("already running"), "no hand-off message");
        QVERIFY(t.elapsed() < 10'000);
        QCOMPARE(first.state(), QProcess::Running); // the first one carries on
        QVERIFY(portAnswers(port));

        first.terminate();
        QVERIFY(first.waitForFinished(15'000));
    }

    void aHeadlessInstanceHasNoWindowToShow()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("headless.db"));
        Instance instance(db, freePort());
        QVERIFY(instance.waitReady());
        command::Reply reply;
        QVERIFY(ControlClient::send(ControlServer::nameFor(db), command::ShowConsole{}, &reply,
                                    5000));
        QVERIFY(!reply.ok);
        QVERIFY(reply.error.contains(QStringLiteral("headless")));
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
