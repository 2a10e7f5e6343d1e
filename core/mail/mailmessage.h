// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace uptrack {

/// What a ping by e-mail needs from a message: who sent it, its subject and its first text
/// part, decoded (RFC 5322 headers unfolded, RFC 2047 encoded words in the subject and
/// sender, MIME multiparts, quoted-printable and base64, UTF-8, Latin-1 and the other
/// charsets Qt knows). Enough for keywords; not a mail reader. Bounded: it reads at most
/// the bytes it is given and descends at most a few multipart levels.
struct MailMessage
{
    QString from;    ///< the From header, decoded ("Backup NAS <nas@office.lan>")
    QString subject; ///< decoded
    QString text;    ///< the first text/plain part (else the first text/html), decoded

    static MailMessage parse(const QByteArray &raw);
    /// A header value with its RFC 2047 encoded words decoded.
    static QString decodeHeader(const QByteArray &value);
    /// A body in a Content-Transfer-Encoding ("quoted-printable", "base64", else as is).
    static QByteArray decodeTransfer(const QByteArray &body, const QByteArray &encoding);
    /// Bytes in a charset ("utf-8" when unknown or empty).
    static QString decodeCharset(const QByteArray &bytes, const QByteArray &charset);
};

} // namespace uptrack
