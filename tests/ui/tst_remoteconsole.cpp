// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The console attached to a core on another machine, as an admin uses it: a real
// headless core with --tls auto on loopback, the real window (offscreen) on RemoteConsole.
// The monitors, the ping log with bodies, the timeline, incidents with notes, the
// header's figures and the setup's URLs come from the server; commands run there; a
// second console sees the first one's changes live; a killed and restarted server is
// said in a banner and caught up, nothing shown twice; the core's settings are read and
// changed over the API; a report is built there and saved here; the first attach asks
// about the certificate once, a changed one is refused.
#include "connectdialog.h"
#include "consolecore.h"
#include "format/jsonformat.h"
#include "historymodels.h"
#include "historypanel.h"
#include "httpsink.h"
#include "mainwindow.h"
#include "monitordetails.h"
#include "monitortablemodel.h"
#include "notify/channelkind.h"
#include "pinglogmodel.h"
#include "pinglogpanel.h"
#include "relay.h"
#include "remote/apiclient.h"
#include "remote/remotecore.h"
#include "remotesettingsdialog.h"
#include "reportdialog.h"
#include "time/clock.h"
#include "timelinepanel.h"
#include "tlscore.h"

#include <QApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSysInfo>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace testsupport;
using namespace uptrack;

namespace {

/// A console of the test's server: the model, its API, the window.
struct Attached
{
    Attached(const QUrl &server, const QString &key, const QString &fingerprint,
             int silenceMs = 45'000)
        : core(server, key, fingerprint)
        , api(server, key, fingerprint)
        , console(core, api, QStringLiteral("office-server"))
        , window(console, clock)
    {
        core.setStreamTimings(200, 1000, silenceMs);
        console.readSettings();
        core.start();
        window.show();
    }
    bool loaded()
    {
        return waitFor([&] { return core.isLoaded() && window.model()->rowCount() > 0; }, 20'000);
    }
    int rowOf(const QString &name) const
    {
        for (int r = 0; r < window.model()->rowCount(); ++r) {
            if (window.model()->monitorAt(r)->name == name)
                return r;
        }
        return -1;
    }
    const Monitor *monitor(const QString &name) const
    {
        const int r = rowOf(name);
        return r < 0 ? nullptr : window.model()->monitorAt(r);
    }

    SystemClock clock;
    remote::RemoteCore core;
    remote::ApiClient api;
    RemoteConsole console;
    MainWindow window;
};

} // namespace

class TestRemoteConsole : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<TlsCore> m_core;
    QString m_key;
    QString m_fingerprint;

    CliResult local(QStringList args, const QByteArray &input = {})
    {
        return m_core->local(std::move(args), input);
    }
    QByteArray tokenOf(const QString &name)
    {
        return local({"monitor", "show", name, "--json"})
                .object()
                .value(QLatin1String("token"))
                .toString()
                .toUtf8();
    }
    int ping(const QString &name, const QByteArray &suffix = {}, const QByteArray &body = {})
    {
        return httpStatus(m_core->port(), "POST", "/ping/" + tokenOf(name) + suffix, body);
    }

private slots:
    void initTestCase()
    {
        // This desktop's settings (pins, recent servers) and secrets: the test's own.
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("desktop/config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("desktop/data")).toUtf8());
        qputenv("UPTRACK_SECRETS", "file");
        m_core = std::make_unique<TlsCore>(m_dir.filePath(QStringLiteral("server")));
        QVERIFY(m_core->start());
        m_key = m_core->addKey(QStringLiteral("console"));
        m_fingerprint = m_core->fingerprint();
        QCOMPARE(local({"channel", "add", "--kind", "webhook", "--name", "ops"},
                       "https://hooks.example.lan/uptrack\n")
                         .exitCode,
                 0);
        QCOMPARE(local({"monitor", "add", "--name", "backup", "--period", "1d", "--channel", "ops"})
                         .exitCode,
                 0);
        QCOMPARE(local({"monitor", "add", "--name", "billing", "--period", "1h"}).exitCode, 0);
        QCOMPARE(ping(QStringLiteral("backup"), {}, "rsync: 1204 files\nbackup done\n"), 200);
    }

    void itShowsTheServersMonitorsAndTheirHistory()
    {
        Attached a(m_core->url(), m_key, m_fingerprint);
        QVERIFY(a.loaded());
        QCOMPARE(a.window.model()->rowCount(), 2);
        QVERIFY2(a.window.windowTitle().contains(QLatin1String("office-server")),
                 qPrintable(a.window.windowTitle()));
        QVERIFY(!a.window.connectionBanner()->isVisible());
        // The server's own ping addresses, not this computer's.
        QVERIFY(waitFor([&] { return !a.console.pingUrls().base.isEmpty(); }, 10'000));
        QCOMPARE(a.console.pingUrls().base,
                 QStringLiteral("http://127.0.0.1:%1").arg(m_core->port()));
        QVERIFY(!a.console.pingUrls().pingKey.isEmpty());

        a.window.showMonitor(a.monitor(QStringLiteral("backup"))->id);
        PingLogPanel *log = a.window.details()->pingLog();
        QVERIFY(waitFor([&] { return log->model()->rowCount() == 1; }, 10'000));
        log->table()->selectRow(0);
        QVERIFY(waitFor(
                [&] {
                    return log->bodyViewer()->toPlainText()
                            == QLatin1String("rsync: 1204 files\nbackup done\n");
                },
                10'000));
        // The timeline is drawn from the server's marks, flips and listening spans.
        TimelinePanel *timeline = a.window.details()->timeline();
        QVERIFY(waitFor([&] { return timeline->view()->data().marks.size() == 1; }, 10'000));
        QVERIFY(!timeline->view()->data().marks.isEmpty());
    }

    void aPingAndAFlipShowLiveWithAPopup()
    {
        Attached a(m_core->url(), m_key, m_fingerprint);
        QVERIFY(a.loaded());
        const qint64 before = a.monitor(QStringLiteral("billing"))->nPings;
        QCOMPARE(ping(QStringLiteral("billing"), "/fail", "exit 3"), 200);
        QVERIFY(waitFor(
                [&] {
                    const Monitor *m = a.monitor(QStringLiteral("billing"));
                    return m && m->nPings == before + 1 && m->status == Status::Down;
                },
                5000));
        QVERIFY2(a.window.windowTitle().contains(QLatin1String("1 down")),
                 qPrintable(a.window.windowTitle()));
        // No tray here: the popup is shown in the window.
        bool said = false;
        for (QLabel *l : a.window.findChildren<QLabel *>()) {
            if (l->isVisible() && l->text().contains(QLatin1String("billing is DOWN")))
                said = true;
        }
        QVERIFY(said);
        // The incident is read from the server; its note is written there.
        a.window.showMonitor(a.monitor(QStringLiteral("billing"))->id);
        HistoryPanel *history = a.window.details()->history();
        history->reload();
        QVERIFY(waitFor([&] { return history->incidents()->rowCount() == 1; }, 10'000));
        const qint64 incident = history->incidents()->incidentAt(0)->id;
        std::optional<command::Reply> reply;
        a.console.command(command::SetIncidentNote{incident, QStringLiteral("disk full")},
                          [&](const command::Reply &r) { reply = r; });
        QVERIFY(waitFor([&] { return reply.has_value(); }, 10'000));
        QVERIFY2(reply->ok, qPrintable(reply->error));
        QVERIFY(waitFor(
                [&] {
                    return history->incidents()->rowCount() == 1
                            && history->incidents()->incidentAt(0)->note
                            == QLatin1String("disk full");
                },
                10'000));
        const QJsonArray incidents
                = a.api.requestAndWait("GET",
                                       QStringLiteral("/api/uptrack/v1/incidents?monitor=billing"),
                                       {}, 10'000)
                          .json.value(QLatin1String("incidents"))
                          .toArray();
        QCOMPARE(incidents.size(), 1);
        QCOMPARE(incidents.first().toObject().value(QLatin1String("note")).toString(),
                 QStringLiteral("disk full"));
        QCOMPARE(ping(QStringLiteral("billing")), 200);
        QVERIFY(waitFor([&] { return a.monitor(QStringLiteral("billing"))->status == Status::Up; },
                        5000));
    }

    void aConsoleBackAfterANightSaysWhatHappened()
    {
        // This console last saw the core before billing went down (the test above).
        const QString origin = remote::originOf(m_core->url());
        remote::servers::setLastSeen(origin, QDateTime::currentMSecsSinceEpoch() - 3'600'000);
        Attached a(m_core->url(), m_key, m_fingerprint);
        QVERIFY(a.loaded());
        auto said = [&] {
            for (QLabel *l : a.window.findChildren<QLabel *>()) {
                if (l->isVisible() && l->text().contains(QLatin1String("While you were away"))
                    && l->text().contains(QLatin1String("billing went down")))
                    return true;
            }
            return false;
        };
        QVERIFY(waitFor(said, 10'000));
        // Seen now: the next attach has nothing to say.
        QVERIFY(remote::servers::lastSeen(origin) > QDateTime::currentMSecsSinceEpoch() - 60'000);
    }

    void twoConsolesSeeEachOthersChanges()
    {
        Attached first(m_core->url(), m_key, m_fingerprint);
        Attached second(m_core->url(), m_key, m_fingerprint);
        QVERIFY(first.loaded());
        QVERIFY(second.loaded());
        // Pause from the first window's action; the second shows it, so does the server.
        first.window.showMonitor(first.monitor(QStringLiteral("backup"))->id);
        std::optional<command::Reply> reply;
        first.console.command(command::PauseMonitor{QStringLiteral("backup")},
                              [&](const command::Reply &r) { reply = r; });
        QVERIFY(waitFor([&] { return reply.has_value(); }, 10'000));
        QVERIFY2(reply->ok, qPrintable(reply->error));
        QVERIFY(waitFor(
                [&] { return second.monitor(QStringLiteral("backup"))->status == Status::Paused; },
                5000));
        QCOMPARE(local({"monitor", "show", "backup", "--json"})
                         .object()
                         .value(QLatin1String("status"))
                         .toString(),
                 QStringLiteral("paused"));
        reply.reset();
        second.console.command(command::ResumeMonitor{QStringLiteral("backup"), false},
                               [&](const command::Reply &r) { reply = r; });
        QVERIFY(waitFor([&] { return reply.has_value(); }, 10'000));
        QVERIFY(waitFor(
                [&] { return first.monitor(QStringLiteral("backup"))->status != Status::Paused; },
                5000));
    }

    void theConsolesReadsRefuseNonsense()
    {
        remote::ApiClient api(m_core->url(), m_key, m_fingerprint);
        auto status = [&](const QString &path) {
            return api.requestAndWait("GET", QStringLiteral("/api/uptrack/v1/") + path, {}, 10'000)
                    .status;
        };
        const QString backup = QString::number(
                local({"monitor", "show", "backup", "--json"}).object().value("id").toInt());
        QCOMPARE(status(QStringLiteral("pings?monitor=") + backup), 200);
        QCOMPARE(status(QStringLiteral("pings")), 400); // one monitor at a time
        QCOMPARE(status(QStringLiteral("pings?monitor=nobody")), 404);
        QCOMPARE(status(QStringLiteral("pings?monitor=%1&limit=0").arg(backup)), 400);
        QCOMPARE(status(QStringLiteral("pings?monitor=%1&limit=5001").arg(backup)), 400);
        QCOMPARE(status(QStringLiteral("pings?monitor=%1&preview=-1").arg(backup)), 400);
        QCOMPARE(status(QStringLiteral("pings?monitor=%1&preview=99999999").arg(backup)), 400);
        QCOMPARE(status(QStringLiteral("pings?monitor=%1&from=yesterday").arg(backup)), 400);
        QCOMPARE(status(QStringLiteral("pings/abc")), 404);
        QCOMPARE(status(QStringLiteral("pings/999999")), 404);
        QCOMPARE(status(QStringLiteral("pings/1/2")), 404);
        QCOMPARE(status(QStringLiteral("marks?monitor=%1").arg(backup)), 200);
        QCOMPARE(status(QStringLiteral("marks?monitor=%1&recent=0").arg(backup)), 400);
        QCOMPARE(status(QStringLiteral("marks")), 400);
        QCOMPARE(status(QStringLiteral("marks/x")), 404);
        QCOMPARE(status(QStringLiteral("flips?monitor=%1").arg(backup)), 200);
        QCOMPARE(status(QStringLiteral("flips")), 400);
        QCOMPARE(status(QStringLiteral("monitors/backup/figures?windows=86400")), 200);
        QCOMPARE(status(QStringLiteral("monitors/backup/figures?windows=0")), 400);
        QCOMPARE(status(QStringLiteral("monitors/backup/figures?windows=1,2,3,4,5,6,7,8,9,10,11")),
                 400);
        QCOMPARE(status(QStringLiteral("monitors/nobody/figures")), 404);
        QCOMPARE(api.requestAndWait("POST", QStringLiteral("/api/uptrack/v1/pings"), {}, 10'000)
                         .status,
                 405);
        // Ping bodies are the jobs' output: a read-only key reads marks and figures only.
        remote::ApiClient viewer(m_core->url(), m_core->addKey(QStringLiteral("reader"), true),
                                 m_fingerprint);
        QCOMPARE(viewer.requestAndWait("GET",
                                       QStringLiteral("/api/uptrack/v1/pings?monitor=") + backup,
                                       {}, 10'000)
                         .status,
                 401);
        QCOMPARE(viewer.requestAndWait("GET",
                                       QStringLiteral("/api/uptrack/v1/marks?monitor=") + backup,
                                       {}, 10'000)
                         .status,
                 200);
        // The answers decode to what the history holds.
        const remote::Answer pings = api.requestAndWait(
                "GET", QStringLiteral("/api/uptrack/v1/pings?monitor=%1&preview=5").arg(backup), {},
                10'000);
        const QJsonArray list = pings.json.value(QLatin1String("pings")).toArray();
        QVERIFY(!list.isEmpty());
        const Ping first = pingFromJson(list.first().toObject());
        QCOMPARE(first.body, QByteArray("rsync"));
        const remote::Answer whole = api.requestAndWait(
                "GET", QStringLiteral("/api/uptrack/v1/pings/%1").arg(first.id), {}, 10'000);
        QCOMPARE(pingFromJson(whole.json).body, QByteArray("rsync: 1204 files\nbackup done\n"));
        QCOMPARE(pingFromJson(whole.json).timeMs, first.timeMs);
    }

    void aChannelsSecretGoesToTheServerAndNowhereHere()
    {
        Attached a(m_core->url(), m_key, m_fingerprint);
        QVERIFY(a.loaded());
        HttpSink sink;
        ChannelSpec spec;
        spec.name = QStringLiteral("desk-hook");
        spec.kind = QStringLiteral("webhook");
        // As the channel form builds it.
        const ChannelKind *kind = ChannelKinds::find(spec.kind);
        QVERIFY(kind);
        QVERIFY(kind->build({{QStringLiteral("url"), sink.url(QStringLiteral("/secret-path"))}},
                            &spec.config, &spec.secret)
                        .isEmpty());
        std::optional<command::Reply> reply;
        a.console.command(command::AddChannel{spec, false},
                          [&](const command::Reply &r) { reply = r; });
        QVERIFY(waitFor([&] { return reply.has_value(); }, 10'000));
        QVERIFY2(reply->ok, qPrintable(reply->error));
        QVERIFY(waitFor(
                [&] {
                    for (const Channel &c : a.console.channels()) {
                        if (c.name == QLatin1String("desk-hook"))
                            return true;
                    }
                    return false;
                },
                10'000));
        // It is the server's: its store has the URL (a test delivers there) ...
        reply.reset();
        a.console.command(command::TestChannel{QStringLiteral("desk-hook")},
                          [&](const command::Reply &r) { reply = r; });
        QVERIFY(waitFor([&] { return reply.has_value(); }, 20'000));
        QVERIFY2(reply->ok, qPrintable(reply->error));
        QVERIFY(waitFor([&] { return !sink.received.isEmpty(); }, 20'000));
        QCOMPARE(sink.received.first().path, QByteArray("/secret-path"));
        const QJsonArray channels = local({"channel", "list", "--json"}).array();
        bool onServer = false;
        for (const QJsonValue &c : channels) {
            if (c.toObject().value(QLatin1String("name")).toString() == QLatin1String("desk-hook"))
                onServer = c.toObject()
                                   .value(QLatin1String("secret"))
                                   .toString()
                                   .startsWith(QLatin1String("file:"));
        }
        QVERIFY(onServer);
        // ... and nothing of it is on this desktop: not in its settings, not in its store.
        const QString desktop = m_dir.filePath(QStringLiteral("desktop"));
        QDirIterator files(desktop, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("secret-path"), qPrintable(f.fileName()));
        }
        reply.reset();
        a.console.command(command::RemoveChannel{QStringLiteral("desk-hook")},
                          [&](const command::Reply &r) { reply = r; });
        QVERIFY(waitFor([&] { return reply.has_value(); }, 10'000));
        QVERIFY(reply->ok);
    }

    void theServersSettingsAreReadAndChangedOverTheApi()
    {
        Attached a(m_core->url(), m_key, m_fingerprint);
        QVERIFY(a.loaded());
        RemoteSettingsDialog dialog(a.console, &a.window);
        QVERIFY(waitFor([&] { return !dialog.listen()->text().isEmpty(); }, 10'000));
        QCOMPARE(dialog.listen()->text(), QStringLiteral("127.0.0.1:%1").arg(m_core->port()));
        QCOMPARE(dialog.keepPings()->value(), 1000);
        // A listen address that cannot be parsed is refused with a sentence; nothing moves.
        QDialogButtonBox *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        dialog.listen()->setText(QStringLiteral("not an address"));
        buttons->button(QDialogButtonBox::Save)->click();
        QVERIFY(waitFor(
                [&] { return dialog.status()->text().contains(QLatin1String("Not saved")); },
                10'000));
        QVERIFY(dialog.result() != QDialog::Accepted);
        dialog.listen()->setText(QStringLiteral("127.0.0.1:%1").arg(m_core->port()));
        dialog.keepPings()->setValue(250);
        dialog.bodyCap()->setValue(50);
        buttons->button(QDialogButtonBox::Save)->click();
        QVERIFY(waitFor([&] { return dialog.result() == QDialog::Accepted; }, 10'000));
        remote::Answer got = a.api.requestAndWait("GET", QStringLiteral("/api/uptrack/v1/settings"),
                                                  {}, 10'000);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.json.value(QLatin1String("pings_kept_per_monitor")).toInt(), 250);
        QCOMPARE(got.json.value(QLatin1String("ping_body_limit")).toInt(), 50 * 1024);
        // Refusals, field by field.
        got = a.api.requestAndWait("POST", QStringLiteral("/api/uptrack/v1/settings"),
                                   QJsonObject{{QStringLiteral("listen"), QStringLiteral("nope")}},
                                   10'000);
        QCOMPARE(got.status, 400);
        QVERIFY2(
                got.json.value(QLatin1String("error")).toString().contains(QLatin1String("listen")),
                got.body.constData());
        got = a.api.requestAndWait("POST", QStringLiteral("/api/uptrack/v1/settings"),
                                   QJsonObject{{QStringLiteral("database"), QStringLiteral("/x")}},
                                   10'000);
        QCOMPARE(got.status, 400);
        QCOMPARE(got.json.value(QLatin1String("field")).toString(), QStringLiteral("database"));
        got = a.api.requestAndWait("POST", QStringLiteral("/api/uptrack/v1/settings"),
                                   QJsonObject{{QStringLiteral("pings_kept_per_monitor"), 0}},
                                   10'000);
        QCOMPARE(got.status, 400);
        // Back to what the other tests expect.
        got = a.api.requestAndWait("POST", QStringLiteral("/api/uptrack/v1/settings"),
                                   QJsonObject{{QStringLiteral("pings_kept_per_monitor"), 1000},
                                               {QStringLiteral("ping_body_limit"), 100 * 1024}},
                                   10'000);
        QCOMPARE(got.status, 200);
        // A read-only key may not change them.
        remote::ApiClient readOnly(m_core->url(), m_core->addKey(QStringLiteral("viewer"), true),
                                   m_fingerprint);
        got = readOnly.requestAndWait("POST", QStringLiteral("/api/uptrack/v1/settings"),
                                      QJsonObject{{QStringLiteral("pings_kept_per_monitor"), 5}},
                                      10'000);
        QCOMPARE(got.status, 401);
    }

    void aReportIsBuiltOnTheServerAndSavedHere()
    {
        Attached a(m_core->url(), m_key, m_fingerprint);
        QVERIFY(a.loaded());
        ReportDialog dialog(QString(), a.clock, a.console.snapshot(), {}, &a.window);
        dialog.setServer(&a.api, a.console.name());
        dialog.setPeriod(ReportDialog::Last7Days);
        dialog.setFormat(QStringLiteral("csv"));
        dialog.setOpenWhenDone(false);
        const QString path = m_dir.filePath(QStringLiteral("report.csv"));
        QSignalSpy finished(&dialog, &ReportDialog::finished);
        dialog.exportTo(path);
        QVERIFY(finished.wait(60'000));
        QVERIFY2(finished.first().at(1).toString().isEmpty(),
                 qPrintable(finished.first().at(1).toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        // Built there: billing's incident with the note written from a console.
        QVERIFY2(csv.contains("billing,billing,") && csv.contains("disk full"), csv.constData());
    }

    void aServerKilledAndRestartedIsSaidAndCaughtUp()
    {
        Attached a(m_core->url(), m_key, m_fingerprint);
        QVERIFY(a.loaded());
        const int rows = a.window.model()->rowCount();
        m_core->kill9();
        QVERIFY(waitFor([&] { return a.window.connectionBanner()->isVisible(); }, 10'000));
        QVERIFY2(a.window.connectionBanner()->text().contains(
                         QLatin1String("Not connected to office-server since")),
                 qPrintable(a.window.connectionBanner()->text()));
        QVERIFY(a.window.windowTitle().contains(QLatin1String("not connected")));
        // The last known state stays on show (marked stale), the window keeps working.
        QCOMPARE(a.window.model()->rowCount(), rows);
        QVERIFY(m_core->start());
        // Something happened meanwhile: it is there after the catch-up, once.
        QCOMPARE(local({"monitor", "add", "--name", "while-away", "--period", "1h"}).exitCode, 0);
        QVERIFY(waitFor([&] { return !a.window.connectionBanner()->isVisible(); }, 20'000));
        QVERIFY(waitFor([&] { return a.rowOf(QStringLiteral("while-away")) >= 0; }, 10'000));
        QCOMPARE(a.window.model()->rowCount(), rows + 1);
        QVERIFY(!a.window.windowTitle().contains(QLatin1String("not connected")));
        QCOMPARE(local({"monitor", "remove", "while-away"}).exitCode, 0);
        QVERIFY(waitFor([&] { return a.window.model()->rowCount() == rows; }, 10'000));
    }

    void aPulledCableIsSaidAndCaughtUpWithoutFreezingTheWindow()
    {
        Relay relay(m_core->tlsPort());
        QVERIFY(relay.listen());
        // Silence longer than the core's 15 s keep-alive means the line is dead.
        Attached a(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(relay.port())), m_key,
                   m_fingerprint, 18'000);
        QVERIFY(a.loaded());
        QVERIFY(waitFor([&] { return a.core.connected(); }, 10'000));
        const qint64 before = a.monitor(QStringLiteral("billing"))->nPings;
        relay.freeze(true);
        QCOMPARE(ping(QStringLiteral("billing")), 200);
        QCOMPARE(ping(QStringLiteral("billing")), 200);
        // The window's event loop keeps running while the line is dead: a 50 ms timer is
        // served all along, and the banner comes.
        int ticks = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, this, [&] { ++ticks; });
        tick.start(50);
        QElapsedTimer frozen;
        frozen.start();
        QVERIFY(waitFor([&] { return a.window.connectionBanner()->isVisible(); }, 30'000));
        const qint64 waited = frozen.elapsed();
        tick.stop();
        QVERIFY2(ticks >= waited / 50 / 2,
                 qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(ticks).arg(waited)));
        QCOMPARE(a.monitor(QStringLiteral("billing"))->nPings, before); // nothing passed
        relay.freeze(false);
        // Caught up: both pings, once each.
        QVERIFY(waitFor([&] { return !a.window.connectionBanner()->isVisible(); }, 30'000));
        QVERIFY(waitFor([&] { return a.monitor(QStringLiteral("billing"))->nPings == before + 2; },
                        10'000));
        QTest::qWait(500);
        QCOMPARE(a.monitor(QStringLiteral("billing"))->nPings, before + 2);
        QCOMPARE(a.window.model()->rowCount(), int(a.core.snapshot().size()));
    }

    void uptrackConnectFromAScriptAsksNothingAndSaysWhatIsMissing()
    {
        // The real program, offscreen: nobody could answer a dialog, so none is shown.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("script/c")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("script/d")));
        env.insert(QStringLiteral("UPTRACK_SECRETS"), QStringLiteral("file"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("UPTRACK_API_KEY"));
        env.remove(QStringLiteral("UPTRACK_FINGERPRINT"));
        const QString server = m_core->server();
        CliResult r = cli({QStringLiteral("--connect"), QStringLiteral("https://")}, {}, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--connect"), r.err.constData());
        r = cli({QStringLiteral("--connect"), server}, {}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("--fingerprint") && r.err.contains(m_fingerprint.toUtf8()),
                 r.err.constData());
        r = cli({QStringLiteral("--connect"), server, QStringLiteral("--fingerprint"),
                 m_core->otherFingerprint()},
                {}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("uptrack tls fingerprint"), r.err.constData());
        r = cli({QStringLiteral("--connect"), server, QStringLiteral("--fingerprint"),
                 QStringLiteral("not-hex")},
                {}, env);
        QCOMPARE(r.exitCode, 2);
        env.insert(QStringLiteral("UPTRACK_FINGERPRINT"), m_fingerprint);
        r = cli({QStringLiteral("--connect"), server}, {}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("UPTRACK_API_KEY"), r.err.constData());
        env.insert(QStringLiteral("UPTRACK_API_KEY"), QStringLiteral("y").repeated(32));
        r = cli({QStringLiteral("--connect"), server}, {}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("refused the API key"), r.err.constData());
        QVERIFY(!cli({QStringLiteral("--headless"), QStringLiteral("--connect"), server}, {}, env)
                         .err.isEmpty());
        // Everything given: it attaches and runs until told to stop.
        env.insert(QStringLiteral("UPTRACK_API_KEY"), m_key);
        QProcess console;
        console.setProcessEnvironment(env);
        console.start(binary(), {QStringLiteral("--connect"), server});
        QByteArray err;
        QVERIFY(waitFor(
                [&] {
                    err += console.readAllStandardError();
                    return err.contains("attached to");
                },
                20'000));
        QVERIFY2(console.state() == QProcess::Running, err.constData());
        console.terminate();
        QVERIFY(console.waitForFinished(15'000));
        QCOMPARE(console.exitCode(), 0);
    }

    void theFirstAttachAsksAboutTheCertificateOnce()
    {
        const QString origin = remote::originOf(m_core->url());
        qputenv("UPTRACK_API_KEY", m_key.toUtf8());
        // Cancelled: nothing is pinned, nothing said.
        QTimer::singleShot(500, [] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *d = qobject_cast<FingerprintDialog *>(w)) {
                    QVERIFY(d->findChild<QLabel *>(QStringLiteral("fingerprint")));
                    d->reject();
                }
            }
        });
        QString error = QStringLiteral("unset");
        QVERIFY(!prepareAttachment(m_core->url(), QString(), nullptr, &error));
        QVERIFY(error.isEmpty());
        QVERIFY(remote::pins::pinned(origin).isEmpty());
        // Accepted: pinned, and remembered as a recent server.
        QString shown;
        QTimer::singleShot(500, [&shown] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *d = qobject_cast<FingerprintDialog *>(w)) {
                    shown = d->findChild<QLabel *>(QStringLiteral("fingerprint"))->text();
                    d->accept();
                }
            }
        });
        const auto attached = prepareAttachment(m_core->url(), QString(), nullptr, &error);
        QVERIFY2(attached, qPrintable(error));
        QCOMPARE(shown.remove(QLatin1Char('\n')), m_fingerprint);
        QCOMPARE(remote::pins::pinned(origin), m_fingerprint);
        QCOMPARE(attached->name, QSysInfo::machineHostName());
        QVERIFY(remote::servers::recent().contains(origin));
        // Next time nothing is asked (a dialog would hang this call).
        QVERIFY(prepareAttachment(m_core->url(), QString(), nullptr, &error));
        // A changed certificate is refused, with what to check; never asked about.
        remote::pins::pin(origin, m_core->otherFingerprint());
        QVERIFY(!prepareAttachment(m_core->url(), QString(), nullptr, &error));
        QVERIFY2(error.contains(QLatin1String("uptrack tls fingerprint")), qPrintable(error));
        remote::pins::pin(origin, m_fingerprint);
        // A wrong key is asked again; the right one typed is kept for next time.
        qunsetenv("UPTRACK_API_KEY");
        int asked = 0;
        std::function<void()> answer = [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *d = qobject_cast<QInputDialog *>(w); d && d->isVisible()) {
                    ++asked;
                    d->setTextValue(asked == 1 ? QStringLiteral("x").repeated(32) : m_key);
                    d->accept();
                    if (asked == 1)
                        QTimer::singleShot(500, answer);
                    return;
                }
            }
            QTimer::singleShot(200, answer);
        };
        QTimer::singleShot(200, answer);
        const auto typed = prepareAttachment(m_core->url(), QString(), nullptr, &error);
        QVERIFY2(typed, qPrintable(error));
        QCOMPARE(asked, 2);
        QCOMPARE(typed->apiKey, m_key);
        QVERIFY(prepareAttachment(m_core->url(), QString(), nullptr, &error)); // from the store
        // HTTPS to a plain HTTP port: one sentence, no dialog, no hang.
        QVERIFY(!prepareAttachment(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_core->port())),
                                   QString(), nullptr, &error));
        QVERIFY2(error.contains(QLatin1String("127.0.0.1")), qPrintable(error));
        // Something that is not Uptrack.
        HttpSink other;
        QVERIFY(!prepareAttachment(QUrl(other.url(QString())), QString(), nullptr, &error));
        QVERIFY2(error.contains(QLatin1String("does not look like an Uptrack server")),
                 qPrintable(error));
        // Nobody there.
        QVERIFY(!prepareAttachment(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(freePort())),
                                   QString(), nullptr, &error));
        QVERIFY2(error.contains(QLatin1String("Could not reach")), qPrintable(error));
    }
};

QTEST_MAIN(TestRemoteConsole)
#include "tst_remoteconsole.moc"
