// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace uptrack {

/// The form for a new channel: the kind's settings, its secret (typed, never shown
/// again), what it gets, reminders. Validates as the user types.
class ChannelEditor : public QDialog
{
    Q_OBJECT
public:
    explicit ChannelEditor(QWidget *parent = nullptr);

    /// The channel.add command (without secret_ref) and the secret to keep.
    QJsonObject command() const;
    QString secret() const;
    /// What is wrong with the form now ("" when it can be saved).
    QString problem() const;

private:
    void kindChanged();
    void validate();
    QJsonObject config() const;

    QComboBox *m_kind;
    QLineEdit *m_name;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
    QComboBox *m_method;
    QLineEdit *m_contentType;
    QPlainTextEdit *m_template;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_tls;
    QLineEdit *m_username;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QLineEdit *m_caFile;
    QCheckBox *m_onDown;
    QCheckBox *m_onUp;
    QCheckBox *m_default;
    QLineEdit *m_reminder;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QFormLayout *m_form;
    QList<QWidget *> m_webhookRows;
    QList<QWidget *> m_emailRows;
};

} // namespace uptrack
