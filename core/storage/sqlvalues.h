// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>

/// Small conversions between our values and SQL ones, shared by the repositories.
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

} // namespace uptrack::sqlvalue
