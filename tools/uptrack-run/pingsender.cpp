// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pingsender.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QTimeZone>
#include <QUrlQuery>

#include <utility>

PingSender::PingSender(QObject *parent) : QObject(parent) { }

QUrl PingSender::urlFor(const QUrl &base, const QString &suffix, const QString &rid)
{
    QUrl url = base;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!suffix.isEmpty())
        path += QLatin1Char('/') + suffix;
    url.setPath(path);
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("rid"));
    if (!rid.isEmpty())
        query.addQueryItem(QStringLiteral("rid"), rid);
    url.setQuery(query);
    return url;
}

void PingSender::send(const SpooledPing &ping, Done done)
{
    sendTo(ping, 0, {}, {}, std::move(done));
}

void PingSender::sendTo(const SpooledPing &ping, qsizetype index, QString refused, QString why,
                        Done done)
{
    if (index >= ping.urls.size()) {
        if (!refused.isEmpty())
            done(Outcome::Refused, refused);
        else
            done(Outcome::Unreachable, why);
        return;
    }
    const QUrl base(ping.urls[index]);
    QNetworkRequest request(urlFor(base, ping.suffix, ping.rid));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("uptrack-run/%1").arg(QStringLiteral(UPTRACK_VERSION)));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("text/plain; charset=utf-8"));
    if (ping.sentAt > 0)
        request.setRawHeader("X-Uptrack-Sent-At",
                             QDateTime::fromMSecsSinceEpoch(ping.sentAt, Qt::UTC)
                                     .toString(Qt::ISODateWithMs)
                                     .toLatin1());
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = ping.suffix == QLatin1String("start") && ping.body.isEmpty()
            ? m_network.get(request)
            : m_network.post(request, ping.body);
    connect(reply, &QNetworkReply::finished, this,
            [=, this, refused = std::move(refused), done = std::move(done)]() mutable {
                reply->deleteLater();
                const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (reply->error() == QNetworkReply::NoError && http >= 200 && http < 300) {
                    done(Outcome::Delivered, {});
                    return;
                }
                const QString where = base.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath
                                                           | QUrl::RemoveQuery);
                const QString reason
                        = (http > 0 ? QStringLiteral("HTTP %1").arg(http) : reply->errorString());
                // A 4xx is the server's answer (an unknown check, a rate limit): the
                // next URL may know the check, but retrying this one will not help.
                if (http >= 400 && http < 500 && refused.isEmpty())
                    refused = reason;
                sendTo(ping, index + 1, std::move(refused), why.isEmpty() ? reason : why,
                       std::move(done));
            });
}

SpoolFlusher::SpoolFlusher(Spool *spool, QObject *parent) : QObject(parent), m_spool(spool) { }

void SpoolFlusher::flush(Done done)
{
    m_done = std::move(done);
    m_todo = m_spool->entries();
    m_waiting.clear();
    next();
}

void SpoolFlusher::next()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    while (!m_todo.isEmpty()) {
        SpooledPing ping = m_todo.takeFirst();
        if (ping.expiresAt > 0 && ping.expiresAt <= now) {
            m_spool->remove(ping); // past --spool-for: the server has judged that run
            if (m_report)
                m_report(ping, PingSender::Outcome::Refused, QStringLiteral("past --spool-for"));
            continue;
        }
        if (m_waiting.contains(ping.target()))
            continue; // its check cannot be reached: after the ones before it, next pass
        m_sender.send(ping, [this, ping](PingSender::Outcome outcome, const QString &why) {
            if (m_report)
                m_report(ping, outcome, why);
            if (outcome == PingSender::Outcome::Unreachable)
                m_waiting.insert(ping.target());
            else
                m_spool->remove(ping);
            next();
        });
        return;
    }
    if (m_done)
        std::exchange(m_done, nullptr)(m_waiting);
}
