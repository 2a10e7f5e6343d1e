// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLayout;
class QTableView;
class QWidget;

namespace uptrack {

/// The look every list-like table in the console shares: whole rows selected,
/// alternating colours, no grid, no row numbers, the last column stretched.
void setUpListTable(QTableView *view, const QString &accessibleName, int rowHeight = 22);

/// A pane: a bar of controls (a layout) above one main widget, without margins.
QWidget *paneWithBar(QWidget *parent, QLayout *bar, QWidget *content);

} // namespace uptrack
