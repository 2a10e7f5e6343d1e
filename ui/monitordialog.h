// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/channel.h"
#include "domain/monitor.h"

#include <QDialog>
#include <QJsonObject>

#include <functional>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QFormLayout;
class QGroupBox;
class QSpinBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;
class QStackedWidget;

namespace uptrack {

class Clock;

/// Creates or edits a monitor: its kind (a heartbeat, or an HTTP(S) or TCP check), name,
/// slug, tags, description, schedule (simple or cron with a live preview of the next
/// runs) or the check's settings, max run time and channels. Every field
/// is checked as the user types, with the reason next to it; Save stays disabled
/// until all is well.
class MonitorDialog : public QDialog
{
    Q_OBJECT
public:
    /// Sends the command (monitor.add or monitor.edit) and calls back with "" on success
    /// or the core's reason, which the dialog then shows.
    using Submit
            = std::function<void(const QJsonObject &command, std::function<void(QString)> done)>;

    /// `existing` unset: a new monitor. `takenSlugs`: slugs other monitors use.
    MonitorDialog(const Clock &clock, std::optional<Monitor> existing, QList<Channel> channels,
                  QStringList takenSlugs, Submit submit, QWidget *parent = nullptr);

    /// The command Save would send now.
    QJsonObject command() const;
    /// What is wrong now, field by field ("" when Save is enabled).
    QString problems() const;
    /// The next runs the preview shows (cron schedules), as UTC ms.
    QList<qint64> previewedRuns() const { return m_preview; }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *slugEdit() const { return m_slug; }
    QLineEdit *cronEdit() const { return m_cron; }
    QLineEdit *periodEdit() const { return m_period; }
    QComboBox *zoneBox() const { return m_zone; }
    QRadioButton *cronButton() const { return m_cronMode; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *targetEdit() const { return m_target; }
    QLineEdit *intervalEdit() const { return m_interval; }
    QLineEdit *keywordEdit() const { return m_keyword; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    MonitorKind kind() const;
    /// The check the fields describe, and what is wrong with it ("" when nothing).
    CheckSpec checkSpec(QString *problem) const;
    void showKind();
    void validate();
    void save();
    QLabel *errorLabel();

    const Clock &m_clock;
    std::optional<Monitor> m_existing;
    QList<Channel> m_channels;
    QStringList m_takenSlugs;
    Submit m_submit;
    bool m_slugTouched = false;

    QLineEdit *m_name;
    QLabel *m_nameError;
    QLineEdit *m_slug;
    QLabel *m_slugError;
    QLineEdit *m_tags;
    QPlainTextEdit *m_description;
    QRadioButton *m_simpleMode;
    QRadioButton *m_cronMode;
    QStackedWidget *m_scheduleStack;
    QLineEdit *m_period;
    QComboBox *m_periodPresets;
    QLabel *m_periodError;
    QLineEdit *m_cron;
    QComboBox *m_cronPresets;
    QComboBox *m_zone;
    QLabel *m_cronError;
    QLabel *m_cronPreview;
    QLineEdit *m_grace;
    QComboBox *m_gracePresets;
    QLabel *m_graceError;
    QLineEdit *m_maxRun;
    QLabel *m_maxRunError;
    QListWidget *m_channelList;
    QComboBox *m_kind;
    QGroupBox *m_scheduleBox = nullptr;
    QGroupBox *m_checkBox = nullptr;
    QFormLayout *m_checkForm = nullptr;
    QFormLayout *m_afterForm = nullptr;
    QLineEdit *m_target;
    QComboBox *m_method;
    QLineEdit *m_interval;
    QLineEdit *m_timeout;
    QLineEdit *m_expect;
    QLineEdit *m_keyword;
    QCheckBox *m_keywordAbsent;
    QLineEdit *m_maxResponse;
    QCheckBox *m_follow;
    QCheckBox *m_insecure;
    QPlainTextEdit *m_headers;
    QSpinBox *m_certWarn;
    QSpinBox *m_confirm;
    QLabel *m_checkError;
    QLabel *m_saveError;
    QDialogButtonBox *m_buttons;
    QList<qint64> m_preview;
    QString m_problems;
};

} // namespace uptrack
