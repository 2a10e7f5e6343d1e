// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notify/servicechannel.h"

namespace uptrack {

/// ntfy (ntfy.sh or a server of one's own): a message published as JSON to the server's
/// root URL, with the topic in the body; an optional access token as a bearer token.
class NtfyChannel final : public ServiceChannel
{
public:
    QString kind() const override { return QStringLiteral("ntfy"); }
    QString label() const override;
    QString secretLabel() const override;
    bool secretRequired() const override { return false; }
    QList<ChannelField> fields() const override;
    Problems validateConfig(const QJsonObject &config) const override;
    QString validateSecret(const QString &secret) const override;
    std::optional<HttpRequestSpec> render(const DeliveryJob &job, QString *skipped) const override;
};

} // namespace uptrack
