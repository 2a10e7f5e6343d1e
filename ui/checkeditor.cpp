// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkeditor.h"

#include "schedule/duration.h"
#include "viewhelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace uptrack {

CheckEditor::CheckEditor(QWidget *parent)
    : QGroupBox(tr("Check"), parent)
    , m_form(new QFormLayout(this))
    , m_target(new QLineEdit(this))
    , m_method(new QComboBox(this))
    , m_interval(new QLineEdit(this))
    , m_timeout(new QLineEdit(this))
    , m_expect(new QLineEdit(this))
    , m_keyword(new QLineEdit(this))
    , m_keywordAbsent(new QCheckBox(tr("must not a&ppear"), this))
    , m_maxResponse(new QLineEdit(this))
    , m_follow(new QCheckBox(tr("&Follow redirects (also to other hosts; the result shows where)"),
                             this))
    , m_insecure(new QCheckBox(tr("Accept a self-si&gned or invalid certificate (LAN services)"),
                               this))
    , m_headers(new QPlainTextEdit(this))
    , m_certWarn(new QSpinBox(this))
    , m_confirm(new QSpinBox(this))
    , m_error(fieldErrorLabel(this))
{
    m_method->addItems({QStringLiteral("GET"), QStringLiteral("HEAD")});
    m_method->setAccessibleName(tr("Method"));
    m_interval->setPlaceholderText(tr("e.g. 30s, 1m, 5m"));
    m_timeout->setPlaceholderText(tr("e.g. 10s"));
    m_expect->setPlaceholderText(tr("e.g. 200-299,301"));
    m_keyword->setPlaceholderText(tr("optional: text the page must contain"));
    m_maxResponse->setPlaceholderText(tr("none"));
    m_maxResponse->setToolTip(tr("An answer slower than this fails the check."));
    m_headers->setPlaceholderText(tr("optional, one per line: Authorization: Bearer …"));
    m_headers->setFixedHeight(48);
    m_headers->setTabChangesFocus(true);
    m_certWarn->setRange(0, 365);
    m_certWarn->setSuffix(tr(" days before expiry"));
    m_certWarn->setSpecialValueText(tr("never"));
    m_confirm->setRange(1, 10);
    m_confirm->setSuffix(tr(" failures in a row"));
    m_confirm->setToolTip(tr("One failed check may be a blip: the check is down only after "
                             "this many in a row, and each failure is kept with its reason."));

    // Each field's error sits under it; others at the bottom.
    auto errorRow = [this](const char *field) {
        QLabel *label = fieldErrorLabel(this);
        m_errors.insert(QString::fromLatin1(field), label);
        m_form->addRow(QString(), label);
    };
    m_form->addRow(tr("&Address:"), m_target);
    errorRow("check.target");
    m_form->addRow(tr("M&ethod:"), m_method);
    m_form->addRow(tr("Ever&y:"), m_interval);
    errorRow("check.interval");
    m_form->addRow(tr("Time&out:"), m_timeout);
    errorRow("check.timeout");
    m_form->addRow(tr("Expected stat&us:"), m_expect);
    m_form->addRow(buddyLabel(tr("Key&word:"), m_keyword),
                   formRow(this, {m_keyword, m_keywordAbsent}));
    m_form->addRow(tr("Response-time l&imit:"), m_maxResponse);
    errorRow("check.max_response");
    m_form->addRow(QString(), m_follow);
    m_form->addRow(QString(), m_insecure);
    m_form->addRow(tr("&Headers:"), m_headers);
    m_form->addRow(tr("Certificate &warning:"), m_certWarn);
    m_form->addRow(tr("Down &after:"), m_confirm);
    m_form->addRow(QString(), m_error);

    for (QLineEdit *e : {m_target, m_interval, m_timeout, m_expect, m_keyword, m_maxResponse})
        connect(e, &QLineEdit::textChanged, this, &CheckEditor::changed);
    connect(m_headers, &QPlainTextEdit::textChanged, this, &CheckEditor::changed);
    connect(m_method, &QComboBox::currentIndexChanged, this, &CheckEditor::changed);
    for (QCheckBox *c : {m_keywordAbsent, m_follow, m_insecure})
        connect(c, &QCheckBox::toggled, this, &CheckEditor::changed);
    for (QSpinBox *s : {m_certWarn, m_confirm})
        connect(s, &QSpinBox::valueChanged, this, &CheckEditor::changed);
    setCheck(CheckSpec());
}

void CheckEditor::setKind(MonitorKind kind)
{
    m_kind = kind;
    const bool http = kind == MonitorKind::Http;
    // HTTP-only rows; the keyword's field is the row holding it and its checkbox.
    const QList<QWidget *> httpRows{m_method,      m_expect,  m_keyword->parentWidget(),
                                    m_maxResponse, m_follow,  m_insecure,
                                    m_headers,     m_certWarn};
    for (QWidget *w : httpRows)
        m_form->setRowVisible(w, http);
    m_target->setPlaceholderText(http ? QStringLiteral("https://intranet.example/health")
                                      : QStringLiteral("db01.lan:5432"));
}

void CheckEditor::setCheck(const CheckSpec &c)
{
    m_base = c;
    m_target->setText(c.target);
    m_method->setCurrentText(c.method);
    m_interval->setText(formatDuration(c.intervalMs));
    m_timeout->setText(formatDuration(c.timeoutMs));
    m_expect->setText(c.expectStatus);
    m_keyword->setText(c.keyword);
    m_keywordAbsent->setChecked(c.keywordAbsent);
    m_maxResponse->setText(c.maxResponseMs > 0 ? formatDuration(c.maxResponseMs) : QString());
    m_follow->setChecked(c.followRedirects);
    m_insecure->setChecked(c.insecureTls);
    m_headers->setPlainText(c.headers.join(QLatin1Char('\n')));
    m_certWarn->setValue(c.certWarnDays);
    m_confirm->setValue(c.confirmations);
}

CheckSpec CheckEditor::spec(Problems *problems) const
{
    CheckSpec c = m_base; // secret headers are set from the command line
    c.target = m_target->text().trimmed();
    c.method = m_method->currentText();
    c.expectStatus = m_expect->text().trimmed();
    c.keyword = m_keyword->text();
    c.keywordAbsent = m_keywordAbsent->isChecked();
    c.followRedirects = m_follow->isChecked();
    c.insecureTls = m_insecure->isChecked();
    c.headers.clear();
    for (const QString &line : m_headers->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            c.headers.append(line.trimmed());
    }
    c.certWarnDays = m_certWarn->value();
    c.confirmations = m_confirm->value();
    // `message` says which field, with %1 for why its text is no duration.
    auto duration = [problems](QLineEdit *edit, const char *field, const QString &message,
                               qint64 *out) {
        QString why;
        if (const auto ms = parseDuration(edit->text(), &why))
            *out = *ms;
        else
            problems->append({QStringLiteral("check.") + QLatin1String(field), message.arg(why)});
    };
    duration(m_interval, "interval", tr("Every: %1"), &c.intervalMs);
    duration(m_timeout, "timeout", tr("Timeout: %1"), &c.timeoutMs);
    c.maxResponseMs = 0;
    if (!m_maxResponse->text().trimmed().isEmpty())
        duration(m_maxResponse, "max_response", tr("Response-time limit: %1"), &c.maxResponseMs);
    if (c.target.isEmpty())
        problems->append({QStringLiteral("check.target"),
                          m_kind == MonitorKind::Http ? tr("Enter the URL to check.")
                                                      : tr("Enter the HOST:PORT to connect to.")});
    return c;
}

void CheckEditor::showProblems(const Problems &problems)
{
    QHash<QString, QString> byField;
    QString other;
    for (const Problem &p : problems) {
        if (!p.field.startsWith(QLatin1String("check")))
            continue;
        if (m_errors.contains(p.field)) {
            if (!byField.contains(p.field))
                byField.insert(p.field, p.message);
        } else if (other.isEmpty()) {
            other = p.message;
        }
    }
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
        showFieldError(it.value(), byField.value(it.key()));
    showFieldError(m_error, other);
}

} // namespace uptrack
