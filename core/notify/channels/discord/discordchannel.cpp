// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discordchannel.h"

#include "notify/alertmessage.h"
#include "time/isotime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace uptrack::discord {

HttpRequestSpec render(const DeliveryJob &job)
{
    const AlertMessage m = AlertMessage::from(job.alert);
    // Discord's limits: title 256, description 4096, field name 256, value 1024, 25 fields.
    QJsonArray fields;
    for (const auto &f : m.fields) {
        if (fields.size() == 25)
            break;
        fields.append(QJsonObject{{QStringLiteral("name"), f.first.left(256)},
                                  {QStringLiteral("value"),
                                   f.second.isEmpty() ? QStringLiteral("—") : f.second.left(1024)},
                                  {QStringLiteral("inline"), f.second.size() <= 40}});
    }
    const QJsonObject embed{
            {QStringLiteral("title"), m.title.left(256)},
            {QStringLiteral("description"), m.summary.left(4096)},
            {QStringLiteral("color"), m.colorHex.mid(1).toInt(nullptr, 16)},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("timestamp"), isoUtc(m.timeMs)},
            {QStringLiteral("footer"),
             QJsonObject{{QStringLiteral("text"),
                          QStringLiteral("Uptrack · event %1").arg(m.eventId)}}},
    };
    const QJsonObject payload{
            {QStringLiteral("username"), QStringLiteral("Uptrack")},
            {QStringLiteral("content"), m.title},
            {QStringLiteral("embeds"), QJsonArray{embed}},
            // A monitor's name must never ping @everyone.
            {QStringLiteral("allowed_mentions"),
             QJsonObject{{QStringLiteral("parse"), QJsonArray()}}},
    };
    HttpRequestSpec spec;
    spec.url = job.secret;
    spec.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    spec.body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    return spec;
}

const UrlChannel &channel()
{
    static const UrlChannel kind("discord", QT_TRANSLATE_NOOP("ChannelEditor", "Discord"),
                                 QT_TRANSLATE_NOOP("Channel", "Discord webhook URL"),
                                 "https://discord.com/api/webhooks/1234/abcd", &render);
    return kind;
}

} // namespace uptrack::discord
