// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notify/servicechannel.h"

namespace uptrack {

/// Microsoft Teams through a Power Automate Workflows webhook: an Adaptive Card with a
/// coloured title, the facts and the job's output. (Office 365 connectors are retired.)
class TeamsChannel final : public ServiceChannel
{
public:
    QString kind() const override { return QStringLiteral("teams"); }
    QString label() const override;
    QString secretLabel() const override;
    QList<ChannelField> fields() const override;
    Problems validateConfig(const QJsonObject &) const override { return {}; }
    QString validateSecret(const QString &secret) const override;
    std::optional<HttpRequestSpec> render(const DeliveryJob &job, QString *skipped) const override;
};

} // namespace uptrack
