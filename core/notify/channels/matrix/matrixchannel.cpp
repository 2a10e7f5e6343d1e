// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrixchannel.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace uptrack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Channel)
};
} // namespace

QString MatrixChannel::label() const
{
    return QCoreApplication::translate("ChannelEditor", "Matrix");
}

QString MatrixChannel::secretLabel() const
{
    return Tr::tr("Matrix access token");
}

QList<ChannelField> MatrixChannel::fields() const
{
    ChannelField server = textField(
            QStringLiteral("homeserver"), QStringLiteral("homeserver"), Tr::tr("Homeserver"),
            Tr::tr("The homeserver's client address."), Tr::tr("url"), true);
    server.placeholder = QStringLiteral("https://matrix.example.org");
    ChannelField token = secretField(QStringLiteral("token"), Tr::tr("Access token"),
                                     Tr::tr("A bot account's access token (Element: Settings → "
                                            "Help & About); kept in the system keychain only, "
                                            "read from standard input on the command line."));
    ChannelField room
            = textField(QStringLiteral("room_id"), QStringLiteral("room-id"), Tr::tr("Room"),
                        Tr::tr("The room's id (!…:server, in the room's settings → "
                               "Advanced); the account must have joined it."),
                        Tr::tr("id"), true);
    room.placeholder = QStringLiteral("!AbCdEfGh:example.org");
    return {server, token, room};
}

Problems MatrixChannel::validateConfig(const QJsonObject &config) const
{
    Problems problems;
    checkUrlField(config, QStringLiteral("homeserver"), Tr::tr("Matrix homeserver"), &problems);
    static const QRegularExpression room(QStringLiteral("^![^:\\s]+:[^\\s]+$"));
    const QString id = config.value(QLatin1String("room_id")).toString();
    if (id.isEmpty())
        problems.append({QStringLiteral("room_id"), Tr::tr("Matrix needs a --room-id.")});
    else if (!room.match(id).hasMatch())
        problems.append({QStringLiteral("room_id"),
                         Tr::tr("A Matrix room id looks like !AbCdEfGh:example.org (a room's "
                                "#alias is not its id; got \"%1\").")
                                 .arg(id)});
    return problems;
}

QString MatrixChannel::validateSecret(const QString &secret) const
{
    if (secret.isEmpty())
        return ChannelKind::validateSecret(secret); // "The … is empty."
    static const QRegularExpression token(QStringLiteral("^[!-~]{8,500}$"));
    if (!token.match(secret).hasMatch())
        return Tr::tr("A Matrix access token is one word of 8 or more printable characters.");
    return QString();
}

std::optional<HttpRequestSpec> MatrixChannel::render(const DeliveryJob &job, QString *) const
{
    const QJsonObject &c = job.channel.config;
    const AlertMessage m = AlertMessage::from(job.alert);
    const QJsonObject body{
            {QStringLiteral("msgtype"), QStringLiteral("m.text")},
            {QStringLiteral("body"), m.title + QStringLiteral("\n") + plainText(m)},
            {QStringLiteral("format"), QStringLiteral("org.matrix.custom.html")},
            {QStringLiteral("formatted_body"),
             htmlText(m)
                     .replace(QLatin1Char('\n'), QStringLiteral("<br>"))
                     .replace(QStringLiteral("<pre><br>"), QStringLiteral("<pre>"))}};
    QString server = c.value(QLatin1String("homeserver")).toString();
    while (server.endsWith(QLatin1Char('/')))
        server.chop(1);
    const QString url = server + QStringLiteral("/_matrix/client/v3/rooms/")
            + QString::fromLatin1(QUrl::toPercentEncoding(
                    c.value(QLatin1String("room_id")).toString()))
            + QStringLiteral("/send/m.room.message/")
            + QString::fromLatin1(QUrl::toPercentEncoding(job.alert.eventId));
    HttpRequestSpec spec = jsonRequest(url, body, "PUT");
    spec.headers.append({QByteArray("Authorization"), "Bearer " + job.secret.toUtf8()});
    return spec;
}

} // namespace uptrack
