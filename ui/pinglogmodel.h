// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ping.h"

#include <QAbstractTableModel>

namespace uptrack {

class Clock;

/// A monitor's pings in a range, newest first, with a one-line body preview.
class PingLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        KindColumn,
        ExitColumn,
        DurationColumn,
        SourceColumn,
        MethodColumn,
        UserAgentColumn,
        BodyColumn,
        ColumnCount
    };
    enum Role { PingIdRole = Qt::UserRole + 1 };
    static constexpr int kPreviewBytes = 200;

    explicit PingLogModel(const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Oldest first, as the repository returns them; shown newest first.
    void setPings(const QList<Ping> &pings);
    const Ping *pingAt(int row) const;
    int rowOfPing(qint64 pingId) const;

private:
    const Clock &m_clock;
    QList<Ping> m_pings; ///< newest first
};

} // namespace uptrack
