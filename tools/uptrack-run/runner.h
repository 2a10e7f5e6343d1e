// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <functional>

/// Runs one job between a /start ping and a /<exit status> ping carrying the tail of
/// its output. The job's output passes through unchanged; its exit status is ours.
class Runner : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl url;             ///< the check's ping URL (no trailing slash needed)
        QStringList command;  ///< program and arguments
        qint64 timeoutMs = 0; ///< 0: none
        bool sendStart = true;
        qint64 tailBytes = 100 * 1024;
        int attempts = 4; ///< per ping, with backoff 1 s, 2 s, 4 s
        int pingTimeoutMs = 10'000;
    };

    explicit Runner(Options options, QObject *parent = nullptr);
    /// Starts; `finished` is emitted with the exit status to exit with.
    void start();

signals:
    void finished(int exitStatus);

private:
    void runCommand();
    void commandFinished(int exitCode, QProcess::ExitStatus status);
    /// Sends the finish ping (after the start ping is done), then emits finished.
    void finish();
    void ping(const QString &suffix, const QByteArray &body, std::function<void()> then,
              int attempt = 1);
    void keep(const QByteArray &bytes);
    QUrl urlFor(const QString &suffix) const;

    Options m_options;
    QString m_rid;
    QNetworkAccessManager m_network;
    QProcess m_process;
    QTimer m_deadline;
    QByteArray m_tail;
    bool m_timedOut = false;
    bool m_startPending = false;
    std::function<void()> m_afterStart;
    int m_status = 0;
};
