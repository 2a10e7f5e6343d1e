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
#include <QVBoxLayout>

#include <tuple>

namespace uptrack {

CheckEditor::CheckEditor(QWidget *parent)
    : QGroupBox(tr("Check"), parent)
    , m_form(new QVBoxLayout(this))
    , m_target(new QLineEdit(this))
    , m_method(new QComboBox(this))
    , m_interval(new QLineEdit(this))
    , m_timeout(new QLineEdit(this))
    , m_expect(new QLineEdit(this))
    , m_keyword(new QLineEdit(this))
    , m_keywordAbsent(new QCheckBox(tr("must not a&ppear"), this))
    , m_maxResponse(new QLineEdit(this))
    , m_follow(new QCheckBox(tr("Follow &redirects (also to other hosts; the result shows where)"),
                             this))
    , m_insecure(new QCheckBox(tr("Accept a self-signed or in&valid certificate (LAN services)"),
                               this))
    , m_headers(new QPlainTextEdit(this))
    , m_certWarn(new QSpinBox(this))
    , m_confirm(new QSpinBox(this))
    , m_count(new QSpinBox(this))
    , m_maxLoss(new QSpinBox(this))
    , m_record(new QComboBox(this))
    , m_expectValue(new QLineEdit(this))
    , m_server(new QLineEdit(this))
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
    m_count->setRange(1, CheckRules::kMaxIcmpCount);
    m_count->setSuffix(tr(" echo requests, half a second apart"));
    m_maxLoss->setRange(0, 99);
    m_maxLoss->setSuffix(tr(" % of them may be lost"));
    m_maxLoss->setToolTip(tr("A run that loses more fails; a run that loses all always fails."));
    m_record->addItems(dnsRecordTypes());
    m_record->setAccessibleName(tr("Record type"));
    m_expectValue->setPlaceholderText(tr("optional: an answer must equal this"));
    m_expectValue->setToolTip(tr("An address for A and AAAA, \"10 mail.example.com\" or just "
                                 "the host for MX, the text for TXT, the target for CNAME."));
    m_server->setPlaceholderText(tr("this computer's resolver"));
    m_server->setToolTip(tr("The IP address of the name server to ask (port 53), e.g. the "
                            "office's DNS server."));

    // The fields in parts: the common ones, then each kind's own part, shown or hidden as
    // a whole (hiding single rows of one QFormLayout leaves the error rows beside them no
    // height in Qt 6.4). Each field's error sits under it; others at the bottom.
    QList<QFormLayout *> forms;
    auto part = [this, &forms] {
        auto *widget = new QWidget(this);
        auto *form = new QFormLayout(widget);
        form->setContentsMargins(0, 0, 0, 0);
        m_form->addWidget(widget);
        forms.append(form);
        return std::pair{widget, form};
    };
    // A field and, in the row under it, the line for its error.
    auto addRow = [this](QFormLayout *form, const QString &text, QWidget *field, const char *name) {
        form->addRow(text, field);
        QLabel *label = fieldErrorLabel(form->parentWidget());
        m_errors.insert(QString::fromLatin1(name), label);
        form->addRow(QString(), label);
    };
    QFormLayout *f = part().second;
    addRow(f, tr("&Address:"), m_target, "check.target");
    addRow(f, tr("Ever&y:"), m_interval, "check.interval");
    addRow(f, tr("Time&out:"), m_timeout, "check.timeout");
    std::tie(m_httpPart, f) = part();
    f->addRow(tr("M&ethod:"), m_method);
    f->addRow(tr("Expected stat&us:"), m_expect);
    f->addRow(buddyLabel(tr("Key&word:"), m_keyword), formRow(this, {m_keyword, m_keywordAbsent}));
    std::tie(m_latencyPart, f) = part();
    addRow(f, tr("Response-time l&imit:"), m_maxResponse, "check.max_response");
    std::tie(m_tlsPart, f) = part();
    f->addRow(QString(), m_follow);
    f->addRow(QString(), m_insecure);
    f->addRow(tr("&Headers:"), m_headers);
    f->addRow(tr("Certificate warnin&g:"), m_certWarn);
    std::tie(m_icmpPart, f) = part();
    addRow(f, tr("Echo re&quests:"), m_count, "check.count");
    addRow(f, tr("Packet lo&ss:"), m_maxLoss, "check.max_loss");
    std::tie(m_dnsPart, f) = part();
    addRow(f, tr("&Record type:"), m_record, "check.record");
    addRow(f, tr("E&xpected value:"), m_expectValue, "check.expect_value");
    addRow(f, tr("Name &server:"), m_server, "check.server");
    f = part().second;
    f->addRow(tr("Down a&fter:"), m_confirm);
    f->addRow(QString(), m_error);
    // One label column across the parts.
    int labelWidth = 0;
    for (QFormLayout *form : std::as_const(forms)) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem *label = form->itemAt(row, QFormLayout::LabelRole))
                labelWidth = std::max(labelWidth, label->sizeHint().width());
        }
    }
    for (QFormLayout *form : std::as_const(forms)) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem *label = form->itemAt(row, QFormLayout::LabelRole))
                label->widget()->setMinimumWidth(labelWidth);
        }
    }

    for (QLineEdit *e : {m_target, m_interval, m_timeout, m_expect, m_keyword, m_maxResponse,
                         m_expectValue, m_server})
        connect(e, &QLineEdit::textChanged, this, &CheckEditor::changed);
    connect(m_record, &QComboBox::currentIndexChanged, this, &CheckEditor::changed);
    connect(m_headers, &QPlainTextEdit::textChanged, this, &CheckEditor::changed);
    connect(m_method, &QComboBox::currentIndexChanged, this, &CheckEditor::changed);
    for (QCheckBox *c : {m_keywordAbsent, m_follow, m_insecure})
        connect(c, &QCheckBox::toggled, this, &CheckEditor::changed);
    for (QSpinBox *s : {m_certWarn, m_confirm, m_count, m_maxLoss})
        connect(s, &QSpinBox::valueChanged, this, &CheckEditor::changed);
    setCheck(CheckSpec());
}

void CheckEditor::setKind(MonitorKind kind)
{
    m_kind = kind;
    const bool http = kind == MonitorKind::Http;
    const bool icmp = kind == MonitorKind::Icmp;
    const bool dns = kind == MonitorKind::Dns;
    // Each kind's own rows; the keyword's field is the row holding it and its checkbox.
    const QList<QWidget *> httpRows{m_method,  m_expect,   m_keyword->parentWidget(),
                                    m_follow,  m_insecure, m_headers,
                                    m_certWarn};
    m_httpPart->setVisible(http);
    m_tlsPart->setVisible(http);
    m_latencyPart->setVisible(http || icmp);
    m_icmpPart->setVisible(icmp);
    m_dnsPart->setVisible(dns);
    m_maxResponse->setToolTip(icmp ? tr("An average round trip slower than this fails the check.")
                                   : tr("An answer slower than this fails the check."));
    switch (kind) {
    case MonitorKind::Tcp:
        m_target->setPlaceholderText(QStringLiteral("db01.lan:5432"));
        break;
    case MonitorKind::Icmp:
        m_target->setPlaceholderText(tr("printer.lan or 192.168.1.20"));
        break;
    case MonitorKind::Dns:
        m_target->setPlaceholderText(QStringLiteral("intranet.example.com"));
        break;
    default:
        m_target->setPlaceholderText(QStringLiteral("https://intranet.example/health"));
        break;
    }
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
    m_count->setValue(c.count);
    m_maxLoss->setValue(c.maxLossPercent);
    m_record->setCurrentText(c.record);
    m_expectValue->setText(c.expectValue);
    m_server->setText(c.server);
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
    c.count = m_count->value();
    c.maxLossPercent = m_maxLoss->value();
    c.record = m_record->currentText();
    c.expectValue = m_expectValue->text().trimmed();
    c.server = m_server->text().trimmed();
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
    if (c.target.isEmpty()) {
        QString message;
        switch (m_kind) {
        case MonitorKind::Tcp:
            message = tr("Enter the HOST:PORT to connect to.");
            break;
        case MonitorKind::Icmp:
            message = tr("Enter the host name or address to ping.");
            break;
        case MonitorKind::Dns:
            message = tr("Enter the name to look up.");
            break;
        default:
            message = tr("Enter the URL to check.");
            break;
        }
        problems->append({QStringLiteral("check.target"), message});
    }
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
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        QLabel *label = it.value();
        showFieldError(label, byField.value(it.key()));
        // Every line of a wrapped error, at the width of the field column (which the form
        // does not always ask a wrapped label for).
        label->setMinimumHeight(label->text().isEmpty() ? 0
                                                        : label->heightForWidth(m_target->width()));
    }
    showFieldError(m_error, other);
}

} // namespace uptrack
