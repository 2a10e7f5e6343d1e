// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace uptrack::command {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandHandler)
};

template<typename T> struct Tag
{
    using type = T;
};

// Every command with its name on the wire, once.
template<typename F> void forEachKind(F &&f)
{
    f(Tag<AddMonitor>{}, "monitor.add");
    f(Tag<EditMonitor>{}, "monitor.edit");
    f(Tag<PauseMonitor>{}, "monitor.pause");
    f(Tag<ResumeMonitor>{}, "monitor.resume");
    f(Tag<RemoveMonitor>{}, "monitor.remove");
    f(Tag<TestPing>{}, "monitor.ping");
    f(Tag<AddChannel>{}, "channel.add");
    f(Tag<RemoveChannel>{}, "channel.remove");
    f(Tag<TestChannel>{}, "channel.test");
    f(Tag<SetIncidentNote>{}, "incident.note");
    f(Tag<ShowConsole>{}, "console.show");
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out.append(s.toString());
    return out;
}

// The spec's fields, only those that are set (an edit changes only what it names).
void writeSpec(const MonitorSpec &spec, QJsonObject *o)
{
    auto put = [o](const char *key, const QJsonValue &value) {
        o->insert(QLatin1String(key), value);
    };
    auto ms = [](qint64 v) { return QJsonValue(double(v)); };
    if (spec.name)
        put("name", *spec.name);
    if (spec.slug)
        put("slug", *spec.slug);
    if (spec.periodMs)
        put("period_ms", ms(*spec.periodMs));
    if (spec.graceMs)
        put("grace_ms", ms(*spec.graceMs));
    if (spec.tags)
        put("tags", QJsonArray::fromStringList(*spec.tags));
    if (spec.description)
        put("description", *spec.description);
    if (spec.resumeOnPing)
        put("resume_on_ping", *spec.resumeOnPing);
    if (spec.channels)
        put("channels", QJsonArray::fromStringList(*spec.channels));
    if (spec.cron)
        put("cron", *spec.cron);
    if (spec.timeZone)
        put("tz", *spec.timeZone);
    if (spec.maxRunMs)
        put("max_run_ms", ms(*spec.maxRunMs));
    if (spec.slowRunMs)
        put("slow_run_ms", ms(*spec.slowRunMs));
    if (spec.successKeywords)
        put("success_keywords", *spec.successKeywords);
    if (spec.failureKeywords)
        put("failure_keywords", *spec.failureKeywords);
    if (spec.startKeywords)
        put("start_keywords", *spec.startKeywords);
    if (spec.kind)
        put("kind", kindName(*spec.kind));
    if (spec.check)
        put("check", *spec.check);
}

bool readSpec(const QJsonObject &o, MonitorSpec *spec, QString *error)
{
    auto has = [&o](const char *key) { return o.contains(QLatin1String(key)); };
    auto text = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    auto ms = [&o](const char *key) { return qint64(o.value(QLatin1String(key)).toDouble()); };
    if (has("name"))
        spec->name = text("name");
    if (has("slug"))
        spec->slug = text("slug");
    if (has("period_ms"))
        spec->periodMs = ms("period_ms");
    if (has("grace_ms"))
        spec->graceMs = ms("grace_ms");
    if (has("tags"))
        spec->tags = strings(o.value(QLatin1String("tags")));
    if (has("description"))
        spec->description = text("description");
    if (has("resume_on_ping"))
        spec->resumeOnPing = o.value(QLatin1String("resume_on_ping")).toBool();
    if (has("channels"))
        spec->channels = strings(o.value(QLatin1String("channels")));
    if (has("cron"))
        spec->cron = text("cron");
    if (has("tz"))
        spec->timeZone = text("tz");
    if (has("max_run_ms"))
        spec->maxRunMs = ms("max_run_ms");
    if (has("slow_run_ms"))
        spec->slowRunMs = ms("slow_run_ms");
    if (has("success_keywords"))
        spec->successKeywords = text("success_keywords");
    if (has("failure_keywords"))
        spec->failureKeywords = text("failure_keywords");
    if (has("start_keywords"))
        spec->startKeywords = text("start_keywords");
    if (has("check"))
        spec->check = o.value(QLatin1String("check")).toObject();
    if (has("kind")) {
        spec->kind = kindFromName(text("kind"));
        if (!spec->kind) {
            *error = Tr::tr("Unknown monitor kind \"%1\" (heartbeat, http, tcp).")
                             .arg(text("kind"));
            return false;
        }
    }
    return true;
}

QJsonObject secretHeadersJson(const QMap<QString, QString> &headers)
{
    QJsonObject o;
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QMap<QString, QString> secretHeadersFrom(const QJsonObject &o)
{
    QMap<QString, QString> out;
    const QJsonObject h = o.value(QLatin1String("secret_header_values")).toObject();
    for (auto it = h.begin(); it != h.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

// One function pair per command: its fields to and from JSON.
void write(const AddMonitor &c, QJsonObject *o)
{
    writeSpec(c.spec, o);
    if (!c.secretHeaders.isEmpty())
        o->insert(QStringLiteral("secret_header_values"), secretHeadersJson(c.secretHeaders));
}
bool read(const QJsonObject &o, AddMonitor *c, QString *error)
{
    c->secretHeaders = secretHeadersFrom(o);
    return readSpec(o, &c->spec, error);
}
void write(const EditMonitor &c, QJsonObject *o)
{
    o->insert(QStringLiteral("monitor"), c.monitor);
    writeSpec(c.spec, o);
    if (!c.secretHeaders.isEmpty())
        o->insert(QStringLiteral("secret_header_values"), secretHeadersJson(c.secretHeaders));
}
bool read(const QJsonObject &o, EditMonitor *c, QString *error)
{
    c->monitor = o.value(QLatin1String("monitor")).toString();
    c->secretHeaders = secretHeadersFrom(o);
    return readSpec(o, &c->spec, error);
}

template<typename T> void writeMonitorRef(const T &c, QJsonObject *o)
{
    o->insert(QStringLiteral("monitor"), c.monitor);
}
template<typename T> bool readMonitorRef(const QJsonObject &o, T *c)
{
    c->monitor = o.value(QLatin1String("monitor")).toString();
    return true;
}
void write(const PauseMonitor &c, QJsonObject *o)
{
    writeMonitorRef(c, o);
}
bool read(const QJsonObject &o, PauseMonitor *c, QString *)
{
    return readMonitorRef(o, c);
}
void write(const ResumeMonitor &c, QJsonObject *o)
{
    writeMonitorRef(c, o);
}
bool read(const QJsonObject &o, ResumeMonitor *c, QString *)
{
    return readMonitorRef(o, c);
}
void write(const RemoveMonitor &c, QJsonObject *o)
{
    writeMonitorRef(c, o);
}
bool read(const QJsonObject &o, RemoveMonitor *c, QString *)
{
    return readMonitorRef(o, c);
}
void write(const TestPing &c, QJsonObject *o)
{
    writeMonitorRef(c, o);
}
bool read(const QJsonObject &o, TestPing *c, QString *)
{
    return readMonitorRef(o, c);
}

void write(const AddChannel &c, QJsonObject *o)
{
    const ChannelSpec &s = c.channel;
    o->insert(QStringLiteral("name"), s.name);
    o->insert(QStringLiteral("kind"), s.kind);
    o->insert(QStringLiteral("config"), s.config);
    if (!s.secret.isEmpty())
        o->insert(QStringLiteral("secret"), s.secret);
    o->insert(QStringLiteral("on_down"), s.onDown);
    o->insert(QStringLiteral("on_up"), s.onUp);
    o->insert(QStringLiteral("reminder_ms"), double(s.reminderMs));
    o->insert(QStringLiteral("is_default"), s.isDefault);
}
bool read(const QJsonObject &o, AddChannel *c, QString *)
{
    ChannelSpec &s = c->channel;
    s.name = o.value(QLatin1String("name")).toString().trimmed();
    s.kind = o.value(QLatin1String("kind")).toString();
    s.config = o.value(QLatin1String("config")).toObject();
    s.secret = o.value(QLatin1String("secret")).toString();
    s.onDown = o.value(QLatin1String("on_down")).toBool(true);
    s.onUp = o.value(QLatin1String("on_up")).toBool(true);
    s.reminderMs = qint64(o.value(QLatin1String("reminder_ms")).toDouble());
    s.isDefault = o.value(QLatin1String("is_default")).toBool();
    return true;
}

template<typename T> void writeChannelRef(const T &c, QJsonObject *o)
{
    o->insert(QStringLiteral("channel"), c.channel);
}
template<typename T> bool readChannelRef(const QJsonObject &o, T *c)
{
    c->channel = o.value(QLatin1String("channel")).toString();
    return true;
}
void write(const RemoveChannel &c, QJsonObject *o)
{
    writeChannelRef(c, o);
}
bool read(const QJsonObject &o, RemoveChannel *c, QString *)
{
    return readChannelRef(o, c);
}
void write(const TestChannel &c, QJsonObject *o)
{
    writeChannelRef(c, o);
}
bool read(const QJsonObject &o, TestChannel *c, QString *)
{
    return readChannelRef(o, c);
}

void write(const SetIncidentNote &c, QJsonObject *o)
{
    o->insert(QStringLiteral("incident"), double(c.incident));
    o->insert(QStringLiteral("note"), c.note);
}
bool read(const QJsonObject &o, SetIncidentNote *c, QString *)
{
    c->incident = qint64(o.value(QLatin1String("incident")).toDouble());
    c->note = o.value(QLatin1String("note")).toString();
    return true;
}

void write(const ShowConsole &, QJsonObject *) { }
bool read(const QJsonObject &, ShowConsole *, QString *)
{
    return true;
}
} // namespace

QString nameOf(const Command &command)
{
    QString name;
    forEachKind([&](auto tag, const char *wire) {
        if (std::holds_alternative<typename decltype(tag)::type>(command))
            name = QString::fromLatin1(wire);
    });
    return name;
}

QJsonObject toJson(const Command &command)
{
    QJsonObject o{{QStringLiteral("command"), nameOf(command)}};
    std::visit([&o](const auto &c) { write(c, &o); }, command);
    return o;
}

std::optional<Command> fromJson(const QJsonObject &json, QString *error)
{
    const QString name = json.value(QLatin1String("command")).toString();
    std::optional<Command> out;
    bool known = false;
    forEachKind([&](auto tag, const char *wire) {
        if (known || name != QLatin1String(wire))
            return;
        known = true;
        typename decltype(tag)::type c;
        if (read(json, &c, error))
            out = std::move(c);
    });
    if (!known)
        *error = Tr::tr("Unknown command \"%1\".").arg(name);
    return out;
}

Reply Reply::success(qint64 id)
{
    Reply r;
    r.ok = true;
    r.id = id;
    return r;
}

Reply Reply::failure(const QString &error)
{
    Reply r;
    r.error = error;
    return r;
}

Reply Reply::refused(const Problems &problems)
{
    Reply r = failure(messagesOf(problems).join(QLatin1Char('\n')));
    r.problems = problems;
    return r;
}

QJsonObject Reply::toJson() const
{
    QJsonObject o{{QStringLiteral("ok"), ok}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    if (!warning.isEmpty())
        o.insert(QStringLiteral("warning"), warning);
    if (!problems.isEmpty()) {
        QJsonArray list;
        for (const Problem &p : problems)
            list.append(QJsonObject{{QStringLiteral("field"), p.field},
                                    {QStringLiteral("message"), p.message}});
        o.insert(QStringLiteral("problems"), list);
    }
    if (id != 0)
        o.insert(QStringLiteral("id"), double(id));
    if (!outcome.isEmpty() || delivered) {
        o.insert(QStringLiteral("delivered"), delivered);
        o.insert(QStringLiteral("outcome"), outcome);
    }
    return o;
}

Reply Reply::fromJson(const QJsonObject &o)
{
    Reply r;
    r.ok = o.value(QLatin1String("ok")).toBool();
    r.error = o.value(QLatin1String("error")).toString();
    r.warning = o.value(QLatin1String("warning")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("problems")).toArray()) {
        const QJsonObject p = v.toObject();
        r.problems.append({p.value(QLatin1String("field")).toString(),
                           p.value(QLatin1String("message")).toString()});
    }
    r.id = qint64(o.value(QLatin1String("id")).toDouble());
    r.delivered = o.value(QLatin1String("delivered")).toBool();
    r.outcome = o.value(QLatin1String("outcome")).toString();
    return r;
}

} // namespace uptrack::command
