// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QLineEdit;
class QSpinBox;
class QDialogButtonBox;

namespace uptrack {

class ConsoleCore;

/// File → Settings… of a console attached to a core elsewhere: the core's own settings
/// (where it listens for pings, the body cap, how many pings are kept), read from and written to
/// it over the API (GET and POST /api/uptrack/v1/settings). This desktop's settings
/// (language, tray) stay where they are.
class RemoteSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RemoteSettingsDialog(ConsoleCore &core, QWidget *parent = nullptr);

    QLineEdit *listen() const { return m_listen; }
    QSpinBox *bodyCap() const { return m_bodyCap; }
    QSpinBox *keepPings() const { return m_keepPings; }
    /// The state line: reading, saving, or why it failed.
    QLabel *status() const { return m_status; }

private:
    void load();
    void save();
    void show(const QJsonObject &settings);

    ConsoleCore &m_core;
    QLineEdit *m_listen;
    QSpinBox *m_bodyCap;
    QSpinBox *m_keepPings;
    QLabel *m_facts;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QJsonObject m_loaded;
};

} // namespace uptrack
