// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace uptrack {

/// A key of the management API, as it is kept: never the key itself, only its hash and
/// its first characters (to tell keys apart in a list).
struct ApiKey
{
    qint64 id = 0;
    QString name;
    QString keyHash; ///< SHA-256 of the key, lower-case hex
    QString prefix;  ///< the key's first characters
    bool readOnly = false;
    qint64 createdMs = 0;
    qint64 lastUsedMs = -1; ///< -1: never
};

namespace ApiKeyRules {
inline constexpr int kMaxNameLength = 100;
/// What is wrong with a key's name ("" when nothing is).
QString nameProblem(const QString &name);
} // namespace ApiKeyRules

} // namespace uptrack

Q_DECLARE_METATYPE(uptrack::ApiKey)
