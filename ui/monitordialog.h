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

/// Creates or edits a monitor: name, slug, tags, description, schedule (simple or
/// cron with a live preview of the next runs), max run time and channels. Every field
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
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
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
    QLabel *m_saveError;
    QDialogButtonBox *m_buttons;
    QList<qint64> m_preview;
    QString m_problems;
};

} // namespace uptrack
