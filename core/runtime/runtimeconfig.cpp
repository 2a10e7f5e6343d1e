// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runtimeconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostInfo>
#include <QNetworkInterface>
#include <QStandardPaths>

namespace uptrack {

QString defaultDatabasePath()
{
    // GenericDataLocation is $XDG_DATA_HOME (~/.local/share) whatever the app name.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("uptrack/uptrack.db"));
}

bool parseListenAddress(const QString &text, QHostAddress *address, quint16 *port, QString *error)
{
    QString host;
    QString portText = text.trimmed();
    if (portText.startsWith(QLatin1Char('['))) {
        const int close = portText.indexOf(QLatin1Char(']'));
        if (close < 0 || portText.mid(close + 1, 1) != QLatin1String(":")) {
            *error = QCoreApplication::translate("Config", "\"%1\" is not ADDR:PORT").arg(text);
            return false;
        }
        host = portText.mid(1, close - 1);
        portText = portText.mid(close + 2);
    } else if (const int colon = portText.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        host = portText.left(colon);
        portText = portText.mid(colon + 1);
    }
    bool ok = false;
    const uint p = portText.toUInt(&ok);
    if (!ok || p > 65535) {
        *error = QCoreApplication::translate("Config", "\"%1\" is not a port (0-65535)")
                         .arg(portText);
        return false;
    }
    QHostAddress a = QHostAddress::Any;
    if (!host.isEmpty() && host != QLatin1String("*")) {
        if (host == QLatin1String("localhost"))
            a = QHostAddress::LocalHost;
        else if (!a.setAddress(host)) {
            *error = QCoreApplication::translate("Config",
                                                 "\"%1\" is not an IP address (use e.g. 0.0.0.0, "
                                                 "127.0.0.1 or [::1])")
                             .arg(host);
            return false;
        }
    }
    *address = a;
    *port = quint16(p);
    return true;
}

QString pingBaseUrl(const QString &configured, const QHostAddress &address, quint16 port)
{
    if (!configured.isEmpty())
        return configured.endsWith(QLatin1Char('/')) ? configured.chopped(1) : configured;
    QString host;
    const bool wildcard = address == QHostAddress::Any || address == QHostAddress::AnyIPv4
            || address == QHostAddress::AnyIPv6;
    if (!wildcard) {
        host = address.protocol() == QAbstractSocket::IPv6Protocol
                ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                : address.toString();
    } else {
        // Jobs on the LAN reach us by a LAN address; pick the first one that is up.
        for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces()) {
            const auto flags = iface.flags();
            if (!(flags & QNetworkInterface::IsUp) || !(flags & QNetworkInterface::IsRunning)
                || (flags & QNetworkInterface::IsLoopBack))
                continue;
            for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
                if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol) {
                    host = entry.ip().toString();
                    break;
                }
            }
            if (!host.isEmpty())
                break;
        }
        if (host.isEmpty())
            host = QStringLiteral("127.0.0.1");
    }
    return QStringLiteral("http://%1:%2").arg(host).arg(port);
}

} // namespace uptrack
