// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace uptrack {

/// Compares two secrets (a token, the ping key) in time that depends only on their
/// lengths, never on where they first differ, so answer times tell a guesser nothing
/// about how close a guess was. Lengths are not secret (tokens are UUIDs, the ping key
/// has a fixed length).
inline bool constantTimeEquals(const QString &a, const QString &b)
{
    const qsizetype n = qMin(a.size(), b.size());
    const char16_t *x = reinterpret_cast<const char16_t *>(a.constData());
    const char16_t *y = reinterpret_cast<const char16_t *>(b.constData());
    unsigned diff = a.size() == b.size() ? 0u : 1u;
    for (qsizetype i = 0; i < n; ++i)
        diff |= unsigned(x[i] ^ y[i]);
    return diff == 0;
}

} // namespace uptrack
