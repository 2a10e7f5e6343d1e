// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Pings by e-mail through a headless core with --smtp-listen, sent by real clients: swaks,
// msmtp and Python's smtplib. A message to <token>@host or <slug>.<ping-key>@host is a
// ping (method SMTP, the message as its body, 250 only once stored); an unknown address is
// refused at RCPT; the listener survives hostile peers and keeps serving.
#include "processhelpers.h"

#include <QTcpSocket>

using namespace testsupport;

class TestSmtpReceiver : public testsupport::CliTest
{
    Q_OBJECT

    quint16 m_smtp = 0;
    std::unique_ptr<Instance> m_core;

    QJsonObject show(const QString &monitor)
    {
        return cli(withDb({"monitor", "show", monitor, "--json"})).object();
    }
    static QProcess *run(const QString &program, const QStringList &args,
                         const QByteArray &input = {})
    {
        auto *p = new QProcess;
        p->start(program, args);
        p->write(input);
        p->closeWriteChannel();
        p->waitForFinished(30'000);
        return p;
    }

private slots:
    void initTestCase()
    {
        qputenv("UPTRACK_SECRETS", "file");
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        nextDatabase();
        m_smtp = freePort();
        m_core = std::make_unique<Instance>(
                m_db, freePort(),
                QStringList{"--smtp-listen", QStringLiteral("127.0.0.1:%1").arg(m_smtp)});
        QVERIFY(m_core->waitReady());
        QTRY_VERIFY_WITH_TIMEOUT(portAnswers(m_smtp), 10'000);
    }
    void cleanupTestCase()
    {
        if (m_core)
            QCOMPARE(m_core->terminate(), 0);
    }

    void swaksPingsByToken()
    {
        const QString token = cli(withDb({"monitor", "add", "--name", "veeam", "--json"}))
                                      .object()
                                      .value("token")
                                      .toString();
        std::unique_ptr<QProcess> swaks(run(
                QStringLiteral("swaks"),
                {"--server", QStringLiteral("127.0.0.1:%1").arg(m_smtp), "--to",
                 token + QStringLiteral("@uptrack.office.lan"), "--from", "veeam@office.lan",
                 "--header", "Subject: [Success] Nightly backup", "--body", "Processed 12 VMs"}));
        const QByteArray said = swaks->readAllStandardOutput();
        QVERIFY2(swaks->exitCode() == 0, said.constData());
        QVERIFY2(said.contains("<-  250 2.0.0 OK: ping received"), said.constData());
        const QJsonObject m = show(QStringLiteral("veeam"));
        QCOMPARE(m.value("status").toString(), QStringLiteral("up"));
        QCOMPARE(m.value("n_pings").toInt(), 1);
        const QJsonObject ping
                = cli(withDb({"monitor", "pings", "veeam", "--json"})).array().last().toObject();
        QCOMPARE(ping.value("method").toString(), QStringLiteral("SMTP"));
        QCOMPARE(ping.value("source").toString(), QStringLiteral("127.0.0.1"));
        QVERIFY(ping.value("body").toString().contains(
                QStringLiteral("Subject: [Success] Nightly backup")));
        QVERIFY(ping.value("body").toString().contains(QStringLiteral("Processed 12 VMs")));
        QCOMPARE(ping.value("email").toObject().value("from").toString(),
                 QStringLiteral("veeam@office.lan"));
        QCOMPARE(ping.value("email").toObject().value("subject").toString(),
                 QStringLiteral("[Success] Nightly backup"));
        // An HTTP ping has "email": null.
        const quint16 http
                = quint16(QUrl(show(QStringLiteral("veeam")).value("ping_url").toString()).port());
        QCOMPARE(httpStatus(http, "GET", "/ping/" + token.toLatin1()), 200);
        const QJsonObject byHttp
                = cli(withDb({"monitor", "pings", "veeam", "--json"})).array().last().toObject();
        QVERIFY(byHttp.contains("email") && byHttp.value("email").isNull());
    }

    void anEncodedSubjectIsDecoded()
    {
        const QString token = cli(withDb({"monitor", "add", "--name", "nas", "--json"}))
                                      .object()
                                      .value("token")
                                      .toString();
        std::unique_ptr<QProcess> swaks(
                run(QStringLiteral("swaks"),
                    {"--server", QStringLiteral("127.0.0.1:%1").arg(m_smtp), "--to",
                     token + QStringLiteral("@h"), "--from", "nas@office.lan", "--header",
                     "Subject: =?UTF-8?Q?Sicherung_f=C3=BCr_Gr=C3=BCnwald?=", "--header",
                     "From: =?ISO-8859-1?Q?B=FCro_NAS?= <nas@office.lan>", "--body", "ok"}));
        QCOMPARE(swaks->exitCode(), 0);
        const QJsonObject email = cli(withDb({"monitor", "pings", "nas", "--json"}))
                                          .array()
                                          .last()
                                          .toObject()
                                          .value("email")
                                          .toObject();
        QCOMPARE(email.value("subject").toString(), QStringLiteral("Sicherung für Grünwald"));
        QCOMPARE(email.value("from").toString(), QStringLiteral("Büro NAS <nas@office.lan>"));
    }

    void msmtpPingsBySlugAndKey()
    {
        QVERIFY(cli(withDb({"monitor", "add", "--name", "synology", "--slug", "synology"})).exitCode
                == 0);
        // The ping key of the slug URL form: /ping/<key>/<slug>.
        const QString slugUrl = show(QStringLiteral("synology")).value("slug_url").toString();
        const QStringList parts = slugUrl.split(QLatin1Char('/'));
        const QString key = parts.value(parts.size() - 2);
        QVERIFY(!key.isEmpty());
        std::unique_ptr<QProcess> msmtp(
                run(QStringLiteral("msmtp"),
                    {"--host=127.0.0.1", QStringLiteral("--port=%1").arg(m_smtp), "--auth=off",
                     "--tls=off", "--from=ds@office.lan",
                     QStringLiteral("synology.%1@uptrack.lan").arg(key)},
                    "Subject: Hyper Backup succeeded\r\n\r\nThe task succeeded.\r\n"));
        QVERIFY2(msmtp->exitCode() == 0, msmtp->readAllStandardError().constData());
        QCOMPARE(show(QStringLiteral("synology")).value("n_pings").toInt(), 1);
    }

    void smtplibIsRefusedForAnUnknownAddress()
    {
        std::unique_ptr<QProcess> py(
                run(QStringLiteral("python3"),
                    {"-c",
                     QStringLiteral("import smtplib, sys\n"
                                    "s = smtplib.SMTP('127.0.0.1', %1)\n"
                                    "try:\n"
                                    "    s.sendmail('a@b', ['nobody@uptrack.lan'], 'x')\n"
                                    "except smtplib.SMTPRecipientsRefused as e:\n"
                                    "    print(e.recipients['nobody@uptrack.lan'][0])\n"
                                    "s.quit()\n")
                             .arg(m_smtp)}));
        QCOMPARE(py->readAllStandardOutput().trimmed(), QByteArray("550"));
    }

    // Garbage, a huge line, 10,000 recipients and a DATA that never ends: each is cut off
    // within the limits, and the listener still takes the next ping.
    void hostilePeersDoNotStopIt()
    {
        QTcpSocket garbage;
        garbage.connectToHost(QHostAddress::LocalHost, m_smtp);
        QVERIFY(garbage.waitForConnected(5000));
        QByteArray junk;
        for (int i = 0; i < 20; ++i)
            junk += "\x01\x02 not smtp \xff\r\n";
        garbage.write(junk + QByteArray(1 << 20, 'A'));
        QVERIFY(garbage.waitForDisconnected(10'000)); // 421 after too many errors
        QTcpSocket many;
        many.connectToHost(QHostAddress::LocalHost, m_smtp);
        QVERIFY(many.waitForConnected(5000));
        QByteArray rcpts = "EHLO x\r\nMAIL FROM:<a@b>\r\n";
        for (int i = 0; i < 10'000; ++i)
            rcpts += "RCPT TO:<guess" + QByteArray::number(i) + "@x>\r\n";
        many.write(rcpts);
        QVERIFY(many.waitForDisconnected(10'000));
        QTcpSocket endless;
        endless.connectToHost(QHostAddress::LocalHost, m_smtp);
        QVERIFY(endless.waitForConnected(5000));
        const QString token = cli(withDb({"monitor", "add", "--name", "printer", "--json"}))
                                      .object()
                                      .value("token")
                                      .toString();
        endless.write("EHLO x\r\nMAIL FROM:<a@b>\r\nRCPT TO:<" + token.toLatin1()
                      + "@h>\r\nDATA\r\n");
        for (int i = 0; i < 24; ++i) { // 24 MB against a 10 MB limit, no final dot
            endless.write(QByteArray(1 << 20, 'z'));
            endless.waitForBytesWritten(5000);
        }
        endless.write("\r\n.\r\n");
        QByteArray answered;
        QTRY_VERIFY2_WITH_TIMEOUT((answered += endless.readAll()).contains("552 5.3.4"),
                                  answered.right(300).constData(), 20'000);
        QCOMPARE(show(QStringLiteral("printer")).value("n_pings").toInt(), 0);
        // Still serving.
        std::unique_ptr<QProcess> swaks(
                run(QStringLiteral("swaks"),
                    {"--server", QStringLiteral("127.0.0.1:%1").arg(m_smtp), "--to",
                     token + QStringLiteral("@h"), "--body", "ok"}));
        QCOMPARE(swaks->exitCode(), 0);
        QCOMPARE(show(QStringLiteral("printer")).value("n_pings").toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSmtpReceiver)
#include "tst_smtpreceiver.moc"
