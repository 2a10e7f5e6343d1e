// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkeditor.h"
#include "control/commands.h"
#include "domain/channel.h"
#include "domain/monitor.h"
#include "scheduleeditor.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;
class QTabWidget;

namespace uptrack {

class Clock;
class MonitorPolicyEditor;

/// Creates or edits a monitor: its kind (a heartbeat, or an HTTP(S) or TCP check), name,
/// slug, tags, description, its schedule (ScheduleEditor) or check (CheckEditor), max run
/// time and channels. Every field is checked as the user types against the same rules
/// the core applies (MonitorRules, CheckRules), with the reason next to it; Save stays
/// disabled until all is well, and what the core still refuses is shown the same way.
class MonitorDialog : public QDialog
{
    Q_OBJECT
public:
    /// Sends the command (AddMonitor or EditMonitor) and calls back with the core's reply,
    /// which the dialog then shows (or closes on success).
    using Submit = std::function<void(const command::Command &command,
                                      std::function<void(const command::Reply &)> done)>;

    /// `existing` unset: a new monitor. `takenSlugs`: slugs other monitors use.
    MonitorDialog(const Clock &clock, std::optional<Monitor> existing, QList<Channel> channels,
                  QStringList takenSlugs, Submit submit, QWidget *parent = nullptr);

    /// The command Save would send now.
    command::Command command() const;
    /// What is wrong now, one problem a line ("" when Save is enabled).
    QString problems() const;
    /// The next runs the preview shows (cron schedules), as UTC ms.
    QList<qint64> previewedRuns() const { return m_schedule->previewedRuns(); }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *slugEdit() const { return m_slug; }
    QLineEdit *cronEdit() const { return m_schedule->cronEdit(); }
    QLineEdit *periodEdit() const { return m_schedule->periodEdit(); }
    QComboBox *zoneBox() const { return m_schedule->zoneBox(); }
    QRadioButton *cronButton() const { return m_schedule->cronButton(); }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *targetEdit() const { return m_check->targetEdit(); }
    CheckEditor *checkEditor() const { return m_check; }
    QLineEdit *intervalEdit() const { return m_check->intervalEdit(); }
    QLineEdit *keywordEdit() const { return m_check->keywordEdit(); }
    QDialogButtonBox *buttons() const { return m_buttons; }
    MonitorPolicyEditor *policyEditor() const { return m_policy; }
    QTabWidget *tabs() const { return m_tabs; }
    /// The monitors this one may depend on (the console's, itself left out).
    void setMonitors(const QList<Monitor> &monitors);

public:
    /// Escape and Cancel ask before a changed form is thrown away.
    void reject() override;

private:
    MonitorKind kind() const;
    /// The spec the fields describe; what they cannot say (text that is no duration)
    /// goes into *problems.
    MonitorSpec spec(Problems *problems) const;
    void showKind();
    void fitToContents();
    void validate();
    /// Shows `problems` next to their fields.
    void showProblems(const Problems &problems);
    void save();

    std::optional<Monitor> m_existing;
    QList<Channel> m_channels;
    QStringList m_takenSlugs;
    Submit m_submit;
    /// A new form the user has not touched yet shows no errors (Save waits, saying why).
    bool m_quiet = true;
    bool m_dirty = false; ///< the person changed something
    bool m_slugTouched = false;

    QComboBox *m_kind;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QLineEdit *m_slug;
    QLabel *m_slugError;
    QLineEdit *m_tags;
    QLabel *m_tagsError;
    QPlainTextEdit *m_description;
    ScheduleEditor *m_schedule;
    CheckEditor *m_check;
    QFormLayout *m_afterForm;
    QLineEdit *m_maxRun;
    QLabel *m_maxRunError;
    MonitorPolicyEditor *m_policy;
    QTabWidget *m_tabs;
    QLabel *m_saveError;
    QDialogButtonBox *m_buttons;
    QString m_problems;
};

} // namespace uptrack
