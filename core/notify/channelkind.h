// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/alert.h"
#include "domain/channel.h"
#include "domain/problem.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

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

/// One setting of a channel kind, described for the forms and the command line that
/// ask for it: neither needs to know the kind.
struct ChannelField
{
    enum class Type {
        Text,      ///< one line
        Number,    ///< a whole number
        Choice,    ///< one of `choices`
        Flag,      ///< on or off; its option on the command line flips the default
        List,      ///< several values: commas in a form, the option repeated on the command line
        Headers,   ///< "Name: value" lines; the option repeated (for a secret one: the names,
                   ///< with the values read like every secret)
        Multiline, ///< free text; the command line also takes --<option>-file PATH
        File,      ///< a file's path (made absolute on the command line)
    };
    ChannelField() = default;
    ChannelField(QString key, Type type, QString label, QString help, QString option = {},
                 QString valueName = {})
        : key(std::move(key))
        , type(type)
        , label(std::move(label))
        , help(std::move(help))
        , option(std::move(option))
        , valueName(std::move(valueName))
    { }

    QString key; ///< its name among the values (and in the settings, for plain fields)
    Type type = Type::Text;
    QString label;       ///< "SMTP host"
    QString help;        ///< one sentence, for tooltips and --help
    QString option;      ///< the command-line option, without dashes ("smtp-host")
    QString valueName;   ///< what --help calls its value ("host")
    QString placeholder; ///< an example, shown in an empty form field
    QVariant defaultValue;
    QStringList choices;      ///< Choice: the values...
    QStringList choiceLabels; ///< ...and what a person reads for each
    int minimum = 0;          ///< Number: the smallest value a form offers...
    int maximum = 65535;      ///< ...and the largest (the kind's validation says why)
    bool secret = false;      ///< kept in the secret store only; typed, never shown again
    bool required = false;
    /// A secret that is asked for only when this other field has a value (a password
    /// with a login).
    QString requiredWith;
};

/// What a person filled in, by field key: QString for Text, Choice, File and Multiline;
/// int for Number; bool for Flag; QStringList for List and Headers.
using ChannelValues = QVariantMap;

/// One kind of notification channel. Adding a kind is adding a folder under
/// notify/channels with one of these, and a line in ChannelKinds::all(): the console's
/// form and the command line's options come from fields().
class ChannelKind
{
public:
    virtual ~ChannelKind() = default;
    /// Its name in the database, JSON and on the command line ("slack").
    virtual QString kind() const = 0;
    /// Its name for people ("Slack").
    virtual QString label() const = 0;
    /// What the secret is, for prompts ("Slack incoming webhook URL"); "" if none.
    virtual QString secretLabel() const = 0;
    virtual bool secretRequired() const { return !secretLabel().isEmpty(); }
    /// Its settings and secrets, in the order a form shows them.
    virtual QList<ChannelField> fields() const = 0;
    /// The settings and the one secret string that `values` make, and what is wrong with
    /// them field by field. The default: plain fields into the settings by key, the one
    /// secret field's text as the secret.
    virtual Problems build(const ChannelValues &values, QJsonObject *config, QString *secret) const;
    /// What is wrong with the settings, field by field (none: fine).
    virtual Problems validateConfig(const QJsonObject &config) const = 0;
    /// "" or what is wrong with the secret.
    virtual QString validateSecret(const QString &secret) const;
    /// How many of its fields are secrets. With more than one, the secret build() makes
    /// is a JSON object of them by field key (secretPart() reads one back).
    int secretCount() const;
    static QString secretPart(const QString &secret, const QString &key);
    QString firstSecretKey() const;
    /// Sends; `done` is called exactly once, in the calling thread.
    virtual void deliver(const DeliveryJob &job, DeliveryContext &context,
                         std::function<void(DeliveryResult)> done) const = 0;

protected:
    /// The field list's entry for a URL kept as the secret.
    ChannelField secretUrlField(const QString &placeholder) const;
};

/// A kind whose whole configuration is one secret URL it posts to (Slack's and Discord's
/// webhooks): it needs only its names and how an alert becomes the request.
class UrlChannel final : public ChannelKind
{
public:
    using Render = HttpRequestSpec (*)(const DeliveryJob &job);
    /// `label` and `secretLabel` are source texts, translated when asked for (contexts
    /// "ChannelEditor" and "Channel"); `example` is what such a URL looks like; `render`
    /// makes the request an alert sends.
    UrlChannel(const char *kind, const char *label, const char *secretLabel, const char *example,
               Render render)
        : m_kind(kind)
        , m_label(label)
        , m_secretLabel(secretLabel)
        , m_example(example)
        , m_render(render)
    { }
    QString kind() const override { return QString::fromLatin1(m_kind); }
    QString label() const override;
    QString secretLabel() const override;
    QList<ChannelField> fields() const override;
    Problems validateConfig(const QJsonObject &config) const override;
    QString validateSecret(const QString &secret) const override;
    void deliver(const DeliveryJob &job, DeliveryContext &context,
                 std::function<void(DeliveryResult)> done) const override;

private:
    const char *m_kind;
    const char *m_label;
    const char *m_secretLabel;
    const char *m_example;
    Render m_render;
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
