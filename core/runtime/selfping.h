// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <QUrl>

namespace uptrack {

/// Watching the watcher (--self-ping URL): pings a Healthchecks-compatible URL — another
/// Uptrack, Healthchecks.io — on an interval while this core listens, so the other side
/// alerts when this one is down, asleep or cut off. A failure is logged once per spell,
/// and when it heals; it never stops the core.
class SelfPing : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMinIntervalMs = 10'000;
    static constexpr qint64 kDefaultIntervalMs = 60'000;

    SelfPing(QUrl url, qint64 intervalMs, QObject *parent = nullptr);
    /// The first ping at once, then one per interval.
    void start();

    /// "" while pings are answered, else why the last one failed.
    QString lastError() const { return m_lastError; }
    /// The URL for logs and settings: no user info (a password there is a secret).
    QString displayUrl() const { return m_url.toDisplayString(QUrl::RemoveUserInfo); }

signals:
    void pinged(bool ok, const QString &error);

private:
    void ping();

    QUrl m_url;
    qint64 m_intervalMs;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    QString m_lastError;
    bool m_inFlight = false;
};

/// Checks a --self-ping value: an http(s) URL with a host; false with a sentence.
bool validSelfPingUrl(const QString &text, QString *error);

} // namespace uptrack
