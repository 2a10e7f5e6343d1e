// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "opsgeniechannel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace uptrack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Channel)
};

const QStringList kRegions = {QStringLiteral("us"), QStringLiteral("eu")};
const QStringList kPriorities = {QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3"),
                                 QStringLiteral("P4"), QStringLiteral("P5")};
// Opsgenie's limits: a message of 130 characters, a description of 15,000.
constexpr int kMaxMessage = 130;
constexpr int kMaxDescription = 15000;

QString serviceUrl(const QJsonObject &c)
{
    return c.value(QLatin1String("region")).toString() == QLatin1String("eu")
            ? QStringLiteral("https://api.eu.opsgenie.com")
            : QStringLiteral("https://api.opsgenie.com");
}
} // namespace

QString OpsgenieChannel::label() const
{
    return QCoreApplication::translate("ChannelEditor", "Opsgenie");
}

QString OpsgenieChannel::secretLabel() const
{
    return Tr::tr("Opsgenie API key");
}

QList<ChannelField> OpsgenieChannel::fields() const
{
    ChannelField key = secretField(QStringLiteral("api_key"), Tr::tr("API key"),
                                   Tr::tr("The API key of an API integration (a UUID); kept in "
                                          "the system keychain only, read from standard input "
                                          "on the command line."));
    ChannelField region{QStringLiteral("region"),
                        ChannelField::Type::Choice,
                        Tr::tr("Region"),
                        Tr::tr("Where the Opsgenie account lives: us (default) or eu."),
                        QStringLiteral("region"),
                        Tr::tr("region")};
    region.defaultValue = kRegions.first();
    region.choices = kRegions;
    region.choiceLabels = {Tr::tr("United States"), Tr::tr("Europe")};
    ChannelField priority{QStringLiteral("priority"),
                          ChannelField::Type::Choice,
                          Tr::tr("Priority when down"),
                          Tr::tr("P1 (critical) to P5 (informational); default P2."),
                          QStringLiteral("priority"),
                          Tr::tr("P1-P5")};
    priority.defaultValue = QStringLiteral("P2");
    priority.choices = kPriorities;
    priority.choiceLabels = kPriorities;
    return {key, region, priority, apiUrlField(QStringLiteral("https://api.opsgenie.com"))};
}

Problems OpsgenieChannel::validateConfig(const QJsonObject &config) const
{
    Problems problems;
    const QString region = config.value(QLatin1String("region")).toString(kRegions.first());
    if (!kRegions.contains(region))
        problems.append({QStringLiteral("region"),
                         Tr::tr("The Opsgenie region is us or eu (got \"%1\").").arg(region)});
    const QString priority = config.value(QLatin1String("priority")).toString(QStringLiteral("P2"));
    if (!kPriorities.contains(priority))
        problems.append({QStringLiteral("priority"),
                         Tr::tr("The priority is P1 to P5 (got \"%1\").").arg(priority)});
    checkApiUrlField(config, &problems);
    return problems;
}

QString OpsgenieChannel::validateSecret(const QString &secret) const
{
    if (secret.isEmpty())
        return ChannelKind::validateSecret(secret); // "The … is empty."
    static const QRegularExpression uuid(QStringLiteral(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    if (!uuid.match(secret).hasMatch())
        return Tr::tr("An Opsgenie API key is a UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx), as "
                      "the API integration shows it.");
    return QString();
}

std::optional<HttpRequestSpec> OpsgenieChannel::render(const DeliveryJob &job,
                                                       QString *skipped) const
{
    const QJsonObject &c = job.channel.config;
    const Alert &a = job.alert;
    const QString base = withApiUrl(serviceUrl(c), c.value(QLatin1String("api_url")).toString());
    const QString alias = incidentKey(job);
    const AlertMessage m = AlertMessage::from(a);
    HttpRequestSpec spec;
    if (a.kind == AlertKind::Up) {
        spec = jsonRequest(base + QStringLiteral("/v2/alerts/")
                                   + QString::fromLatin1(QUrl::toPercentEncoding(alias))
                                   + QStringLiteral("/close?identifierType=alias"),
                           QJsonObject{{QStringLiteral("source"), QStringLiteral("Uptrack")},
                                       {QStringLiteral("note"), m.summary}});
    } else if (a.kind == AlertKind::Down || a.kind == AlertKind::Slow || a.kind == AlertKind::Cert
               || a.kind == AlertKind::Test) {
        QJsonObject details;
        for (const auto &[name, value] : m.fields)
            details.insert(name, value.left(1000));
        QJsonArray tags;
        for (const QJsonValue &t : a.facts.value(QLatin1String("tags")).toArray())
            tags.append(t);
        const QString priority = a.kind == AlertKind::Down
                ? c.value(QLatin1String("priority")).toString(QStringLiteral("P2"))
                : a.kind == AlertKind::Test ? QStringLiteral("P5")
                                            : QStringLiteral("P3");
        spec = jsonRequest(
                base + QStringLiteral("/v2/alerts"),
                QJsonObject{{QStringLiteral("message"), m.title.left(kMaxMessage)},
                            {QStringLiteral("alias"), alias},
                            {QStringLiteral("description"), plainText(m).left(kMaxDescription)},
                            {QStringLiteral("source"), QStringLiteral("Uptrack")},
                            {QStringLiteral("tags"), tags},
                            {QStringLiteral("details"), details},
                            {QStringLiteral("priority"), priority}});
    } else if (a.kind == AlertKind::Reminder) {
        *skipped = Tr::tr("not sent: Opsgenie keeps the alert open and notifies on its own");
        return std::nullopt;
    } else {
        *skipped = Tr::tr("not sent: Opsgenie gets downs, recoveries and warnings only");
        return std::nullopt;
    }
    spec.headers.append({QByteArray("Authorization"), "GenieKey " + job.secret.toUtf8()});
    return spec;
}

} // namespace uptrack
