// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The encrypted-file secret store, for machines without a keychain: values round-trip,
// the files are owner-only and hold no secret in the clear, a wrong key or a changed file
// is refused without losing anything, a systemd credential is used when the service has
// one, and two processes writing at once lose no entry.
#include "secrets/filesecrets.h"
#include "secrets/secretstore.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace uptrack;

namespace {
QFileDevice::Permissions othersMay()
{
    return QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
            | QFileDevice::WriteOther;
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestFileSecrets : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    FileSecrets fresh()
    {
        ++m_n;
        return FileSecrets(m_dir.filePath(QStringLiteral("data%1/secrets.enc").arg(m_n)),
                           m_dir.filePath(QStringLiteral("config%1/secrets.key").arg(m_n)));
    }

private slots:
    void roundTripOwnerOnlyAndNothingInTheClear()
    {
        const FileSecrets store = fresh();
        QVERIFY(!store.exists());
        QString value, error;
        bool found = true;
        QVERIFY(store.read(QStringLiteral("uptrack/channel/a"), &value, &found, &error));
        QVERIFY(!found); // no file yet: nothing, and no error
        const QString secret = QStringLiteral("https://hooks.slack.com/services/T0/B0/secret-xyz");
        QVERIFY2(store.write(QStringLiteral("uptrack/channel/a"), secret, &error),
                 qPrintable(error));
        QVERIFY(store.write(QStringLiteral("uptrack/channel/b"), QStringLiteral("pw ü"), &error));
        QVERIFY(store.read(QStringLiteral("uptrack/channel/a"), &value, &found, &error));
        QVERIFY(found);
        QCOMPARE(value, secret);
        QVERIFY(store.read(QStringLiteral("uptrack/channel/b"), &value, &found, &error));
        QCOMPARE(value, QStringLiteral("pw ü"));
        for (const QString &path : {store.filePath(), store.keyPath()}) {
            QCOMPARE(QFileInfo(path).permissions() & othersMay(), QFileDevice::Permissions());
            QCOMPARE(QFileInfo(QFileInfo(path).absolutePath()).permissions() & othersMay(),
                     QFileDevice::Permissions());
        }
        const QByteArray sealed = contents(store.filePath());
        QVERIFY(!sealed.contains("hooks.slack.com"));
        QVERIFY(!sealed.contains("channel/a")); // not even the names
        QVERIFY(!contents(store.keyPath()).contains("secret"));
        // Removing one keeps the other; removing what is not there succeeds.
        QVERIFY(store.remove(QStringLiteral("uptrack/channel/a"), &error));
        QVERIFY(store.remove(QStringLiteral("uptrack/channel/a"), &error));
        QVERIFY(store.read(QStringLiteral("uptrack/channel/a"), &value, &found, &error));
        QVERIFY(!found);
        QVERIFY(store.read(QStringLiteral("uptrack/channel/b"), &value, &found, &error));
        QVERIFY(found);
    }

    void aWrongKeyOrAChangedFileIsRefusedAndNothingIsLost()
    {
        const FileSecrets store = fresh();
        QString value, error;
        bool found = false;
        QVERIFY(store.write(QStringLiteral("k"), QStringLiteral("v"), &error));
        const QByteArray before = contents(store.filePath());
        // Another key in its place: the file is not opened, and not overwritten.
        {
            QFile key(store.keyPath());
            QVERIFY(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
            key.write(QByteArray(44, 'x'));
        }
        QVERIFY(!store.read(QStringLiteral("k"), &value, &found, &error));
        QVERIFY2(error.contains(QLatin1String("cannot be decrypted")), qPrintable(error));
        QVERIFY(!store.write(QStringLiteral("k2"), QStringLiteral("v2"), &error));
        QCOMPARE(contents(store.filePath()), before);
        // One flipped byte in the file is as bad.
        const FileSecrets other = fresh();
        QVERIFY(other.write(QStringLiteral("k"), QStringLiteral("v"), &error));
        QByteArray sealed = contents(other.filePath());
        sealed[sealed.size() - 20] = char(sealed[sealed.size() - 20] ^ 1);
        {
            QFile f(other.filePath());
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(sealed);
        }
        QVERIFY(!other.read(QStringLiteral("k"), &value, &found, &error));
        QVERIFY(error.contains(QLatin1String("cannot be decrypted")));
    }

    void aKeyOthersCanReadIsRefused()
    {
        const FileSecrets store = fresh();
        QString error;
        QVERIFY(store.write(QStringLiteral("k"), QStringLiteral("v"), &error));
        QFile(store.keyPath())
                .setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                | QFileDevice::ReadOther);
        QString value;
        bool found = false;
        QVERIFY(!store.read(QStringLiteral("k"), &value, &found, &error));
        QVERIFY2(error.contains(QLatin1String("chmod 600")), qPrintable(error));
    }

    void aSystemdCredentialIsTheKey()
    {
        QTemporaryDir credentials;
        {
            QFile c(credentials.filePath(QStringLiteral("uptrack-secrets-key")));
            QVERIFY(c.open(QIODevice::WriteOnly));
            c.write(QByteArray(64, 'c'));
        }
        qputenv("CREDENTIALS_DIRECTORY", credentials.path().toLocal8Bit());
        const FileSecrets store = fresh();
        QString value, error;
        bool found = false;
        QVERIFY(store.write(QStringLiteral("k"), QStringLiteral("v"), &error));
        QVERIFY(!QFileInfo::exists(store.keyPath())); // no key file made
        QVERIFY(store.read(QStringLiteral("k"), &value, &found, &error) && found);
        qunsetenv("CREDENTIALS_DIRECTORY");
        // Without the credential there is no key to open it with.
        QVERIFY(!store.read(QStringLiteral("k"), &value, &found, &error));
    }

    void twoProcessesWritingAtOnceLoseNothing()
    {
        // The core and a sub-command may write at once: many writers, every entry kept.
        const QString data = m_dir.filePath(QStringLiteral("shared"));
        QList<QProcess *> writers;
        for (int w = 0; w < 4; ++w) {
            auto *p = new QProcess(this);
            p->setProgram(QCoreApplication::applicationFilePath());
            p->setArguments({QStringLiteral("writer"), data, QString::number(w)});
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("TST_FILESECRETS_WRITER"), QStringLiteral("1"));
            p->setProcessEnvironment(env);
            p->start();
            writers.append(p);
        }
        for (QProcess *p : writers) {
            QVERIFY(p->waitForFinished(60'000));
            QCOMPARE(p->exitCode(), 0);
        }
        const FileSecrets store(data + QStringLiteral("/secrets.enc"),
                                data + QStringLiteral("/secrets.key"));
        for (int w = 0; w < 4; ++w) {
            for (int i = 0; i < 10; ++i) {
                QString value, error;
                bool found = false;
                QVERIFY(store.read(QStringLiteral("%1/%2").arg(w).arg(i), &value, &found, &error));
                QVERIFY2(found, qPrintable(QStringLiteral("%1/%2").arg(w).arg(i)));
                QCOMPARE(value, QStringLiteral("v%1-%2").arg(w).arg(i));
            }
        }
    }

    void theStoreUsesTheFileWhenToldTo()
    {
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("xdg-data")).toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("xdg-config")).toLocal8Bit());
        SecretStore::setBackend(SecretStore::Backend::File);
        QCOMPARE(SecretStore::backendName(), QStringLiteral("file"));
        QCOMPARE(SecretStore::locate(SecretStore::channelKey(QStringLiteral("r"))),
                 QStringLiteral("file:uptrack/channel/r"));
        const SecretStore store;
        QString error, value;
        QVERIFY2(store.writeSync(QStringLiteral("channel/r"), QStringLiteral("s"), &error),
                 qPrintable(error));
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("xdg-data/uptrack/secrets.enc"))));
        // Asynchronous as the keychain is: the answer comes on the event loop.
        bool answered = false;
        store.read(QStringLiteral("channel/r"), [&](bool ok, const QString &v, const QString &) {
            answered = ok && v == QLatin1String("s");
        });
        QVERIFY(!answered);
        QTRY_VERIFY(answered);
        QVERIFY(store.removeSync(QStringLiteral("channel/r"), &error));
        QVERIFY(!store.readSync(QStringLiteral("channel/r"), &value, &error));
        QVERIFY2(error.contains(QLatin1String("not in the secrets file")), qPrintable(error));
        QCOMPARE(SecretStore::parseBackend(QStringLiteral("vault")), std::nullopt);
    }
};

int main(int argc, char **argv)
{
    // A child of twoProcessesWritingAtOnceLoseNothing: ten writes, then done.
    if (qEnvironmentVariableIsSet("TST_FILESECRETS_WRITER") && argc == 4) {
        QCoreApplication app(argc, argv);
        const QString data = QString::fromLocal8Bit(argv[2]);
        const FileSecrets store(data + QStringLiteral("/secrets.enc"),
                                data + QStringLiteral("/secrets.key"));
        for (int i = 0; i < 10; ++i) {
            QString error;
            if (!store.write(QStringLiteral("%1/%2").arg(QString::fromLatin1(argv[3])).arg(i),
                             QStringLiteral("v%1-%2").arg(QString::fromLatin1(argv[3])).arg(i),
                             &error))
                return 1;
        }
        return 0;
    }
    QCoreApplication app(argc, argv);
    TestFileSecrets test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_filesecrets.moc"
