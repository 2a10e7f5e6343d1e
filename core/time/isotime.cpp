// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "isotime.h"

#include <QDateTime>

namespace uptrack {

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonValue isoOrNull(qint64 ms)
{
    return ms < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(isoUtc(ms));
}

QString isoInZone(qint64 ms, const QTimeZone &zone)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, zone);
    const int offset = t.offsetFromUtc();
    const int abs = std::abs(offset);
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
            + QStringLiteral("%1%2:%3")
                      .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                      .arg(abs / 3600, 2, 10, QLatin1Char('0'))
                      .arg(abs % 3600 / 60, 2, 10, QLatin1Char('0'));
}

std::optional<qint64> parseIso(const QString &text, const QTimeZone &zone)
{
    const QString t = text.trimmed();
    QDateTime parsed = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(t, Qt::ISODate);
    if (!parsed.isValid()) {
        const QDate day = QDate::fromString(t, Qt::ISODate);
        if (!day.isValid())
            return std::nullopt;
        parsed = QDateTime(day, QTime(0, 0));
    }
    // No offset given: the time is in the zone.
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed = QDateTime(parsed.date(), parsed.time(), zone);
    return parsed.toMSecsSinceEpoch();
}

} // namespace uptrack
