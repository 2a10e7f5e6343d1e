// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "setuppanel.h"

#include "format/humanformat.h"

#include "setupsnippets.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace uptrack {

SetupPanel::SetupPanel(QWidget *parent) : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setMonitor(std::nullopt, {});
}

QWidget *SetupPanel::codeBlock(const QString &title, const QString &code, bool singleLine)
{
    auto *block = new QWidget;
    auto *layout = new QVBoxLayout(block);
    layout->setContentsMargins(0, 4, 0, 4);
    auto *head = new QHBoxLayout;
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    auto *copy = new QPushButton(tr("Copy"));
    copy->setAccessibleName(tr("Copy %1").arg(title));
    head->addWidget(label, 1);
    head->addWidget(copy);
    layout->addLayout(head);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (singleLine) {
        auto *line = new QLineEdit(code);
        line->setReadOnly(true);
        line->setFont(mono);
        line->setAccessibleName(title);
        layout->addWidget(line);
    } else {
        auto *text = new QPlainTextEdit(code);
        text->setReadOnly(true);
        text->setFont(mono);
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
        text->setAccessibleName(title);
        const int lines = int(code.count(QLatin1Char('\n'))) + 1;
        text->setFixedHeight(QFontMetrics(mono).lineSpacing() * std::min(lines, 14) + 14);
        layout->addWidget(text);
    }
    connect(copy, &QPushButton::clicked, this, [this, code, title] {
        QApplication::clipboard()->setText(code);
        emit copied(title);
    });
    return block;
}

void SetupPanel::setMonitor(const std::optional<Monitor> &monitor, const PingUrls &urls)
{
    const bool unchanged = monitor && m_shown && monitor->id == m_shown->id
            && monitor->slug == m_shown->slug && monitor->token == m_shown->token
            && monitor->name == m_shown->name && urls.base == m_urls.base
            && urls.pingKey == m_urls.pingKey && monitor->check.target == m_shown->check.target
            && monitor->check.intervalMs == m_shown->check.intervalMs && m_content;
    if (unchanged)
        return;
    m_shown = monitor;
    m_urls = urls;
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    if (!monitor) {
        layout->addWidget(new QLabel(tr("Select a monitor to see how its job reports in.")));
        layout->addStretch();
        setWidget(content);
        m_content = content;
        return;
    }
    if (monitor->isCheck()) {
        const Monitor &m = *monitor;
        const QString name = m.name.toHtmlEscaped();
        const QString target = m.check.target.toHtmlEscaped();
        const QString every = human::duration(m.check.intervalMs);
        QString text;
        switch (m.kind) {
        case MonitorKind::Icmp:
            text = tr("<b>%1</b> is a check: Uptrack itself pings <tt>%2</tt> (%3 ICMP echo "
                      "requests) every %4 and keeps each result. Nothing needs to be set up "
                      "on that machine, but it must answer ping, and this computer must allow "
                      "unprivileged ICMP sockets: if every run fails naming "
                      "<tt>net.ipv4.ping_group_range</tt>, run <tt>sudo sysctl -w "
                      "net.ipv4.ping_group_range=\"0 2147483647\"</tt> and keep that line in "
                      "<tt>/etc/sysctl.d/</tt>.")
                           .arg(name, target)
                           .arg(m.check.count)
                           .arg(every);
            break;
        case MonitorKind::Dns:
            text = m.check.server.isEmpty()
                    ? tr("<b>%1</b> is a check: every %4 Uptrack asks this computer's resolver "
                         "for the %3 record of <tt>%2</tt> and keeps each answer.")
                              .arg(name, target, m.check.record, every)
                    : tr("<b>%1</b> is a check: every %4 Uptrack asks the name server <tt>%5</tt> "
                         "(port 53) for the %3 record of <tt>%2</tt> and keeps each answer.")
                              .arg(name, target, m.check.record, every,
                                   m.check.server.toHtmlEscaped());
            break;
        default:
            text = tr("<b>%1</b> is a check: Uptrack itself connects to <tt>%2</tt> every %3 and "
                      "keeps each result. Nothing needs to be set up on that machine; make sure "
                      "this computer can reach it.")
                           .arg(name, target, every);
            break;
        }
        auto *note = new QLabel(text);
        note->setWordWrap(true);
        note->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(note);
        layout->addStretch();
        setWidget(content);
        m_content = content;
        return;
    }
    const QString url = urls.pingUrl(*monitor);
    auto *intro = new QLabel(
            tr("Make <b>%1</b> report in: add one request at the end of the job. Uptrack "
               "alerts when it does not come on time. Append <tt>/start</tt> when the job "
               "begins to time runs, <tt>/fail</tt> or <tt>/&lt;exit status&gt;</tt> to report "
               "failures.")
                    .arg(monitor->name.toHtmlEscaped()));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(codeBlock(tr("Ping URL"), url, true));
    if (!monitor->slug.isEmpty()) // one made through Healthchecks' API may have none
        layout->addWidget(
                codeBlock(tr("Readable ping URL (by slug)"), urls.slugUrl(*monitor), true));
    for (const SetupSnippet &s : setupSnippets(url, *monitor))
        layout->addWidget(codeBlock(s.title, s.code, false));
    layout->addStretch();
    setWidget(content);
    m_content = content;
}

} // namespace uptrack
