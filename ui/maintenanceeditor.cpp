// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "maintenanceeditor.h"

#include "consolecore.h"
#include "schedule/duration.h"
#include "schedule/schedule.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace uptrack {

MaintenanceEditor::MaintenanceEditor(ConsoleCore &core, const MaintenanceWindow &window,
                                     qint64 nowMs, QWidget *parent)
    : QDialog(parent)
    , m_core(core)
    , m_window(window)
    , m_nowMs(nowMs)
    , m_name(new QLineEdit(this))
    , m_all(new QRadioButton(tr("&Every monitor"), this))
    , m_some(new QRadioButton(tr("&These monitors and tags:"), this))
    , m_monitors(new QListWidget(this))
    , m_tags(new QLineEdit(this))
    , m_once(new QRadioButton(tr("&Once"), this))
    , m_repeating(new QRadioButton(tr("&Repeating"), this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_cron(new QLineEdit(this))
    , m_duration(new QLineEdit(this))
    , m_zone(new QComboBox(this))
    , m_notify(new QCheckBox(tr("Send an &alert when it begins and when it ends"), this))
    , m_error(new QLabel(this))
{
    setWindowTitle(window.id == 0 ? tr("New maintenance window")
                                  : tr("Edit maintenance window %1").arg(window.name));
    m_name->setPlaceholderText(tr("e.g. Router update"));
    m_name->setAccessibleName(tr("Name"));

    // Whom it covers.
    auto *coverGroup = new QButtonGroup(this);
    coverGroup->addButton(m_all);
    coverGroup->addButton(m_some);
    m_monitors->setAccessibleName(tr("Monitors the window covers"));
    m_monitors->setMinimumHeight(110);
    QList<Monitor> monitors = core.snapshot();
    std::sort(monitors.begin(), monitors.end(),
              [](const Monitor &a, const Monitor &b) { return a.name < b.name; });
    for (const Monitor &m : std::as_const(monitors)) {
        auto *item = new QListWidgetItem(m.name, m_monitors);
        item->setData(Qt::UserRole, m.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(window.monitorIds.contains(m.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_tags->setPlaceholderText(tr("tags, separated by spaces or commas"));
    m_tags->setAccessibleName(tr("Tags the window covers"));
    m_tags->setText(window.tags.join(QLatin1Char(' ')));
    (window.all ? m_all : m_some)->setChecked(true);

    // When.
    auto *whenGroup = new QButtonGroup(this);
    whenGroup->addButton(m_once);
    whenGroup->addButton(m_repeating);
    for (QDateTimeEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("ddd d MMM yyyy HH:mm"));
    }
    m_from->setAccessibleName(tr("Starts"));
    m_to->setAccessibleName(tr("Ends"));
    const qint64 from = window.fromMs >= 0 ? window.fromMs : (nowMs / 60'000 + 1) * 60'000;
    const qint64 to = window.toMs >= 0 ? window.toMs : from + 3'600'000;
    m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(from));
    m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(to));
    m_cron->setPlaceholderText(tr("e.g. 0 3 * * 0 (Sundays at 03:00)"));
    m_cron->setAccessibleName(tr("Cron expression"));
    m_cron->setText(window.cron);
    m_duration->setPlaceholderText(tr("e.g. 2h or 30m"));
    m_duration->setAccessibleName(tr("Duration of each occurrence"));
    m_duration->setText(window.durationMs > 0 ? formatDuration(window.durationMs) : QString());
    m_zone->setEditable(true);
    m_zone->setAccessibleName(tr("Time zone"));
    m_zone->addItem(
            tr("This computer's (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())),
            QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    if (!window.timeZone.isEmpty()) {
        const int at = m_zone->findData(window.timeZone);
        if (at >= 0)
            m_zone->setCurrentIndex(at);
        else
            m_zone->setEditText(window.timeZone);
    }
    (window.isRecurring() ? m_repeating : m_once)->setChecked(true);
    m_notify->setChecked(window.notify);

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);

    auto *covers = new QGroupBox(tr("Covers"), this);
    auto *coversLayout = new QVBoxLayout(covers);
    coversLayout->addWidget(m_all);
    coversLayout->addWidget(m_some);
    coversLayout->addWidget(m_monitors, 1);
    coversLayout->addWidget(m_tags);

    auto *when = new QGroupBox(tr("When"), this);
    auto *whenForm = new QFormLayout(when);
    whenForm->addRow(m_once);
    whenForm->addRow(tr("From:"), m_from);
    whenForm->addRow(tr("To:"), m_to);
    whenForm->addRow(m_repeating);
    whenForm->addRow(tr("Cron:"), m_cron);
    whenForm->addRow(tr("For:"), m_duration);
    whenForm->addRow(tr("Time zone:"), m_zone);

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    auto *hint = new QLabel(tr("During a window its monitors do not alert and their checks do "
                               "not run; pings are kept. Afterwards each is expected afresh."),
                            this);
    hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(window.id == 0 ? tr("&Add") : tr("&Save"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(covers, 1);
    layout->addWidget(when);
    layout->addWidget(m_notify);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &MaintenanceEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QRadioButton *b : {m_all, m_some, m_once, m_repeating})
        connect(b, &QRadioButton::toggled, this, &MaintenanceEditor::updateEnabled);
    updateEnabled();
    m_name->setText(window.name);
    m_name->setFocus();
    resize(520, sizeHint().height());
}

void MaintenanceEditor::updateEnabled()
{
    m_monitors->setEnabled(m_some->isChecked());
    m_tags->setEnabled(m_some->isChecked());
    for (QWidget *w : {static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_to)})
        w->setEnabled(m_once->isChecked());
    for (QWidget *w : {static_cast<QWidget *>(m_cron), static_cast<QWidget *>(m_duration),
                       static_cast<QWidget *>(m_zone)})
        w->setEnabled(m_repeating->isChecked());
}

MaintenanceWindow MaintenanceEditor::window(QString *problem) const
{
    MaintenanceWindow w = m_window;
    problem->clear();
    w.name = m_name->text().trimmed();
    w.all = m_all->isChecked();
    w.monitorIds.clear();
    w.tags.clear();
    if (!w.all) {
        for (int i = 0; i < m_monitors->count(); ++i) {
            if (m_monitors->item(i)->checkState() == Qt::Checked)
                w.monitorIds.append(m_monitors->item(i)->data(Qt::UserRole).toLongLong());
        }
        static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
        w.tags = m_tags->text().split(separators, Qt::SkipEmptyParts);
    }
    w.notify = m_notify->isChecked();
    if (w.name.isEmpty())
        *problem = tr("Give the window a name.");
    else if (!w.all && w.monitorIds.isEmpty() && w.tags.isEmpty())
        *problem = tr("Tick the monitors it covers, name a tag, or choose every monitor.");
    if (m_once->isChecked()) {
        w.cron.clear();
        w.timeZone.clear();
        w.durationMs = 0;
        w.fromMs = m_from->dateTime().toMSecsSinceEpoch();
        w.toMs = m_to->dateTime().toMSecsSinceEpoch();
        if (problem->isEmpty() && w.toMs <= w.fromMs)
            *problem = tr("The window ends before it starts: its end must be after its start.");
        else if (problem->isEmpty() && w.toMs <= m_nowMs)
            *problem = tr("The window is already over: its end is in the past.");
        return w;
    }
    w.fromMs = -1;
    w.toMs = -1;
    w.cron = m_cron->text().simplified();
    const int zoneIndex = m_zone->findText(m_zone->currentText());
    w.timeZone = zoneIndex >= 0 ? m_zone->itemData(zoneIndex).toString()
                                : m_zone->currentText().trimmed();
    QString why;
    const std::optional<qint64> duration = parseDuration(m_duration->text().trimmed(), &why);
    w.durationMs = duration.value_or(0);
    if (!problem->isEmpty())
        return w;
    if (w.cron.isEmpty())
        *problem = tr("Give the cron expression that starts each occurrence.");
    else if (const QString cron = Schedule::cronProblem(w.cron); !cron.isEmpty())
        *problem = tr("Cron: %1").arg(cron);
    else if (!duration || *duration <= 0)
        *problem = tr("Give how long each occurrence lasts, like 2h or 30m.");
    else if (const QString zone = Schedule::zoneProblem(w.timeZone); !zone.isEmpty())
        *problem = tr("Time zone: %1").arg(zone);
    return w;
}

void MaintenanceEditor::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void MaintenanceEditor::accept()
{
    if (m_sending)
        return;
    QString problem;
    const MaintenanceWindow w = window(&problem);
    if (!problem.isEmpty()) {
        showError(problem);
        return;
    }
    showError(QString());
    m_sending = true;
    QPointer<MaintenanceEditor> self(this);
    auto done = [self](const command::Reply &r) {
        if (!self)
            return;
        self->m_sending = false;
        if (!r.ok) {
            self->showError(r.error);
            return;
        }
        self->m_window.id = r.id;
        self->QDialog::accept();
    };
    if (w.id == 0)
        m_core.command(command::AddMaintenance{w}, done);
    else
        m_core.command(command::EditMaintenance{w}, done);
}

} // namespace uptrack
