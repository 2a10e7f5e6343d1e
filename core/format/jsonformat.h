// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/apikey.h"
#include "domain/monitor.h"
#include "domain/ping.h"

#include <QJsonObject>

namespace uptrack {

/// Where pings reach this Uptrack: "http://192.168.1.10:8470" and the ping key.
struct PingUrls
{
    QString base;
    QString pingKey;

    QString pingUrl(const Monitor &m) const;
    QString slugUrl(const Monitor &m) const;
};

/// The public JSON form of a monitor (field names are a public interface).
QJsonObject monitorToJson(const Monitor &m, const PingUrls &urls);
/// The public JSON form of a ping.
QJsonObject pingToJson(const Ping &p);
/// {name, read_only, created, last_used, prefix}: never the key (it is not kept).
QJsonObject apiKeyToJson(const ApiKey &k);

} // namespace uptrack
