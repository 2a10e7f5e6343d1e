// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// uptrack apikey add|list|remove: the management API's keys. A key is printed once, when it
// is made; the core keeps only its hash.
#include "cli_p.h"

#include "storage/apikeyrepository.h"
#include "tls/tlscredentials.h"

#include <QCoreApplication>

namespace uptrack::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

int Cli::apiKeyCommand(const QString &verb, const QStringList &rest)
{
    if (verb == QLatin1String("list")) {
        if (!rest.isEmpty()) {
            err(Tr::tr("unexpected argument \"%1\" (uptrack apikey list --help)")
                        .arg(rest.first()));
            return Usage;
        }
        QList<ApiKey> keys;
        if (!loadAll<ApiKeyRepository>(&keys))
            return Failed;
        if (m_json) {
            QJsonArray array;
            for (const ApiKey &k : std::as_const(keys))
                array.append(apiKeyToJson(k));
            printJson(array);
            return Ok;
        }
        if (keys.isEmpty()) {
            out(Tr::tr("No API keys. Make one with: uptrack apikey add --name deploy\n"));
            return Ok;
        }
        out(QStringLiteral("%1 %2 %3 %4 %5\n")
                    .arg(Tr::tr("NAME"), -20)
                    .arg(Tr::tr("ACCESS"), -10)
                    .arg(Tr::tr("CREATED"), -19)
                    .arg(Tr::tr("LAST USED"), -19)
                    .arg(Tr::tr("KEY")));
        for (const ApiKey &k : std::as_const(keys)) {
            out(QStringLiteral("%1 %2 %3 %4 %5\n")
                        .arg(k.name, -20)
                        .arg(k.readOnly ? Tr::tr("read-only") : Tr::tr("read-write"), -10)
                        .arg(localTime(k.createdMs), -19)
                        .arg(k.lastUsedMs < 0 ? Tr::tr("never") : localTime(k.lastUsedMs), -19)
                        .arg(k.prefix + QStringLiteral("…")));
        }
        return Ok;
    }
    if (verb == QLatin1String("remove")) {
        if (rest.size() != 1) {
            err(Tr::tr("usage: uptrack apikey remove NAME"));
            return Usage;
        }
        const command::Reply reply = execute(command::RemoveApiKey{rest.first()});
        if (!reply.ok) {
            printFailure(reply);
            return Failed;
        }
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("name"), rest.first()},
                                  {QStringLiteral("removed"), true}});
        else
            out(Tr::tr("Removed the API key \"%1\": it no longer works.\n").arg(rest.first()));
        return Ok;
    }
    // add
    if (!rest.isEmpty()) {
        err(Tr::tr("unexpected argument \"%1\" (uptrack apikey add --name NAME)")
                    .arg(rest.first()));
        return Usage;
    }
    if (!m_parser.isSet(QStringLiteral("name"))) {
        err(Tr::tr("uptrack apikey add needs --name NAME (what the key is for, e.g. deploy)"));
        return Usage;
    }
    const command::Reply reply = execute(command::AddApiKey{
            m_parser.value(QStringLiteral("name")), m_parser.isSet(QStringLiteral("read-only"))});
    if (!reply.ok) {
        printFailure(reply);
        return Failed;
    }
    if (m_json) {
        QJsonObject o{{QStringLiteral("name"), reply.apiKey.value(QLatin1String("name"))},
                      {QStringLiteral("key"), reply.key},
                      {QStringLiteral("read_only"), reply.apiKey.value(QLatin1String("read_only"))},
                      {QStringLiteral("created"), reply.apiKey.value(QLatin1String("created"))}};
        printJson(o);
        return Ok;
    }
    const bool readOnly = reply.apiKey.value(QLatin1String("read_only")).toBool();
    out(Tr::tr("Made the %1 API key \"%2\". Copy it now: it is not shown again.\n")
                .arg(readOnly ? Tr::tr("read-only") : Tr::tr("read-write"),
                     reply.apiKey.value(QLatin1String("name")).toString()));
    out(reply.key + QLatin1Char('\n'));
    return Ok;
}

int Cli::tlsFingerprint()
{
    const bool given = m_parser.isSet(QStringLiteral("tls-cert"));
    const QString path
            = given ? m_parser.value(QStringLiteral("tls-cert")) : tls::autoCertificatePath();
    if (!given && !QFileInfo::exists(path)) {
        err(Tr::tr("There is no certificate yet: start Uptrack once with --tls auto (it makes one "
                   "in %1), or name yours with --tls-cert FILE.")
                    .arg(tls::autoFolder()));
        return Failed;
    }
    QString error;
    const QString fingerprint = tls::fingerprint(path, &error);
    if (fingerprint.isEmpty()) {
        err(error);
        return Failed;
    }
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("certificate"), QFileInfo(path).absoluteFilePath()},
                              {QStringLiteral("sha256"), fingerprint}});
    else
        out(fingerprint + QLatin1Char('\n'));
    return Ok;
}

} // namespace uptrack::cli
