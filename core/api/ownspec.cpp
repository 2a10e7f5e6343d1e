// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ownspec.h"

#include <QCoreApplication>
#include <QJsonArray>

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

} // namespace uptrack::ownapi
