// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/monitor.h"
#include "format/jsonformat.h"

#include <QScrollArea>

#include <optional>

class QLabel;
class QVBoxLayout;

namespace uptrack {

/// How to make a job report to a monitor: its ping URLs and ready-to-paste
/// snippets, each with a Copy button.
class SetupPanel : public QScrollArea
{
    Q_OBJECT
public:
    explicit SetupPanel(QWidget *parent = nullptr);

    void setMonitor(const std::optional<Monitor> &monitor, const PingUrls &urls);

signals:
    /// Something was copied (for the status bar).
    void copied(const QString &what);

private:
    QWidget *codeBlock(const QString &title, const QString &code, bool singleLine);

    QWidget *m_content = nullptr;
    std::optional<Monitor> m_shown;
    PingUrls m_urls;
};

} // namespace uptrack
