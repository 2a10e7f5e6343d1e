// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagerdutychannel.h"

#include "time/isotime.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace uptrack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Channel)
};

const QString kApi = QStringLiteral("https://events.pagerduty.com");
const QStringList kSeverities = {QStringLiteral("critical"), QStringLiteral("error"),
                                 QStringLiteral("warning"), QStringLiteral("info")};
// PagerDuty's limit for a summary.
constexpr int kMaxSummary = 1024;
} // namespace

QString PagerDutyChannel::label() const
{
    return QCoreApplication::translate("ChannelEditor", "PagerDuty");
}

QString PagerDutyChannel::secretLabel() const
{
    return Tr::tr("PagerDuty integration key");
}

QList<ChannelField> PagerDutyChannel::fields() const
{
    ChannelField key = secretField(QStringLiteral("routing_key"), Tr::tr("Integration key"),
                                   Tr::tr("The Events API v2 integration key of a service "
                                          "(32 characters); kept in the system keychain only, "
                                          "read from standard input on the command line."));
    ChannelField severity{QStringLiteral("severity"),
                          ChannelField::Type::Choice,
                          Tr::tr("Severity when down"),
                          Tr::tr("What a down is in PagerDuty: critical (default), error, "
                                 "warning or info."),
                          QStringLiteral("severity"),
                          Tr::tr("level")};
    severity.defaultValue = kSeverities.first();
    severity.choices = kSeverities;
    severity.choiceLabels
            = {Tr::tr("Critical"), Tr::tr("Error"), Tr::tr("Warning"), Tr::tr("Info")};
    return {key, severity, apiUrlField(kApi)};
}

Problems PagerDutyChannel::validateConfig(const QJsonObject &config) const
{
    Problems problems;
    const QString severity = config.value(QLatin1String("severity")).toString(kSeverities.first());
    if (!kSeverities.contains(severity))
        problems.append({QStringLiteral("severity"),
                         Tr::tr("The severity is critical, error, warning or info (got \"%1\").")
                                 .arg(severity)});
    checkApiUrlField(config, &problems);
    return problems;
}

QString PagerDutyChannel::validateSecret(const QString &secret) const
{
    if (secret.isEmpty())
        return ChannelKind::validateSecret(secret); // "The … is empty."
    static const QRegularExpression key(QStringLiteral("^[A-Za-z0-9]{32}$"));
    if (!key.match(secret).hasMatch())
        return Tr::tr("A PagerDuty integration key is 32 letters and digits (the service's "
                      "Integrations tab, Events API v2).");
    return QString();
}

std::optional<HttpRequestSpec> PagerDutyChannel::render(const DeliveryJob &job,
                                                        QString *skipped) const
{
    const QJsonObject &c = job.channel.config;
    const Alert &a = job.alert;
    const QString url = withApiUrl(kApi, c.value(QLatin1String("api_url")).toString())
            + QStringLiteral("/v2/enqueue");
    QJsonObject event{{QStringLiteral("routing_key"), job.secret},
                      {QStringLiteral("dedup_key"), incidentKey(job)}};
    if (a.kind == AlertKind::Up) {
        event.insert(QStringLiteral("event_action"), QStringLiteral("resolve"));
        return jsonRequest(url, event);
    }
    QString severity;
    switch (a.kind) {
    case AlertKind::Down:
        severity = c.value(QLatin1String("severity")).toString(kSeverities.first());
        break;
    case AlertKind::Slow:
    case AlertKind::Cert:
        severity = QStringLiteral("warning");
        break;
    case AlertKind::Test:
        severity = QStringLiteral("info");
        break;
    case AlertKind::Reminder:
        *skipped = Tr::tr("not sent: PagerDuty keeps the incident open and escalates it itself");
        return std::nullopt;
    default:
        *skipped = Tr::tr("not sent: PagerDuty gets downs, recoveries and warnings only");
        return std::nullopt;
    }
    const AlertMessage m = AlertMessage::from(a);
    QJsonObject details;
    for (const auto &[name, value] : m.fields)
        details.insert(name, value);
    const QString monitor = a.facts.value(QLatin1String("monitor")).toString();
    QJsonObject payload{
            {QStringLiteral("summary"), m.title.left(kMaxSummary)},
            {QStringLiteral("source"), monitor.isEmpty() ? QStringLiteral("Uptrack") : monitor},
            {QStringLiteral("severity"), severity},
            {QStringLiteral("timestamp"), isoUtc(a.createdMs)},
            {QStringLiteral("custom_details"), details}};
    if (const QString reason = a.facts.value(QLatin1String("reason")).toString(); !reason.isEmpty())
        payload.insert(QStringLiteral("class"), reason);
    event.insert(QStringLiteral("event_action"), QStringLiteral("trigger"));
    event.insert(QStringLiteral("payload"), payload);
    event.insert(QStringLiteral("client"), QStringLiteral("Uptrack"));
    return jsonRequest(url, event);
}

} // namespace uptrack
