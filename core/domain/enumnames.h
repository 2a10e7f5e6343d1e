// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstddef>
#include <optional>

namespace uptrack {

/// One row of an enum's table of names: the names are what JSON, the command line and
/// the database store, so each enum has exactly one such table.
template<typename E> struct EnumName
{
    E value;
    const char *name;
};

/// The name of `value` in `table` (its first row's name when the value is missing).
template<typename E, std::size_t N> QString enumName(const EnumName<E> (&table)[N], E value)
{
    for (const EnumName<E> &row : table) {
        if (row.value == value)
            return QString::fromLatin1(row.name);
    }
    return QString::fromLatin1(table[0].name);
}

/// The value named `name` in `table`, or nullopt.
template<typename E, std::size_t N>
std::optional<E> enumFromName(const EnumName<E> (&table)[N], QStringView name)
{
    for (const EnumName<E> &row : table) {
        if (name == QLatin1String(row.name))
            return row.value;
    }
    return std::nullopt;
}

} // namespace uptrack
