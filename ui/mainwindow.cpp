// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "channelsdialog.h"
#include "monitorchannelsdialog.h"
#include "monitortablemodel.h"
#include "runtime/coreruntime.h"
#include "schedule/duration.h"
#include "statusicons.h"
#include "storage/database.h"
#include "storage/runstatistics.h"
#include "trayicon.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>

namespace uptrack {

MainWindow::MainWindow(CoreRuntime &core, const Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_core(core)
    , m_model(new MonitorTableModel(clock, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_banner(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_tray(new TrayIcon(this))
    , m_listening(new QLabel(this))
    , m_counts(new QLabel(this))
{
    setWindowTitle(tr("Uptrack"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(MonitorTableModel::SortRole);
    m_proxy->setFilterKeyColumn(MonitorTableModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MonitorTableModel::StatusColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(26);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setColumnWidth(MonitorTableModel::StatusColumn, 150);
    m_view->setColumnWidth(MonitorTableModel::NameColumn, 320);
    m_view->setColumnWidth(MonitorTableModel::LastPingColumn, 150);
    m_view->setColumnWidth(MonitorTableModel::NextDueColumn, 150);
    m_view->setColumnWidth(MonitorTableModel::LastRunColumn, 100);
    connect(m_view, &QWidget::customContextMenuRequested, this, &MainWindow::showContextMenu);

    m_search->setPlaceholderText(tr("Search monitors by name (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setStyleSheet(QStringLiteral(
            "QLabel { background: #fdecea; color: #7a1c1c; border: 1px solid #f5c2c0; }"));
    m_banner->hide();
    m_notice->setWordWrap(true);
    m_notice->setMargin(8);
    m_notice->setStyleSheet(QStringLiteral(
            "QLabel { background: #fff4ce; color: #4d3b00; border: 1px solid #f0d48a; }"));
    m_notice->hide();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_notice);
    layout->addWidget(m_search);
    layout->addWidget(m_view);
    setCentralWidget(central);

    // Permanent widgets, so transient messages (on the left) never draw over them.
    statusBar()->addPermanentWidget(m_listening);
    statusBar()->addPermanentWidget(m_counts);
    if (core.listenError().isEmpty()) {
        m_listening->setText(tr("Listening for pings at %1").arg(core.pingUrls().base));
    } else {
        m_listenProblem = core.listenError();
        m_listening->setText(tr("Not listening for pings"));
    }
    setBanner(m_listenProblem);

    buildActions();
    connect(qApp, &QCoreApplication::aboutToQuit, this, &MainWindow::saveLayout);

    // Desktop alerts: the tray, or this window when there is no tray.
    core.setDesktopSink(m_tray);
    connect(m_tray, &TrayIcon::openRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_tray, &TrayIcon::quitRequested, qApp, &QApplication::quit);
    connect(m_tray, &TrayIcon::popupWithoutTray, this, &MainWindow::showNotice);
    if (m_tray->available())
        QApplication::setQuitOnLastWindowClosed(false);
    else
        statusBar()->showMessage(tr("No system tray here: alert popups appear in this window."),
                                 15'000);

    connect(&core, &CoreRuntime::monitorsChanged, this, [this](const QList<Monitor> &changed) {
        m_model->upsert(changed);
        updateCounts();
    });
    connect(&core, &CoreRuntime::monitorRemoved, this, [this](qint64 id) {
        m_model->remove(id);
        updateCounts();
    });
    connect(&core, &CoreRuntime::storageFailed, this, [this](const QString &message) {
        m_storageProblem = tr("Pings cannot be stored: %1 Jobs are told to retry.").arg(message);
        setBanner(m_storageProblem);
    });
    connect(&core, &CoreRuntime::storageRecovered, this, [this] {
        m_storageProblem.clear();
        setBanner(m_listenProblem);
    });
    // History is read through the window's own read-only connection (WAL lets it read
    // beside the core's writer); the GUI never writes.
    QString readerError;
    m_reader = Database::open(core.config().databasePath, Database::Mode::ReadOnly, &readerError);
    if (m_reader) {
        m_model->setRunStatisticsSource([this](qint64 id) {
            const RunStatistics s = RunStatistics::of(*m_reader, id);
            if (s.count == 0)
                return tr("No timed runs yet: send /start before the finish to time a run.");
            return tr("Last %1 timed runs: median %2, 95th percentile %3")
                    .arg(s.count)
                    .arg(formatDuration(s.medianMs), formatDuration(s.p95Ms));
        });
    }
    m_model->reset(core.snapshot());
    updateCounts();

    m_refresh.setInterval(10'000);
    connect(&m_refresh, &QTimer::timeout, m_model, &MonitorTableModel::refreshTimes);
    m_refresh.start();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 650);
    m_view->horizontalHeader()->restoreState(
            settings.value(QStringLiteral("window/monitorColumns/v2")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *monitor = menuBar()->addMenu(tr("&Monitor"));
    QAction *copy = monitor->addAction(tr("&Copy ping URL"), this, &MainWindow::copyPingUrl);
    copy->setShortcut(QKeySequence::Copy);
    QAction *pause = monitor->addAction(tr("&Pause / resume"), this, &MainWindow::togglePause);
    pause->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    QAction *monitorChannels = monitor->addAction(tr("C&hannels for this monitor…"), this,
                                                  &MainWindow::editChannels);
    monitorChannels->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));

    QMenu *alerts = menuBar()->addMenu(tr("&Alerts"));
    QAction *channels = alerts->addAction(tr("&Channels…"), this, [this] {
        ChannelsDialog dialog(m_core, this);
        dialog.exec();
    });
    channels->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));

    auto *find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);
}

void MainWindow::setBanner(const QString &text)
{
    const QString shown = !m_storageProblem.isEmpty() ? m_storageProblem : text;
    m_banner->setText(shown);
    m_banner->setVisible(!shown.isEmpty());
}

void MainWindow::updateCounts()
{
    int counts[6] = {};
    for (int row = 0; row < m_model->rowCount(); ++row)
        ++counts[int(m_model->monitorAt(row)->status)];
    m_tray->setCounts(counts);
    Status worst = Status::New;
    for (Status st : {Status::Paused, Status::Up, Status::Started, Status::Late, Status::Down}) {
        if (counts[int(st)] > 0)
            worst = st;
    }
    setWindowIcon(TrayIcon::iconFor(worst));
    m_counts->setText(tr("Monitors: %1 — down %2, late %3, up %4")
                              .arg(m_model->rowCount())
                              .arg(counts[int(Status::Down)])
                              .arg(counts[int(Status::Late)])
                              .arg(counts[int(Status::Up)] + counts[int(Status::Started)]));
    setWindowTitle(counts[int(Status::Down)] > 0
                           ? tr("Uptrack — %1 down").arg(counts[int(Status::Down)])
                           : tr("Uptrack"));
}

const Monitor *MainWindow::selectedMonitor() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return nullptr;
    return m_model->monitorAt(m_proxy->mapToSource(current).row());
}

void MainWindow::copyPingUrl()
{
    if (const Monitor *m = selectedMonitor()) {
        QApplication::clipboard()->setText(m_core.pingUrls().pingUrl(*m));
        statusBar()->showMessage(tr("Copied the ping URL of %1.").arg(m->name), 4000);
    }
}

void MainWindow::togglePause()
{
    const Monitor *m = selectedMonitor();
    if (!m)
        return;
    const QString command = m->status == Status::Paused ? QStringLiteral("monitor.resume")
                                                        : QStringLiteral("monitor.pause");
    m_core.command(QJsonObject{{QStringLiteral("command"), command},
                               {QStringLiteral("monitor"), QString::number(m->id)}},
                   [this](const QJsonObject &reply) {
                       if (!reply.value(QLatin1String("ok")).toBool())
                           statusBar()->showMessage(reply.value(QLatin1String("error")).toString(),
                                                    8000);
                   });
}

void MainWindow::showContextMenu(const QPoint &pos)
{
    const Monitor *m = selectedMonitor();
    if (!m)
        return;
    QMenu menu(this);
    menu.addAction(tr("Copy ping URL"), this, &MainWindow::copyPingUrl);
    menu.addAction(m->status == Status::Paused ? tr("Resume") : tr("Pause"), this,
                   &MainWindow::togglePause);
    menu.addAction(tr("Channels…"), this, &MainWindow::editChannels);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void MainWindow::editChannels()
{
    const Monitor *m = selectedMonitor();
    if (!m)
        return;
    const Monitor monitor = *m;
    MonitorChannelsDialog dialog(monitor, m_core.channels(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_core.command(
            QJsonObject{{QStringLiteral("command"), QStringLiteral("monitor.edit")},
                        {QStringLiteral("monitor"), QString::number(monitor.id)},
                        {QStringLiteral("channels"), QJsonArray::fromStringList(dialog.chosen())}},
            [this](const QJsonObject &reply) {
                statusBar()->showMessage(reply.value(QLatin1String("ok")).toBool()
                                                 ? tr("Channels saved.")
                                                 : reply.value(QLatin1String("error")).toString(),
                                         6000);
            });
}

void MainWindow::showNotice(const QString &title, const QString &text, bool critical)
{
    m_notice->setText(QStringLiteral("<b>%1</b> — %2 <i>(%3)</i>")
                              .arg(title.toHtmlEscaped(), text.toHtmlEscaped(),
                                   QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    m_notice->show();
    if (critical)
        QApplication::alert(this);
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/monitorColumns/v2"),
                      m_view->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    if (m_tray->available() && !QApplication::closingDown()) {
        // Keep watching from the tray; File → Quit (Ctrl+Q) or the tray menu quits.
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace uptrack
