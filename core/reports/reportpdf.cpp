// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// PDF through Qt's own text layout and printing: QTextDocument laid out on A4 by
// QPdfWriter, so text stays text (selectable, searchable), tables break between rows
// with their header repeated, and every page is numbered.
#include "report.h"
#include "reportformat_p.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace uptrack {

using namespace reportformat;

namespace {
QImage stripImage(const ReportMonitor &m, const Report &report)
{
    constexpr int kWidth = 1200, kHeight = 28;
    QImage image(kWidth, kHeight, QImage::Format_RGB32);
    image.fill(QColor(0xf1, 0xf3, 0xf4));
    QPainter p(&image);
    const qint64 from = report.request.fromMs, to = report.request.toMs;
    auto x = [&](qint64 t) {
        return double(std::clamp(t, from, to) - from) * kWidth / double(to - from);
    };
    auto fill = [&](qint64 a, qint64 b, const QColor &c) {
        if (b > a)
            p.fillRect(QRectF(x(a), 0, std::max(1.0, x(b) - x(a)), kHeight), c);
    };
    fill(m.covered.startMs, m.covered.endMs, QColor(0x2e, 0xa0, 0x43));
    for (const ReportSpan &s : m.downSpans)
        fill(s.startMs, s.endMs, QColor(0xd1, 0x34, 0x38));
    for (const ReportSpan &s : m.noDataSpans)
        fill(s.startMs, s.endMs, QColor(0x9a, 0xa0, 0xa6));
    return image;
}
} // namespace

bool writeReportPdf(const Report &report, const QString &path, QString *error)
{
    QTextDocument document;
    // QTextDocument knows a subset of CSS: tables get their look from attributes.
    document.setDefaultStyleSheet(QStringLiteral(
            "h1{font-size:18pt}h2{font-size:13pt}.meta{color:#5f6368}.small{font-size:7pt;"
            "color:#5f6368}th{background-color:#f1f3f4;font-weight:bold}td.num{text-align:right}"
            "pre{font-size:7pt}"));
    for (const ReportMonitor &m : report.monitors)
        document.addResource(QTextDocument::ImageResource,
                             QUrl(QStringLiteral("strip:%1").arg(m.id)), stripImage(m, report));
    QString body = reportHtmlBody(report, [](const ReportMonitor &m) {
        return QStringLiteral("<img src=\"strip:%1\" width=\"420\" height=\"10\"/>").arg(m.id);
    });
    body.replace(QStringLiteral("<table class=\"summary\">"),
                 QStringLiteral("<table class=\"summary\" width=\"100%\" cellspacing=\"0\" "
                                "cellpadding=\"3\" border=\"0.5\">"));
    body.replace(QStringLiteral("<table class=\"incidents\">"),
                 QStringLiteral("<table class=\"incidents\" width=\"100%\" cellspacing=\"0\" "
                                "cellpadding=\"3\" border=\"0.5\">"));
    body.replace(QStringLiteral("<table class=\"strips\">"),
                 QStringLiteral("<table class=\"strips\" cellspacing=\"0\" cellpadding=\"2\">"));
    document.setHtml(QStringLiteral("<html><body>%1</body></html>").arg(body));
    QFont font = document.defaultFont();
    font.setPointSizeF(8.5);
    document.setDefaultFont(font);

    QPdfWriter writer(path);
    writer.setTitle(tr("Uptrack incident report: %1").arg(periodText(report)));
    writer.setCreator(QStringLiteral("Uptrack"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    writer.setResolution(300);
    if (!QFileInfo(path).absoluteDir().exists()) {
        *error = tr("Cannot write %1: the folder does not exist.").arg(path);
        return false;
    }
    // print() paginates a copy of the document and numbers the pages at the bottom.
    document.print(&writer);
    if (!QFileInfo::exists(path) || QFileInfo(path).size() == 0) {
        *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace uptrack
