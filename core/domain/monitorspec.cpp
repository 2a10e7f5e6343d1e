// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitorspec.h"

#include "schedule/duration.h"
#include "schedule/schedule.h"

#include <QCoreApplication>

namespace uptrack::MonitorRules {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MonitorRules)
};
} // namespace

QString slugify(const QString &name)
{
    QString out;
    bool dash = false;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_')) {
            if (dash && !out.isEmpty())
                out += QLatin1Char('-');
            out += c;
            dash = false;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            dash = true;
        }
    }
    out.truncate(kMaxSlugLength);
    return out.isEmpty() ? QStringLiteral("monitor") : out;
}

bool isValidSlug(const QString &slug)
{
    if (slug.isEmpty() || slug.size() > kMaxSlugLength)
        return false;
    for (const QChar c : slug) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-')
                || c == QLatin1Char('_');
        if (!ok)
            return false;
    }
    return true;
}

Problems validate(const MonitorSpec &spec, Purpose purpose, const QStringList &takenSlugs)
{
    Problems problems;
    auto problem = [&problems](const char *field, const QString &message) {
        problems.append({QLatin1String(field), message});
    };
    if (purpose == Purpose::Add && !spec.name && !spec.allowEmptyName)
        problem("name", Tr::tr("A monitor needs a name."));
    if (spec.name) {
        if (spec.name->trimmed().isEmpty() && !spec.allowEmptyName)
            problem("name", Tr::tr("Give the monitor a name."));
        else if (spec.name->size() > kMaxNameLength)
            problem("name", Tr::tr("The name is longer than %1 characters.").arg(kMaxNameLength));
    }
    if (spec.slug && spec.slug->isEmpty() && spec.allowEmptySlug)
        ; // no slug: pings by token only
    else if (spec.slug && spec.slug->isEmpty())
        problem("slug", Tr::tr("A slug is needed for the readable ping URL."));
    else if (spec.slug && !isValidSlug(*spec.slug))
        problem("slug",
                Tr::tr("The slug \"%1\" may only use lower-case letters a-z, digits 0-9, '-' "
                       "and '_' (at most %2 characters).")
                        .arg(*spec.slug)
                        .arg(kMaxSlugLength));
    else if (spec.slug && takenSlugs.contains(*spec.slug))
        problem("slug",
                Tr::tr("The slug \"%1\" is already used by another monitor.").arg(*spec.slug));
    if (spec.periodMs && *spec.periodMs < kMinPeriodMs)
        problem("period",
                Tr::tr("The period must be at least 1s (got %1).")
                        .arg(formatDuration(*spec.periodMs)));
    if (spec.cron && !spec.cron->isEmpty()) {
        if (const QString why = Schedule::cronProblem(*spec.cron); !why.isEmpty())
            problem("cron", why);
    }
    if (spec.timeZone) {
        if (const QString why = Schedule::zoneProblem(spec.timeZone->trimmed()); !why.isEmpty())
            problem("tz", why);
    }
    if (spec.maxRunMs && *spec.maxRunMs < 0)
        problem("max_run", Tr::tr("Run times must not be negative."));
    if (spec.slowRunMs && *spec.slowRunMs < 0)
        problem("slow_run", Tr::tr("Run times must not be negative."));
    for (auto it = spec.channelDelays.cbegin(); it != spec.channelDelays.cend(); ++it) {
        if (it.value() < 0 || it.value() > 7LL * 86'400'000)
            problem("channels",
                    Tr::tr("An escalation delay is 0 to 7 days (%1: %2).")
                            .arg(it.key(), formatDuration(it.value())));
        if (!spec.channels || !spec.channels->contains(it.key()))
            problem("channels",
                    Tr::tr("A delay is for a channel the monitor uses (%1).").arg(it.key()));
    }
    if (spec.minRunMs && *spec.minRunMs < 0)
        problem("min_run", Tr::tr("Run times must not be negative."));
    if (spec.downAfter && (*spec.downAfter < 1 || *spec.downAfter > kMaxDownAfter))
        problem("down_after",
                Tr::tr("A monitor goes down after 1 to %1 misses or failures in a row (got %2).")
                        .arg(kMaxDownAfter)
                        .arg(*spec.downAfter));
    if (spec.graceMs && *spec.graceMs < 0)
        problem("grace", Tr::tr("The grace period must not be negative."));
    if (spec.methods && !spec.methods->isEmpty() && *spec.methods != QLatin1String("POST"))
        problem("methods",
                Tr::tr("Methods is \"POST\" (only POST pings count) or empty (any method)."));
    if (spec.tags) {
        for (const QString &tag : *spec.tags) {
            if (tag.isEmpty() || tag.contains(QLatin1Char(' '))) {
                problem("tags", Tr::tr("Tags are single words; \"%1\" is not.").arg(tag));
                break;
            }
        }
    }
    return problems;
}

} // namespace uptrack::MonitorRules

namespace uptrack {

namespace {
template<typename T> void assignIfSet(T *field, const std::optional<T> &value)
{
    if (value)
        *field = *value;
}
} // namespace

void MonitorSpec::applyPlainFields(Monitor *m) const
{
    if (name)
        m->name = name->trimmed();
    assignIfSet(&m->tags, tags);
    assignIfSet(&m->description, description);
    assignIfSet(&m->graceMs, graceMs);
    assignIfSet(&m->maxRunMs, maxRunMs);
    assignIfSet(&m->slowRunMs, slowRunMs);
    assignIfSet(&m->minRunMs, minRunMs);
    assignIfSet(&m->successKeywords, successKeywords);
    assignIfSet(&m->failureKeywords, failureKeywords);
    assignIfSet(&m->startKeywords, startKeywords);
    assignIfSet(&m->resumeOnPing, resumeOnPing);
    assignIfSet(&m->methods, methods);
}

} // namespace uptrack
