// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusindicators.h"

#include "monitortablemodel.h"
#include "time/clock.h"

#include <QLabel>
#include <QStatusBar>

namespace uptrack {

StatusIndicators::StatusIndicators(QStatusBar *bar, const Clock &clock)
    : QObject(bar)
    , m_clock(clock)
    , m_listening(new QLabel(bar))
    , m_rate(new QLabel(bar))
    , m_counts(new QLabel(bar))
    , m_keepAwake(new QLabel(bar))
    , m_server(new QLabel(bar))
    , m_muted(new QLabel(bar))
{
    m_muted->hide();
    m_muted->setObjectName(QStringLiteral("mutedIndicator"));
    bar->addPermanentWidget(m_muted);
    m_keepAwake->hide();
    m_server->hide();
    m_server->setObjectName(QStringLiteral("serverIndicator"));
    bar->addPermanentWidget(m_server);
    bar->addPermanentWidget(m_keepAwake);
    // Permanent widgets, so transient messages (on the left) never draw over them.
    bar->addPermanentWidget(m_listening);
    bar->addPermanentWidget(m_rate);
    bar->addPermanentWidget(m_counts);
}

void StatusIndicators::setKeepAwake(const QString &status)
{
    m_keepAwake->setText(status.isEmpty() ? QString() : QStringLiteral("☕ ") + status);
    m_keepAwake->setVisible(!status.isEmpty());
}

void StatusIndicators::setMuted(const QString &text)
{
    m_muted->setText(text); // no emoji: a desktop without an emoji font shows a box
    m_muted->setAccessibleName(text);
    m_muted->setVisible(!text.isEmpty());
}

void StatusIndicators::setServer(const QString &text)
{
    m_server->setText(text);
    m_server->setVisible(!text.isEmpty());
}

void StatusIndicators::setListening(bool listening, const QString &baseUrl)
{
    if (listening) {
        m_listening->setText(tr("Listening at %1").arg(baseUrl));
        m_listening->setStyleSheet(QString());
    } else {
        m_listening->setText(tr("⚠ Not listening for pings"));
        m_listening->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    }
}

void StatusIndicators::notePings(const QList<Monitor> &changed, const MonitorTableModel &model)
{
    qint64 added = 0;
    for (const Monitor &m : changed) {
        const int row = model.rowOf(m.id);
        added += row < 0 ? m.nPings : std::max<qint64>(0, m.nPings - model.monitorAt(row)->nPings);
    }
    if (added == 0)
        return;
    const qint64 second = m_clock.nowMs() / 1000;
    if (!m_pingTimes.empty() && m_pingTimes.back().first == second)
        m_pingTimes.back().second += added;
    else
        m_pingTimes.emplace_back(second, added);
}

void StatusIndicators::refreshRate()
{
    const qint64 second = m_clock.nowMs() / 1000;
    while (!m_pingTimes.empty() && m_pingTimes.front().first <= second - 60)
        m_pingTimes.pop_front();
    qint64 perMinute = 0;
    for (const auto &[s, n] : m_pingTimes)
        perMinute += n;
    m_rate->setText(tr("%L1 pings/min").arg(perMinute));
}

void StatusIndicators::setCounts(int monitors, int down, int late)
{
    m_counts->setText(
            tr("%Ln monitor(s): %1 down, %2 late", nullptr, monitors).arg(down).arg(late));
}

} // namespace uptrack
