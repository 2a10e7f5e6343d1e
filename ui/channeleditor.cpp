// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channeleditor.h"

#include "notify/alertmessage.h"
#include "notify/channelkind.h"
#include "notify/channels/webhook/webhookchannel.h"
#include "schedule/duration.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace uptrack {

ChannelEditor::ChannelEditor(QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_secretLabel(new QLabel(this))
    , m_secret(new QLineEdit(this))
    , m_method(new QComboBox(this))
    , m_contentType(new QLineEdit(QStringLiteral("application/json"), this))
    , m_template(new QPlainTextEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_tls(new QComboBox(this))
    , m_username(new QLineEdit(this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_onDown(new QCheckBox(tr("Down alerts (and reminders)"), this))
    , m_onUp(new QCheckBox(tr("Recovery notices"), this))
    , m_default(new QCheckBox(tr("Use for new monitors"), this))
    , m_reminder(new QLineEdit(QStringLiteral("0"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_form(new QFormLayout)
{
    setWindowTitle(tr("New channel"));
    m_kind->addItem(tr("Slack"), QStringLiteral("slack"));
    m_kind->addItem(tr("Discord"), QStringLiteral("discord"));
    m_kind->addItem(tr("Webhook"), QStringLiteral("webhook"));
    m_kind->addItem(tr("Email"), QStringLiteral("email"));
    m_kind->addItem(tr("Desktop popup"), QStringLiteral("desktop"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("kept in the system keychain only"));
    for (const char *method : {"POST", "PUT", "PATCH", "GET"})
        m_method->addItem(QString::fromLatin1(method));
    m_template->setPlaceholderText(
            tr("Leave empty for a JSON object of every fact. "
               "Placeholders: %1")
                    .arg(QLatin1Char('{') + AlertMessage::placeholders().join(QStringLiteral("} {"))
                         + QLatin1Char('}')));
    m_template->setMaximumHeight(90);
    m_port->setRange(1, 65535);
    m_port->setValue(587);
    m_tls->addItem(tr("STARTTLS"), QStringLiteral("starttls"));
    m_tls->addItem(tr("TLS"), QStringLiteral("tls"));
    m_tls->addItem(tr("None (plain text)"), QStringLiteral("none"));
    m_from->setPlaceholderText(QStringLiteral("uptrack@example.com"));
    m_to->setPlaceholderText(tr("admin@example.com, boss@example.com"));
    m_caFile->setPlaceholderText(tr("optional: a CA certificate file for a LAN server"));
    m_reminder->setToolTip(tr("Repeat down alerts this often while down, e.g. 1h; 0 for never."));
    m_onDown->setChecked(true);
    m_onUp->setChecked(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_problem->setWordWrap(true);

    m_form->addRow(tr("&Kind:"), m_kind);
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(m_secretLabel, m_secret);
    m_form->addRow(tr("Method:"), m_method);
    m_form->addRow(tr("Content type:"), m_contentType);
    m_form->addRow(tr("Body template:"), m_template);
    m_form->addRow(tr("SMTP host:"), m_host);
    m_form->addRow(tr("Port:"), m_port);
    m_form->addRow(tr("Security:"), m_tls);
    m_form->addRow(tr("Login:"), m_username);
    m_form->addRow(tr("From:"), m_from);
    m_form->addRow(tr("To:"), m_to);
    m_form->addRow(tr("CA certificate:"), m_caFile);
    m_form->addRow(tr("Sends:"), m_onDown);
    m_form->addRow(QString(), m_onUp);
    m_form->addRow(tr("Reminders:"), m_reminder);
    m_form->addRow(QString(), m_default);
    m_webhookRows = {m_method, m_contentType, m_template};
    m_emailRows = {m_host, m_port, m_tls, m_username, m_from, m_to, m_caFile};

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ChannelEditor::kindChanged);
    connect(m_tls, &QComboBox::currentIndexChanged, this,
            [this] { m_port->setValue(m_tls->currentData() == QLatin1String("tls") ? 465 : 587); });
    for (QLineEdit *e :
         {m_name, m_secret, m_contentType, m_host, m_username, m_from, m_to, m_caFile, m_reminder})
        connect(e, &QLineEdit::textChanged, this, &ChannelEditor::validate);
    connect(m_template, &QPlainTextEdit::textChanged, this, &ChannelEditor::validate);
    for (QCheckBox *c : {m_onDown, m_onUp})
        connect(c, &QCheckBox::toggled, this, &ChannelEditor::validate);
    kindChanged();
    resize(560, sizeHint().height());
}

void ChannelEditor::kindChanged()
{
    const QString kind = m_kind->currentData().toString();
    const ChannelKind *k = ChannelKinds::find(kind);
    const bool email = kind == QLatin1String("email");
    const bool webhook = kind == QLatin1String("webhook");
    for (QWidget *w : std::as_const(m_webhookRows))
        m_form->setRowVisible(w, webhook);
    for (QWidget *w : std::as_const(m_emailRows))
        m_form->setRowVisible(w, email);
    const QString label = k ? k->secretLabel() : QString();
    m_form->setRowVisible(m_secret, !label.isEmpty());
    m_secretLabel->setText(label.isEmpty()
                                   ? QString()
                                   : label.left(1).toUpper() + label.mid(1) + QLatin1Char(':'));
    validate();
}

QJsonObject ChannelEditor::config() const
{
    const QString kind = m_kind->currentData().toString();
    QJsonObject c;
    if (kind == QLatin1String("webhook")) {
        c.insert(QStringLiteral("method"), m_method->currentText());
        c.insert(QStringLiteral("content_type"), m_contentType->text().trimmed());
        if (!m_template->toPlainText().trimmed().isEmpty())
            c.insert(QStringLiteral("template"), m_template->toPlainText());
    } else if (kind == QLatin1String("email")) {
        c.insert(QStringLiteral("host"), m_host->text().trimmed());
        c.insert(QStringLiteral("port"), m_port->value());
        c.insert(QStringLiteral("tls"), m_tls->currentData().toString());
        if (!m_username->text().trimmed().isEmpty())
            c.insert(QStringLiteral("username"), m_username->text().trimmed());
        c.insert(QStringLiteral("from"), m_from->text().trimmed());
        QJsonArray to;
        for (const QString &a : m_to->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            to.append(a.trimmed());
        c.insert(QStringLiteral("to"), to);
        if (!m_caFile->text().trimmed().isEmpty())
            c.insert(QStringLiteral("ca_file"), m_caFile->text().trimmed());
    }
    return c;
}

QString ChannelEditor::secret() const
{
    const QString kind = m_kind->currentData().toString();
    if (kind == QLatin1String("webhook"))
        return WebhookChannel::makeSecret(m_secret->text(), {});
    if (kind == QLatin1String("email") && m_username->text().trimmed().isEmpty())
        return QString();
    return m_secret->text().trimmed();
}

QString ChannelEditor::problem() const
{
    return m_problem->text();
}

QJsonObject ChannelEditor::command() const
{
    return QJsonObject{
            {QStringLiteral("command"), QStringLiteral("channel.add")},
            {QStringLiteral("name"), m_name->text().trimmed()},
            {QStringLiteral("kind"), m_kind->currentData().toString()},
            {QStringLiteral("config"), config()},
            {QStringLiteral("on_down"), m_onDown->isChecked()},
            {QStringLiteral("on_up"), m_onUp->isChecked()},
            {QStringLiteral("reminder_ms"), double(parseDuration(m_reminder->text()).value_or(0))},
            {QStringLiteral("is_default"), m_default->isChecked()},
    };
}

void ChannelEditor::validate()
{
    const ChannelKind *kind = ChannelKinds::find(m_kind->currentData().toString());
    QString problem;
    const auto reminder = parseDuration(m_reminder->text());
    if (m_name->text().trimmed().isEmpty())
        problem = tr("Give the channel a name.");
    else if (!kind)
        problem = tr("Choose a kind.");
    else if (QString why = kind->validateConfig(config()); !why.isEmpty())
        problem = why;
    else if (!secret().isEmpty() || kind->secretRequired()) {
        if (QString why = kind->validateSecret(secret()); !why.isEmpty())
            problem = why;
    }
    if (problem.isEmpty() && (!reminder || (*reminder > 0 && *reminder < 60'000)))
        problem = tr("Reminders: a duration of at least 1m (like 30m or 2h), or 0 for none.");
    if (problem.isEmpty() && !m_onDown->isChecked() && !m_onUp->isChecked())
        problem = tr("The channel must get down alerts, recovery notices, or both.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace uptrack
