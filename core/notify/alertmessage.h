// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/alert.h"
#include "time/humanduration.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace uptrack {

/// The words of an alert, for every channel to lay out its own way.
struct AlertMessage
{
    AlertKind kind = AlertKind::Down;
    QString title;                         ///< "nightly-billing is DOWN"
    QString summary;                       ///< one sentence: why, and since when
    QList<QPair<QString, QString>> fields; ///< key facts, in order
    QString eventId;
    qint64 timeMs = 0;
    QString colorHex; ///< "#d13438"

    static AlertMessage from(const Alert &alert);
    /// The value of a template placeholder such as "name" or "downtime" ("" if unknown).
    static QString placeholder(const Alert &alert, const QString &name);
    /// Every placeholder name, for documentation and validation.
    static QStringList placeholders();
};

} // namespace uptrack
