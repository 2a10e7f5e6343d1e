// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notify/channelkind.h"

namespace uptrack {

/// Discord webhook: one embed with a colour, a title and the key facts as fields.
class DiscordChannel final : public UrlChannel
{
public:
    QString kind() const override { return QStringLiteral("discord"); }
    QString label() const override;
    QString secretLabel() const override;
    void deliver(const DeliveryJob &job, DeliveryContext &context,
                 std::function<void(DeliveryResult)> done) const override;

    static HttpRequestSpec render(const DeliveryJob &job);

protected:
    QString urlExample() const override
    {
        return QStringLiteral("https://discord.com/api/webhooks/1234/abcd");
    }
};

} // namespace uptrack
