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
    QString label() const override;
    QString secretLabel() const override { return QString(); }
    QList<ChannelField> fields() const override { return {}; }
    Problems validateConfig(const QJsonObject &config) const override;
    void deliver(const DeliveryJob &job, DeliveryContext &context,
                 std::function<void(DeliveryResult)> done) const override;
};

} // namespace uptrack
