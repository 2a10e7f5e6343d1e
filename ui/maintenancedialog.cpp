// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "maintenancedialog.h"

#include "consolecore.h"
#include "maintenanceeditor.h"
#include "maintenancestrip.h"
#include "schedule/duration.h"
#include "time/clock.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace uptrack {

namespace {
QString dayAndTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms),
                              QStringLiteral("ddd d MMM HH:mm"));
}
QString timeOnly(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).time(), QStringLiteral("HH:mm"));
}
/// "Sun 13 Dec 03:00 – 05:00", with the end's day when it is another.
QString spanText(qint64 fromMs, qint64 toMs)
{
    const bool sameDay = QDateTime::fromMSecsSinceEpoch(fromMs).date()
            == QDateTime::fromMSecsSinceEpoch(toMs).date();
    return MaintenanceDialog::tr("%1 – %2").arg(dayAndTime(fromMs),
                                                sameDay ? timeOnly(toMs) : dayAndTime(toMs));
}
} // namespace

MaintenanceDialog::MaintenanceDialog(ConsoleCore &core, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_core(core)
    , m_clock(clock)
    , m_strip(new MaintenanceStrip(this))
    , m_list(new QTreeWidget(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Maintenance windows"));
    auto *intro = new QLabel(tr("Planned time in which monitors are expected to miss or fail: "
                                "they do not alert and their checks do not run. Reports show "
                                "that time apart."),
                             this);
    intro->setWordWrap(true);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Name"), tr("Covers"), tr("When"), tr("Next"), tr("Alerts")});
    m_list->setAccessibleName(tr("Maintenance windows"));
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setMinimumHeight(150);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    m_add->setShortcut(QKeySequence::New);
    m_add->setToolTip(
            tr("A new maintenance window (%1)")
                    .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_add);
    row->addWidget(m_edit);
    row->addWidget(m_remove);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_strip);
    layout->addWidget(m_list, 1);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &MaintenanceDialog::add);
    connect(m_edit, &QPushButton::clicked, this, &MaintenanceDialog::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &MaintenanceDialog::removeSelected);
    connect(m_list, &QTreeWidget::itemActivated, this, &MaintenanceDialog::editSelected);
    auto *del = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &MaintenanceDialog::removeSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        const qint64 id = selectedId();
        m_edit->setEnabled(id > 0);
        m_remove->setEnabled(id > 0);
        m_strip->setSelected(id);
    });
    connect(m_strip, &MaintenanceStrip::windowClicked, this, &MaintenanceDialog::select);
    connect(&core, &ConsoleCore::maintenanceChanged, this, &MaintenanceDialog::reload);
    connect(&core, &ConsoleCore::monitorsChanged, this, &MaintenanceDialog::reload);
    reload();
    m_edit->setEnabled(false);
    m_remove->setEnabled(false);
    resize(std::max(900, sizeHint().width()), 520);
}

QString MaintenanceDialog::coverText(const MaintenanceWindow &w, const QList<Monitor> &monitors)
{
    if (w.all)
        return tr("every monitor");
    QStringList parts;
    for (qint64 id : w.monitorIds) {
        const auto it = std::find_if(monitors.cbegin(), monitors.cend(),
                                     [id](const Monitor &m) { return m.id == id; });
        parts.append(it == monitors.cend() ? tr("(removed monitor)") : it->name);
    }
    for (const QString &tag : w.tags)
        parts.append(tr("tag:%1").arg(tag));
    return parts.join(QStringLiteral(", "));
}

QString MaintenanceDialog::whenText(const MaintenanceWindow &w)
{
    if (!w.isRecurring())
        return spanText(w.fromMs, w.toMs);
    const QString zone = w.timeZone.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(w.timeZone);
    return tr("%1 for %2%3").arg(w.cron, formatDuration(w.durationMs), zone);
}

QString MaintenanceDialog::nextText(const MaintenanceWindow &w) const
{
    const qint64 now = m_clock.nowMs();
    if (const auto span = w.spanAt(now))
        return tr("now, until %1").arg(dayAndTime(span->endMs));
    const qint64 next = w.nextChange(now);
    if (next < 0)
        return tr("never again");
    return dayAndTime(next);
}

void MaintenanceDialog::reload()
{
    const std::optional<QList<MaintenanceWindow>> windows = m_core.maintenanceWindows();
    const qint64 keep = selectedId();
    m_windows = windows.value_or(QList<MaintenanceWindow>());
    std::sort(
            m_windows.begin(), m_windows.end(),
            [](const MaintenanceWindow &a, const MaintenanceWindow &b) { return a.name < b.name; });
    m_strip->setWindows(m_windows, m_clock.nowMs());
    m_list->clear();
    // One snapshot for every row: each one waits on the core thread.
    const QList<Monitor> monitors = m_core.snapshot();
    for (const MaintenanceWindow &w : std::as_const(m_windows)) {
        auto *item = new QTreeWidgetItem(m_list,
                                         {w.name, coverText(w, monitors), whenText(w), nextText(w),
                                          w.notify ? tr("on entering and leaving") : tr("none")});
        item->setData(0, Qt::UserRole, w.id);
        item->setToolTip(1, item->text(1));
    }
    for (int c = 1; c < m_list->columnCount(); ++c)
        m_list->resizeColumnToContents(c);
    const bool available = windows.has_value();
    m_add->setEnabled(available);
    if (!available) {
        m_error->setText(tr("The management API of %1 does not offer maintenance windows yet: "
                            "use \"uptrack maintenance\" on that machine.")
                                 .arg(m_core.name()));
        m_error->show();
    }
    select(keep);
}

qint64 MaintenanceDialog::selectedId() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    return selected.isEmpty() ? 0 : selected.first()->data(0, Qt::UserRole).toLongLong();
}

void MaintenanceDialog::select(qint64 id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toLongLong() == id) {
            m_list->setCurrentItem(item);
            return;
        }
    }
}

void MaintenanceDialog::open(const MaintenanceWindow &w)
{
    auto *editor = new MaintenanceEditor(m_core, w, m_clock.nowMs(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<MaintenanceDialog> self(this);
    connect(editor, &QDialog::accepted, this, [self, editor] {
        if (self)
            self->select(editor->savedId());
    });
    editor->setModal(true);
    editor->show();
    emit editorOpened(editor);
}

void MaintenanceDialog::add()
{
    MaintenanceWindow w;
    // A selected monitor in the main window is not known here: the editor starts empty,
    // from the next minute for an hour.
    open(w);
}

void MaintenanceDialog::editSelected()
{
    const qint64 id = selectedId();
    const auto it = std::find_if(m_windows.cbegin(), m_windows.cend(),
                                 [id](const MaintenanceWindow &w) { return w.id == id; });
    if (it != m_windows.cend())
        open(*it);
}

void MaintenanceDialog::removeSelected()
{
    const qint64 id = selectedId();
    const auto it = std::find_if(m_windows.cbegin(), m_windows.cend(),
                                 [id](const MaintenanceWindow &w) { return w.id == id; });
    if (it == m_windows.cend())
        return;
    const auto answer = QMessageBox::question(
            this, tr("Remove the maintenance window?"),
            tr("Remove \"%1\"? Monitors in it now are expected afresh from now on.").arg(it->name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QPointer<MaintenanceDialog> self(this);
    m_core.command(command::RemoveMaintenance{id}, [self](const command::Reply &r) {
        if (!self || r.ok)
            return;
        self->m_error->setText(r.error);
        self->m_error->show();
    });
}

} // namespace uptrack
