// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/flip.h"
#include "domain/incident.h"

#include "domain/listeningspan.h"
#include <optional>

#include <QList>
#include <QSqlError>
#include <QSqlQuery>

namespace uptrack {

class Database;

/// What happened over time: flips, incidents, and Uptrack's own listening spans.
class HistoryRepository
{
public:
    explicit HistoryRepository(Database &db);

    bool insertFlip(Flip *flip);
    bool flips(qint64 monitorId, QList<Flip> *out);

    bool openIncident(Incident *incident);
    /// Closes the open incident of a monitor, if any.
    bool closeIncident(qint64 monitorId, qint64 endMs);
    /// A monitor's incidents, oldest first; monitorId 0: every monitor's, newest first,
    /// at most `limit` (0: all).
    bool incidents(qint64 monitorId, QList<Incident> *out, int limit = 0);
    /// The incidents that overlap [fromMs, toMs) (open ones reach "now"), of one monitor
    /// (monitorId > 0) or all, newest first, at most `limit`.
    bool incidentsIn(qint64 monitorId, qint64 fromMs, qint64 toMs, int limit, QList<Incident> *out);
    std::optional<Incident> incident(qint64 incidentId);

    /// Starts a listening span [startMs, startMs]; returns its id or -1.
    qint64 openSpan(qint64 startMs);
    bool extendSpan(qint64 id, qint64 endMs);
    bool spans(QList<ListeningSpan> *out);
    /// Whether a listening span covers `atMs`; false too when the database cannot say.
    bool listenedAt(qint64 atMs);

    /// Sets an incident's note; false when there is no such incident (or on error).
    bool setIncidentNote(qint64 incidentId, const QString &note, bool *found);
    /// Records who acknowledged an incident, when, and why.
    bool acknowledge(qint64 incidentId, const QString &by, qint64 atMs, const QString &note);

    QSqlError lastError() const { return m_lastError; }

private:
    Database &m_db;
    QSqlQuery m_insertFlip;
    QSqlQuery m_openIncident;
    QSqlQuery m_closeIncident;
    QSqlError m_lastError;
};

} // namespace uptrack
