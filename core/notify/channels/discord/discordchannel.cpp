// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discordchannel.h"

#include "notify/alertmessage.h"
#include "time/isotime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace uptrack {

QString DiscordChannel::secretLabel() const
{
    return QCoreApplication::translate("Channel", "Discord webhook URL");
}

QString DiscordChannel::label() const
{
    return QCoreApplication::translate("ChannelEditor", "Discord");
}

HttpRequestSpec DiscordChannel::render(const DeliveryJob &job)
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

void DiscordChannel::deliver(const DeliveryJob &job, DeliveryContext &context,
                             std::function<void(DeliveryResult)> done) const
{
    sendHttp(render(job), job.alert.eventId, context, std::move(done));
}

} // namespace uptrack
