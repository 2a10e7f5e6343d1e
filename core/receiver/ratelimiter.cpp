// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace uptrack {

double RateLimiter::level(const Bucket &b, qint64 nowMs) const
{
    const double refill = double(std::max<qint64>(0, nowMs - b.atMs)) * m_perMinute / 60'000.0;
    return std::min<double>(m_burst, b.tokens + refill);
}

bool RateLimiter::allow(const QString &key, qint64 nowMs)
{
    if (!enabled())
        return true;
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= m_maxKeys)
            prune(nowMs);
        it = m_buckets.insert(key, Bucket{double(m_burst), nowMs});
    }
    Bucket &b = *it;
    b.tokens = level(b, nowMs);
    b.atMs = nowMs;
    if (b.tokens < 1.0)
        return false;
    b.tokens -= 1.0;
    return true;
}

bool RateLimiter::exhausted(const QString &key, qint64 nowMs) const
{
    if (!enabled())
        return false;
    const auto it = m_buckets.constFind(key);
    return it != m_buckets.constEnd() && level(*it, nowMs) < 1.0;
}

int RateLimiter::retryAfterSeconds(const QString &key, qint64 nowMs) const
{
    const auto it = m_buckets.constFind(key);
    if (it == m_buckets.constEnd() || !enabled())
        return 1;
    const double missing = 1.0 - level(*it, nowMs);
    return std::max(1, int(std::ceil(missing * 60.0 / m_perMinute)));
}

void RateLimiter::prune(qint64 nowMs)
{
    // First forget the buckets that are full again: they behave as new ones.
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (level(*it, nowMs) >= m_burst)
            it = m_buckets.erase(it);
        else
            ++it;
    }
    // Still too many (a flood of distinct keys): drop the fullest half.
    if (m_buckets.size() >= m_maxKeys) {
        QList<std::pair<double, QString>> byLevel;
        byLevel.reserve(m_buckets.size());
        for (auto it = m_buckets.cbegin(); it != m_buckets.cend(); ++it)
            byLevel.append({level(*it, nowMs), it.key()});
        std::sort(byLevel.begin(), byLevel.end(),
                  [](const auto &a, const auto &b) { return a.first > b.first; });
        for (qsizetype i = 0; i < byLevel.size() / 2; ++i)
            m_buckets.remove(byLevel[i].second);
    }
}

} // namespace uptrack
