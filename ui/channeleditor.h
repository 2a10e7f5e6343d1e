// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "control/commands.h"
#include "domain/channel.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace uptrack {

class ChannelFieldWidget;
class ChannelKind;

/// The form for a new channel: the chosen kind's own fields (each kind describes them;
/// this form knows none), its secret (typed, never shown again), what it gets, reminders.
/// Validates as the user types and says what is wrong next to the field.
class ChannelEditor : public QDialog
{
    Q_OBJECT
public:
    explicit ChannelEditor(QWidget *parent = nullptr);
    /// The form for an existing channel: its name, what it gets, reminders and whether new
    /// monitors use it. Its kind's own settings and secret are not shown and stay.
    ChannelEditor(const Channel &existing, QWidget *parent = nullptr);
    /// The command Save sends for an existing channel.
    command::EditChannel editCommand() const;

    /// The command Save sends: the secret travels in it to the core, which keeps it in
    /// the secret store.
    command::AddChannel command() const;
    /// What is wrong with the form now, one problem a line ("" when it can be saved).
    QString problem() const;

public:
    /// Escape and Cancel ask before a changed form is thrown away.
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    /// The chosen kind's fields: rows of the form, made anew when the kind changes.
    struct Page
    {
        const ChannelKind *kind = nullptr;
        int rows = 0; ///< rows of the form that are the kind's
        QList<ChannelFieldWidget *> fields;
        QHash<QString, QLabel *> errors; ///< by field key
        QLabel *general = nullptr;       ///< problems of no one field
        QLabel *note = nullptr;          ///< editing: what cannot be changed
    };
    /// The reminder interval typed: empty or 0 is none; no value when it is no duration.
    std::optional<qint64> reminderMs() const;
    void showKind();
    void validate();
    /// The kind's settings and secret from its fields, and what is wrong with them.
    Problems build(QJsonObject *config, QString *secret) const;

    QComboBox *m_kind;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QFormLayout *m_form;
    Page m_page;
    QCheckBox *m_onDown;
    QCheckBox *m_onUp;
    QCheckBox *m_default;
    QLineEdit *m_reminder;
    QLabel *m_reminderError;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QString m_problems;
    std::optional<Channel> m_existing;
    bool m_quiet = true;
    bool m_dirty = false; ///< the person changed something
};

} // namespace uptrack
