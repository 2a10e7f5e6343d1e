// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace uptrack {

/// What is wrong with one field of a request, for a person: a form shows it next to the
/// field, the command line prints it. `field` is the field's name in the request's JSON
/// ("name", "cron", "check.target"; "" for the request as a whole).
struct Problem
{
    QString field;
    QString message;

    bool operator==(const Problem &other) const
    {
        return field == other.field && message == other.message;
    }
};

using Problems = QList<Problem>;

/// The messages of `problems`, in order.
inline QStringList messagesOf(const Problems &problems)
{
    QStringList out;
    for (const Problem &p : problems)
        out.append(p.message);
    return out;
}

/// The first message about `field`, or "".
inline QString problemOf(const Problems &problems, const QString &field)
{
    for (const Problem &p : problems) {
        if (p.field == field)
            return p.message;
    }
    return QString();
}

} // namespace uptrack
