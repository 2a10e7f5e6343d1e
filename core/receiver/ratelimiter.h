// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace uptrack {

/// Token buckets by key: `burst` requests at once, then `perMinute` a minute. Memory is
/// bounded: buckets that have filled up again are forgotten, and past `maxKeys` the
/// fullest are dropped first (a flood of new keys cannot grow it without limit).
class RateLimiter
{
public:
    RateLimiter(int burst, int perMinute, int maxKeys = 100'000)
        : m_burst(burst), m_perMinute(perMinute), m_maxKeys(maxKeys)
    { }

    /// Takes one request for `key` at `nowMs` (a monotonic clock); false: over the limit.
    bool allow(const QString &key, qint64 nowMs);
    /// Whether `key` has nothing left now, without taking anything.
    bool exhausted(const QString &key, qint64 nowMs) const;
    /// Seconds until `key` may send again (at least 1).
    int retryAfterSeconds(const QString &key, qint64 nowMs) const;
    qsizetype size() const { return m_buckets.size(); }
    bool enabled() const { return m_burst > 0 && m_perMinute > 0; }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 atMs = 0;
    };
    double level(const Bucket &b, qint64 nowMs) const;
    void prune(qint64 nowMs);

    int m_burst;
    int m_perMinute;
    int m_maxKeys;
    QHash<QString, Bucket> m_buckets;
};

} // namespace uptrack
