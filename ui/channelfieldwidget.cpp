// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelfieldwidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QToolButton>

namespace uptrack {

namespace {
QStringList lines(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    }
    return out;
}
} // namespace

ChannelFieldWidget::ChannelFieldWidget(const ChannelField &field, QWidget *parent)
    : QWidget(parent), m_field(field)
{
    using Type = ChannelField::Type;
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    switch (field.type) {
    case Type::Number: {
        auto *spin = new QSpinBox(this);
        spin->setRange(field.minimum, field.maximum);
        // 0 stands for "the default", which the placeholder names.
        spin->setSpecialValueText(field.placeholder);
        spin->setValue(field.defaultValue.toInt());
        connect(spin, &QSpinBox::valueChanged, this, &ChannelFieldWidget::changed);
        m_input = spin;
        break;
    }
    case Type::Choice: {
        auto *box = new QComboBox(this);
        for (qsizetype i = 0; i < field.choices.size(); ++i)
            box->addItem(field.choiceLabels.value(i, field.choices[i]), field.choices[i]);
        box->setCurrentIndex(std::max(0, box->findData(field.defaultValue)));
        connect(box, &QComboBox::currentIndexChanged, this, &ChannelFieldWidget::changed);
        m_input = box;
        break;
    }
    case Type::Flag: {
        auto *check = new QCheckBox(field.label, this);
        check->setChecked(field.defaultValue.toBool());
        connect(check, &QCheckBox::toggled, this, &ChannelFieldWidget::changed);
        m_input = check;
        break;
    }
    case Type::Headers:
    case Type::Multiline: {
        auto *edit = new QPlainTextEdit(this);
        edit->setPlaceholderText(field.placeholder);
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(field.type == Type::Headers ? 56 : 90);
        connect(edit, &QPlainTextEdit::textChanged, this, &ChannelFieldWidget::changed);
        m_input = edit;
        break;
    }
    case Type::Text:
    case Type::List:
    case Type::File: {
        auto *edit = new QLineEdit(field.defaultValue.toString(), this);
        edit->setPlaceholderText(field.secret ? tr("kept in the system keychain only")
                                              : field.placeholder);
        if (field.secret)
            edit->setEchoMode(QLineEdit::Password);
        connect(edit, &QLineEdit::textChanged, this, &ChannelFieldWidget::changed);
        m_input = edit;
        if (field.type == Type::File) {
            auto *browse = new QToolButton(this);
            browse->setText(tr("Browse…"));
            connect(browse, &QToolButton::clicked, this, [this, edit] {
                const QString path = QFileDialog::getOpenFileName(this, m_field.label);
                if (!path.isEmpty())
                    edit->setText(path);
            });
            browse->setAccessibleName(tr("Browse for %1").arg(field.label));
            layout->addWidget(edit, 1);
            layout->addWidget(browse);
            m_input->setToolTip(field.help);
            m_input->setAccessibleName(field.label);
            return;
        }
        break;
    }
    }
    m_input->setToolTip(field.help);
    m_input->setAccessibleName(field.label);
    layout->addWidget(m_input, 1);
}

QVariant ChannelFieldWidget::value() const
{
    using Type = ChannelField::Type;
    switch (m_field.type) {
    case Type::Number:
        return static_cast<QSpinBox *>(m_input)->value();
    case Type::Choice:
        return static_cast<QComboBox *>(m_input)->currentData();
    case Type::Flag:
        return static_cast<QCheckBox *>(m_input)->isChecked();
    case Type::Headers:
        return lines(static_cast<QPlainTextEdit *>(m_input)->toPlainText());
    case Type::Multiline:
        return static_cast<QPlainTextEdit *>(m_input)->toPlainText();
    case Type::List: {
        QStringList out;
        for (const QString &v :
             static_cast<QLineEdit *>(m_input)->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            out.append(v.trimmed());
        return out;
    }
    case Type::Text:
    case Type::File:
        break;
    }
    return static_cast<QLineEdit *>(m_input)->text();
}

} // namespace uptrack
