// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace uptrack {

/// The one door to the system keychain (QtKeychain: Secret Service, KWallet, ...).
/// Keys are namespaced under the service "uptrack". There is no fallback: without a
/// keychain, every call fails with a sentence that says so and what to do. Any thread
/// with an event loop may use it: the keychain's jobs all run in one thread of their own
/// (QtKeychain's job queue is not thread-safe), and answers come back to the asker's.
class SecretStore
{
public:
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

    /// The keychain key of a channel's secret.
    static QString channelKey(const QString &secretRef);
    /// The keychain key of a check's secret header values (a JSON object name -> value).
    static QString checkKey(const QString &secretRef);

private:
    QString m_service;
};

} // namespace uptrack
