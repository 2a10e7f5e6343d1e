// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelkind.h"

#include "channels/command/commandchannel.h"
#include "channels/desktop/desktopchannel.h"
#include "channels/discord/discordchannel.h"
#include "channels/email/emailchannel.h"
#include "channels/gotify/gotifychannel.h"
#include "channels/matrix/matrixchannel.h"
#include "channels/ntfy/ntfychannel.h"
#include "channels/opsgenie/opsgeniechannel.h"
#include "channels/pagerduty/pagerdutychannel.h"
#include "channels/pushover/pushoverchannel.h"
#include "channels/slack/slackchannel.h"
#include "channels/teams/teamschannel.h"
#include "channels/telegram/telegramchannel.h"
#include "channels/webhook/webhookchannel.h"
#include "time/clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

namespace uptrack {

namespace {
constexpr int kHttpTimeoutMs = 15'000;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Channel)
};

// Retry-After: delta-seconds or an HTTP-date (RFC 9110 10.2.3), from `nowMs`.
qint64 parseRetryAfter(const QByteArray &value, qint64 nowMs)
{
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = value.trimmed().toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : seconds * 1000;
    const QDateTime when
            = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return std::max<qint64>(0, when.toMSecsSinceEpoch() - nowMs);
}
} // namespace

QString ChannelKind::validateSecret(const QString &secret) const
{
    if (secretRequired() && secret.trimmed().isEmpty())
        return Tr::tr("The %1 is empty.").arg(secretLabel());
    return QString();
}

int ChannelKind::secretCount() const
{
    int n = 0;
    for (const ChannelField &f : fields())
        n += f.secret ? 1 : 0;
    return n;
}

QString ChannelKind::firstSecretKey() const
{
    for (const ChannelField &f : fields()) {
        if (f.secret)
            return f.key;
    }
    return QString();
}

QString ChannelKind::secretPart(const QString &secret, const QString &key)
{
    const QJsonObject parts = QJsonDocument::fromJson(secret.toUtf8()).object();
    return parts.value(key).toString();
}

Problems ChannelKind::build(const ChannelValues &values, QJsonObject *config, QString *secret) const
{
    Problems problems;
    QString secretKey;
    // One secret is kept as it is; several as a JSON object of them by key.
    const bool several = secretCount() > 1;
    QJsonObject parts;
    for (const ChannelField &f : fields()) {
        const QVariant value = values.value(f.key, f.defaultValue);
        if (f.secret) {
            const QString text = value.toString().trimmed();
            if (several) {
                if (!text.isEmpty())
                    parts.insert(f.key, text);
                continue;
            }
            *secret = text;
            secretKey = f.key;
            continue;
        }
        switch (f.type) {
        case ChannelField::Type::Number:
            config->insert(f.key, value.toInt());
            break;
        case ChannelField::Type::Flag:
            config->insert(f.key, value.toBool());
            break;
        case ChannelField::Type::List:
        case ChannelField::Type::Headers:
            config->insert(f.key, QJsonArray::fromStringList(value.toStringList()));
            break;
        default:
            if (!value.toString().isEmpty())
                config->insert(f.key, value.toString());
        }
    }
    if (several) {
        *secret = parts.isEmpty()
                ? QString()
                : QString::fromUtf8(QJsonDocument(parts).toJson(QJsonDocument::Compact));
        for (const ChannelField &f : fields()) {
            if (f.secret && f.required && !parts.contains(f.key))
                problems.append({f.key, Tr::tr("The %1 is empty.").arg(f.label.toLower())});
        }
    }
    problems += validateConfig(*config);
    if (several) {
        if (!secret->isEmpty() && problems.isEmpty())
            if (const QString why = validateSecret(*secret); !why.isEmpty())
                problems.append({firstSecretKey(), why});
    } else if (!secret->isEmpty() || secretRequired()) {
        if (const QString why = validateSecret(*secret); !why.isEmpty())
            problems.append({secretKey, why});
    }
    return problems;
}

ChannelField ChannelKind::secretUrlField(const QString &placeholder) const
{
    ChannelField f;
    f.key = QStringLiteral("url");
    f.label = secretLabel().left(1).toUpper() + secretLabel().mid(1);
    f.help = Tr::tr("Kept in the system keychain only; read from standard input on the "
                    "command line.");
    f.placeholder = placeholder;
    f.secret = true;
    f.required = true;
    return f;
}

QString UrlChannel::label() const
{
    return QCoreApplication::translate("ChannelEditor", m_label);
}

QString UrlChannel::secretLabel() const
{
    return QCoreApplication::translate("Channel", m_secretLabel);
}

QList<ChannelField> UrlChannel::fields() const
{
    return {secretUrlField(QString::fromLatin1(m_example))};
}

void UrlChannel::deliver(const DeliveryJob &job, DeliveryContext &context,
                         std::function<void(DeliveryResult)> done) const
{
    sendHttp(m_render(job), job.alert.eventId, context, std::move(done));
}

Problems UrlChannel::validateConfig(const QJsonObject &) const
{
    return {};
}

QString UrlChannel::validateSecret(const QString &secret) const
{
    const QString empty = ChannelKind::validateSecret(secret);
    return empty.isEmpty() ? checkHttpUrl(secret) : empty;
}

const QList<const ChannelKind *> &ChannelKinds::all()
{
    static const WebhookChannel webhook;
    static const EmailChannel email;
    static const DesktopChannel desktop;
    static const NtfyChannel ntfy;
    static const TelegramChannel telegram;
    static const TeamsChannel teams;
    static const PushoverChannel pushover;
    static const GotifyChannel gotify;
    static const MatrixChannel matrix;
    static const PagerDutyChannel pagerduty;
    static const OpsgenieChannel opsgenie;
    static const CommandChannel command;
    // In the order forms and --help list them.
    static const QList<const ChannelKind *> kinds = {
            &slack::channel(), &discord::channel(),
            &webhook,          &email,
            &desktop,          &ntfy,
            &telegram,         &teams,
            &pushover,         &gotify,
            &matrix,           &pagerduty,
            &opsgenie,         &command,
    };
    return kinds;
}

const ChannelKind *ChannelKinds::find(const QString &kind)
{
    for (const ChannelKind *k : all()) {
        if (k->kind() == kind)
            return k;
    }
    return nullptr;
}

QStringList ChannelKinds::names()
{
    QStringList out;
    for (const ChannelKind *k : all())
        out << k->kind();
    return out;
}

QString checkHttpUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || url.host().isEmpty())
        return Tr::tr("\"%1\" is not an http(s) URL.").arg(QStringLiteral("…"));
    return QString();
}

namespace {
/// A webhook URL is a secret (Slack's and Discord's carry their token in the path):
/// whatever a server or Qt says back must not repeat it into the history or the logs.
QString scrubUrl(QString text, const QUrl &url)
{
    const QString full = url.toString();
    if (!full.isEmpty())
        text.replace(full, QStringLiteral("…"));
    const QString path = url.path();
    if (path.size() > 1)
        text.replace(path, QStringLiteral("/…"));
    const QString query = url.query();
    if (!query.isEmpty())
        text.replace(query, QStringLiteral("…"));
    return text;
}
} // namespace

void sendHttp(const HttpRequestSpec &spec, const QString &eventId, DeliveryContext &context,
              std::function<void(DeliveryResult)> done)
{
    QNetworkRequest request{QUrl(spec.url.trimmed())};
    request.setTransferTimeout(kHttpTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Uptrack"));
    request.setRawHeader("X-Uptrack-Event-Id", eventId.toLatin1());
    for (const auto &h : spec.headers)
        request.setRawHeader(h.first, h.second);
    QNetworkReply *reply = context.network->sendCustomRequest(request, spec.method, spec.body);
    const QUrl target = request.url();
    const Clock *clock = context.clock;
    QObject::connect(
            reply, &QNetworkReply::finished, reply, [reply, target, clock, done = std::move(done)] {
                reply->deleteLater();
                const int status
                        = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                DeliveryResult r;
                if (status == 0) {
                    r.verdict = DeliveryResult::Verdict::Retry;
                    r.outcome = scrubUrl(reply->errorString(), target);
                } else {
                    QByteArray body = reply->read(200).simplified();
                    r.outcome = QStringLiteral("HTTP %1").arg(status);
                    if (!body.isEmpty() && (status < 200 || status >= 300))
                        r.outcome
                                += QStringLiteral(": ") + scrubUrl(QString::fromUtf8(body), target);
                    if (status >= 200 && status < 300)
                        r.verdict = DeliveryResult::Verdict::Delivered;
                    else if (status == 408 || status == 429 || status >= 500)
                        r.verdict = DeliveryResult::Verdict::Retry;
                    else
                        r.verdict = DeliveryResult::Verdict::Failed;
                    r.retryAfterMs
                            = parseRetryAfter(reply->rawHeader("Retry-After"), clock->nowMs());
                }
                done(r);
            });
}

} // namespace uptrack
