// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandhandler.h"

#include "engine/engine.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace uptrack {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CommandHandler", text);
}

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
    if (o.contains(QLatin1String("tags"))) {
        QStringList tags;
        for (const QJsonValue &t : o.value(QLatin1String("tags")).toArray())
            tags.append(t.toString());
        spec.tags = tags;
    }
    return spec;
}
} // namespace

QJsonObject CommandHandler::handle(const QJsonObject &command)
{
    const QString name = command.value(QLatin1String("command")).toString();
    QString error;
    if (name == QLatin1String("monitor.add")) {
        const auto m = m_engine.addMonitor(specFromJson(command), &error);
        return m ? success(m->id) : failure(error);
    }

    const QString ref = command.value(QLatin1String("monitor")).toString();
    const Monitor *target = m_engine.find(ref);
    if (!name.startsWith(QLatin1String("monitor.")))
        return failure(tr("Unknown command \"%1\".").arg(name));
    if (!target)
        return failure(tr("No monitor is named \"%1\" (give an id, a slug or a token).").arg(ref));
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
        return failure(tr("Unknown command \"%1\".").arg(name));
    }
    return ok ? success(id) : failure(error);
}

} // namespace uptrack
