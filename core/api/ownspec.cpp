// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ownspec.h"

#include "notify/channelkind.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace uptrack::ownapi {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OwnApi)
};
} // namespace

std::optional<MonitorSpec> decodeMonitor(const QJsonObject &json, QString *field, QString *error)
{
    MonitorSpec spec;
    bool failed = false;
    auto fail = [&](const char *key, const QString &why) {
        if (!failed) {
            failed = true;
            *field = QLatin1String(key);
            *error = why;
        }
    };
    auto text = [&](const char *key, std::optional<QString> *out) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isString())
            return fail(key, Tr::tr("%1 is a string.").arg(QLatin1String(key)));
        *out = v.toString();
    };
    auto seconds = [&](const char *key, std::optional<qint64> *out, bool nullIsZero) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (v.isNull() && nullIsZero) {
            *out = 0;
            return;
        }
        const double d = v.toDouble(-1);
        if (!v.isDouble() || !std::isfinite(d) || d < 0 || d > 1e9)
            return fail(key, Tr::tr("%1 is a number of seconds.").arg(QLatin1String(key)));
        *out = qint64(std::llround(d * 1000));
    };
    auto strings = [&](const char *key, std::optional<QStringList> *out) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isArray())
            return fail(key, Tr::tr("%1 is an array of strings.").arg(QLatin1String(key)));
        QStringList list;
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString())
                return fail(key, Tr::tr("%1 is an array of strings.").arg(QLatin1String(key)));
            list.append(item.toString());
        }
        *out = list;
    };
    text("name", &spec.name);
    text("slug", &spec.slug);
    text("description", &spec.description);
    text("success_keywords", &spec.successKeywords);
    text("failure_keywords", &spec.failureKeywords);
    text("start_keywords", &spec.startKeywords);
    text("methods", &spec.methods);
    text("tz", &spec.timeZone);
    strings("tags", &spec.tags);
    strings("channels", &spec.channels);
    seconds("period", &spec.periodMs, false);
    seconds("grace", &spec.graceMs, false);
    seconds("max_run", &spec.maxRunMs, true);
    seconds("slow_run", &spec.slowRunMs, true);
    seconds("min_run", &spec.minRunMs, true);
    strings("depends_on", &spec.dependsOn);
    const QJsonValue downAfter = json.value(QLatin1String("down_after"));
    if (!downAfter.isUndefined()) {
        const double n = downAfter.toDouble(-1);
        if (!downAfter.isDouble() || n != std::floor(n) || n < 1 || n > 1000)
            fail("down_after", Tr::tr("down_after is a whole number from 1."));
        else
            spec.downAfter = int(n);
    }
    const QJsonValue schedule = json.value(QLatin1String("schedule"));
    if (schedule.isNull())
        spec.cron = QString(); // back to the simple period
    else if (!schedule.isUndefined() && !schedule.isString())
        fail("schedule", Tr::tr("schedule is a cron expression, or null for a period."));
    else if (schedule.isString())
        spec.cron = schedule.toString();
    const QJsonValue resume = json.value(QLatin1String("resume_on_ping"));
    if (!resume.isUndefined() && !resume.isBool())
        fail("resume_on_ping", Tr::tr("resume_on_ping is true or false."));
    else if (resume.isBool())
        spec.resumeOnPing = resume.toBool();
    const QJsonValue kind = json.value(QLatin1String("kind"));
    if (!kind.isUndefined()) {
        spec.kind = kind.isString() ? kindFromName(kind.toString()) : std::nullopt;
        if (!spec.kind)
            fail("kind", Tr::tr("kind is heartbeat, http, tcp, icmp or dns."));
    }
    const QJsonValue check = json.value(QLatin1String("check"));
    if (!check.isUndefined() && !check.isObject())
        fail("check", Tr::tr("check is an object (the check's settings)."));
    else if (check.isObject())
        spec.check = check.toObject();
    if (failed)
        return std::nullopt;
    return spec;
}

namespace {
/// The general settings both requests share; false after *field and *error are set.
bool decodeChannelEvents(const QJsonObject &json, std::optional<bool> *onDown,
                         std::optional<bool> *onUp, std::optional<qint64> *reminderMs,
                         std::optional<bool> *isDefault, QString *field, QString *error)
{
    const QJsonValue on = json.value(QLatin1String("on"));
    if (!on.isUndefined()) {
        bool down = false;
        bool up = false;
        bool ok = on.isArray();
        for (const QJsonValue &v : on.toArray()) {
            if (v == QJsonValue(QStringLiteral("down")))
                down = true;
            else if (v == QJsonValue(QStringLiteral("up")))
                up = true;
            else
                ok = false;
        }
        if (!ok) {
            *field = QStringLiteral("on");
            *error = Tr::tr("on is an array of \"down\" and \"up\" (the events the channel "
                            "alerts on).");
            return false;
        }
        *onDown = down;
        *onUp = up;
    }
    const QJsonValue reminder = json.value(QLatin1String("reminder"));
    if (!reminder.isUndefined()) {
        const double d = reminder.isNull() ? 0 : reminder.toDouble(-1);
        if ((!reminder.isDouble() && !reminder.isNull()) || !std::isfinite(d) || d < 0 || d > 1e9) {
            *field = QStringLiteral("reminder");
            *error = Tr::tr("reminder is a number of seconds (0 or null: no reminders).");
            return false;
        }
        *reminderMs = qint64(std::llround(d * 1000));
    }
    const QJsonValue isDefaultValue = json.value(QLatin1String("default"));
    if (!isDefaultValue.isUndefined()) {
        if (!isDefaultValue.isBool()) {
            *field = QStringLiteral("default");
            *error = Tr::tr("default is true or false.");
            return false;
        }
        *isDefault = isDefaultValue.toBool();
    }
    return true;
}
} // namespace

std::optional<command::AddChannel> decodeChannel(const QJsonObject &json, QString *field,
                                                 QString *error)
{
    command::AddChannel c;
    ChannelSpec &spec = c.channel;
    const QJsonValue name = json.value(QLatin1String("name"));
    const QJsonValue kindName = json.value(QLatin1String("kind"));
    if (!name.isString() || name.toString().trimmed().isEmpty()) {
        *field = QStringLiteral("name");
        *error = Tr::tr("name is the channel's name, a string.");
        return std::nullopt;
    }
    const ChannelKind *kind = ChannelKinds::find(kindName.toString());
    if (!kindName.isString() || !kind) {
        *field = QStringLiteral("kind");
        *error = Tr::tr("kind is one of %1.").arg(ChannelKinds::names().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    spec.name = name.toString().trimmed();
    spec.kind = kind->kind();
    std::optional<bool> onDown, onUp, isDefault;
    std::optional<qint64> reminderMs;
    if (!decodeChannelEvents(json, &onDown, &onUp, &reminderMs, &isDefault, field, error))
        return std::nullopt;
    spec.onDown = onDown.value_or(spec.onDown);
    spec.onUp = onUp.value_or(spec.onUp);
    spec.reminderMs = reminderMs.value_or(spec.reminderMs);
    spec.isDefault = isDefault.value_or(false);
    const QJsonValue all = json.value(QLatin1String("apply_to_existing"));
    if (!all.isUndefined() && !all.isBool()) {
        *field = QStringLiteral("apply_to_existing");
        *error = Tr::tr("apply_to_existing is true or false.");
        return std::nullopt;
    }
    c.applyToExisting = all.toBool();

    const QJsonValue fieldsValue = json.value(QLatin1String("fields"));
    if (!fieldsValue.isUndefined() && !fieldsValue.isObject()) {
        *field = QStringLiteral("fields");
        *error = Tr::tr("fields is an object: the kind's settings by name.");
        return std::nullopt;
    }
    const QJsonObject fields = fieldsValue.toObject();
    // Each field in its one JSON type, as the kind describes it.
    using Type = ChannelField::Type;
    ChannelValues values;
    for (const ChannelField &f : kind->fields()) {
        const QJsonValue v = fields.value(f.key);
        if (v.isUndefined() || v.isNull())
            continue;
        const QString where = QStringLiteral("fields.") + f.key;
        bool ok = true;
        switch (f.type) {
        case Type::Flag:
            ok = v.isBool();
            values.insert(f.key, v.toBool());
            break;
        case Type::Number:
            ok = v.isDouble() && v.toDouble() == std::floor(v.toDouble())
                    && std::abs(v.toDouble()) < 1e9;
            values.insert(f.key, v.toInt());
            break;
        case Type::List:
        case Type::Headers: {
            QStringList list;
            if (v.isArray()) {
                for (const QJsonValue &item : v.toArray()) {
                    ok = ok && item.isString();
                    list.append(item.toString());
                }
            } else if (v.isObject() && f.type == Type::Headers) {
                // {"Name": "value"} as well as ["Name: value"]
                const QJsonObject headers = v.toObject();
                for (auto it = headers.begin(); it != headers.end(); ++it) {
                    ok = ok && it.value().isString();
                    list.append(it.key() + QStringLiteral(": ") + it.value().toString());
                }
            } else {
                ok = false;
            }
            values.insert(f.key, list);
            break;
        }
        default:
            ok = v.isString();
            values.insert(f.key, v.toString());
        }
        if (!ok) {
            *field = where;
            *error = f.type == Type::Flag     ? Tr::tr("%1 is true or false.").arg(where)
                    : f.type == Type::Number  ? Tr::tr("%1 is a whole number.").arg(where)
                    : f.type == Type::Headers ? Tr::tr("%1 is an array of \"Name: value\" "
                                                       "strings, or an object.")
                                                        .arg(where)
                    : f.type == Type::List ? Tr::tr("%1 is an array of strings.").arg(where)
                                           : Tr::tr("%1 is a string.").arg(where);
            return std::nullopt;
        }
    }
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const auto known = kind->fields();
        if (std::none_of(known.cbegin(), known.cend(),
                         [&](const ChannelField &f) { return f.key == it.key(); })) {
            *field = QStringLiteral("fields.") + it.key();
            QStringList keys;
            for (const ChannelField &f : known)
                keys.append(f.key);
            *error = Tr::tr("A %1 channel has no field \"%2\" (it has: %3).")
                             .arg(spec.kind, it.key(), keys.join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    const Problems problems = kind->build(values, &spec.config, &spec.secret);
    if (!problems.isEmpty()) {
        *field = QStringLiteral("fields.") + problems.first().field;
        *error = problems.first().message;
        return std::nullopt;
    }
    return c;
}

std::optional<command::EditChannel> decodeChannelEdit(const QString &channel, const QString &kind,
                                                      const QJsonObject &json, QString *field,
                                                      QString *error)
{
    // The object GET answers may come back with a change: what cannot change is ignored
    // while it is unchanged (id, uuid, config, secret, created are the core's own).
    for (const char *fixed : {"kind", "fields"}) {
        const QJsonValue v = json.value(QLatin1String(fixed));
        const bool same = qstrcmp(fixed, "kind") == 0 && v == QJsonValue(kind);
        if (!v.isUndefined() && !same) {
            *field = QLatin1String(fixed);
            *error = Tr::tr("A channel's kind, settings and secret stay as they were made: add a "
                            "new channel (and remove this one) to change them.");
            return std::nullopt;
        }
    }
    command::EditChannel c;
    c.channel = channel;
    const QJsonValue name = json.value(QLatin1String("name"));
    if (!name.isUndefined()) {
        if (!name.isString() || name.toString().trimmed().isEmpty()) {
            *field = QStringLiteral("name");
            *error = Tr::tr("name is the channel's name, a string.");
            return std::nullopt;
        }
        c.name = name.toString().trimmed();
    }
    if (!decodeChannelEvents(json, &c.onDown, &c.onUp, &c.reminderMs, &c.isDefault, field, error))
        return std::nullopt;
    return c;
}

std::optional<CliRequest> decodeCliRequest(const QJsonObject &json, QString *error)
{
    const QJsonValue argsValue = json.value(QLatin1String("args"));
    if (!argsValue.isArray() || argsValue.toArray().isEmpty()
        || argsValue.toArray().size() > kMaxCliArguments) {
        *error = QStringLiteral("args: a list of 1 to %1 strings, the words after uptrack")
                         .arg(kMaxCliArguments);
        return std::nullopt;
    }
    CliRequest r;
    for (const QJsonValue &a : argsValue.toArray()) {
        if (!a.isString() || a.toString().size() > kMaxCliArgumentLength
            || a.toString().contains(QChar(0))) {
            *error = QStringLiteral("args: each a string of at most %1 characters")
                             .arg(kMaxCliArgumentLength);
            return std::nullopt;
        }
        r.args.append(a.toString());
    }
    const QJsonValue input = json.value(QLatin1String("stdin"));
    if (!input.isUndefined() && !input.isNull() && !input.isString()) {
        *error = QStringLiteral("stdin: a string");
        return std::nullopt;
    }
    r.input = input.toString();
    r.prompt = json.value(QLatin1String("prompt")).toBool();
    const QString zone = json.value(QLatin1String("tz")).toString();
    if (!zone.isEmpty() && zone.size() < 64 && QTimeZone(zone.toLatin1()).isValid())
        r.timeZone = zone;
    static const QRegularExpression languagePattern(QStringLiteral("^[A-Za-z_]{0,16}$"));
    const QString language = json.value(QLatin1String("language")).toString();
    if (languagePattern.match(language).hasMatch())
        r.language = language;
    // A user name as systems allow them: letters, digits, . _ - @ (at most 64).
    static const QRegularExpression userPattern(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    const QString user = json.value(QLatin1String("user")).toString();
    if (userPattern.match(user).hasMatch())
        r.user = user;
    return r;
}

} // namespace uptrack::ownapi
