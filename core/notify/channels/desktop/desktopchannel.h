// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notify/channelkind.h"

namespace uptrack {

/// A popup from the console's tray icon. Without a console (headless) there is
/// nowhere to show it: the attempt fails and says so.
class DesktopChannel final : public ChannelKind
{
public:
    QString kind() const override { return QStringLiteral("desktop"); }
    QString secretLabel() const override { return QString(); }
    QString validateConfig(const QJsonObject &config) const override;
    void deliver(const DeliveryJob &job, DeliveryContext &context,
                 std::function<void(DeliveryResult)> done) const override;
};

} // namespace uptrack
