// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

namespace uptrack {

/// Where desktop alerts go: the console's tray icon implements it (in ui/), so
/// core needs no widget. present() is always called in the sink's own thread.
class DesktopSink : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    /// Shows a popup; `done(shown, outcome)` says what became of it
    /// ("shown in the tray", "no system tray: shown in the window", ...).
    virtual void present(const QString &title, const QString &text, bool critical,
                         std::function<void(bool shown, const QString &outcome)> done)
            = 0;
};

} // namespace uptrack
