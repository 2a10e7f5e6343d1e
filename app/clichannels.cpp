// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// uptrack channel add|list|test|remove and uptrack alerts. The options of "channel add"
// come from the channel kinds' own field descriptions: no kind is named here.
#include "cli_p.h"

#include "api/ownspec.h"
#include "notify/channelkind.h"
#include "platform/platform.h"
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

#include <cstdlib>

namespace uptrack::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QJsonObject channelToJson(const Channel &c)
{
    return uptrack::channelToJson(
            c,
            c.secretRef.isEmpty() ? QString()
                                  : SecretStore::locate(SecretStore::channelKey(c.secretRef)));
}
} // namespace

bool Cli::readSecrets(const QStringList &labels, QStringList *values, qsizetype required)
{
    if (required < 0)
        required = labels.size();
    if (servesRemoteCaller()
        && qEnvironmentVariable("UPTRACK_REMOTE_PROMPT") == QLatin1String("1")) {
        // The caller types them on its own terminal and sends the command again.
        printJson(QJsonObject{{QStringLiteral("prompts"), QJsonArray::fromStringList(labels)}});
        std::exit(ownapi::kCliPromptExit);
    }
    if (platform::stdinIsTerminal()) {
        for (const QString &label : labels)
            values->append(platform::readLineHidden(label));
    } else {
        QTextStream in(stdin);
        for (qsizetype i = 0; i < labels.size(); ++i) {
            const QString line = in.readLine();
            if (line.isNull())
                break;
            values->append(line.trimmed());
        }
    }
    if (required > 0 && (values->size() < required || values->value(0).isEmpty())) {
        err(Tr::tr("Expected the %1 on standard input (for example: echo \"$URL\" | uptrack "
                   "channel "
                   "add ...). Secrets are never taken from the command line.")
                    .arg(labels.value(values->size() < required ? values->size() : 0)));
        return false;
    }
    while (values->size() < labels.size())
        values->append(QString()); // optional ones not given
    return true;
}

int Cli::channelCommand(const QString &verb, const QStringList &rest)
{
    if (verb == QLatin1String("add"))
        return channelAdd(rest);
    if (verb == QLatin1String("list"))
        return channelList();
    if (rest.size() != 1) {
        err(Tr::tr("usage: uptrack channel %1 NAME").arg(verb));
        return Usage;
    }
    if (verb == QLatin1String("edit"))
        return channelEdit(rest[0]);
    return verb == QLatin1String("test") ? channelTest(rest[0]) : channelRemove(rest[0]);
}

bool Cli::eventOptions(std::optional<bool> *onDown, std::optional<bool> *onUp,
                       std::optional<qint64> *reminderMs)
{
    if (m_parser.isSet(QStringLiteral("on"))) {
        const QStringList on = m_parser.value(QStringLiteral("on")).split(QLatin1Char(','));
        *onDown = on.contains(QStringLiteral("down"));
        *onUp = on.contains(QStringLiteral("up"));
        if (!**onDown && !**onUp) {
            err(Tr::tr("--on: down, up or down,up"));
            return false;
        }
    }
    if (m_parser.isSet(QStringLiteral("reminder"))) {
        QString why;
        const auto ms = parseDuration(m_parser.value(QStringLiteral("reminder")), &why);
        if (!ms || (*ms > 0 && *ms < 60'000)) {
            err(Tr::tr("--reminder: %1").arg(ms ? Tr::tr("at least 1m, or 0 for none") : why));
            return false;
        }
        *reminderMs = *ms;
    }
    return true;
}

int Cli::channelEdit(const QString &ref)
{
    command::EditChannel edit;
    edit.channel = ref;
    if (m_parser.isSet(QStringLiteral("name")))
        edit.name = m_parser.value(QStringLiteral("name"));
    if (!eventOptions(&edit.onDown, &edit.onUp, &edit.reminderMs))
        return Usage;
    if (m_parser.isSet(QStringLiteral("default"))
        && m_parser.isSet(QStringLiteral("not-default"))) {
        err(Tr::tr("--default and --not-default: choose one."));
        return Usage;
    }
    if (m_parser.isSet(QStringLiteral("default")))
        edit.isDefault = true;
    if (m_parser.isSet(QStringLiteral("not-default")))
        edit.isDefault = false;
    const command::Reply reply = execute(edit);
    if (!reply.ok) {
        printFailure(reply);
        return Failed;
    }
    if (!openDatabase())
        return Failed;
    const auto c = ChannelRepository(*m_db).find(QString::number(reply.id));
    if (!c)
        return Failed;
    if (m_json)
        printJson(channelToJson(*c));
    else
        out(Tr::tr("Changed the channel \"%1\".\n").arg(c->name));
    return Ok;
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
    // A program run on the core's machine: set up there, unless the core allows it.
    if (kindName == QLatin1String("command") && servesRemoteCaller()
        && qEnvironmentVariable("UPTRACK_REMOTE_COMMAND_CHANNELS") != QLatin1String("1")) {
        err(Tr::tr("A command channel runs a program on the server: add it there with uptrack "
                   "channel add --kind command, or start the server with "
                   "--api-allows-command-channels."));
        return Failed;
    }
    ChannelSpec spec;
    spec.kind = kindName;
    spec.name = m_parser.value(QStringLiteral("name")).trimmed();
    if (spec.name.isEmpty()) {
        err(Tr::tr("uptrack channel add needs --name NAME"));
        return Usage;
    }

    // The kind's own fields, from their options.
    using Type = ChannelField::Type;
    ChannelValues values;
    QList<ChannelField> secretFields;
    for (const ChannelField &f : kind->fields()) {
        if (f.secret) {
            secretFields.append(f);
            continue;
        }
        if (f.type == Type::Multiline && m_parser.isSet(f.option + QStringLiteral("-file"))) {
            QFile file(m_parser.value(f.option + QStringLiteral("-file")));
            if (!file.open(QIODevice::ReadOnly)) {
                err(Tr::tr("--%1-file: cannot read %2").arg(f.option, file.fileName()));
                return Usage;
            }
            values.insert(f.key, QString::fromUtf8(file.readAll()));
        }
        if (f.option.isEmpty() || !m_parser.isSet(f.option))
            continue;
        switch (f.type) {
        case Type::Flag:
            values.insert(f.key, !f.defaultValue.toBool()); // the option flips the default
            break;
        case Type::List:
        case Type::Headers:
            values.insert(f.key, m_parser.values(f.option));
            break;
        case Type::Number: {
            bool ok = false;
            const int n = m_parser.value(f.option).toInt(&ok);
            if (!ok) {
                err(Tr::tr("--%1: \"%2\" is not a number").arg(f.option, m_parser.value(f.option)));
                return Usage;
            }
            values.insert(f.key, n);
            break;
        }
        case Type::File:
            values.insert(f.key, QFileInfo(m_parser.value(f.option)).absoluteFilePath());
            break;
        default:
            values.insert(f.key, m_parser.value(f.option));
        }
    }

    // Its secrets: from standard input or a prompt, never from the command line. A list
    // of secret headers names them with its option; their values follow the URL.
    // An optional secret (ntfy's access token) comes last, when a line is there for it.
    QStringList labels;
    QList<QPair<const ChannelField *, QStringList>> wanted; // field, header names
    QList<const ChannelField *> optional;
    for (const ChannelField &f : std::as_const(secretFields)) {
        if (f.type == Type::Headers) {
            const QStringList names = m_parser.values(f.option);
            for (const QString &name : names)
                labels.append(Tr::tr("value of header %1").arg(name));
            if (!names.isEmpty())
                wanted.append(qMakePair(&f, names));
        } else if (f.required
                   || (!f.requiredWith.isEmpty()
                       && !values.value(f.requiredWith).toString().isEmpty())) {
            // Several secrets (Pushover's token and key) are each asked for by name.
            labels.append(kind->secretLabel().isEmpty() || secretFields.size() > 1
                                  ? f.label.toLower()
                                  : kind->secretLabel());
            wanted.append(qMakePair(&f, QStringList()));
        } else if (f.requiredWith.isEmpty()) {
            optional.append(&f);
        }
    }
    const qsizetype required = labels.size();
    for (const ChannelField *f : std::as_const(optional)) {
        labels.append(Tr::tr("%1 (optional; Enter for none)").arg(f->label.toLower()));
        wanted.append(qMakePair(f, QStringList()));
    }
    if (!labels.isEmpty()) {
        QStringList lines;
        if (!readSecrets(labels, &lines, required))
            return Usage;
        qsizetype next = 0;
        for (const auto &[field, names] : std::as_const(wanted)) {
            if (names.isEmpty()) {
                values.insert(field->key, lines.value(next++));
                continue;
            }
            QStringList headers;
            for (const QString &name : names)
                headers.append(name + QStringLiteral(": ") + lines.value(next++));
            values.insert(field->key, headers);
        }
    }
    const Problems problems = kind->build(values, &spec.config, &spec.secret);
    if (!problems.isEmpty()) {
        for (const Problem &p : problems)
            err(p.message);
        return Usage;
    }

    std::optional<bool> onDown, onUp;
    std::optional<qint64> reminderMs;
    if (!eventOptions(&onDown, &onUp, &reminderMs))
        return Usage;
    spec.onDown = onDown.value_or(spec.onDown);
    spec.onUp = onUp.value_or(spec.onUp);
    spec.reminderMs = reminderMs.value_or(spec.reminderMs);
    spec.isDefault = m_parser.isSet(QStringLiteral("default"));

    // The core keeps the secret in the keychain; if it cannot, nothing is added.
    const bool toAll = m_parser.isSet(QStringLiteral("apply-to-existing"));
    const command::Reply reply = execute(command::AddChannel{spec, toAll});
    if (!reply.ok) {
        printFailure(reply);
        return Failed;
    }
    if (!openDatabase())
        return Failed;
    const auto c = ChannelRepository(*m_db).find(spec.name);
    if (!c)
        return Failed;
    if (m_json) {
        printJson(channelToJson(*c));
        return Ok;
    }
    out(Tr::tr("Added the %1 channel \"%2\". Try it: uptrack channel test %2\n")
                .arg(c->kind, c->name));
    QList<Monitor> monitors;
    MonitorRepository(*m_db).loadAll(&monitors);
    const auto without = std::count_if(monitors.cbegin(), monitors.cend(),
                                       [](const Monitor &m) { return m.channelIds.isEmpty(); });
    if (toAll)
        out(Tr::tr("Every monitor uses it now (%1 in all).\n").arg(monitors.size()));
    else if (spec.isDefault && !monitors.isEmpty())
        out(Tr::tr("New monitors will use it; the %n existing monitor(s) do not (give it to "
                   "one with: uptrack monitor edit MONITOR --channel %1; to all, add the channel "
                   "with --apply-to-existing).\n",
                   nullptr, int(monitors.size()))
                    .arg(c->name));
    if (!toAll && without > 0)
        err(Tr::tr("Warning: %n monitor(s) have no channel at all: nobody is alerted when they "
                   "fail.",
                   nullptr, int(without)));
    return Ok;
}

int Cli::channelList()
{
    QList<Channel> channels;
    if (!loadAll<ChannelRepository>(&channels))
        return Failed;
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
                    .arg(c.kind, -9)
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
    const command::Reply reply = execute(command::TestChannel{ref});
    if (!reply.ok) {
        printFailure(reply);
        return Failed;
    }
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("channel"), ref},
                              {QStringLiteral("delivered"), reply.delivered},
                              {QStringLiteral("outcome"), reply.outcome}});
    } else if (reply.delivered) {
        out(Tr::tr("Delivered (%1).\n").arg(reply.outcome));
    } else {
        err(Tr::tr("Not delivered: %1").arg(reply.outcome));
    }
    return reply.delivered ? Ok : Failed;
}

int Cli::channelRemove(const QString &ref)
{
    // The core removes the channel's secret from the keychain with it.
    const command::Reply reply = execute(command::RemoveChannel{ref});
    if (!reply.ok) {
        printFailure(reply);
        return Failed;
    }
    if (!reply.warning.isEmpty())
        err(reply.warning);
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
        QList<DeliveryRecord> records;
        repo.recordsOf(a.id, &records);
        array.append(alertToJson(a, records, channelNames));
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
