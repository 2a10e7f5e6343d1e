// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/alert.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>
#include <optional>

class QIODevice;

namespace uptrack {

class Database;

/// What to report on. The period is half-open: [fromMs, toMs).
struct ReportRequest
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QStringList monitors; ///< ids, slugs or tokens; empty: all (or all with `tag`)
    QString tag;
    QTimeZone zone = QTimeZone::systemTimeZone();
    bool includeBodies = false; ///< body excerpts of the failing pings (off: no bodies)
};

/// One span of time, [startMs, endMs).
struct ReportSpan
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 length() const { return endMs - startMs; }
};

/// An alert sent about an incident, with what became of it on one channel.
struct ReportAlert
{
    AlertKind kind = AlertKind::Down; ///< down, up, reminder
    qint64 timeMs = 0;
    QString channel;                    ///< "" when the alert had no channel: nobody heard it
    std::optional<DeliveryState> state; ///< none when it had no channel
    QString outcome;
    int attempts = 0;
};

struct ReportIncident
{
    qint64 id = 0;
    qint64 monitorId = 0;
    QString monitorName;
    QString monitorSlug;
    qint64 startMs = 0;          ///< clipped to the period
    qint64 endMs = 0;            ///< clipped to the period (or to the report's "now")
    bool startedBefore = false;  ///< it began before the period
    bool ongoing = false;        ///< still open when the report was made
    bool continuesAfter = false; ///< it ended after the period
    qint64 downtimeMs = 0;       ///< its time inside the period, "no data" left out
    qint64 noDataMs = 0;         ///< its time inside the period when Uptrack was not listening
    qint64 maintenanceMs = 0;    ///< its time inside the period in a maintenance window
    QString reasonCode;          ///< missed, failed, hung, exit:N
    QString reason;              ///< for people
    qint64 lastGoodPingMs = -1;  ///< the last success before it began; -1: none stored
    QList<ReportAlert> alerts;
    QString note;
    QString ackBy;          ///< who acknowledged it; "" when nobody did
    qint64 ackMs = -1;      ///< when
    QString ackNote;        ///< what they said
    QByteArray bodyExcerpt; ///< only when asked for
};

struct ReportMonitor
{
    qint64 id = 0;
    QString name;
    QString slug;
    QStringList tags;
    QString schedule;
    qint64 createdMs = 0;
    ReportSpan covered;       ///< the period from the monitor's creation up to the report's "now"
    qint64 noDataMs = 0;      ///< covered time when Uptrack was not listening
    qint64 maintenanceMs = 0; ///< covered, listened-to time in maintenance windows
    qint64 downtimeMs = 0;    ///< covered, listened-to time the monitor was down
    /// Not pinged (or checked) before the period's end: "new — no data yet", no uptime.
    bool awaitingFirstPing = false;
    std::optional<double> uptimePercent; ///< of the listened-to time; none without any
    int incidents = 0;
    qint64 meanTimeToRecoveryMs = -1; ///< downtime / incidents; -1 without incidents
    qint64 longestIncidentMs = -1;
    int runs = 0;
    qint64 runMedianMs = -1;
    qint64 runP95Ms = -1;
    QList<ReportSpan> downSpans;        ///< for the timeline strip
    QList<ReportSpan> noDataSpans;      ///< for the timeline strip
    QList<ReportSpan> maintenanceSpans; ///< listened-to time in maintenance, for the strip
};

/// A maintenance window's occurrence in the period, over the reported monitors it covers.
struct ReportWindow
{
    QString name;
    qint64 startMs = 0;
    qint64 endMs = 0;
    QStringList monitors; ///< names (or "all monitors")
};

struct Report
{
    ReportRequest request;
    qint64 generatedMs = 0;
    QList<ReportMonitor> monitors;
    QList<ReportIncident> incidents; ///< all monitors', by start
    QList<ReportWindow> windows;     ///< maintenance in the period, by start
};

/// Progress from 0 to `total`; return false to cancel.
using ReportProgress = std::function<bool(int done, int total)>;

/// Builds a report from the stored history (any connection; only reads). nullopt and
/// *error when a monitor is unknown, the period is empty, or the database fails.
std::optional<Report> buildReport(Database &db, const ReportRequest &request, qint64 nowMs,
                                  QString *error, const ReportProgress &progress = {});

/// Report writers. Times are shown in the request's zone.
QByteArray reportCsv(const Report &report);
QByteArray reportJson(const Report &report);
QByteArray reportHtml(const Report &report);
/// Writes a PDF with Qt's own printing (selectable text, page numbers). Needs a
/// QGuiApplication (the offscreen platform will do).
bool writeReportPdf(const Report &report, const QString &path, QString *error);
/// Lays out a PDF into `device` (the same bytes writeReportPdf() writes to a file).
bool writeReportPdf(const Report &report, QIODevice *device, QString *error);
/// The file `format` (pdf, html, csv, json) would hold, in *out: what writeReport()
/// writes, for an answer over the network.
bool renderReport(const Report &report, const QString &format, QByteArray *out, QString *error);
/// Writes `format` (pdf, html, csv, json) to `path`.
bool writeReport(const Report &report, const QString &format, const QString &path, QString *error);

} // namespace uptrack
