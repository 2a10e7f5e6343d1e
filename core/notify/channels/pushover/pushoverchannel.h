// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notify/servicechannel.h"

namespace uptrack {

/// Pushover: a message to a user or a group, with a priority per event (emergency, 2,
/// repeats until acknowledged on the phone: --retry and --expire).
///
/// Two secrets, in this order on standard input: the application's API token, then the
/// user or group key.
class PushoverChannel final : public ServiceChannel
{
public:
    QString kind() const override { return QStringLiteral("pushover"); }
    QString label() const override;
    QString secretLabel() const override;
    QList<ChannelField> fields() const override;
    Problems validateConfig(const QJsonObject &config) const override;
    QString validateSecret(const QString &secret) const override;
    std::optional<HttpRequestSpec> render(const DeliveryJob &job, QString *skipped) const override;
};

} // namespace uptrack
