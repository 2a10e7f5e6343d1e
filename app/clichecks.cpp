// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The uptime-check options of "monitor add/edit" (--http, --tcp, --icmp, --dns,
// --interval, ...), and
// the values of their secret headers.
#include "cli_p.h"

#include "schedule/duration.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <tuple>

namespace uptrack::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

bool Cli::checkFromOptions(MonitorSpec *spec, QMap<QString, QString> *secretHeaders)
{
    // The option that names a check's target is also its kind.
    static const std::pair<const char *, MonitorKind> kKinds[] = {{"http", MonitorKind::Http},
                                                                  {"tcp", MonitorKind::Tcp},
                                                                  {"icmp", MonitorKind::Icmp},
                                                                  {"dns", MonitorKind::Dns}};
    QStringList given;
    QJsonObject check;
    for (const auto &[option, kind] : kKinds) {
        if (!m_parser.isSet(QString::fromLatin1(option)))
            continue;
        given << QStringLiteral("--") + QString::fromLatin1(option);
        spec->kind = kind;
        check.insert(QStringLiteral("target"), m_parser.value(QString::fromLatin1(option)));
    }
    if (given.size() > 1) {
        err(Tr::tr("give one of --http, --tcp, --icmp and --dns, not %1")
                    .arg(given.join(QStringLiteral(" and "))));
        return false;
    }
    // Settings of one kind given to a check of another are a mistake, not silently kept.
    static const std::pair<const char *, MonitorKind> kOwnOptions[]
            = {{"method", MonitorKind::Http},           {"header", MonitorKind::Http},
               {"secret-header", MonitorKind::Http},    {"expect", MonitorKind::Http},
               {"keyword", MonitorKind::Http},          {"keyword-absent", MonitorKind::Http},
               {"follow-redirects", MonitorKind::Http}, {"no-follow-redirects", MonitorKind::Http},
               {"insecure", MonitorKind::Http},         {"secure", MonitorKind::Http},
               {"cert-warn", MonitorKind::Http},        {"count", MonitorKind::Icmp},
               {"max-loss", MonitorKind::Icmp},         {"record", MonitorKind::Dns},
               {"expect-value", MonitorKind::Dns},      {"server", MonitorKind::Dns}};
    if (spec->kind) {
        for (const auto &[option, kind] : kOwnOptions) {
            if (m_parser.isSet(QString::fromLatin1(option)) && *spec->kind != kind) {
                err(Tr::tr("--%1 is a setting of %2 checks, not of %3 checks")
                            .arg(QString::fromLatin1(option), kindName(kind).toUpper(),
                                 kindName(*spec->kind).toUpper()));
                return false;
            }
        }
    }
    // Durations are seconds in the check's JSON.
    for (const char *name : {"interval", "timeout", "max-response"}) {
        const QString option = QString::fromLatin1(name);
        if (!m_parser.isSet(option))
            continue;
        QString why;
        const auto ms = option == QLatin1String("max-response")
                        && m_parser.value(option) == QLatin1String("0")
                ? std::optional<qint64>(0)
                : parseDuration(m_parser.value(option), &why);
        if (!ms) {
            err(QStringLiteral("--%1: %2").arg(option, why));
            return false;
        }
        const QString key
                = option == QLatin1String("max-response") ? QStringLiteral("max_response") : option;
        check.insert(key, *ms > 0 ? QJsonValue(double(*ms) / 1000.0) : QJsonValue());
    }
    if (m_parser.isSet(QStringLiteral("expect")))
        check.insert(QStringLiteral("expect_status"), m_parser.value(QStringLiteral("expect")));
    if (m_parser.isSet(QStringLiteral("keyword")))
        check.insert(QStringLiteral("keyword"), m_parser.value(QStringLiteral("keyword")));
    if (m_parser.isSet(QStringLiteral("keyword-absent")))
        check.insert(QStringLiteral("keyword_absent"), true);
    if (m_parser.isSet(QStringLiteral("follow-redirects"))
        || m_parser.isSet(QStringLiteral("no-follow-redirects")))
        check.insert(QStringLiteral("follow_redirects"),
                     m_parser.isSet(QStringLiteral("follow-redirects")));
    if (m_parser.isSet(QStringLiteral("insecure")) || m_parser.isSet(QStringLiteral("secure")))
        check.insert(QStringLiteral("insecure_tls"), m_parser.isSet(QStringLiteral("insecure")));
    if (m_parser.isSet(QStringLiteral("method")))
        check.insert(QStringLiteral("method"), m_parser.value(QStringLiteral("method")).toUpper());
    if (m_parser.isSet(QStringLiteral("record")))
        check.insert(QStringLiteral("record"), m_parser.value(QStringLiteral("record")).toUpper());
    if (m_parser.isSet(QStringLiteral("expect-value")))
        check.insert(QStringLiteral("expect_value"),
                     m_parser.value(QStringLiteral("expect-value")));
    if (m_parser.isSet(QStringLiteral("server")))
        check.insert(QStringLiteral("server"), m_parser.value(QStringLiteral("server")));
    if (m_parser.isSet(QStringLiteral("header")))
        check.insert(QStringLiteral("headers"),
                     QJsonArray::fromStringList(m_parser.values(QStringLiteral("header"))));
    for (const auto &[option, key, most] : {std::tuple{"cert-warn", "cert_warn_days", 365},
                                            std::tuple{"count", "count", CheckRules::kMaxIcmpCount},
                                            std::tuple{"max-loss", "max_loss", 99}}) {
        if (!m_parser.isSet(QString::fromLatin1(option)))
            continue;
        bool ok = false;
        const int n = m_parser.value(QString::fromLatin1(option)).toInt(&ok);
        if (!ok || n < 0 || n > most) {
            err(Tr::tr("--%1: a number from 0 to %2").arg(QString::fromLatin1(option)).arg(most));
            return false;
        }
        check.insert(QString::fromLatin1(key), n);
    }
    if (m_parser.isSet(QStringLiteral("secret-header"))) {
        // Their values: from standard input or a prompt; the core keeps them in the
        // keychain only.
        const QStringList names = m_parser.values(QStringLiteral("secret-header"));
        QStringList labels;
        for (const QString &name : names)
            labels.append(Tr::tr("value of header %1").arg(name));
        QStringList values;
        if (!readSecrets(labels, &values))
            return false;
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (values.value(i).isEmpty()) {
                err(Tr::tr("Expected the value of header %1 on standard input (one line per "
                           "--secret-header). Secrets are never taken from the command line.")
                            .arg(names[i]));
                return false;
            }
            secretHeaders->insert(names[i], values[i]);
        }
    }
    if (!check.isEmpty())
        spec->check = check;
    return true;
}

} // namespace uptrack::cli
