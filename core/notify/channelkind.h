// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/alert.h"
#include "domain/channel.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace uptrack {

class Clock;
class DesktopSink;

/// How one attempt ended.
struct DeliveryResult
{
    enum class Verdict {
        Delivered,
        Retry,  ///< a passing failure (timeout, 5xx, 429, SMTP 4xx): try again later
        Failed, ///< it will not work by waiting (4xx, SMTP 5xx, bad settings)
    };
    Verdict verdict = Verdict::Failed;
    QString outcome;          ///< "HTTP 200", "SMTP 250 ...", "connection refused", ...
    qint64 retryAfterMs = -1; ///< the receiver's Retry-After, if it gave one
};

/// An HTTP request a channel wants sent (rendered by a pure function, so tests can
/// compare it with what Slack or Discord document).
struct HttpRequestSpec
{
    QByteArray method = "POST";
    QString url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

/// What one delivery needs: the alert, the channel and its secret.
struct DeliveryJob
{
    Alert alert;
    Channel channel;
    QString secret;
};

/// What channels may use to deliver; owned by the Notifier, in the core thread.
struct DeliveryContext
{
    QObject *home = nullptr; ///< lives in the calling thread; results are posted to it
    QNetworkAccessManager *network = nullptr;
    DesktopSink *desktop = nullptr; ///< null when no console runs (headless)
    const Clock *clock = nullptr;   ///< "now", for Retry-After dates
};

/// One kind of notification channel. Adding a kind is adding a folder under
/// notify/channels with one of these, and a line in ChannelKinds::all().
class ChannelKind
{
public:
    virtual ~ChannelKind() = default;
    virtual QString kind() const = 0;
    /// What the secret is, for prompts ("Slack incoming webhook URL"); "" if none.
    virtual QString secretLabel() const = 0;
    virtual bool secretRequired() const { return !secretLabel().isEmpty(); }
    /// "" or what is wrong with the settings.
    virtual QString validateConfig(const QJsonObject &config) const = 0;
    /// "" or what is wrong with the secret.
    virtual QString validateSecret(const QString &secret) const;
    /// What `channel list` may show of the secret ("https://hooks.slack.com/…").
    virtual QString maskSecret(const QString &secret) const;
    /// Sends; `done` is called exactly once, in the calling thread.
    virtual void deliver(const DeliveryJob &job, DeliveryContext &context,
                         std::function<void(DeliveryResult)> done) const = 0;
};

namespace ChannelKinds {
const QList<const ChannelKind *> &all();
const ChannelKind *find(const QString &kind);
QStringList names();
} // namespace ChannelKinds

/// Sends an HTTP request and classifies the answer (shared by the HTTP kinds): 2xx
/// delivered; 408, 429, 5xx and network errors retried (honouring Retry-After);
/// other 4xx failed. Every request carries X-Uptrack-Event-Id.
void sendHttp(const HttpRequestSpec &spec, const QString &eventId, DeliveryContext &context,
              std::function<void(DeliveryResult)> done);
/// "" for an http(s) URL with a host, else what is wrong.
QString checkHttpUrl(const QString &url);

} // namespace uptrack
