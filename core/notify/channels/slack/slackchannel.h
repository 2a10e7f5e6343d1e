// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notify/channelkind.h"

/// Slack incoming webhook: a message with a colour bar (an attachment), the
/// monitor's name, what happened and the key facts as fields.
namespace uptrack::slack {

/// The request an alert makes.
HttpRequestSpec render(const DeliveryJob &job);
/// The kind ("slack"), as ChannelKinds lists it.
const UrlChannel &channel();

} // namespace uptrack::slack
