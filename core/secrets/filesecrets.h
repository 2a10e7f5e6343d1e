// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace uptrack {

/// The secret store for machines without a desktop keychain: one owner-only file,
/// encrypted (AES-256-GCM) with a key kept apart from it — a systemd credential
/// ($CREDENTIALS_DIRECTORY/uptrack-secrets-key) when the service has one, else an
/// owner-only key file made on first use. The file is in the data folder beside the
/// database; the key is in the configuration folder, so a copy of the data (a backup,
/// a database sent for support) carries no readable secret. Every change rewrites the
/// file atomically under a lock, so the core and sub-commands may use it at once.
/// Synchronous; SecretStore makes it look like the keychain to its callers.
class FileSecrets
{
public:
    /// The default places: $XDG_DATA_HOME/uptrack/secrets.enc and
    /// $XDG_CONFIG_HOME/uptrack/secrets.key.
    FileSecrets();
    FileSecrets(QString filePath, QString keyPath);

    QString filePath() const { return m_filePath; }
    QString keyPath() const { return m_keyPath; }
    /// Whether the encrypted file exists (secrets were stored here).
    bool exists() const;

    /// false and *error when it cannot; *found false (and true returned) when the
    /// store works but has no such key.
    bool read(const QString &key, QString *value, bool *found, QString *error) const;
    bool write(const QString &key, const QString &value, QString *error) const;
    /// Removing a key that is not there succeeds.
    bool remove(const QString &key, QString *error) const;

private:
    /// The key, made (owner-only) when `create` and there is none.
    bool loadKey(bool create, QByteArray *key, QString *error) const;
    bool load(const QByteArray &key, QMap<QString, QString> *entries, QString *error) const;
    bool save(const QByteArray &key, const QMap<QString, QString> &entries, QString *error) const;

    QString m_filePath;
    QString m_keyPath;
};

} // namespace uptrack
