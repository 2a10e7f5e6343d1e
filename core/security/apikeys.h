// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace uptrack::apikeys {

/// The length of a key: 32 URL-safe characters, as Healthchecks' clients expect.
inline constexpr int kKeyLength = 32;
/// How much of a key is shown once it is made (enough to tell keys apart, no more).
inline constexpr int kPrefixLength = 4;

/// A new key: 24 bytes (192 bits) from the operating system's CSPRNG, written in the
/// URL-safe base64 alphabet without padding (exactly kKeyLength characters).
QString generate();
/// What is stored instead of the key: its SHA-256, in lower-case hex. A key has 192
/// random bits, so a fast hash is as good as a slow one here: there is nothing to guess.
QString hash(const QString &key);
/// Whether `text` has the shape of a key (length and alphabet), before any lookup.
bool wellFormed(const QString &text);

} // namespace uptrack::apikeys
