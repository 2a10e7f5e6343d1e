// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crontab/crontab.h"

#include <QDialog>
#include <QSet>
#include <QTimer>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace uptrack {

class ConsoleCore;

/// Monitor → Import crontab…: paste a crontab (or open one), tick the jobs to watch,
/// adjust each one's name, grace and channel, create the monitors, and copy the crontab
/// rewritten with each job wrapped in uptrack-run.
class ImportCrontabDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportCrontabDialog(ConsoleCore &core, QWidget *parent = nullptr);

    QPlainTextEdit *input() const { return m_input; }
    QTableWidget *table() const { return m_table; }
    QPlainTextEdit *output() const { return m_output; }
    QPushButton *createButton() const { return m_create; }

    enum Column {
        WatchColumn,
        NameColumn,
        ScheduleColumn,
        GraceColumn,
        ChannelColumn,
        LineColumn,
        ColumnCount
    };

private:
    void parse();
    void refreshOutput();
    void openFile();
    void createMonitors();
    /// The jobs as the table now says (names edited, unticked ones left out).
    crontab::Crontab edited() const;

    ConsoleCore &m_core;
    QPlainTextEdit *m_input;
    QLineEdit *m_tags;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPlainTextEdit *m_output;
    QPushButton *m_copy;
    QPushButton *m_create;
    QTimer m_parseLater;
    crontab::Crontab m_crontab;
    QSet<QString> m_made; ///< slugs created here (the core's list may not show them yet)
    bool m_filling = false;
};

} // namespace uptrack
