// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pushoverchannel.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace uptrack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Channel)
};

const QString kApi = QStringLiteral("https://api.pushover.net");
// Pushover's own limits: a title of 250 characters, a message of 1024.
constexpr int kMaxTitle = 250;
constexpr int kMaxMessage = 1024;

} // namespace

QString PushoverChannel::label() const
{
    return QCoreApplication::translate("ChannelEditor", "Pushover");
}

QString PushoverChannel::secretLabel() const
{
    return Tr::tr("Pushover application token and user key");
}

QList<ChannelField> PushoverChannel::fields() const
{
    ChannelField app = secretField(QStringLiteral("app_token"), Tr::tr("Application token"),
                                   Tr::tr("The API token of an application registered at "
                                          "pushover.net (30 letters and digits); kept in the "
                                          "system keychain only."));
    ChannelField user = secretField(QStringLiteral("user_key"), Tr::tr("User or group key"),
                                    Tr::tr("Who gets the messages (30 letters and digits); "
                                           "read from standard input after the token."));
    ChannelField sound
            = textField(QStringLiteral("sound"), QStringLiteral("sound"), Tr::tr("Sound"),
                        Tr::tr("One of Pushover's sounds (siren, pushover, none, …); "
                               "empty: the user's default."),
                        Tr::tr("name"));
    ChannelField url
            = textField(QStringLiteral("url"), QStringLiteral("url"), Tr::tr("Link"),
                        Tr::tr("A link shown with the message (optional)."), Tr::tr("url"));
    return QList<ChannelField>{app, user}
    + priorityFields(Tr::tr("-2 (silent) to 2 (emergency: repeats until acknowledged); "
                            "default 1 (high)."),
                     1, Tr::tr("-2 to 2; default 0 (normal)."), 0, -2, 2)
            + QList<ChannelField>{
                    numberField(QStringLiteral("retry"), QStringLiteral("retry"),
                                Tr::tr("Repeat every (s)"),
                                Tr::tr("Emergency priority: seconds between repeats, at least "
                                       "30 (default 300)."),
                                300, 30, 10800),
                    numberField(QStringLiteral("expire"), QStringLiteral("expire"),
                                Tr::tr("Repeat for (s)"),
                                Tr::tr("Emergency priority: seconds it keeps repeating, at most "
                                       "10800 (default 3600)."),
                                3600, 1, 10800),
                    sound, url, apiUrlField(kApi)};
}

Problems PushoverChannel::validateConfig(const QJsonObject &config) const
{
    Problems problems;
    for (const char *key : {"priority_down", "priority_up"}) {
        const int p = config.value(QLatin1String(key)).toInt(0);
        if (p < -2 || p > 2)
            problems.append({QString::fromLatin1(key),
                             Tr::tr("A Pushover priority is -2 to 2 (got %1).").arg(p)});
    }
    const int retry = config.value(QLatin1String("retry")).toInt(300);
    if (retry < 30)
        problems.append({QStringLiteral("retry"),
                         Tr::tr("Pushover repeats at most every 30 s (got %1).").arg(retry)});
    const int expire = config.value(QLatin1String("expire")).toInt(3600);
    if (expire < 1 || expire > 10800)
        problems.append({QStringLiteral("expire"),
                         Tr::tr("Pushover repeats for 1 to 10800 s (got %1).").arg(expire)});
    static const QRegularExpression sound(QStringLiteral("^[a-z0-9_]{0,32}$"));
    const QString s = config.value(QLatin1String("sound")).toString();
    if (!sound.match(s).hasMatch())
        problems.append({QStringLiteral("sound"),
                         Tr::tr("A Pushover sound is a name such as siren (got \"%1\").").arg(s)});
    const QString url = config.value(QLatin1String("url")).toString();
    if (!url.isEmpty() && !checkHttpUrl(url).isEmpty())
        problems.append({QStringLiteral("url"),
                         Tr::tr("The link must be an http(s) URL (got \"%1\").").arg(url)});
    checkApiUrlField(config, &problems);
    return problems;
}

QString PushoverChannel::validateSecret(const QString &secret) const
{
    static const QRegularExpression key(QStringLiteral("^[A-Za-z0-9]{30}$"));
    if (!key.match(secretPart(secret, QStringLiteral("app_token"))).hasMatch())
        return Tr::tr("A Pushover application token is 30 letters and digits, as pushover.net "
                      "shows it.");
    if (!key.match(secretPart(secret, QStringLiteral("user_key"))).hasMatch())
        return Tr::tr("A Pushover user or group key is 30 letters and digits, as pushover.net "
                      "shows it.");
    return QString();
}

std::optional<HttpRequestSpec> PushoverChannel::render(const DeliveryJob &job, QString *) const
{
    const QJsonObject &c = job.channel.config;
    const AlertMessage m = AlertMessage::from(job.alert);
    const int priority = priorityOf(job.alert.kind, c, 0, 1, 0);
    QByteArray form; // application/x-www-form-urlencoded, every value percent-encoded
    auto add = [&form](const QString &key, const QString &value) {
        if (!form.isEmpty())
            form += '&';
        form += key.toLatin1() + '=' + QUrl::toPercentEncoding(value);
    };
    add(QStringLiteral("token"), secretPart(job.secret, QStringLiteral("app_token")));
    add(QStringLiteral("user"), secretPart(job.secret, QStringLiteral("user_key")));
    add(QStringLiteral("title"), m.title.left(kMaxTitle));
    QString text = htmlText(m);
    if (text.size() > kMaxMessage)
        text = htmlEscaped(plainText(m).left(kMaxMessage - 20)) + QStringLiteral("…");
    add(QStringLiteral("message"), text);
    add(QStringLiteral("html"), QStringLiteral("1"));
    add(QStringLiteral("priority"), QString::number(priority));
    if (priority == 2) {
        add(QStringLiteral("retry"), QString::number(c.value(QLatin1String("retry")).toInt(300)));
        add(QStringLiteral("expire"),
            QString::number(c.value(QLatin1String("expire")).toInt(3600)));
    }
    if (const QString s = c.value(QLatin1String("sound")).toString(); !s.isEmpty())
        add(QStringLiteral("sound"), s);
    if (const QString u = c.value(QLatin1String("url")).toString(); !u.isEmpty())
        add(QStringLiteral("url"), u);
    add(QStringLiteral("timestamp"), QString::number(job.alert.createdMs / 1000));
    HttpRequestSpec spec;
    spec.url = withApiUrl(kApi, c.value(QLatin1String("api_url")).toString())
            + QStringLiteral("/1/messages.json");
    spec.headers.append(
            {QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")});
    spec.body = form;
    return spec;
}

} // namespace uptrack
