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

QString validate(const MonitorSpec &spec)
{
    if (spec.name) {
        if (spec.name->trimmed().isEmpty())
            return Tr::tr("The name must not be empty.");
        if (spec.name->size() > kMaxNameLength)
            return Tr::tr("The name is longer than %1 characters.").arg(kMaxNameLength);
    }
    if (spec.slug && !isValidSlug(*spec.slug))
        return Tr::tr("The slug \"%1\" may only use a-z, 0-9, '-' and '_' (at most %2 characters).")
                .arg(*spec.slug)
                .arg(kMaxSlugLength);
    if (spec.periodMs && *spec.periodMs < kMinPeriodMs)
        return Tr::tr("The period must be at least 1s (got %1).")
                .arg(formatDuration(*spec.periodMs));
    if (spec.cron && !spec.cron->isEmpty()) {
        if (QString why = Schedule::validate(*spec.cron, spec.timeZone.value_or(QString()));
            !why.isEmpty())
            return why;
    } else if (spec.timeZone && !spec.timeZone->isEmpty()) {
        if (QString why = Schedule::validate(QStringLiteral("* * * * *"), *spec.timeZone);
            !why.isEmpty())
            return why;
    }
    if ((spec.maxRunMs && *spec.maxRunMs < 0) || (spec.slowRunMs && *spec.slowRunMs < 0))
        return Tr::tr("Run times must not be negative.");
    if (spec.graceMs && *spec.graceMs < 0)
        return Tr::tr("The grace period must not be negative.");
    if (spec.tags) {
        for (const QString &tag : *spec.tags) {
            if (tag.isEmpty() || tag.contains(QLatin1Char(' ')))
                return Tr::tr("Tags are single words; \"%1\" is not.").arg(tag);
        }
    }
    return QString();
}

} // namespace uptrack::MonitorRules
