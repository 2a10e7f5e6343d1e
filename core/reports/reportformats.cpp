// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// CSV, JSON and HTML. Nothing secret goes in: names, slugs, tags, times, reasons,
// channel names and delivery outcomes — never tokens, URLs or (unless asked) bodies.
#include "report.h"
#include "reportformat_p.h"
#include "reportslog.h"

#include "format/humanformat.h"
#include "time/isotime.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

namespace uptrack {

namespace reportformat {

QString when(qint64 ms, const QTimeZone &zone)
{
    if (ms < 0)
        return Tr::tr("unknown");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, zone),
                              QStringLiteral("ddd d MMM yyyy HH:mm"));
}

QString ackText(const ReportIncident &i, const QTimeZone &zone)
{
    if (i.ackBy.isEmpty())
        return QString();
    const QString text = Tr::tr("Acknowledged by %1 at %2").arg(i.ackBy, when(i.ackMs, zone));
    return i.ackNote.isEmpty() ? text : Tr::tr("%1: %2").arg(text, i.ackNote);
}

QString percent(const ReportMonitor &m)
{
    if (m.awaitingFirstPing)
        return Tr::tr("no data yet");
    if (!m.uptimePercent)
        return Tr::tr("no data");
    return QLocale().toString(*m.uptimePercent, 'f', 3) + QLatin1Char('%');
}

QString alertKindText(AlertKind kind)
{
    switch (kind) {
    case AlertKind::Down:
        return Tr::tr("down alert");
    case AlertKind::Up:
        return Tr::tr("recovery");
    case AlertKind::Reminder:
        return Tr::tr("reminder");
    default:
        return alertKindName(kind);
    }
}

QString noChannelText()
{
    return Tr::tr("no channel — nobody was alerted");
}

QString alertSummary(const ReportAlert &a, const QTimeZone &zone)
{
    const QString kind = alertKindText(a.kind);
    if (a.channel.isEmpty())
        return Tr::tr("%1 at %2: %3").arg(kind, when(a.timeMs, zone), noChannelText());
    const QString state = a.state == DeliveryState::Delivered ? Tr::tr("delivered")
            : a.state == DeliveryState::Failed                ? Tr::tr("FAILED")
            : a.state == DeliveryState::Muted                 ? Tr::tr("muted, not sent")
                                                              : Tr::tr("still retrying");
    return Tr::tr("%1 at %2 to %3: %4").arg(kind, when(a.timeMs, zone), a.channel, state);
}

QString periodText(const Report &r)
{
    return Tr::tr("%1 to %2")
            .arg(when(r.request.fromMs, r.request.zone), when(r.request.toMs, r.request.zone));
}

QString zoneName(const QTimeZone &zone)
{
    return QString::fromUtf8(zone.id());
}

} // namespace reportformat

using namespace reportformat;

namespace {
QString csvField(const QString &value)
{
    if (value.contains(QLatin1Char('"')) || value.contains(QLatin1Char(','))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
        QString quoted = value;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return value;
}

QString seconds(qint64 ms)
{
    return ms < 0 ? QString() : QString::number(ms / 1000);
}

QJsonValue secondsOrNull(qint64 ms)
{
    return ms < 0 ? QJsonValue() : QJsonValue(double(ms / 1000));
}

QJsonValue isoOrNullIn(qint64 ms, const QTimeZone &zone)
{
    return ms < 0 ? QJsonValue() : QJsonValue(isoInZone(ms, zone));
}

QJsonArray spansJson(const QList<ReportSpan> &spans, const QTimeZone &zone)
{
    QJsonArray out;
    for (const ReportSpan &s : spans)
        out.append(QJsonObject{{QStringLiteral("start"), isoInZone(s.startMs, zone)},
                               {QStringLiteral("end"), isoInZone(s.endMs, zone)}});
    return out;
}

QJsonArray windowsJson(const QList<ReportWindow> &windows, const QTimeZone &zone)
{
    QJsonArray out;
    for (const ReportWindow &w : windows)
        out.append(
                QJsonObject{{QStringLiteral("name"), w.name},
                            {QStringLiteral("start"), isoInZone(w.startMs, zone)},
                            {QStringLiteral("end"), isoInZone(w.endMs, zone)},
                            {QStringLiteral("monitors"), QJsonArray::fromStringList(w.monitors)}});
    return out;
}
} // namespace

QByteArray reportCsv(const Report &report)
{
    const QTimeZone &zone = report.request.zone;
    QStringList lines;
    lines.append(QStringLiteral("monitor,slug,incident,start,end,started_before_period,ongoing,"
                                "duration_s,no_data_s,reason,reason_code,last_good_ping,alerts,"
                                "note,uptime_percent,maintenance_s,acknowledged_by,acknowledged_at,"
                                "acknowledged_note"));
    // The monitor's uptime over the period, on each of its rows.
    QHash<qint64, QString> uptime;
    for (const ReportMonitor &m : report.monitors) {
        uptime.insert(m.id,
                      m.awaitingFirstPing       ? Tr::tr("no data yet")
                              : m.uptimePercent ? QString::number(*m.uptimePercent, 'f', 3)
                                                : QString());
    }
    for (const ReportIncident &i : report.incidents) {
        QStringList alerts;
        for (const ReportAlert &a : i.alerts)
            alerts.append(alertSummary(a, zone));
        const QStringList row{
                csvField(i.monitorName),
                csvField(i.monitorSlug),
                QString::number(i.id),
                isoInZone(i.startMs, zone),
                i.ongoing ? QString() : isoInZone(i.endMs, zone),
                i.startedBefore ? QStringLiteral("yes") : QStringLiteral("no"),
                i.ongoing ? QStringLiteral("yes") : QStringLiteral("no"),
                seconds(i.downtimeMs),
                seconds(i.noDataMs),
                csvField(i.reason),
                csvField(i.reasonCode),
                i.lastGoodPingMs < 0 ? QString() : isoInZone(i.lastGoodPingMs, zone),
                csvField(alerts.join(QStringLiteral("; "))),
                csvField(i.note),
                csvField(uptime.value(i.monitorId)),
                seconds(i.maintenanceMs),
                csvField(i.ackBy),
                i.ackBy.isEmpty() ? QString() : isoInZone(i.ackMs, zone),
                csvField(i.ackNote),
        };
        lines.append(row.join(QLatin1Char(',')));
    }
    // A monitor never pinged has no incident, yet is not "fine": one row says so.
    for (const ReportMonitor &m : report.monitors) {
        if (!m.awaitingFirstPing)
            continue;
        QStringList row{csvField(m.name), csvField(m.slug)};
        for (int empty = 0; empty < 7; ++empty)
            row.append(QString());
        row << csvField(Tr::tr("new — no data yet")) << QStringLiteral("new") << QString()
            << QString() << QString() << csvField(uptime.value(m.id)) << QString() // maintenance
            << QString() << QString() << QString(); // no acknowledgement
        lines.append(row.join(QLatin1Char(',')));
    }
    // RFC 4180: CRLF after every record, the last one included.
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

QByteArray reportJson(const Report &report)
{
    const QTimeZone &zone = report.request.zone;
    QJsonArray monitors;
    for (const ReportMonitor &m : report.monitors) {
        monitors.append(QJsonObject{
                {QStringLiteral("id"), double(m.id)},
                {QStringLiteral("name"), m.name},
                {QStringLiteral("slug"), m.slug},
                {QStringLiteral("tags"), QJsonArray::fromStringList(m.tags)},
                {QStringLiteral("schedule"), m.schedule},
                {QStringLiteral("measured_from"), isoInZone(m.covered.startMs, zone)},
                {QStringLiteral("measured_to"), isoInZone(m.covered.endMs, zone)},
                {QStringLiteral("covered_s"), double(m.covered.length() / 1000)},
                {QStringLiteral("no_data_s"), double(m.noDataMs / 1000)},
                {QStringLiteral("maintenance_s"), double(m.maintenanceMs / 1000)},
                {QStringLiteral("maintenance"), spansJson(m.maintenanceSpans, zone)},
                {QStringLiteral("downtime_s"), double(m.downtimeMs / 1000)},
                {QStringLiteral("uptime_percent"),
                 m.uptimePercent ? QJsonValue(*m.uptimePercent) : QJsonValue()},
                {QStringLiteral("awaiting_first_ping"), m.awaitingFirstPing},
                {QStringLiteral("incidents"), m.incidents},
                {QStringLiteral("mttr_s"), secondsOrNull(m.meanTimeToRecoveryMs)},
                {QStringLiteral("longest_incident_s"), secondsOrNull(m.longestIncidentMs)},
                {QStringLiteral("runs"), m.runs},
                {QStringLiteral("run_median_s"),
                 m.runMedianMs < 0 ? QJsonValue() : QJsonValue(double(m.runMedianMs) / 1000.0)},
                {QStringLiteral("run_p95_s"),
                 m.runP95Ms < 0 ? QJsonValue() : QJsonValue(double(m.runP95Ms) / 1000.0)},
        });
    }
    QJsonArray incidents;
    for (const ReportIncident &i : report.incidents) {
        QJsonArray alerts;
        for (const ReportAlert &a : i.alerts) {
            alerts.append(QJsonObject{
                    {QStringLiteral("kind"), alertKindName(a.kind)},
                    {QStringLiteral("time"), isoInZone(a.timeMs, zone)},
                    {QStringLiteral("channel"),
                     a.channel.isEmpty() ? QJsonValue() : QJsonValue(a.channel)},
                    {QStringLiteral("state"),
                     a.state ? QJsonValue(deliveryStateName(*a.state)) : QJsonValue()},
                    {QStringLiteral("outcome"), a.outcome},
                    {QStringLiteral("attempts"), a.attempts},
            });
        }
        QJsonObject o{
                {QStringLiteral("id"), double(i.id)},
                {QStringLiteral("monitor"), i.monitorName},
                {QStringLiteral("slug"), i.monitorSlug},
                {QStringLiteral("start"), isoInZone(i.startMs, zone)},
                {QStringLiteral("end"),
                 i.ongoing ? QJsonValue() : QJsonValue(isoInZone(i.endMs, zone))},
                {QStringLiteral("started_before_period"), i.startedBefore},
                {QStringLiteral("ongoing"), i.ongoing},
                {QStringLiteral("continues_after_period"), i.continuesAfter},
                {QStringLiteral("duration_s"), double(i.downtimeMs / 1000)},
                {QStringLiteral("no_data_s"), double(i.noDataMs / 1000)},
                {QStringLiteral("maintenance_s"), double(i.maintenanceMs / 1000)},
                {QStringLiteral("reason"), i.reason},
                {QStringLiteral("reason_code"), i.reasonCode},
                {QStringLiteral("last_good_ping"), isoOrNullIn(i.lastGoodPingMs, zone)},
                {QStringLiteral("alerts"), alerts},
                {QStringLiteral("note"), i.note},
                {QStringLiteral("acknowledged"),
                 i.ackBy.isEmpty() ? QJsonValue()
                                   : QJsonObject{{QStringLiteral("by"), i.ackBy},
                                                 {QStringLiteral("at"), isoInZone(i.ackMs, zone)},
                                                 {QStringLiteral("note"), i.ackNote}}},
        };
        if (report.request.includeBodies)
            o.insert(QStringLiteral("body_excerpt"), QString::fromUtf8(i.bodyExcerpt));
        incidents.append(o);
    }
    const QJsonObject root{
            {QStringLiteral("period"),
             QJsonObject{{QStringLiteral("from"), isoInZone(report.request.fromMs, zone)},
                         {QStringLiteral("to"), isoInZone(report.request.toMs, zone)},
                         {QStringLiteral("time_zone"), zoneName(zone)}}},
            {QStringLiteral("generated"), isoInZone(report.generatedMs, zone)},
            {QStringLiteral("monitors"), monitors},
            {QStringLiteral("incidents"), incidents},
            {QStringLiteral("maintenance_windows"), windowsJson(report.windows, zone)},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString stripSvg(const ReportMonitor &m, const Report &report, int width, int height)
{
    const qint64 from = report.request.fromMs, to = report.request.toMs;
    auto x = [&](qint64 t) {
        return double(std::clamp(t, from, to) - from) * width / double(to - from);
    };
    QString svg
            = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
                             "viewBox=\"0 0 %1 %2\" role=\"img\"><title>%3</title>")
                      .arg(width)
                      .arg(height)
                      .arg(Tr::tr("Timeline of %1").arg(m.name).toHtmlEscaped());
    auto rect = [&](qint64 a, qint64 b, const char *fill) {
        if (b <= a)
            return;
        svg += QStringLiteral("<rect x=\"%1\" y=\"0\" width=\"%2\" height=\"%3\" fill=\"%4\"/>")
                       .arg(x(a), 0, 'f', 1)
                       .arg(std::max(1.0, x(b) - x(a)), 0, 'f', 1)
                       .arg(height)
                       .arg(QLatin1String(fill));
    };
    rect(from, to, "#f1f3f4"); // before creation / not yet
    // up unless said otherwise; a monitor not pinged yet: no data
    rect(m.covered.startMs, m.covered.endMs, m.awaitingFirstPing ? "#9aa0a6" : "#2ea043");
    for (const ReportSpan &s : m.downSpans)
        rect(s.startMs, s.endMs, "#d13438");
    for (const ReportSpan &s : m.maintenanceSpans)
        rect(s.startMs, s.endMs, "#7a5cc7");
    for (const ReportSpan &s : m.noDataSpans)
        rect(s.startMs, s.endMs, "#9aa0a6");
    return svg + QStringLiteral("</svg>");
}

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}
} // namespace

QString reportHtmlBody(const Report &report,
                       const std::function<QString(const ReportMonitor &)> &strip)
{
    const QTimeZone &zone = report.request.zone;
    QString h;
    h += QStringLiteral("<h1>%1</h1>").arg(esc(Tr::tr("Uptrack incident report")));
    h += QStringLiteral("<p class=\"meta\">%1<br/>%2<br/>%3</p>")
                 .arg(esc(Tr::tr("Period: %1 (the end not included)").arg(periodText(report))),
                      esc(Tr::tr("Time zone: %1").arg(zoneName(zone))),
                      esc(Tr::tr("Generated: %1").arg(when(report.generatedMs, zone))));
    h += QStringLiteral("<p class=\"meta\">%1</p>")
                 .arg(esc(
                         Tr::tr("Uptime is measured while Uptrack was listening; time without data "
                                "(Uptrack not running or the computer asleep) is shown apart and "
                                "counts neither as up nor as down; so is time in maintenance "
                                "windows.")));

    h += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Summary")));
    h += QStringLiteral("<table class=\"summary\"><thead><tr>");
    for (const char *c :
         {QT_TRANSLATE_NOOP("Report", "Monitor"), QT_TRANSLATE_NOOP("Report", "Uptime"),
          QT_TRANSLATE_NOOP("Report", "No data"), QT_TRANSLATE_NOOP("Report", "Incidents"),
          QT_TRANSLATE_NOOP("Report", "Downtime"), QT_TRANSLATE_NOOP("Report", "MTTR"),
          QT_TRANSLATE_NOOP("Report", "Longest"), QT_TRANSLATE_NOOP("Report", "Runs"),
          QT_TRANSLATE_NOOP("Report", "Median run"), QT_TRANSLATE_NOOP("Report", "95% run")})
        h += QStringLiteral("<th>%1</th>").arg(esc(Tr::tr(c)));
    h += QStringLiteral("</tr></thead><tbody>");
    auto dur = [](qint64 ms) { return ms < 0 ? QStringLiteral("—") : human::duration(ms); };
    for (const ReportMonitor &m : report.monitors) {
        h += QStringLiteral(
                     "<tr><td>%1%2</td><td class=\"num\">%3</td><td class=\"num\">%4</td>"
                     "<td class=\"num\">%5</td><td class=\"num\">%6</td><td class=\"num\">%7</td>"
                     "<td class=\"num\">%8</td><td class=\"num\">%9</td><td class=\"num\">%10</td>"
                     "<td class=\"num\">%11</td></tr>")
                     .arg(esc(m.name),
                          m.createdMs > report.request.fromMs
                                  ? QStringLiteral("<br/><span class=\"small\">%1</span>")
                                            .arg(esc(Tr::tr("measured from its creation, %1")
                                                             .arg(when(m.createdMs, zone))))
                                  : QString(),
                          esc(percent(m)), esc(dur(m.noDataMs)), QString::number(m.incidents),
                          esc(dur(m.downtimeMs)), esc(dur(m.meanTimeToRecoveryMs)),
                          esc(dur(m.longestIncidentMs)), QString::number(m.runs))
                     .arg(esc(dur(m.runMedianMs)), esc(dur(m.runP95Ms)));
    }
    h += QStringLiteral("</tbody></table>");

    h += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Timelines")));
    h += QStringLiteral("<p class=\"small\">%1</p>")
                 .arg(esc(Tr::tr("Green: up. Red: down. Grey: no data. Purple: maintenance. "
                                 "Light: before the monitor existed or after now.")));
    h += QStringLiteral("<table class=\"strips\"><tbody>");
    for (const ReportMonitor &m : report.monitors)
        h += QStringLiteral("<tr><td class=\"stripname\">%1</td><td>%2</td></tr>")
                     .arg(esc(m.name), strip(m));
    h += QStringLiteral("</tbody></table>");

    if (!report.windows.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2><ul>").arg(esc(Tr::tr("Maintenance windows")));
        for (const ReportWindow &w : report.windows)
            h += QStringLiteral("<li>%1</li>")
                         .arg(esc(Tr::tr("%1: %2 to %3 (%4)")
                                          .arg(w.name, when(w.startMs, zone), when(w.endMs, zone),
                                               w.monitors.join(QStringLiteral(", ")))));
        h += QStringLiteral("</ul>");
    }

    h += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Incidents")));
    if (report.incidents.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("No incidents in this period.")));
    else {
        QString incidentHeader = QStringLiteral("<table class=\"incidents\"><thead><tr>");
        for (const char *c :
             {QT_TRANSLATE_NOOP("Report", "Monitor"), QT_TRANSLATE_NOOP("Report", "Start"),
              QT_TRANSLATE_NOOP("Report", "End"), QT_TRANSLATE_NOOP("Report", "Duration"),
              QT_TRANSLATE_NOOP("Report", "Reason"), QT_TRANSLATE_NOOP("Report", "Last good ping"),
              QT_TRANSLATE_NOOP("Report", "Alerts"), QT_TRANSLATE_NOOP("Report", "Note")})
            incidentHeader += QStringLiteral("<th>%1</th>").arg(esc(Tr::tr(c)));
        incidentHeader += QStringLiteral("</tr></thead><tbody>");
        h += incidentHeader;
        for (const ReportIncident &i : report.incidents) {
            QString start = esc(when(i.startMs, zone));
            if (i.startedBefore)
                start += QStringLiteral("<br/><span class=\"small\">%1</span>")
                                 .arg(esc(Tr::tr("began before the period")));
            QString end = i.ongoing ? esc(Tr::tr("ongoing")) : esc(when(i.endMs, zone));
            if (i.continuesAfter)
                end += QStringLiteral("<br/><span class=\"small\">%1</span>")
                               .arg(esc(Tr::tr("continued after the period")));
            QString duration = esc(human::duration(i.downtimeMs));
            if (i.noDataMs > 0)
                duration += QStringLiteral("<br/><span class=\"small\">%1</span>")
                                    .arg(esc(Tr::tr("plus %1 without data")
                                                     .arg(human::duration(i.noDataMs))));
            if (i.maintenanceMs > 0)
                duration += QStringLiteral("<br/><span class=\"small\">%1</span>")
                                    .arg(esc(Tr::tr("plus %1 in maintenance")
                                                     .arg(human::duration(i.maintenanceMs))));
            QStringList alerts;
            for (const ReportAlert &a : i.alerts)
                alerts.append(esc(alertSummary(a, zone)));
            QString note = esc(i.note);
            if (const QString ack = ackText(i, zone); !ack.isEmpty())
                note += QStringLiteral("%1<span class=\"small\">%2</span>")
                                .arg(note.isEmpty() ? QString() : QStringLiteral("<br/>"),
                                     esc(ack));
            if (report.request.includeBodies && !i.bodyExcerpt.isEmpty())
                note += QStringLiteral("<pre>%1</pre>").arg(esc(QString::fromUtf8(i.bodyExcerpt)));
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"num\">%4</td>"
                                "<td>%5</td><td>%6</td><td class=\"small\">%7</td><td>%8</td></tr>")
                         .arg(esc(i.monitorName), start, end, duration, esc(i.reason),
                              esc(when(i.lastGoodPingMs, zone)),
                              alerts.isEmpty() ? esc(Tr::tr("none"))
                                               : alerts.join(QStringLiteral("<br/>")),
                              note);
        }
        h += QStringLiteral("</tbody></table>");
    }
    return h;
}

QByteArray reportHtml(const Report &report)
{
    const QString css = QStringLiteral(
            "body{font-family:sans-serif;font-size:10pt;color:#202124;margin:2em}"
            "h1{font-size:18pt;margin-bottom:0.2em}h2{font-size:13pt;margin-top:1.5em}"
            ".meta{color:#5f6368}.small{font-size:8pt;color:#5f6368}"
            "table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #dadce0;"
            "padding:3px 6px;text-align:left;vertical-align:top}th{background:#f1f3f4}"
            "td.num{text-align:right;white-space:nowrap}thead{display:table-header-group}"
            "tr{page-break-inside:avoid}td.stripname{width:25%}"
            "pre{font-size:8pt;white-space:pre-wrap}");
    const QString html
            = QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" "
                             "lang=\"en\"><head><meta charset=\"utf-8\"/><title>%1</title>"
                             "<style>%2</style></head><body>%3</body></html>\n")
                      .arg(esc(Tr::tr("Uptrack incident report: %1").arg(periodText(report))), css,
                           reportHtmlBody(report, [&](const ReportMonitor &m) {
                               return stripSvg(m, report, 600, 14);
                           }));
    return html.toUtf8();
}

namespace {
bool writeReportBytes(const Report &report, const QString &format, const QString &path,
                      QString *error)
{
    if (format == QLatin1String("pdf"))
        return writeReportPdf(report, path, error);
    QByteArray bytes;
    if (!renderReport(report, format, &bytes, error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
} // namespace

bool renderReport(const Report &report, const QString &format, QByteArray *out, QString *error)
{
    if (format == QLatin1String("csv")) {
        *out = reportCsv(report);
    } else if (format == QLatin1String("json")) {
        *out = reportJson(report);
    } else if (format == QLatin1String("html")) {
        *out = reportHtml(report);
    } else if (format == QLatin1String("pdf")) {
        QBuffer buffer(out);
        buffer.open(QIODevice::WriteOnly);
        return writeReportPdf(report, &buffer, error);
    } else {
        *error = Tr::tr("Unknown format \"%1\": use pdf, html, csv or json.").arg(format);
        return false;
    }
    return true;
}

bool writeReport(const Report &report, const QString &format, const QString &path, QString *error)
{
    const bool written = writeReportBytes(report, format, path, error);
    if (written)
        qCInfo(lcReports).noquote() << "wrote a" << format << "report to" << path;
    else
        qCInfo(lcReports).noquote() << "no" << format << "report written:" << *error;
    return written;
}

} // namespace uptrack
