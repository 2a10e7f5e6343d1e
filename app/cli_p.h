// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The command line's insides, shared by cli.cpp (monitors) and clichannels.cpp
// (channels and alerts). Not an interface: only app/ includes it.
#pragma once

#include "domain/monitorspec.h"
#include "format/jsonformat.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <memory>
#include <optional>

namespace uptrack::cli {

inline void out(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

inline void err(const QString &text)
{
    const QByteArray bytes = (text + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

inline void printJson(const QJsonValue &value)
{
    const QByteArray bytes = value.isArray()
            ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    out(QString::fromUtf8(bytes));
}

inline QString localTime(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("-");
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

enum Exit { Ok = 0, Failed = 1, Usage = 2 };

/// Everything one sub-command invocation needs.
class Cli
{
public:
    explicit Cli(QStringList arguments) : m_arguments(std::move(arguments)) { }
    int run();

private:
    int monitorCommand(const QString &verb, const QStringList &rest);
    int add(const QStringList &rest);
    int edit(const QString &ref);
    int changeState(const QString &verb, const QString &ref);
    int list();
    int show(const QString &ref);
    int pings(const QString &ref);
    int channelCommand(const QString &verb, const QStringList &rest);
    int channelAdd(const QStringList &rest);
    int channelList();
    int channelTest(const QString &ref);
    int channelRemove(const QString &ref);
    int alerts();
    int schedule();
    int report();
    int incident(const QStringList &rest);
    bool readSecrets(const QString &label, int count, QStringList *secrets);
    /// Values of secret headers, one line each on standard input (or prompted for).
    QStringList readHeaderValues(const QStringList &names);
    /// Removes a check's secret header values from the keychain ("" : nothing).
    void forgetCheckSecret(const QString &ref);

    bool openDatabase();
    std::optional<Monitor> findMonitor(const QString &ref);
    PingUrls urls();
    bool specFromOptions(MonitorSpec *spec);
    /// The --http/--tcp check options, as the check's JSON fields.
    bool checkFromOptions(MonitorSpec *spec);
    QJsonObject execute(const QJsonObject &command);
    int printMonitor(qint64 id);
    QJsonObject withChannels(QJsonObject json, const Monitor &m);
    /// --limit N: false (with a message) when it is not a positive number.
    bool limitOption(int *limit);
    QJsonObject runStatistics(qint64 monitorId);

    QStringList m_arguments;
    QCommandLineParser m_parser;
    QString m_dbPath;
    QString m_newCheckSecret; ///< a check secret stored by this command (removed if it fails)
    bool m_json = false;
    std::unique_ptr<Database> m_db;
    QHash<qint64, QString> m_channelNames;
};

} // namespace uptrack::cli
