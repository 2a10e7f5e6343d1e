// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "consolecore.h"
#include "consolesettings.h"
#include "format/humanformat.h"
#include "historypanel.h"
#include "importcrontabdialog.h"
#include "monitordetails.h"
#include "monitordialog.h"
#include "monitorfilterproxy.h"
#include "monitorheader.h"
#include "monitorlistpane.h"
#include "monitortablemodel.h"
#include "remotesettingsdialog.h"
#include "reportdialog.h"
#include "runtime/coreruntime.h"
#include "settingsdialog.h"
#include "sparklinedelegate.h"
#include "statusicons.h"
#include "statusindicators.h"
#include "statussidebar.h"
#include "time/clock.h"
#include "trayicon.h"
#include "uilog.h"
#include "viewhelpers.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTime>
#include <QToolBar>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcUi, "uptrack.ui")

namespace uptrack {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kColumns = QStringLiteral("window/monitorColumns/v3");
const QString kMainSplitter = QStringLiteral("window/mainSplitter");
const QString kTableSplitter = QStringLiteral("window/tableSplitter");
const QString kActivitySplitter = QStringLiteral("window/activitySplitter");
const QString kDetailsTab = QStringLiteral("window/detailsTab");
} // namespace

MainWindow::MainWindow(CoreRuntime &core, const Clock &clock, QWidget *parent)
    : MainWindow(std::make_unique<LocalConsole>(core), nullptr, clock, parent)
{ }

MainWindow::MainWindow(ConsoleCore &core, const Clock &clock, QWidget *parent)
    : MainWindow(nullptr, &core, clock, parent)
{ }

MainWindow::MainWindow(std::unique_ptr<ConsoleCore> owned, ConsoleCore *core, const Clock &clock,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_ownedCore(std::move(owned))
    , m_core(core ? *core : *m_ownedCore)
    , m_clock(clock)
    , m_list(new MonitorListPane(clock, this))
    , m_sidebar(new StatusSidebar(this))
    , m_details(new MonitorDetails(
              m_core.history(), clock,
              [this](qint64 id) {
                  const int row = model()->rowOf(id);
                  return row < 0 ? tr("(removed monitor)") : model()->monitorAt(row)->name;
              },
              this))
    , m_header(new MonitorHeader(m_core.history(), clock, this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_tableSplitter(new QSplitter(Qt::Vertical, this))
    , m_content(new QStackedWidget(this))
    , m_emptyState(new QWidget(this))
    , m_banner(new QLabel(this))
    , m_connection(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_tray(new TrayIcon(clock, this))
    , m_indicators(new StatusIndicators(statusBar(), clock))
{
    setWindowTitle(tr("Uptrack"));
    connect(m_list, &MonitorListPane::currentChanged, this, &MainWindow::updateDetails);
    connect(m_list, &MonitorListPane::editRequested, this, &MainWindow::editMonitor);
    connect(m_list, &MonitorListPane::contextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_sidebar, &StatusSidebar::statusChosen, proxy(), &MonitorFilterProxy::setStatus);
    // Tab walks the window as it reads: status filter, search, tags, the table, details.
    setTabOrder(m_sidebar, search());
    setTabOrder(search(), tagFilter());
    setTabOrder(tagFilter(), view());
    setTabOrder(view(), m_details);

    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setStyleSheet(QStringLiteral(
            "QLabel { background: #fdecea; color: #7a1c1c; border: 1px solid #f5c2c0; }"));
    m_banner->hide();
    m_connection->setObjectName(QStringLiteral("connectionBanner"));
    m_connection->setWordWrap(true);
    m_connection->setMargin(8);
    m_connection->setStyleSheet(QStringLiteral(
            "QLabel { background: #e8e8e8; color: #323130; border: 1px solid #c8c6c4; }"));
    m_connection->hide();
    m_notice->setWordWrap(true);
    m_notice->setMargin(8);
    m_notice->setStyleSheet(QStringLiteral(
            "QLabel { background: #fff4ce; color: #4d3b00; border: 1px solid #f0d48a; }"));
    m_notice->hide();

    m_tableSplitter->addWidget(m_list);
    auto *detailsPane = new QWidget(this); // the header above the tabs
    auto *detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->setSpacing(0);
    detailsLayout->addWidget(m_header);
    detailsLayout->addWidget(m_details, 1);
    m_tableSplitter->addWidget(detailsPane);
    m_tableSplitter->setStretchFactor(0, 1);
    m_tableSplitter->setStretchFactor(1, 1);
    buildEmptyState();
    m_content->addWidget(m_tableSplitter);
    m_content->addWidget(m_emptyState);
    m_mainSplitter->addWidget(m_sidebar);
    m_mainSplitter->addWidget(m_content);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({170, 1200});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_connection);
    layout->addWidget(m_banner);
    layout->addWidget(m_notice);
    layout->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);

    m_listenProblem = m_core.listenError();
    updateListening();
    buildActions();
    connect(qApp, &QCoreApplication::aboutToQuit, this, &MainWindow::saveLayout);

    // Desktop alerts: the tray, or this window when there is no tray. This computer's
    // core sends them as a channel; a core elsewhere is heard through its flips.
    if (CoreRuntime *local = m_core.local())
        local->setDesktopSink(m_tray);
    connect(m_tray, &TrayIcon::openRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_tray, &TrayIcon::quitRequested, this, &MainWindow::quitUptrack);
    connect(m_tray, &TrayIcon::monitorChosen, this, &MainWindow::showMonitor);
    connect(m_tray, &TrayIcon::popupWithoutTray, this, &MainWindow::showNotice);
    if (m_tray->available())
        QApplication::setQuitOnLastWindowClosed(false);
    else
        statusBar()->showMessage(tr("No system tray here: alert popups appear in this window."),
                                 15'000);
    qCInfo(lcUi) << "console open; system tray" << (m_tray->available() ? "found" : "missing");

    connectCore(); // and connectPolicy(), from there
    if (const QString why = m_core.history().error(); why.isEmpty()) {
        // The history answers at once here, later from a server: a tooltip or a sparkline
        // asked for before its answer is in shows when it comes.
        model()->setRunStatisticsSource([this](qint64 id) {
            const auto known = m_runTips.constFind(id);
            if (known != m_runTips.constEnd())
                return known.value();
            m_runTips.insert(id, tr("Reading the run times…"));
            m_core.history().figures(
                    id, {}, m_clock.nowMs(), this,
                    [this, id](const QList<std::optional<double>> &, RunStatistics s) {
                        m_runTips.insert(
                                id,
                                s.count == 0
                                        ? tr("No timed runs yet: send /start before the finish "
                                             "to time a run.")
                                        : tr("Last %1 timed runs: median %2, 95th percentile %3")
                                                  .arg(s.count)
                                                  .arg(human::duration(s.medianMs),
                                                       human::duration(s.p95Ms)));
                    });
            return m_runTips.value(id);
        });
        model()->setSparklineSource([this](qint64 id, int count) {
            // One question per monitor at a time: a busy monitor's row repaints far more
            // often than a server answers. Until the answer, the row keeps what it shows.
            if (m_sparklinesAsked.contains(id))
                return model()->shownSparkline(id);
            auto now = std::make_shared<std::optional<QList<PingMark>>>();
            auto waiting = std::make_shared<bool>(false);
            m_sparklinesAsked.insert(id);
            m_core.history().recent(id, count, this,
                                    [this, id, now, waiting](QList<PingMark> marks) {
                                        m_sparklinesAsked.remove(id);
                                        if (*waiting)
                                            model()->setSparkline(id, std::move(marks));
                                        else
                                            *now = std::move(marks);
                                    });
            *waiting = true;
            return now->has_value() ? std::move(**now) : model()->shownSparkline(id);
        });
    } else {
        setBanner(tr("History cannot be read: %1").arg(why));
    }
    model()->reset(m_core.snapshot());
    updateCounts();
    updateConnection(QString());

    // Relative times ("3 min ago") and the ping rate move on by themselves.
    m_refresh.setInterval(5000);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        model()->refreshTimes();
        updateListening();
    });
    m_refresh.start();

    restoreLayout();
    if (proxy()->rowCount() > 0)
        view()->selectRow(0);
    else
        updateDetails();
}

MainWindow::~MainWindow()
{
    // The views go first, while the core they read (perhaps owned here) is still there:
    // taking them down can change the selection, which asks the core.
    delete takeCentralWidget();
}

MonitorTableModel *MainWindow::model() const
{
    return m_list->model();
}

MonitorFilterProxy *MainWindow::proxy() const
{
    return m_list->proxy();
}

QTableView *MainWindow::view() const
{
    return m_list->view();
}

QLineEdit *MainWindow::search() const
{
    return m_list->search();
}

QComboBox *MainWindow::tagFilter() const
{
    return m_list->tagFilter();
}

QLabel *MainWindow::listeningLabel() const
{
    return m_indicators->listeningLabel();
}

void MainWindow::buildEmptyState()
{
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    auto *title = new QLabel(tr("Nothing is watched yet"), m_emptyState);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    auto *text = new QLabel(tr("Uptrack watches by absence: each job pings it when it finishes, "
                               "and when a ping does not come on time, Uptrack alerts you. Add a "
                               "monitor for one job, or bring every job of a crontab under watch "
                               "at once."),
                            m_emptyState);
    text->setWordWrap(true);
    auto *add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add a monitor"),
                                m_emptyState);
    auto *import = new QPushButton(QIcon::fromTheme(QStringLiteral("document-import")),
                                   tr("Import a &crontab"), m_emptyState);
    add->setDefault(true);
    connect(add, &QPushButton::clicked, this, &MainWindow::newMonitor);
    connect(import, &QPushButton::clicked, this, &MainWindow::importCrontab);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(add);
    buttons->addWidget(import);
    buttons->addStretch();
    auto *column = new QVBoxLayout;
    column->addStretch(2);
    column->addWidget(title, 0, Qt::AlignHCenter);
    column->addSpacing(8);
    column->addWidget(text);
    column->addSpacing(16);
    column->addLayout(buttons);
    column->addStretch(3);
    auto *outer = new QHBoxLayout(m_emptyState);
    outer->addStretch(1);
    outer->addLayout(column, 4);
    outer->addStretch(1);
    text->setAlignment(Qt::AlignHCenter);
    text->setMaximumWidth(560);
}

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *connectAction
            = file->addAction(QIcon::fromTheme(QStringLiteral("network-server")),
                              tr("C&onnect to server…"), this, &MainWindow::connectToServer);
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    file->addSeparator();
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    QAction *exportAction
            = file->addAction(tr("&Export report…"), this, [this] { exportReport(false); });
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    file->addSeparator();
    QAction *closeWindow = file->addAction(tr("&Close window"), this, &QWidget::close);
    closeWindow->setShortcut(QKeySequence::Close);
    closeWindow->setToolTip(tr("Hides the window; Uptrack keeps watching from the tray"));
    QAction *quit = file->addAction(tr("&Quit"), this, &MainWindow::quitUptrack);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *monitor = menuBar()->addMenu(tr("&Monitor"));
    QAction *add = monitor->addAction(QIcon::fromTheme(QStringLiteral("list-add")),
                                      tr("&New monitor…"), this, &MainWindow::newMonitor);
    add->setShortcut(QKeySequence::New);
    QAction *importCrontab
            = monitor->addAction(QIcon::fromTheme(QStringLiteral("document-import")),
                                 tr("&Import crontab…"), this, &MainWindow::importCrontab);
    importCrontab->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QAction *edit = monitor->addAction(QIcon::fromTheme(QStringLiteral("document-edit")),
                                       tr("&Edit…"), this, &MainWindow::editMonitor);
    edit->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_E), QKeySequence(Qt::Key_F2)});
    QAction *pause = monitor->addAction(QIcon::fromTheme(QStringLiteral("media-playback-pause")),
                                        tr("&Pause / resume"), this, &MainWindow::togglePause);
    pause->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    QAction *maintain = monitor->addAction(tr("Start &maintenance now for 1 h"), this,
                                           &MainWindow::startMaintenanceNow);
    maintain->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    QAction *copy = monitor->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")),
                                       tr("&Copy ping URL"), this, &MainWindow::copyPingUrl);
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    QAction *test = monitor->addAction(QIcon::fromTheme(QStringLiteral("mail-send")),
                                       tr("Send a &test ping"), this, &MainWindow::sendTestPing);
    test->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    monitor->addSeparator();
    QAction *remove = monitor->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")),
                                         tr("&Delete…"), this, &MainWindow::deleteMonitor);
    remove->setShortcut(QKeySequence::Delete);
    // Copying from the table copies the ping URL; text fields keep their own Ctrl+C.
    auto *tableCopy = new QAction(this);
    tableCopy->setShortcut(QKeySequence::Copy);
    tableCopy->setShortcutContext(Qt::WidgetShortcut);
    connect(tableCopy, &QAction::triggered, this, &MainWindow::copyPingUrl);
    view()->addAction(tableCopy);
    for (QAction *a : {edit, pause, copy, test, remove})
        view()->addAction(a);
    m_selectionActions = {edit, pause, copy, test, remove};

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Find"), this, [this] { m_list->focusSearch(); });
    find->setShortcut(QKeySequence::Find);
    QAction *allHistory = view->addAction(tr("&All incidents and alerts"), this, [this] {
        m_details->history()->setAllMonitors(true);
        m_details->setCurrentIndex(MonitorDetails::HistoryTab);
    });
    allHistory->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *setup = view->addAction(tr("&Setup help"), this, [this] {
        m_details->setCurrentIndex(MonitorDetails::SetupTab);
    });
    setup->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    QAction *reload
            = view->addAction(tr("&Reload history"), this, [this] { m_details->reloadNow(); });
    reload->setShortcut(QKeySequence::Refresh);
    view->addSeparator();
    const char *const filters[]
            = {QT_TR_NOOP("Show all"), QT_TR_NOOP("Show down"), QT_TR_NOOP("Show late")};
    const std::optional<Status> filterStatus[] = {std::nullopt, Status::Down, Status::Late};
    for (int i = 0; i < 3; ++i) {
        QAction *a = view->addAction(tr(filters[i]), this,
                                     [this, s = filterStatus[i]] { m_sidebar->select(s); });
        a->setShortcut(QKeySequence(Qt::ALT | (Qt::Key_1 + i)));
    }

    buildAlertActions(menuBar()->addMenu(tr("&Alerts")));

    QToolBar *toolbar = addToolBar(tr("Monitors"));
    toolbar->setObjectName(QStringLiteral("monitorToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction *a : {add, edit, pause, copy, test})
        toolbar->addAction(a);
}

void MainWindow::setBanner(const QString &text)
{
    const QString shown = !m_storageProblem.isEmpty() ? m_storageProblem : text;
    m_banner->setText(shown);
    m_banner->setVisible(!shown.isEmpty());
}

void MainWindow::updateListening()
{
    m_indicators->setListening(m_listenProblem.isEmpty() && m_core.listening(),
                               m_core.pingUrls().base);
    setBanner(
            m_listenProblem.isEmpty()
                    ? QString()
                    : tr("%1 Change the address or port in File → Settings.").arg(m_listenProblem));
    m_indicators->refreshRate();
}

void MainWindow::updateCounts()
{
    std::array<int, StatusSidebar::kStatuses> counts{};
    for (int row = 0; row < model()->rowCount(); ++row)
        ++counts[size_t(model()->monitorAt(row)->status)];
    int trayCounts[StatusSidebar::kStatuses];
    std::copy(counts.begin(), counts.end(), trayCounts);
    QList<QPair<qint64, QString>> downNames;
    for (int row = 0; row < model()->rowCount() && downNames.size() < 50; ++row) {
        const Monitor *m = model()->monitorAt(row);
        if (m->status == Status::Down)
            downNames.append({m->id, m->name});
    }
    m_tray->setCounts(trayCounts, downNames);
    m_sidebar->setCounts(counts);
    m_list->updateTags();

    Status worst = Status::New;
    for (Status st : {Status::Paused, Status::Maintenance, Status::Up, Status::Started,
                      Status::Late, Status::Down}) {
        if (counts[size_t(st)] > 0)
            worst = st;
    }
    setWindowIcon(TrayIcon::iconFor(worst));
    const int down = counts[size_t(Status::Down)];
    m_indicators->setCounts(model()->rowCount(), down, counts[size_t(Status::Late)]);
    // A core elsewhere is named: several consoles may be open side by side.
    const QString where = m_core.local() ? QString()
            : m_core.connected()         ? m_core.name()
                                         : tr("%1 (not connected)").arg(m_core.name());
    if (where.isEmpty())
        setWindowTitle(down > 0 ? tr("Uptrack — %1 down").arg(down) : tr("Uptrack"));
    else
        setWindowTitle(down > 0 ? tr("Uptrack — %1 — %2 down").arg(where).arg(down)
                                : tr("Uptrack — %1").arg(where));
    m_content->setCurrentWidget(model()->rowCount() == 0 ? m_emptyState : m_tableSplitter);
}

void MainWindow::updateDetails()
{
    const Monitor *m = selectedMonitor();
    // Actions on "the selected monitor" do nothing without one: say so by being off.
    for (QAction *a : std::as_const(m_selectionActions))
        a->setEnabled(m != nullptr);
    m_shownId = m ? m->id : 0;
    m_header->setMonitor(m ? std::optional<Monitor>(*m) : std::nullopt);
    m_details->setMonitor(m ? std::optional<Monitor>(*m) : std::nullopt, m_core.pingUrls());
}

const Monitor *MainWindow::selectedMonitor() const
{
    return m_list->selectedMonitor();
}

void MainWindow::selectMonitor(qint64 id)
{
    m_list->selectMonitor(id);
}

void MainWindow::showMonitor(qint64 id)
{
    showNormal();
    raise();
    activateWindow();
    const int row = model()->rowOf(id);
    if (row < 0)
        return; // removed since
    if (!proxy()->mapFromSource(model()->index(row, 0)).isValid()) {
        m_sidebar->select(std::nullopt); // a filter hides it: show everything
        m_list->clearFilters();
    }
    selectMonitor(id);
}

void MainWindow::runCommand(const command::Command &command, const QString &doneMessage)
{
    m_core.command(command, [this, doneMessage](const command::Reply &reply) {
        if (!reply.ok)
            qCInfo(lcUi).noquote() << "command refused:" << reply.error;
        statusBar()->showMessage(reply.ok ? doneMessage : reply.error, 6000);
    });
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
    const QString ref = QString::number(m->id);
    if (m->status == Status::Paused)
        runCommand(command::ResumeMonitor{ref}, tr("Resumed %1.").arg(m->name));
    else
        runCommand(command::PauseMonitor{ref}, tr("Paused %1.").arg(m->name));
}

void MainWindow::startMaintenanceNow()
{
    const Monitor *m = selectedMonitor();
    if (!m)
        return;
    const qint64 now = m_clock.nowMs();
    MaintenanceWindow w;
    w.monitorIds = {m->id};
    w.fromMs = now;
    w.toMs = now + 3'600'000;
    auto clock = [](qint64 ms) {
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).time(), QLocale::ShortFormat);
    };
    const QString until = clock(w.toMs);
    // Unique: the name says whose and from when.
    w.name = tr("Maintenance of %1 from %2")
                     .arg(m->name, QDateTime::fromMSecsSinceEpoch(now).toString(Qt::ISODate));
    runCommand(
            command::AddMaintenance{w},
            tr("%1 is in maintenance until %2: it does not alert meanwhile.").arg(m->name, until));
}

void MainWindow::sendTestPing()
{
    const Monitor *m = selectedMonitor();
    if (!m)
        return;
    runCommand(command::TestPing{QString::number(m->id)},
               tr("Sent a test ping to %1.").arg(m->name));
}

void MainWindow::deleteMonitor()
{
    const Monitor *m = selectedMonitor();
    if (!m)
        return;
    const Monitor monitor = *m;
    QMessageBox box(
            QMessageBox::Warning, tr("Delete %1?").arg(monitor.name),
            tr("Delete the monitor \"%1\" with its stored pings, incidents and alerts? Jobs "
               "that still ping it will get \"not found\". This cannot be undone.")
                    .arg(monitor.name),
            QMessageBox::Cancel, this);
    QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton *>(remove))
        return;
    runCommand(command::RemoveMonitor{QString::number(monitor.id)},
               tr("Deleted %1.").arg(monitor.name));
}

void MainWindow::importCrontab()
{
    ImportCrontabDialog dialog(m_core, this);
    dialog.exec();
}

void MainWindow::newMonitor()
{
    QStringList slugs;
    for (int row = 0; row < model()->rowCount(); ++row)
        slugs.append(model()->monitorAt(row)->slug);
    MonitorDialog dialog(
            m_clock, std::nullopt, m_core.channels(), slugs,
            [this](const command::Command &command,
                   std::function<void(const command::Reply &)> done) {
                m_core.command(command, [this, done](const command::Reply &reply) {
                    done(reply);
                    if (reply.ok) {
                        // Show the new row: no filter may hide it.
                        m_sidebar->select(std::nullopt);
                        m_list->clearFilters();
                        model()->upsert(m_core.snapshot());
                        selectMonitor(reply.id);
                        statusBar()->showMessage(tr("Created the monitor. Its job's setup is "
                                                    "under Setup."),
                                                 6000);
                    }
                });
            },
            this);
    dialog.setMonitors(m_core.snapshot());
    if (dialog.exec() == QDialog::Accepted)
        m_details->setCurrentIndex(MonitorDetails::SetupTab);
}

void MainWindow::editMonitor()
{
    const Monitor *m = selectedMonitor();
    if (!m)
        return;
    const Monitor monitor = *m;
    QStringList slugs;
    for (int row = 0; row < model()->rowCount(); ++row) {
        if (model()->monitorAt(row)->id != monitor.id)
            slugs.append(model()->monitorAt(row)->slug);
    }
    MonitorDialog dialog(
            m_clock, monitor, m_core.channels(), slugs,
            [this](const command::Command &command,
                   std::function<void(const command::Reply &)> done) {
                m_core.command(command, done);
            },
            this);
    dialog.setMonitors(m_core.snapshot());
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Saved %1.").arg(monitor.name), 4000);
}

void MainWindow::exportReport(bool selectedOnly)
{
    QList<Monitor> monitors;
    for (int row = 0; row < model()->rowCount(); ++row)
        monitors.append(*model()->monitorAt(row));
    std::sort(monitors.begin(), monitors.end(), [](const Monitor &a, const Monitor &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    QList<qint64> preselected;
    if (selectedOnly) {
        if (const Monitor *m = selectedMonitor())
            preselected.append(m->id);
    }
    ReportDialog dialog(m_core.local() ? m_core.local()->config().databasePath : QString(), m_clock,
                        monitors, preselected, this);
    if (!m_core.local())
        dialog.setServer(m_core.api(), m_core.name());
    connect(&dialog, &ReportDialog::finished, this,
            [this](const QString &path, const QString &error) {
                statusBar()->showMessage(error.isEmpty()
                                                 ? tr("Wrote the report %1.").arg(path)
                                                 : tr("The report was not written: %1").arg(error),
                                         8000);
            });
    dialog.exec();
}

void MainWindow::editIncidentNote(qint64 incidentId, const QString &currentNote)
{
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
            this, tr("Note on incident %1").arg(incidentId),
            tr("What happened and what was done (it appears in reports):"), currentNote, &ok);
    if (!ok || note == currentNote)
        return;
    runCommand(command::SetIncidentNote{incidentId, note.trimmed()}, tr("Saved the note."));
}

void MainWindow::openSettings()
{
    CoreRuntime *local = m_core.local();
    if (!local) {
        RemoteSettingsDialog dialog(m_core, this);
        if (dialog.exec() == QDialog::Accepted)
            statusBar()->showMessage(tr("Settings saved on %1.").arg(m_core.name()), 4000);
        return;
    }
    SettingsDialog dialog(*local, m_tray->available(), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Settings saved and applied."), 4000);
}

void MainWindow::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    const Monitor *m = selectedMonitor();
    if (m && view()->indexAt(pos).isValid()) {
        menu.addAction(tr("&Edit…"), this, &MainWindow::editMonitor);
        menu.addAction(m->status == Status::Paused ? tr("&Resume") : tr("&Pause"), this,
                       &MainWindow::togglePause);
        if (m->status != Status::Paused && m->status != Status::Maintenance)
            menu.addAction(tr("Start &maintenance now for 1 h"), this,
                           &MainWindow::startMaintenanceNow);
        menu.addAction(tr("&Copy ping URL"), this, &MainWindow::copyPingUrl);
        menu.addAction(tr("Send a &test ping"), this, &MainWindow::sendTestPing);
        menu.addAction(tr("Set&up help"), this,
                       [this] { m_details->setCurrentIndex(MonitorDetails::SetupTab); });
        menu.addAction(tr("E&xport report for this monitor…"), this,
                       [this] { exportReport(true); });
        menu.addSeparator();
        menu.addAction(tr("&Delete…"), this, &MainWindow::deleteMonitor);
        menu.addSeparator();
    }
    menu.addAction(tr("&New monitor…"), this, &MainWindow::newMonitor);
    menu.exec(view()->viewport()->mapToGlobal(pos));
}

void MainWindow::showNotice(const QString &title, const QString &text, bool critical)
{
    m_notice->setText(
            QStringLiteral("<b>%1</b> — %2 <i>(%3)</i>")
                    .arg(title.toHtmlEscaped(), text.toHtmlEscaped(),
                         QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).time(),
                                            QLocale::ShortFormat)));
    m_notice->show();
    if (critical)
        QApplication::alert(this);
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(kGeometry, saveGeometry());
    settings.setValue(kState, saveState());
    settings.setValue(kColumns, m_list->saveColumns());
    settings.setValue(kMainSplitter, m_mainSplitter->saveState());
    settings.setValue(kTableSplitter, m_tableSplitter->saveState());
    settings.setValue(kActivitySplitter, m_details->activitySplitter()->saveState());
    settings.setValue(kDetailsTab, m_details->currentIndex());
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometry).toByteArray()))
        resizeWithinScreen(this, QSize(1400, 860));
    restoreState(settings.value(kState).toByteArray());
    m_list->restoreColumns(settings.value(kColumns).toByteArray());
    m_mainSplitter->restoreState(settings.value(kMainSplitter).toByteArray());
    if (!m_tableSplitter->restoreState(settings.value(kTableSplitter).toByteArray()))
        m_tableSplitter->setSizes({560, 440}); // the monitors get the room first
    m_details->activitySplitter()->restoreState(settings.value(kActivitySplitter).toByteArray());
    m_details->setCurrentIndex(settings.value(kDetailsTab, 0).toInt());
}

void MainWindow::quitUptrack()
{
    // QApplication::quit() closes every window first and gives up when one refuses;
    // this one refuses a close only to hide in the tray, which a quit must not do.
    m_quitting = true;
    QApplication::quit();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    if (m_tray->available() && !m_quitting && !QApplication::closingDown()) {
        // Keep watching from the tray; File → Quit (Ctrl+Q) or the tray menu quits.
        ConsoleSettings settings = ConsoleSettings::load();
        if (!settings.trayExplained) {
            QMessageBox::information(
                    this, tr("Uptrack keeps watching"),
                    tr("Uptrack is still running in the system tray, so your jobs stay "
                       "watched and alerts still arrive. Click the tray icon to open this "
                       "window again; use File → Quit (Ctrl+Q) to stop Uptrack."));
            settings.trayExplained = true;
            settings.save();
        }
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace uptrack
