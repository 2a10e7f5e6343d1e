// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "telegramchannel.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace uptrack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Channel)
};

const QString kApi = QStringLiteral("https://api.telegram.org");
// A chat: its numeric id (negative for groups and channels) or a channel's @username.
const QRegularExpression kChat(QStringLiteral("^(-?[0-9]{1,20}|@[A-Za-z][A-Za-z0-9_]{3,31})$"));
// Telegram's limit for a message's text.
constexpr int kMaxText = 4096;
} // namespace

QString TelegramChannel::label() const
{
    return QCoreApplication::translate("ChannelEditor", "Telegram");
}

QString TelegramChannel::secretLabel() const
{
    return Tr::tr("Telegram bot token");
}

QList<ChannelField> TelegramChannel::fields() const
{
    ChannelField token = secretField(QStringLiteral("token"), Tr::tr("Bot token"),
                                     Tr::tr("From @BotFather (123456:ABC-…); kept in the system "
                                            "keychain only, read from standard input on the "
                                            "command line."));
    token.placeholder = QStringLiteral("123456789:AAE…");
    ChannelField chat
            = textField(QStringLiteral("chat_id"), QStringLiteral("chat-id"), Tr::tr("Chat"),
                        Tr::tr("The chat's id (-100… for a group) or a channel's "
                               "@name; the bot must be a member."),
                        Tr::tr("id"), true);
    chat.placeholder = QStringLiteral("-1001234567890");
    ChannelField thread
            = textField(QStringLiteral("thread_id"), QStringLiteral("thread-id"), Tr::tr("Topic"),
                        Tr::tr("A topic of a forum group, by its id (optional)."), Tr::tr("id"));
    return {token, chat, thread, apiUrlField(kApi)};
}

Problems TelegramChannel::validateConfig(const QJsonObject &config) const
{
    Problems problems;
    const QString chat = config.value(QLatin1String("chat_id")).toString();
    if (chat.isEmpty())
        problems.append({QStringLiteral("chat_id"), Tr::tr("Telegram needs a --chat-id.")});
    else if (!kChat.match(chat).hasMatch())
        problems.append({QStringLiteral("chat_id"),
                         Tr::tr("A Telegram chat is a number (-100… for a group) or a "
                                "channel's @name (got \"%1\").")
                                 .arg(chat)});
    const QString thread = config.value(QLatin1String("thread_id")).toString();
    bool ok = true;
    if (!thread.isEmpty() && (thread.toLongLong(&ok) <= 0 || !ok))
        problems.append({QStringLiteral("thread_id"),
                         Tr::tr("A topic is a positive number (got \"%1\").").arg(thread)});
    checkApiUrlField(config, &problems);
    return problems;
}

QString TelegramChannel::validateSecret(const QString &secret) const
{
    static const QRegularExpression token(QStringLiteral("^[0-9]{3,20}:[A-Za-z0-9_-]{20,100}$"));
    if (secret.isEmpty())
        return Tr::tr("The Telegram bot token is empty.");
    if (!token.match(secret).hasMatch())
        return Tr::tr("A Telegram bot token looks like 123456789:AAE… (the bot's id, a colon "
                      "and its key), as @BotFather gives it.");
    return QString();
}

std::optional<HttpRequestSpec> TelegramChannel::render(const DeliveryJob &job, QString *) const
{
    const QJsonObject &c = job.channel.config;
    const AlertMessage m = AlertMessage::from(job.alert);
    QString text = htmlText(m);
    if (text.size() > kMaxText) // the output is what gives: cut it, and keep the tags whole
        text = htmlText([&] {
            AlertMessage shorter = m;
            for (auto &field : shorter.fields)
                field.second = field.second.left(200);
            return shorter;
        }());
    const QString chat = c.value(QLatin1String("chat_id")).toString();
    bool numeric = false;
    const qint64 chatNumber = chat.toLongLong(&numeric);
    QJsonObject body{{QStringLiteral("chat_id"),
                      numeric ? QJsonValue(double(chatNumber)) : QJsonValue(chat)},
                     {QStringLiteral("text"), text.left(kMaxText)},
                     {QStringLiteral("parse_mode"), QStringLiteral("HTML")},
                     {QStringLiteral("link_preview_options"),
                      QJsonObject{{QStringLiteral("is_disabled"), true}}}};
    if (const QString thread = c.value(QLatin1String("thread_id")).toString(); !thread.isEmpty())
        body.insert(QStringLiteral("message_thread_id"), double(thread.toLongLong()));
    const QString url = withApiUrl(kApi, c.value(QLatin1String("api_url")).toString())
            + QStringLiteral("/bot") + job.secret + QStringLiteral("/sendMessage");
    return jsonRequest(url, body);
}

} // namespace uptrack
