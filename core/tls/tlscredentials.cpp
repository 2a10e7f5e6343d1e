// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlscredentials.h"

#include "platform/platform.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QHostInfo>
#include <QNetworkInterface>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <memory>

namespace uptrack::tls {

namespace {
template<typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tls)
};

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(n));
}

bool addExtension(X509 *cert, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

/// A self-signed certificate for `names` and `addresses`, with its key, as PEM.
bool generate(const QStringList &names, const QStringList &addresses, QByteArray *certPem,
              QByteArray *keyPem, QString *error)
{
    Key key(EVP_EC_gen("P-256"));
    Cert cert(X509_new());
    if (!key || !cert) {
        *error = Tr::tr("OpenSSL could not make a key (libcrypto).");
        return false;
    }
    X509_set_version(cert.get(), 2); // v3
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f; // positive
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600); // a clock a little behind
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(kValidDays) * 86400);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *subject = X509_get_subject_name(cert.get());
    const QByteArray cn = names.value(0, QStringLiteral("localhost")).toUtf8().left(64);
    X509_NAME_add_entry_by_txt(subject, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("Uptrack"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), subject);
    QStringList alt;
    for (const QString &n : names)
        alt.append(QStringLiteral("DNS:") + n);
    for (const QString &a : addresses)
        alt.append(QStringLiteral("IP:") + a);
    if (!addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(cert.get(), NID_key_usage, "critical,digitalSignature")
        || !addExtension(cert.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(cert.get(), NID_subject_key_identifier, "hash")
        || !addExtension(cert.get(), NID_subject_alt_name, alt.join(QLatin1Char(',')).toLatin1())
        || X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0) {
        *error = Tr::tr("OpenSSL could not sign the certificate (libcrypto).");
        return false;
    }
    Bio certBio(BIO_new(BIO_s_mem()));
    Bio keyBio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509(certBio.get(), cert.get()) != 1
        || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr)
                != 1) {
        *error = Tr::tr("OpenSSL could not write the certificate (libcrypto).");
        return false;
    }
    *certPem = bioBytes(certBio.get());
    *keyPem = bioBytes(keyBio.get());
    return true;
}

/// Whether the certificate in `path` covers every name and address and has more than the
/// renewal margin left.
bool stillGood(const QString &path, const QStringList &names, const QStringList &addresses)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certs.isEmpty())
        return false;
    const QSslCertificate &c = certs.first();
    if (c.expiryDate() < QDateTime::currentDateTimeUtc().addDays(kRenewDaysBefore))
        return false;
    const auto alt = c.subjectAlternativeNames();
    const QStringList dns = alt.values(QSsl::DnsEntry);
    const QStringList ips = alt.values(QSsl::IpAddressEntry);
    for (const QString &n : names) {
        if (!dns.contains(n))
            return false;
    }
    for (const QString &a : addresses) {
        const QHostAddress want(a);
        if (std::none_of(ips.cbegin(), ips.cend(),
                         [&](const QString &ip) { return QHostAddress(ip) == want; }))
            return false;
    }
    return true;
}
} // namespace

QString autoFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
            + QStringLiteral("/uptrack/tls");
}

QString autoCertificatePath()
{
    return autoFolder() + QStringLiteral("/cert.pem");
}

QString autoKeyPath()
{
    return autoFolder() + QStringLiteral("/key.pem");
}

QStringList machineNames()
{
    QStringList names;
    const QString host = QHostInfo::localHostName().toLower();
    if (!host.isEmpty() && host != QLatin1String("localhost")) {
        names.append(host);
        if (!host.contains(QLatin1Char('.')))
            names.append(host + QStringLiteral(".local"));
    }
    names.append(QStringLiteral("localhost"));
    return names;
}

QStringList machineAddresses()
{
    QStringList out{QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (a.isLoopback() || a.isLinkLocal())
            continue;
        QHostAddress plain = a;
        plain.setScopeId(QString());
        if (!out.contains(plain.toString()))
            out.append(plain.toString());
    }
    return out;
}

bool ensureAutoCertificate(QString *error, bool *renewed)
{
    if (renewed)
        *renewed = false;
    const QStringList names = machineNames();
    const QStringList addresses = machineAddresses();
    if (QFileInfo::exists(autoKeyPath()) && stillGood(autoCertificatePath(), names, addresses))
        return true;
    if (!QDir().mkpath(autoFolder())) {
        *error = Tr::tr("Cannot make the folder %1 for the TLS certificate.").arg(autoFolder());
        return false;
    }
    QFile::setPermissions(autoFolder(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QByteArray certPem;
    QByteArray keyPem;
    if (!generate(names, addresses, &certPem, &keyPem, error))
        return false;
    // The key first: a certificate is never left without its key.
    if (!platform::writeOwnerOnly(autoKeyPath(), keyPem, error)
        || !platform::writeOwnerOnly(autoCertificatePath(), certPem, error))
        return false;
    if (renewed)
        *renewed = true;
    return true;
}

std::optional<QSslConfiguration> serverConfiguration(const QString &certificatePath,
                                                     const QString &keyPath, QString *error)
{
    QFile certFile(certificatePath);
    if (!certFile.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Cannot read the certificate %1: %2")
                         .arg(certificatePath, certFile.errorString());
        return std::nullopt;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (chain.isEmpty()) {
        *error = Tr::tr("%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).")
                         .arg(certificatePath);
        return std::nullopt;
    }
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Cannot read the private key %1: %2").arg(keyPath, keyFile.errorString());
        return std::nullopt;
    }
    if (keyFile.permissions() & (QFileDevice::ReadOther | QFileDevice::WriteOther)) {
        *error = Tr::tr("The private key %1 can be read by every user of this machine: make it "
                        "owner-only (chmod 600 %1).")
                         .arg(keyPath);
        return std::nullopt;
    }
    const QByteArray keyPem = keyFile.readAll();
    // The key must be the certificate's: OpenSSL says so before a client finds out.
    Bio keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    Key key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    const QByteArray certPem = chain.first().toPem();
    Bio certBio(BIO_new_mem_buf(certPem.constData(), int(certPem.size())));
    Cert cert(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    if (!key) {
        *error = Tr::tr("%1 holds no unencrypted PEM private key.").arg(keyPath);
        return std::nullopt;
    }
    if (!cert || X509_check_private_key(cert.get(), key.get()) != 1) {
        *error = Tr::tr("The private key %1 does not belong to the certificate %2.")
                         .arg(keyPath, certificatePath);
        return std::nullopt;
    }
    const QSsl::KeyAlgorithm algorithm
            = EVP_PKEY_base_id(key.get()) == EVP_PKEY_EC ? QSsl::Ec : QSsl::Rsa;
    const QSslKey qkey(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
    if (qkey.isNull()) {
        *error = Tr::tr("%1: only RSA and EC private keys are supported.").arg(keyPath);
        return std::nullopt;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(qkey);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients bring API keys, not certificates
    return config;
}

QString fingerprint(const QString &certificatePath, QString *error)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(certificatePath, QSsl::Pem);
    if (certs.isEmpty()) {
        *error = Tr::tr("No certificate at %1.").arg(certificatePath);
        return QString();
    }
    return fingerprintOf(certs.first());
}

QString fingerprintOf(const QSslCertificate &certificate)
{
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs.append(QString::fromLatin1(hex.mid(i, 2)));
    return pairs.join(QLatin1Char(':'));
}

} // namespace uptrack::tls
