// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

/// Small conversions between our values and SQL ones, and the run-and-read steps every
/// repository takes.
namespace uptrack::sqlvalue {

/// A null QString binds as SQL NULL; text columns are NOT NULL, so bind "" instead.
inline QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

/// -1 ("none") binds as SQL NULL.
inline QVariant nullable(qint64 v)
{
    return v < 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(v);
}

/// SQL NULL reads as -1 ("none").
inline qint64 orNone(const QVariant &v)
{
    return v.isNull() ? -1 : v.toLongLong();
}

/// Runs a prepared query; on failure its error goes to *error.
inline bool run(QSqlQuery &q, QSqlError *error)
{
    if (q.exec())
        return true;
    *error = q.lastError();
    return false;
}

/// Runs a prepared query and appends read(q) for each row to *out.
template<typename T, typename Read>
bool readAll(QSqlQuery &q, QSqlError *error, QList<T> *out, Read read)
{
    if (!run(q, error))
        return false;
    while (q.next())
        out->append(read(q));
    return true;
}

/// Runs a prepared query and reads its first row, if any.
template<typename Read>
auto readOne(QSqlQuery &q, QSqlError *error, Read read) -> std::optional<decltype(read(q))>
{
    if (!run(q, error) || !q.next())
        return std::nullopt;
    return read(q);
}

} // namespace uptrack::sqlvalue
