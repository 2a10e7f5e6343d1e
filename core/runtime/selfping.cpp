// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "selfping.h"

#include "runtimelog.h"

#include <QCoreApplication>
#include <QNetworkReply>

namespace uptrack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SelfPing)
};
} // namespace

SelfPing::SelfPing(QUrl url, qint64 intervalMs, QObject *parent)
    : QObject(parent), m_url(std::move(url)), m_intervalMs(std::max(intervalMs, kMinIntervalMs))
{
    m_timer.setInterval(int(m_intervalMs));
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SelfPing::ping);
}

void SelfPing::start()
{
    m_timer.start();
    ping();
}

void SelfPing::ping()
{
    if (m_inFlight)
        return; // the previous one is still waiting for its answer
    m_inFlight = true;
    QNetworkRequest request(m_url);
    request.setHeader(
            QNetworkRequest::UserAgentHeader,
            QStringLiteral("Uptrack/%1 (self-ping)").arg(QCoreApplication::applicationVersion()));
    request.setTransferTimeout(int(std::min<qint64>(m_intervalMs, 10'000)));
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_inFlight = false;
        const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool ok = reply->error() == QNetworkReply::NoError && http >= 200 && http < 300;
        const QString error = ok ? QString()
                : http > 0       ? QStringLiteral("HTTP %1").arg(http)
                                 : reply->errorString();
        if (!ok && m_lastError.isEmpty())
            qCWarning(lcRuntime).noquote() << "self-ping to" << displayUrl() << "failed:" << error
                                           << "(the other watcher will alert if this goes on)";
        else if (ok && !m_lastError.isEmpty())
            qCInfo(lcRuntime).noquote() << "self-ping to" << displayUrl() << "answered again";
        m_lastError = error;
        emit pinged(ok, error);
    });
}

bool validSelfPingUrl(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        *error = Tr::tr("The self-ping URL must be an http:// or https:// ping URL, such as "
                        "https://hc-ping.com/UUID or http://other-box:8470/ping/TOKEN.");
        return false;
    }
    if (!url.password().isEmpty()) {
        *error = Tr::tr("The self-ping URL may not carry a password: it would be kept in the "
                        "settings. Use a ping URL whose token is the credential.");
        return false;
    }
    return true;
}

} // namespace uptrack
