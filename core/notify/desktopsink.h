// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace uptrack {

/// One desktop popup: what an alert says, about which monitor, and from when.
struct DesktopPopup
{
    QString title;   ///< "nightly-billing is DOWN"
    QString summary; ///< one sentence: why, and since when
    bool critical = false;
    qint64 monitorId = 0; ///< 0: not about a monitor (a test)
    qint64 timeMs = 0;    ///< when the alert was raised (it may be shown later)
    QString output;       ///< the first lines of the job's output, escaped; "" none
};

/// Where desktop alerts go: the console's tray icon implements it (in ui/), so
/// core needs no widget. present() is always called in the sink's own thread.
class DesktopSink : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    /// Shows a popup; `done(shown, outcome)` says what became of it
    /// ("shown in the tray", "no system tray: shown in the window", ...).
    virtual void present(const DesktopPopup &popup,
                         std::function<void(bool shown, const QString &outcome)> done)
            = 0;
};

} // namespace uptrack
