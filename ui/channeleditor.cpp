// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channeleditor.h"

#include "channelfieldwidget.h"
#include "notify/channelkind.h"
#include "schedule/duration.h"
#include "viewhelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace uptrack {

namespace {
constexpr int kWidth = 560;
} // namespace

ChannelEditor::ChannelEditor(QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_nameError(fieldErrorLabel(this))
    , m_form(new QFormLayout)
    , m_onDown(new QCheckBox(tr("Down alerts (and reminders)"), this))
    , m_onUp(new QCheckBox(tr("Recovery notices"), this))
    , m_default(new QCheckBox(tr("Use for new monitors"), this))
    , m_reminder(new QLineEdit(this))
    , m_reminderError(fieldErrorLabel(this))
    , m_problem(fieldErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New channel"));
    m_kind->setAccessibleName(tr("Kind"));
    m_name->setAccessibleName(tr("Name"));
    m_reminder->setAccessibleName(tr("Remind every"));
    for (const ChannelKind *kind : ChannelKinds::all())
        m_kind->addItem(kind->label(), kind->kind());
    m_reminder->setToolTip(tr("Repeat down alerts this often while down, e.g. 1h; 0 for never."));
    m_reminder->setPlaceholderText(tr("never (e.g. 1h repeats the alert hourly)"));
    m_onDown->setChecked(true);
    m_onUp->setChecked(true);

    // One form, so every label lines up: the kind's own rows go between the name and
    // what every channel has.
    m_form->addRow(tr("&Kind:"), m_kind);
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(QString(), m_nameError);
    m_form->addRow(tr("Sends:"), m_onDown);
    m_form->addRow(QString(), m_onUp);
    m_form->addRow(tr("Remind &every:"), m_reminder);
    m_form->addRow(QString(), m_reminderError);
    m_form->addRow(QString(), m_default);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ChannelEditor::showKind);
    for (QLineEdit *e : {m_name, m_reminder}) {
        connect(e, &QLineEdit::textEdited, this, [this] {
            m_quiet = false;
            m_dirty = true;
        });
        connect(e, &QLineEdit::textChanged, this, &ChannelEditor::validate);
    }
    for (QCheckBox *c : {m_onDown, m_onUp})
        connect(c, &QCheckBox::toggled, this, &ChannelEditor::validate);
    resize(kWidth, sizeHint().height());
    showKind();
}

ChannelEditor::ChannelEditor(const Channel &existing, QWidget *parent) : ChannelEditor(parent)
{
    m_existing = existing;
    m_quiet = false;
    setWindowTitle(tr("Edit channel %1").arg(existing.name));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(existing.kind)));
    m_kind->setEnabled(false); // a channel keeps its kind
    m_name->setText(existing.name);
    m_onDown->setChecked(existing.onDown);
    m_onUp->setChecked(existing.onUp);
    m_reminder->setText(existing.reminderMs > 0 ? formatDuration(existing.reminderMs) : QString());
    m_default->setChecked(existing.isDefault);
    showKind();
}

command::EditChannel ChannelEditor::editCommand() const
{
    command::EditChannel c;
    c.channel = m_existing ? QString::number(m_existing->id) : QString();
    c.name = m_name->text().trimmed();
    c.onDown = m_onDown->isChecked();
    c.onUp = m_onUp->isChecked();
    c.reminderMs = reminderMs().value_or(0);
    c.isDefault = m_default->isChecked();
    return c;
}

void ChannelEditor::reject()
{
    if (m_dirty && !confirmDiscard(this))
        return;
    QDialog::reject();
}

void ChannelEditor::showKind()
{
    constexpr int kFirstRow = 3; // after kind, name and the name's error
    for (int i = 0; i < m_page.rows; ++i)
        m_form->removeRow(kFirstRow);
    m_page = Page();
    m_page.kind = ChannelKinds::all().value(std::max(0, m_kind->currentIndex()));
    m_name->setPlaceholderText(tr("e.g. Ops %1").arg(m_page.kind->label()));
    int row = kFirstRow;
    if (m_existing) {
        // Its settings and secret are kept as they are (the secret is never shown again).
        auto *kept = new QLabel(tr("Its %1 settings and secret stay as they are. To change "
                                   "them, add a new channel and remove this one.")
                                        .arg(m_page.kind->label()),
                                this);
        kept->setWordWrap(true);
        m_form->insertRow(row++, QString(), kept);
        m_page.note = kept;
        m_page.general = fieldErrorLabel(this);
        m_form->insertRow(row++, QString(), m_page.general);
        m_page.rows = row - kFirstRow;
        validate();
        return;
    }
    for (const ChannelField &f : m_page.kind->fields()) {
        auto *input = new ChannelFieldWidget(f, this);
        QLabel *error = fieldErrorLabel(this);
        if (f.type == ChannelField::Type::Flag) {
            m_form->insertRow(row++, QString(), input);
        } else {
            auto *label = new QLabel(f.label + QLatin1Char(':'), this);
            label->setBuddy(input->input());
            m_form->insertRow(row++, label, input);
        }
        m_form->insertRow(row++, QString(), error);
        m_page.fields.append(input);
        m_page.errors.insert(f.key, error);
        connect(input, &ChannelFieldWidget::changed, this, [this] {
            m_quiet = false;
            m_dirty = true;
            validate();
        });
    }
    m_page.general = fieldErrorLabel(this);
    m_form->insertRow(row++, QString(), m_page.general);
    m_page.rows = row - kFirstRow;
    // Tab walks the form as it reads: the kind's fields after the name.
    QWidget *previous = m_name;
    for (ChannelFieldWidget *f : std::as_const(m_page.fields)) {
        setTabOrder(previous, f->input());
        previous = f->input();
    }
    setTabOrder(previous, m_onDown);
    validate();
    // As tall as the kind's fields need, never narrower than the form was made.
    resize(std::max(width(), kWidth), sizeHint().height());
}

Problems ChannelEditor::build(QJsonObject *config, QString *secret) const
{
    ChannelValues values;
    for (const ChannelFieldWidget *f : m_page.fields)
        values.insert(f->field().key, f->value());
    return m_page.kind->build(values, config, secret);
}

QString ChannelEditor::problem() const
{
    return m_problems;
}

command::AddChannel ChannelEditor::command() const
{
    command::AddChannel c;
    ChannelSpec &s = c.channel;
    s.name = m_name->text().trimmed();
    s.kind = m_page.kind->kind();
    build(&s.config, &s.secret);
    s.onDown = m_onDown->isChecked();
    s.onUp = m_onUp->isChecked();
    s.reminderMs = reminderMs().value_or(0);
    s.isDefault = m_default->isChecked();
    return c;
}

void ChannelEditor::validate()
{
    QStringList all;
    const QString nameProblem
            = m_name->text().trimmed().isEmpty() ? tr("Give the channel a name.") : QString();
    // Until something is typed, no red: the OK button waits and says why.
    auto show = [this](QLabel *label, const QString &text) {
        showFieldError(label, m_quiet ? QString() : text);
    };
    show(m_nameError, nameProblem);
    if (!nameProblem.isEmpty())
        all.append(nameProblem);

    QJsonObject config;
    QString secret;
    const Problems problems = m_existing ? Problems() : build(&config, &secret);
    const Page &p = m_page;
    QHash<QString, QString> byField;
    QStringList general;
    for (const Problem &problem : problems) {
        all.append(problem.message);
        if (p.errors.contains(problem.field) && !byField.contains(problem.field))
            byField.insert(problem.field, problem.message);
        else if (!p.errors.contains(problem.field))
            general.append(problem.message);
    }
    for (auto it = p.errors.cbegin(); it != p.errors.cend(); ++it)
        show(it.value(), byField.value(it.key()));
    show(p.general, general.join(QLatin1Char('\n')));

    const auto reminder = reminderMs();
    const QString reminderProblem = !reminder || (*reminder > 0 && *reminder < 60'000)
            ? tr("Reminders: a duration of at least 1m (like 30m or 2h), or 0 for none.")
            : QString();
    show(m_reminderError, reminderProblem);
    if (!reminderProblem.isEmpty())
        all.append(reminderProblem);
    const QString sendsProblem = !m_onDown->isChecked() && !m_onUp->isChecked()
            ? tr("The channel must get down alerts, recovery notices, or both.")
            : QString();
    show(m_problem, sendsProblem);
    if (!sendsProblem.isEmpty())
        all.append(sendsProblem);
    m_problems = all.join(QLatin1Char('\n'));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(all.isEmpty());
    ok->setToolTip(m_problems);
    // A mistake that wraps onto a second line must not be cut off: grow to fit it (once
    // the labels have their new text laid out).
    QTimer::singleShot(0, this, [this] {
        for (QLabel *label : findChildren<QLabel *>()) {
            if (label->wordWrap() && label->isVisible())
                label->setMinimumHeight(label->heightForWidth(m_name->width()));
        }
        const int wanted = layout()->totalHeightForWidth(width());
        if (wanted > height())
            resize(width(), wanted);
    });
}

std::optional<qint64> ChannelEditor::reminderMs() const
{
    const QString text = m_reminder->text().trimmed();
    return text.isEmpty() ? std::optional<qint64>(0) : parseDuration(text);
}

void ChannelEditor::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // A form does not always ask a wrapped note for all its lines: ask at the width of
    // the field column, once the dialog has its size.
    if (m_page.note)
        m_page.note->setMinimumHeight(m_page.note->heightForWidth(m_name->width()));
}

} // namespace uptrack
