// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The fixture of the Healthchecks API tests (tst_hcapi.cpp, tst_hcapi_log.cpp): an engine,
// the API on a real loopback listener, two keys and two checks. The tests port
// Healthchecks' own
// API tests (hc/api/tests/test_*.py), ported case by case. Each case names the Healthchecks
// test it ports; the README's Management API section lists those that do not apply, and why.
#pragma once

#include "api/apiserver.h"
#include "control/commandhandler.h"
#include "engine/engine.h"
#include "enginetest.h"
#include "receiver/pingreceiver.h"
#include "secrets/secretstore.h"
#include "storage/database.h"
#include "storage/pingrepository.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTest>

using namespace uptrack;

namespace {
struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString error() const { return json().value(QLatin1String("error")).toString(); }
};
} // namespace

class HcApiTest : public testsupport::EngineTest
{
protected:
    SecretStore m_secrets{QStringLiteral("uptrack-test")};
    std::unique_ptr<CommandHandler> m_handler;
    std::unique_ptr<ApiServer> m_api;
    std::unique_ptr<PingReceiver> m_receiver;
    QNetworkAccessManager m_nam;
    QString m_key;     ///< read-write
    QString m_readKey; ///< read-only
    Monitor m_a;       ///< "Alice 1", tagged "a1-tag a1-additional-tag", period 1h
    Monitor m_b;       ///< "Alice 2", cron
    QHostAddress m_host = QHostAddress::LocalHost;

    QString base() const
    {
        return QStringLiteral("http://%1:%2").arg(m_host.toString()).arg(m_receiver->port());
    }

    Reply call(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QString &key = QString(),
               const QList<QPair<QByteArray, QByteArray>> &extra = {})
    {
        QNetworkRequest req{QUrl(base() + path)};
        if (!key.isNull())
            req.setRawHeader("X-Api-Key", key.toLatin1());
        if (!body.isNull())
            req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        for (const auto &[n, v] : extra)
            req.setRawHeader(n, v);
        QNetworkReply *reply = m_nam.sendCustomRequest(req, method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
        loop.exec();
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.contentType = reply->rawHeader("Content-Type");
        reply->deleteLater();
        return r;
    }
    Reply get(const QString &path, const QString &key) { return call("GET", path, {}, key); }
    Reply post(const QString &path, const QJsonObject &json, const QString &key = QString())
    {
        return call("POST", path, QJsonDocument(json).toJson(QJsonDocument::Compact), key);
    }

    Monitor add(const QString &name, qint64 periodMs, const QString &cron = {},
                const QStringList &tags = {})
    {
        MonitorSpec spec;
        spec.name = name;
        if (periodMs > 0)
            spec.periodMs = periodMs;
        spec.graceMs = 900'000;
        spec.tags = tags;
        if (!cron.isEmpty()) {
            spec.cron = cron;
            spec.timeZone = QStringLiteral("Europe/Riga");
        }
        QString error;
        const auto m = m_engine->addMonitor(spec, &error);
        [&] { QVERIFY2(m, qPrintable(error)); }();
        return *m;
    }
    Channel addChannel(const QString &name)
    {
        Channel c;
        c.name = name;
        c.kind = QStringLiteral("desktop");
        QString error;
        const auto added = m_engine->addChannel(c, &error);
        [&] { QVERIFY2(added, qPrintable(error)); }();
        return *added;
    }
    QString newKey(const QString &name, bool readOnly)
    {
        QString key;
        QString error;
        [&] { QVERIFY2(m_engine->addApiKey(name, readOnly, &key, &error), qPrintable(error)); }();
        return key;
    }
    void ping(const Monitor &m, const QString &suffix = {}, const QByteArray &body = {})
    {
        QNetworkRequest req{QUrl(base() + QStringLiteral("/ping/") + m.token + suffix)};
        req.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("hc-test"));
        QNetworkReply *reply = body.isNull() ? m_nam.get(req) : m_nam.post(req, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
    }
    QString uniqueKeyOf(const Monitor &m) const
    {
        const QByteArray half = m.token.toLatin1().replace('-', QByteArray()).left(16);
        return QString::fromLatin1(
                QCryptographicHash::hash(half, QCryptographicHash::Sha1).toHex());
    }
    QJsonObject checkIn(const Reply &r, const QString &name)
    {
        for (const QJsonValue &v : r.json().value(QLatin1String("checks")).toArray()) {
            if (v.toObject().value(QLatin1String("name")).toString() == name)
                return v.toObject();
        }
        return {};
    }
    void startApi(const QHostAddress &host, bool overHttp = false)
    {
        m_host = host;
        m_receiver = std::make_unique<PingReceiver>(*m_engine, ReceiverOptions{});
        m_receiver->mountApi(m_api.get());
        QString error;
        QVERIFY2(m_receiver->listen(host, 0, &error), qPrintable(error));
        ApiOptions options;
        options.overHttp = overHttp;
        options.pingBase = base();
        options.apiBase = base();
        m_api->setOptions(options);
    }

    void setUpApi()
    {
        QString error;
        QVERIFY2(startOnNewDatabase(&error), qPrintable(error));
        m_clock.setNow(1'780'000'000'000);
        m_handler = std::make_unique<CommandHandler>(*m_engine, nullptr, m_secrets);
        m_api = std::make_unique<ApiServer>(*m_engine, *m_handler, *m_db, m_clock, ApiOptions{});
        startApi(QHostAddress::LocalHost);
        m_key = newKey(QStringLiteral("rw"), false);
        m_readKey = newKey(QStringLiteral("ro"), true);
        m_a = add(QStringLiteral("Alice 1"), 3'600'000, {},
                  {QStringLiteral("a1-tag"), QStringLiteral("a1-additional-tag")});
        m_b = add(QStringLiteral("Alice 2"), 0, QStringLiteral("0 2 * * *"),
                  {QStringLiteral("a2-tag")});
    }
    void tearDownApi()
    {
        m_receiver.reset();
        m_api.reset();
        m_handler.reset();
        closeEngine();
    }
};
