// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filesecrets.h"

#include "platform/platform.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <openssl/evp.h>

#include <sys/stat.h>

#include <memory>

namespace uptrack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};

constexpr char kMagic[] = "UPTRACK-SECRETS-1\n"; // also the authenticated data
constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;
constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;
constexpr auto kCredentialName = "uptrack-secrets-key";

QByteArray magic()
{
    return QByteArray(kMagic, int(sizeof kMagic) - 1);
}

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

bool seal(const QByteArray &key, const QByteArray &plain, QByteArray *out)
{
    QByteArray nonce(kNonceBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(nonce.data()),
                                          kNonceBytes / 4);
    CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    QByteArray cipher(plain.size() + 16, Qt::Uninitialized);
    QByteArray tag(kTagBytes, Qt::Uninitialized);
    int n = 0;
    int total = 0;
    const QByteArray aad = magic();
    if (!ctx
        || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                              reinterpret_cast<const unsigned char *>(key.constData()),
                              reinterpret_cast<const unsigned char *>(nonce.constData()))
                != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &n,
                             reinterpret_cast<const unsigned char *>(aad.constData()),
                             int(aad.size()))
                != 1
        || EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(cipher.data()), &n,
                             reinterpret_cast<const unsigned char *>(plain.constData()),
                             int(plain.size()))
                != 1)
        return false;
    total = n;
    if (EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(cipher.data()) + total, &n)
                != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, tag.data()) != 1)
        return false;
    total += n;
    cipher.truncate(total);
    *out = aad + nonce + cipher + tag;
    return true;
}

bool open(const QByteArray &key, const QByteArray &sealed, QByteArray *plain)
{
    const QByteArray aad = magic();
    if (!sealed.startsWith(aad) || sealed.size() < aad.size() + kNonceBytes + kTagBytes)
        return false;
    const QByteArray nonce = sealed.mid(aad.size(), kNonceBytes);
    const QByteArray cipher = sealed.mid(aad.size() + kNonceBytes,
                                         sealed.size() - aad.size() - kNonceBytes - kTagBytes);
    QByteArray tag = sealed.right(kTagBytes);
    CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    QByteArray out(cipher.size() + 16, Qt::Uninitialized);
    int n = 0;
    if (!ctx
        || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                              reinterpret_cast<const unsigned char *>(key.constData()),
                              reinterpret_cast<const unsigned char *>(nonce.constData()))
                != 1
        || EVP_DecryptUpdate(ctx.get(), nullptr, &n,
                             reinterpret_cast<const unsigned char *>(aad.constData()),
                             int(aad.size()))
                != 1
        || EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &n,
                             reinterpret_cast<const unsigned char *>(cipher.constData()),
                             int(cipher.size()))
                != 1)
        return false;
    int total = n;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) != 1
        || EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()) + total, &n)
                != 1)
        return false; // a wrong key, or a file that was changed
    total += n;
    out.truncate(total);
    *plain = out;
    return true;
}

/// An owner-only folder for `path`.
bool makePrivateFolderFor(const QString &path, QString *error)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        *error = Tr::tr("Cannot create the folder %1 for the secrets file.").arg(folder);
        return false;
    }
    ::chmod(QFile::encodeName(folder).constData(), 0700);
    return true;
}

} // namespace

FileSecrets::FileSecrets()
    : FileSecrets(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                          + QStringLiteral("/uptrack/secrets.enc"),
                  QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                          + QStringLiteral("/uptrack/secrets.key"))
{ }

FileSecrets::FileSecrets(QString filePath, QString keyPath)
    : m_filePath(std::move(filePath)), m_keyPath(std::move(keyPath))
{ }

bool FileSecrets::exists() const
{
    return QFileInfo::exists(m_filePath);
}

bool FileSecrets::loadKey(bool create, QByteArray *key, QString *error) const
{
    // A systemd credential (LoadCredential= or LoadCredentialEncrypted= in the unit)
    // is the key when the service has one.
    const QString credentials = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    QString path = m_keyPath;
    if (!credentials.isEmpty()
        && QFileInfo::exists(credentials + QLatin1Char('/') + QLatin1String(kCredentialName)))
        path = credentials + QLatin1Char('/') + QLatin1String(kCredentialName);
    QFile file(path);
    if (file.exists()) {
        if (path == m_keyPath
            && (file.permissions()
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                   | QFileDevice::WriteOther))) {
            *error = Tr::tr("The secrets key %1 can be read by others: make it private "
                            "(chmod 600 %1) and try again.")
                             .arg(path);
            return false;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            *error = Tr::tr("Cannot read the secrets key %1: %2").arg(path, file.errorString());
            return false;
        }
        const QByteArray material = file.read(4096);
        if (material.size() < 32) {
            *error = Tr::tr("The secrets key %1 is too short (at least 32 bytes).").arg(path);
            return false;
        }
        // Whatever the key material's form, the cipher key is its SHA-256.
        *key = QCryptographicHash::hash(material, QCryptographicHash::Sha256);
        return true;
    }
    if (!create) {
        key->clear();
        return true;
    }
    if (!makePrivateFolderFor(m_keyPath, error))
        return false;
    QByteArray material(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(material.data()), 8);
    const QByteArray encoded = material.toBase64() + '\n';
    if (!platform::writeOwnerOnly(m_keyPath, encoded, error))
        return false;
    *key = QCryptographicHash::hash(encoded.left(4096), QCryptographicHash::Sha256);
    return true;
}

bool FileSecrets::load(const QByteArray &key, QMap<QString, QString> *entries, QString *error) const
{
    entries->clear();
    QFile file(m_filePath);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxFileBytes) {
        *error = Tr::tr("Cannot read the secrets file %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    QByteArray plain;
    if (key.isEmpty() || !open(key, file.readAll(), &plain)) {
        *error = Tr::tr("The secrets file %1 cannot be decrypted with the key %2 (was the key "
                        "replaced or the file changed?). Put the original key back; or remove "
                        "both files and give each channel its secret again. Nothing was changed.")
                         .arg(m_filePath, m_keyPath);
        return false;
    }
    const QJsonObject o = QJsonDocument::fromJson(plain).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        entries->insert(it.key(), it.value().toString());
    return true;
}

bool FileSecrets::save(const QByteArray &key, const QMap<QString, QString> &entries,
                       QString *error) const
{
    QJsonObject o;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        o.insert(it.key(), it.value());
    QByteArray sealed;
    if (!seal(key, QJsonDocument(o).toJson(QJsonDocument::Compact), &sealed)) {
        *error = Tr::tr("Could not encrypt the secrets file (OpenSSL failed).");
        return false;
    }
    return makePrivateFolderFor(m_filePath, error)
            && platform::writeOwnerOnly(m_filePath, sealed, error);
}

namespace {
/// One writer at a time across processes: the core and a sub-command may both change it.
std::unique_ptr<QLockFile> lockFor(const QString &path, QString *error)
{
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    if (!lock->tryLock(10'000)) {
        *error = Tr::tr("The secrets file %1 is locked by another Uptrack (%2).")
                         .arg(path, QStringLiteral("%1.lock").arg(path));
        return nullptr;
    }
    return lock;
}
} // namespace

bool FileSecrets::read(const QString &key, QString *value, bool *found, QString *error) const
{
    *found = false;
    if (!exists())
        return true;
    QByteArray cipherKey;
    QMap<QString, QString> entries;
    if (!loadKey(false, &cipherKey, error) || !load(cipherKey, &entries, error))
        return false;
    const auto it = entries.constFind(key);
    if (it == entries.constEnd())
        return true;
    *found = true;
    *value = it.value();
    return true;
}

bool FileSecrets::write(const QString &key, const QString &value, QString *error) const
{
    if (!makePrivateFolderFor(m_filePath, error))
        return false;
    const auto lock = lockFor(m_filePath, error);
    if (!lock)
        return false;
    QByteArray cipherKey;
    QMap<QString, QString> entries;
    if (!loadKey(true, &cipherKey, error) || !load(cipherKey, &entries, error))
        return false;
    entries.insert(key, value);
    return save(cipherKey, entries, error);
}

bool FileSecrets::remove(const QString &key, QString *error) const
{
    if (!exists())
        return true;
    const auto lock = lockFor(m_filePath, error);
    if (!lock)
        return false;
    QByteArray cipherKey;
    QMap<QString, QString> entries;
    if (!loadKey(false, &cipherKey, error) || !load(cipherKey, &entries, error))
        return false;
    if (entries.remove(key) == 0)
        return true;
    return save(cipherKey, entries, error);
}

} // namespace uptrack
