// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/channel.h"
#include "domain/monitor.h"
#include "domain/monitorspec.h"
#include "domain/problem.h"

#include <QWidget>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;

namespace uptrack {

/// The part of the monitor dialog that says when and whom it alerts: how many misses or
/// failures in a row make it down (heartbeats; a check has its own confirmations), the
/// shortest believable run, the monitors it depends on, and its channels, each with the
/// delay after which it hears of an outage (escalation; empty: at once).
class MonitorPolicyEditor : public QWidget
{
    Q_OBJECT
public:
    /// `existing` unset: a new monitor (the default channels ticked, at once).
    MonitorPolicyEditor(const std::optional<Monitor> &existing, QList<Channel> channels,
                        QWidget *parent = nullptr);

    /// The monitors it may depend on (itself left out), the current parents ticked.
    void setMonitors(const QList<Monitor> &monitors);
    /// Down-after and the minimum run are for heartbeats only.
    void setHeartbeat(bool heartbeat);
    /// Adds what the fields say to `spec`; what is no duration goes into *problems.
    void fill(MonitorSpec *spec, Problems *problems) const;
    void showProblems(const Problems &problems);

    QSpinBox *downAfterBox() const { return m_downAfter; }
    QLineEdit *minRunEdit() const { return m_minRun; }
    QListWidget *dependsOnList() const { return m_dependsOn; }
    QTableWidget *channelTable() const { return m_channels; }

signals:
    void changed();

private:
    std::optional<Monitor> m_existing;
    QList<Channel> m_channelList;
    bool m_heartbeat = true;
    QSpinBox *m_downAfter;
    QLabel *m_downAfterUnit;
    QHBoxLayout *m_downAfterRow;
    QLineEdit *m_minRun;
    QLabel *m_minRunError;
    QListWidget *m_dependsOn;
    QLabel *m_dependsOnNone;
    QTableWidget *m_channels;
    QLabel *m_channelsNone;
    QLabel *m_delayError;
    QFormLayout *m_form;
};

} // namespace uptrack
