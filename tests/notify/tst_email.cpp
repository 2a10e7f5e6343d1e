// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Email through a real SMTP server (aiosmtpd) with STARTTLS, a self-signed
// certificate and a login; the password comes from the real keychain.
#include "engine/engine.h"
#include "notify/notifier.h"
#include "secrets/secretstore.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace uptrack;

class TestEmail : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QProcess m_server;
    quint16 m_port = 0;
    SecretStore m_secrets{QStringLiteral("uptrack-test")};
    QStringList m_keys;

    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    QList<QJsonObject> received()
    {
        QList<QJsonObject> out;
        QFile f(file("mail.jsonl"));
        if (f.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : f.readAll().split('\n')) {
                if (!line.isEmpty())
                    out.append(QJsonDocument::fromJson(line).object());
            }
        }
        return out;
    }

    // Sends a test message through an email channel; returns (delivered, outcome).
    QPair<bool, QString> sendThrough(const QJsonObject &config, const QString &password)
    {
        QString error;
        auto db = Database::open(m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128)),
                                 Database::Mode::ReadWrite, &error);
        SystemClock clock;
        Engine engine(*db, clock);
        engine.load(&error);
        Channel c;
        c.name = QStringLiteral("mail");
        c.kind = QStringLiteral("email");
        c.config = config;
        if (!password.isEmpty()) {
            c.secretRef = QUuid::createUuid().toString(QUuid::WithoutBraces);
            m_keys << SecretStore::channelKey(c.secretRef);
            if (!m_secrets.writeSync(SecretStore::channelKey(c.secretRef), password, &error))
                return {false, error};
        }
        const auto added = engine.addChannel(c, &error);
        if (!added)
            return {false, error};
        Notifier notifier(*db, clock, m_secrets);
        std::optional<QPair<bool, QString>> result;
        notifier.sendTest(added->id, [&](bool ok, const QString &outcome) {
            result = {ok, outcome};
        });
        QElapsedTimer t;
        t.start();
        while (!result && t.elapsed() < 60'000)
            QTest::qWait(20);
        return result.value_or(qMakePair(false, QStringLiteral("timed out")));
    }

    QJsonObject config() const
    {
        return QJsonObject{{"host", "127.0.0.1"},
                           {"port", m_port},
                           {"tls", "starttls"},
                           {"username", "uptrack"},
                           {"from", "uptrack@office.test"},
                           {"to", QJsonArray{"admin@office.test", "boss@office.test"}},
                           {"ca_file", file("cert.pem")}};
    }

private slots:
    void initTestCase()
    {
        // A self-signed certificate for 127.0.0.1, made fresh.
        const int made = QProcess::execute(QStringLiteral("openssl"),
                                           {"req", "-x509", "-newkey", "rsa:2048", "-nodes",
                                            "-days", "1", "-subj", "/CN=127.0.0.1", "-addext",
                                            "subjectAltName=IP:127.0.0.1", "-keyout",
                                            file("key.pem"), "-out", file("cert.pem")});
        QCOMPARE(made, 0);
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
        probe.close();
        m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_server.start(QStringLiteral("/usr/bin/python3"),
                       {QStringLiteral(UPTRACK_SOURCE_DIR "/tests/support/smtpsink.py"),
                        QString::number(m_port), file("cert.pem"), file("key.pem"),
                        file("mail.jsonl"), "uptrack", "s3cret-pw"});
        QVERIFY(m_server.waitForReadyRead(20'000));
        QCOMPARE(m_server.readLine().trimmed(), QByteArray("ready"));
    }
    void cleanupTestCase()
    {
        m_server.kill();
        m_server.waitForFinished();
        QString ignored;
        for (const QString &k : std::as_const(m_keys))
            m_secrets.removeSync(k, &ignored);
    }

    void deliveredWithStarttlsAndLogin()
    {
        const auto [ok, outcome] = sendThrough(config(), QStringLiteral("s3cret-pw"));
        QVERIFY2(ok, qPrintable(outcome));
        QVERIFY2(outcome.startsWith(QStringLiteral("SMTP 250")), qPrintable(outcome));
        const QList<QJsonObject> mail = received();
        QCOMPARE(mail.size(), 1);
        const QJsonObject m = mail.first();
        QVERIFY(m.value("tls").toBool());
        QCOMPARE(m.value("login").toString(), QStringLiteral("uptrack"));
        QCOMPARE(m.value("mail_from").toString(), QStringLiteral("uptrack@office.test"));
        QCOMPARE(m.value("rcpt_tos").toArray().size(), 2);
        const QByteArray content = m.value("content").toString().toUtf8();
        QVERIFY(content.contains("Subject: =?UTF-8?B?"
                                 + QByteArray("Uptrack test message").toBase64()));
        QVERIFY(content.contains("X-Uptrack-Event-Id: "));
        // Two parts, text and HTML, each decodable.
        const QByteArray boundary
                = content.mid(content.indexOf("boundary=\"") + 10).split('"').first();
        int textParts = 0, htmlParts = 0;
        qsizetype at = 0;
        while ((at = content.indexOf("--" + boundary + "\r\n", at)) >= 0) {
            const qsizetype headEnd = content.indexOf("\r\n\r\n", at);
            const QByteArray head = content.mid(at, headEnd - at);
            const qsizetype next = content.indexOf("--" + boundary, headEnd);
            const QByteArray decoded = QByteArray::fromBase64(
                    content.mid(headEnd + 4, next - headEnd - 4).replace("\r\n", ""));
            if (head.contains("text/plain")) {
                ++textParts;
                QVERIFY(decoded.contains("This is a test of the channel \"mail\""));
            } else if (head.contains("text/html")) {
                ++htmlParts;
                QVERIFY(decoded.contains("<h2"));
                QVERIFY(decoded.contains("&quot;mail&quot;"));
            }
            at = next;
        }
        QCOMPARE(textParts, 1);
        QCOMPARE(htmlParts, 1);
    }

    void wrongPasswordIsAFailureThatSaysSo()
    {
        const auto [ok, outcome] = sendThrough(config(), QStringLiteral("wrong"));
        QVERIFY(!ok);
        QVERIFY2(outcome.contains(QStringLiteral("535"))
                         || outcome.contains(QStringLiteral("Login")),
                 qPrintable(outcome));
    }

    void untrustedCertificateIsRefused()
    {
        QJsonObject c = config();
        c.remove(QStringLiteral("ca_file"));
        const auto [ok, outcome] = sendThrough(c, QStringLiteral("s3cret-pw"));
        QVERIFY(!ok);
        QVERIFY2(!outcome.isEmpty(), "the outcome explains the TLS failure");
    }
};

QTEST_GUILESS_MAIN(TestEmail)
#include "tst_email.moc"
