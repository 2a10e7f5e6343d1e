// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"

#include "secretslog.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "uptrack.secrets")

namespace uptrack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};

QString describe(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return QString();
    case QKeychain::EntryNotFound:
        return Tr::tr("The secret is not in the keychain (was it removed?). Set it again with "
                      "\"uptrack channel add\".");
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Tr::tr("The keychain refused access (%1). Unlock it and try again.")
                .arg(job.errorString());
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    default:
        return Tr::tr("No keychain is available (%1). Uptrack keeps webhook URLs and passwords "
                      "only in the system keychain: run it in a desktop session with a Secret "
                      "Service (GNOME Keyring, KWallet), or start one, e.g. "
                      "\"gnome-keyring-daemon --unlock\". Nothing was stored.")
                .arg(job.errorString());
    }
}

void finish(QKeychain::Job *job, const std::function<void(bool, const QString &)> &done)
{
    QObject::connect(job, &QKeychain::Job::finished, job, [job, done] {
        const bool ok = job->error() == QKeychain::NoError;
        if (!ok)
            qCWarning(lcSecrets) << "keychain:" << job->errorString(); // never the secret
        done(ok, describe(*job));
    });
}

template<typename F> bool wait(F start)
{
    QEventLoop loop;
    bool finished = false;
    start([&] {
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return true;
}
} // namespace

SecretStore::SecretStore(QString service) : m_service(std::move(service)) { }

QString SecretStore::channelKey(const QString &secretRef)
{
    return QStringLiteral("channel/") + secretRef;
}

QString SecretStore::checkKey(const QString &secretRef)
{
    return QStringLiteral("check/") + secretRef;
}

void SecretStore::read(const QString &key, ReadDone done) const
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, done] {
        const bool ok = job->error() == QKeychain::NoError;
        if (!ok)
            qCWarning(lcSecrets) << "keychain read:" << job->errorString();
        done(ok, ok ? job->textData() : QString(), describe(*job));
    });
    job->start();
}

void SecretStore::write(const QString &key, const QString &value, Done done) const
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(value);
    finish(job, done);
    job->start();
}

void SecretStore::remove(const QString &key, Done done) const
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    finish(job, done);
    job->start();
}

bool SecretStore::readSync(const QString &key, QString *value, QString *error) const
{
    bool result = false;
    wait([&](auto quit) {
        read(key, [&, quit](bool ok, const QString &v, const QString &e) {
            result = ok;
            *value = v;
            *error = e;
            quit();
        });
    });
    return result;
}

bool SecretStore::writeSync(const QString &key, const QString &value, QString *error) const
{
    bool result = false;
    wait([&](auto quit) {
        write(key, value, [&, quit](bool ok, const QString &e) {
            result = ok;
            *error = e;
            quit();
        });
    });
    return result;
}

bool SecretStore::removeSync(const QString &key, QString *error) const
{
    bool result = false;
    wait([&](auto quit) {
        remove(key, [&, quit](bool ok, const QString &e) {
            result = ok;
            *error = e;
            quit();
        });
    });
    return result;
}

} // namespace uptrack
