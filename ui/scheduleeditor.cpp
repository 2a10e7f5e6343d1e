// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduleeditor.h"

#include "schedule/cronexpression.h"
#include "schedule/duration.h"
#include "time/clock.h"
#include "viewhelpers.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace uptrack {

namespace {
struct Preset
{
    const char *label;
    const char *value;
};
// Labels are for people; values are what the field receives.
constexpr Preset kPeriodPresets[] = {
        {QT_TRANSLATE_NOOP("MonitorDialog", "Every minute"), "1m"},
        {QT_TRANSLATE_NOOP("MonitorDialog", "Every 5 minutes"), "5m"},
        {QT_TRANSLATE_NOOP("MonitorDialog", "Every 15 minutes"), "15m"},
        {QT_TRANSLATE_NOOP("MonitorDialog", "Every hour"), "1h"},
        {QT_TRANSLATE_NOOP("MonitorDialog", "Every 6 hours"), "6h"},
        {QT_TRANSLATE_NOOP("MonitorDialog", "Every day"), "1d"},
        {QT_TRANSLATE_NOOP("MonitorDialog", "Every week"), "7d"},
};
constexpr Preset kGracePresets[] = {
        {QT_TRANSLATE_NOOP("MonitorDialog", "1 minute"), "1m"},
        {QT_TRANSLATE_NOOP("MonitorDialog", "5 minutes"), "5m"},
        {QT_TRANSLATE_NOOP("MonitorDialog", "15 minutes"), "15m"},
        {QT_TRANSLATE_NOOP("MonitorDialog", "1 hour"), "1h"},
        {QT_TRANSLATE_NOOP("MonitorDialog", "6 hours"), "6h"},
};
constexpr Preset kCronPresets[] = {
        {QT_TRANSLATE_NOOP("MonitorDialog", "Every 15 minutes"), "*/15 * * * *"},
        {QT_TRANSLATE_NOOP("MonitorDialog", "Hourly, on the hour"), "0 * * * *"},
        {QT_TRANSLATE_NOOP("MonitorDialog", "Daily at 02:00"), "0 2 * * *"},
        {QT_TRANSLATE_NOOP("MonitorDialog", "Weekdays at 09:00"), "0 9 * * 1-5"},
        {QT_TRANSLATE_NOOP("MonitorDialog", "Sundays at 03:30"), "30 3 * * 0"},
        {QT_TRANSLATE_NOOP("MonitorDialog", "First of the month at 04:00"), "0 4 1 * *"},
};

template<size_t N>
QComboBox *presetBox(const Preset (&presets)[N], QLineEdit *target, const QString &name,
                     QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItem(ScheduleEditor::tr("Presets…"));
    for (const Preset &p : presets)
        box->addItem(QCoreApplication::translate("MonitorDialog", p.label),
                     QString::fromLatin1(p.value));
    box->setAccessibleName(name);
    QObject::connect(box, &QComboBox::activated, target, [box, target](int i) {
        if (i > 0)
            target->setText(box->itemData(i).toString());
        box->setCurrentIndex(0);
    });
    return box;
}

QString systemZone()
{
    return QString::fromUtf8(QTimeZone::systemTimeZoneId());
}
} // namespace

ScheduleEditor::ScheduleEditor(const Clock &clock, QWidget *parent)
    : QGroupBox(tr("Schedule"), parent)
    , m_clock(clock)
    , m_simpleMode(new QRadioButton(tr("&Simple: every period"), this))
    , m_cronMode(new QRadioButton(tr("C&ron expression"), this))
    , m_stack(new QStackedWidget(this))
    , m_period(new QLineEdit(this))
    , m_periodError(fieldErrorLabel(this))
    , m_cron(new QLineEdit(this))
    , m_zone(new QComboBox(this))
    , m_cronError(fieldErrorLabel(this))
    , m_cronPreview(new QLabel(this))
    , m_grace(new QLineEdit(this))
    , m_graceError(fieldErrorLabel(this))
{
    m_period->setPlaceholderText(tr("e.g. 1h, 30m, 1d"));
    m_grace->setPlaceholderText(tr("e.g. 5m"));
    m_grace->setToolTip(tr("How long after the expected time the job may still report before "
                           "it is down."));
    m_cron->setPlaceholderText(tr("e.g. 0 2 * * *"));
    m_cron->setToolTip(tr("Five fields: minute, hour, day of month, month, day of week — the "
                          "same line as in the crontab; @daily and friends work too."));
    m_cronPreview->setTextFormat(Qt::PlainText);
    m_cronPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zones.append(QString::fromUtf8(id));
    m_zone->addItems(zones);
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->setAccessibleName(tr("Time zone"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(formRow(this, {m_simpleMode, m_cronMode}));
    auto *simplePage = new QWidget(this);
    auto *simpleForm = new QFormLayout(simplePage);
    simpleForm->setContentsMargins(0, 0, 0, 0);
    simpleForm->addRow(
            buddyLabel(tr("&Period:"), m_period),
            formRow(simplePage,
                    {m_period, presetBox(kPeriodPresets, m_period, tr("Period presets"), this)}));
    simpleForm->addRow(QString(), m_periodError);
    auto *cronPage = new QWidget(this);
    auto *cronForm = new QFormLayout(cronPage);
    cronForm->setContentsMargins(0, 0, 0, 0);
    cronForm->addRow(
            buddyLabel(tr("E&xpression:"), m_cron),
            formRow(cronPage,
                    {m_cron,
                     presetBox(kCronPresets, m_cron, tr("Cron expression presets"), this)}));
    cronForm->addRow(tr("&Time zone:"), m_zone);
    cronForm->addRow(QString(), m_cronError);
    cronForm->addRow(tr("Next runs:"), m_cronPreview);
    m_stack->addWidget(simplePage);
    m_stack->addWidget(cronPage);
    layout->addWidget(m_stack);
    auto *graceForm = new QFormLayout;
    graceForm->addRow(
            buddyLabel(tr("&Grace:"), m_grace),
            formRow(this, {m_grace, presetBox(kGracePresets, m_grace, tr("Grace presets"), this)}));
    graceForm->addRow(QString(), m_graceError);
    layout->addLayout(graceForm);

    for (QLineEdit *e : {m_period, m_cron, m_grace})
        connect(e, &QLineEdit::textChanged, this, &ScheduleEditor::changed);
    connect(m_zone, &QComboBox::currentTextChanged, this, &ScheduleEditor::changed);
    connect(m_cronMode, &QRadioButton::toggled, this, [this](bool cron) {
        showPage(cron ? 1 : 0);
        emit changed();
    });
    connect(this, &ScheduleEditor::changed, this, &ScheduleEditor::updatePreview);
    setSchedule(Schedule(), MonitorRules::kDefaultGraceMs);
}

void ScheduleEditor::setSchedule(const Schedule &schedule, qint64 graceMs)
{
    m_period->setText(formatDuration(schedule.periodMs()));
    m_grace->setText(formatDuration(graceMs));
    m_cron->setText(schedule.isCron() ? schedule.cron() : QStringLiteral("0 2 * * *"));
    m_zone->setCurrentText(schedule.timeZone().isEmpty() ? systemZone() : schedule.timeZone());
    (schedule.isCron() ? m_cronMode : m_simpleMode)->setChecked(true);
    showPage(schedule.isCron() ? 1 : 0);
    updatePreview();
}

void ScheduleEditor::showPage(int index)
{
    // The stack takes the height of the page shown, not of the tallest (the cron page):
    // a simple schedule leaves no gap.
    for (int i = 0; i < m_stack->count(); ++i)
        m_stack->widget(i)->setSizePolicy(
                QSizePolicy::Preferred, i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_stack->setCurrentIndex(index);
    m_stack->adjustSize();
    if (QWidget *top = window())
        top->adjustSize();
}

void ScheduleEditor::fill(MonitorSpec *spec, Problems *problems) const
{
    QString why;
    if (const auto grace = parseDuration(m_grace->text(), &why))
        spec->graceMs = *grace;
    else
        problems->append({QStringLiteral("grace"), tr("Grace: %1").arg(why)});
    if (m_cronMode->isChecked()) {
        spec->cron = m_cron->text().trimmed();
        spec->timeZone = m_zone->currentText().trimmed();
    } else {
        spec->cron = QString(); // switches to the simple schedule
        if (const auto period = parseDuration(m_period->text(), &why))
            spec->periodMs = *period;
        else
            problems->append({QStringLiteral("period"), tr("Period: %1").arg(why)});
    }
}

void ScheduleEditor::showProblems(const Problems &problems)
{
    const bool cron = m_cronMode->isChecked();
    showFieldError(m_periodError, cron ? QString() : problemOf(problems, QStringLiteral("period")));
    QString cronProblem = problemOf(problems, QStringLiteral("cron"));
    if (cronProblem.isEmpty())
        cronProblem = problemOf(problems, QStringLiteral("tz"));
    showFieldError(m_cronError, cron ? cronProblem : QString());
    showFieldError(m_graceError, problemOf(problems, QStringLiteral("grace")));
}

void ScheduleEditor::updatePreview()
{
    m_preview.clear();
    const auto expr = CronExpression::parse(m_cron->text().trimmed());
    const auto zone = zoneFromName(m_zone->currentText().trimmed());
    if (m_cronMode->isChecked() && expr && zone)
        m_preview = expr->nextN(m_clock.nowMs(), *zone, 5);
    QStringList lines;
    for (qint64 at : std::as_const(m_preview)) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(at, *zone);
        lines.append(QLocale().toString(t, QStringLiteral("ddd d MMM yyyy  HH:mm t")));
    }
    m_cronPreview->setText(lines.join(QLatin1Char('\n')));
}

} // namespace uptrack
