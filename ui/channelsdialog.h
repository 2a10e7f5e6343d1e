// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace uptrack {

class ConsoleCore;

/// Alerts → Channels: every channel, with Add, Remove and Send test.
class ChannelsDialog : public QDialog
{
    Q_OBJECT
public:
    ChannelsDialog(ConsoleCore &core, QWidget *parent = nullptr);

private:
    void reload();
    void add();
    void editSelected();
    void removeSelected();
    void testSelected();
    QString selectedName() const;
    void setBusy(bool busy);

    ConsoleCore &m_core;
    QListWidget *m_list;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_test;
    QLabel *m_result;
};

} // namespace uptrack
