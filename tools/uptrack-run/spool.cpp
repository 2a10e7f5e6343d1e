// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spool.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <sys/stat.h>

#include <algorithm>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UptrackRun)
};

constexpr auto kSuffix = ".ping";

QByteArray encode(const SpooledPing &ping)
{
    QJsonObject o;
    o.insert(QLatin1String("version"), 1);
    o.insert(QLatin1String("urls"), QJsonArray::fromStringList(ping.urls));
    o.insert(QLatin1String("suffix"), ping.suffix);
    o.insert(QLatin1String("rid"), ping.rid);
    o.insert(QLatin1String("body_base64"), QString::fromLatin1(ping.body.toBase64()));
    o.insert(QLatin1String("sent_at"), double(ping.sentAt));
    o.insert(QLatin1String("expires_at"), double(ping.expiresAt));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool decode(const QByteArray &bytes, SpooledPing *ping)
{
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    if (o.value(QLatin1String("version")).toInt() != 1)
        return false;
    for (const QJsonValue &url : o.value(QLatin1String("urls")).toArray())
        ping->urls.append(url.toString());
    ping->suffix = o.value(QLatin1String("suffix")).toString();
    ping->rid = o.value(QLatin1String("rid")).toString();
    ping->body
            = QByteArray::fromBase64(o.value(QLatin1String("body_base64")).toString().toLatin1());
    ping->sentAt = qint64(o.value(QLatin1String("sent_at")).toDouble());
    ping->expiresAt = qint64(o.value(QLatin1String("expires_at")).toDouble());
    return !ping->urls.isEmpty() && ping->sentAt > 0;
}
} // namespace

QString Spool::defaultDir()
{
    // QStandardPaths follows XDG_CACHE_HOME; GenericCacheLocation is ~/.cache.
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
            + QStringLiteral("/uptrack-run");
}

Spool::Spool(QString dir) : m_dir(std::move(dir)) { }

QString Spool::retrierLockPath() const
{
    return m_dir + QStringLiteral("/retrier.lock");
}

QString Spool::sendLockPath() const
{
    return m_dir + QStringLiteral("/send.lock");
}

QString Spool::logPath() const
{
    return m_dir + QStringLiteral("/retrier.log");
}

void Spool::log(const QString &line) const
{
    constexpr qint64 kMaxLogBytes = 64 * 1024;
    const QString path = logPath();
    if (QFileInfo(path).size() > kMaxLogBytes) {
        QFile::remove(path + QStringLiteral(".1"));
        QFile::rename(path, path + QStringLiteral(".1"));
    }
    QFile file(path);
    if (!file.open(QIODevice::Append | QIODevice::Text))
        return;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QDateTime::currentDateTime().toString(Qt::ISODateWithMs).toUtf8() + ' '
               + QByteArray::number(QCoreApplication::applicationPid()) + ' ' + line.toUtf8()
               + '\n');
}

bool Spool::ensureDir(QString *error) const
{
    if (!QDir().mkpath(m_dir)) {
        *error = Tr::tr("cannot create the spool folder %1").arg(m_dir);
        return false;
    }
    // Owner-only: the pings name the checks' tokens and carry the jobs' output.
    if (::chmod(QFile::encodeName(m_dir).constData(), 0700) != 0) {
        *error = Tr::tr("cannot make the spool folder %1 private").arg(m_dir);
        return false;
    }
    return true;
}

bool Spool::add(const SpooledPing &ping, QString *error, int *dropped)
{
    if (dropped)
        *dropped = 0;
    if (!ensureDir(error))
        return false;
    const QByteArray bytes = encode(ping);
    // Room first: the oldest pings go when the spool is full.
    QList<SpooledPing> all = entries();
    qint64 total = 0;
    for (const SpooledPing &p : all)
        total += p.sizeOnDisk;
    while (!all.isEmpty() && (all.size() + 1 > kMaxEntries || total + bytes.size() > kMaxBytes)) {
        total -= all.first().sizeOnDisk;
        remove(all.takeFirst());
        if (dropped)
            ++*dropped;
    }
    // Names sort in spooling order: the time, then this process and its own count, so
    // a run's start and finish keep their order even within one millisecond.
    static int counter = 0;
    const QString path = m_dir
            + QStringLiteral("/%1-%2-%3%4")
                      .arg(QDateTime::currentMSecsSinceEpoch(), 15, 10, QLatin1Char('0'))
                      .arg(QCoreApplication::applicationPid(), 10, 10, QLatin1Char('0'))
                      .arg(++counter, 6, 10, QLatin1Char('0'))
                      .arg(QLatin1String(kSuffix));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Tr::tr("cannot write to the spool folder %1: %2").arg(m_dir, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(bytes);
    if (!file.commit()) {
        *error = Tr::tr("cannot write to the spool folder %1: %2").arg(m_dir, file.errorString());
        return false;
    }
    return true;
}

QList<SpooledPing> Spool::entries() const
{
    QList<SpooledPing> out;
    const QDir dir(m_dir);
    const QStringList names = dir.entryList({QStringLiteral("*") + QLatin1String(kSuffix)},
                                            QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        SpooledPing ping;
        if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxBytes
            || !decode(file.readAll(), &ping)) {
            file.remove(); // not ours, or half of one: it can never be sent
            continue;
        }
        ping.fileName = name;
        ping.sizeOnDisk = file.size();
        out.append(ping);
    }
    return out;
}

bool Spool::isEmpty() const
{
    return QDir(m_dir)
            .entryList({QStringLiteral("*") + QLatin1String(kSuffix)}, QDir::Files)
            .isEmpty();
}

void Spool::remove(const SpooledPing &ping) const
{
    if (!ping.fileName.isEmpty())
        QFile::remove(m_dir + QLatin1Char('/') + ping.fileName);
}
