// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitorchannelsdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace uptrack {

MonitorChannelsDialog::MonitorChannelsDialog(const Monitor &monitor, const QList<Channel> &channels,
                                             QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this))
{
    setWindowTitle(tr("Channels for %1").arg(monitor.name));
    for (const Channel &c : channels) {
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(c.name, c.kind), m_list);
        item->setData(Qt::UserRole, c.name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(monitor.channelIds.contains(c.id) ? Qt::Checked : Qt::Unchecked);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(channels.isEmpty()
                                         ? tr("There are no channels yet: add one in Alerts → "
                                              "Channels.")
                                         : tr("Alerts about \"%1\" go to:").arg(monitor.name),
                                 this));
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QStringList MonitorChannelsDialog::chosen() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            out << m_list->item(i)->data(Qt::UserRole).toString();
    }
    return out;
}

} // namespace uptrack
