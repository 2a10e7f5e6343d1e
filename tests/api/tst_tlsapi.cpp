// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// HTTPS for the management API: the self-signed certificate of --tls auto (made with
// libcrypto, checked with the openssl tool), the checks on --tls-cert/--tls-key, and the
// TLS listener under hostile input (handshake garbage, handshakes never finished, 2,000
// idle TLS connections), all over real sockets on loopback.
#include "api/apiserver.h"
#include "control/commandhandler.h"
#include "enginetest.h"
#include "receiver/pingreceiver.h"
#include "secrets/secretstore.h"
#include "tls/tlscredentials.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace uptrack;

class TestTlsApi : public testsupport::EngineTest
{
    Q_OBJECT

    QTemporaryDir m_config;
    SecretStore m_secrets{QStringLiteral("uptrack-test")};
    std::unique_ptr<CommandHandler> m_handler;
    std::unique_ptr<ApiServer> m_api;
    std::unique_ptr<PingReceiver> m_https;
    QNetworkAccessManager m_nam;
    QString m_key;

    QString run(const QString &program, const QStringList &args, int *exitCode = nullptr)
    {
        // The server runs on this thread: wait in an event loop, not in waitForFinished().
        QProcess p;
        QEventLoop loop;
        connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        connect(&p, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
        QTimer::singleShot(20'000, &loop, &QEventLoop::quit);
        p.start(program, args);
        loop.exec();
        if (exitCode)
            *exitCode = p.exitCode();
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    }

    struct Reply
    {
        int status = 0;
        QByteArray body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
    };
    Reply get(const QString &host, const QString &path, const QString &key)
    {
        QNetworkRequest req{
                QUrl(QStringLiteral("https://%1:%2%3").arg(host).arg(m_https->port()).arg(path))};
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(tls::autoCertificatePath()));
        req.setSslConfiguration(ssl);
        req.setRawHeader("X-Api-Key", key.toLatin1());
        QNetworkReply *reply = m_nam.get(req);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
        loop.exec();
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.error = reply->error();
        reply->deleteLater();
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    }
    void init()
    {
        QString error;
        QVERIFY2(startOnNewDatabase(&error), qPrintable(error));
        m_handler = std::make_unique<CommandHandler>(*m_engine, nullptr, m_secrets);
        m_api = std::make_unique<ApiServer>(*m_engine, *m_handler, *m_db, m_clock, ApiOptions{});
        QVERIFY2(tls::ensureAutoCertificate(&error), qPrintable(error));
        const auto config
                = tls::serverConfiguration(tls::autoCertificatePath(), tls::autoKeyPath(), &error);
        QVERIFY2(config, qPrintable(error));
        ReceiverOptions options;
        options.http.idleTimeoutMs = 1500;
        options.http.requestTimeoutMs = 1500;
        m_https = std::make_unique<PingReceiver>(*m_engine, options);
        m_https->setTls(*config);
        m_https->mountApi(m_api.get());
        QVERIFY2(m_https->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        QString key;
        QVERIFY(m_engine->addApiKey(QStringLiteral("t"), false, &key, &error));
        m_key = key;
    }
    void cleanup()
    {
        m_https.reset();
        m_api.reset();
        m_handler.reset();
        closeEngine();
    }

    void autoCertificate()
    {
        const QString cert = tls::autoCertificatePath();
        const QString key = tls::autoKeyPath();
        QCOMPARE(QFile::permissions(key) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(tls::autoFolder()) & QFileDevice::ReadOther,
                 QFileDevice::Permissions());
        // the fingerprint is the one openssl prints
        QString error;
        const QString ours = tls::fingerprint(cert, &error);
        const QString theirs = run(QStringLiteral("openssl"),
                                   {QStringLiteral("x509"), QStringLiteral("-in"), cert,
                                    QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                                    QStringLiteral("-sha256")});
        QCOMPARE(theirs.trimmed().section(QLatin1Char('='), 1), ours);
        QCOMPARE(ours.size(), 32 * 3 - 1);
        // what it covers, and for how long
        const QString text = run(QStringLiteral("openssl"),
                                 {QStringLiteral("x509"), QStringLiteral("-in"), cert,
                                  QStringLiteral("-noout"), QStringLiteral("-text")});
        QVERIFY2(text.contains(QLatin1String("DNS:localhost")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("IP Address:127.0.0.1")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("TLS Web Server Authentication")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("CA:FALSE")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("prime256v1")), qPrintable(text));
        // kept while good, renewed when close to its end
        bool renewed = true;
        QVERIFY(tls::ensureAutoCertificate(&error, &renewed));
        QVERIFY(!renewed);
        QCOMPARE(tls::fingerprint(cert, &error), ours);
    }
    void credentialsAreChecked()
    {
        QString error;
        QVERIFY(!tls::serverConfiguration(m_config.filePath(QStringLiteral("none.pem")),
                                          tls::autoKeyPath(), &error));
        QVERIFY2(error.contains(QLatin1String("none.pem")), qPrintable(error));
        // a key that is not the certificate's
        const QString other = m_config.filePath(QStringLiteral("other.key"));
        run(QStringLiteral("openssl"),
            {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
             QStringLiteral("-out"), other});
        QFile::setPermissions(other, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(!tls::serverConfiguration(tls::autoCertificatePath(), other, &error));
        QVERIFY2(error.contains(QLatin1String("does not belong")), qPrintable(error));
        // a key everyone may read
        QFile::setPermissions(
                other, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        QVERIFY(!tls::serverConfiguration(tls::autoCertificatePath(), other, &error));
        QVERIFY2(error.contains(QLatin1String("chmod 600")), qPrintable(error));
        // not PEM
        QFile junk(m_config.filePath(QStringLiteral("junk.pem")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a certificate");
        junk.close();
        QVERIFY(!tls::serverConfiguration(junk.fileName(), tls::autoKeyPath(), &error));
        QVERIFY2(error.contains(QLatin1String("BEGIN CERTIFICATE")), qPrintable(error));
    }
    void apiOverHttps()
    {
        // the certificate verifies for localhost and 127.0.0.1, and the key works
        Reply r = get(QStringLiteral("localhost"), QStringLiteral("/api/v3/checks/"), m_key);
        QCOMPARE(r.error, QNetworkReply::NoError);
        QCOMPARE(r.status, 200);
        QCOMPARE(QJsonDocument::fromJson(r.body)
                         .object()
                         .value(QLatin1String("checks"))
                         .toArray()
                         .size(),
                 0);
        r = get(QStringLiteral("127.0.0.1"), QStringLiteral("/api/v3/status/"), QString());
        QCOMPARE(r.status, 200);
        // curl: TLS 1.1 is refused, TLS 1.2 and 1.3 are served
        int code = 0;
        run(QStringLiteral("curl"),
            {QStringLiteral("-sS"), QStringLiteral("--cacert"), tls::autoCertificatePath(),
             QStringLiteral("--tls-max"), QStringLiteral("1.1"),
             QStringLiteral("https://localhost:%1/api/v3/status/").arg(m_https->port())},
            &code);
        QVERIFY(code != 0);
        for (const char *version : {"--tlsv1.2", "--tlsv1.3"}) {
            const QString out = run(
                    QStringLiteral("curl"),
                    {QStringLiteral("-sS"), QStringLiteral("--cacert"), tls::autoCertificatePath(),
                     QLatin1String(version),
                     QStringLiteral("https://localhost:%1/api/v3/status/").arg(m_https->port())},
                    &code);
            QCOMPARE(code, 0);
            QCOMPARE(out, QStringLiteral("OK"));
        }
    }
    // tst_hostile over TLS
    void handshakeGarbage()
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_https->port());
        QVERIFY(s.waitForConnected(5000));
        s.write("GET /api/v3/checks/ HTTP/1.1\r\nHost: x\r\n\r\n"); // plain HTTP to the TLS port
        s.write(QByteArray(4096, '\x16'));
        QElapsedTimer t;
        t.start();
        // (the server shares this thread: wait with the event loop running)
        while (s.state() == QAbstractSocket::ConnectedState && t.elapsed() < 5000) {
            QTest::qWait(20);
            s.readAll();
        }
        QCOMPARE(s.state(), QAbstractSocket::UnconnectedState);
        QVERIFY(t.elapsed() < 5000);
        QCOMPARE(get(QStringLiteral("localhost"), QStringLiteral("/api/v3/status/"), QString())
                         .status,
                 200);
    }
    void handshakeNeverFinished()
    {
        // a client that opens the connection and says nothing is cut like an idle one
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_https->port());
        QVERIFY(s.waitForConnected(5000));
        QElapsedTimer t;
        t.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_https->connectionCount(), 1, 2000);
        QTRY_COMPARE_WITH_TIMEOUT(s.state(), QAbstractSocket::UnconnectedState, 6000);
        QVERIFY2(t.elapsed() >= 1000, qPrintable(QString::number(t.elapsed())));
        QTRY_COMPARE_WITH_TIMEOUT(m_https->connectionCount(), 0, 3000);
    }
    void manyIdleTlsConnections()
    {
        // 2,000 connections that never handshake: the caps hold, and a real client is served
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 2000; ++i) {
            // From another address than the real client's: one address may hold at most
            // its per-source share (256), and the flood is one address.
            auto s = std::make_unique<QTcpSocket>();
            s->bind(QHostAddress(QStringLiteral("127.0.0.2")));
            s->connectToHost(QHostAddress::LocalHost, m_https->port());
            idle.push_back(std::move(s));
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(idle.cbegin(), idle.cend(),
                                             [](const auto &s) {
                                                 return s->state()
                                                         != QAbstractSocket::ConnectingState;
                                             }),
                                 20'000);
        QTest::qWait(500);
        QVERIFY2(m_https->connectionCount() <= 256 + 1,
                 qPrintable(QString::number(m_https->connectionCount())));
        const Reply r = get(QStringLiteral("localhost"), QStringLiteral("/api/v3/checks/"), m_key);
        QCOMPARE(r.status, 200);
        idle.clear();
        QTRY_VERIFY_WITH_TIMEOUT(m_https->connectionCount() <= 1, 5000);
    }
};

QTEST_GUILESS_MAIN(TestTlsApi)
#include "tst_tlsapi.moc"
