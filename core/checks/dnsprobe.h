// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/check.h"

#include <QDnsLookup>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace uptrack {

/// What one DNS run saw: the answers of the asked type as text ("192.0.2.10",
/// "10 mail.example.com", a TXT record's strings joined, a CNAME's target), or why
/// there were none.
struct DnsOutcome
{
    QStringList values;
    QDnsLookup::Error error = QDnsLookup::NoError;
    QString errorText;
    bool timedOut = false;
};

/// One run of a DNS check: QDnsLookup (its own thread, so nothing blocks) asking the
/// check's server, or the system's resolver, for one record type, cut at the timeout.
/// Deleting the probe ends the run without a result.
class DnsProbe : public QObject
{
    Q_OBJECT
public:
    DnsProbe(const CheckSpec &spec, QObject *parent = nullptr);

    void start();

    /// The verdict of a run: down when the name has no such record or, with an
    /// expected value, when no answer equals it. Pure: tested without a network.
    static CheckResult judge(const CheckSpec &spec, const DnsOutcome &outcome);
    /// Whether an answer equals what the user expects: addresses as addresses (::1 is
    /// 0:0::1), names without case or a final dot, an MX record as "10 mx.example" or
    /// just its host, TXT exactly.
    static bool matches(const QString &record, const QString &expected, const QString &value);

signals:
    void finished(const uptrack::DnsOutcome &outcome);

private:
    void done();

    CheckSpec m_spec;
    QDnsLookup *m_lookup = nullptr;
    QTimer m_deadline;
    bool m_done = false;
    DnsOutcome m_outcome;
};

} // namespace uptrack
