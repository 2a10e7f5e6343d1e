// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/monitor.h"
#include "domain/ping.h"

#include <QByteArray>

namespace uptrack::Keywords {

/// What a plain success ping means for a monitor with keyword filters, decided by its
/// body: a failure keyword first, then success, then start. No match: a success when
/// no success keywords are set (failure keywords alone must not stop a job from ever
/// succeeding), otherwise a log message (as Healthchecks ignores it). Without any
/// keywords: a success. Case-insensitive, comma-separated keywords.
PingKind classify(const Monitor &m, const QByteArray &body);

} // namespace uptrack::Keywords
