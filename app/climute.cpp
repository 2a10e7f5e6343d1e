// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// uptrack mute --for D [--monitor M | --tag T] and uptrack unmute [--monitor M | --tag T]:
// alerts recorded but not sent for a while, then one summary per channel.
#include "cli_p.h"

#include "format/jsonformat.h"
#include "schedule/duration.h"
#include "storage/monitorrepository.h"
#include "storage/muterepository.h"
#include "time/isotime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

namespace uptrack::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

QString Cli::muteScopeOf(const Mute &m)
{
    return m.scopeText(monitorNames()(m.monitorId));
}

QJsonObject Cli::muteJson(const Mute &m)
{
    return QJsonObject{{QStringLiteral("until"), isoUtc(m.untilMs)},
                       {QStringLiteral("scope"), muteScopeOf(m)},
                       {QStringLiteral("since"), isoUtc(m.createdMs)}};
}

bool Cli::muteScopeOptions(QString *monitor, QString *tag)
{
    *monitor = m_parser.value(QStringLiteral("monitor"));
    *tag = m_parser.value(QStringLiteral("tag"));
    if (!monitor->isEmpty() && !tag->isEmpty()) {
        err(Tr::tr("give --monitor or --tag, not both (without either: every monitor)"));
        return false;
    }
    return true;
}

int Cli::muteCommand(bool muting, const QStringList &rest)
{
    if (!rest.isEmpty()) {
        err(Tr::tr("unexpected argument \"%1\"").arg(rest.first()));
        return Usage;
    }
    QString monitor;
    QString tag;
    if (!muteScopeOptions(&monitor, &tag))
        return Usage;
    const bool forSet = muting && m_parser.isSet(QStringLiteral("for"));
    const bool untilSet = muting && m_parser.isSet(QStringLiteral("until"));
    if (muting && !forSet && !untilSet) {
        if (!monitor.isEmpty() || !tag.isEmpty()) {
            err(Tr::tr("uptrack mute needs --for DURATION (4h, 30m) or --until TIME"));
            return Usage;
        }
        return listMutes(); // no duration: what is muted now
    }
    if (!muting) {
        QList<Mute> before;
        if (!loadAll<MuteRepository>(&before))
            return Failed;
        const command::Reply reply
                = execute(command::Unmute{monitor.isEmpty() && tag.isEmpty(), monitor, tag});
        if (!reply.ok) {
            printFailure(reply);
            return Failed;
        }
        QList<Mute> after;
        loadAll<MuteRepository>(&after);
        QJsonArray ended;
        for (const Mute &m : std::as_const(before)) {
            const bool left = std::any_of(after.cbegin(), after.cend(),
                                          [&m](const Mute &a) { return a.id == m.id; });
            if (!left)
                ended.append(muteJson(m));
        }
        if (m_json) {
            printJson(QJsonObject{{QStringLiteral("unmuted"), ended}});
        } else if (ended.isEmpty()) {
            out(Tr::tr("Nothing was muted.\n"));
        } else {
            for (const QJsonValue &e : std::as_const(ended))
                out(Tr::tr("Unmuted %1: alerts go out again; each channel that missed some gets "
                           "a summary.\n")
                            .arg(e.toObject().value(QLatin1String("scope")).toString()));
        }
        return Ok;
    }
    if (forSet && untilSet) {
        err(Tr::tr("give --for or --until, not both"));
        return Usage;
    }
    qint64 untilMs = 0;
    if (forSet) {
        QString why;
        const auto ms = parseDuration(m_parser.value(QStringLiteral("for")), &why);
        if (!ms || *ms <= 0) {
            err(QStringLiteral("--for: ") + (ms ? Tr::tr("a mute lasts longer than 0s") : why));
            return Usage;
        }
        untilMs = m_clock.nowMs() + *ms;
    } else {
        const QString text = m_parser.value(QStringLiteral("until"));
        const auto parsed = parseIso(text, QTimeZone::systemTimeZone());
        if (!parsed) {
            err(Tr::tr("--until takes a time like 2026-03-01T08:00 or 2026-03-01T08:00:00+02:00 "
                       "(\"%1\" is not one).")
                        .arg(text));
            return Usage;
        }
        untilMs = *parsed;
    }
    const command::Reply reply = execute(command::Mute{monitor, tag, untilMs});
    if (!reply.ok) {
        printFailure(reply);
        return Failed;
    }
    QList<Mute> all;
    loadAll<MuteRepository>(&all);
    for (const Mute &m : std::as_const(all)) {
        if (m.id != reply.id)
            continue;
        if (m_json)
            printJson(muteJson(m));
        else
            out(Tr::tr("Muted %1 until %2: alerts are recorded, not sent; then each channel that "
                       "missed some gets one summary.\n")
                        .arg(muteScopeOf(m), localTime(m.untilMs)));
        return Ok;
    }
    err(Tr::tr("The mute ended already."));
    return Failed;
}

int Cli::listMutes()
{
    QList<Mute> all;
    if (!loadAll<MuteRepository>(&all))
        return Failed;
    if (m_json) {
        QJsonArray list;
        for (const Mute &m : std::as_const(all))
            list.append(muteJson(m));
        printJson(QJsonObject{{QStringLiteral("mutes"), list}});
        return Ok;
    }
    if (all.isEmpty())
        out(Tr::tr("Nothing is muted. (uptrack mute --for 4h mutes every monitor.)\n"));
    for (const Mute &m : std::as_const(all))
        out(Tr::tr("%1 muted until %2\n").arg(muteScopeOf(m), localTime(m.untilMs)));
    return Ok;
}

} // namespace uptrack::cli
