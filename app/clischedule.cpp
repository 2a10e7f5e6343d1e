// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// uptrack schedule --cron EXPR --tz ZONE [--after ISO-8601] [--count N]
#include "cli_p.h"

#include "schedule/cronexpression.h"
#include "time/clock.h"
#include "time/isotime.h"

#include <QCoreApplication>

namespace uptrack::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

int Cli::schedule()
{
    if (!m_parser.isSet(QStringLiteral("cron"))) {
        err(Tr::tr(
                "usage: uptrack schedule --cron EXPR [--tz ZONE] [--after ISO-8601] [--count N]"));
        return Usage;
    }
    QString error;
    const auto cron = CronExpression::parse(m_parser.value(QStringLiteral("cron")), &error);
    if (!cron) {
        err(Tr::tr("--cron: %1").arg(error));
        return Usage;
    }
    QTimeZone zone = QTimeZone::systemTimeZone();
    if (m_parser.isSet(QStringLiteral("tz"))) {
        const auto named = zoneFromName(m_parser.value(QStringLiteral("tz")), &error);
        if (!named) {
            err(Tr::tr("--tz: %1").arg(error));
            return Usage;
        }
        zone = *named;
    }
    qint64 after = m_clock.nowMs();
    if (m_parser.isSet(QStringLiteral("after"))) {
        const auto parsed = parseIso(m_parser.value(QStringLiteral("after")), zone);
        if (!parsed) {
            err(Tr::tr("--after: \"%1\" is not an ISO 8601 date and time (like 2026-03-08T01:30:00 "
                       "or 2026-03-08T06:30:00Z)")
                        .arg(m_parser.value(QStringLiteral("after"))));
            return Usage;
        }
        after = *parsed;
    }
    int count = 5;
    if (m_parser.isSet(QStringLiteral("count"))) {
        bool ok = false;
        count = m_parser.value(QStringLiteral("count")).toInt(&ok);
        if (!ok || count < 1 || count > 1000) {
            err(Tr::tr("--count: a number from 1 to 1000"));
            return Usage;
        }
    }
    const QList<qint64> times = cron->nextN(after, zone, count);
    if (m_json) {
        QJsonArray array;
        for (qint64 t : times)
            array.append(isoInZone(t, zone));
        printJson(array);
    } else {
        for (qint64 t : times)
            out(isoInZone(t, zone) + QLatin1Char('\n'));
    }
    return Ok;
}

} // namespace uptrack::cli
