// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Security by default, checked on a full run: the secrets a user configures (a webhook
// URL and a secret webhook header, an SMTP password, a check's secret header) appear
// in no log line at any verbosity, no command output, no JSON and no database file,
// even when deliveries fail and a server echoes the URL back (a channel added through the
// management API included); and the files Uptrack
// creates are readable by their owner only.
#include "processhelpers.h"
#include "secrets/secretstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace uptrack;
using testsupport::cli;
using testsupport::freePort;

namespace {
const QByteArray kWebhookToken = "HOOKTOKEN-7f3a9c";
const QByteArray kHeaderSecret = "HEADERSECRET-b81e";
const QByteArray kSmtpPassword = "SMTPPASS-42dd0e";
const QByteArray kCheckSecret = "CHECKSECRET-c0ffee";
const QByteArray kApiChannelSecret = "APICHANNEL-5e7b21"; ///< a channel added through the API
const QList<QByteArray> kSecrets{kWebhookToken, kHeaderSecret, kSmtpPassword, kCheckSecret,
                                 kApiChannelSecret};
/// A management API key, and a wrong one tried against the API (both secret).
QList<QByteArray> g_apiKeys;

QString leaks(const QString &what, const QByteArray &text)
{
    QStringList found;
    for (const QByteArray &s : kSecrets + g_apiKeys) {
        if (text.contains(s))
            found << QString::fromLatin1(s);
    }
    return found.isEmpty()
            ? QString()
            : QStringLiteral("%1 contains %2").arg(what, found.join(QLatin1Char(',')));
}

QFile::Permissions groupOrOther()
{
    return QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::WriteOther | QFile::ExeOther;
}
} // namespace

class TestSecurity : public QObject
{
    Q_OBJECT

private slots:
    void noSecretInLogsOutputOrFiles()
    {
        QString probe;
        if (!SecretStore().writeSync(QStringLiteral("tst_security/probe"), QStringLiteral("x"),
                                     &probe))
            QSKIP("no Secret Service here; the test command runs one (dbus-run-session)");
        SecretStore().removeSync(QStringLiteral("tst_security/probe"), &probe);

        // A web server that answers the webhook 404 with the path in the body.
        QProcess web;
        QProcessEnvironment webEnv = QProcessEnvironment::systemEnvironment();
        webEnv.insert(QStringLiteral("CHECKSERVER_TOKEN"), QString::fromLatin1(kCheckSecret));
        web.setProcessEnvironment(webEnv);
        const quint16 webPort = freePort();
        web.start(QStringLiteral("/usr/bin/python3"),
                  {QStringLiteral(UPTRACK_SOURCE_DIR "/tests/support/checkserver.py"),
                   QString::number(webPort)});
        QVERIFY(web.waitForReadyRead(10'000));

        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("data/uptrack"));
        const QString db = folder + QStringLiteral("/uptrack.db");
        QByteArray everything; // every byte Uptrack printed
        auto run = [&](QStringList args, const QByteArray &input = {}) {
            args << QStringLiteral("--db") << db;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
            const auto r = cli(args, input, env);
            everything += r.out + r.err;
            return r;
        };
        // The most verbose logging there is, for the instance too.
        qputenv("QT_LOGGING_RULES", "*.debug=true");
        QCOMPARE(run({QStringLiteral("monitor"), QStringLiteral("list")}).exitCode, 0);
        testsupport::Instance instance(db, freePort(),
                                       {QStringLiteral("--alert-retry"), QStringLiteral("1s")});
        qunsetenv("QT_LOGGING_RULES");
        QVERIFY(instance.waitReady());

        const QString hook = QStringLiteral("http://127.0.0.1:%1/hook/%2")
                                     .arg(webPort)
                                     .arg(QString::fromLatin1(kWebhookToken));
        QCOMPARE(run({QStringLiteral("channel"), QStringLiteral("add"), QStringLiteral("--kind"),
                      QStringLiteral("webhook"), QStringLiteral("--name"), QStringLiteral("hook"),
                      QStringLiteral("--secret-header"), QStringLiteral("X-Auth"),
                      QStringLiteral("--default")},
                     hook.toUtf8() + '\n' + kHeaderSecret + '\n')
                         .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("channel"), QStringLiteral("add"), QStringLiteral("--kind"),
                      QStringLiteral("email"), QStringLiteral("--name"), QStringLiteral("mail"),
                      QStringLiteral("--smtp-host"), QStringLiteral("127.0.0.1"),
                      QStringLiteral("--smtp-port"), QString::number(freePort()),
                      QStringLiteral("--tls"), QStringLiteral("none"), QStringLiteral("--username"),
                      QStringLiteral("admin"), QStringLiteral("--from"),
                      QStringLiteral("uptrack@example.com"), QStringLiteral("--to"),
                      QStringLiteral("admin@example.com"), QStringLiteral("--default")},
                     kSmtpPassword + '\n')
                         .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("monitor"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("backup")})
                         .exitCode,
                 0);
        // An API key: printed once, here (kept out of `everything`), then used right and
        // wrong against the API, creating a check with a body that names it.
        {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
            const auto made = cli({QStringLiteral("apikey"), QStringLiteral("add"),
                                   QStringLiteral("--name"), QStringLiteral("deploy"),
                                   QStringLiteral("--json"), QStringLiteral("--db"), db},
                                  {}, env);
            QCOMPARE(made.exitCode, 0);
            everything += made.err;
            const QByteArray key = made.object().value(QLatin1String("key")).toString().toLatin1();
            QCOMPARE(key.size(), 32);
            g_apiKeys = {key, QByteArray("WRONGKEY-0123456789abcdefghijklm")};
            const QString base
                    = QStringLiteral("http://127.0.0.1:%1/api/v3/checks/").arg(instance.port());
            for (const QByteArray &k : std::as_const(g_apiKeys)) {
                QProcess curl;
                curl.start(QStringLiteral("curl"),
                           {QStringLiteral("-s"), QStringLiteral("-H"),
                            QStringLiteral("X-Api-Key: ") + QString::fromLatin1(k),
                            QStringLiteral("-d"),
                            QStringLiteral("{\"name\": \"via api\", \"api_key\": \"%1\"}")
                                    .arg(QString::fromLatin1(k)),
                            base});
                QVERIFY(curl.waitForFinished(10'000));
                const QByteArray answer = curl.readAllStandardOutput();
                QVERIFY2(answer.contains(k == key ? "\"name\":\"via api\"" : "wrong api key"),
                         answer.constData());
                QVERIFY(!answer.contains(k));
            }
            // A channel added through the API: its secret goes to the keychain only.
            QProcess curl;
            curl.start(QStringLiteral("curl"),
                       {QStringLiteral("-s"), QStringLiteral("-H"),
                        QStringLiteral("X-Api-Key: ") + QString::fromLatin1(key),
                        QStringLiteral("-d"),
                        QStringLiteral("{\"name\": \"api hook\", \"kind\": \"slack\", "
                                       "\"fields\": {\"url\": \"http://127.0.0.1:%1/hook/%2\"}}")
                                .arg(webPort)
                                .arg(QString::fromLatin1(kApiChannelSecret)),
                        QStringLiteral("http://127.0.0.1:%1/api/uptrack/v1/channels")
                                .arg(instance.port())});
            QVERIFY(curl.waitForFinished(10'000));
            const QByteArray answer = curl.readAllStandardOutput();
            QVERIFY2(answer.contains("\"secret\":\"keychain:"), answer.constData());
            everything += answer;
        }
        QCOMPARE(run({QStringLiteral("monitor"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("api"), QStringLiteral("--http"),
                      QStringLiteral("http://127.0.0.1:%1/header").arg(webPort),
                      QStringLiteral("--interval"), QStringLiteral("10s"),
                      QStringLiteral("--timeout"), QStringLiteral("3s"),
                      QStringLiteral("--secret-header"), QStringLiteral("X-Check-Token")},
                     kCheckSecret + '\n')
                         .exitCode,
                 0);
        // A failure: a down alert to both channels; both deliveries fail and are retried.
        const QString token
                = QString::fromUtf8(run({QStringLiteral("monitor"), QStringLiteral("show"),
                                         QStringLiteral("backup"), QStringLiteral("--json")})
                                            .object()
                                            .value(QLatin1String("token"))
                                            .toString()
                                            .toUtf8());
        QCOMPARE(testsupport::httpStatus(instance.port(), "GET",
                                         "/ping/" + token.toLatin1() + "/fail"),
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(run({QStringLiteral("alerts"), QStringLiteral("--json")})
                                                 .out.count("\"attempts\": 0")
                                         == 0,
                                 15'000);
        QTest::qWait(2500); // a retry or two, with their log lines
        run({QStringLiteral("channel"), QStringLiteral("test"), QStringLiteral("hook")});
        run({QStringLiteral("channel"), QStringLiteral("test"), QStringLiteral("api hook")});
        run({QStringLiteral("channel"), QStringLiteral("list"), QStringLiteral("--json")});
        run({QStringLiteral("alerts"), QStringLiteral("--json")});
        run({QStringLiteral("alerts")});
        run({QStringLiteral("monitor"), QStringLiteral("show"), QStringLiteral("api"),
             QStringLiteral("--json")});
        run({QStringLiteral("monitor"), QStringLiteral("pings"), QStringLiteral("api")});
        QCOMPARE(instance.terminate(), 0);
        everything += instance.stderrText();
        web.kill();
        web.waitForFinished();

        // The check really sent its secret header: the server answered 200 to it.
        QVERIFY2(everything.contains("HTTP 200"), everything.right(3000).constData());
        // The delivery outcome was recorded, with the URL scrubbed out of the echo.
        QVERIFY2(everything.contains("HTTP 404"), everything.right(2000).constData());
        QString leak = leaks(QStringLiteral("the output and logs"), everything);
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
        for (const QString &file : QDir(folder).entryList(QDir::Files)) {
            QFile f(folder + QLatin1Char('/') + file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            leak = leaks(file, f.readAll());
            QVERIFY2(leak.isEmpty(), qPrintable(leak));
        }
    }

    void filesAreOwnerOnly()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("new/uptrack"));
        const QString db = folder + QStringLiteral("/uptrack.db");
        testsupport::Instance instance(db, freePort());
        QVERIFY(instance.waitReady());
        QCOMPARE(cli({QStringLiteral("monitor"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("x"), QStringLiteral("--db"), db})
                         .exitCode,
                 0);
        QVERIFY(!(QFileInfo(folder).permissions() & groupOrOther()));
        for (const QString &file : {db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm")}) {
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            QVERIFY2(!(QFileInfo(file).permissions() & groupOrOther()), qPrintable(file));
        }
        QCOMPARE(instance.terminate(), 0);
        // A database an older Uptrack left world-readable is tightened when opened.
        QFile::setPermissions(
                db, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        QCOMPARE(cli({QStringLiteral("monitor"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("y"), QStringLiteral("--db"), db})
                         .exitCode,
                 0);
        QVERIFY(!(QFileInfo(db).permissions() & groupOrOther()));
    }
};

QTEST_MAIN(TestSecurity)
#include "tst_security.moc"
