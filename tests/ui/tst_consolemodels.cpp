// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The console's models and plain-language formatting: filters pick the right rows,
// every model passes QAbstractItemModelTester, and nothing shows a raw value.
#include "consolesettings.h"
#include "format/humanformat.h"
#include "historymodels.h"
#include "monitorfilterproxy.h"
#include "monitorlistpane.h"
#include "monitortablemodel.h"
#include "pinglogmodel.h"
#include "setupsnippets.h"
#include "statusicons.h"
#include "time/clock.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QIcon>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace uptrack;

namespace {
Monitor monitor(qint64 id, const QString &name, Status status, QStringList tags)
{
    Monitor m;
    m.id = id;
    m.name = name;
    m.slug = name.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    m.status = status;
    m.tags = std::move(tags);
    return m;
}

QStringList names(const QAbstractItemModel &proxy)
{
    QStringList out;
    for (int r = 0; r < proxy.rowCount(); ++r)
        out.append(proxy.index(r, MonitorTableModel::NameColumn).data().toString());
    out.sort();
    return out;
}
} // namespace

class TestConsoleModels : public QObject
{
    Q_OBJECT
private slots:
    void filtersAndSearchSelectTheRightRows()
    {
        FakeClock clock;
        MonitorTableModel model(clock);
        MonitorFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(
                {monitor(1, QStringLiteral("Nightly billing"), Status::Down,
                         {QStringLiteral("billing")}),
                 monitor(2, QStringLiteral("Backup NAS"), Status::Up, {QStringLiteral("backup")}),
                 monitor(3, QStringLiteral("Backup mail"), Status::Down,
                         {QStringLiteral("backup"), QStringLiteral("mail")}),
                 monitor(4, QStringLiteral("Report"), Status::Paused, {})});
        QCOMPARE(proxy.rowCount(), 4);

        proxy.setStatus(Status::Down);
        QCOMPARE(names(proxy),
                 (QStringList{QStringLiteral("Backup mail"), QStringLiteral("Nightly billing")}));
        proxy.setTag(QStringLiteral("backup"));
        QCOMPARE(names(proxy), QStringList{QStringLiteral("Backup mail")});
        proxy.setStatus(std::nullopt);
        QCOMPARE(names(proxy),
                 (QStringList{QStringLiteral("Backup NAS"), QStringLiteral("Backup mail")}));
        proxy.setTag(QString());
        proxy.setText(QStringLiteral("  BILL ")); // name, case-insensitive, trimmed
        QCOMPARE(names(proxy), QStringList{QStringLiteral("Nightly billing")});
        proxy.setText(QStringLiteral("mail")); // a tag matches too
        QCOMPARE(names(proxy), QStringList{QStringLiteral("Backup mail")});
        proxy.setText(QStringLiteral("backup-nas")); // and a slug
        QCOMPARE(names(proxy), QStringList{QStringLiteral("Backup NAS")});
        proxy.setText(QString());

        // Rows that change state move in and out of a status filter.
        proxy.setStatus(Status::Down);
        model.upsert({monitor(2, QStringLiteral("Backup NAS"), Status::Down,
                              {QStringLiteral("backup")})});
        QCOMPARE(proxy.rowCount(), 3);
        model.upsert({monitor(1, QStringLiteral("Nightly billing"), Status::Up,
                              {QStringLiteral("billing")})});
        QCOMPARE(proxy.rowCount(), 2);
        model.remove(3);
        QCOMPARE(names(proxy), QStringList{QStringLiteral("Backup NAS")});

        // Sorting by status puts the worst first.
        proxy.setStatus(std::nullopt);
        proxy.sort(MonitorTableModel::StatusColumn);
        QCOMPARE(proxy.index(0, MonitorTableModel::StatusColumn).data().toString(),
                 QStringLiteral("Down"));
    }

    void sparklineAsksOnlyWhenPingsMoved()
    {
        FakeClock clock;
        MonitorTableModel model(clock);
        int asked = 0;
        model.setSparklineSource([&](qint64 id, int count) {
            ++asked;
            QList<PingMark> marks;
            for (int i = 0; i < std::min(count, 3); ++i)
                marks.append(
                        {i + 1, 1000 * i, i == 2 ? PingKind::Fail : PingKind::Success, -1, 10});
            Q_UNUSED(id);
            return marks;
        });
        Monitor m = monitor(1, QStringLiteral("a"), Status::Up, {});
        m.nPings = 3;
        model.reset({m});
        const QModelIndex cell = model.index(0, MonitorTableModel::ActivityColumn);
        QCOMPARE(cell.data(MonitorTableModel::SparklineRole).value<QList<PingMark>>().size(), 3);
        cell.data(MonitorTableModel::SparklineRole);
        QCOMPARE(asked, 1); // cached
        m.nPings = 4;
        model.upsert({m});
        cell.data(MonitorTableModel::SparklineRole);
        QCOMPARE(asked, 2);
    }

    void historyModelsPassTheTester()
    {
        FakeClock clock;
        const qint64 now = clock.nowMs();
        PingLogModel log(clock);
        QAbstractItemModelTester t1(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Ping a;
        a.id = 1;
        a.timeMs = now - 3'600'000;
        a.kind = PingKind::Start;
        Ping b = a;
        b.id = 2;
        b.timeMs = now - 3'000'000;
        b.kind = PingKind::Fail;
        b.exitStatus = 3;
        b.durationMs = 600'000;
        b.body = QByteArray("disk full\nno space left on device");
        log.setPings({a, b});
        QCOMPARE(log.rowCount(), 2);
        QCOMPARE(log.index(0, PingLogModel::KindColumn).data().toString(),
                 QStringLiteral("failure"));
        QCOMPARE(log.index(0, PingLogModel::DurationColumn).data().toString(),
                 QStringLiteral("10 min"));
        QCOMPARE(log.index(0, PingLogModel::BodyColumn).data().toString(),
                 QStringLiteral("disk full no space left on device"));
        QCOMPARE(log.rowOfPing(1), 1);

        auto names = [](qint64 id) { return QStringLiteral("job %1").arg(id); };
        IncidentModel incidents(clock, names);
        QAbstractItemModelTester t2(&incidents,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        incidents.setIncidents(
                {{1, 5, now - 7'200'000, now - 3'600'000, QStringLiteral("missed"), {}, {}, -1, {}},
                 {2, 5, now - 600'000, -1, QStringLiteral("exit:3"), {}, {}, -1, {}}});
        QCOMPARE(incidents.index(0, IncidentModel::EndColumn).data().toString(),
                 QStringLiteral("ongoing"));
        QCOMPARE(incidents.index(0, IncidentModel::ReasonColumn).data().toString(),
                 QStringLiteral("exit status 3"));
        QCOMPARE(incidents.index(1, IncidentModel::DurationColumn).data().toString(),
                 QStringLiteral("1 h"));

        AlertHistoryModel alerts(clock, names);
        QAbstractItemModelTester t3(&alerts,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        Alert down{1, 5, AlertKind::Down, QStringLiteral("e1"), now - 600'000, {}};
        Delivery ok;
        ok.id = 1;
        ok.channelId = 1;
        ok.state = DeliveryState::Delivered;
        ok.attempts = 1;
        ok.outcome = QStringLiteral("HTTP 200");
        ok.doneMs = now - 590'000;
        Delivery failed = ok;
        failed.id = 2;
        failed.channelId = 2;
        failed.state = DeliveryState::Failed;
        failed.attempts = 9;
        failed.outcome = QStringLiteral("HTTP 404 no_service");
        Alert test{2, 0, AlertKind::Test, QStringLiteral("e2"), now - 60'000, {}};
        down.incidentId = 7;
        Alert unheard{3, 6, AlertKind::Down, QStringLiteral("e3"), now - 30'000, {}};
        alerts.setAlerts({{down, {ok, failed}}, {test, {}}, {unheard, {}}}, // oldest first
                         {{1, QStringLiteral("Ops Slack")}, {2, QStringLiteral("Hook")}});
        QCOMPARE(alerts.rowCount(), 4);
        QCOMPARE(alerts.failedCount(), 1);
        // A monitor with no channel: nobody was told, and the row says so as a warning.
        QCOMPARE(alerts.unheardCount(), 1);
        QCOMPARE(alerts.index(0, AlertHistoryModel::ChannelColumn).data().toString(),
                 QStringLiteral("none"));
        QCOMPARE(alerts.index(0, AlertHistoryModel::OutcomeColumn).data().toString(),
                 QStringLiteral("no channel — nobody was alerted"));
        QCOMPARE(alerts.index(0, 0).data(Qt::ForegroundRole).value<QColor>(),
                 statusColor(Status::Late));
        QVERIFY(!alerts.index(0, AlertHistoryModel::OutcomeColumn)
                         .data(Qt::DecorationRole)
                         .value<QIcon>()
                         .isNull());
        // rows, newest first: unheard, test, down via Ops Slack, down via Hook
        QCOMPARE(alerts.index(2, 0).data(AlertHistoryModel::IncidentRole).toLongLong(), 7);
        QCOMPARE(alerts.index(1, AlertHistoryModel::ChannelColumn).data().toString(),
                 QStringLiteral("none")); // a test alert with no channel: no warning
        QVERIFY(!alerts.index(1, 0).data(Qt::ForegroundRole).isValid());
        QCOMPARE(alerts.index(3, AlertHistoryModel::ChannelColumn).data().toString(),
                 QStringLiteral("Hook"));
        QVERIFY(alerts.index(3, 0).data(AlertHistoryModel::FailedRole).toBool());
        QVERIFY(alerts.index(3, AlertHistoryModel::OutcomeColumn)
                        .data()
                        .toString()
                        .contains(QStringLiteral("Failed")));
        QVERIFY(alerts.index(3, 0).data(Qt::FontRole).value<QFont>().bold());
    }

    void plainLanguage_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::addRow("sub-second") << 420LL << "420 ms";
        QTest::addRow("seconds") << 42'000LL << "42 s";
        QTest::addRow("minutes and seconds") << 125'000LL << "2 min 5 s";
        QTest::addRow("hours and minutes") << 4'320'000LL << "1 h 12 min";
        QTest::addRow("whole hours") << 7'200'000LL << "2 h";
        QTest::addRow("one day") << 86'400'000LL << "1 day";
        QTest::addRow("days and hours") << 2 * 86'400'000LL + 3 * 3'600'000LL << "2 days 3 h";
    }
    void plainLanguage()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(human::duration(ms), text);
    }

    void schedulesInWords()
    {
        Monitor m;
        m.schedule = Schedule(3'600'000);
        m.graceMs = 300'000;
        QCOMPARE(human::schedule(m), QStringLiteral("every 1 hour, grace 5 min"));
        m.schedule = Schedule(86'400'000);
        QCOMPARE(human::schedule(m), QStringLiteral("every day, grace 5 min"));
        m.schedule = Schedule(86'400'000, QStringLiteral("0 2 * * *"),
                              QStringLiteral("Europe/Berlin"));
        m.graceMs = 3'600'000;
        QCOMPARE(human::schedule(m), QStringLiteral("daily at 02:00 (Berlin), grace 1 h"));
        // Cron schedules in words where they have a common form; the zone only when it is
        // not this machine's (the tests run in UTC); anything else as written.
        const struct
        {
            const char *cron, *zone, *words;
        } cases[] = {
                {"30 1 * * *", "UTC", "daily at 01:30, grace 1 h"},
                {"30 1 * * *", "", "daily at 01:30, grace 1 h"},
                {"0 2 * * 1-5", "America/New_York", "weekdays at 02:00 (New York), grace 1 h"},
                {"15 6 * * 1", "", "Mondays at 06:15, grace 1 h"},
                {"0 0 * * 7", "", "Sundays at 00:00, grace 1 h"},
                {"0 3 1 * *", "", "monthly on day 1 at 03:00, grace 1 h"},
                {"5 * * * *", "", "hourly at :05, grace 1 h"},
                {"*/15 * * * *", "", "every 15 minutes, grace 1 h"},
                {"0 */6 * * *", "", "every 6 hours at :00, grace 1 h"},
                {"@daily", "", "daily at 00:00, grace 1 h"},
                {"0 2 1-7 * 1", "", "0 2 1-7 * 1, grace 1 h"},
                {"0 0 * * 5L", "", "0 0 * * 5L, grace 1 h"},
        };
        for (const auto &c : cases) {
            m.schedule = Schedule(86'400'000, QString::fromLatin1(c.cron),
                                  QString::fromLatin1(c.zone));
            QCOMPARE(human::schedule(m), QString::fromLatin1(c.words));
        }
        const qint64 now = QDateTime(QDate(2026, 5, 6), QTime(15, 0)).toMSecsSinceEpoch();
        QCOMPARE(human::when(now - 3'600'000, now), QStringLiteral("today 14:00"));
        QCOMPARE(human::when(now - 86'400'000, now), QStringLiteral("yesterday 15:00"));
        QCOMPARE(human::relative(now - 180'000, now), QStringLiteral("3 min ago"));
    }

    // The table re-sorts as pings arrive: the selected monitor stays selected and in view.
    void theSelectedRowStaysInViewWhileTheTableResorts()
    {
        FakeClock clock;
        MonitorListPane pane(clock);
        pane.resize(800, 300);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QList<Monitor> monitors;
        for (int i = 1; i <= 200; ++i) {
            Monitor m;
            m.id = i;
            m.name = QStringLiteral("job-%1").arg(i, 3, 10, QLatin1Char('0'));
            m.slug = m.name;
            m.status = Status::Up;
            m.lastPingMs = clock.nowMs() - i * 60'000;
            monitors << m;
        }
        pane.model()->reset(monitors);
        pane.view()->sortByColumn(MonitorTableModel::LastPingColumn, Qt::DescendingOrder);
        pane.selectMonitor(5);
        QCOMPARE(pane.selectedMonitor()->id, 5);
        // A flood of pings moves the selected one to the bottom, and others around it.
        for (int round = 0; round < 20; ++round) {
            Monitor m = monitors[4];
            m.lastPingMs = clock.nowMs() - 1'000'000'000LL - round;
            monitors[4] = m;
            Monitor other = monitors[100 + round];
            other.lastPingMs = clock.nowMs() + round;
            monitors[100 + round] = other;
            pane.model()->upsert({m, other});
        }
        QVERIFY(pane.selectedMonitor());
        QCOMPARE(pane.selectedMonitor()->id, 5);
        const QModelIndex current = pane.view()->currentIndex();
        QVERIFY(pane.view()->viewport()->rect().intersects(pane.view()->visualRect(current)));
        QCOMPARE(current.row(), pane.proxy()->rowCount() - 1); // now the oldest ping
    }

    void snippetsCarryTheUrlAndTheSeedsPattern()
    {
        const QString url = QStringLiteral("http://192.168.1.10:8470/ping/abc");
        Monitor backup;
        backup.name = QStringLiteral("Backup");
        const QList<SetupSnippet> snippets = setupSnippets(url, backup);
        QStringList languages;
        for (const SetupSnippet &s : snippets) {
            languages.append(s.language);
            QVERIFY2(s.code.contains(url), qPrintable(s.title));
        }
        for (const char *l : {"bash", "crontab", "python", "javascript", "powershell"})
            QVERIFY2(languages.contains(QString::fromLatin1(l)), l);
        // Bash: set -e, and the ping is the last command.
        const QString bash = snippets.first().code.trimmed();
        QVERIFY(bash.contains(QStringLiteral("set -e")));
        QVERIFY(bash.split(QLatin1Char('\n')).last().startsWith(QStringLiteral("curl")));
        // With /start and the exit status, paired by rid.
        bool startAndStatus = false;
        for (const SetupSnippet &s : snippets) {
            startAndStatus |= s.code.contains(QStringLiteral("/start?rid="))
                    && s.code.contains(QStringLiteral("/$STATUS?rid="));
        }
        QVERIFY(startAndStatus);
    }

    // The crontab lines run the job on the monitor's own schedule, not a fixed 02:00.
    void crontabLinesFollowTheMonitorsSchedule_data()
    {
        QTest::addColumn<qint64>("periodMs");
        QTest::addColumn<QString>("cron");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("lastPing"); ///< UTC, "" for never
        QTest::addColumn<QString>("expected");
        const qint64 min = 60'000, hour = 60 * min, day = 24 * hour;
        QTest::newRow("cron, machine's zone") << day << "30 1 * * 1-5"
                                              << ""
                                              << ""
                                              << "30 1 * * 1-5";
        QTest::newRow("cron, same zone named") << day << "30 1 * * *"
                                               << "UTC"
                                               << ""
                                               << "30 1 * * *";
        QTest::newRow("cron elsewhere") << day << "30 1 * * *"
                                        << "Europe/Berlin"
                                        << ""
                                        << "CRON_TZ=Europe/Berlin\n30 1 * * *";
        QTest::newRow("every minute") << min << ""
                                      << ""
                                      << ""
                                      << "* * * * *";
        QTest::newRow("every 15 min") << 15 * min << ""
                                      << ""
                                      << ""
                                      << "*/15 * * * *";
        QTest::newRow("hourly, at its last ping") << hour << ""
                                                  << ""
                                                  << "2026-05-06T14:42:10Z"
                                                  << "42 * * * *";
        QTest::newRow("every 6 h") << 6 * hour << ""
                                   << ""
                                   << "2026-05-06T14:42:10Z"
                                   << "42 */6 * * *";
        QTest::newRow("daily, at its last ping") << day << ""
                                                 << ""
                                                 << "2026-05-06T01:09:00Z"
                                                 << "9 1 * * *";
        QTest::newRow("daily, never pinged") << day << ""
                                             << ""
                                             << ""
                                             << "0 2 * * *";
        QTest::newRow("weekly, on its last ping's day") << 7 * day << ""
                                                        << ""
                                                        << "2026-05-10T23:30:00Z"
                                                        << "30 23 * * 0"; // a Sunday
        QTest::newRow("90 min: no cron form")
                << 90 * min << ""
                << ""
                << ""
                << "# Uptrack expects this job every 1h30m; cron cannot say that exactly:\n"
                   "# put the job's own schedule in place of the five fields.\n"
                   "MIN HOUR DAY MONTH WEEKDAY";
    }

    void crontabLinesFollowTheMonitorsSchedule()
    {
        QFETCH(qint64, periodMs);
        QFETCH(QString, cron);
        QFETCH(QString, zone);
        QFETCH(QString, lastPing);
        QFETCH(QString, expected);
        Monitor m;
        m.name = QStringLiteral("billing");
        m.schedule = cron.isEmpty() ? Schedule(periodMs) : Schedule(periodMs, cron, zone);
        m.lastPingMs = lastPing.isEmpty()
                ? -1
                : QDateTime::fromString(lastPing, Qt::ISODate).toMSecsSinceEpoch();
        const QTimeZone utc = QTimeZone::utc();
        QCOMPARE(crontabSchedule(m, utc), expected);
        const QString url = QStringLiteral("http://office:8470/ping/abc");
        m.maxRunMs = 2 * 3'600'000;
        const QList<SetupSnippet> timed = setupSnippets(url, m, utc);
        QVERIFY(timed[1].code.contains(expected
                                       + QStringLiteral("  /usr/local/bin/job.sh && curl")));
        QVERIFY(timed[2].code.contains(expected + QStringLiteral("  uptrack-run --timeout 2h ")
                                       + url));
        m.maxRunMs = 0; // no maximum run time: uptrack-run lets the job take its time
        QVERIFY(setupSnippets(url, m, utc)[2].code.contains(QStringLiteral("uptrack-run ") + url));
    }

    // "Launch at login" writes an XDG autostart entry that starts the console in the
    // tray, and removes it again.
    void launchAtLoginWritesAndRemovesTheAutostartEntry()
    {
        QTemporaryDir config;
        QVERIFY(config.isValid());
        const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
        const QString path = config.path() + QStringLiteral("/autostart/uptrack.desktop");
        QString error;
        QVERIFY(!launchesAtLogin());
        QVERIFY2(setLaunchAtLogin(true, &error), qPrintable(error));
        QVERIFY(launchesAtLogin());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), QStringLiteral("[Desktop Entry]"));
        QVERIFY(lines.contains(QStringLiteral("Type=Application")));
        QVERIFY(lines.contains(QStringLiteral("Exec=\"%1\" --minimised")
                                       .arg(QCoreApplication::applicationFilePath())));
        QVERIFY(lines.contains(QStringLiteral("Icon=org.uptrack.Uptrack")));
        file.close();
        QVERIFY2(setLaunchAtLogin(false, &error), qPrintable(error));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!launchesAtLogin());
        QVERIFY2(setLaunchAtLogin(false, &error), qPrintable(error)); // already off: fine
        if (saved.isNull())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", saved);
    }
};

QTEST_MAIN(TestConsoleModels)
#include "tst_consolemodels.moc"
