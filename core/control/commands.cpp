// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <concepts>

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
    f(Tag<EditChannel>{}, "channel.edit");
    f(Tag<RemoveChannel>{}, "channel.remove");
    f(Tag<TestChannel>{}, "channel.test");
    f(Tag<SetIncidentNote>{}, "incident.note");
    f(Tag<AcknowledgeIncident>{}, "incident.ack");
    f(Tag<Mute>{}, "mute.add");
    f(Tag<Unmute>{}, "mute.remove");
    f(Tag<ShowConsole>{}, "console.show");
    f(Tag<AddApiKey>{}, "apikey.add");
    f(Tag<RemoveApiKey>{}, "apikey.remove");
    f(Tag<AddMaintenance>{}, "maintenance.add");
    f(Tag<EditMaintenance>{}, "maintenance.edit");
    f(Tag<RemoveMaintenance>{}, "maintenance.remove");
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out.append(s.toString());
    return out;
}

// The spec's fields by their names on the wire, each once; only those that are set
// travel (an edit changes only what it names).
template<typename T> struct SpecField
{
    const char *key;
    std::optional<T> MonitorSpec::*member;
};
constexpr SpecField<QString> kTextFields[] = {
        {"name", &MonitorSpec::name},
        {"slug", &MonitorSpec::slug},
        {"description", &MonitorSpec::description},
        {"cron", &MonitorSpec::cron},
        {"tz", &MonitorSpec::timeZone},
        {"success_keywords", &MonitorSpec::successKeywords},
        {"failure_keywords", &MonitorSpec::failureKeywords},
        {"start_keywords", &MonitorSpec::startKeywords},
        {"methods", &MonitorSpec::methods},
};
constexpr SpecField<qint64> kMsFields[] = {
        {"period_ms", &MonitorSpec::periodMs},  {"grace_ms", &MonitorSpec::graceMs},
        {"max_run_ms", &MonitorSpec::maxRunMs}, {"slow_run_ms", &MonitorSpec::slowRunMs},
        {"min_run_ms", &MonitorSpec::minRunMs},
};
constexpr SpecField<QStringList> kListFields[] = {
        {"tags", &MonitorSpec::tags},
        {"channels", &MonitorSpec::channels},
        {"depends_on", &MonitorSpec::dependsOn},
};

void writeSpec(const MonitorSpec &spec, QJsonObject *o)
{
    for (const auto &f : kTextFields) {
        if (spec.*f.member)
            o->insert(QLatin1String(f.key), *(spec.*f.member));
    }
    for (const auto &f : kMsFields) {
        if (spec.*f.member)
            o->insert(QLatin1String(f.key), double(*(spec.*f.member)));
    }
    for (const auto &f : kListFields) {
        if (spec.*f.member)
            o->insert(QLatin1String(f.key), QJsonArray::fromStringList(*(spec.*f.member)));
    }
    if (spec.resumeOnPing)
        o->insert(QStringLiteral("resume_on_ping"), *spec.resumeOnPing);
    if (spec.downAfter)
        o->insert(QStringLiteral("down_after"), *spec.downAfter);
    if (!spec.channelDelays.isEmpty()) {
        QJsonObject delays;
        for (auto it = spec.channelDelays.cbegin(); it != spec.channelDelays.cend(); ++it)
            delays.insert(it.key(), double(it.value()));
        o->insert(QStringLiteral("channel_delays_ms"), delays);
    }
    if (spec.allowEmptyName)
        o->insert(QStringLiteral("allow_empty_name"), true);
    if (spec.allowEmptySlug)
        o->insert(QStringLiteral("allow_empty_slug"), true);
    if (spec.kind)
        o->insert(QStringLiteral("kind"), kindName(*spec.kind));
    if (spec.check)
        o->insert(QStringLiteral("check"), *spec.check);
}

bool readSpec(const QJsonObject &o, MonitorSpec *spec, QString *error)
{
    for (const auto &f : kTextFields) {
        if (o.contains(QLatin1String(f.key)))
            spec->*f.member = o.value(QLatin1String(f.key)).toString();
    }
    for (const auto &f : kMsFields) {
        if (o.contains(QLatin1String(f.key)))
            spec->*f.member = qint64(o.value(QLatin1String(f.key)).toDouble());
    }
    for (const auto &f : kListFields) {
        if (o.contains(QLatin1String(f.key)))
            spec->*f.member = strings(o.value(QLatin1String(f.key)));
    }
    if (o.contains(QLatin1String("resume_on_ping")))
        spec->resumeOnPing = o.value(QLatin1String("resume_on_ping")).toBool();
    if (o.contains(QLatin1String("down_after")))
        spec->downAfter = o.value(QLatin1String("down_after")).toInt();
    const QJsonObject delays = o.value(QLatin1String("channel_delays_ms")).toObject();
    for (auto it = delays.begin(); it != delays.end(); ++it)
        spec->channelDelays.insert(it.key(), qint64(it.value().toDouble()));
    spec->allowEmptyName = o.value(QLatin1String("allow_empty_name")).toBool();
    spec->allowEmptySlug = o.value(QLatin1String("allow_empty_slug")).toBool();
    if (o.contains(QLatin1String("check")))
        spec->check = o.value(QLatin1String("check")).toObject();
    if (o.contains(QLatin1String("kind"))) {
        const QString kind = o.value(QLatin1String("kind")).toString();
        spec->kind = kindFromName(kind);
        if (!spec->kind) {
            *error = Tr::tr("Unknown monitor kind \"%1\" (heartbeat, http, tcp, icmp, dns).")
                             .arg(kind);
            return false;
        }
    }
    return true;
}

void writeSecretHeaders(const QMap<QString, QString> &headers, QJsonObject *o)
{
    if (headers.isEmpty())
        return;
    QJsonObject values;
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        values.insert(it.key(), it.value());
    o->insert(QStringLiteral("secret_header_values"), values);
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
    writeSecretHeaders(c.secretHeaders, o);
}
bool read(const QJsonObject &o, AddMonitor *c, QString *error)
{
    c->secretHeaders = secretHeadersFrom(o);
    return readSpec(o, &c->spec, error);
}
void write(const EditMonitor &c, QJsonObject *o)
{
    o->insert(QStringLiteral("monitor"), c.monitor);
    write(AddMonitor{c.spec, c.secretHeaders}, o);
}
bool read(const QJsonObject &o, EditMonitor *c, QString *error)
{
    c->monitor = o.value(QLatin1String("monitor")).toString();
    c->secretHeaders = secretHeadersFrom(o);
    return readSpec(o, &c->spec, error);
}

// The commands that only name a monitor (pause, resume, remove, test ping) or a channel
// (remove, test): one codec each. Commands with more to carry have their own overloads above
// and below, which win over these.
template<typename T> concept NamesMonitor = std::same_as<decltype(T::monitor), QString>;
template<typename T> concept NamesChannel = std::same_as<decltype(T::channel), QString>;

template<NamesMonitor T> void write(const T &c, QJsonObject *o)
{
    o->insert(QStringLiteral("monitor"), c.monitor);
}
template<NamesMonitor T> bool read(const QJsonObject &o, T *c, QString *)
{
    c->monitor = o.value(QLatin1String("monitor")).toString();
    return true;
}
template<NamesChannel T> void write(const T &c, QJsonObject *o)
{
    o->insert(QStringLiteral("channel"), c.channel);
}
template<NamesChannel T> bool read(const QJsonObject &o, T *c, QString *)
{
    c->channel = o.value(QLatin1String("channel")).toString();
    return true;
}

void write(const ResumeMonitor &c, QJsonObject *o)
{
    o->insert(QStringLiteral("monitor"), c.monitor);
    if (c.asNew)
        o->insert(QStringLiteral("as_new"), true);
}
bool read(const QJsonObject &o, ResumeMonitor *c, QString *)
{
    c->monitor = o.value(QLatin1String("monitor")).toString();
    c->asNew = o.value(QLatin1String("as_new")).toBool();
    return true;
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
    o->insert(QStringLiteral("apply_to_existing"), c.applyToExisting);
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
    c->applyToExisting = o.value(QLatin1String("apply_to_existing")).toBool();
    return true;
}

void write(const EditChannel &c, QJsonObject *o)
{
    o->insert(QStringLiteral("channel"), c.channel);
    if (c.name)
        o->insert(QStringLiteral("name"), *c.name);
    if (c.onDown)
        o->insert(QStringLiteral("on_down"), *c.onDown);
    if (c.onUp)
        o->insert(QStringLiteral("on_up"), *c.onUp);
    if (c.reminderMs)
        o->insert(QStringLiteral("reminder_ms"), double(*c.reminderMs));
    if (c.isDefault)
        o->insert(QStringLiteral("is_default"), *c.isDefault);
}
bool read(const QJsonObject &o, EditChannel *c, QString *)
{
    c->channel = o.value(QLatin1String("channel")).toString();
    if (o.contains(QLatin1String("name")))
        c->name = o.value(QLatin1String("name")).toString().trimmed();
    if (o.contains(QLatin1String("on_down")))
        c->onDown = o.value(QLatin1String("on_down")).toBool();
    if (o.contains(QLatin1String("on_up")))
        c->onUp = o.value(QLatin1String("on_up")).toBool();
    if (o.contains(QLatin1String("reminder_ms")))
        c->reminderMs = qint64(o.value(QLatin1String("reminder_ms")).toDouble());
    if (o.contains(QLatin1String("is_default")))
        c->isDefault = o.value(QLatin1String("is_default")).toBool();
    return true;
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

void write(const AcknowledgeIncident &c, QJsonObject *o)
{
    o->insert(QStringLiteral("incident"), double(c.incident));
    o->insert(QStringLiteral("by"), c.by);
    o->insert(QStringLiteral("note"), c.note);
    if (!c.monitor.isEmpty())
        o->insert(QStringLiteral("monitor"), c.monitor);
}
bool read(const QJsonObject &o, AcknowledgeIncident *c, QString *)
{
    c->incident = qint64(o.value(QLatin1String("incident")).toDouble());
    c->by = o.value(QLatin1String("by")).toString();
    c->note = o.value(QLatin1String("note")).toString();
    c->monitor = o.value(QLatin1String("monitor")).toString();
    return true;
}

void write(const AddApiKey &c, QJsonObject *o)
{
    o->insert(QStringLiteral("name"), c.name);
    o->insert(QStringLiteral("read_only"), c.readOnly);
}
bool read(const QJsonObject &o, AddApiKey *c, QString *)
{
    c->name = o.value(QLatin1String("name")).toString();
    c->readOnly = o.value(QLatin1String("read_only")).toBool();
    return true;
}
void write(const RemoveApiKey &c, QJsonObject *o)
{
    o->insert(QStringLiteral("name"), c.name);
}
bool read(const QJsonObject &o, RemoveApiKey *c, QString *)
{
    c->name = o.value(QLatin1String("name")).toString();
    return true;
}

void writeWindow(const MaintenanceWindow &w, QJsonObject *o)
{
    QJsonArray ids;
    for (qint64 id : w.monitorIds)
        ids.append(double(id));
    o->insert(QStringLiteral("id"), double(w.id));
    o->insert(QStringLiteral("name"), w.name);
    o->insert(QStringLiteral("all"), w.all);
    o->insert(QStringLiteral("monitors"), ids);
    o->insert(QStringLiteral("tags"), QJsonArray::fromStringList(w.tags));
    o->insert(QStringLiteral("from_ms"), double(w.fromMs));
    o->insert(QStringLiteral("to_ms"), double(w.toMs));
    o->insert(QStringLiteral("cron"), w.cron);
    o->insert(QStringLiteral("tz"), w.timeZone);
    o->insert(QStringLiteral("duration_ms"), double(w.durationMs));
    o->insert(QStringLiteral("notify"), w.notify);
}
void readWindow(const QJsonObject &o, MaintenanceWindow *w)
{
    w->id = qint64(o.value(QLatin1String("id")).toDouble());
    w->name = o.value(QLatin1String("name")).toString();
    w->all = o.value(QLatin1String("all")).toBool();
    for (const QJsonValue &id : o.value(QLatin1String("monitors")).toArray())
        w->monitorIds.append(qint64(id.toDouble()));
    w->tags = strings(o.value(QLatin1String("tags")));
    w->fromMs = qint64(o.value(QLatin1String("from_ms")).toDouble(-1));
    w->toMs = qint64(o.value(QLatin1String("to_ms")).toDouble(-1));
    w->cron = o.value(QLatin1String("cron")).toString();
    w->timeZone = o.value(QLatin1String("tz")).toString();
    w->durationMs = qint64(o.value(QLatin1String("duration_ms")).toDouble());
    w->notify = o.value(QLatin1String("notify")).toBool();
}
void write(const AddMaintenance &c, QJsonObject *o)
{
    writeWindow(c.window, o);
}
bool read(const QJsonObject &o, AddMaintenance *c, QString *)
{
    readWindow(o, &c->window);
    return true;
}
void write(const EditMaintenance &c, QJsonObject *o)
{
    writeWindow(c.window, o);
}
bool read(const QJsonObject &o, EditMaintenance *c, QString *)
{
    readWindow(o, &c->window);
    return true;
}
void write(const RemoveMaintenance &c, QJsonObject *o)
{
    o->insert(QStringLiteral("window"), double(c.window));
}
bool read(const QJsonObject &o, RemoveMaintenance *c, QString *)
{
    c->window = qint64(o.value(QLatin1String("window")).toDouble());
    return true;
}

void write(const Mute &c, QJsonObject *o)
{
    o->insert(QStringLiteral("monitor"), c.monitor);
    o->insert(QStringLiteral("tag"), c.tag);
    o->insert(QStringLiteral("until_ms"), double(c.untilMs));
}
bool read(const QJsonObject &o, Mute *c, QString *)
{
    c->monitor = o.value(QLatin1String("monitor")).toString();
    c->tag = o.value(QLatin1String("tag")).toString();
    c->untilMs = qint64(o.value(QLatin1String("until_ms")).toDouble());
    return true;
}
void write(const Unmute &c, QJsonObject *o)
{
    o->insert(QStringLiteral("all"), c.all);
    o->insert(QStringLiteral("monitor"), c.monitor);
    o->insert(QStringLiteral("tag"), c.tag);
}
bool read(const QJsonObject &o, Unmute *c, QString *)
{
    c->all = o.value(QLatin1String("all")).toBool(true);
    c->monitor = o.value(QLatin1String("monitor")).toString();
    c->tag = o.value(QLatin1String("tag")).toString();
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
    if (!key.isEmpty())
        o.insert(QStringLiteral("key"), key);
    if (!apiKey.isEmpty())
        o.insert(QStringLiteral("api_key"), apiKey);
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
    r.key = o.value(QLatin1String("key")).toString();
    r.apiKey = o.value(QLatin1String("api_key")).toObject();
    return r;
}

} // namespace uptrack::command
