// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notify/channelkind.h"

namespace uptrack {

/// Slack incoming webhook: a message with a colour bar (an attachment), the
/// monitor's name, what happened and the key facts as fields.
class SlackChannel final : public UrlChannel
{
public:
    QString kind() const override { return QStringLiteral("slack"); }
    QString label() const override;
    QString secretLabel() const override;
    void deliver(const DeliveryJob &job, DeliveryContext &context,
                 std::function<void(DeliveryResult)> done) const override;

    static HttpRequestSpec render(const DeliveryJob &job);

protected:
    QString urlExample() const override
    {
        return QStringLiteral("https://hooks.slack.com/services/T000/B000/XXXX");
    }
};

} // namespace uptrack
