// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notify/channelkind.h"

namespace uptrack {

/// A generic webhook: method, URL, headers, a body template with {placeholders}.
///
/// Settings (config): "method" (POST, PUT, GET; default POST), "content_type"
/// (default application/json), "template" (default: a JSON object of every fact),
/// "headers" (an object of plain headers). The secret is a JSON object
/// {"url": "...", "headers": {"Authorization": "Bearer ..."}}: the URL and any
/// header that carries a token live in the keychain.
class WebhookChannel final : public ChannelKind
{
public:
    QString kind() const override { return QStringLiteral("webhook"); }
    QString label() const override;
    QString secretLabel() const override;
    QList<ChannelField> fields() const override;
    Problems build(const ChannelValues &values, QJsonObject *config,
                   QString *secret) const override;
    Problems validateConfig(const QJsonObject &config) const override;
    QString validateSecret(const QString &secret) const override;
    void deliver(const DeliveryJob &job, DeliveryContext &context,
                 std::function<void(DeliveryResult)> done) const override;

    static HttpRequestSpec render(const DeliveryJob &job);
    static QString defaultTemplate();
    /// The secret JSON for a URL and secret headers.
    static QString makeSecret(const QString &url, const QList<QPair<QString, QString>> &headers);
    /// Replaces {placeholders}; values are escaped for the content type (JSON
    /// string escapes for JSON, percent-encoding for forms, as-is otherwise).
    static QByteArray fill(const QString &tmpl, const Alert &alert, const QString &contentType);
};

} // namespace uptrack
