// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notify/servicechannel.h"

namespace uptrack {

/// Opsgenie's Alert API: a down creates an alert, the recovery closes it, both by the
/// incident's alias (Opsgenie keeps one open alert per alias, so a repeat is no second
/// page). Reminders are not sent (Opsgenie notifies on its own); a slow run or a
/// certificate is an alert of its own; window and mute notices are not sent.
class OpsgenieChannel final : public ServiceChannel
{
public:
    QString kind() const override { return QStringLiteral("opsgenie"); }
    QString label() const override;
    QString secretLabel() const override;
    QList<ChannelField> fields() const override;
    Problems validateConfig(const QJsonObject &config) const override;
    QString validateSecret(const QString &secret) const override;
    std::optional<HttpRequestSpec> render(const DeliveryJob &job, QString *skipped) const override;
};

} // namespace uptrack
