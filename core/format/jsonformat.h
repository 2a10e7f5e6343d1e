// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/alert.h"
#include "domain/apikey.h"
#include "domain/channel.h"
#include "domain/flip.h"
#include "domain/incident.h"
#include "domain/listeningspan.h"
#include "domain/maintenance.h"
#include "domain/monitor.h"
#include "domain/ping.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <functional>

namespace uptrack {

/// Where pings reach this Uptrack: "http://192.168.1.10:8470" and the ping key.
struct PingUrls
{
    QString base;
    QString pingKey;

    QString pingUrl(const Monitor &m) const;
    QString slugUrl(const Monitor &m) const;
};

/// The public JSON form of a maintenance window: {id, name, all, monitors (names), tags,
/// from, to, cron, tz, duration (s), notify, created, active, current_or_next {start, end}}.
QJsonObject maintenanceToJson(const MaintenanceWindow &w, const QStringList &monitorNames,
                              qint64 nowMs);
/// The escalation delays of a monitor's channels, {"boss": 1800} (seconds, by name).
QJsonObject channelDelaysJson(const Monitor &m, const QHash<qint64, QString> &channelNames);
/// An acknowledgement: null, or {by, at, note}.
QJsonValue acknowledgedJson(const QString &by, qint64 atMs, const QString &note);
/// Another monitor's name by id (for "depends_on" and "parent").
using MonitorNames = std::function<QString(qint64)>;
/// The public JSON form of a monitor (field names are a public interface). Without
/// `names`, other monitors are given by id.
QJsonObject monitorToJson(const Monitor &m, const PingUrls &urls, const MonitorNames &names = {});
/// A monitor back from its public JSON (what a console attached over the API shows):
/// every field monitorToJson writes; its "channels" (names, as the API adds them) become
/// ids through `channelIds`. What that form leaves out stays at its default: the runs in
/// progress, the settle window.
Monitor monitorFromJson(const QJsonObject &o, const QHash<QString, qint64> &channelIds = {});
/// The public JSON form of a ping.
QJsonObject pingToJson(const Ping &p);
/// {name, read_only, created, last_used, prefix}: never the key (it is not kept).
QJsonObject apiKeyToJson(const ApiKey &k);
/// A channel's settings, never its secret: `secretWhere` names the secret store's entry
/// (SecretStore::locate; "" when it has none).
QJsonObject channelToJson(const Channel &c, const QString &secretWhere);

/// An alert with what became of it on each channel (`uptrack alerts --json`).
QJsonObject alertToJson(const Alert &a, const QList<DeliveryRecord> &deliveries,
                        const QHash<qint64, QString> &channelNames);
/// {id, monitor_id, monitor, start, end, duration, reason, note}; `end` and `duration`
/// null while it is open.
QJsonObject incidentToJson(const Incident &i, const QString &monitorName);
/// {id, start, end}: a span when Uptrack was listening.
QJsonObject listeningSpanToJson(const ListeningSpan &s);
/// {id, monitor_id, time, from, to, reason, from_since}: a change of state.
QJsonObject flipToJson(const Flip &f);

// Back from the public JSON, for a console attached to a core on another machine. A body
// comes back as the text pingToJson made of it (valid UTF-8 as it was, other bytes as
// \xNN): what a person reads of it is the same.
Ping pingFromJson(const QJsonObject &o);
Flip flipFromJson(const QJsonObject &o);
Incident incidentFromJson(const QJsonObject &o);
ListeningSpan listeningSpanFromJson(const QJsonObject &o);

} // namespace uptrack
