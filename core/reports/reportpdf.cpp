// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// PDF with Qt's own printing support: QPainter on a QPdfWriter, laid out here page by
// page. Text stays text (selectable, searchable); tables break between rows and repeat
// their header on every page; every page is numbered. Linear in the number of rows, so
// a year of 500 monitors takes seconds (QTextDocument took minutes for that).
#include "report.h"
#include "reportformat_p.h"

#include "format/humanformat.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <map>

namespace uptrack {

using namespace reportformat;

namespace {
const QColor kText(0x20, 0x21, 0x24);
const QColor kMuted(0x5f, 0x63, 0x68);
const QColor kRule(0xda, 0xdc, 0xe0);
const QColor kHeaderFill(0xf1, 0xf3, 0xf4);
const QColor kUp(0x2e, 0xa0, 0x43);
const QColor kDown(0xd1, 0x34, 0x38);
const QColor kNoData(0x9a, 0xa0, 0xa6);
const QColor kMaintenance(0x7a, 0x5c, 0xc7);

struct Column
{
    QString title;
    double share; ///< of the page width
    Qt::Alignment align = Qt::AlignLeft;
};

/// Writes from the top of the page down, starting a new numbered page when needed.
class Pager
{
public:
    Pager(QPdfWriter &writer, QPainter &painter) : m_writer(writer), m_p(painter)
    {
        const QRectF page = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()));
        m_width = page.width();
        m_bottom = page.height() - footerHeight();
        m_body = font(8);
        m_small = font(7);
    }

    QFont font(double points, bool bold = false) const
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setStyleHint(QFont::SansSerif);
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }
    double width() const { return m_width; }
    double pt(double points) const { return points * m_writer.resolution() / 72.0; }

    /// The number of lines when every line of `text` fits `width` as it is, else 0.
    int plainLines(const QString &text, const QFontMetricsF &fm, double width) const
    {
        int lines = 0;
        for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
            if (fm.horizontalAdvance(line.toString()) > width)
                return 0;
            ++lines;
        }
        return lines;
    }

    double textHeight(const QString &text, const QFont &f, double width)
    {
        const QFontMetricsF &fm = metrics(f);
        // Most cells are short lines: measuring them needs no text layout.
        if (const int lines = plainLines(text, fm, width))
            return lines * fm.lineSpacing();
        return fm.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text).height();
    }

    void drawCell(const QRectF &rect, Qt::Alignment align, const QString &text, const QFont &f)
    {
        const QFontMetricsF &fm = metrics(f);
        if (plainLines(text, fm, rect.width()) == 0) {
            m_p.drawText(rect, Qt::TextWordWrap | align, text);
            return;
        }
        // Lines that fit need no word wrapping: one call draws the whole cell.
        m_p.drawText(rect, align | Qt::AlignTop, text);
    }

    const QFontMetricsF &metrics(const QFont &f)
    {
        const QString key = f.key();
        auto it = m_metrics.find(key);
        if (it == m_metrics.end())
            it = m_metrics.emplace(key, QFontMetricsF(f, &m_writer)).first;
        return it->second;
    }

    void ensure(double height)
    {
        if (m_y + height > m_bottom && m_y > 0)
            newPage();
    }

    void newPage()
    {
        footer();
        m_writer.newPage();
        ++m_page;
        m_y = 0;
        if (m_onNewPage)
            m_onNewPage();
    }

    void finish() { footer(); }

    void paragraph(const QString &text, const QFont &f, const QColor &color, double spaceAfter)
    {
        const double h = textHeight(text, f, m_width);
        ensure(h);
        m_p.setFont(f);
        m_p.setPen(color);
        m_p.drawText(QRectF(0, m_y, m_width, h), Qt::TextWordWrap, text);
        m_y += h + spaceAfter;
    }

    void heading(const QString &text)
    {
        ensure(pt(40)); // never a heading alone at the bottom of a page
        m_y += pt(8);
        paragraph(text, font(12, true), kText, pt(4));
    }

    /// A table; rows are lists of cells (a cell may hold several lines).
    void table(const QList<Column> &columns, const QList<QStringList> &rows,
               const std::function<QColor(int row)> &rowColor = {})
    {
        QList<double> widths;
        for (const Column &c : columns)
            widths.append(c.share * m_width);
        const double pad = pt(2.5);
        const QFont bold = font(7.5, true);
        // A header word wider than its column ("Verfügbarkeit") takes the room it needs
        // from the widest column.
        {
            m_p.setFont(bold);
            const QFontMetricsF metrics(bold, m_p.device());
            for (int c = 0; c < columns.size(); ++c) {
                double need = 0;
                for (const QString &word : columns[c].title.split(QLatin1Char(' ')))
                    need = std::max(need, metrics.horizontalAdvance(word) + 2 * pad + pt(1));
                const auto widest = std::max_element(widths.begin(), widths.end());
                if (need > widths[c] && widest - widths.begin() != c) {
                    const double extra = std::min(need - widths[c], *widest / 3);
                    widths[c] += extra;
                    *widest -= extra;
                }
            }
        }
        auto header = [&] {
            double h = 0;
            for (int c = 0; c < columns.size(); ++c)
                h = std::max(h, textHeight(columns[c].title, bold, widths[c] - 2 * pad));
            h += 2 * pad;
            m_p.fillRect(QRectF(0, m_y, m_width, h), kHeaderFill);
            m_p.setFont(bold);
            m_p.setPen(kText);
            double x = 0;
            for (int c = 0; c < columns.size(); ++c) {
                m_p.drawText(QRectF(x + pad, m_y + pad, widths[c] - 2 * pad, h - 2 * pad),
                             Qt::TextWordWrap | columns[c].align, columns[c].title);
                x += widths[c];
            }
            m_y += h;
        };
        ensure(pt(40));
        header();
        m_onNewPage = header;
        for (int r = 0; r < rows.size(); ++r) {
            const QStringList &cells = rows[r];
            double h = 0;
            for (int c = 0; c < columns.size(); ++c)
                h = std::max(h, textHeight(cells.value(c), m_body, widths[c] - 2 * pad));
            h += 2 * pad;
            ensure(h);
            m_p.setFont(m_body);
            m_p.setPen(rowColor ? rowColor(r) : kText);
            double x = 0;
            for (int c = 0; c < columns.size(); ++c) {
                drawCell(QRectF(x + pad, m_y + pad, widths[c] - 2 * pad, h - 2 * pad),
                         columns[c].align, cells.value(c), m_body);
                x += widths[c];
            }
            m_y += h;
            m_p.setPen(QPen(kRule, pt(0.5)));
            m_p.drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
        }
        m_onNewPage = nullptr;
        m_y += pt(6);
    }

    /// A labelled strip: green up, red down, grey no data.
    void strip(const QString &label, const ReportMonitor &m, const Report &report)
    {
        const double h = pt(11);
        ensure(h);
        const double labelWidth = m_width * 0.25, stripWidth = m_width * 0.75 - pt(4);
        m_p.setFont(m_small);
        m_p.setPen(kText);
        m_p.drawText(QRectF(0, m_y, labelWidth, h), Qt::AlignVCenter | Qt::AlignLeft,
                     metrics(m_small).elidedText(label, Qt::ElideRight, labelWidth));
        const qint64 from = report.request.fromMs, to = report.request.toMs;
        const double left = labelWidth + pt(4);
        auto x = [&](qint64 t) {
            return left + double(std::clamp(t, from, to) - from) * stripWidth / double(to - from);
        };
        const QRectF bar(left, m_y + pt(2), stripWidth, h - pt(4));
        m_p.fillRect(bar, kHeaderFill);
        auto fill = [&](qint64 a, qint64 b, const QColor &c) {
            if (b > a)
                m_p.fillRect(QRectF(x(a), bar.top(), std::max(pt(0.5), x(b) - x(a)), bar.height()),
                             c);
        };
        fill(m.covered.startMs, m.covered.endMs, m.awaitingFirstPing ? kNoData : kUp);
        for (const ReportSpan &s : m.downSpans)
            fill(s.startMs, s.endMs, kDown);
        for (const ReportSpan &s : m.maintenanceSpans)
            fill(s.startMs, s.endMs, kMaintenance);
        for (const ReportSpan &s : m.noDataSpans)
            fill(s.startMs, s.endMs, kNoData);
        m_y += h;
    }

private:
    double footerHeight() const { return 14 * m_writer.resolution() / 72.0; }

    void footer()
    {
        m_p.setFont(m_small);
        m_p.setPen(kMuted);
        m_p.drawText(QRectF(0, m_bottom, m_width, footerHeight()), Qt::AlignRight | Qt::AlignBottom,
                     Tr::tr("Uptrack incident report · page %1").arg(m_page));
    }

    QPdfWriter &m_writer;
    QPainter &m_p;
    double m_width = 0;
    double m_bottom = 0;
    double m_y = 0;
    int m_page = 1;
    QFont m_body;
    QFont m_small;
    std::function<void()> m_onNewPage;
    std::map<QString, QFontMetricsF> m_metrics;
};

/// "down 09:53 → Ops Slack: delivered" (the date only when not the incident's day).
QString alertLine(const ReportAlert &a, const QTimeZone &zone, qint64 incidentStartMs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(a.timeMs, zone);
    const bool sameDay = t.date() == QDateTime::fromMSecsSinceEpoch(incidentStartMs, zone).date();
    const QString time = QLocale().toString(
            t, sameDay ? QStringLiteral("HH:mm") : QStringLiteral("d MMM HH:mm"));
    const QString kind = alertKindText(a.kind);
    if (a.channel.isEmpty())
        return Tr::tr("%1 %2: %3").arg(kind, time, noChannelText());
    const QString state = a.state == DeliveryState::Delivered ? Tr::tr("delivered")
            : a.state == DeliveryState::Failed                ? Tr::tr("FAILED")
            : a.state == DeliveryState::Muted                 ? Tr::tr("muted, not sent")
                                                              : Tr::tr("retrying");
    return Tr::tr("%1 %2 → %3: %4").arg(kind, time, a.channel, state);
}

QString dur(qint64 ms)
{
    return ms < 0 ? QStringLiteral("—") : human::duration(ms);
}
} // namespace

bool writeReportPdf(const Report &report, const QString &path, QString *error)
{
    if (!QFileInfo(path).absoluteDir().exists()) {
        *error = Tr::tr("Cannot write %1: the folder does not exist.").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!writeReportPdf(report, &file, error)) {
        *error = Tr::tr("Cannot write %1.").arg(path);
        return false;
    }
    if (!file.commit()) {
        *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool writeReportPdf(const Report &report, QIODevice *device, QString *error)
{
    const QTimeZone &zone = report.request.zone;
    QPdfWriter writer(device);
    writer.setTitle(Tr::tr("Uptrack incident report: %1").arg(periodText(report)));
    writer.setCreator(QStringLiteral("Uptrack"));
    writer.setResolution(144);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(12, 12, 12, 10), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = Tr::tr("The PDF could not be laid out.");
        return false;
    }
    Pager pager(writer, painter);

    pager.paragraph(Tr::tr("Uptrack incident report"), pager.font(18, true), kText, pager.pt(4));
    pager.paragraph(Tr::tr("Period: %1 (the end not included)").arg(periodText(report)),
                    pager.font(9), kMuted, pager.pt(1));
    pager.paragraph(Tr::tr("Time zone: %1").arg(zoneName(zone)), pager.font(9), kMuted,
                    pager.pt(1));
    pager.paragraph(Tr::tr("Generated: %1").arg(when(report.generatedMs, zone)), pager.font(9),
                    kMuted, pager.pt(6));
    pager.paragraph(Tr::tr("Uptime is measured while Uptrack was listening; time without data "
                           "(Uptrack not running or the computer asleep) is shown apart and "
                           "counts neither as up nor as down; so is time in maintenance "
                           "windows."),
                    pager.font(8), kMuted, pager.pt(4));

    pager.heading(Tr::tr("Summary"));
    QList<QStringList> summary;
    for (const ReportMonitor &m : report.monitors) {
        QString name = m.name;
        if (m.createdMs > report.request.fromMs)
            name += QLatin1Char('\n')
                    + Tr::tr("measured from its creation, %1").arg(when(m.createdMs, zone));
        summary.append({name, percent(m), dur(m.noDataMs), QString::number(m.incidents),
                        dur(m.downtimeMs), dur(m.meanTimeToRecoveryMs), dur(m.longestIncidentMs),
                        QString::number(m.runs), dur(m.runMedianMs), dur(m.runP95Ms)});
    }
    const Qt::Alignment right = Qt::AlignRight;
    pager.table({{Tr::tr("Monitor"), 0.28},
                 {Tr::tr("Uptime"), 0.08, right},
                 {Tr::tr("No data"), 0.08, right},
                 {Tr::tr("Incidents"), 0.07, right},
                 {Tr::tr("Downtime"), 0.09, right},
                 {Tr::tr("MTTR"), 0.09, right},
                 {Tr::tr("Longest"), 0.09, right},
                 {Tr::tr("Runs"), 0.06, right},
                 {Tr::tr("Median run"), 0.08, right},
                 {Tr::tr("95% run"), 0.08, right}},
                summary);

    pager.heading(Tr::tr("Timelines"));
    pager.paragraph(Tr::tr("Green: up. Red: down. Grey: no data. Purple: maintenance. Light: "
                           "before the monitor existed or after now."),
                    pager.font(7), kMuted, pager.pt(3));
    for (const ReportMonitor &m : report.monitors)
        pager.strip(m.name, m, report);

    if (!report.windows.isEmpty()) {
        pager.heading(Tr::tr("Maintenance windows"));
        for (const ReportWindow &w : report.windows)
            pager.paragraph(Tr::tr("%1: %2 to %3 (%4)")
                                    .arg(w.name, when(w.startMs, zone), when(w.endMs, zone),
                                         w.monitors.join(QStringLiteral(", "))),
                            pager.font(8), kText, pager.pt(2));
    }

    pager.heading(Tr::tr("Incidents"));
    if (report.incidents.isEmpty()) {
        pager.paragraph(Tr::tr("No incidents in this period."), pager.font(8), kText, 0);
    } else {
        QList<QStringList> rows;
        rows.reserve(report.incidents.size());
        for (const ReportIncident &i : report.incidents) {
            QString start = when(i.startMs, zone);
            if (i.startedBefore)
                start += QLatin1Char('\n') + Tr::tr("began before the period");
            QString end = i.ongoing ? Tr::tr("ongoing") : when(i.endMs, zone);
            if (i.continuesAfter)
                end += QLatin1Char('\n') + Tr::tr("continued after the period");
            QString duration = human::duration(i.downtimeMs);
            if (i.noDataMs > 0)
                duration += QLatin1Char('\n')
                        + Tr::tr("plus %1 without data").arg(human::duration(i.noDataMs));
            if (i.maintenanceMs > 0)
                duration += QLatin1Char('\n')
                        + Tr::tr("plus %1 in maintenance").arg(human::duration(i.maintenanceMs));
            QStringList alerts;
            for (const ReportAlert &a : i.alerts)
                alerts.append(alertLine(a, zone, i.startMs));
            QString note = i.note;
            if (const QString ack = ackText(i, zone); !ack.isEmpty())
                note += (note.isEmpty() ? QString() : QStringLiteral("\n")) + ack;
            if (report.request.includeBodies && !i.bodyExcerpt.isEmpty())
                note += (note.isEmpty() ? QString() : QStringLiteral("\n"))
                        + QString::fromUtf8(i.bodyExcerpt).left(300);
            rows.append({i.monitorName, start, end, duration, i.reason,
                         when(i.lastGoodPingMs, zone),
                         alerts.isEmpty() ? Tr::tr("none") : alerts.join(QLatin1Char('\n')), note});
        }
        pager.table({{Tr::tr("Monitor"), 0.13},
                     {Tr::tr("Start"), 0.11},
                     {Tr::tr("End"), 0.11},
                     {Tr::tr("Duration"), 0.08, right},
                     {Tr::tr("Reason"), 0.11},
                     {Tr::tr("Last good ping"), 0.11},
                     {Tr::tr("Alerts"), 0.23},
                     {Tr::tr("Note"), 0.12}},
                    rows, [&](int r) { return report.incidents[r].ongoing ? kDown : kText; });
    }
    pager.finish();
    if (!painter.end()) {
        *error = Tr::tr("The PDF could not be laid out.");
        return false;
    }
    return true;
}

} // namespace uptrack
