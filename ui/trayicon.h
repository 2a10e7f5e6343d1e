// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/monitor.h"
#include "notify/desktopsink.h"

#include <QDateTime>
#include <QList>
#include <QPair>

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
    /// counts[int(Status)] = how many monitors are in that state; `down` names the
    /// monitors that are down (id, name), for the tooltip and the menu.
    void setCounts(const int counts[7], const QList<QPair<qint64, QString>> &down = {});
    bool snoozed() const;
    /// An information popup that is not an alert (after a sleep, ...).
    void notice(const QString &title, const QString &text);
    void present(const DesktopPopup &popup,
                 std::function<void(bool shown, const QString &outcome)> done) override;
    /// A popup's text: its sentence, when ("today 01:09, 17 h ago"), and the job's first
    /// lines of output.
    QString popupText(const DesktopPopup &popup) const;
    /// The menu's entries for the monitors that are down (for tests).
    QList<QAction *> downActions() const { return m_downActions; }
    QString toolTip() const { return m_toolTip; }
    /// Alerts are muted (for every monitor) until `untilMs`; -1: not. `scopes`: every mute
    /// in force, in words, for the tooltip.
    void setMuted(qint64 untilMs, const QStringList &scopes = {});
    /// The mute menu's entries: 1 hour, 4 hours, until tomorrow 08:00, unmute (for tests).
    QList<QAction *> muteActions() const { return m_muteActions; }
    /// The menu itself, which the window's Alerts menu shows too (with no tray, the only
    /// place it is).
    QMenu *muteMenu() const { return m_muteMenu; }
    /// "Alerts muted until 14:00" (or the scopes muted), "" when nothing is.
    QString mutedText() const { return m_mutedText; }
    /// When "until tomorrow 08:00" ends, seen from `nowMs` (local time).
    static qint64 tomorrowAtEight(qint64 nowMs);

    /// The icon for a worst state (also the window's icon).
    static QIcon iconFor(Status worst);

signals:
    void openRequested();
    void quitRequested();
    /// A popup or a menu entry about a monitor was clicked: show that one.
    void monitorChosen(qint64 monitorId);
    /// "Mute alerts for ...": every monitor, until `untilMs`; and the end of it.
    void muteRequested(qint64 untilMs);
    void unmuteRequested();
    /// "Acknowledge" on a monitor that is down (its open incident).
    void acknowledgeRequested(qint64 monitorId);
    /// No tray: the window shows the popup itself.
    void popupWithoutTray(const QString &title, const QString &text, bool critical);

private:
    void toggleSnooze();

    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_snooze = nullptr;
    QAction *m_downSeparator = nullptr;
    QList<QAction *> m_downActions;
    QMenu *m_muteMenu = nullptr;
    QMenu *m_ackMenu = nullptr;
    QList<QAction *> m_muteActions;
    QString m_mutedText;   ///< "Alerts muted until 14:00", first line of the tooltip
    QString m_baseToolTip; ///< the tooltip without it
    QString m_toolTip;
    qint64 m_lastPopupMonitor = 0; ///< what the last popup was about (its click opens it)
    const Clock &m_clock;
    qint64 m_snoozedUntil = -1; ///< UTC ms; -1: not snoozed
};

} // namespace uptrack
