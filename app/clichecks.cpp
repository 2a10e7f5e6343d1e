// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The uptime-check options of "monitor add/edit" (--http, --tcp, --interval, ...), and
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
    const bool http = m_parser.isSet(QStringLiteral("http"));
    const bool tcp = m_parser.isSet(QStringLiteral("tcp"));
    if (http && tcp) {
        err(Tr::tr("give either --http or --tcp, not both"));
        return false;
    }
    QJsonObject check;
    if (http || tcp) {
        spec->kind = http ? MonitorKind::Http : MonitorKind::Tcp;
        check.insert(QStringLiteral("target"),
                     m_parser.value(http ? QStringLiteral("http") : QStringLiteral("tcp")));
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
    if (m_parser.isSet(QStringLiteral("header")))
        check.insert(QStringLiteral("headers"),
                     QJsonArray::fromStringList(m_parser.values(QStringLiteral("header"))));
    for (const auto &[option, key, most] : {std::tuple{"cert-warn", "cert_warn_days", 365},
                                            std::tuple{"confirm", "confirmations", 10}}) {
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
