// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// uptrack channel add|list|test|remove and uptrack alerts.
#include "cli_p.h"

#include "notify/channelkind.h"
#include "notify/channels/webhook/webhookchannel.h"
#include "schedule/duration.h"
#include "secrets/secretstore.h"
#include "storage/alertrepository.h"
#include "storage/channelrepository.h"
#include "storage/monitorrepository.h"
#include "time/isotime.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QUuid>

#include <termios.h>
#include <unistd.h>

namespace uptrack::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// One line from the terminal without echo.
QString promptHidden(const QString &prompt)
{
    std::fprintf(stderr, "%s: ", qPrintable(prompt));
    std::fflush(stderr);
    termios old{};
    const bool tty = tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (tty)
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fprintf(stderr, "\n");
    return line;
}

QJsonObject channelToJson(const Channel &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), double(c.id));
    o.insert(QStringLiteral("name"), c.name);
    o.insert(QStringLiteral("kind"), c.kind);
    o.insert(QStringLiteral("config"), c.config);
    // A reference, never the secret itself.
    o.insert(QStringLiteral("secret"),
             c.secretRef.isEmpty() ? QJsonValue(QJsonValue::Null)
                                   : QJsonValue(QStringLiteral("keychain:uptrack/")
                                                + SecretStore::channelKey(c.secretRef)));
    QJsonArray on;
    if (c.onDown)
        on.append(QStringLiteral("down"));
    if (c.onUp)
        on.append(QStringLiteral("up"));
    o.insert(QStringLiteral("on"), on);
    o.insert(QStringLiteral("reminder"), double(c.reminderMs) / 1000.0);
    o.insert(QStringLiteral("default"), c.isDefault);
    o.insert(QStringLiteral("created"), isoOrNull(c.createdMs));
    return o;
}
} // namespace

QStringList Cli::readHeaderValues(const QStringList &names)
{
    QStringList values;
    if (isatty(STDIN_FILENO)) {
        for (const QString &name : names)
            values.append(promptHidden(Tr::tr("value of header %1").arg(name)));
    } else {
        QTextStream in(stdin);
        for (qsizetype i = 0; i < names.size(); ++i)
            values.append(in.readLine().trimmed());
    }
    return values;
}

bool Cli::readSecrets(const QString &label, int count, QStringList *secrets)
{
    if (isatty(STDIN_FILENO)) {
        secrets->append(promptHidden(label));
        for (int i = 1; i < count; ++i)
            secrets->append(promptHidden(
                    Tr::tr("value of header %1")
                            .arg(m_parser.values(QStringLiteral("secret-header")).value(i - 1))));
    } else {
        QTextStream in(stdin);
        for (int i = 0; i < count; ++i) {
            const QString line = in.readLine();
            if (line.isNull())
                break;
            secrets->append(line.trimmed());
        }
    }
    if (secrets->size() < count || secrets->first().isEmpty()) {
        err(Tr::tr("Expected the %1 on standard input (for example: echo \"$URL\" | uptrack "
                   "channel "
                   "add ...). Secrets are never taken from the command line.")
                    .arg(label));
        return false;
    }
    return true;
}

int Cli::channelCommand(const QString &verb, const QStringList &rest)
{
    if (verb == QLatin1String("add"))
        return channelAdd(rest);
    if (verb == QLatin1String("list"))
        return channelList();
    if (verb != QLatin1String("test") && verb != QLatin1String("remove")) {
        err(Tr::tr("unknown command \"channel %1\" (add, list, test, remove)").arg(verb));
        return Usage;
    }
    if (rest.size() != 1) {
        err(Tr::tr("usage: uptrack channel %1 NAME").arg(verb));
        return Usage;
    }
    return verb == QLatin1String("test") ? channelTest(rest[0]) : channelRemove(rest[0]);
}

int Cli::channelAdd(const QStringList &rest)
{
    if (!rest.isEmpty()) {
        err(Tr::tr("unexpected argument \"%1\": secrets are read from standard input, never from "
                   "the command line")
                    .arg(rest.first()));
        return Usage;
    }
    const QString kindName = m_parser.value(QStringLiteral("kind"));
    const ChannelKind *kind = ChannelKinds::find(kindName);
    if (!kind) {
        err(Tr::tr("--kind must be one of %1")
                    .arg(ChannelKinds::names().join(QStringLiteral(", "))));
        return Usage;
    }
    const QString name = m_parser.value(QStringLiteral("name")).trimmed();
    if (name.isEmpty()) {
        err(Tr::tr("uptrack channel add needs --name NAME"));
        return Usage;
    }

    QJsonObject config;
    if (kindName == QLatin1String("webhook")) {
        config.insert(QStringLiteral("method"),
                      m_parser.value(QStringLiteral("method")).isEmpty()
                              ? QStringLiteral("POST")
                              : m_parser.value(QStringLiteral("method")).toUpper());
        config.insert(QStringLiteral("content_type"),
                      m_parser.value(QStringLiteral("content-type")).isEmpty()
                              ? QStringLiteral("application/json")
                              : m_parser.value(QStringLiteral("content-type")));
        QJsonObject headers;
        for (const QString &h : m_parser.values(QStringLiteral("header"))) {
            const int colon = int(h.indexOf(QLatin1Char(':')));
            if (colon <= 0) {
                err(Tr::tr("--header: \"%1\" is not \"Name: value\"").arg(h));
                return Usage;
            }
            headers.insert(h.left(colon).trimmed(), h.mid(colon + 1).trimmed());
        }
        config.insert(QStringLiteral("headers"), headers);
        QString tmpl = m_parser.value(QStringLiteral("template"));
        if (m_parser.isSet(QStringLiteral("template-file"))) {
            QFile f(m_parser.value(QStringLiteral("template-file")));
            if (!f.open(QIODevice::ReadOnly)) {
                err(Tr::tr("--template-file: cannot read %1").arg(f.fileName()));
                return Usage;
            }
            tmpl = QString::fromUtf8(f.readAll());
        }
        if (!tmpl.isEmpty())
            config.insert(QStringLiteral("template"), tmpl);
    } else if (kindName == QLatin1String("email")) {
        const QString tls = m_parser.value(QStringLiteral("tls")).isEmpty()
                ? QStringLiteral("starttls")
                : m_parser.value(QStringLiteral("tls"));
        config.insert(QStringLiteral("host"), m_parser.value(QStringLiteral("smtp-host")));
        config.insert(QStringLiteral("tls"), tls);
        config.insert(QStringLiteral("port"),
                      m_parser.isSet(QStringLiteral("smtp-port"))
                              ? m_parser.value(QStringLiteral("smtp-port")).toInt()
                              : (tls == QLatin1String("tls") ? 465 : 587));
        config.insert(QStringLiteral("from"), m_parser.value(QStringLiteral("from")));
        config.insert(QStringLiteral("to"),
                      QJsonArray::fromStringList(m_parser.values(QStringLiteral("to"))));
        if (m_parser.isSet(QStringLiteral("username")))
            config.insert(QStringLiteral("username"), m_parser.value(QStringLiteral("username")));
        if (m_parser.isSet(QStringLiteral("ca-file")))
            config.insert(QStringLiteral("ca_file"),
                          QFileInfo(m_parser.value(QStringLiteral("ca-file"))).absoluteFilePath());
        if (m_parser.isSet(QStringLiteral("no-verify")))
            config.insert(QStringLiteral("verify"), false);
    }
    if (const QString why = kind->validateConfig(config); !why.isEmpty()) {
        err(why);
        return Usage;
    }

    bool onDown = true, onUp = true;
    if (m_parser.isSet(QStringLiteral("on"))) {
        const QStringList on = m_parser.value(QStringLiteral("on")).split(QLatin1Char(','));
        onDown = on.contains(QStringLiteral("down"));
        onUp = on.contains(QStringLiteral("up"));
        if (!onDown && !onUp) {
            err(Tr::tr("--on: down, up or down,up"));
            return Usage;
        }
    }
    qint64 reminderMs = 0;
    if (m_parser.isSet(QStringLiteral("reminder"))) {
        QString why;
        const auto ms = parseDuration(m_parser.value(QStringLiteral("reminder")), &why);
        if (!ms || (*ms > 0 && *ms < 60'000)) {
            err(Tr::tr("--reminder: %1").arg(ms ? Tr::tr("at least 1m, or 0 for none") : why));
            return Usage;
        }
        reminderMs = *ms;
    }

    // The secret: from standard input or a prompt, into the keychain, never elsewhere.
    QString secret;
    const bool wantsSecret = kind->secretRequired()
            || (kindName == QLatin1String("email") && m_parser.isSet(QStringLiteral("username")));
    if (wantsSecret) {
        const QStringList secretHeaders = m_parser.values(QStringLiteral("secret-header"));
        QStringList values;
        if (!readSecrets(kind->secretLabel(), 1 + int(secretHeaders.size()), &values))
            return Usage;
        secret = values.first();
        if (kindName == QLatin1String("webhook")) {
            QList<QPair<QString, QString>> headers;
            for (int i = 0; i < secretHeaders.size(); ++i)
                headers.append({secretHeaders[i], values.value(i + 1)});
            secret = WebhookChannel::makeSecret(secret, headers);
        }
        if (const QString why = kind->validateSecret(secret); !why.isEmpty()) {
            err(why);
            return Usage;
        }
    }
    QString secretRef;
    SecretStore secrets;
    if (!secret.isEmpty()) {
        secretRef = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QString error;
        if (!secrets.writeSync(SecretStore::channelKey(secretRef), secret, &error)) {
            err(error);
            return Failed;
        }
    }
    const QJsonObject reply = execute(QJsonObject{
            {QStringLiteral("command"), QStringLiteral("channel.add")},
            {QStringLiteral("name"), name},
            {QStringLiteral("kind"), kindName},
            {QStringLiteral("config"), config},
            {QStringLiteral("secret_ref"), secretRef},
            {QStringLiteral("on_down"), onDown},
            {QStringLiteral("on_up"), onUp},
            {QStringLiteral("reminder_ms"), double(reminderMs)},
            {QStringLiteral("is_default"), m_parser.isSet(QStringLiteral("default"))},
    });
    if (!reply.value(QLatin1String("ok")).toBool()) {
        QString ignored;
        if (!secretRef.isEmpty())
            secrets.removeSync(SecretStore::channelKey(secretRef), &ignored);
        err(reply.value(QLatin1String("error")).toString());
        return Failed;
    }
    if (!openDatabase())
        return Failed;
    const auto c = ChannelRepository(*m_db).find(name);
    if (!c)
        return Failed;
    if (m_json)
        printJson(channelToJson(*c));
    else
        out(Tr::tr("Added the %1 channel \"%2\". Try it: uptrack channel test %2\n")
                    .arg(c->kind, c->name));
    return Ok;
}

int Cli::channelList()
{
    QList<Channel> channels;
    if (QFileInfo::exists(m_dbPath)) {
        if (!openDatabase())
            return Failed;
        ChannelRepository repo(*m_db);
        if (!repo.loadAll(&channels)) {
            err(m_db->describe(repo.lastError()));
            return Failed;
        }
    }
    if (m_json) {
        QJsonArray array;
        for (const Channel &c : std::as_const(channels))
            array.append(channelToJson(c));
        printJson(array);
        return Ok;
    }
    if (channels.isEmpty()) {
        out(Tr::tr("No channels. Add one with: echo \"$WEBHOOK_URL\" | uptrack channel add --kind "
                   "slack --name ops\n"));
        return Ok;
    }
    for (const Channel &c : std::as_const(channels)) {
        QStringList on;
        if (c.onDown)
            on << Tr::tr("down");
        if (c.onUp)
            on << Tr::tr("up");
        out(QStringLiteral("%1 %2 %3%4%5\n")
                    .arg(c.name, -20)
                    .arg(c.kind, -8)
                    .arg(on.join(QLatin1Char('+')))
                    .arg(c.reminderMs > 0
                                 ? Tr::tr(", reminder every %1").arg(formatDuration(c.reminderMs))
                                 : QString())
                    .arg(c.isDefault ? Tr::tr(", default") : QString()));
    }
    return Ok;
}

int Cli::channelTest(const QString &ref)
{
    const QJsonObject reply
            = execute(QJsonObject{{QStringLiteral("command"), QStringLiteral("channel.test")},
                                  {QStringLiteral("channel"), ref}});
    if (!reply.value(QLatin1String("ok")).toBool()) {
        err(reply.value(QLatin1String("error")).toString());
        return Failed;
    }
    const bool delivered = reply.value(QLatin1String("delivered")).toBool();
    const QString outcome = reply.value(QLatin1String("outcome")).toString();
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("channel"), ref},
                              {QStringLiteral("delivered"), delivered},
                              {QStringLiteral("outcome"), outcome}});
    } else if (delivered) {
        out(Tr::tr("Delivered (%1).\n").arg(outcome));
    } else {
        err(Tr::tr("Not delivered: %1").arg(outcome));
    }
    return delivered ? Ok : Failed;
}

int Cli::channelRemove(const QString &ref)
{
    const QJsonObject reply
            = execute(QJsonObject{{QStringLiteral("command"), QStringLiteral("channel.remove")},
                                  {QStringLiteral("channel"), ref}});
    if (!reply.value(QLatin1String("ok")).toBool()) {
        err(reply.value(QLatin1String("error")).toString());
        return Failed;
    }
    const QString secretRef = reply.value(QLatin1String("secret_ref")).toString();
    if (!secretRef.isEmpty()) {
        QString error;
        if (!SecretStore().removeSync(SecretStore::channelKey(secretRef), &error))
            err(Tr::tr("The channel is gone, but its secret could not be removed from the "
                       "keychain: %1")
                        .arg(error));
    }
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("name"), ref}, {QStringLiteral("removed"), true}});
    else
        out(Tr::tr("Removed the channel \"%1\".\n").arg(ref));
    return Ok;
}

int Cli::alerts()
{
    int limit = 100;
    if (!limitOption(&limit))
        return Usage;
    if (!QFileInfo::exists(m_dbPath)) {
        if (m_json)
            printJson(QJsonArray());
        return Ok;
    }
    if (!openDatabase())
        return Failed;
    qint64 monitorId = 0;
    if (m_parser.isSet(QStringLiteral("monitor"))) {
        const auto m = findMonitor(m_parser.value(QStringLiteral("monitor")));
        if (!m)
            return Failed;
        monitorId = m->id;
    }
    AlertRepository repo(*m_db);
    ChannelRepository channelRepo(*m_db);
    QList<Channel> channelList;
    channelRepo.loadAll(&channelList);
    QHash<qint64, QString> channelNames;
    for (const Channel &c : std::as_const(channelList))
        channelNames.insert(c.id, c.name);
    QList<Alert> list;
    if (!repo.alerts(monitorId, limit, &list)) {
        err(m_db->describe(repo.lastError()));
        return Failed;
    }
    QJsonArray array;
    for (const Alert &a : std::as_const(list)) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), double(a.id));
        o.insert(QStringLiteral("event_id"), a.eventId);
        o.insert(QStringLiteral("kind"), alertKindName(a.kind));
        o.insert(QStringLiteral("time"), isoUtc(a.createdMs));
        o.insert(QStringLiteral("monitor"), a.facts.value(QLatin1String("monitor")));
        o.insert(QStringLiteral("monitor_id"),
                 a.monitorId > 0 ? QJsonValue(double(a.monitorId)) : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("facts"), a.facts);
        QJsonArray deliveries;
        QList<Delivery> ds;
        repo.deliveriesOf(a.id, &ds);
        for (const Delivery &d : std::as_const(ds)) {
            QJsonArray attempts;
            QList<DeliveryAttempt> as;
            repo.attemptsOf(d.id, &as);
            for (const DeliveryAttempt &t : std::as_const(as))
                attempts.append(QJsonObject{{QStringLiteral("time"), isoUtc(t.timeMs)},
                                            {QStringLiteral("success"), t.success},
                                            {QStringLiteral("outcome"), t.outcome}});
            deliveries.append(
                    QJsonObject{{QStringLiteral("channel"), channelNames.value(d.channelId)},
                                {QStringLiteral("channel_id"), double(d.channelId)},
                                {QStringLiteral("state"), deliveryStateName(d.state)},
                                {QStringLiteral("attempts"), d.attempts},
                                {QStringLiteral("outcome"), d.outcome},
                                {QStringLiteral("next_attempt"),
                                 d.state == DeliveryState::Pending ? isoOrNull(d.nextAttemptMs)
                                                                   : QJsonValue(QJsonValue::Null)},
                                {QStringLiteral("done"), isoOrNull(d.doneMs)},
                                {QStringLiteral("tries"), attempts}});
        }
        o.insert(QStringLiteral("deliveries"), deliveries);
        array.append(o);
    }
    if (m_json) {
        printJson(array);
        return Ok;
    }
    if (array.isEmpty()) {
        out(Tr::tr("No alerts yet.\n"));
        return Ok;
    }
    for (const QJsonValue &v : std::as_const(array)) {
        const QJsonObject o = v.toObject();
        const qint64 when = QDateTime::fromString(o.value(QLatin1String("time")).toString(),
                                                  Qt::ISODateWithMs)
                                    .toMSecsSinceEpoch();
        out(localTime(when) + QStringLiteral("  ")
            + o.value(QLatin1String("kind")).toString().toUpper().leftJustified(9)
            + o.value(QLatin1String("monitor")).toString() + QLatin1Char('\n'));
        for (const QJsonValue &d : o.value(QLatin1String("deliveries")).toArray()) {
            const QJsonObject dd = d.toObject();
            const int attempts = dd.value(QLatin1String("attempts")).toInt();
            const QString tries = attempts == 1
                    ? Tr::tr("%n attempt", nullptr, attempts)
                    : Tr::tr("%n attempts", nullptr, attempts); // English plural without a .qm
            out(QStringLiteral("    -> %1: %2 (%3) %4\n")
                        .arg(dd.value(QLatin1String("channel")).toString(),
                             dd.value(QLatin1String("state")).toString(), tries,
                             dd.value(QLatin1String("outcome")).toString()));
        }
    }
    return Ok;
}

} // namespace uptrack::cli
