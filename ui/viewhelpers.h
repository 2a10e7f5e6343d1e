// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

#include <initializer_list>

class QFont;
class QLabel;
class QLayout;
class QTableView;
class QWidget;

namespace uptrack {

/// The look every list-like table in the console shares: whole rows selected,
/// alternating colours, no grid, no row numbers, the last column stretched.
void setUpListTable(QTableView *view, const QString &accessibleName, int rowHeight = 22);

/// Widens any column narrower than its header's text (German and French headers are
/// longer than the English widths a view starts from). Call after setting the widths.
void fitColumnsToHeaders(QTableView *view);
/// A column width that shows each of `texts` whole in `font`, plus `extra` (icon,
/// margins); at least `least`.
int widthForTexts(const QFont &font, const QStringList &texts, int extra, int least);

/// Resizes a window to `preferred`, but never larger than the screen it opens on leaves
/// room for (small screens, 2x scaling: its buttons stay reachable).
void resizeWithinScreen(QWidget *window, QSize preferred);

/// Asks whether to throw away what was typed in a form (Escape, Cancel); true: discard.
bool confirmDiscard(QWidget *form);

/// A pane: a bar of controls (a layout) above one main widget, without margins.
QWidget *paneWithBar(QWidget *parent, QLayout *bar, QWidget *content);

/// One row of a form made of several widgets side by side; the first one stretches.
QWidget *formRow(QWidget *parent, std::initializer_list<QWidget *> widgets);
/// A label whose shortcut focuses `buddy` (a row container cannot take focus).
QLabel *buddyLabel(const QString &text, QWidget *buddy);

/// The label a form shows under a field when something is wrong with it: red, wrapped,
/// hidden until it has a text.
QLabel *fieldErrorLabel(QWidget *parent);
/// Shows `text` in an error label (hides it when "").
void showFieldError(QLabel *label, const QString &text);

} // namespace uptrack
