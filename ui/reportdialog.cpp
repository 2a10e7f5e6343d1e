// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdialog.h"

#include "remote/apiclient.h"
#include "storage/database.h"
#include "time/clock.h"
#include "time/isotime.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <set>

namespace uptrack {

ReportDialog::ReportDialog(QString databasePath, const Clock &clock, QList<Monitor> monitors,
                           QList<qint64> preselected, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(std::move(databasePath))
    , m_clock(clock)
    , m_monitors(std::move(monitors))
    , m_period(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_zone(new QLabel(this))
    , m_all(new QRadioButton(tr("&All monitors"), this))
    , m_byTag(new QRadioButton(tr("Monitors &tagged"), this))
    , m_chosen(new QRadioButton(tr("&These monitors:"), this))
    , m_tag(new QComboBox(this))
    , m_list(new QListWidget(this))
    , m_format(new QComboBox(this))
    , m_bodies(new QCheckBox(tr("Include &excerpts of the failing jobs' output"), this))
    , m_open(new QCheckBox(tr("&Open the report when it is written"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export incident report"));
    m_period->addItems({tr("This month"), tr("Last month"), tr("Last 7 days"), tr("Custom dates")});
    m_period->setAccessibleName(tr("Period"));
    m_from->setAccessibleName(tr("Start of the period"));
    m_to->setAccessibleName(tr("End of the period (not included)"));
    m_tag->setAccessibleName(tr("Tag"));
    for (QDateTimeEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    m_zone->setText(tr("Times are in %1; the end is not included.")
                            .arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())));
    m_zone->setWordWrap(true);

    std::set<QString> tags;
    for (const Monitor &m : std::as_const(m_monitors)) {
        for (const QString &t : m.tags)
            tags.insert(t);
        auto *item = new QListWidgetItem(m.name, m_list);
        item->setData(Qt::UserRole, m.id);
        item->setCheckState(preselected.contains(m.id) ? Qt::Checked : Qt::Unchecked);
    }
    for (const QString &t : tags)
        m_tag->addItem(t);
    m_byTag->setEnabled(!tags.empty());
    (preselected.isEmpty() ? m_all : m_chosen)->setChecked(true);
    m_list->setMaximumHeight(140);
    m_list->setAccessibleName(tr("Monitors in the report"));

    m_format->addItem(tr("PDF (to send or print)"), QStringLiteral("pdf"));
    m_format->addItem(tr("HTML (a web page)"), QStringLiteral("html"));
    m_format->addItem(tr("CSV (for a spreadsheet)"), QStringLiteral("csv"));
    m_format->addItem(tr("JSON (for scripts)"), QStringLiteral("json"));
    m_format->setAccessibleName(tr("Format"));
    m_open->setChecked(true);
    m_progress->hide();

    auto *periodForm = new QFormLayout;
    periodForm->addRow(tr("&Period:"), m_period);
    auto *range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to);
    periodForm->addRow(tr("Dates:"), range);
    periodForm->addRow(QString(), m_zone);
    auto *who = new QGroupBox(tr("Monitors"), this);
    auto *whoLayout = new QVBoxLayout(who);
    whoLayout->addWidget(m_all);
    auto *tagRow = new QHBoxLayout;
    tagRow->addWidget(m_byTag);
    tagRow->addWidget(m_tag, 1);
    whoLayout->addLayout(tagRow);
    whoLayout->addWidget(m_chosen);
    whoLayout->addWidget(m_list);
    auto *formatForm = new QFormLayout;
    formatForm->addRow(tr("&Format:"), m_format);
    formatForm->addRow(QString(), m_bodies);
    formatForm->addRow(QString(), m_open);

    QPushButton *exportButton = m_buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(periodForm);
    layout->addWidget(who);
    layout->addLayout(formatForm);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_period, &QComboBox::currentIndexChanged, this, &ReportDialog::updatePeriod);
    connect(m_list, &QListWidget::itemChanged, this, [this] { m_chosen->setChecked(true); });
    connect(m_tag, &QComboBox::activated, this, [this] { m_byTag->setChecked(true); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReportDialog::chooseFileAndExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_busy && m_cancel) {
            *m_cancel = true; // the worker stops at the next monitor
            if (m_download)
                m_download->abort(); // a server's answer: stop receiving it
        } else
            reject();
    });
    m_period->setCurrentIndex(LastMonth);
    updatePeriod();
}

ReportDialog::~ReportDialog()
{
    if (m_cancel)
        *m_cancel = true;
    if (m_download) {
        m_download->disconnect(this);
        m_download->abort();
    }
}

void ReportDialog::setPeriod(Period period)
{
    m_period->setCurrentIndex(period);
    updatePeriod();
}

void ReportDialog::setFormat(const QString &format)
{
    m_format->setCurrentIndex(std::max(0, m_format->findData(format)));
}

void ReportDialog::setOpenWhenDone(bool open)
{
    m_open->setChecked(open);
}

void ReportDialog::updatePeriod()
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date();
    const QDate firstOfMonth(today.year(), today.month(), 1);
    QDate from, to;
    switch (m_period->currentIndex()) {
    case ThisMonth:
        from = firstOfMonth;
        to = firstOfMonth.addMonths(1);
        break;
    case LastMonth:
        from = firstOfMonth.addMonths(-1);
        to = firstOfMonth;
        break;
    case Last7Days:
        from = today.addDays(-6);
        to = today.addDays(1);
        break;
    default:
        break;
    }
    const bool custom = m_period->currentIndex() == Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (!custom) {
        m_from->setDateTime(QDateTime(from, QTime(0, 0)));
        m_to->setDateTime(QDateTime(to, QTime(0, 0)));
    }
}

ReportRequest ReportDialog::request() const
{
    ReportRequest r;
    r.fromMs = m_from->dateTime().toMSecsSinceEpoch();
    r.toMs = m_to->dateTime().toMSecsSinceEpoch();
    r.includeBodies = m_bodies->isChecked();
    if (m_byTag->isChecked()) {
        r.tag = m_tag->currentText();
    } else if (m_chosen->isChecked()) {
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->checkState() == Qt::Checked)
                r.monitors.append(
                        QString::number(m_list->item(i)->data(Qt::UserRole).toLongLong()));
        }
    }
    return r;
}

QString ReportDialog::format() const
{
    return m_format->currentData().toString();
}

void ReportDialog::chooseFileAndExport()
{
    const ReportRequest r = request();
    if (r.toMs <= r.fromMs) {
        m_status->setText(tr("The end of the period must come after its start."));
        return;
    }
    if (m_chosen->isChecked() && r.monitors.isEmpty()) {
        m_status->setText(tr("Tick at least one monitor, or choose all monitors."));
        return;
    }
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            + QStringLiteral("/uptrack-report-%1.%2")
                      .arg(m_from->date().toString(QStringLiteral("yyyy-MM-dd")), format());
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the report"), suggested,
                                                      m_format->currentText());
    if (!path.isEmpty())
        exportTo(path);
}

void ReportDialog::exportTo(const QString &path)
{
    m_busy = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Stop"));
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(false);
    }
    m_progress->setRange(0, 0);
    m_progress->show();
    m_status->setText(tr("Reading the history…"));
    if (m_api) {
        exportFromServer(path);
        return;
    }

    QPointer<ReportDialog> self(this);
    const ReportRequest request = this->request();
    const QString format = this->format();
    const QString databasePath = m_databasePath;
    const qint64 now = m_clock.nowMs();
    auto cancel = m_cancel;
    auto post = [self](std::function<void(ReportDialog *)> f) {
        if (QCoreApplication *app = QCoreApplication::instance()) {
            QMetaObject::invokeMethod(app, [self, f] {
                if (self)
                    f(self);
            });
        }
    };
    QThreadPool::globalInstance()->start([=] {
        QString error;
        auto db = Database::open(databasePath, Database::Mode::ReadOnly, &error);
        std::optional<Report> report;
        if (db) {
            report = buildReport(*db, request, now, &error, [&](int done, int total) {
                post([done, total](ReportDialog *d) {
                    d->m_progress->setRange(0, total);
                    d->m_progress->setValue(done);
                });
                return !*cancel;
            });
        }
        if (report) {
            post([](ReportDialog *d) { d->m_status->setText(tr("Writing the file…")); });
            if (!writeReport(*report, format, path, &error))
                report.reset();
        }
        const QString failure = report ? QString() : error;
        post([path, failure](ReportDialog *d) { d->done(path, failure); });
    });
}

void ReportDialog::setServer(remote::ApiClient *api, const QString &name)
{
    m_api = api;
    m_serverName = name;
}

void ReportDialog::exportFromServer(const QString &path)
{
    const ReportRequest r = request();
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("format"), format());
    // The period as this desktop shows it: with its offset, and the zone for the days.
    q.addQueryItem(QStringLiteral("from"), isoInZone(r.fromMs, r.zone));
    q.addQueryItem(QStringLiteral("to"), isoInZone(r.toMs, r.zone));
    q.addQueryItem(QStringLiteral("tz"), QString::fromLatin1(r.zone.id()));
    if (!r.tag.isEmpty())
        q.addQueryItem(QStringLiteral("tag"), r.tag);
    for (const QString &m : r.monitors)
        q.addQueryItem(QStringLiteral("monitor"), m);
    if (r.includeBodies)
        q.addQueryItem(QStringLiteral("include_bodies"), QStringLiteral("1"));
    m_status->setText(tr("Building the report on %1…").arg(m_serverName));
    auto verdict = std::make_shared<remote::Answer>();
    constexpr int kQuietMs = 5 * 60'000; // a year of a thousand monitors takes a while
    QNetworkReply *reply = m_api->open(
            "GET", QStringLiteral("/api/uptrack/v1/report?") + q.toString(QUrl::FullyEncoded), {},
            kQuietMs, {}, verdict);
    m_download = reply;
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 got, qint64 total) {
        m_status->setText(tr("Receiving the report from %1…").arg(m_serverName));
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(got * 1000 / total));
        }
    });
    const QString origin = remote::originOf(m_api->server());
    connect(reply, &QNetworkReply::finished, this, [this, reply, verdict, path, origin] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::OperationCanceledError && m_cancel && *m_cancel) {
            done(path, tr("stopped"));
            return;
        }
        if (status == 0) {
            done(path, remote::ApiClient::describe(reply, *verdict, origin, kQuietMs).error);
            return;
        }
        const QByteArray body = reply->readAll();
        if (status != 200) {
            const QString said = QJsonDocument::fromJson(body)
                                         .object()
                                         .value(QLatin1String("error"))
                                         .toString();
            done(path, tr("%1 answered %2: %3").arg(m_serverName).arg(status).arg(said));
            return;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size() || !file.commit()) {
            done(path, tr("cannot write %1: %2").arg(path, file.errorString()));
            return;
        }
        done(path, QString());
    });
}

void ReportDialog::done(const QString &path, const QString &error)
{
    m_busy = false;
    m_progress->hide();
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(true);
    }
    if (!error.isEmpty()) {
        m_status->setText(tr("The report was not written: %1").arg(error));
        emit finished(path, error);
        return;
    }
    m_written = path;
    m_status->setText(tr("Wrote %1.").arg(path));
    emit finished(path, QString());
    if (m_open->isChecked())
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace uptrack
