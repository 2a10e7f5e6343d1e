// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolesettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace uptrack {

namespace {
const QString kListen = QStringLiteral("receiver/listen");
const QString kBodyCap = QStringLiteral("receiver/bodyCap");
const QString kKeepPings = QStringLiteral("storage/keepPings");
const QString kStartMinimised = QStringLiteral("console/startMinimised");
const QString kLaunchAtLogin = QStringLiteral("console/launchAtLogin");
const QString kTrayExplained = QStringLiteral("console/trayExplained");
const QString kLanguage = QStringLiteral("console/language");
const QString kSelfPingUrl = QStringLiteral("watch/selfPingUrl");
const QString kKeepAwake = QStringLiteral("watch/keepAwake");
const QString kSelfPingEvery = QStringLiteral("watch/selfPingEveryMs");

QString autostartPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
            + QStringLiteral("/autostart/uptrack.desktop");
}
} // namespace

ConsoleSettings ConsoleSettings::load()
{
    const QSettings s;
    ConsoleSettings c;
    c.listen = s.value(kListen, c.listen).toString();
    c.bodyCap = s.value(kBodyCap, c.bodyCap).toLongLong();
    c.keepPings = s.value(kKeepPings, c.keepPings).toLongLong();
    c.startMinimised = s.value(kStartMinimised, c.startMinimised).toBool();
    c.launchAtLogin = s.value(kLaunchAtLogin, c.launchAtLogin).toBool();
    c.trayExplained = s.value(kTrayExplained, c.trayExplained).toBool();
    c.language = s.value(kLanguage, c.language).toString();
    c.selfPingUrl = s.value(kSelfPingUrl, c.selfPingUrl).toString();
    c.keepAwake = s.value(kKeepAwake, c.keepAwake).toBool();
    c.selfPingEveryMs = s.value(kSelfPingEvery, c.selfPingEveryMs).toLongLong();
    return c;
}

void ConsoleSettings::save() const
{
    QSettings s;
    s.setValue(kListen, listen);
    s.setValue(kBodyCap, bodyCap);
    s.setValue(kKeepPings, keepPings);
    s.setValue(kStartMinimised, startMinimised);
    s.setValue(kLaunchAtLogin, launchAtLogin);
    s.setValue(kTrayExplained, trayExplained);
    s.setValue(kLanguage, language);
    s.setValue(kSelfPingUrl, selfPingUrl);
    s.setValue(kKeepAwake, keepAwake);
    s.setValue(kSelfPingEvery, selfPingEveryMs);
    s.sync();
    QFile::setPermissions(s.fileName(), QFile::ReadOwner | QFile::WriteOwner);
}

bool setLaunchAtLogin(bool enabled, QString *error)
{
    const QString path = autostartPath();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            *error = QCoreApplication::translate("ConsoleSettings", "Cannot remove %1.").arg(path);
            return false;
        }
        return true;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("ConsoleSettings", "Cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    QString exec = QCoreApplication::applicationFilePath();
    exec.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    const QString entry = QStringLiteral("[Desktop Entry]\n"
                                         "Type=Application\n"
                                         "Name=Uptrack\n"
                                         "Comment=Watches cron jobs and web services\n"
                                         "Exec=\"%1\" --minimised\n"
                                         "Icon=org.uptrack.Uptrack\n"
                                         "Terminal=false\n"
                                         "X-GNOME-Autostart-enabled=true\n")
                                  .arg(exec);
    file.write(entry.toUtf8());
    if (!file.commit()) {
        *error = QCoreApplication::translate("ConsoleSettings", "Cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

bool launchesAtLogin()
{
    return QFile::exists(autostartPath());
}

} // namespace uptrack
