// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/monitor.h"

#include <QListWidget>

#include <array>
#include <optional>

namespace uptrack {

/// The filter list beside the table: all monitors, then each state, with counts.
class StatusSidebar : public QListWidget
{
    Q_OBJECT
public:
    static constexpr int kStatuses = 7; ///< every Status

    explicit StatusSidebar(QWidget *parent = nullptr);

    /// Counts per Status (indexed by int(Status)).
    void setCounts(const std::array<int, kStatuses> &counts);
    std::optional<Status> current() const;
    void select(std::optional<Status> status);

signals:
    void statusChosen(std::optional<uptrack::Status> status);
};

} // namespace uptrack
