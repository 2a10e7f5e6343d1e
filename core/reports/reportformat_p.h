// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the report writers; not an interface.
#pragma once

#include "report.h"

#include <QCoreApplication>

#include <functional>

namespace uptrack {

namespace reportformat {
/// Report texts: the "Report" translation context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};
QString when(qint64 ms, const QTimeZone &zone);
QString percent(const ReportMonitor &m);
/// "down alert", "recovery", "reminder": the same words in every format.
QString alertKindText(AlertKind kind);
/// The outcome of an alert that had no channel: nobody heard of it.
QString noChannelText();
QString alertSummary(const ReportAlert &a, const QTimeZone &zone);
QString periodText(const Report &r);
/// "Acknowledged by ann at Mon 7 Dec 2026 18:05: on it"; "" when nobody acknowledged it.
QString ackText(const ReportIncident &i, const QTimeZone &zone);
QString zoneName(const QTimeZone &zone);
} // namespace reportformat

/// The report as HTML body content; `strip` draws a monitor's timeline strip.
QString reportHtmlBody(const Report &report,
                       const std::function<QString(const ReportMonitor &)> &strip);

} // namespace uptrack
