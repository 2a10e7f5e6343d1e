// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandhandler.h"

#include "engine/engine.h"
#include "notify/channelkind.h"
#include "notify/notifier.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace uptrack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandHandler)
};

QJsonObject failure(const QString &error)
{
    return QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), error}};
}

QJsonObject success(qint64 id)
{
    return QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("id"), double(id)}};
}

MonitorSpec specFromJson(const QJsonObject &o)
{
    MonitorSpec spec;
    if (o.contains(QLatin1String("name")))
        spec.name = o.value(QLatin1String("name")).toString();
    if (o.contains(QLatin1String("slug")))
        spec.slug = o.value(QLatin1String("slug")).toString();
    if (o.contains(QLatin1String("period_ms")))
        spec.periodMs = qint64(o.value(QLatin1String("period_ms")).toDouble());
    if (o.contains(QLatin1String("grace_ms")))
        spec.graceMs = qint64(o.value(QLatin1String("grace_ms")).toDouble());
    if (o.contains(QLatin1String("description")))
        spec.description = o.value(QLatin1String("description")).toString();
    if (o.contains(QLatin1String("resume_on_ping")))
        spec.resumeOnPing = o.value(QLatin1String("resume_on_ping")).toBool();
    if (o.contains(QLatin1String("max_run_ms")))
        spec.maxRunMs = qint64(o.value(QLatin1String("max_run_ms")).toDouble());
    if (o.contains(QLatin1String("slow_run_ms")))
        spec.slowRunMs = qint64(o.value(QLatin1String("slow_run_ms")).toDouble());
    if (o.contains(QLatin1String("success_keywords")))
        spec.successKeywords = o.value(QLatin1String("success_keywords")).toString();
    if (o.contains(QLatin1String("failure_keywords")))
        spec.failureKeywords = o.value(QLatin1String("failure_keywords")).toString();
    if (o.contains(QLatin1String("start_keywords")))
        spec.startKeywords = o.value(QLatin1String("start_keywords")).toString();
    if (o.contains(QLatin1String("cron")))
        spec.cron = o.value(QLatin1String("cron")).toString();
    if (o.contains(QLatin1String("tz")))
        spec.timeZone = o.value(QLatin1String("tz")).toString();
    if (o.contains(QLatin1String("check")))
        spec.check = o.value(QLatin1String("check")).toObject();
    if (o.contains(QLatin1String("channels"))) {
        QStringList channels;
        for (const QJsonValue &c : o.value(QLatin1String("channels")).toArray())
            channels.append(c.toString());
        spec.channels = channels;
    }
    if (o.contains(QLatin1String("tags"))) {
        QStringList tags;
        for (const QJsonValue &t : o.value(QLatin1String("tags")).toArray())
            tags.append(t.toString());
        spec.tags = tags;
    }
    return spec;
}
} // namespace

void CommandHandler::handle(const QJsonObject &command, Reply reply)
{
    const QString name = command.value(QLatin1String("command")).toString();
    if (name == QLatin1String("channel.test")) {
        const Channel *c = m_engine.findChannel(command.value(QLatin1String("channel")).toString());
        if (!c) {
            reply(failure(Tr::tr("No channel is named \"%1\".")
                                  .arg(command.value(QLatin1String("channel")).toString())));
            return;
        }
        if (!m_notifier) {
            reply(failure(Tr::tr("Alerts are not running here.")));
            return;
        }
        const qint64 id = c->id;
        m_notifier->sendTest(id, [reply, id](bool ok, const QString &outcome) {
            QJsonObject r = success(id);
            r.insert(QStringLiteral("delivered"), ok);
            r.insert(QStringLiteral("outcome"), outcome);
            reply(r);
        });
        return;
    }
    if (name == QLatin1String("monitor.ping")) {
        // A test ping from the console: stored and handled like any success ping.
        const Monitor *m = m_engine.find(command.value(QLatin1String("monitor")).toString());
        if (!m) {
            reply(failure(Tr::tr("No monitor is named \"%1\".")
                                  .arg(command.value(QLatin1String("monitor")).toString())));
            return;
        }
        Ping ping;
        ping.source = QStringLiteral("console");
        ping.method = QStringLiteral("TEST");
        ping.userAgent = QStringLiteral("Uptrack console (test ping)");
        const qint64 id = m->id;
        m_engine.submitPing(
                PingTarget{m->token, {}, {}, false}, std::move(ping),
                [reply, id](PingOutcome outcome) {
                    reply(outcome == PingOutcome::Ok || outcome == PingOutcome::Created
                                  ? success(id)
                                  : failure(Tr::tr("The test ping could not be stored.")));
                });
        return;
    }
    if (name == QLatin1String("console.show")) {
        if (!m_showWindow) {
            reply(failure(Tr::tr("This Uptrack runs without a window (--headless).")));
            return;
        }
        m_showWindow();
        reply(QJsonObject{{QStringLiteral("ok"), true}});
        return;
    }
    if (name == QLatin1String("incident.note")) {
        QString error;
        const qint64 id = qint64(command.value(QLatin1String("incident")).toDouble());
        reply(m_engine.setIncidentNote(id, command.value(QLatin1String("note")).toString(), &error)
                      ? success(id)
                      : failure(error));
        return;
    }
    if (name.startsWith(QLatin1String("channel.")))
        reply(channelCommand(name, command));
    else if (name.startsWith(QLatin1String("monitor.")))
        reply(monitorCommand(name, command));
    else
        reply(failure(Tr::tr("Unknown command \"%1\".").arg(name)));
}

QJsonObject CommandHandler::channelCommand(const QString &name, const QJsonObject &command)
{
    QString error;
    Channel c;
    if (name != QLatin1String("channel.add")) {
        const Channel *found
                = m_engine.findChannel(command.value(QLatin1String("channel")).toString());
        if (!found)
            return failure(Tr::tr("No channel is named \"%1\".")
                                   .arg(command.value(QLatin1String("channel")).toString()));
        c = *found;
    }
    if (name == QLatin1String("channel.remove")) {
        const auto secretRef = m_engine.removeChannel(c.id, &error);
        if (!secretRef)
            return failure(error);
        QJsonObject r = success(c.id);
        r.insert(QStringLiteral("secret_ref"), *secretRef);
        return r;
    }
    if (name != QLatin1String("channel.add") && name != QLatin1String("channel.edit"))
        return failure(Tr::tr("Unknown command \"%1\".").arg(name));
    auto take = [&](const char *key, auto apply) {
        if (command.contains(QLatin1String(key)))
            apply(command.value(QLatin1String(key)));
    };
    take("name", [&](const QJsonValue &v) { c.name = v.toString().trimmed(); });
    take("kind", [&](const QJsonValue &v) { c.kind = v.toString(); });
    take("config", [&](const QJsonValue &v) { c.config = v.toObject(); });
    take("secret_ref", [&](const QJsonValue &v) { c.secretRef = v.toString(); });
    take("on_down", [&](const QJsonValue &v) { c.onDown = v.toBool(); });
    take("on_up", [&](const QJsonValue &v) { c.onUp = v.toBool(); });
    take("reminder_ms", [&](const QJsonValue &v) { c.reminderMs = qint64(v.toDouble()); });
    take("is_default", [&](const QJsonValue &v) { c.isDefault = v.toBool(); });
    const ChannelKind *kind = ChannelKinds::find(c.kind);
    if (!kind)
        return failure(Tr::tr("Unknown channel kind \"%1\" (%2).")
                               .arg(c.kind, ChannelKinds::names().join(QStringLiteral(", "))));
    if (const QString why = kind->validateConfig(c.config); !why.isEmpty())
        return failure(why);
    if (kind->secretRequired() && c.secretRef.isEmpty())
        return failure(Tr::tr("A %1 channel needs its %2.").arg(c.kind, kind->secretLabel()));
    const auto saved = name == QLatin1String("channel.add") ? m_engine.addChannel(c, &error)
                                                            : m_engine.editChannel(c, &error);
    return saved ? success(saved->id) : failure(error);
}

QJsonObject CommandHandler::monitorCommand(const QString &name, const QJsonObject &command)
{
    QString error;
    if (name == QLatin1String("monitor.add")) {
        MonitorSpec spec = specFromJson(command);
        if (command.contains(QLatin1String("kind"))) {
            const QString kind = command.value(QLatin1String("kind")).toString();
            spec.kind = kindFromName(kind);
            if (!spec.kind)
                return failure(
                        Tr::tr("Unknown monitor kind \"%1\" (heartbeat, http, tcp).").arg(kind));
        }
        const auto m = m_engine.addMonitor(spec, &error);
        return m ? success(m->id) : failure(error);
    }

    const QString ref = command.value(QLatin1String("monitor")).toString();
    const Monitor *target = m_engine.find(ref);
    if (!target)
        return failure(
                Tr::tr("No monitor is named \"%1\" (give an id, a slug or a token).").arg(ref));
    const qint64 id = target->id;

    bool ok = false;
    if (name == QLatin1String("monitor.edit")) {
        ok = m_engine.editMonitor(id, specFromJson(command), &error).has_value();
    } else if (name == QLatin1String("monitor.pause")) {
        ok = m_engine.pauseMonitor(id, &error);
    } else if (name == QLatin1String("monitor.resume")) {
        ok = m_engine.resumeMonitor(id, &error);
    } else if (name == QLatin1String("monitor.remove")) {
        ok = m_engine.removeMonitor(id, &error);
    } else {
        return failure(Tr::tr("Unknown command \"%1\".").arg(name));
    }
    return ok ? success(id) : failure(error);
}

} // namespace uptrack
