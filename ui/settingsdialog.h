// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consolesettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace uptrack {

class CoreRuntime;

/// Listen address and port (applied at once, with a clear error when taken), body cap,
/// retention, tray and login behaviour, the language, and the ping key of slug URLs.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(CoreRuntime &core, bool trayAvailable, QWidget *parent = nullptr);

    QLineEdit *listenEdit() const { return m_listen; }
    QLabel *listenError() const { return m_listenError; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QComboBox *languageBox() const { return m_language; }

private:
    void validate();
    void apply();
    void regenerateKey();

    CoreRuntime &m_core;
    ConsoleSettings m_settings;
    QLineEdit *m_listen;
    QLabel *m_listenError;
    QSpinBox *m_bodyCap;
    QSpinBox *m_keepPings;
    QLineEdit *m_selfPing;
    QSpinBox *m_selfPingEvery;
    QLabel *m_selfPingError;
    QCheckBox *m_startMinimised;
    QCheckBox *m_launchAtLogin;
    QCheckBox *m_keepAwake;
    QComboBox *m_language;
    QLineEdit *m_pingKey;
    QLabel *m_applyError;
    QDialogButtonBox *m_buttons;
};

} // namespace uptrack
