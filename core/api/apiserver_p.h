// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the management API's files share (apiserver.cpp: routing, keys and Uptrack's own
// resources; healthchecksapi.cpp: Healthchecks' endpoints). Not an interface.
#pragma once

#include "http/httpconnection.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace uptrack::apidetail {

/// The headers of every API answer: CORS as Healthchecks sends it, and no caching.
inline const HttpResponse::Headers &corsHeaders()
{
    static const HttpResponse::Headers headers
            = {{"Access-Control-Allow-Headers", "X-Api-Key"},
               {"Access-Control-Allow-Methods", "GET, POST, DELETE, OPTIONS"},
               {"Access-Control-Max-Age", "600"},
               // Healthchecks' API answers are never cached.
               {"Cache-Control", "no-cache"}};
    return headers;
}

/// {"error": message}
inline QJsonObject error(const QString &message)
{
    return QJsonObject{{QStringLiteral("error"), message}};
}

/// {"error": why, "field": field}: a request's field that is wrong, and why.
inline QJsonObject fieldError(const QString &field, const QString &why)
{
    return QJsonObject{{QStringLiteral("error"), why}, {QStringLiteral("field"), field}};
}

inline HttpResponse jsonResponse(int status, const QJsonObject &body)
{
    return HttpResponse{status, QJsonDocument(body).toJson(QJsonDocument::Compact), corsHeaders(),
                        "application/json"};
}

/// The value of ?key= in an ApiServer::Call's query ("" when absent).
template<class Call> QString queryValue(const Call &call, const char *key)
{
    for (const auto &[k, v] : call.query) {
        if (k == QLatin1String(key))
            return v;
    }
    return QString();
}

} // namespace uptrack::apidetail
