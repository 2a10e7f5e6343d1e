// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The typed command codec: every command survives the trip through JSON (the control
// socket) unchanged, only what a spec sets travels, and nonsense is refused by name.
#include "control/commands.h"

#include <QJsonArray>
#include <QTest>

using namespace uptrack;
using namespace uptrack::command;

namespace {
Command roundTrip(const Command &c)
{
    QString error;
    const auto back = fromJson(toJson(c), &error);
    [&] { QVERIFY2(back, qPrintable(error)); }();
    return back.value_or(ShowConsole{});
}

MonitorSpec fullSpec()
{
    MonitorSpec s;
    s.name = QStringLiteral("Nightly billing");
    s.slug = QStringLiteral("nightly-billing");
    s.periodMs = 86'400'000;
    s.graceMs = 1'800'000;
    s.tags = QStringList{QStringLiteral("billing"), QStringLiteral("prod")};
    s.description = QStringLiteral("Invoices for every customer");
    s.resumeOnPing = true;
    s.channels = QStringList{QStringLiteral("ops")};
    s.cron = QStringLiteral("0 2 * * *");
    s.timeZone = QStringLiteral("Europe/Berlin");
    s.maxRunMs = 7'200'000;
    s.slowRunMs = 3'600'000;
    s.successKeywords = QStringLiteral("done");
    s.failureKeywords = QStringLiteral("error,fatal");
    s.startKeywords = QStringLiteral("starting");
    s.kind = MonitorKind::Http;
    s.check = QJsonObject{{QStringLiteral("target"), QStringLiteral("https://intranet/")}};
    return s;
}

void compareSpecs(const MonitorSpec &a, const MonitorSpec &b)
{
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.slug, b.slug);
    QCOMPARE(a.periodMs, b.periodMs);
    QCOMPARE(a.graceMs, b.graceMs);
    QCOMPARE(a.tags, b.tags);
    QCOMPARE(a.description, b.description);
    QCOMPARE(a.resumeOnPing, b.resumeOnPing);
    QCOMPARE(a.channels, b.channels);
    QCOMPARE(a.cron, b.cron);
    QCOMPARE(a.timeZone, b.timeZone);
    QCOMPARE(a.maxRunMs, b.maxRunMs);
    QCOMPARE(a.slowRunMs, b.slowRunMs);
    QCOMPARE(a.successKeywords, b.successKeywords);
    QCOMPARE(a.failureKeywords, b.failureKeywords);
    QCOMPARE(a.startKeywords, b.startKeywords);
    QCOMPARE(a.kind, b.kind);
    QCOMPARE(a.check, b.check);
}
} // namespace

class TestCommands : public QObject
{
    Q_OBJECT
private slots:
    void monitorCommandsRoundTrip()
    {
        AddMonitor add{fullSpec(), {{QStringLiteral("Authorization"), QStringLiteral("Bearer x")}}};
        const auto addBack = std::get<AddMonitor>(roundTrip(add));
        compareSpecs(addBack.spec, add.spec);
        QCOMPARE(addBack.secretHeaders, add.secretHeaders);

        EditMonitor edit{QStringLiteral("nightly-billing"), {}, {}};
        edit.spec.graceMs = 60'000;
        const QJsonObject json = toJson(edit);
        QCOMPARE(json.value(QLatin1String("command")).toString(), QStringLiteral("monitor.edit"));
        // An edit names only what changes.
        QCOMPARE(json.keys(),
                 (QStringList{QStringLiteral("command"), QStringLiteral("grace_ms"),
                              QStringLiteral("monitor")}));
        const auto editBack = std::get<EditMonitor>(roundTrip(edit));
        QCOMPARE(editBack.monitor, edit.monitor);
        compareSpecs(editBack.spec, edit.spec);
        QVERIFY(!editBack.spec.name);

        QCOMPARE(std::get<PauseMonitor>(roundTrip(PauseMonitor{QStringLiteral("7")})).monitor,
                 QStringLiteral("7"));
        QCOMPARE(std::get<ResumeMonitor>(roundTrip(ResumeMonitor{QStringLiteral("a")})).monitor,
                 QStringLiteral("a"));
        QCOMPARE(std::get<RemoveMonitor>(roundTrip(RemoveMonitor{QStringLiteral("b")})).monitor,
                 QStringLiteral("b"));
        QCOMPARE(std::get<TestPing>(roundTrip(TestPing{QStringLiteral("c")})).monitor,
                 QStringLiteral("c"));
    }

    void otherCommandsRoundTrip()
    {
        AddChannel add;
        add.channel.name = QStringLiteral("ops");
        add.channel.kind = QStringLiteral("slack");
        add.channel.config = QJsonObject{{QStringLiteral("x"), 1}};
        add.channel.secret = QStringLiteral("https://hooks.slack.com/services/T/B/X");
        add.channel.onUp = false;
        add.channel.reminderMs = 3'600'000;
        add.channel.isDefault = true;
        const ChannelSpec back = std::get<AddChannel>(roundTrip(add)).channel;
        QCOMPARE(back.name, add.channel.name);
        QCOMPARE(back.kind, add.channel.kind);
        QCOMPARE(back.config, add.channel.config);
        QCOMPARE(back.secret, add.channel.secret);
        QCOMPARE(back.onDown, true);
        QCOMPARE(back.onUp, false);
        QCOMPARE(back.reminderMs, 3'600'000);
        QCOMPARE(back.isDefault, true);
        EditChannel edit;
        edit.channel = QStringLiteral("ops");
        edit.reminderMs = 7'200'000;
        edit.isDefault = false;
        const EditChannel editBack = std::get<EditChannel>(roundTrip(edit));
        QCOMPARE(editBack.channel, QStringLiteral("ops"));
        QCOMPARE(editBack.reminderMs, std::optional<qint64>(7'200'000));
        QCOMPARE(editBack.isDefault, std::optional<bool>(false));
        QVERIFY(!editBack.name && !editBack.onDown && !editBack.onUp); // unset stays unset
        QCOMPARE(std::get<RemoveChannel>(roundTrip(RemoveChannel{QStringLiteral("ops")})).channel,
                 QStringLiteral("ops"));
        QCOMPARE(std::get<TestChannel>(roundTrip(TestChannel{QStringLiteral("ops")})).channel,
                 QStringLiteral("ops"));
        const auto note = std::get<SetIncidentNote>(
                roundTrip(SetIncidentNote{42, QStringLiteral("disk full, cleaned up")}));
        QCOMPARE(note.incident, 42);
        QCOMPARE(note.note, QStringLiteral("disk full, cleaned up"));
        QVERIFY(std::holds_alternative<ShowConsole>(roundTrip(ShowConsole{})));
    }

    void namesOnTheWire_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addRow("add") << "monitor.add";
        QTest::addRow("edit") << "monitor.edit";
        QTest::addRow("pause") << "monitor.pause";
        QTest::addRow("resume") << "monitor.resume";
        QTest::addRow("remove") << "monitor.remove";
        QTest::addRow("ping") << "monitor.ping";
        QTest::addRow("channel add") << "channel.add";
        QTest::addRow("channel remove") << "channel.remove";
        QTest::addRow("channel test") << "channel.test";
        QTest::addRow("note") << "incident.note";
        QTest::addRow("show") << "console.show";
    }
    void namesOnTheWire()
    {
        QFETCH(QString, name);
        QString error;
        const auto c = fromJson(QJsonObject{{QStringLiteral("command"), name}}, &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(nameOf(*c), name);
    }

    void nonsenseIsRefusedByName()
    {
        QString error;
        QVERIFY(!fromJson(
                QJsonObject{{QStringLiteral("command"), QStringLiteral("monitor.explode")}},
                &error));
        QVERIFY2(error.contains(QStringLiteral("monitor.explode")), qPrintable(error));
        QVERIFY(!fromJson(QJsonObject{}, &error));
        QVERIFY(!fromJson(QJsonObject{{QStringLiteral("command"), QStringLiteral("monitor.add")},
                                      {QStringLiteral("kind"), QStringLiteral("ftp")}},
                          &error));
        QVERIFY2(error.contains(QStringLiteral("ftp")), qPrintable(error));
    }

    void repliesRoundTrip()
    {
        Reply r = Reply::refused({{QStringLiteral("period"), QStringLiteral("too short")},
                                  {QStringLiteral("slug"), QStringLiteral("taken")}});
        QVERIFY(!r.ok);
        QCOMPARE(r.error, QStringLiteral("too short\ntaken"));
        Reply back = Reply::fromJson(r.toJson());
        QCOMPARE(back.ok, false);
        QCOMPARE(back.error, r.error);
        QCOMPARE(back.problems, r.problems);
        r = Reply::success(7);
        r.delivered = true;
        r.outcome = QStringLiteral("HTTP 200");
        r.warning = QStringLiteral("left behind");
        back = Reply::fromJson(r.toJson());
        QVERIFY(back.ok);
        QCOMPARE(back.id, 7);
        QVERIFY(back.delivered);
        QCOMPARE(back.outcome, r.outcome);
        QCOMPARE(back.warning, r.warning);
    }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
