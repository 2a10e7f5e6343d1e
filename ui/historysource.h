// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/historyreader.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace uptrack {

namespace remote {
class ApiClient;
}

/// A monitor's pings, flips and listening spans over a period: what a timeline is drawn
/// from.
struct TimelineHistory
{
    QList<PingMark> marks;
    QList<Flip> flips;
    QList<ListeningSpan> spans;
};

/// The history the views read, wherever it is: this computer's database, or a core on
/// another machine through its management API. Every answer comes back through `done`
/// in the caller's thread, at once or later; it is dropped when `context` is gone by
/// then. A view never waits for one.
class HistorySource
{
public:
    virtual ~HistorySource() = default;

    /// Why the history cannot be read at all ("" when it can).
    virtual QString error() const = 0;

    virtual void pings(qint64 monitorId, qint64 fromMs, qint64 toMs, int limit, int previewBytes,
                       QObject *context, std::function<void(QList<Ping>)> done)
            = 0;
    virtual void ping(qint64 pingId, QObject *context,
                      std::function<void(std::optional<Ping>)> done)
            = 0;
    virtual void recent(qint64 monitorId, int count, QObject *context,
                        std::function<void(QList<PingMark>)> done)
            = 0;
    /// Read off the calling thread: a wide period can hold 100,000 pings.
    virtual void timeline(qint64 monitorId, qint64 fromMs, qint64 toMs, QObject *context,
                          std::function<void(TimelineHistory)> done)
            = 0;
    /// monitorId 0: every monitor's. With the channels' names by id.
    virtual void incidentsAndAlerts(
            qint64 monitorId, int limit, QObject *context,
            std::function<void(QList<Incident>, QList<AlertRecord>, QHash<qint64, QString>)> done)
            = 0;
    /// HistoryReader::uptimes over `windowsMs` and the run statistics.
    virtual void figures(qint64 monitorId, const QList<qint64> &windowsMs, qint64 nowMs,
                         QObject *context,
                         std::function<void(QList<std::optional<double>>, RunStatistics)> done)
            = 0;
};

/// This computer's database, through the console's own read-only connection (short
/// reads, answered at once) and, for timelines, a pool thread with one of its own.
class LocalHistory : public HistorySource
{
public:
    explicit LocalHistory(const QString &databasePath);

    QString error() const override;
    void pings(qint64 monitorId, qint64 fromMs, qint64 toMs, int limit, int previewBytes,
               QObject *context, std::function<void(QList<Ping>)> done) override;
    void ping(qint64 pingId, QObject *context,
              std::function<void(std::optional<Ping>)> done) override;
    void recent(qint64 monitorId, int count, QObject *context,
                std::function<void(QList<PingMark>)> done) override;
    void timeline(qint64 monitorId, qint64 fromMs, qint64 toMs, QObject *context,
                  std::function<void(TimelineHistory)> done) override;
    void incidentsAndAlerts(
            qint64 monitorId, int limit, QObject *context,
            std::function<void(QList<Incident>, QList<AlertRecord>, QHash<qint64, QString>)> done)
            override;
    void figures(qint64 monitorId, const QList<qint64> &windowsMs, qint64 nowMs, QObject *context,
                 std::function<void(QList<std::optional<double>>, RunStatistics)> done) override;

private:
    HistoryReader m_reader;
};

/// A core's history over its management API (/api/uptrack/v1/pings, marks, flips,
/// listening, incidents, alerts, monitors/M/figures). A failed read answers empty and
/// says why through `failed`.
class RemoteHistory : public HistorySource
{
public:
    explicit RemoteHistory(remote::ApiClient &client, std::function<void(QString)> failed = {});

    QString error() const override { return QString(); }
    void pings(qint64 monitorId, qint64 fromMs, qint64 toMs, int limit, int previewBytes,
               QObject *context, std::function<void(QList<Ping>)> done) override;
    void ping(qint64 pingId, QObject *context,
              std::function<void(std::optional<Ping>)> done) override;
    void recent(qint64 monitorId, int count, QObject *context,
                std::function<void(QList<PingMark>)> done) override;
    void timeline(qint64 monitorId, qint64 fromMs, qint64 toMs, QObject *context,
                  std::function<void(TimelineHistory)> done) override;
    void incidentsAndAlerts(
            qint64 monitorId, int limit, QObject *context,
            std::function<void(QList<Incident>, QList<AlertRecord>, QHash<qint64, QString>)> done)
            override;
    void figures(qint64 monitorId, const QList<qint64> &windowsMs, qint64 nowMs, QObject *context,
                 std::function<void(QList<std::optional<double>>, RunStatistics)> done) override;

private:
    /// GET `path`; `done` gets the JSON body, or nullopt after telling `failed` why.
    void get(const QString &path, QObject *context,
             std::function<void(std::optional<QJsonObject>)> done);

    remote::ApiClient &m_client;
    std::function<void(QString)> m_failed;
};

/// An alert record back from `uptrack alerts --json`'s form, with its channels' names.
AlertRecord alertRecordFromJson(const QJsonObject &o, QHash<qint64, QString> *channelNames);

} // namespace uptrack
