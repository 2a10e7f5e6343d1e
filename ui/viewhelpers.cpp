// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewhelpers.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QScreen>
#include <QTableView>
#include <QVBoxLayout>

namespace uptrack {

void setUpListTable(QTableView *view, const QString &accessibleName, int rowHeight)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(rowHeight);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAccessibleName(accessibleName);
}

QWidget *paneWithBar(QWidget *parent, QLayout *bar, QWidget *content)
{
    auto *pane = new QWidget(parent);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(content);
    return pane;
}

void fitColumnsToHeaders(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    const int count = header->count();
    for (int i = 0; i < count; ++i) {
        if (header->isSectionHidden(i) || (header->stretchLastSection() && i == count - 1))
            continue;
        header->resizeSection(i, std::max(header->sectionSize(i), header->sectionSizeHint(i)));
    }
}

int widthForTexts(const QFont &font, const QStringList &texts, int extra, int least)
{
    const QFontMetrics metrics(font);
    int width = least;
    for (const QString &text : texts)
        width = std::max(width, metrics.horizontalAdvance(text) + extra);
    return width;
}

void resizeWithinScreen(QWidget *window, QSize preferred)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        window->resize(preferred);
        return;
    }
    // Room for the window frame and a panel.
    const QSize room = screen->availableGeometry().size() - QSize(40, 70);
    window->resize(preferred.boundedTo(room).expandedTo(window->minimumSize()));
}

bool confirmDiscard(QWidget *form)
{
    return QMessageBox::question(form,
                                 QCoreApplication::translate("uptrack::Form", "Discard changes"),
                                 QCoreApplication::translate("uptrack::Form",
                                                             "Close the form and lose what you "
                                                             "typed?"),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Discard;
}

QWidget *formRow(QWidget *parent, std::initializer_list<QWidget *> widgets)
{
    auto *w = new QWidget(parent);
    auto *l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    for (QWidget *x : widgets)
        l->addWidget(x, x == *widgets.begin() ? 1 : 0);
    return w;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

QLabel *fieldErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    return label;
}

void showFieldError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace uptrack
