// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>

#include <optional>

namespace uptrack::tls {

/// Where the certificate and key of `--tls auto` live: $XDG_CONFIG_HOME/uptrack/tls/
/// (the folder owner-only, the key 0600).
QString autoFolder();
QString autoCertificatePath();
QString autoKeyPath();

/// How long a generated certificate is valid, and how long before its end it is renewed.
inline constexpr int kValidDays = 397;
inline constexpr int kRenewDaysBefore = 30;

/// The names and addresses a certificate for this machine covers: its host name (and
/// name.local), localhost, and every address of its interfaces.
QStringList machineNames();
QStringList machineAddresses();

/// Makes sure the auto certificate exists, covers this machine's names and addresses,
/// and is not within kRenewDaysBefore of its end; (re)generates it with OpenSSL's
/// libcrypto (an ECDSA P-256 key, SHA-256, serverAuth) when not. False with *error.
/// *renewed says whether a new one was written.
bool ensureAutoCertificate(QString *error, bool *renewed = nullptr);

/// The server side of TLS: the certificate and key files (PEM), checked to belong
/// together, TLS 1.2 or newer only. nullopt with *error (a sentence: what is wrong
/// with which file, and what to do).
std::optional<QSslConfiguration> serverConfiguration(const QString &certificatePath,
                                                     const QString &keyPath, QString *error);

/// SHA-256 of the DER certificate in `path`, as colon-separated upper-case hex (what
/// `openssl x509 -fingerprint -sha256` prints); "" with *error when it cannot be read.
QString fingerprint(const QString &certificatePath, QString *error);
/// The same of a certificate in hand (what a client compares with a pinned one).
QString fingerprintOf(const QSslCertificate &certificate);

} // namespace uptrack::tls
