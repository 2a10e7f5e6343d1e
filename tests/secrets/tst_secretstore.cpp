// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The secret store against the real keychain (gnome-keyring in a private D-Bus session):
// values round-trip, a missing entry says so, and two threads using it at once (the
// console's and the core's) neither crash it nor get each other's answers. QtKeychain's
// own job queue is not thread-safe; this is what the store's keychain thread is for.
#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>

using namespace uptrack;

namespace {
// Writes, reads back and removes `rounds` entries of its own; counts what came back wrong.
int roundTrips(const SecretStore &store, const QString &prefix, int rounds)
{
    int wrong = 0;
    for (int i = 0; i < rounds; ++i) {
        const QString key = QStringLiteral("%1/%2").arg(prefix).arg(i);
        const QString value = QUuid::createUuid().toString();
        QString read, error;
        if (!store.writeSync(key, value, &error) || !store.readSync(key, &read, &error)
            || read != value || !store.removeSync(key, &error))
            ++wrong;
    }
    return wrong;
}
} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT
    SecretStore m_store{QStringLiteral("uptrack-test")};

private slots:
    void roundTripAndMissing()
    {
        const QString key = QStringLiteral("test/") + QUuid::createUuid().toString();
        QString value, error;
        QVERIFY2(m_store.writeSync(key, QStringLiteral("s3cr3t"), &error), qPrintable(error));
        QVERIFY2(m_store.readSync(key, &value, &error), qPrintable(error));
        QCOMPARE(value, QStringLiteral("s3cr3t"));
        QVERIFY2(m_store.removeSync(key, &error), qPrintable(error));
        QVERIFY(!m_store.readSync(key, &value, &error));
        QVERIFY2(error.contains(QLatin1String("not in the keychain")), qPrintable(error));
        QVERIFY(value.isEmpty());
    }

    void asynchronousAnswersComeBackInTheAskingThread()
    {
        const QString key = QStringLiteral("test/") + QUuid::createUuid().toString();
        QThread *answeredIn = nullptr;
        bool written = false;
        QEventLoop loop;
        m_store.write(key, QStringLiteral("v"), [&](bool ok, const QString &) {
            written = ok;
            answeredIn = QThread::currentThread();
            loop.quit();
        });
        loop.exec();
        QVERIFY(written);
        QCOMPARE(answeredIn, QThread::currentThread());
        QString error;
        QVERIFY(m_store.removeSync(key, &error));
    }

    void twoThreadsAtOnce()
    {
        constexpr int kRounds = 60;
        std::atomic<int> wrongInWorker{-1};
        QThread worker;
        QObject context;
        context.moveToThread(&worker);
        worker.start();
        QMetaObject::invokeMethod(&context, [&] {
            wrongInWorker = roundTrips(m_store, QStringLiteral("worker"), kRounds);
        });
        const int wrongHere = roundTrips(m_store, QStringLiteral("main"), kRounds);
        QTRY_VERIFY_WITH_TIMEOUT(wrongInWorker >= 0, 60'000);
        worker.quit();
        worker.wait();
        QCOMPARE(wrongHere, 0);
        QCOMPARE(wrongInWorker.load(), 0);
    }

    // As in the console: this thread used the store first, then the core thread reads many
    // secrets at once (an alert storm) while this one runs its event loop.
    void manyReadsFromAnotherThread()
    {
        constexpr int kReads = 300;
        const QString key = QStringLiteral("test/") + QUuid::createUuid().toString();
        QString error;
        QVERIFY2(m_store.writeSync(key, QStringLiteral("hook"), &error), qPrintable(error));
        std::atomic<int> answered{0}, right{0};
        QThread worker;
        QObject context;
        context.moveToThread(&worker);
        worker.start();
        QMetaObject::invokeMethod(&context, [&] {
            for (int i = 0; i < kReads; ++i) {
                m_store.read(key, [&](bool ok, const QString &value, const QString &) {
                    if (ok && value == QLatin1String("hook"))
                        ++right;
                    ++answered;
                });
            }
        });
        QTRY_COMPARE_WITH_TIMEOUT(answered.load(), kReads, 60'000);
        worker.quit();
        worker.wait();
        QCOMPARE(right.load(), kReads);
        QVERIFY(m_store.removeSync(key, &error));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
