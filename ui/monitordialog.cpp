// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitordialog.h"

#include "domain/monitorspec.h"
#include "monitorpolicyeditor.h"
#include "schedule/duration.h"
#include "viewhelpers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace uptrack {

namespace {
QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &t :
         text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts)) {
        if (!tags.contains(t))
            tags.append(t);
    }
    return tags;
}
} // namespace

MonitorDialog::MonitorDialog(const Clock &clock, std::optional<Monitor> existing,
                             QList<Channel> channels, QStringList takenSlugs, Submit submit,
                             QWidget *parent)
    : QDialog(parent)
    , m_existing(std::move(existing))
    , m_channels(std::move(channels))
    , m_takenSlugs(std::move(takenSlugs))
    , m_submit(std::move(submit))
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_nameError(fieldErrorLabel(this))
    , m_slug(new QLineEdit(this))
    , m_slugError(fieldErrorLabel(this))
    , m_tags(new QLineEdit(this))
    , m_tagsError(fieldErrorLabel(this))
    , m_description(new QPlainTextEdit(this))
    , m_schedule(new ScheduleEditor(clock, this))
    , m_check(new CheckEditor(this))
    , m_afterForm(new QFormLayout)
    , m_maxRun(new QLineEdit(this))
    , m_maxRunError(fieldErrorLabel(this))
    , m_policy(new MonitorPolicyEditor(m_existing, m_channels, this))
    , m_tabs(new QTabWidget(this))
    , m_saveError(fieldErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(m_existing ? tr("Edit %1").arg(m_existing->name) : tr("New monitor"));
    m_name->setPlaceholderText(tr("e.g. Nightly backup"));
    m_slug->setPlaceholderText(tr("made from the name"));
    m_slug->setToolTip(tr("The readable part of the slug URL: lower-case letters, digits, "
                          "'-' and '_'."));
    m_tags->setPlaceholderText(tr("e.g. backup, prod (separated by commas)"));
    m_description->setPlaceholderText(
            tr("What the job does, who owns it, what to do when it fails"));
    m_description->setFixedHeight(60);
    m_description->setTabChangesFocus(true);
    m_maxRun->setPlaceholderText(tr("none (the grace period decides)"));
    m_maxRun->setToolTip(tr("A run that started (/start) and has not finished after this long "
                            "is down (hung)."));
    m_kind->addItem(tr("Heartbeat: the job pings Uptrack"), kindName(MonitorKind::Heartbeat));
    m_kind->addItem(tr("HTTP(S) check: Uptrack opens a URL"), kindName(MonitorKind::Http));
    m_kind->addItem(tr("TCP check: Uptrack connects to a port"), kindName(MonitorKind::Tcp));
    m_kind->addItem(tr("Ping (ICMP) check: a printer, switch or NAS must answer"),
                    kindName(MonitorKind::Icmp));
    m_kind->addItem(tr("DNS check: a name must resolve"), kindName(MonitorKind::Dns));

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("S&lug:"), m_slug);
    form->addRow(QString(), m_slugError);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(QString(), m_tagsError);
    form->addRow(tr("&Description:"), m_description);
    m_afterForm->addRow(tr("&Max run time:"), m_maxRun);
    m_afterForm->addRow(QString(), m_maxRunError);

    auto *layout = new QVBoxLayout(this);
    // The dialog grows when an error appears under a field, rather than squeezing it.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    // What it watches on one tab, when and whom it alerts on the other (Ctrl+Tab).
    auto *general = new QWidget(this);
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addLayout(form);
    generalLayout->addWidget(m_schedule);
    generalLayout->addWidget(m_check);
    generalLayout->addLayout(m_afterForm);
    generalLayout->addStretch(1);
    auto *alerting = new QWidget(this);
    auto *alertingLayout = new QVBoxLayout(alerting);
    alertingLayout->addWidget(m_policy);
    alertingLayout->addStretch(1);
    m_tabs->setAccessibleName(tr("Monitor"));
    m_tabs->addTab(general, tr("Monitor"));
    m_tabs->addTab(alerting, tr("Alerting"));
    m_tabs->setTabToolTip(1,
                          tr("Misses in a row before down, the shortest run, dependencies, "
                             "and which channels hear of it when (Ctrl+Tab)"));
    layout->addWidget(m_tabs);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);

    // Initial values.
    if (m_existing) {
        const Monitor &m = *m_existing;
        m_name->setText(m.name);
        m_slug->setText(m.slug);
        m_tags->setText(m.tags.join(QStringLiteral(", ")));
        m_description->setPlainText(m.description);
        m_maxRun->setText(m.maxRunMs > 0 ? formatDuration(m.maxRunMs) : QString());
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(kindName(m.kind))));
        if (!m.isCheck())
            m_schedule->setSchedule(m.schedule, m.graceMs);
        else
            m_check->setCheck(m.check);
    }
    m_slugTouched = m_existing.has_value();
    m_kind->setEnabled(!m_existing); // a monitor keeps its kind

    m_quiet = !m_existing.has_value();
    auto touched = [this] {
        m_dirty = true;
        if (m_quiet) {
            m_quiet = false;
            validate();
        }
    };
    for (QLineEdit *e : {m_name, m_slug, m_maxRun, m_tags})
        connect(e, &QLineEdit::textEdited, this, touched);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!m_slugTouched)
            m_slug->setText(MonitorRules::slugify(text));
        validate();
    });
    connect(m_slug, &QLineEdit::textEdited, this, [this] { m_slugTouched = true; });
    for (QLineEdit *e : {m_slug, m_maxRun, m_tags})
        connect(e, &QLineEdit::textChanged, this, &MonitorDialog::validate);
    connect(m_schedule, &ScheduleEditor::changed, this, touched);
    connect(m_schedule, &ScheduleEditor::changed, this, &MonitorDialog::validate);
    connect(m_check, &CheckEditor::changed, this, touched);
    connect(m_check, &CheckEditor::changed, this, &MonitorDialog::validate);
    connect(m_policy, &MonitorPolicyEditor::changed, this, touched);
    connect(m_policy, &MonitorPolicyEditor::changed, this, &MonitorDialog::validate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        showKind();
        validate();
    });
    showKind();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MonitorDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_name->setFocus();
    validate();
}

MonitorKind MonitorDialog::kind() const
{
    return kindFromName(m_kind->currentData().toString()).value_or(MonitorKind::Heartbeat);
}

void MonitorDialog::showKind()
{
    const bool isCheck = kind() != MonitorKind::Heartbeat;
    m_schedule->setVisible(!isCheck);
    m_check->setVisible(isCheck);
    m_check->setKind(kind());
    m_afterForm->setRowVisible(m_maxRun, !isCheck);
    m_afterForm->setRowVisible(m_maxRunError, !isCheck && !m_maxRunError->text().isEmpty());
    m_policy->setHeartbeat(!isCheck);
    fitToContents();
}

MonitorSpec MonitorDialog::spec(Problems *problems) const
{
    MonitorSpec s;
    s.name = m_name->text().trimmed();
    s.slug = m_slug->text().trimmed();
    if (s.slug->isEmpty() && m_existing && m_existing->slug.isEmpty())
        s.slug.reset(); // made without one (Healthchecks' API): left so unless one is given
    s.tags = splitTags(m_tags->text());
    s.description = m_description->toPlainText().trimmed();
    if (kind() != MonitorKind::Heartbeat) {
        if (!m_existing)
            s.kind = kind();
        s.check = m_check->spec(problems).toJson();
    } else {
        m_schedule->fill(&s, problems);
        QString why;
        if (m_maxRun->text().trimmed().isEmpty())
            s.maxRunMs = 0;
        else if (const auto maxRun = parseDuration(m_maxRun->text(), &why))
            s.maxRunMs = *maxRun;
        else
            problems->append({QStringLiteral("max_run"), tr("Max run time: %1").arg(why)});
    }
    m_policy->fill(&s, problems);
    return s;
}

void MonitorDialog::fitToContents()
{
    // The dialog's layout keeps the tabs' size from when they were first measured; a
    // kind's fields hidden since would hold its minimum (SetMinimumSize) tall.
    m_tabs->updateGeometry();
    layout()->activate();
    adjustSize();
}

void MonitorDialog::setMonitors(const QList<Monitor> &monitors)
{
    m_policy->setMonitors(monitors);
    fitToContents();
}

void MonitorDialog::reject()
{
    if (m_dirty && !confirmDiscard(this))
        return;
    QDialog::reject();
}

void MonitorDialog::validate()
{
    Problems problems;
    const MonitorSpec s = spec(&problems);
    problems += MonitorRules::validate(
            s, m_existing ? MonitorRules::Purpose::Edit : MonitorRules::Purpose::Add, m_takenSlugs);
    if (kind() != MonitorKind::Heartbeat
        && problemOf(problems, QStringLiteral("check.target")).isEmpty())
        problems += CheckRules::validate(kind(), CheckSpec::fromJson(*s.check));
    showProblems(m_quiet ? Problems() : problems);
    m_problems = messagesOf(problems).join(QLatin1Char('\n'));
    m_saveError->hide();
    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    save->setEnabled(problems.isEmpty());
    save->setToolTip(m_problems);
}

void MonitorDialog::showProblems(const Problems &problems)
{
    showFieldError(m_nameError, problemOf(problems, QStringLiteral("name")));
    showFieldError(m_slugError, problemOf(problems, QStringLiteral("slug")));
    showFieldError(m_tagsError, problemOf(problems, QStringLiteral("tags")));
    showFieldError(m_maxRunError, problemOf(problems, QStringLiteral("max_run")));
    m_policy->showProblems(problems);
    m_schedule->showProblems(problems);
    m_check->showProblems(problems);
}

command::Command MonitorDialog::command() const
{
    Problems ignored;
    if (m_existing)
        return command::EditMonitor{QString::number(m_existing->id), spec(&ignored), {}};
    return command::AddMonitor{spec(&ignored), {}};
}

QString MonitorDialog::problems() const
{
    return m_problems;
}

void MonitorDialog::save()
{
    validate();
    if (!m_problems.isEmpty())
        return;
    m_buttons->setEnabled(false);
    QPointer<MonitorDialog> self(this);
    m_submit(command(), [self](const command::Reply &reply) {
        if (!self)
            return;
        MonitorDialog *d = self;
        d->m_buttons->setEnabled(true);
        if (reply.ok) {
            d->accept();
            return;
        }
        // What the core refused field by field goes next to the field, the rest below.
        d->showProblems(reply.problems);
        static const QStringList shown
                = {QStringLiteral("name"),    QStringLiteral("slug"),
                   QStringLiteral("tags"),    QStringLiteral("max_run"),
                   QStringLiteral("period"),  QStringLiteral("grace"),
                   QStringLiteral("cron"),    QStringLiteral("tz"),
                   QStringLiteral("min_run"), QStringLiteral("channel_delays")};
        QStringList rest;
        for (const Problem &p : reply.problems) {
            if (!shown.contains(p.field) && !p.field.startsWith(QLatin1String("check")))
                rest.append(p.message);
        }
        showFieldError(d->m_saveError,
                       reply.problems.isEmpty() ? reply.error : rest.join(QLatin1Char('\n')));
    });
}

} // namespace uptrack
