// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ntfychannel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace uptrack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Channel)
};

const QString kDefaultServer = QStringLiteral("https://ntfy.sh");

// ntfy's tags that are emoji names: shown as the emoji before the title.
QString tagFor(AlertKind kind)
{
    switch (kind) {
    case AlertKind::Down:
    case AlertKind::Reminder:
        return QStringLiteral("rotating_light");
    case AlertKind::Up:
        return QStringLiteral("white_check_mark");
    case AlertKind::Slow:
    case AlertKind::Cert:
        return QStringLiteral("warning");
    default:
        return QStringLiteral("information_source");
    }
}
} // namespace

QString NtfyChannel::label() const
{
    return QCoreApplication::translate("ChannelEditor", "ntfy");
}

QString NtfyChannel::secretLabel() const
{
    return Tr::tr("ntfy access token");
}

QList<ChannelField> NtfyChannel::fields() const
{
    ChannelField server = textField(
            QStringLiteral("server_url"), QStringLiteral("server-url"), Tr::tr("Server"),
            Tr::tr("The ntfy server (default https://ntfy.sh)."), Tr::tr("url"));
    server.defaultValue = kDefaultServer;
    server.placeholder = kDefaultServer;
    ChannelField topic
            = textField(QStringLiteral("topic"), QStringLiteral("topic"), Tr::tr("Topic"),
                        Tr::tr("The topic the phones subscribe to (letters, digits, - "
                               "and _; a long random one on ntfy.sh)."),
                        Tr::tr("topic"), true);
    topic.placeholder = QStringLiteral("office-alerts-7f3k2");
    ChannelField token = secretField(QStringLiteral("token"), Tr::tr("Access token"),
                                     Tr::tr("Optional: for a protected topic (tk_…); kept in "
                                            "the system keychain only, read from standard "
                                            "input on the command line."),
                                     false);
    token.placeholder = QStringLiteral("tk_…");
    ChannelField click = textField(
            QStringLiteral("click_url"), QStringLiteral("click-url"), Tr::tr("Link"),
            Tr::tr("Opened when the notification is tapped (optional)."), Tr::tr("url"));
    return QList<ChannelField>{server, topic, token}
    + priorityFields(Tr::tr("1 (min) to 5 (max, rings through Do Not Disturb); default 4."), 4,
                     Tr::tr("1 (min) to 5 (max); default 3."), 3, 1, 5)
            + QList<ChannelField>{click};
}

Problems NtfyChannel::validateConfig(const QJsonObject &config) const
{
    Problems problems;
    checkUrlField(config, QStringLiteral("server_url"), Tr::tr("ntfy server"), &problems);
    const QString topic = config.value(QLatin1String("topic")).toString();
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (topic.isEmpty())
        problems.append({QStringLiteral("topic"), Tr::tr("ntfy needs a --topic.")});
    else if (!valid.match(topic).hasMatch())
        problems.append({QStringLiteral("topic"),
                         Tr::tr("An ntfy topic is 1 to 64 letters, digits, - and _ (got \"%1\").")
                                 .arg(topic)});
    for (const char *key : {"priority_down", "priority_up"}) {
        const int p = config.value(QLatin1String(key)).toInt(3);
        if (p < 1 || p > 5)
            problems.append({QString::fromLatin1(key),
                             Tr::tr("An ntfy priority is 1 to 5 (got %1).").arg(p)});
    }
    const QString click = config.value(QLatin1String("click_url")).toString();
    if (!click.isEmpty() && !checkHttpUrl(click).isEmpty())
        problems.append({QStringLiteral("click_url"),
                         Tr::tr("The link must be an http(s) URL (got \"%1\").").arg(click)});
    return problems;
}

QString NtfyChannel::validateSecret(const QString &secret) const
{
    if (secret.contains(QLatin1Char(' ')) || secret.contains(QLatin1Char('\t')))
        return Tr::tr("An ntfy access token has no spaces.");
    return QString();
}

std::optional<HttpRequestSpec> NtfyChannel::render(const DeliveryJob &job, QString *) const
{
    const QJsonObject &c = job.channel.config;
    const AlertMessage m = AlertMessage::from(job.alert);
    QJsonObject body{{QStringLiteral("topic"), c.value(QLatin1String("topic")).toString()},
                     {QStringLiteral("title"), m.title},
                     {QStringLiteral("message"), plainText(m)},
                     {QStringLiteral("tags"), QJsonArray{tagFor(job.alert.kind)}},
                     {QStringLiteral("priority"), priorityOf(job.alert.kind, c, 3, 4, 3)}};
    if (const QString click = c.value(QLatin1String("click_url")).toString(); !click.isEmpty())
        body.insert(QStringLiteral("click"), click);
    // The server's root URL, whatever path it was given with (a proxy's prefix stays).
    QString url = c.value(QLatin1String("server_url")).toString(kDefaultServer);
    if (!url.endsWith(QLatin1Char('/')))
        url += QLatin1Char('/');
    HttpRequestSpec spec = jsonRequest(url, body);
    if (!job.secret.isEmpty())
        spec.headers.append({QByteArray("Authorization"), "Bearer " + job.secret.toUtf8()});
    return spec;
}

} // namespace uptrack
