// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/monitor.h"
#include "reports/report.h"

#include <QDialog>
#include <QNetworkReply>
#include <QPointer>

#include <atomic>
#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QRadioButton;

namespace uptrack {

class Clock;
namespace remote {
class ApiClient;
}

/// File → Export report: the period (this month, last month, last 7 days or custom
/// dates with times, in the shown zone), the monitors (all, a tag, or chosen ones),
/// the format; then the report is built and written on a pool thread with a progress
/// bar and a Cancel button, and opened when done.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    enum Period { ThisMonth, LastMonth, Last7Days, Custom };

    ReportDialog(QString databasePath, const Clock &clock, QList<Monitor> monitors,
                 QList<qint64> preselected, QWidget *parent = nullptr);
    ~ReportDialog() override;
    /// Builds the report on a core elsewhere (GET /api/uptrack/v1/report) and saves it
    /// here, instead of reading this computer's database.
    void setServer(remote::ApiClient *api, const QString &name);

    /// What Export would ask for now.
    ReportRequest request() const;
    QString format() const;
    /// Builds and writes to `path` (Export asks for it with a file dialog).
    void exportTo(const QString &path);
    QString writtenPath() const { return m_written; }
    bool isBusy() const { return m_busy; }

    void setPeriod(Period period);
    void setFormat(const QString &format);
    void setOpenWhenDone(bool open);

signals:
    /// The file is written ("" error) or failed.
    void finished(const QString &path, const QString &error);

private:
    void updatePeriod();
    void chooseFileAndExport();
    void done(const QString &path, const QString &error);
    void exportFromServer(const QString &path);

    QString m_databasePath;
    remote::ApiClient *m_api = nullptr;
    QString m_serverName;
    QPointer<QNetworkReply> m_download;
    const Clock &m_clock;
    QList<Monitor> m_monitors;
    QComboBox *m_period;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QLabel *m_zone;
    QRadioButton *m_all;
    QRadioButton *m_byTag;
    QRadioButton *m_chosen;
    QComboBox *m_tag;
    QListWidget *m_list;
    QComboBox *m_format;
    QCheckBox *m_bodies;
    QCheckBox *m_open;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_busy = false;
    QString m_written;
};

} // namespace uptrack
