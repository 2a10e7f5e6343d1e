// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's management API keys: made, listed, removed, and checked.
#include "engine.h"

#include "enginelog.h"

#include "security/apikeys.h"
#include "security/constanttime.h"
#include "storage/database.h"
#include "time/clock.h"

#include <algorithm>

namespace uptrack {

namespace {
/// How often a key's "last used" is written: reading it to the minute is enough, and a
/// script that calls the API in a loop must not cost a write per call.
constexpr qint64 kLastUsedResolutionMs = 60'000;
} // namespace

std::optional<ApiKey> Engine::addApiKey(const QString &name, bool readOnly, QString *key,
                                        QString *error, Problems *problems)
{
    const QString trimmed = name.trimmed();
    if (const QString why = ApiKeyRules::nameProblem(trimmed); !why.isEmpty())
        return refuse({{QStringLiteral("name"), why}}, error, problems);
    for (const ApiKey &k : std::as_const(m_apiKeys)) {
        if (k.name == trimmed)
            return refuse({{QStringLiteral("name"),
                            tr("An API key named \"%1\" exists already (uptrack apikey "
                               "remove \"%1\" first, or choose another name).")
                                    .arg(trimmed)}},
                          error, problems);
    }
    if (!commitNow()) {
        *error = tr("The database refused the pending writes; try again.");
        return std::nullopt;
    }
    const QString secret = apikeys::generate();
    ApiKey k;
    k.name = trimmed;
    k.keyHash = apikeys::hash(secret);
    k.prefix = secret.left(apikeys::kPrefixLength);
    k.readOnly = readOnly;
    k.createdMs = m_clock.nowMs();
    if (!m_apiKeyRepo.insert(&k)) {
        *error = m_db.describe(m_apiKeyRepo.lastError());
        return std::nullopt;
    }
    m_apiKeys.insert(k.id, k);
    *key = secret;
    qCInfo(lcEngine).noquote() << "API key added:" << k.name << (readOnly ? "(read-only)" : "");
    emit apiKeysChanged();
    return k;
}

bool Engine::removeApiKey(const QString &name, QString *error)
{
    const auto it = std::find_if(m_apiKeys.cbegin(), m_apiKeys.cend(),
                                 [&](const ApiKey &k) { return k.name == name.trimmed(); });
    if (it == m_apiKeys.cend()) {
        *error = tr("No API key is named \"%1\" (uptrack apikey list shows them).").arg(name);
        return false;
    }
    if (!commitNow() || !m_apiKeyRepo.remove(it->id)) {
        *error = m_db.describe(m_apiKeyRepo.lastError());
        return false;
    }
    qCInfo(lcEngine).noquote() << "API key removed:" << it->name;
    m_apiKeys.remove(it->id);
    emit apiKeysChanged();
    return true;
}

QList<ApiKey> Engine::apiKeys() const
{
    QList<ApiKey> all = m_apiKeys.values();
    std::sort(all.begin(), all.end(), [](const ApiKey &a, const ApiKey &b) { return a.id < b.id; });
    return all;
}

std::optional<ApiKey> Engine::authenticate(const QString &presented)
{
    if (!apikeys::wellFormed(presented))
        return std::nullopt;
    const QString hashed = apikeys::hash(presented);
    // Every stored hash is compared, each in constant time: neither which key matched
    // nor how much of a hash did shows in the time taken.
    ApiKey *match = nullptr;
    for (ApiKey &k : m_apiKeys) {
        if (constantTimeEquals(k.keyHash, hashed))
            match = &k;
    }
    if (!match)
        return std::nullopt;
    const qint64 now = m_clock.nowMs();
    if (match->lastUsedMs < 0 || now - match->lastUsedMs >= kLastUsedResolutionMs) {
        match->lastUsedMs = now;
        if (!m_apiKeyRepo.setLastUsed(match->id, now))
            qCWarning(lcEngine).noquote() << "could not record when an API key was used:"
                                          << m_db.describe(m_apiKeyRepo.lastError());
    }
    return *match;
}

} // namespace uptrack
