// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metarepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QSqlQuery>
#include <QVariant>

namespace uptrack {

using namespace sqlvalue;

QString MetaRepository::value(const QString &key, const QString &fallback)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(text(key));
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

bool MetaRepository::setValue(const QString &key, const QString &value)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(text(key));
    q.addBindValue(text(value));
    if (q.exec())
        return true;
    m_lastError = q.lastError();
    return false;
}

} // namespace uptrack
