// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "slackchannel.h"

#include "notify/alertmessage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace uptrack::slack {

HttpRequestSpec render(const DeliveryJob &job)
{
    const AlertMessage m = AlertMessage::from(job.alert);
    QJsonArray fields;
    for (const auto &f : m.fields) {
        const bool isShort = f.second.size() <= 40;
        fields.append(QJsonObject{{QStringLiteral("title"), f.first},
                                  {QStringLiteral("value"), f.second},
                                  {QStringLiteral("short"), isShort}});
    }
    const QJsonObject attachment{
            {QStringLiteral("fallback"), m.summary},
            {QStringLiteral("color"), m.colorHex},
            {QStringLiteral("title"), m.title},
            {QStringLiteral("text"), m.summary},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("footer"), QStringLiteral("Uptrack · event %1").arg(m.eventId)},
            {QStringLiteral("ts"), double(m.timeMs / 1000)},
    };
    const QJsonObject payload{{QStringLiteral("text"), m.title},
                              {QStringLiteral("attachments"), QJsonArray{attachment}}};
    HttpRequestSpec spec;
    spec.url = job.secret;
    spec.headers.append(
            qMakePair(QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8")));
    spec.body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    return spec;
}

const UrlChannel &channel()
{
    static const UrlChannel kind("slack", QT_TRANSLATE_NOOP("ChannelEditor", "Slack"),
                                 QT_TRANSLATE_NOOP("Channel", "Slack incoming webhook URL"),
                                 "https://hooks.slack.com/services/T000/B000/XXXX", &render);
    return kind;
}

} // namespace uptrack::slack
