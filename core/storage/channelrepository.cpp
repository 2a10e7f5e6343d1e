// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelrepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace uptrack {

using namespace sqlvalue;

namespace {
const QString kColumns = QStringLiteral(
        "id, name, kind, config, secret_ref, on_down, on_up, reminder_ms, is_default, created_ms, "
        "uuid");

Channel readChannel(const QSqlQuery &q)
{
    Channel c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.kind = q.value(2).toString();
    c.config = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    c.secretRef = q.value(4).toString();
    c.onDown = q.value(5).toBool();
    c.onUp = q.value(6).toBool();
    c.reminderMs = q.value(7).toLongLong();
    c.isDefault = q.value(8).toBool();
    c.createdMs = q.value(9).toLongLong();
    c.uuid = q.value(10).toString();
    return c;
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

bool ChannelRepository::loadAll(QList<Channel> *out)
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT %1 FROM channels ORDER BY name").arg(kColumns))) {
        m_lastError = q.lastError();
        return false;
    }
    while (q.next())
        out->append(readChannel(q));
    return true;
}

std::optional<Channel> ChannelRepository::find(const QString &ref)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM channels WHERE name = ? OR CAST(id AS TEXT) = ? "
                             "OR uuid = ? ORDER BY name = ? DESC LIMIT 1")
                      .arg(kColumns));
    q.addBindValue(ref);
    q.addBindValue(ref);
    q.addBindValue(ref.toLower());
    q.addBindValue(ref);
    return readOne(q, &m_lastError, readChannel);
}

bool ChannelRepository::insert(Channel *c)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO channels (name, kind, config, secret_ref, on_down, "
                             "on_up, reminder_ms, is_default, created_ms, uuid) "
                             "VALUES (?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(c->name);
    q.addBindValue(c->kind);
    q.addBindValue(json(c->config));
    q.addBindValue(text(c->secretRef));
    q.addBindValue(c->onDown ? 1 : 0);
    q.addBindValue(c->onUp ? 1 : 0);
    q.addBindValue(c->reminderMs);
    q.addBindValue(c->isDefault ? 1 : 0);
    if (c->uuid.isEmpty())
        c->uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    q.addBindValue(c->createdMs);
    q.addBindValue(c->uuid);
    if (!run(q, &m_lastError))
        return false;
    c->id = q.lastInsertId().toLongLong();
    return true;
}

bool ChannelRepository::update(const Channel &c)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE channels SET name = ?, config = ?, secret_ref = ?, "
                             "on_down = ?, on_up = ?, reminder_ms = ?, is_default = ? "
                             "WHERE id = ?"));
    q.addBindValue(c.name);
    q.addBindValue(json(c.config));
    q.addBindValue(text(c.secretRef));
    q.addBindValue(c.onDown ? 1 : 0);
    q.addBindValue(c.onUp ? 1 : 0);
    q.addBindValue(c.reminderMs);
    q.addBindValue(c.isDefault ? 1 : 0);
    q.addBindValue(c.id);
    if (!run(q, &m_lastError))
        return false;
    return true;
}

bool ChannelRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM channels WHERE id = ?"));
    q.addBindValue(id);
    if (!run(q, &m_lastError))
        return false;
    return true;
}

} // namespace uptrack
