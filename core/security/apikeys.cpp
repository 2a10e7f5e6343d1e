// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apikeys.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QRandomGenerator>

#include <array>

namespace uptrack::apikeys {

QString generate()
{
    std::array<quint32, 6> words{}; // 24 bytes
    // QRandomGenerator::system() reads the kernel's CSPRNG (getrandom(2)).
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), qsizetype(sizeof(words)));
    const QByteArray text
            = bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    Q_ASSERT(text.size() == kKeyLength);
    return QString::fromLatin1(text);
}

QString hash(const QString &key)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool wellFormed(const QString &text)
{
    if (text.size() != kKeyLength)
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')
                || u == '-' || u == '_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace uptrack::apikeys
