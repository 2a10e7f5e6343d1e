// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicechannel.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrl>

namespace uptrack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Channel)
};
} // namespace

void ServiceChannel::deliver(const DeliveryJob &job, DeliveryContext &context,
                             std::function<void(DeliveryResult)> done) const
{
    QString skipped;
    const std::optional<HttpRequestSpec> spec = render(job, &skipped);
    if (!spec) {
        DeliveryResult r;
        r.verdict = DeliveryResult::Verdict::Delivered;
        r.outcome = skipped;
        done(r);
        return;
    }
    sendHttp(*spec, job.alert.eventId, context, std::move(done));
}

QString ServiceChannel::withApiUrl(const QString &serviceUrl, const QString &apiUrl)
{
    if (apiUrl.trimmed().isEmpty())
        return serviceUrl;
    const QUrl base(apiUrl.trimmed());
    QUrl url(serviceUrl);
    url.setScheme(base.scheme());
    url.setHost(base.host());
    url.setPort(base.port());
    return url.toString(QUrl::FullyEncoded);
}

QString ServiceChannel::checkApiUrl(const QString &apiUrl)
{
    if (apiUrl.trimmed().isEmpty())
        return QString();
    const QUrl url(apiUrl.trimmed(), QUrl::StrictMode);
    if (!url.isValid()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || url.host().isEmpty())
        return Tr::tr("--api-url must be an http(s) URL with a host, such as "
                      "https://relay.example.lan:8443 (got \"%1\").")
                .arg(apiUrl);
    if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        return Tr::tr("--api-url replaces only the scheme, host and port: leave out the path "
                      "\"%1\" (the service's own path is added).")
                .arg(url.path());
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return Tr::tr("--api-url takes no user, query or fragment: only scheme, host and port.");
    return QString();
}

QString ServiceChannel::htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString ServiceChannel::plainText(const AlertMessage &m)
{
    QStringList lines{m.summary, QString()};
    for (const auto &[name, value] : m.fields)
        lines.append(name + QStringLiteral(": ") + value);
    return lines.join(QLatin1Char('\n')).trimmed();
}

QString ServiceChannel::htmlText(const AlertMessage &m)
{
    QString out
            = QStringLiteral("<b>%1</b>\n%2\n").arg(htmlEscaped(m.title), htmlEscaped(m.summary));
    // The field AlertMessage names so (in its own translation context).
    const QString output = QCoreApplication::translate("Alert", "Output");
    for (const auto &[name, value] : m.fields) {
        if (name == output)
            out += QStringLiteral("\n<b>%1:</b>\n<pre>%2</pre>")
                           .arg(htmlEscaped(name), htmlEscaped(value));
        else
            out += QStringLiteral("\n<b>%1:</b> %2").arg(htmlEscaped(name), htmlEscaped(value));
    }
    return out;
}

QString ServiceChannel::incidentKey(const DeliveryJob &job)
{
    if (job.alert.incidentId <= 0)
        return QStringLiteral("uptrack-%1").arg(job.alert.eventId);
    const QString channel
            = job.channel.uuid.isEmpty() ? QString::number(job.channel.id) : job.channel.uuid;
    return QStringLiteral("uptrack-%1-incident-%2").arg(channel).arg(job.alert.incidentId);
}

ChannelField ServiceChannel::apiUrlField(const QString &serviceHost)
{
    ChannelField f{QStringLiteral("api_url"),
                   ChannelField::Type::Text,
                   Tr::tr("API address"),
                   Tr::tr("Another scheme, host and port for the service (a relay or a test "
                          "server); its own path is added. Empty: %1.")
                           .arg(serviceHost),
                   QStringLiteral("api-url"),
                   Tr::tr("url")};
    f.placeholder = serviceHost;
    return f;
}

ChannelField ServiceChannel::secretField(const QString &key, const QString &label,
                                         const QString &help, bool required)
{
    ChannelField f{key, ChannelField::Type::Text, label, help};
    f.secret = true;
    f.required = required;
    return f;
}

ChannelField ServiceChannel::textField(const QString &key, const QString &option,
                                       const QString &label, const QString &help,
                                       const QString &valueName, bool required)
{
    ChannelField f{key, ChannelField::Type::Text, label, help, option, valueName};
    f.required = required;
    return f;
}

ChannelField ServiceChannel::numberField(const QString &key, const QString &option,
                                         const QString &label, const QString &help,
                                         int defaultValue, int minimum, int maximum)
{
    ChannelField f{key, ChannelField::Type::Number, label, help, option, Tr::tr("n")};
    f.defaultValue = defaultValue;
    f.minimum = minimum;
    f.maximum = maximum;
    return f;
}

QList<ChannelField> ServiceChannel::priorityFields(const QString &downHelp, int downDefault,
                                                   const QString &upHelp, int upDefault,
                                                   int minimum, int maximum)
{
    return {numberField(QStringLiteral("priority_down"), QStringLiteral("priority-down"),
                        Tr::tr("Priority when down"), downHelp, downDefault, minimum, maximum),
            numberField(QStringLiteral("priority_up"), QStringLiteral("priority-up"),
                        Tr::tr("Priority when up"), upHelp, upDefault, minimum, maximum)};
}

int ServiceChannel::priorityOf(AlertKind kind, const QJsonObject &config, int upDefault,
                               int downDefault, int other)
{
    if (kind == AlertKind::Up)
        return config.value(QLatin1String("priority_up")).toInt(upDefault);
    if (kind == AlertKind::Down || kind == AlertKind::Reminder)
        return config.value(QLatin1String("priority_down")).toInt(downDefault);
    return other;
}

void ServiceChannel::checkApiUrlField(const QJsonObject &config, Problems *problems)
{
    if (const QString why = checkApiUrl(config.value(QLatin1String("api_url")).toString());
        !why.isEmpty())
        problems->append({QStringLiteral("api_url"), why});
}

HttpRequestSpec ServiceChannel::jsonRequest(const QString &url, const QJsonObject &body,
                                            const QByteArray &method)
{
    HttpRequestSpec spec;
    spec.method = method;
    spec.url = url;
    spec.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return spec;
}

QString ServiceChannel::checkUrlField(const QJsonObject &config, const QString &key,
                                      const QString &label, Problems *problems)
{
    const QString url = config.value(key).toString();
    QString why;
    if (url.isEmpty())
        why = Tr::tr("The %1 is missing.").arg(label);
    else if (!checkHttpUrl(url).isEmpty())
        why = Tr::tr("The %1 must be an http(s) URL with a host (got \"%2\").").arg(label, url);
    if (!why.isEmpty())
        problems->append({key, why});
    return why;
}

} // namespace uptrack
