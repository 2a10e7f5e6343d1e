// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// uptrack report, uptrack incident note and uptrack incident ack.
#include "cli_p.h"

#include "format/jsonformat.h"
#include "platform/username.h"
#include "reports/report.h"
#include "schedule/cronexpression.h"
#include "storage/historyrepository.h"
#include "storage/monitorrepository.h"
#include "time/isotime.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace uptrack::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

int Cli::report()
{
    const QString format = m_parser.value(QStringLiteral("format")).toLower();
    const QString output = m_parser.value(QStringLiteral("output"));
    const QStringList formats{QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("csv"),
                              QStringLiteral("json")};
    if (!m_parser.isSet(QStringLiteral("from")) || !m_parser.isSet(QStringLiteral("to"))
        || output.isEmpty() || !formats.contains(format)) {
        err(Tr::tr("usage: uptrack report --from DATE --to DATE [--monitor M]... [--tag T] "
                   "[--tz ZONE] --format pdf|html|csv|json -o FILE"));
        return Usage;
    }
    ReportRequest request;
    if (m_parser.isSet(QStringLiteral("tz"))) {
        QString why;
        const auto zone = zoneFromName(m_parser.value(QStringLiteral("tz")), &why);
        if (!zone) {
            err(QStringLiteral("--tz: ") + why);
            return Usage;
        }
        request.zone = *zone;
    }
    const QString fromText = m_parser.value(QStringLiteral("from"));
    const QString toText = m_parser.values(QStringLiteral("to")).constLast();
    const auto from = parseIso(fromText, request.zone);
    const auto to = parseIso(toText, request.zone);
    if (!from || !to) {
        err(Tr::tr("--from and --to take dates like 2026-03-01, 2026-03-01T08:00 or "
                   "2026-03-01T08:00:00+02:00 (\"%1\" is not one).")
                    .arg(!from ? fromText : toText));
        return Usage;
    }
    if (*to <= *from) {
        err(Tr::tr("--to must come after --from (the period is half-open: --to is not included)."));
        return Usage;
    }
    request.fromMs = *from;
    request.toMs = *to;
    request.monitors = m_parser.values(QStringLiteral("monitor"));
    request.tag = m_parser.value(QStringLiteral("tag"));
    request.includeBodies = m_parser.isSet(QStringLiteral("include-bodies"));
    if (!openDatabase())
        return Failed;
    QString error;
    const auto built = buildReport(*m_db, request, m_clock.nowMs(), &error);
    if (!built) {
        err(QStringLiteral("uptrack: ") + error);
        return Failed;
    }
    if (!writeReport(*built, format, output, &error)) {
        err(QStringLiteral("uptrack: ") + error);
        return Failed;
    }
    if (!m_json) {
        // Plural messages (the English forms come from uptrack_en.qm).
        err(Tr::tr("Wrote %1: %2, %3.")
                    .arg(QFileInfo(output).absoluteFilePath(),
                         Tr::tr("%n monitor(s)", nullptr, int(built->monitors.size())),
                         Tr::tr("%n incident(s)", nullptr, int(built->incidents.size()))));
    }
    return Ok;
}

int Cli::incident(const QStringList &rest)
{
    // rest: ID [TEXT], after "incident note".
    bool ok = false;
    const qint64 id = rest.value(0).toLongLong(&ok);
    if (!ok || rest.isEmpty() || rest.size() > 2) {
        err(Tr::tr("usage: uptrack incident note ID TEXT   (an empty TEXT removes the note)"));
        return Usage;
    }
    const command::Reply reply = execute(command::SetIncidentNote{id, rest.value(1)});
    if (!reply.ok) {
        if (!reply.error.isEmpty())
            err(QStringLiteral("uptrack: ") + reply.error);
        return Failed;
    }
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("id"), double(id)},
                              {QStringLiteral("note"), rest.value(1)}});
    return Ok;
}

int Cli::acknowledge(const QStringList &rest)
{
    if (rest.size() != 1) {
        err(Tr::tr("usage: uptrack incident ack ID|MONITOR [--note TEXT]   (MONITOR: its open "
                   "incident)"));
        return Usage;
    }
    if (!openDatabase())
        return Failed;
    // An incident by its id, or a monitor's open one (the core finds it).
    bool isId = false;
    const qint64 number = rest[0].toLongLong(&isId);
    const bool isIncident = isId && HistoryRepository(*m_db).incident(number).has_value();
    const QString by = servesRemoteCaller() && qEnvironmentVariableIsSet("UPTRACK_REMOTE_USER")
            ? qEnvironmentVariable("UPTRACK_REMOTE_USER")
            : localUserName();
    const command::Reply reply = execute(
            command::AcknowledgeIncident{isIncident ? number : 0, isIncident ? QString() : rest[0],
                                         by, m_parser.value(QStringLiteral("note"))});
    if (!reply.ok) {
        printFailure(reply);
        return Failed;
    }
    const qint64 id = reply.id;
    const auto acked = HistoryRepository(*m_db).incident(id);
    if (m_json) {
        printJson(acked ? incidentToJson(*acked,
                                         MonitorRepository(*m_db).names().value(acked->monitorId))
                        : QJsonObject{{QStringLiteral("id"), double(id)}});
        return Ok;
    }
    out(Tr::tr("Acknowledged incident %1 as %2: its reminders stop; its recovery will still be "
               "announced.\n")
                .arg(id)
                .arg(by));
    return Ok;
}

} // namespace uptrack::cli
