// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"

#include "filesecrets.h"
#include "secretslog.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QEventLoop>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <atomic>
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
        return Tr::tr("No keychain is available (%1). Run Uptrack in a desktop session with a "
                      "Secret Service (GNOME Keyring, KWallet), or start one, e.g. "
                      "\"gnome-keyring-daemon --unlock\"; or keep secrets in an encrypted file "
                      "instead with --secrets file. Nothing was stored.")
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

std::atomic<int> g_backend{int(SecretStore::Backend::Automatic)};

// Whether a keychain answers on the session bus: a Secret Service (GNOME Keyring,
// KeePassXC, ...) or KWallet, running or startable by the bus.
// Asked with a short timeout: a bus that does not answer means no keychain.
bool keychainAnswers()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    constexpr int kTimeoutMs = 3000;
    auto ask = [&](const QString &method, const QVariantList &args) {
        QDBusMessage call = QDBusMessage::createMethodCall(
                QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                QStringLiteral("org.freedesktop.DBus"), method);
        call.setArguments(args);
        const QDBusMessage answer = bus.call(call, QDBus::Block, kTimeoutMs);
        return answer.type() == QDBusMessage::ReplyMessage ? answer.arguments().value(0)
                                                           : QVariant();
    };
    const QStringList names{QStringLiteral("org.freedesktop.secrets"),
                            QStringLiteral("org.kde.kwalletd6"),
                            QStringLiteral("org.kde.kwalletd5")};
    for (const QString &name : names) {
        if (ask(QStringLiteral("NameHasOwner"), {name}).toBool())
            return true;
    }
    const QStringList startable = ask(QStringLiteral("ListActivatableNames"), {}).toStringList();
    for (const QString &name : names) {
        if (startable.contains(name))
            return true;
    }
    return false;
}

// A FileSecrets call's outcome, as the keychain's callbacks see it.
struct FileAnswer
{
    bool ok = false;
    QString value;
    QString error;
};

FileAnswer fileRead(const QString &service, const QString &key)
{
    FileAnswer a;
    bool found = false;
    a.ok = FileSecrets().read(service + QLatin1Char('/') + key, &a.value, &found, &a.error);
    if (!a.ok)
        qCWarning(lcSecrets) << "secrets file read failed"; // never the secret
    // An entry that is not there is an answer, not a failure of the file.
    if (a.ok && !found) {
        a.ok = false;
        a.error = Tr::tr("The secret is not in the secrets file %1 (was it removed?). Set it "
                         "again with \"uptrack channel add\".")
                          .arg(FileSecrets().filePath());
    }
    return a;
}

// Runs `f` now and hands its answer to the calling thread's event loop, as the
// keychain's asynchronous calls do.
template<typename F> void later(F f)
{
    QTimer::singleShot(0, std::move(f));
}
} // namespace

void SecretStore::setBackend(Backend backend)
{
    g_backend = int(backend);
}

std::optional<SecretStore::Backend> SecretStore::parseBackend(const QString &name)
{
    if (name == QLatin1String("keychain"))
        return Backend::Keychain;
    if (name == QLatin1String("file"))
        return Backend::File;
    if (name == QLatin1String("auto"))
        return Backend::Automatic;
    return std::nullopt;
}

SecretStore::Backend SecretStore::backend()
{
    int chosen = g_backend;
    if (chosen == int(Backend::Automatic)) {
        // Once per process: asking the bus costs a round trip.
        static const Backend resolved = keychainAnswers() ? Backend::Keychain : Backend::File;
        int expected = int(Backend::Automatic);
        g_backend.compare_exchange_strong(expected, int(resolved));
        chosen = g_backend;
    }
    return Backend(chosen);
}

QString SecretStore::backendName()
{
    return backend() == Backend::File ? QStringLiteral("file") : QStringLiteral("keychain");
}

QString SecretStore::locate(const QString &key)
{
    return backendName() + QStringLiteral(":uptrack/") + key;
}

QString SecretStore::describeBackend()
{
    if (backend() == Backend::Keychain)
        return Tr::tr("Secrets are kept in the desktop keychain.");
    const FileSecrets file;
    return Tr::tr("Secrets are kept in %1, encrypted with the key in %2 (or a systemd "
                  "credential): anyone who can read both as this user can read the secrets.")
            .arg(file.filePath(), file.keyPath());
}

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
    if (backend() == Backend::File) {
        later([done, answer = fileRead(service, key)] {
            done(answer.ok, answer.value, answer.error);
        });
        return;
    }
    runJob<QKeychain::ReadPasswordJob>(
            [service, key]() {
                auto *job = new QKeychain::ReadPasswordJob(service);
                job->setKey(key);
                return job;
            },
            [done, service, key](QKeychain::ReadPasswordJob *job) {
                bool ok = job->error() == QKeychain::NoError;
                QString value = ok ? job->textData() : QString();
                QString error = describe(*job);
                // Stored in the file while no keychain answered (a server that has
                // gained a desktop session since): found there.
                if (job->error() == QKeychain::EntryNotFound && FileSecrets().exists()) {
                    const FileAnswer answer = fileRead(service, key);
                    if (answer.ok) {
                        ok = true;
                        value = answer.value;
                        error.clear();
                    }
                }
                if (!ok)
                    qCWarning(lcSecrets) << "keychain read:" << job->errorString();
                return [done, ok, value, error] { done(ok, value, error); };
            });
}

void SecretStore::write(const QString &key, const QString &value, Done done) const
{
    const QString service = m_service;
    if (backend() == Backend::File) {
        QString error;
        const bool ok = FileSecrets().write(service + QLatin1Char('/') + key, value, &error);
        if (!ok)
            qCWarning(lcSecrets) << "secrets file write failed:" << error;
        later([done, ok, error] { done(ok, error); });
        return;
    }
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
    // From the file too, wherever the secret was written.
    QString fileError;
    const bool fileOk = FileSecrets().remove(service + QLatin1Char('/') + key, &fileError);
    if (backend() == Backend::File) {
        later([done, fileOk, fileError] { done(fileOk, fileError); });
        return;
    }
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
