// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/monitor.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace uptrack {

/// Sorts the monitor table and keeps the rows that match a status, a tag and a
/// search text (all three at once; an unset one matches everything).
class MonitorFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit MonitorFilterProxy(QObject *parent = nullptr);

    void setStatus(std::optional<Status> status);
    void setTag(const QString &tag);
    /// Matches names, slugs and tags, case-insensitively.
    void setText(const QString &text);
    std::optional<Status> status() const { return m_status; }
    QString tag() const { return m_tag; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<Status> m_status;
    QString m_tag;
    QString m_text;
};

} // namespace uptrack
