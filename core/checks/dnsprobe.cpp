// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnsprobe.h"

#include "format/humanformat.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace uptrack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Check)
};

QDnsLookup::Type lookupType(const QString &record)
{
    if (record == QLatin1String("AAAA"))
        return QDnsLookup::AAAA;
    if (record == QLatin1String("MX"))
        return QDnsLookup::MX;
    if (record == QLatin1String("TXT"))
        return QDnsLookup::TXT;
    if (record == QLatin1String("CNAME"))
        return QDnsLookup::CNAME;
    return QDnsLookup::A;
}

QString normalName(QString name)
{
    name = name.trimmed().toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}
} // namespace

DnsProbe::DnsProbe(const CheckSpec &spec, QObject *parent) : QObject(parent), m_spec(spec)
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_done)
            return;
        m_outcome.timedOut = true;
        m_done = true;
        m_lookup->abort();
        emit finished(m_outcome);
    });
}

void DnsProbe::start()
{
    m_lookup = new QDnsLookup(lookupType(m_spec.record), m_spec.target, this);
    if (!m_spec.server.isEmpty())
        m_lookup->setNameserver(QHostAddress(m_spec.server));
    connect(m_lookup, &QDnsLookup::finished, this, &DnsProbe::done);
    m_deadline.start(int(m_spec.timeoutMs));
    m_lookup->lookup();
}

void DnsProbe::done()
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    m_outcome.error = m_lookup->error();
    m_outcome.errorText = m_lookup->errorString();
    const QString wanted = normalName(m_spec.target);
    switch (m_lookup->type()) {
    case QDnsLookup::A:
    case QDnsLookup::AAAA:
        for (const QDnsHostAddressRecord &r : m_lookup->hostAddressRecords()) {
            const bool v6 = r.value().protocol() == QAbstractSocket::IPv6Protocol;
            if (v6 == (m_lookup->type() == QDnsLookup::AAAA))
                m_outcome.values.append(r.value().toString());
        }
        break;
    case QDnsLookup::MX:
        for (const QDnsMailExchangeRecord &r : m_lookup->mailExchangeRecords())
            m_outcome.values.append(
                    QStringLiteral("%1 %2").arg(r.preference()).arg(normalName(r.exchange())));
        break;
    case QDnsLookup::TXT:
        for (const QDnsTextRecord &r : m_lookup->textRecords()) {
            QByteArray joined; // a long TXT record comes as several strings, read as one
            for (const QByteArray &part : r.values())
                joined += part;
            m_outcome.values.append(QString::fromUtf8(joined));
        }
        break;
    default:
        // The name's own CNAME (an answer may also hold the chain's next links).
        for (const QDnsDomainNameRecord &r : m_lookup->canonicalNameRecords()) {
            if (normalName(r.name()) == wanted)
                m_outcome.values.append(normalName(r.value()));
        }
        break;
    }
    emit finished(m_outcome);
}

bool DnsProbe::matches(const QString &record, const QString &expected, const QString &value)
{
    if (record == QLatin1String("A") || record == QLatin1String("AAAA")) {
        const QHostAddress want(expected.trimmed());
        return !want.isNull() && want.isEqual(QHostAddress(value), QHostAddress::StrictConversion);
    }
    if (record == QLatin1String("TXT"))
        return value == expected;
    if (record == QLatin1String("MX")) {
        const QString exchange = value.section(QLatin1Char(' '), 1);
        const QStringList want = expected.simplified().split(QLatin1Char(' '));
        if (want.size() == 1)
            return normalName(want[0]) == exchange;
        return want.size() == 2 && want[0] == value.section(QLatin1Char(' '), 0, 0)
                && normalName(want[1]) == exchange;
    }
    return normalName(expected) == normalName(value);
}

CheckResult DnsProbe::judge(const CheckSpec &spec, const DnsOutcome &o)
{
    CheckResult r;
    r.address = spec.server.isEmpty() ? spec.target
                                      : QStringLiteral("%1 @%2").arg(spec.target, spec.server);
    auto shown = [](QStringList values) {
        for (QString &v : values)
            v = v.size() > 200 ? v.left(200) + QStringLiteral("…") : v;
        const qsizetype all = values.size();
        if (all > 10)
            values = values.mid(0, 10) << Tr::tr("%n more", "", int(all - 10));
        return values.join(QStringLiteral(", "));
    };
    r.detail = o.values.isEmpty() ? Tr::tr("no %1 record").arg(spec.record)
                                  : QStringLiteral("%1 %2").arg(spec.record, shown(o.values));
    if (o.timedOut) {
        r.reason = spec.server.isEmpty()
                ? Tr::tr("no answer from the name server within %1")
                          .arg(human::duration(spec.timeoutMs))
                : Tr::tr("no answer from %1 within %2")
                          .arg(spec.server, human::duration(spec.timeoutMs));
        return r;
    }
    switch (o.error) {
    case QDnsLookup::NoError:
    // Qt 6.4 reports an answer without records of the type (NOERROR, no data) as an
    // invalid reply; a reply it cannot parse comes back as no error and no records.
    case QDnsLookup::InvalidReplyError:
        break;
    case QDnsLookup::NotFoundError:
        r.reason = Tr::tr("DNS: %1 does not exist (NXDOMAIN)").arg(spec.target);
        return r;
    case QDnsLookup::ServerFailureError:
        r.reason = Tr::tr("DNS: the name server failed to answer (SERVFAIL)");
        return r;
    case QDnsLookup::ServerRefusedError:
        r.reason = Tr::tr("DNS: the name server refused the query (REFUSED)");
        return r;
    default:
        r.reason = Tr::tr("DNS: %1").arg(o.errorText);
        return r;
    }
    if (o.values.isEmpty()) {
        r.reason = Tr::tr("DNS: %1 has no %2 record").arg(spec.target, spec.record);
        return r;
    }
    if (!spec.expectValue.isEmpty()) {
        const bool found = std::any_of(o.values.begin(), o.values.end(), [&](const QString &v) {
            return matches(spec.record, spec.expectValue, v);
        });
        if (!found) {
            r.reason = Tr::tr("no %1 record equals \"%2\" (got %3)")
                               .arg(spec.record, spec.expectValue, shown(o.values));
            return r;
        }
    }
    r.ok = true;
    return r;
}

} // namespace uptrack
