// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"

#include "secretslog.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QThread>

#include <mutex>

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

// QtKeychain runs every job through one process-wide queue that is not thread-safe: jobs
// started from two threads corrupt it (a job's "destroyed" reaches the queue in the other
// thread after the job is gone, and the process crashes). So every job starts in this one
// thread, whichever thread asks; the answer goes back to the asker's thread. The thread
// stops when the application object goes.
QObject *keychainThread()
{
    static QThread *thread = nullptr;
    static QObject *context = nullptr;
    static std::once_flag once;
    std::call_once(once, [] {
        thread = new QThread;
        thread->setObjectName(QStringLiteral("uptrack-keychain"));
        context = new QObject;
        context->moveToThread(thread);
        QObject::connect(thread, &QThread::finished, context, &QObject::deleteLater);
        thread->start();
        qAddPostRoutine([] {
            thread->quit();
            thread->wait();
        });
    });
    return context;
}

// Starts `job` in the keychain thread; `finished(job)` runs there when it ends, and its
// result, `deliver()`, runs in the calling thread (dropped if that thread has gone).
template<typename Job, typename Finished>
void runJob(std::function<Job *()> make, Finished finished)
{
    QPointer<QObject> asker = new QObject; // lives in the calling thread
    QMetaObject::invokeMethod(keychainThread(), [make = std::move(make), finished, asker] {
        Job *job = make();
        job->setAutoDelete(true);
        QObject::connect(job, &QKeychain::Job::finished, job, [job, finished, asker] {
            auto deliver = finished(job);
            if (asker)
                QMetaObject::invokeMethod(asker, [deliver, asker] {
                    deliver();
                    delete asker.data();
                });
        });
        job->start();
    });
}

// The common end of write and remove jobs.
void finish(std::function<QKeychain::Job *()> make, SecretStore::Done done)
{
    runJob<QKeychain::Job>(std::move(make), [done](QKeychain::Job *job) {
        const bool ok = job->error() == QKeychain::NoError;
        if (!ok)
            qCWarning(lcSecrets) << "keychain:" << job->errorString(); // never the secret
        const QString error = describe(*job);
        return [done, ok, error] { done(ok, error); };
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
    const QString service = m_service;
    runJob<QKeychain::ReadPasswordJob>(
            [service, key]() {
                auto *job = new QKeychain::ReadPasswordJob(service);
                job->setKey(key);
                return job;
            },
            [done](QKeychain::ReadPasswordJob *job) {
                const bool ok = job->error() == QKeychain::NoError;
                if (!ok)
                    qCWarning(lcSecrets) << "keychain read:" << job->errorString();
                const QString value = ok ? job->textData() : QString();
                const QString error = describe(*job);
                return [done, ok, value, error] { done(ok, value, error); };
            });
}

void SecretStore::write(const QString &key, const QString &value, Done done) const
{
    const QString service = m_service;
    finish(
            [service, key, value]() -> QKeychain::Job * {
                auto *job = new QKeychain::WritePasswordJob(service);
                job->setKey(key);
                job->setTextData(value);
                return job;
            },
            std::move(done));
}

void SecretStore::remove(const QString &key, Done done) const
{
    const QString service = m_service;
    finish(
            [service, key]() -> QKeychain::Job * {
                auto *job = new QKeychain::DeletePasswordJob(service);
                job->setKey(key);
                return job;
            },
            std::move(done));
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
