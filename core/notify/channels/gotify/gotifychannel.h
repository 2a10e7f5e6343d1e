// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notify/servicechannel.h"

namespace uptrack {

/// Gotify (self-hosted push): POST /message with the application token in the
/// X-Gotify-Key header (never in the URL, which proxies log), Markdown text.
class GotifyChannel final : public ServiceChannel
{
public:
    QString kind() const override { return QStringLiteral("gotify"); }
    QString label() const override;
    QString secretLabel() const override;
    QList<ChannelField> fields() const override;
    Problems validateConfig(const QJsonObject &config) const override;
    QString validateSecret(const QString &secret) const override;
    std::optional<HttpRequestSpec> render(const DeliveryJob &job, QString *skipped) const override;
};

} // namespace uptrack
