// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notify/servicechannel.h"

namespace uptrack {

/// PagerDuty's Events API v2: a down triggers, the recovery resolves, both with the
/// incident's dedup_key, so PagerDuty's incident opens and closes with ours. Reminders do
/// not re-trigger (PagerDuty escalates on its own); a slow run or a certificate triggers
/// a warning of its own; window and mute notices are not sent.
class PagerDutyChannel final : public ServiceChannel
{
public:
    QString kind() const override { return QStringLiteral("pagerduty"); }
    QString label() const override;
    QString secretLabel() const override;
    QList<ChannelField> fields() const override;
    Problems validateConfig(const QJsonObject &config) const override;
    QString validateSecret(const QString &secret) const override;
    std::optional<HttpRequestSpec> render(const DeliveryJob &job, QString *skipped) const override;
};

} // namespace uptrack
