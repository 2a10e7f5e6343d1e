// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Uptrack's own resources under /api/uptrack/v1/ over real HTTP on loopback: monitors in
// the names and units `monitor show --json` has (create, edit, pause, resume, remove),
// channels (added with their secret, which goes to the real keychain and never comes back),
// the history (incidents with their alerts, notes, alerts, listening spans), the settings
// and reports in every format.
#include "api/apiserver.h"
#include "control/commandhandler.h"
#include "enginetest.h"
#include "httpsink.h"
#include "notify/notifier.h"
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
    std::unique_ptr<Notifier> m_notifier;
    std::unique_ptr<CommandHandler> m_handler;
    std::unique_ptr<ApiServer> m_api;
    std::unique_ptr<PingReceiver> m_receiver;
    QNetworkAccessManager m_nam;
    QString m_key;

    struct Reply
    {
        int status = 0;
        QJsonObject json;
        QByteArray body;
        QByteArray contentType;
        QByteArray disposition;
    };
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_receiver->port()); }
    Reply call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
               const QString &key = QString())
    {
        QNetworkRequest req{QUrl(base() + QStringLiteral("/api/uptrack/v1") + path)};
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
        r.body = reply->readAll();
        r.json = QJsonDocument::fromJson(r.body).object();
        r.contentType = reply->rawHeader("Content-Type");
        r.disposition = reply->rawHeader("Content-Disposition");
        reply->deleteLater();
        return r;
    }
    void ping(const QString &token, const QString &suffix = {})
    {
        QNetworkReply *reply = m_nam.get(
                QNetworkRequest(QUrl(base() + QStringLiteral("/ping/") + token + suffix)));
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }
    /// A monitor made through the API that has gone down once (one open incident).
    QJsonObject downMonitor(const QString &name)
    {
        const Reply r = call("POST", QStringLiteral("/monitors"),
                             {{QStringLiteral("name"), name}, {QStringLiteral("period"), 3600}});
        [&] { QCOMPARE(r.status, 201); }();
        const QString token = r.json.value(QLatin1String("token")).toString();
        ping(token);
        m_clock.advance(5'000);
        ping(token, QStringLiteral("/fail"));
        return r.json;
    }
    QString m_readOnlyKey;
    QString readOnlyKey()
    {
        if (!m_readOnlyKey.isEmpty())
            return m_readOnlyKey;
        QString &key = m_readOnlyKey;
        QString error;
        [&] {
            QVERIFY2(m_engine->addApiKey(QStringLiteral("ro"), true, &key, &error),
                     qPrintable(error));
        }();
        return key;
    }

private slots:
    void init()
    {
        QString error;
        QVERIFY2(startOnNewDatabase(&error), qPrintable(error));
        m_notifier = std::make_unique<Notifier>(*m_db, m_clock, m_secrets);
        m_handler = std::make_unique<CommandHandler>(*m_engine, m_notifier.get(), m_secrets);
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
        m_notifier.reset();
        m_readOnlyKey.clear();
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
    void channelsListedWithoutSecrets()
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
        QCOMPARE(ops.value(QLatin1String("kind")).toString(), QStringLiteral("webhook"));
        // where the secret is, never what it is
        QCOMPARE(ops.value(QLatin1String("secret")).toString(),
                 QStringLiteral("keychain:uptrack/channel/ref-123"));
        QCOMPARE(ops.value(QLatin1String("on")).toArray(),
                 QJsonArray({QStringLiteral("down"), QStringLiteral("up")}));
        QCOMPARE(call("GET", QStringLiteral("/channels/ops")).json, ops);
        QCOMPARE(call("POST", QStringLiteral("/channels/nope/test")).status, 404);
        QCOMPARE(call("GET", QStringLiteral("/channels/nope")).status, 404);
    }
    void channelLifeCycleKeepsTheSecretInTheKeychain()
    {
        testsupport::HttpSink sink;
        const QString url = sink.url(QStringLiteral("/hooks/very-secret-path"));
        Reply r = call("POST", QStringLiteral("/channels"),
                       {{QStringLiteral("name"), QStringLiteral("hooks")},
                        {QStringLiteral("kind"), QStringLiteral("webhook")},
                        {QStringLiteral("fields"),
                         QJsonObject{{QStringLiteral("url"), url},
                                     {QStringLiteral("secret_headers"),
                                      QJsonObject{{QStringLiteral("Authorization"),
                                                   QStringLiteral("Bearer s3cr3t-token")}}}}},
                        {QStringLiteral("on"), QJsonArray{QStringLiteral("down")}},
                        {QStringLiteral("reminder"), 3600}});
        if (r.status == 503)
            QSKIP("no secret store in this session (run the suite through its test command)");
        QCOMPARE(r.status, 201);
        QVERIFY2(!r.body.contains("very-secret-path") && !r.body.contains("s3cr3t"), r.body);
        QCOMPARE(r.json.value(QLatin1String("on")).toArray(), QJsonArray({QStringLiteral("down")}));
        QCOMPARE(r.json.value(QLatin1String("reminder")).toDouble(), 3600.0);
        const QString where = r.json.value(QLatin1String("secret")).toString();
        QVERIFY2(where.startsWith(QLatin1String("keychain:uptrack/channel/")), qPrintable(where));
        const QString key = where.mid(QStringLiteral("keychain:uptrack/").size());
        QString stored;
        QString error;
        QVERIFY2(m_secrets.readSync(key, &stored, &error), qPrintable(error));
        QVERIFY2(stored.contains(url) && stored.contains(QLatin1String("s3cr3t-token")),
                 qPrintable(stored));
        // the test goes out with the secret the core alone knows
        r = call("POST", QStringLiteral("/channels/hooks/test"));
        QVERIFY2(r.status == 200, r.body);
        QCOMPARE(r.json.value(QLatin1String("delivered")).toBool(), true);
        QCOMPARE(sink.accepted.size(), 1);
        QCOMPARE(sink.accepted.first().path, QByteArray("/hooks/very-secret-path"));
        QCOMPARE(sink.accepted.first().headers.value("authorization"),
                 QByteArray("Bearer s3cr3t-token"));
        // the object GET gives back, with a change, is an edit
        QJsonObject edit = call("GET", QStringLiteral("/channels/hooks")).json;
        edit.insert(QStringLiteral("name"), QStringLiteral("deploy hooks"));
        edit.insert(QStringLiteral("on"), QJsonArray{QStringLiteral("down"), QStringLiteral("up")});
        r = call("POST", QStringLiteral("/channels/hooks"), edit);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("name")).toString(), QStringLiteral("deploy hooks"));
        QCOMPARE(r.json.value(QLatin1String("on")).toArray().size(), 2);
        QCOMPARE(r.json.value(QLatin1String("secret")).toString(), where);
        // what a channel is made of stays
        r = call("POST", QStringLiteral("/channels/deploy hooks"),
                 {{QStringLiteral("kind"), QStringLiteral("slack")}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(QLatin1String("field")).toString(), QStringLiteral("kind"));
        r = call("POST", QStringLiteral("/channels/deploy hooks"),
                 {{QStringLiteral("fields"), QJsonObject{{QStringLiteral("url"), url}}}});
        QCOMPARE(r.json.value(QLatin1String("field")).toString(), QStringLiteral("fields"));
        r = call("POST", QStringLiteral("/channels/deploy hooks"),
                 {{QStringLiteral("reminder"), -5}});
        QCOMPARE(r.json.value(QLatin1String("field")).toString(), QStringLiteral("reminder"));
        // removed: the channel and its secret
        r = call("DELETE", QStringLiteral("/channels/deploy hooks"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("removed")).toBool(), true);
        QVERIFY(m_engine->channels().isEmpty());
        QTRY_VERIFY(!m_secrets.readSync(key, &stored, &error));
    }
    void channelRefusalsNameTheField()
    {
        const auto refusal = [this](const QJsonObject &body) {
            const Reply r = call("POST", QStringLiteral("/channels"), body);
            return r.status == 400 ? r.json.value(QLatin1String("field")).toString()
                                   : QStringLiteral("status %1").arg(r.status);
        };
        const QJsonValue name = QStringLiteral("x");
        QCOMPARE(refusal({{QStringLiteral("kind"), QStringLiteral("slack")}}),
                 QStringLiteral("name"));
        QCOMPARE(refusal({{QStringLiteral("name"), name},
                          {QStringLiteral("kind"), QStringLiteral("pager")}}),
                 QStringLiteral("kind"));
        QCOMPARE(refusal({{QStringLiteral("name"), name},
                          {QStringLiteral("kind"), QStringLiteral("slack")},
                          {QStringLiteral("fields"), QJsonObject{{QStringLiteral("url"), 5}}}}),
                 QStringLiteral("fields.url"));
        QCOMPARE(refusal({{QStringLiteral("name"), name},
                          {QStringLiteral("kind"), QStringLiteral("slack")},
                          {QStringLiteral("fields"),
                           QJsonObject{{QStringLiteral("url"), QStringLiteral("ftp://x")}}}}),
                 QStringLiteral("fields.url"));
        QCOMPARE(refusal({{QStringLiteral("name"), name},
                          {QStringLiteral("kind"), QStringLiteral("slack")},
                          {QStringLiteral("fields"), QJsonObject{{QStringLiteral("colour"), 1}}}}),
                 QStringLiteral("fields.colour"));
        QCOMPARE(refusal({{QStringLiteral("name"), name},
                          {QStringLiteral("kind"), QStringLiteral("desktop")},
                          {QStringLiteral("on"), QJsonArray{QStringLiteral("sideways")}}}),
                 QStringLiteral("on"));
        QVERIFY(m_engine->channels().isEmpty());
        QCOMPARE(call("PUT", QStringLiteral("/channels")).status, 405);
    }
    void incidentsWithTheirAlertsAndNotes()
    {
        // a desktop channel for every monitor: the outage raises an alert
        Reply r = call("POST", QStringLiteral("/channels"),
                       {{QStringLiteral("name"), QStringLiteral("tray")},
                        {QStringLiteral("kind"), QStringLiteral("desktop")},
                        {QStringLiteral("default"), true}});
        QCOMPARE(r.status, 201);
        const QJsonObject billing = downMonitor(QStringLiteral("billing"));
        downMonitor(QStringLiteral("backup"));
        QTRY_COMPARE(call("GET", QStringLiteral("/incidents"))
                             .json.value(QLatin1String("incidents"))
                             .toArray()
                             .size(),
                     2);
        r = call("GET", QStringLiteral("/incidents?monitor=billing"));
        QCOMPARE(r.status, 200);
        QJsonArray list = r.json.value(QLatin1String("incidents")).toArray();
        QCOMPARE(list.size(), 1);
        QJsonObject incident = list.first().toObject();
        QCOMPARE(incident.value(QLatin1String("monitor")).toString(), QStringLiteral("billing"));
        QCOMPARE(incident.value(QLatin1String("monitor_id")), billing.value(QLatin1String("id")));
        QVERIFY(incident.value(QLatin1String("end")).isNull());
        QVERIFY(!incident.value(QLatin1String("reason")).toString().isEmpty());
        QTRY_VERIFY(!call("GET", QStringLiteral("/incidents?monitor=billing"))
                             .json.value(QLatin1String("incidents"))
                             .toArray()
                             .first()
                             .toObject()
                             .value(QLatin1String("alerts"))
                             .toArray()
                             .isEmpty());
        const QString id = QString::number(incident.value(QLatin1String("id")).toInteger());
        r = call("GET", QStringLiteral("/incidents/") + id);
        QCOMPARE(r.status, 200);
        const QJsonObject alert
                = r.json.value(QLatin1String("alerts")).toArray().first().toObject();
        QCOMPARE(alert.value(QLatin1String("kind")).toString(), QStringLiteral("down"));
        QCOMPARE(alert.value(QLatin1String("monitor")).toString(), QStringLiteral("billing"));
        // the admin's note, through a read-write key only
        r = call("POST", QStringLiteral("/incidents/") + id,
                 {{QStringLiteral("note"), QStringLiteral("disk full on db2")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("note")).toString(),
                 QStringLiteral("disk full on db2"));
        QCOMPARE(call("GET", QStringLiteral("/incidents/") + id)
                         .json.value(QLatin1String("note"))
                         .toString(),
                 QStringLiteral("disk full on db2"));
        r = call("POST", QStringLiteral("/incidents/") + id,
                 {{QStringLiteral("note"), QString(10'001, QLatin1Char('n'))}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(QLatin1String("field")).toString(), QStringLiteral("note"));
        QCOMPARE(call("POST", QStringLiteral("/incidents/999999"),
                      {{QStringLiteral("note"), QStringLiteral("x")}})
                         .status,
                 404);
        QCOMPARE(call("GET", QStringLiteral("/incidents/999999")).status, 404);
        QCOMPARE(call("GET", QStringLiteral("/incidents/abc")).status, 404);
        const QString ro = readOnlyKey();
        QCOMPARE(call("GET", QStringLiteral("/incidents/") + id, {}, ro).status, 200);
        QCOMPARE(call("POST", QStringLiteral("/incidents/") + id,
                      {{QStringLiteral("note"), QStringLiteral("x")}}, ro)
                         .status,
                 401);
        QCOMPARE(call("GET", QStringLiteral("/monitors"), {}, ro).status, 401);
        // filters and their refusals
        QCOMPARE(call("GET", QStringLiteral("/incidents?limit=1"))
                         .json.value(QLatin1String("incidents"))
                         .toArray()
                         .size(),
                 1);
        QCOMPARE(call("GET", QStringLiteral("/incidents?to=2000-01-01"))
                         .json.value(QLatin1String("incidents"))
                         .toArray()
                         .size(),
                 0);
        for (const char *bad : {"?limit=0", "?limit=x", "?from=yesterday", "?from=2030-01-01"}) {
            r = call("GET", QStringLiteral("/incidents") + QLatin1String(bad));
            QVERIFY2(r.status == 400 && !r.json.value(QLatin1String("field")).toString().isEmpty(),
                     bad);
        }
        QCOMPARE(call("GET", QStringLiteral("/incidents?monitor=nope")).status, 404);
        // the alerts, newest first, with their deliveries
        r = call("GET", QStringLiteral("/alerts?monitor=billing"), {}, ro);
        QCOMPARE(r.status, 200);
        const QJsonArray alerts = r.json.value(QLatin1String("alerts")).toArray();
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().toObject().value(QLatin1String("incident_id")).toInteger(),
                 id.toLongLong());
        QCOMPARE(call("GET", QStringLiteral("/alerts"))
                         .json.value(QLatin1String("alerts"))
                         .toArray()
                         .size(),
                 2);
    }
    void listeningAndSettings()
    {
        Reply r = call("GET", QStringLiteral("/listening"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.value(QLatin1String("spans")).isArray());
        QCOMPARE(call("GET", QStringLiteral("/listening?from=x")).status, 400);
        QCOMPARE(call("POST", QStringLiteral("/listening")).status, 405);
        r = call("GET", QStringLiteral("/settings"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.value(QLatin1String("pings_kept_per_monitor")).toInteger() > 0);
        QVERIFY(r.json.contains(QLatin1String("version")));
        QVERIFY(r.json.contains(QLatin1String("ping_url_base")));
        QCOMPARE(call("GET", QStringLiteral("/settings"), {}, readOnlyKey()).status, 401);
        QCOMPARE(call("GET", QStringLiteral("/nothing")).status, 404);
    }
    void reportsInEveryFormat()
    {
        downMonitor(QStringLiteral("billing"));
        QTRY_COMPARE(call("GET", QStringLiteral("/incidents"))
                             .json.value(QLatin1String("incidents"))
                             .toArray()
                             .size(),
                     1);
        m_clock.advance(60'000); // an outage a minute long so far
        const QString period = QStringLiteral("from=2000-01-01&to=2100-01-01&tz=UTC");
        Reply r = call("GET", QStringLiteral("/report?format=json&") + period);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, QByteArray("application/json"));
        QCOMPARE(r.disposition,
                 QByteArray("attachment; filename=\"uptrack-report-2000-01-01--2100-01-01.json\""));
        QVERIFY2(r.body.contains("billing"), r.body.left(400));
        r = call("GET", QStringLiteral("/report?format=csv&") + period);
        QCOMPARE(r.status, 200);
        QVERIFY(r.contentType.startsWith("text/csv"));
        QVERIFY2(r.body.contains("billing"), r.body.left(400));
        r = call("GET", QStringLiteral("/report?format=html&monitor=billing&") + period);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("<html") || r.body.contains("<!DOCTYPE"));
        r = call("GET", QStringLiteral("/report?format=pdf&") + period, {}, readOnlyKey());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, QByteArray("application/pdf"));
        QVERIFY2(r.body.startsWith("%PDF-"), r.body.left(40));
        // refusals
        const auto field = [this](const QString &query) {
            const Reply r = call("GET", QStringLiteral("/report?") + query);
            return r.status == 400 ? r.json.value(QLatin1String("field")).toString()
                                   : QStringLiteral("status %1").arg(r.status);
        };
        QCOMPARE(field(QStringLiteral("format=doc&") + period), QStringLiteral("format"));
        QCOMPARE(field(QStringLiteral("format=csv&from=2026-01-01")), QStringLiteral("to"));
        QCOMPARE(field(QStringLiteral("format=csv&tz=Mars/Olympus&") + period),
                 QStringLiteral("tz"));
        QCOMPARE(call("GET", QStringLiteral("/report?format=csv&monitor=nope&") + period).status,
                 400);
        QCOMPARE(call("GET", QStringLiteral("/report?format=csv&include_bodies=1&") + period, {},
                      readOnlyKey())
                         .status,
                 403);
    }
};

QTEST_MAIN(TestOwnApi)
#include "tst_ownapi.moc"
