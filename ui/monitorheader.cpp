// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitorheader.h"

#include "format/humanformat.h"
#include "historysource.h"
#include "statusicons.h"
#include "storage/runstatistics.h"
#include "time/clock.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace uptrack {

namespace {
constexpr qint64 kHour = 3'600'000, kDay = 24 * kHour;

QString percent(const std::optional<double> &p)
{
    return p ? QLocale().toString(*p, 'f', *p >= 99.995 ? 0 : 2) + QStringLiteral(" %")
             : QCoreApplication::translate("uptrack::MonitorHeader", "no data");
}
} // namespace

MonitorHeader::MonitorHeader(HistorySource &history, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_clock(clock)
    , m_state(new QLabel(this))
    , m_facts(new QLabel(this))
{
    setObjectName(QStringLiteral("monitorHeader"));
    for (QLabel *l : {m_state, m_facts}) {
        l->setTextFormat(Qt::RichText);
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 2);
    layout->setSpacing(2);
    layout->addWidget(m_state);
    layout->addWidget(m_facts);
    setAccessibleName(tr("State of the selected monitor"));
    m_reread.setSingleShot(true);
    m_reread.setInterval(2000);
    connect(&m_reread, &QTimer::timeout, this, [this] { refresh(true); });
}

void MonitorHeader::setMonitor(const std::optional<Monitor> &monitor)
{
    const bool other = !monitor || !m_monitor || monitor->id != m_monitor->id;
    m_monitor = monitor;
    if (other)
        m_figures.clear(); // another monitor's figures are not this one's
    if (!other && !m_reread.isActive())
        m_reread.start();
    refresh(other);
}

void MonitorHeader::refresh(bool reread)
{
    setVisible(m_monitor.has_value());
    if (!m_monitor)
        return;
    const Monitor &m = *m_monitor;
    const qint64 now = m_clock.nowMs();
    // The state, why, and since when.
    QString why;
    if (m.status == Status::Maintenance && !m.maintenanceName.isEmpty())
        why = tr("%1, until %2: no alerts meanwhile")
                      .arg(m.maintenanceName, human::when(m.maintenanceUntilMs, now));
    else if (m.status == Status::Started)
        why = tr("running since %1").arg(human::when(m.statusSinceMs, now));
    else if (m.statusReason == QLatin1String(Reason::NoData))
        why = tr("no data since %1: Uptrack was not listening")
                      .arg(human::when(m.statusSinceMs, now));
    else if (m.status == Status::New)
        why = tr("no ping yet: no data");
    else if (m.status == Status::Down && m.statusReason == QLatin1String(Reason::Hung))
        why = tr("hung since %1").arg(human::when(m.statusSinceMs, now));
    else if (m.status == Status::Down || m.status == Status::Paused || m.status == Status::Late)
        why = tr("%1, since %2")
                      .arg(Reason::describe(m.statusReason), human::when(m.statusSinceMs, now));
    else
        why = tr("since %1").arg(human::when(m.statusSinceMs, now));
    if (m.statusSinceMs > 0 && m.status != Status::New)
        why += QStringLiteral(" (%1)").arg(human::relative(m.statusSinceMs, now));
    m_state->setText(QStringLiteral("<span style='color:%1;font-size:large'>●</span> "
                                    "<b style='font-size:large'>%2</b> — %3")
                             .arg(statusColor(m.status).name(),
                                  statusLabel(m.status).toHtmlEscaped(), why.toHtmlEscaped()));

    if (reread) {
        // Shown when the history answers (at once here, later from a server).
        const qint64 id = m.id;
        const bool check = m.isCheck();
        m_history.figures(
                id, {kDay, 7 * kDay, 30 * kDay}, now, this,
                [this, id, check](QList<std::optional<double>> up, RunStatistics runs) {
                    if (!m_monitor || m_monitor->id != id || up.size() < 3)
                        return;
                    QStringList figures;
                    figures << tr("Uptime: 24 h %1 · 7 d %2 · 30 d %3")
                                       .arg(percent(up[0]), percent(up[1]), percent(up[2]));
                    if (!check && runs.count > 0)
                        figures << tr("median run %1").arg(human::duration(runs.medianMs));
                    m_figures = figures.join(QStringLiteral(" · "));
                    refresh(false);
                });
    }
    QStringList facts; // each one HTML
    auto add = [&facts](const QString &plain) { facts << plain.toHtmlEscaped(); };
    add(tr("Last success: %1")
                .arg(m.lastSuccessMs >= 0 ? human::when(m.lastSuccessMs, now) : tr("never")));
    if (m.isCheck()) {
        // How fast it answered; a failed run may have had no answer to time.
        if (m.lastDurationMs >= 0 && m.status != Status::Down)
            add((m.kind == MonitorKind::Icmp          ? tr("last round trip %1")
                         : m.kind == MonitorKind::Dns ? tr("last answer in %1")
                                                      : tr("last response %1"))
                        .arg(human::responseTime(m.lastDurationMs)));
        if (m.certExpiryMs >= 0)
            add(tr("certificate expires %1 (%2)")
                        .arg(human::when(m.certExpiryMs, now),
                             human::relative(m.certExpiryMs, now)));
    } else if (m.status != Status::Paused && m.nextDueMs >= 0) {
        const QString there = human::inMonitorsZone(m.nextDueMs, m);
        const QString when = human::when(m.nextDueMs, now);
        const QString due
                = m.nextDueMs < now ? tr("was due %1").arg(when) : tr("next due %1").arg(when);
        add(there.isEmpty() ? due : tr("%1 (%2)").arg(due, there));
    }
    if (m.channelIds.isEmpty())
        facts << QStringLiteral("<b style='color:#b57a00'>%1</b>")
                         .arg(tr("no channel: nobody is alerted").toHtmlEscaped());
    m_facts->setText(facts.join(QStringLiteral(" · ")) + QStringLiteral("<br/>")
                     + m_figures.toHtmlEscaped());
}

QString MonitorHeader::text() const
{
    return QStringList{m_state->text(), m_facts->text()}
            .join(QLatin1Char('\n'))
            .remove(QRegularExpression(QStringLiteral("<[^>]*>")))
            .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
}

} // namespace uptrack
