// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spool.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>

#include <functional>

/// Sends one ping to the first of its URLs that answers.
class PingSender : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Delivered,  ///< a 2xx from one of the URLs
        Refused,    ///< none took it, and one said why (4xx): retrying will not help
        Unreachable ///< none could be reached, or each failed on its side (5xx)
    };
    using Done = std::function<void(Outcome, const QString &why)>;

    explicit PingSender(QObject *parent = nullptr);
    void setTimeout(int ms) { m_timeoutMs = ms; }

    /// One pass over the ping's URLs. A spooled ping (sentAt > 0) carries the instant it
    /// was meant for in X-Uptrack-Sent-At.
    void send(const SpooledPing &ping, Done done);

    /// URL/suffix?rid=RID
    static QUrl urlFor(const QUrl &base, const QString &suffix, const QString &rid);

private:
    void sendTo(const SpooledPing &ping, qsizetype index, QString refused, QString why, Done done);

    QNetworkAccessManager m_network;
    int m_timeoutMs = 10'000;
};

/// One pass over the spool: each ping is sent in its order and removed once delivered
/// (or refused, or past its time); a check whose URLs cannot be reached keeps the rest
/// of its pings, in order, for the next pass.
class SpoolFlusher : public QObject
{
    Q_OBJECT
public:
    /// `done` gets the checks (SpooledPing::target) that still have pings waiting.
    using Done = std::function<void(const QSet<QString> &waiting)>;

    /// Told what became of each ping a pass sent (or dropped as past its time).
    using Report = std::function<void(const SpooledPing &, PingSender::Outcome, const QString &)>;

    SpoolFlusher(Spool *spool, QObject *parent = nullptr);
    void setReport(Report report) { m_report = std::move(report); }
    void flush(Done done);

private:
    void next();

    Spool *m_spool;
    PingSender m_sender;
    QList<SpooledPing> m_todo;
    QSet<QString> m_waiting;
    Done m_done;
    Report m_report;
};
