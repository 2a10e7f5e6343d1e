// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamschannel.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace uptrack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Channel)
};

// The Adaptive Card colour names ("attention" is red, "good" green).
QString colorFor(AlertKind kind)
{
    switch (kind) {
    case AlertKind::Down:
    case AlertKind::Reminder:
        return QStringLiteral("Attention");
    case AlertKind::Up:
        return QStringLiteral("Good");
    case AlertKind::Slow:
    case AlertKind::Cert:
        return QStringLiteral("Warning");
    default:
        return QStringLiteral("Accent");
    }
}
} // namespace

QString TeamsChannel::label() const
{
    return QCoreApplication::translate("ChannelEditor", "Microsoft Teams");
}

QString TeamsChannel::secretLabel() const
{
    return Tr::tr("Teams workflow webhook URL");
}

QList<ChannelField> TeamsChannel::fields() const
{
    ChannelField url = secretUrlField(QStringLiteral(
            "https://prod-00.westeurope.logic.azure.com:443/workflows/…/triggers/manual/…"));
    url.help = Tr::tr("In Teams: the channel's … menu → Workflows → \"Post to a channel when a "
                      "webhook request is received\"; copy its URL. Kept in the system keychain "
                      "only; read from standard input on the command line.");
    return {url};
}

QString TeamsChannel::validateSecret(const QString &secret) const
{
    if (secret.isEmpty())
        return Tr::tr("The Teams workflow webhook URL is empty.");
    return checkHttpUrl(secret);
}

std::optional<HttpRequestSpec> TeamsChannel::render(const DeliveryJob &job, QString *) const
{
    const AlertMessage m = AlertMessage::from(job.alert);
    const QString output = QCoreApplication::translate("Alert", "Output");
    QJsonArray facts;
    QString excerpt;
    for (const auto &[name, value] : m.fields) {
        if (name == output)
            excerpt = value;
        else
            facts.append(
                    QJsonObject{{QStringLiteral("title"), name}, {QStringLiteral("value"), value}});
    }
    QJsonArray body{
            QJsonObject{{QStringLiteral("type"), QStringLiteral("TextBlock")},
                        {QStringLiteral("text"), m.title},
                        {QStringLiteral("weight"), QStringLiteral("Bolder")},
                        {QStringLiteral("size"), QStringLiteral("Medium")},
                        {QStringLiteral("color"), colorFor(job.alert.kind)},
                        {QStringLiteral("wrap"), true}},
            QJsonObject{{QStringLiteral("type"), QStringLiteral("TextBlock")},
                        {QStringLiteral("text"), m.summary},
                        {QStringLiteral("wrap"), true}},
    };
    if (!facts.isEmpty())
        body.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("FactSet")},
                                {QStringLiteral("facts"), facts}});
    if (!excerpt.isEmpty())
        body.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("TextBlock")},
                                {QStringLiteral("text"), excerpt},
                                {QStringLiteral("fontType"), QStringLiteral("Monospace")},
                                {QStringLiteral("wrap"), true}});
    const QJsonObject card{
            {QStringLiteral("$schema"),
             QStringLiteral("http://adaptivecards.io/schemas/adaptive-card.json")},
            {QStringLiteral("type"), QStringLiteral("AdaptiveCard")},
            {QStringLiteral("version"), QStringLiteral("1.4")},
            {QStringLiteral("body"), body},
            {QStringLiteral("msteams"),
             QJsonObject{{QStringLiteral("width"), QStringLiteral("Full")}}},
    };
    const QJsonObject message{
            {QStringLiteral("type"), QStringLiteral("message")},
            {QStringLiteral("attachments"),
             QJsonArray{QJsonObject{{QStringLiteral("contentType"),
                                     QStringLiteral("application/vnd.microsoft.card.adaptive")},
                                    {QStringLiteral("contentUrl"), QJsonValue(QJsonValue::Null)},
                                    {QStringLiteral("content"), card}}}}};
    return jsonRequest(job.secret, message);
}

} // namespace uptrack
