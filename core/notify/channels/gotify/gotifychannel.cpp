// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gotifychannel.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace uptrack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Channel)
};

// Markdown: the characters that would change the text's meaning, escaped.
QString markdownEscaped(QString text)
{
    static const QRegularExpression special(QStringLiteral("([\\\\`*_\\[\\]<>#|~])"));
    return text.replace(special, QStringLiteral("\\\\1"));
}

QString markdown(const AlertMessage &m)
{
    const QString output = QCoreApplication::translate("Alert", "Output");
    QString out = markdownEscaped(m.summary) + QStringLiteral("\n");
    for (const auto &[name, value] : m.fields) {
        if (name == output)
            out += QStringLiteral("\n**%1:**\n\n```\n%2\n```\n")
                           .arg(markdownEscaped(name),
                                QString(value).replace(QStringLiteral("```"),
                                                       QStringLiteral("'''")));
        else
            out += QStringLiteral("\n**%1:** %2  ")
                           .arg(markdownEscaped(name), markdownEscaped(value));
    }
    return out;
}
} // namespace

QString GotifyChannel::label() const
{
    return QCoreApplication::translate("ChannelEditor", "Gotify");
}

QString GotifyChannel::secretLabel() const
{
    return Tr::tr("Gotify application token");
}

QList<ChannelField> GotifyChannel::fields() const
{
    ChannelField server = textField(QStringLiteral("server_url"), QStringLiteral("server-url"),
                                    Tr::tr("Server"), Tr::tr("The Gotify server's address."),
                                    Tr::tr("url"), true);
    server.placeholder = QStringLiteral("https://gotify.example.lan");
    ChannelField token = secretField(QStringLiteral("token"), Tr::tr("Application token"),
                                     Tr::tr("An application's token from Gotify's Apps page; "
                                            "kept in the system keychain only, read from "
                                            "standard input on the command line."));
    return QList<ChannelField>{server, token}
    + priorityFields(Tr::tr("0 to 10; 8 and above make Android ring (default 8)."), 8,
                     Tr::tr("0 to 10 (default 4)."), 4, 0, 10);
}

Problems GotifyChannel::validateConfig(const QJsonObject &config) const
{
    Problems problems;
    checkUrlField(config, QStringLiteral("server_url"), Tr::tr("Gotify server"), &problems);
    for (const char *key : {"priority_down", "priority_up"}) {
        const int p = config.value(QLatin1String(key)).toInt(5);
        if (p < 0 || p > 10)
            problems.append({QString::fromLatin1(key),
                             Tr::tr("A Gotify priority is 0 to 10 (got %1).").arg(p)});
    }
    return problems;
}

QString GotifyChannel::validateSecret(const QString &secret) const
{
    if (secret.isEmpty())
        return ChannelKind::validateSecret(secret); // "The … is empty."
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9._-]{5,100}$"));
    if (!token.match(secret).hasMatch())
        return Tr::tr("A Gotify application token is letters, digits, dots and dashes, as "
                      "Gotify's Apps page shows it.");
    return QString();
}

std::optional<HttpRequestSpec> GotifyChannel::render(const DeliveryJob &job, QString *) const
{
    const QJsonObject &c = job.channel.config;
    const AlertMessage m = AlertMessage::from(job.alert);
    const QJsonObject body{{QStringLiteral("title"), m.title},
                           {QStringLiteral("message"), markdown(m)},
                           {QStringLiteral("priority"), priorityOf(job.alert.kind, c, 4, 8, 4)},
                           {QStringLiteral("extras"),
                            QJsonObject{{QStringLiteral("client::display"),
                                         QJsonObject{{QStringLiteral("contentType"),
                                                      QStringLiteral("text/markdown")}}}}}};
    QString url = c.value(QLatin1String("server_url")).toString();
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    HttpRequestSpec spec = jsonRequest(url + QStringLiteral("/message"), body);
    spec.headers.append({QByteArray("X-Gotify-Key"), job.secret.toUtf8()});
    return spec;
}

} // namespace uptrack
