// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertmessage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace uptrack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Alert)
};

QString local(const QJsonValue &iso)
{
    if (!iso.isString())
        return Tr::tr("never");
    const QDateTime t = QDateTime::fromString(iso.toString(), Qt::ISODateWithMs).toLocalTime();
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
}
} // namespace

AlertMessage AlertMessage::from(const Alert &alert)
{
    const QJsonObject &f = alert.facts;
    const QString name = f.value(QLatin1String("monitor")).toString();
    AlertMessage m;
    m.kind = alert.kind;
    m.eventId = alert.eventId;
    m.timeMs = alert.createdMs;
    const QString downtime
            = humanDuration(qint64(f.value(QLatin1String("downtime_ms")).toDouble(-1)));
    if (alert.kind == AlertKind::Down) {
        m.title = Tr::tr("%1 is DOWN").arg(name);
        m.summary = Tr::tr("%1: %2. Last good ping: %3.")
                            .arg(name, f.value(QLatin1String("reason_text")).toString(),
                                 local(f.value(QLatin1String("last_success"))));
        m.colorHex = QStringLiteral("#d13438");
        m.fields.append({Tr::tr("Reason"), f.value(QLatin1String("reason_text")).toString()});
        m.fields.append({Tr::tr("Last good ping"), local(f.value(QLatin1String("last_success")))});
        if (f.contains(QLatin1String("exit_status")))
            m.fields.append({Tr::tr("Exit status"),
                             QString::number(f.value(QLatin1String("exit_status")).toInt())});
        if (f.contains(QLatin1String("body_excerpt")))
            m.fields.append({Tr::tr("Output"),
                             f.value(QLatin1String("body_excerpt")).toString().left(500)});
        // Escalated: the channel hears of it once it lasted its delay.
        if (f.contains(QLatin1String("escalated_after_ms"))) {
            m.title = Tr::tr("%1 is still DOWN after %2").arg(name, downtime);
            m.fields.append({Tr::tr("Down for"), downtime});
        }
        // A parent (a router, a NAS): its dependents are down with it and say nothing.
        const QString dependents = placeholder(alert, QStringLiteral("dependents"));
        if (const int n = int(f.value(QLatin1String("dependents")).toArray().size()); n > 0) {
            const QString shown
                    = dependents.size() > 200 ? dependents.left(200) + QChar(0x2026) : dependents;
            m.title = Tr::tr("%1 is DOWN — and %n dependent monitor(s): %2", nullptr, n)
                              .arg(name, shown);
            m.summary += QLatin1Char(' ')
                    + Tr::tr("Depending on it, and not alerting on their own: %1.").arg(dependents);
            m.fields.append({Tr::tr("Dependent monitors"), dependents});
        }
    } else if (alert.kind == AlertKind::Up) {
        m.title = Tr::tr("%1 is back UP").arg(name);
        m.summary = Tr::tr("%1 recovered after %2 down.").arg(name, downtime);
        m.colorHex = QStringLiteral("#2ea043");
        m.fields.append({Tr::tr("Downtime"), downtime});
        m.fields.append({Tr::tr("Down since"), local(f.value(QLatin1String("down_since")))});
        if (f.contains(QLatin1String("acknowledged_by")))
            m.fields.append({Tr::tr("Acknowledged by"),
                             f.value(QLatin1String("acknowledged_by")).toString()});
    } else if (alert.kind == AlertKind::Reminder) {
        m.title = Tr::tr("%1 is still DOWN").arg(name);
        m.summary = Tr::tr("%1 has been down for %2.").arg(name, downtime);
        m.colorHex = QStringLiteral("#d13438");
        m.fields.append({Tr::tr("Down for"), downtime});
        m.fields.append({Tr::tr("Last good ping"), local(f.value(QLatin1String("last_success")))});
    } else if (alert.kind == AlertKind::Slow) {
        const QString took
                = humanDuration(qint64(f.value(QLatin1String("duration_ms")).toDouble()));
        const QString limit
                = humanDuration(qint64(f.value(QLatin1String("slow_run_ms")).toDouble()));
        m.title = Tr::tr("%1 ran slow").arg(name);
        m.summary = Tr::tr("%1 finished, but took %2 (more than %3).").arg(name, took, limit);
        m.colorHex = QStringLiteral("#e09b12");
        m.fields.append({Tr::tr("Took"), took});
        m.fields.append({Tr::tr("Slow after"), limit});
    } else if (alert.kind == AlertKind::Cert) {
        const QString in
                = humanDuration(qint64(f.value(QLatin1String("cert_expires_in_ms")).toDouble()));
        m.title = Tr::tr("%1: certificate expires in %2").arg(name, in);
        m.summary = Tr::tr("The TLS certificate of %1 expires %2 (in %3). Renew it before "
                           "browsers and clients refuse it.")
                            .arg(f.value(QLatin1String("url")).toString(),
                                 local(f.value(QLatin1String("cert_expires"))), in);
        m.colorHex = QStringLiteral("#e09b12");
        m.fields.append({Tr::tr("Expires"), local(f.value(QLatin1String("cert_expires")))});
    } else if (alert.kind == AlertKind::MaintenanceStart) {
        const QString window = f.value(QLatin1String("maintenance")).toString();
        m.title = Tr::tr("%1: maintenance began").arg(name);
        m.summary = Tr::tr("%1 is in the maintenance window \"%2\" until %3: its misses and "
                           "failures do not alert meanwhile.")
                            .arg(name, window, local(f.value(QLatin1String("until"))));
        m.colorHex = QStringLiteral("#6e7781");
        m.fields.append({Tr::tr("Window"), window});
        m.fields.append({Tr::tr("Until"), local(f.value(QLatin1String("until")))});
    } else if (alert.kind == AlertKind::MaintenanceEnd) {
        const QString window = f.value(QLatin1String("maintenance")).toString();
        m.title = Tr::tr("%1: maintenance ended").arg(name);
        m.summary = Tr::tr("The maintenance window \"%1\" of %2 ended: it is watched again.")
                            .arg(window, name);
        m.colorHex = QStringLiteral("#6e7781");
        m.fields.append({Tr::tr("Window"), window});
    } else if (alert.kind == AlertKind::MuteSummary) {
        const int down = f.value(QLatin1String("down")).toInt();
        const int up = f.value(QLatin1String("up")).toInt();
        const int other = f.value(QLatin1String("other")).toInt();
        QStringList stillDown;
        for (const QJsonValue &n : f.value(QLatin1String("still_down")).toArray())
            stillDown << n.toString();
        QString what = Tr::tr("%n down", nullptr, down) + QStringLiteral(", ")
                + Tr::tr("%n recovered", nullptr, up);
        if (other > 0)
            what += QStringLiteral(", ") + Tr::tr("%n other", nullptr, other);
        m.title = Tr::tr("While muted: %1").arg(what);
        m.summary = stillDown.isEmpty()
                ? Tr::tr("While muted (since %1): %2; nothing is down now.")
                          .arg(local(f.value(QLatin1String("muted_since"))), what)
                : Tr::tr("While muted (since %1): %2; still down: %3.")
                          .arg(local(f.value(QLatin1String("muted_since"))), what,
                               stillDown.join(QStringLiteral(", ")));
        m.colorHex = stillDown.isEmpty() ? QStringLiteral("#6e7781") : QStringLiteral("#d13438");
        m.fields.append({Tr::tr("Muted since"), local(f.value(QLatin1String("muted_since")))});
        if (!stillDown.isEmpty())
            m.fields.append({Tr::tr("Still down"), stillDown.join(QStringLiteral(", "))});
    } else {
        m.title = Tr::tr("Uptrack test message");
        m.summary = Tr::tr("This is a test of the channel \"%1\". If you read this, alerts will "
                           "reach you here.")
                            .arg(f.value(QLatin1String("channel")).toString());
        m.colorHex = QStringLiteral("#2f7dd1");
    }
    m.fields.append({Tr::tr("When"), local(f.value(QLatin1String("time")))});
    return m;
}

QStringList AlertMessage::placeholders()
{
    return {QStringLiteral("event_id"),     QStringLiteral("kind"),
            QStringLiteral("name"),         QStringLiteral("slug"),
            QStringLiteral("status"),       QStringLiteral("reason"),
            QStringLiteral("reason_code"),  QStringLiteral("last_ping"),
            QStringLiteral("last_success"), QStringLiteral("downtime"),
            QStringLiteral("downtime_s"),   QStringLiteral("down_since"),
            QStringLiteral("exit_status"),  QStringLiteral("body_excerpt"),
            QStringLiteral("time"),         QStringLiteral("tags"),
            QStringLiteral("title"),        QStringLiteral("summary"),
            QStringLiteral("dependents"),   QStringLiteral("dependents_json")};
}

QString AlertMessage::placeholder(const Alert &alert, const QString &name)
{
    const QJsonObject &f = alert.facts;
    auto str = [&](const char *key) { return f.value(QLatin1String(key)).toString(); };
    const qint64 downtime = qint64(f.value(QLatin1String("downtime_ms")).toDouble(-1));
    if (name == QLatin1String("event_id"))
        return alert.eventId;
    if (name == QLatin1String("kind"))
        return alertKindName(alert.kind);
    if (name == QLatin1String("name"))
        return str("monitor");
    if (name == QLatin1String("slug"))
        return str("slug");
    if (name == QLatin1String("status"))
        return str("status");
    if (name == QLatin1String("reason"))
        return str("reason_text");
    if (name == QLatin1String("reason_code"))
        return str("reason");
    if (name == QLatin1String("last_ping"))
        return str("last_ping");
    if (name == QLatin1String("last_success"))
        return str("last_success");
    if (name == QLatin1String("downtime"))
        return humanDuration(downtime);
    if (name == QLatin1String("downtime_s"))
        return downtime < 0 ? QString() : QString::number(downtime / 1000);
    if (name == QLatin1String("down_since"))
        return str("down_since");
    if (name == QLatin1String("exit_status"))
        return f.contains(QLatin1String("exit_status"))
                ? QString::number(f.value(QLatin1String("exit_status")).toInt())
                : QString();
    if (name == QLatin1String("body_excerpt"))
        return str("body_excerpt");
    if (name == QLatin1String("time"))
        return str("time");
    if (name == QLatin1String("tags")) {
        QStringList tags;
        for (const QJsonValue &t : f.value(QLatin1String("tags")).toArray())
            tags << t.toString();
        return tags.join(QLatin1Char(' '));
    }
    if (name == QLatin1String("dependents") || name == QLatin1String("dependents_json")) {
        const QJsonArray names = f.value(QLatin1String("dependents")).toArray();
        if (name == QLatin1String("dependents_json"))
            return QString::fromUtf8(QJsonDocument(names).toJson(QJsonDocument::Compact));
        QStringList list;
        for (const QJsonValue &n : names)
            list << n.toString();
        return list.join(QStringLiteral(", "));
    }
    if (name == QLatin1String("title"))
        return from(alert).title;
    if (name == QLatin1String("summary"))
        return from(alert).summary;
    return QString();
}

} // namespace uptrack
