// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace uptrack {

/// The one door to where secrets live: the system keychain (QtKeychain: Secret Service,
/// KWallet, ...) on a desktop, or an encrypted owner-only file (FileSecrets) where no
/// keychain answers — a server, a NAS, a systemd service. Keys are namespaced under the
/// service "uptrack". Any thread with an event loop may use it: the keychain's jobs all
/// run in one thread of their own (QtKeychain's job queue is not thread-safe), and
/// answers come back to the asker's.
class SecretStore
{
public:
    enum class Backend {
        Automatic, ///< the keychain when a Secret Service (or KWallet) answers, else the file
        Keychain,
        File
    };
    /// For the whole process, from --secrets or UPTRACK_SECRETS; before the first use.
    static void setBackend(Backend backend);
    /// "keychain", "file" or "auto"; nullopt for anything else.
    static std::optional<Backend> parseBackend(const QString &name);
    /// The store this process uses (Automatic resolved once, on first use).
    static Backend backend();
    static QString backendName(); ///< "keychain" or "file"
    /// Where a key's secret lives, for people: "keychain:uptrack/channel/…" or
    /// "file:uptrack/channel/…".
    static QString locate(const QString &key);
    /// A sentence saying where secrets are kept, and how safe that is.
    static QString describeBackend();

    explicit SecretStore(QString service = QStringLiteral("uptrack"));

    using ReadDone = std::function<void(bool ok, const QString &value, const QString &error)>;
    using Done = std::function<void(bool ok, const QString &error)>;

    /// Asynchronous: the callback runs later in the calling thread's event loop.
    void read(const QString &key, ReadDone done) const;
    void write(const QString &key, const QString &value, Done done) const;
    void remove(const QString &key, Done done) const;

    /// Blocking forms for the command line (they spin a local event loop).
    bool readSync(const QString &key, QString *value, QString *error) const;
    bool writeSync(const QString &key, const QString &value, QString *error) const;
    bool removeSync(const QString &key, QString *error) const;

    /// The key of a channel's secret.
    static QString channelKey(const QString &secretRef);
    /// The keychain key of a check's secret header values (a JSON object name -> value).
    static QString checkKey(const QString &secretRef);

private:
    QString m_service;
};

} // namespace uptrack
