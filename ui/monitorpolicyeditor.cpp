// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitorpolicyeditor.h"

#include "schedule/duration.h"
#include "viewhelpers.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTableWidget>

#include <algorithm>

namespace uptrack {

namespace {
constexpr int kDelayColumn = 1;
} // namespace

MonitorPolicyEditor::MonitorPolicyEditor(const std::optional<Monitor> &existing,
                                         QList<Channel> channels, QWidget *parent)
    : QWidget(parent)
    , m_existing(existing)
    , m_channelList(std::move(channels))
    , m_downAfter(new QSpinBox(this))
    , m_downAfterUnit(new QLabel(this))
    , m_minRun(new QLineEdit(this))
    , m_minRunError(fieldErrorLabel(this))
    , m_dependsOn(new QListWidget(this))
    , m_dependsOnNone(new QLabel(tr("No other monitors yet."), this))
    , m_channels(new QTableWidget(this))
    , m_channelsNone(new QLabel(tr("No channels yet: add them under Alerts → Channels. "
                                   "Desktop popups still appear."),
                                this))
    , m_delayError(fieldErrorLabel(this))
    , m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_downAfter->setRange(1, 100);
    m_downAfter->setAccessibleName(tr("Down after this many misses or failures in a row"));
    m_downAfter->setToolTip(tr("A job that fails now and then need not page anyone: it is late "
                               "after each miss, and down only after this many in a row."));
    auto updateUnit = [this](int n) {
        m_downAfterUnit->setText(tr("missed or failed run(s) in a row", nullptr, n));
    };
    connect(m_downAfter, &QSpinBox::valueChanged, this, updateUnit);
    m_downAfterRow = new QHBoxLayout;
    m_downAfterRow->addWidget(m_downAfter);
    m_downAfterRow->addWidget(m_downAfterUnit, 1);

    m_minRun->setPlaceholderText(tr("none"));
    m_minRun->setAccessibleName(tr("Shortest believable run"));
    m_minRun->setToolTip(tr("A run (from /start to its success) shorter than this counts as a "
                            "failure: the backup that finished in 2 seconds did nothing."));

    m_dependsOn->setAccessibleName(tr("Monitors this one depends on"));
    m_dependsOn->setToolTip(tr("While one of these is down, this monitor's own failures are "
                               "recorded but not alerted: the parent's alert names it."));
    m_dependsOn->setMaximumHeight(80);

    m_channels->setColumnCount(2);
    m_channels->setHorizontalHeaderLabels({tr("Channel"), tr("Alert after")});
    m_channels->setAccessibleName(tr("Channels that hear about this monitor"));
    m_channels->setToolTip(tr("Tick the channels that hear about this monitor. A delay (like "
                              "30m) escalates: that channel hears of an outage only once it "
                              "has lasted that long, and of the recovery only if it heard of "
                              "the outage."));
    m_channels->verticalHeader()->hide();
    m_channels->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_channels->horizontalHeader()->setSectionResizeMode(kDelayColumn,
                                                         QHeaderView::ResizeToContents);
    m_channels->setSelectionMode(QAbstractItemView::NoSelection);
    m_channels->setRowCount(int(m_channelList.size()));
    for (int row = 0; row < m_channelList.size(); ++row) {
        const Channel &c = m_channelList[row];
        auto *name = new QTableWidgetItem(tr("%1 (%2)").arg(c.name, c.kind));
        name->setData(Qt::UserRole, c.name);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        const bool on = existing ? existing->channelIds.contains(c.id) : c.isDefault;
        name->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        const qint64 delay = existing ? existing->channelDelays.value(c.id, 0) : 0;
        auto *after = new QTableWidgetItem(delay > 0 ? formatDuration(delay) : QString());
        after->setToolTip(tr("Empty: at once. Or a delay such as 30m or 2h (at most 7 days)."));
        m_channels->setItem(row, 0, name);
        m_channels->setItem(row, kDelayColumn, after);
    }
    m_channels->setMaximumHeight(m_channels->horizontalHeader()->sizeHint().height()
                                 + std::clamp(int(m_channelList.size()), 1, 4)
                                         * m_channels->verticalHeader()->defaultSectionSize()
                                 + 4);
    m_channelsNone->setWordWrap(true);

    auto *downAfterLabel = new QLabel(tr("Down a&fter:"), this);
    downAfterLabel->setBuddy(m_downAfter);
    m_form->addRow(downAfterLabel, m_downAfterRow);
    m_form->addRow(tr("M&in run time:"), m_minRun);
    m_form->addRow(QString(), m_minRunError);
    m_form->addRow(tr("Depends on:"), m_dependsOn);
    m_form->addRow(QString(), m_dependsOnNone);
    m_form->addRow(tr("&Channels:"), m_channels);
    m_form->addRow(QString(), m_channelsNone);
    m_form->addRow(QString(), m_delayError);
    m_form->setRowVisible(m_channels, !m_channelList.isEmpty());
    m_form->setRowVisible(m_channelsNone, m_channelList.isEmpty());
    m_form->setRowVisible(m_dependsOnNone, false);

    m_downAfter->setValue(existing ? std::max(1, existing->downAfter) : 1);
    updateUnit(m_downAfter->value());
    m_minRun->setText(existing && existing->minRunMs > 0 ? formatDuration(existing->minRunMs)
                                                         : QString());

    connect(m_downAfter, &QSpinBox::valueChanged, this, &MonitorPolicyEditor::changed);
    connect(m_minRun, &QLineEdit::textChanged, this, &MonitorPolicyEditor::changed);
    connect(m_dependsOn, &QListWidget::itemChanged, this, &MonitorPolicyEditor::changed);
    connect(m_channels, &QTableWidget::itemChanged, this, &MonitorPolicyEditor::changed);
}

void MonitorPolicyEditor::setMonitors(const QList<Monitor> &monitors)
{
    QList<Monitor> others;
    for (const Monitor &m : monitors) {
        if (!m_existing || m.id != m_existing->id)
            others.append(m);
    }
    std::sort(others.begin(), others.end(), [](const Monitor &a, const Monitor &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    const QSignalBlocker quiet(m_dependsOn);
    m_dependsOn->clear();
    for (const Monitor &m : std::as_const(others)) {
        auto *item = new QListWidgetItem(m.name, m_dependsOn);
        item->setData(Qt::UserRole, m.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        const bool parent = m_existing && m_existing->dependsOn.contains(m.id);
        item->setCheckState(parent ? Qt::Checked : Qt::Unchecked);
    }
    m_form->setRowVisible(m_dependsOn, !others.isEmpty());
    m_form->setRowVisible(m_dependsOnNone, others.isEmpty());
}

void MonitorPolicyEditor::setHeartbeat(bool heartbeat)
{
    m_heartbeat = heartbeat;
    // A check says how many failures in a row in its own form (its confirmations).
    m_form->setRowVisible(m_downAfterRow, heartbeat);
    m_form->setRowVisible(m_minRun, heartbeat);
    m_form->setRowVisible(m_minRunError, heartbeat && !m_minRunError->text().isEmpty());
}

void MonitorPolicyEditor::fill(MonitorSpec *s, Problems *problems) const
{
    if (m_heartbeat) {
        s->downAfter = m_downAfter->value();
        QString why;
        if (m_minRun->text().trimmed().isEmpty())
            s->minRunMs = 0;
        else if (const auto minRun = parseDuration(m_minRun->text().trimmed(), &why))
            s->minRunMs = *minRun;
        else
            problems->append({QStringLiteral("min_run"), tr("Min run time: %1").arg(why)});
    }
    // Only what the list shows: a monitor not listed (none were given) keeps its parents.
    if (m_dependsOn->count() > 0 || !m_existing) {
        QStringList parents;
        for (int i = 0; i < m_dependsOn->count(); ++i) {
            if (m_dependsOn->item(i)->checkState() == Qt::Checked)
                parents.append(
                        QString::number(m_dependsOn->item(i)->data(Qt::UserRole).toLongLong()));
        }
        s->dependsOn = parents;
    }
    if (m_channelList.isEmpty())
        return;
    QStringList chosen;
    for (int row = 0; row < m_channels->rowCount(); ++row) {
        const QTableWidgetItem *name = m_channels->item(row, 0);
        if (name->checkState() != Qt::Checked)
            continue;
        const QString channel = name->data(Qt::UserRole).toString();
        chosen.append(channel);
        const QString delay = m_channels->item(row, kDelayColumn)->text().trimmed();
        if (delay.isEmpty() || delay == QLatin1String("0"))
            continue;
        QString why;
        if (const auto ms = parseDuration(delay, &why); ms && *ms > 0)
            s->channelDelays.insert(channel, *ms);
        else
            problems->append({QStringLiteral("channel_delays"),
                              tr("Delay for %1: %2")
                                      .arg(channel, why.isEmpty() ? tr("not a duration") : why)});
    }
    s->channels = chosen;
}

void MonitorPolicyEditor::showProblems(const Problems &problems)
{
    showFieldError(m_minRunError, problemOf(problems, QStringLiteral("min_run")));
    showFieldError(m_delayError, problemOf(problems, QStringLiteral("channel_delays")));
}

} // namespace uptrack
