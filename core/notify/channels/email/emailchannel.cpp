// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emailchannel.h"

#include "notify/alertmessage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QPointer>
#include <QThreadPool>

#include <curl/curl.h>

#include <mutex>

namespace uptrack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Channel)
};

QStringList recipients(const QJsonObject &config)
{
    QStringList out;
    for (const QJsonValue &v : config.value(QLatin1String("to")).toArray())
        out << v.toString().trimmed();
    return out;
}

bool plausibleAddress(const QString &a)
{
    const int at = int(a.indexOf(QLatin1Char('@')));
    return at > 0 && at < a.size() - 1 && !a.contains(QLatin1Char(' '))
            && !a.contains(QLatin1Char('<')) && !a.contains(QLatin1Char('\r'))
            && !a.contains(QLatin1Char('\n'));
}

QByteArray encodedWord(const QString &text)
{
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + "\r\n";
    return out;
}

QString htmlEscaped(const QString &s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

struct Upload
{
    QByteArray data;
    size_t offset = 0;
};

size_t readCallback(char *buffer, size_t size, size_t count, void *user)
{
    auto *u = static_cast<Upload *>(user);
    const size_t n = std::min(size * count, size_t(u->data.size()) - u->offset);
    memcpy(buffer, u->data.constData() + u->offset, n);
    u->offset += n;
    return n;
}

// Runs on a pool thread: libcurl blocks, the core's event loop does not.
DeliveryResult sendMail(const QJsonObject config, const QString password, const QByteArray message)
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });

    const QString tls = config.value(QLatin1String("tls")).toString(QStringLiteral("starttls"));
    const QString host = config.value(QLatin1String("host")).toString();
    const int port
            = config.value(QLatin1String("port")).toInt(tls == QLatin1String("tls") ? 465 : 587);
    const QByteArray url = QStringLiteral("%1://%2:%3")
                                   .arg(tls == QLatin1String("tls") ? QStringLiteral("smtps")
                                                                    : QStringLiteral("smtp"),
                                        host)
                                   .arg(port)
                                   .toUtf8();
    const QByteArray from = config.value(QLatin1String("from")).toString().toUtf8();
    const QByteArray user = config.value(QLatin1String("username")).toString().toUtf8();
    const QByteArray pass = password.toUtf8();
    const QByteArray caFile = config.value(QLatin1String("ca_file")).toString().toUtf8();
    const bool verify = config.value(QLatin1String("verify")).toBool(true);

    CURL *curl = curl_easy_init();
    DeliveryResult r;
    if (!curl) {
        r.verdict = DeliveryResult::Verdict::Retry;
        r.outcome = Tr::tr("libcurl could not start");
        return r;
    }
    curl_slist *rcpt = nullptr;
    for (const QString &to : recipients(config))
        rcpt = curl_slist_append(rcpt, ("<" + to.toUtf8() + ">").constData());
    Upload upload{message, 0};
    char errorBuffer[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, ("<" + from + ">").constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpt);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readCallback);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 15L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 60L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    if (tls == QLatin1String("starttls"))
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, pass.constData());
    }
    if (!caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());
    if (!verify) {
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
    }
    const CURLcode code = curl_easy_perform(curl);
    long smtp = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &smtp);
    curl_slist_free_all(rcpt);
    curl_easy_cleanup(curl);

    if (code == CURLE_OK) {
        r.verdict = DeliveryResult::Verdict::Delivered;
        r.outcome = QStringLiteral("SMTP %1").arg(smtp ? smtp : 250);
        return r;
    }
    const QString why = QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code));
    r.outcome = smtp ? QStringLiteral("SMTP %1: %2").arg(smtp).arg(why) : why;
    // 5xx and a refused login will not fix themselves; the rest may.
    const bool permanent = (smtp >= 500 && smtp < 600) || code == CURLE_LOGIN_DENIED
            || code == CURLE_URL_MALFORMAT || code == CURLE_SSL_CACERT_BADFILE;
    r.verdict = permanent ? DeliveryResult::Verdict::Failed : DeliveryResult::Verdict::Retry;
    return r;
}
} // namespace

QString EmailChannel::label() const
{
    return QCoreApplication::translate("ChannelEditor", "Email");
}

QString EmailChannel::secretLabel() const
{
    return Tr::tr("SMTP password");
}

QList<ChannelField> EmailChannel::fields() const
{
    using Type = ChannelField::Type;
    ChannelField host{QStringLiteral("host"),      Type::Text,
                      Tr::tr("SMTP host"),         Tr::tr("The mail server that sends the alerts."),
                      QStringLiteral("smtp-host"), Tr::tr("host")};
    host.placeholder = QStringLiteral("smtp.example.com");
    host.required = true;
    ChannelField port{QStringLiteral("port"),
                      Type::Number,
                      Tr::tr("Port"),
                      Tr::tr("SMTP port (default 587, or 465 with TLS)."),
                      QStringLiteral("smtp-port"),
                      Tr::tr("port")};
    port.placeholder = Tr::tr("587 (465 with TLS)");
    ChannelField tls{QStringLiteral("tls"), Type::Choice,
                     Tr::tr("Security"),    Tr::tr("none, starttls (default) or tls."),
                     QStringLiteral("tls"), Tr::tr("mode")};
    tls.defaultValue = QStringLiteral("starttls");
    tls.choices = {QStringLiteral("starttls"), QStringLiteral("tls"), QStringLiteral("none")};
    tls.choiceLabels = {QCoreApplication::translate("ChannelEditor", "STARTTLS"),
                        QCoreApplication::translate("ChannelEditor", "TLS"),
                        QCoreApplication::translate("ChannelEditor", "None (plain text)")};
    ChannelField username{QStringLiteral("username"),
                          Type::Text,
                          Tr::tr("Login"),
                          Tr::tr("SMTP login; the password is read like a secret."),
                          QStringLiteral("username"),
                          Tr::tr("user")};
    ChannelField password{QStringLiteral("password"), Type::Text, Tr::tr("Password"),
                          Tr::tr("Kept in the system keychain only; read from standard input "
                                 "on the command line.")};
    password.secret = true;
    password.requiredWith = QStringLiteral("username");
    ChannelField from{QStringLiteral("from"), Type::Text,
                      Tr::tr("From"),         Tr::tr("Sender address."),
                      QStringLiteral("from"), Tr::tr("address")};
    from.placeholder = QStringLiteral("uptrack@example.com");
    from.required = true;
    ChannelField to{QStringLiteral("to"), Type::List,
                    Tr::tr("To"),         Tr::tr("Recipient address (repeat for more)."),
                    QStringLiteral("to"), Tr::tr("address")};
    to.placeholder
            = QCoreApplication::translate("ChannelEditor", "admin@example.com, boss@example.com");
    to.required = true;
    ChannelField caFile{QStringLiteral("ca_file"),
                        Type::File,
                        Tr::tr("CA certificate"),
                        Tr::tr("Extra CA certificate for the SMTP server (a LAN server's own)."),
                        QStringLiteral("ca-file"),
                        Tr::tr("path")};
    caFile.placeholder = QCoreApplication::translate(
            "ChannelEditor", "optional: a CA certificate file for a LAN server");
    ChannelField verify{
            QStringLiteral("verify"), Type::Flag, Tr::tr("Verify the server's certificate"),
            Tr::tr("Do not verify the SMTP server's certificate."), QStringLiteral("no-verify")};
    verify.defaultValue = true;
    return {host, port, tls, username, password, from, to, caFile, verify};
}

Problems EmailChannel::build(const ChannelValues &values, QJsonObject *config,
                             QString *secret) const
{
    auto text = [&values](const char *key) {
        return values.value(QLatin1String(key)).toString().trimmed();
    };
    const QString tls = text("tls").isEmpty() ? QStringLiteral("starttls") : text("tls");
    config->insert(QStringLiteral("host"), text("host"));
    config->insert(QStringLiteral("tls"), tls);
    const int port = values.value(QStringLiteral("port")).toInt();
    config->insert(QStringLiteral("port"),
                   port != 0                             ? port
                           : tls == QLatin1String("tls") ? 465
                                                         : 587);
    config->insert(QStringLiteral("from"), text("from"));
    QStringList to;
    for (const QString &a : values.value(QStringLiteral("to")).toStringList())
        to.append(a.trimmed());
    config->insert(QStringLiteral("to"), QJsonArray::fromStringList(to));
    if (!text("username").isEmpty())
        config->insert(QStringLiteral("username"), text("username"));
    if (!text("ca_file").isEmpty())
        config->insert(QStringLiteral("ca_file"), text("ca_file"));
    if (!values.value(QStringLiteral("verify"), true).toBool())
        config->insert(QStringLiteral("verify"), false);
    // A password only goes with a login.
    *secret = text("username").isEmpty() ? QString() : text("password");
    return validateConfig(*config);
}

Problems EmailChannel::validateConfig(const QJsonObject &config) const
{
    Problems problems;
    auto problem = [&problems](const char *field, const QString &message) {
        problems.append({QLatin1String(field), message});
    };
    if (config.value(QLatin1String("host")).toString().trimmed().isEmpty())
        problem("host", Tr::tr("An email channel needs an SMTP host (--smtp-host)."));
    const QString tls = config.value(QLatin1String("tls")).toString(QStringLiteral("starttls"));
    if (!QStringList{QStringLiteral("none"), QStringLiteral("starttls"), QStringLiteral("tls")}
                 .contains(tls))
        problem("tls", Tr::tr("TLS must be none, starttls or tls (got %1).").arg(tls));
    const int port = config.value(QLatin1String("port")).toInt(587);
    if (port < 1 || port > 65535)
        problem("port", Tr::tr("The SMTP port must be 1-65535."));
    if (!plausibleAddress(config.value(QLatin1String("from")).toString()))
        problem("from", Tr::tr("The sender address (--from) is missing or not an address."));
    const QStringList to = recipients(config);
    if (to.isEmpty())
        problem("to", Tr::tr("An email channel needs at least one recipient (--to)."));
    for (const QString &a : to) {
        if (!plausibleAddress(a)) {
            problem("to", Tr::tr("\"%1\" is not an email address.").arg(a));
            break;
        }
    }
    return problems;
}

QByteArray EmailChannel::renderMessage(const DeliveryJob &job)
{
    const AlertMessage m = AlertMessage::from(job.alert);
    const QJsonObject &c = job.channel.config;
    const QByteArray boundary = "uptrack-" + job.alert.eventId.toLatin1();

    QString text = m.summary + QStringLiteral("\n\n");
    QString html = QStringLiteral("<html><body style=\"font-family:sans-serif\">"
                                  "<h2 style=\"color:%1\">%2</h2><p>%3</p><table>")
                           .arg(m.colorHex, htmlEscaped(m.title), htmlEscaped(m.summary));
    for (const auto &f : m.fields) {
        text += f.first + QStringLiteral(": ") + f.second + QLatin1Char('\n');
        html += QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>")
                        .arg(htmlEscaped(f.first), htmlEscaped(f.second));
    }
    text += QStringLiteral("\n-- \nUptrack, event %1\n").arg(m.eventId);
    html += QStringLiteral("</table><p style=\"color:#888\">Uptrack, event %1</p></body></html>")
                    .arg(m.eventId.toHtmlEscaped());

    QByteArray out;
    out += "Date: " + QDateTime::fromMSecsSinceEpoch(m.timeMs).toString(Qt::RFC2822Date).toLatin1()
            + "\r\n";
    out += "From: Uptrack <" + c.value(QLatin1String("from")).toString().toUtf8() + ">\r\n";
    out += "To: " + recipients(c).join(QStringLiteral(", ")).toUtf8() + "\r\n";
    out += "Subject: " + encodedWord(m.title) + "\r\n";
    out += "Message-ID: <" + job.alert.eventId.toLatin1() + "@uptrack>\r\n";
    out += "X-Uptrack-Event-Id: " + job.alert.eventId.toLatin1() + "\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n";
    out += "--" + boundary
            + "\r\nContent-Type: text/plain; charset=utf-8\r\n"
              "Content-Transfer-Encoding: base64\r\n\r\n"
            + base64Lines(text.toUtf8());
    out += "--" + boundary
            + "\r\nContent-Type: text/html; charset=utf-8\r\n"
              "Content-Transfer-Encoding: base64\r\n\r\n"
            + base64Lines(html.toUtf8());
    out += "--" + boundary + "--\r\n";
    return out;
}

void EmailChannel::deliver(const DeliveryJob &job, DeliveryContext &context,
                           std::function<void(DeliveryResult)> done) const
{
    const QByteArray message = renderMessage(job);
    const QJsonObject config = job.channel.config;
    const QString password = job.secret;
    QPointer<QObject> home(context.home);
    QThreadPool::globalInstance()->start([home, config, password, message, done = std::move(done)] {
        const DeliveryResult r = sendMail(config, password, message);
        if (home)
            QMetaObject::invokeMethod(
                    home, [done, r] { done(r); }, Qt::QueuedConnection);
    });
}

} // namespace uptrack
