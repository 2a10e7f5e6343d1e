// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/monitor.h"
#include "notify/desktopsink.h"

#include <QDateTime>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace uptrack {

class Clock;

/// The tray icon: its colour is the worst current state, its tooltip the counts,
/// its menu opens the console, snoozes popups for an hour, or quits. It is also
/// where desktop alerts go. Without a system tray it says so, and popups are shown
/// in the console window instead.
class TrayIcon : public DesktopSink
{
    Q_OBJECT
public:
    explicit TrayIcon(const Clock &clock, QObject *parent = nullptr);
    ~TrayIcon() override;

    bool available() const { return m_tray != nullptr; }
    /// counts[int(Status)] = how many monitors are in that state.
    void setCounts(const int counts[6]);
    bool snoozed() const;
    void present(const QString &title, const QString &text, bool critical,
                 std::function<void(bool shown, const QString &outcome)> done) override;

    /// The icon for a worst state (also the window's icon).
    static QIcon iconFor(Status worst);

signals:
    void openRequested();
    void quitRequested();
    /// No tray: the window shows the popup itself.
    void popupWithoutTray(const QString &title, const QString &text, bool critical);

private:
    void toggleSnooze();

    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_snooze = nullptr;
    const Clock &m_clock;
    qint64 m_snoozedUntil = -1; ///< UTC ms; -1: not snoozed
};

} // namespace uptrack
