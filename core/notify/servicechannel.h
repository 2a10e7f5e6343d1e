// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertmessage.h"
#include "channelkind.h"

#include <QJsonObject>

#include <optional>

namespace uptrack {

/// A kind that speaks one service's HTTP API (ntfy, Telegram, PagerDuty, ...): it renders
/// an alert into one request (a pure function, so tests compare it with the service's
/// documentation) and sends it with sendHttp(), so retries, Retry-After and the event id
/// are those of every other HTTP kind.
class ServiceChannel : public ChannelKind
{
public:
    /// The request `job`'s alert makes; nullopt when this kind sends nothing for such an
    /// alert, with *skipped saying why (the delivery is then done, with that outcome).
    virtual std::optional<HttpRequestSpec> render(const DeliveryJob &job,
                                                  QString *skipped) const = 0;
    void deliver(const DeliveryJob &job, DeliveryContext &context,
                 std::function<void(DeliveryResult)> done) const override;

    /// The service's address with `apiUrl`'s scheme, host and port, when one is given
    /// (`--api-url`: a private relay, or a test server); its path is the service's own.
    static QString withApiUrl(const QString &serviceUrl, const QString &apiUrl);
    /// "" for an empty or an http(s) URL with a host and nothing after it but "/", else
    /// what is wrong (for --api-url).
    static QString checkApiUrl(const QString &apiUrl);
    /// Text for HTML (Telegram, Matrix): & < > " escaped.
    static QString htmlEscaped(const QString &text);
    /// The message as plain text: the summary, then a "Name: value" line per fact.
    static QString plainText(const AlertMessage &m);
    /// The same as HTML, every value escaped: the title in bold, the output in <pre>.
    static QString htmlText(const AlertMessage &m);
    /// The key a service that keeps incidents (PagerDuty, Opsgenie) opens and closes one
    /// with: the same for an incident's down, escalation and recovery to this channel, and
    /// unique across channels and cores (the channel's uuid); an alert of no incident has
    /// its own (its event id).
    static QString incidentKey(const DeliveryJob &job);

protected:
    /// The `--api-url` field, for a service with a fixed public host.
    static ChannelField apiUrlField(const QString &serviceHost);
    /// A secret field (a token or a key), kept in the secret store only.
    static ChannelField secretField(const QString &key, const QString &label, const QString &help,
                                    bool required = true);
    /// A whole-number field with the range a form offers.
    static ChannelField numberField(const QString &key, const QString &option, const QString &label,
                                    const QString &help, int defaultValue, int minimum,
                                    int maximum);
    /// The "priority_down"/"priority_up" pair of a service that has priorities, with the
    /// help text saying each one's range and default.
    static QList<ChannelField> priorityFields(const QString &downHelp, int downDefault,
                                              const QString &upHelp, int upDefault, int minimum,
                                              int maximum);
    /// The priority an alert of `kind` gets: priority_up for a recovery, priority_down for a
    /// down or a reminder, `other` for the rest.
    static int priorityOf(AlertKind kind, const QJsonObject &config, int upDefault, int downDefault,
                          int other);
    /// --api-url's sentence, if it is wrong, for the "api_url" field.
    static void checkApiUrlField(const QJsonObject &config, Problems *problems);
    /// A plain text field.
    static ChannelField textField(const QString &key, const QString &option, const QString &label,
                                  const QString &help, const QString &valueName,
                                  bool required = false);
    /// A JSON request with the usual headers.
    static HttpRequestSpec jsonRequest(const QString &url, const QJsonObject &body,
                                       const QByteArray &method = "POST");
    /// What an "http(s) URL" field's value must be: "" or the sentence.
    static QString checkUrlField(const QJsonObject &config, const QString &key,
                                 const QString &label, Problems *problems);
};

} // namespace uptrack
