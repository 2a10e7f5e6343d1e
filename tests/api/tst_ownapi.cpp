// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Uptrack's own resources under /api/uptrack/v1/ over real HTTP on loopback: monitors in
// the names and units `monitor show --json` has (create, edit, pause, resume, remove) and
// channels (listed without their secrets).
#include "api/apiserver.h"
#include "control/commandhandler.h"
#include "enginetest.h"
#include "receiver/pingreceiver.h"
#include "secrets/secretstore.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace uptrack;

class TestOwnApi : public testsupport::EngineTest
{
    Q_OBJECT

    SecretStore m_secrets{QStringLiteral("uptrack-test")};
    std::unique_ptr<CommandHandler> m_handler;
    std::unique_ptr<ApiServer> m_api;
    std::unique_ptr<PingReceiver> m_receiver;
    QNetworkAccessManager m_nam;
    QString m_key;

    struct Reply
    {
        int status = 0;
        QJsonObject json;
    };
    Reply call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
               const QString &key = QString())
    {
        QNetworkRequest req{QUrl(QStringLiteral("http://127.0.0.1:%1/api/uptrack/v1%2")
                                         .arg(m_receiver->port())
                                         .arg(path))};
        req.setRawHeader("X-Api-Key", (key.isNull() ? m_key : key).toLatin1());
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = m_nam.sendCustomRequest(
                req, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
        loop.exec();
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return r;
    }

private slots:
    void init()
    {
        QString error;
        QVERIFY2(startOnNewDatabase(&error), qPrintable(error));
        m_handler = std::make_unique<CommandHandler>(*m_engine, nullptr, m_secrets);
        m_api = std::make_unique<ApiServer>(*m_engine, *m_handler, *m_db, m_clock, ApiOptions{});
        m_receiver = std::make_unique<PingReceiver>(*m_engine, ReceiverOptions{});
        m_receiver->mountApi(m_api.get());
        QVERIFY2(m_receiver->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        QVERIFY(m_engine->addApiKey(QStringLiteral("t"), false, &m_key, &error));
    }
    void cleanup()
    {
        m_receiver.reset();
        m_api.reset();
        m_handler.reset();
        closeEngine();
    }

    void monitorsLifeCycle()
    {
        Reply r = call("POST", QStringLiteral("/monitors"),
                       {{QStringLiteral("name"), QStringLiteral("Nightly billing")},
                        {QStringLiteral("period"), 86400},
                        {QStringLiteral("grace"), 1800},
                        {QStringLiteral("tags"), QJsonArray{QStringLiteral("billing")}},
                        {QStringLiteral("methods"), QStringLiteral("POST")}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(QLatin1String("slug")).toString(), QStringLiteral("nightly-billing"));
        QCOMPARE(r.json.value(QLatin1String("period")).toDouble(), 86400.0);
        QCOMPARE(r.json.value(QLatin1String("grace")).toDouble(), 1800.0);
        QCOMPARE(r.json.value(QLatin1String("methods")).toString(), QStringLiteral("POST"));
        QCOMPARE(r.json.value(QLatin1String("status")).toString(), QStringLiteral("new"));
        // the object echoed back with a change: read-only fields are ignored
        QJsonObject edit = r.json;
        edit.insert(QStringLiteral("grace"), 600);
        edit.insert(QStringLiteral("schedule"), QStringLiteral("0 2 * * *"));
        edit.insert(QStringLiteral("tz"), QStringLiteral("Europe/Berlin"));
        r = call("POST", QStringLiteral("/monitors/nightly-billing"), edit);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("grace")).toDouble(), 600.0);
        QCOMPARE(r.json.value(QLatin1String("schedule")).toString(), QStringLiteral("0 2 * * *"));
        QCOMPARE(r.json.value(QLatin1String("tz")).toString(), QStringLiteral("Europe/Berlin"));
        r = call("POST", QStringLiteral("/monitors/nightly-billing"),
                 {{QStringLiteral("schedule"), QJsonValue::Null}});
        QVERIFY(r.json.value(QLatin1String("schedule")).isNull());
        QCOMPARE(call("POST", QStringLiteral("/monitors/nightly-billing/pause"))
                         .json.value(QLatin1String("status"))
                         .toString(),
                 QStringLiteral("paused"));
        QCOMPARE(call("POST", QStringLiteral("/monitors/nightly-billing/resume"))
                         .json.value(QLatin1String("status"))
                         .toString(),
                 QStringLiteral("new"));
        QCOMPARE(call("GET", QStringLiteral("/monitors"))
                         .json.value(QLatin1String("monitors"))
                         .toArray()
                         .size(),
                 1);
        r = call("DELETE", QStringLiteral("/monitors/nightly-billing"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("removed")).toBool(), true);
        QVERIFY(m_engine->monitors().isEmpty());
        QCOMPARE(call("GET", QStringLiteral("/monitors/nightly-billing")).status, 404);
    }
    void refusalsNameTheField()
    {
        Reply r = call("POST", QStringLiteral("/monitors"),
                       {{QStringLiteral("name"), QStringLiteral("x")},
                        {QStringLiteral("period"), QStringLiteral("1h")}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(QLatin1String("field")).toString(), QStringLiteral("period"));
        r = call("POST", QStringLiteral("/monitors"),
                 {{QStringLiteral("name"), QStringLiteral("x")},
                  {QStringLiteral("cron"), 1},
                  {QStringLiteral("schedule"), QStringLiteral("61 * * * *")}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(QLatin1String("field")).toString(), QStringLiteral("schedule"));
        r = call("POST", QStringLiteral("/monitors"), {{QStringLiteral("period"), 60}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(QLatin1String("field")).toString(), QStringLiteral("name"));
        QVERIFY(m_engine->monitors().isEmpty());
        QCOMPARE(call("PUT", QStringLiteral("/monitors")).status, 405);
        QCOMPARE(call("GET", QStringLiteral("/monitors"), {}, QString(32, QLatin1Char('x'))).status,
                 401);
    }
    void channelsWithoutSecrets()
    {
        Channel c;
        c.name = QStringLiteral("ops");
        c.kind = QStringLiteral("webhook");
        c.secretRef = QStringLiteral("ref-123");
        QString error;
        QVERIFY(m_engine->addChannel(c, &error));
        const Reply r = call("GET", QStringLiteral("/channels"));
        QCOMPARE(r.status, 200);
        const QJsonObject ops
                = r.json.value(QLatin1String("channels")).toArray().first().toObject();
        QCOMPARE(ops.value(QLatin1String("name")).toString(), QStringLiteral("ops"));
        QCOMPARE(ops.value(QLatin1String("has_secret")).toBool(), true);
        QVERIFY(!QJsonDocument(r.json).toJson().contains("ref-123"));
        QCOMPARE(call("POST", QStringLiteral("/channels/nope/test")).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestOwnApi)
#include "tst_ownapi.moc"
