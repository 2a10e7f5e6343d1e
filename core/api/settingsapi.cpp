// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// /api/uptrack/v1/settings: what the core runs with (GET), and the few settings a console
// on another machine may change (POST), applied by the runtime (ApiOptions::applySettings).
#include "apiserver.h"

#include "apilog.h"
#include "apiserver_p.h"

#include "engine/engine.h"
#include "secrets/secretstore.h"
#include "settings/defaults.h"

#include <QCoreApplication>
#include <QSysInfo>

#include <cmath>

namespace uptrack {

using apidetail::error;
using apidetail::fieldError;

void ApiServer::ownSettings(const Call &call)
{
    if (call.path.size() != 1) {
        reply(call, 404, error(QStringLiteral("not found")));
        return;
    }
    if (call.method == "POST") {
        changeSettings(call);
        return;
    }
    if (call.method != "GET" && call.method != "HEAD") {
        replyText(call, 405, QByteArray());
        return;
    }
    reply(call, 200, settingsJson());
}

QJsonObject ApiServer::settingsJson() const
{
    QJsonObject o = m_options.settings;
    o.insert(QStringLiteral("ping_url_base"), m_options.pingBase);
    o.insert(QStringLiteral("api_url_base"), m_options.apiBase);
    o.insert(QStringLiteral("api_over_http"), m_options.overHttp);
    o.insert(QStringLiteral("secrets"), SecretStore::backendName());
    o.insert(QStringLiteral("pings_kept_per_monitor"), double(m_engine.pingsKeptPerMonitor()));
    o.insert(QStringLiteral("version"), QCoreApplication::applicationVersion());
    // For a console attached from another machine: what to call this one, and the key of
    // its /ping/<key>/<slug> addresses (a read-write key reads the tokens anyway).
    o.insert(QStringLiteral("host_name"), QSysInfo::machineHostName());
    o.insert(QStringLiteral("ping_key"), m_engine.pingKey());
    return o;
}

void ApiServer::changeSettings(const Call &call)
{
    if (!m_options.applySettings) {
        reply(call, 501, error(QStringLiteral("this core's settings cannot be changed here")));
        return;
    }
    static const QStringList known = {QStringLiteral("listen"), QStringLiteral("ping_body_limit"),
                                      QStringLiteral("pings_kept_per_monitor")};
    for (auto it = call.json.constBegin(); it != call.json.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            reply(call, 400,
                  fieldError(it.key(),
                             QStringLiteral("%1 cannot be changed over the API (these "
                                            "can: listen, ping_body_limit, "
                                            "pings_kept_per_monitor)")
                                     .arg(it.key())));
            return;
        }
    }
    if (call.json.isEmpty()) {
        reply(call, 400,
              error(QStringLiteral("nothing to change: give listen, ping_body_limit "
                                   "or pings_kept_per_monitor")));
        return;
    }
    const QJsonValue listen = call.json.value(QLatin1String("listen"));
    if (!listen.isUndefined() && (!listen.isString() || listen.toString().size() > 100)) {
        reply(call, 400,
              fieldError(QStringLiteral("listen"),
                         QStringLiteral("listen is \"ADDRESS:PORT\", such as \"0.0.0.0:8470\"")));
        return;
    }
    auto whole = [&call](const char *key, double least, double most) {
        const QJsonValue v = call.json.value(QLatin1String(key));
        return v.isUndefined()
                || (v.isDouble() && v.toDouble() >= least && v.toDouble() <= most
                    && v.toDouble() == std::floor(v.toDouble()));
    };
    if (!whole("ping_body_limit", 0, double(defaults::kMaxBodyCapBytes))) {
        reply(call, 400,
              fieldError(QStringLiteral("ping_body_limit"),
                         QStringLiteral("ping_body_limit is a whole number of bytes from 0 to %1")
                                 .arg(defaults::kMaxBodyCapBytes)));
        return;
    }
    if (!whole("pings_kept_per_monitor", 1, double(defaults::kMaxPingsKept))) {
        reply(call, 400,
              fieldError(QStringLiteral("pings_kept_per_monitor"),
                         QStringLiteral("pings_kept_per_monitor is a whole number from 1 to %1")
                                 .arg(defaults::kMaxPingsKept)));
        return;
    }
    // A copy: applying them sets new options, this function among them.
    const auto apply = m_options.applySettings;
    const QString why = apply(call.json);
    if (!why.isEmpty()) {
        reply(call, 400, error(why));
        return;
    }
    qCInfo(lcApi).noquote() << "settings changed over the API:"
                            << QStringList(call.json.keys()).join(QLatin1String(", "));
    reply(call, 200, settingsJson());
}

} // namespace uptrack
