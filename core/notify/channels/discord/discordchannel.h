// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notify/channelkind.h"

/// Discord webhook: one embed with a colour, a title and the key facts as fields.
namespace uptrack::discord {

/// The request an alert makes.
HttpRequestSpec render(const DeliveryJob &job);
/// The kind ("discord"), as ChannelKinds lists it.
const UrlChannel &channel();

} // namespace uptrack::discord
