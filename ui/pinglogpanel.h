// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ping.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace uptrack {

class Clock;
class HistorySource;
class PingLogModel;

/// The ping log of one monitor over the timeline's range, with the selected ping's
/// whole body in a monospace viewer.
class PingLogPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxRows = 5000;

    PingLogPanel(HistorySource &history, const Clock &clock, QWidget *parent = nullptr);

    /// The rows change when the history answers.
    void load(qint64 monitorId, qint64 fromMs, qint64 toMs);
    /// Selects a ping (loading the rows around it when it is not shown).
    void selectPing(qint64 pingId);
    PingLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPlainTextEdit *bodyViewer() const { return m_body; }
    QSplitter *splitter() const { return m_splitter; }

private:
    void showBody();
    void showRows(QList<Ping> pings, qint64 selected);

    HistorySource &m_history;
    quint64 m_generation = 0;     ///< answers to an older load are dropped
    quint64 m_bodyGeneration = 0; ///< and to an older selection
    PingLogModel *m_model;
    QTableView *m_table;
    QPlainTextEdit *m_body;
    QLabel *m_bodyTitle;
    QPushButton *m_copy;
    QSplitter *m_splitter;
    qint64 m_monitorId = 0;
};

} // namespace uptrack
