// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/channel.h"
#include "domain/monitor.h"

#include <QDialog>

class QListWidget;

namespace uptrack {

/// Which channels hear about one monitor (a checklist).
class MonitorChannelsDialog : public QDialog
{
    Q_OBJECT
public:
    MonitorChannelsDialog(const Monitor &monitor, const QList<Channel> &channels,
                          QWidget *parent = nullptr);
    /// The names checked.
    QStringList chosen() const;

private:
    QListWidget *m_list;
};

} // namespace uptrack
