// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookchannel.h"

#include "notify/alertmessage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace uptrack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Channel)
};

QString jsonEscaped(const QString &value)
{
    // The JSON encoding of the string, without its quotes.
    const QByteArray doc = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(doc.mid(2, doc.size() - 4));
}
} // namespace

namespace {
const QStringList kMethods = {QStringLiteral("POST"), QStringLiteral("PUT"),
                              QStringLiteral("PATCH"), QStringLiteral("GET")};

// "Name: value" lines as a JSON object; false at the first line that is not one.
bool headerObject(const QStringList &lines, QJsonObject *out, QString *bad)
{
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0 || line.left(colon).trimmed().contains(QLatin1Char(' '))) {
            *bad = line;
            return false;
        }
        out->insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    return true;
}
} // namespace

QString WebhookChannel::label() const
{
    return QCoreApplication::translate("ChannelEditor", "Webhook");
}

QString WebhookChannel::secretLabel() const
{
    return Tr::tr("webhook URL");
}

QList<ChannelField> WebhookChannel::fields() const
{
    using Type = ChannelField::Type;
    ChannelField method{
            QStringLiteral("method"), Type::Choice,
            Tr::tr("Method"),         Tr::tr("The HTTP method of the request (default POST)."),
            QStringLiteral("method"), Tr::tr("method")};
    method.defaultValue = QStringLiteral("POST");
    method.choices = kMethods;
    method.choiceLabels = kMethods;
    ChannelField contentType{QStringLiteral("content_type"),
                             Type::Text,
                             Tr::tr("Content type"),
                             Tr::tr("The body's content type (default application/json)."),
                             QStringLiteral("content-type"),
                             Tr::tr("type")};
    contentType.defaultValue = QStringLiteral("application/json");
    ChannelField headers{QStringLiteral("headers"),
                         Type::Headers,
                         Tr::tr("Headers"),
                         Tr::tr("A header \"Name: value\" sent with every alert (repeat)."),
                         QStringLiteral("header"),
                         Tr::tr("header")};
    headers.placeholder = QStringLiteral("X-Team: ops");
    ChannelField secretHeaders{
            QStringLiteral("secret_headers"),
            Type::Headers,
            Tr::tr("Secret headers"),
            Tr::tr("A header whose value is a secret (Authorization: Bearer …), kept in the "
                   "system keychain only; on the command line its name, the value read like "
                   "the URL (repeat)."),
            QStringLiteral("secret-header"),
            Tr::tr("name")};
    secretHeaders.placeholder = QStringLiteral("Authorization: Bearer …");
    secretHeaders.secret = true;
    ChannelField body{QStringLiteral("template"),
                      Type::Multiline,
                      Tr::tr("Body template"),
                      Tr::tr("The body with {placeholders}; empty: a JSON object of every fact."),
                      QStringLiteral("template"),
                      Tr::tr("text")};
    body.placeholder = Tr::tr("Leave empty for a JSON object of every fact. Placeholders: %1")
                               .arg(QLatin1Char('{')
                                    + AlertMessage::placeholders().join(QStringLiteral("} {"))
                                    + QLatin1Char('}'));
    return {secretUrlField(QStringLiteral("https://example.com/hooks/uptrack")),
            method,
            contentType,
            headers,
            secretHeaders,
            body};
}

Problems WebhookChannel::build(const ChannelValues &values, QJsonObject *config,
                               QString *secret) const
{
    Problems problems;
    config->insert(
            QStringLiteral("method"),
            values.value(QStringLiteral("method"), QStringLiteral("POST")).toString().toUpper());
    const QString contentType = values.value(QStringLiteral("content_type")).toString().trimmed();
    config->insert(QStringLiteral("content_type"),
                   contentType.isEmpty() ? QStringLiteral("application/json") : contentType);
    QJsonObject plain, hidden;
    QString bad;
    if (!headerObject(values.value(QStringLiteral("headers")).toStringList(), &plain, &bad))
        problems.append({QStringLiteral("headers"),
                         Tr::tr("The header \"%1\" is not \"Name: value\".").arg(bad)});
    config->insert(QStringLiteral("headers"), plain);
    const QString tmpl = values.value(QStringLiteral("template")).toString();
    if (!tmpl.trimmed().isEmpty())
        config->insert(QStringLiteral("template"), tmpl);
    if (!headerObject(values.value(QStringLiteral("secret_headers")).toStringList(), &hidden, &bad))
        problems.append({QStringLiteral("secret_headers"),
                         Tr::tr("The header \"%1\" is not \"Name: value\".").arg(bad)});
    QList<QPair<QString, QString>> secretHeaders;
    for (auto it = hidden.begin(); it != hidden.end(); ++it)
        secretHeaders.append({it.key(), it.value().toString()});
    *secret = makeSecret(values.value(QStringLiteral("url")).toString(), secretHeaders);
    problems += validateConfig(*config);
    if (const QString why = validateSecret(*secret); !why.isEmpty())
        problems.append({QStringLiteral("url"), why});
    return problems;
}

Problems WebhookChannel::validateConfig(const QJsonObject &config) const
{
    Problems problems;
    const QString method = config.value(QLatin1String("method")).toString(QStringLiteral("POST"));
    if (!kMethods.contains(method))
        problems.append(
                {QStringLiteral("method"),
                 Tr::tr("The method must be POST, PUT, PATCH or GET (got %1).").arg(method)});
    const QString tmpl = config.value(QLatin1String("template")).toString();
    int i = 0;
    while ((i = int(tmpl.indexOf(QLatin1Char('{'), i))) >= 0) {
        const int close = int(tmpl.indexOf(QLatin1Char('}'), i));
        if (close < 0)
            break;
        const QString name = tmpl.mid(i + 1, close - i - 1);
        const bool looksLikePlaceholder = !name.isEmpty() && !name.contains(QLatin1Char('"'))
                && !name.contains(QLatin1Char(' ')) && !name.contains(QLatin1Char(':'));
        if (looksLikePlaceholder && !AlertMessage::placeholders().contains(name)) {
            problems.append(
                    {QStringLiteral("template"),
                     Tr::tr("Unknown placeholder {%1}; known: %2")
                             .arg(name, AlertMessage::placeholders().join(QStringLiteral(", ")))});
            break;
        }
        i = close + 1;
    }
    return problems;
}

QString WebhookChannel::validateSecret(const QString &secret) const
{
    const QString url = QJsonDocument::fromJson(secret.toUtf8())
                                .object()
                                .value(QLatin1String("url"))
                                .toString();
    const QString empty = ChannelKind::validateSecret(url);
    return empty.isEmpty() ? checkHttpUrl(url) : empty;
}

QString WebhookChannel::makeSecret(const QString &url,
                                   const QList<QPair<QString, QString>> &headers)
{
    QJsonObject h;
    for (const auto &p : headers)
        h.insert(p.first, p.second);
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("url"), url.trimmed()},
                                                       {QStringLiteral("headers"), h}})
                                     .toJson(QJsonDocument::Compact));
}

QString WebhookChannel::defaultTemplate()
{
    QStringList parts;
    for (const QString &p : AlertMessage::placeholders()) {
        if (p == QLatin1String("dependents_json"))
            continue;
        // The monitors that depend on this one, as a JSON array.
        if (p == QLatin1String("dependents"))
            parts << QStringLiteral("\"dependents\":{dependents_json}");
        else
            parts << QStringLiteral("\"%1\":\"{%1}\"").arg(p);
    }
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

QByteArray WebhookChannel::fill(const QString &tmpl, const Alert &alert, const QString &contentType)
{
    const bool json = contentType.contains(QLatin1String("json"), Qt::CaseInsensitive);
    const bool form
            = contentType.contains(QLatin1String("x-www-form-urlencoded"), Qt::CaseInsensitive);
    QString out;
    out.reserve(tmpl.size() * 2);
    int i = 0;
    while (i < tmpl.size()) {
        const int open = int(tmpl.indexOf(QLatin1Char('{'), i));
        if (open < 0) {
            out += tmpl.mid(i);
            break;
        }
        out += tmpl.mid(i, open - i);
        const int close = int(tmpl.indexOf(QLatin1Char('}'), open));
        const QString name = close < 0 ? QString() : tmpl.mid(open + 1, close - open - 1);
        if (close < 0 || !AlertMessage::placeholders().contains(name)) {
            out += QLatin1Char('{'); // not a placeholder: keep as written
            i = open + 1;
            continue;
        }
        const QString value = AlertMessage::placeholder(alert, name);
        if (json && name == QLatin1String("dependents_json"))
            out += value; // JSON already
        else if (json)
            out += jsonEscaped(value);
        else if (form)
            out += QString::fromLatin1(QUrl::toPercentEncoding(value));
        else
            out += value;
        i = close + 1;
    }
    return out.toUtf8();
}

HttpRequestSpec WebhookChannel::render(const DeliveryJob &job)
{
    const QJsonObject &c = job.channel.config;
    const QJsonObject secret = QJsonDocument::fromJson(job.secret.toUtf8()).object();
    const QString contentType
            = c.value(QLatin1String("content_type")).toString(QStringLiteral("application/json"));
    HttpRequestSpec spec;
    spec.method = c.value(QLatin1String("method")).toString(QStringLiteral("POST")).toLatin1();
    spec.url = secret.value(QLatin1String("url")).toString();
    const QJsonObject plain = c.value(QLatin1String("headers")).toObject();
    for (auto it = plain.begin(); it != plain.end(); ++it)
        spec.headers.append({it.key().toLatin1(), it.value().toString().toUtf8()});
    const QJsonObject hidden = secret.value(QLatin1String("headers")).toObject();
    for (auto it = hidden.begin(); it != hidden.end(); ++it)
        spec.headers.append({it.key().toLatin1(), it.value().toString().toUtf8()});
    if (spec.method != "GET") {
        spec.headers.append(qMakePair(QByteArray("Content-Type"), contentType.toLatin1()));
        const QString tmpl = c.value(QLatin1String("template")).toString();
        spec.body = fill(tmpl.isEmpty() ? defaultTemplate() : tmpl, job.alert, contentType);
    }
    return spec;
}

void WebhookChannel::deliver(const DeliveryJob &job, DeliveryContext &context,
                             std::function<void(DeliveryResult)> done) const
{
    sendHttp(render(job), job.alert.eventId, context, std::move(done));
}

} // namespace uptrack
