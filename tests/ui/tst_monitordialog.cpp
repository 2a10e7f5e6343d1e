// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The create/edit dialog: validation as the user types, the live cron preview, and
// the command it sends.
#include "checkeditor.h"
#include "i18n/translations.h"
#include "monitordialog.h"
#include "monitorpolicyeditor.h"
#include "time/clock.h"

#include <QAbstractButton>
#include <QApplication>
#include <QBoxLayout>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace uptrack;

namespace {
QPushButton *saveButton(MonitorDialog &d)
{
    return d.buttons()->button(QDialogButtonBox::Save);
}

/// The inline error labels that are showing.
QStringList shownErrors(MonitorDialog &d)
{
    QStringList out;
    for (QLabel *l : d.findChildren<QLabel *>()) {
        if (l->isVisible() && l->styleSheet().contains(QLatin1String("color")))
            out.append(l->text());
    }
    return out;
}
} // namespace

class TestMonitorDialog : public QObject
{
    Q_OBJECT
private slots:
    // An HTTP check made through the dialog: the schedule gives way to the check's
    // fields, mistakes are named, and the command carries the kind and the check.
    void creatingAnHttpCheck()
    {
        FakeClock clock;
        QJsonObject sent;
        MonitorDialog d(
                clock, std::nullopt, {}, {},
                [&](const command::Command &c, std::function<void(const command::Reply &)> done) {
                    sent = command::toJson(c);
                    done(command::Reply::success(1));
                });
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(!d.targetEdit()->isVisible());
        d.kindBox()->setCurrentIndex(d.kindBox()->findData(QStringLiteral("http")));
        QVERIFY(d.targetEdit()->isVisible());
        QVERIFY(!d.periodEdit()->isVisible()); // no schedule: a check runs on its interval
        QTest::keyClicks(d.nameEdit(), QStringLiteral("Intranet"));
        QVERIFY(!saveButton(d)->isEnabled());
        QVERIFY(shownErrors(d).join(QString()).contains(QStringLiteral("URL")));
        QTest::keyClicks(d.targetEdit(), QStringLiteral("ftp://intranet/"));
        QVERIFY(!saveButton(d)->isEnabled());
        QVERIFY(shownErrors(d).join(QString()).contains(QStringLiteral("https://")));
        // The address's error stands right under the address, not under another field.
        auto *form = qobject_cast<QFormLayout *>(d.targetEdit()->parentWidget()->layout());
        QVERIFY(form);
        int row = -1;
        QFormLayout::ItemRole role;
        form->getWidgetPosition(d.targetEdit(), &row, &role);
        auto *below
                = qobject_cast<QLabel *>(form->itemAt(row + 1, QFormLayout::FieldRole)->widget());
        QVERIFY(below && below->isVisible());
        QVERIFY2(below->text().contains(QStringLiteral("https://")), qPrintable(below->text()));
        QVERIFY(below->height() >= below->heightForWidth(below->width())); // all of it shows
        d.targetEdit()->clear();
        QTest::keyClicks(d.targetEdit(), QStringLiteral("https://intranet.lan/health"));
        d.intervalEdit()->clear();
        QTest::keyClicks(d.intervalEdit(), QStringLiteral("5s"));
        QVERIFY(!saveButton(d)->isEnabled()); // below 10 s
        d.intervalEdit()->clear();
        QTest::keyClicks(d.intervalEdit(), QStringLiteral("30s"));
        QTest::keyClicks(d.keywordEdit(), QStringLiteral("OK"));
        QVERIFY2(saveButton(d)->isEnabled(), qPrintable(d.problems()));
        QTest::mouseClick(saveButton(d), Qt::LeftButton);
        QCOMPARE(sent.value(QLatin1String("kind")).toString(), QStringLiteral("http"));
        const QJsonObject check = sent.value(QLatin1String("check")).toObject();
        QCOMPARE(check.value(QLatin1String("target")).toString(),
                 QStringLiteral("https://intranet.lan/health"));
        QCOMPARE(check.value(QLatin1String("interval")).toDouble(), 30.0);
        QCOMPARE(check.value(QLatin1String("keyword")).toString(), QStringLiteral("OK"));
        QCOMPARE(check.value(QLatin1String("confirmations")).toInt(), 2);
        QVERIFY(!sent.contains(QLatin1String("period_ms")));

        // A TCP check shows only what applies to it.
        MonitorDialog tcp(
                clock, std::nullopt, {}, {},
                [](const command::Command &, std::function<void(const command::Reply &)>) {});
        tcp.show();
        tcp.kindBox()->setCurrentIndex(tcp.kindBox()->findData(QStringLiteral("tcp")));
        QVERIFY(tcp.targetEdit()->isVisible());
        QVERIFY(!tcp.keywordEdit()->isVisible());
        QTest::keyClicks(tcp.nameEdit(), QStringLiteral("Database"));
        QTest::keyClicks(tcp.targetEdit(), QStringLiteral("db01.lan:5432"));
        QVERIFY2(tcp.buttons()->button(QDialogButtonBox::Save)->isEnabled(),
                 qPrintable(tcp.problems()));
    }

    // ICMP and DNS checks show their own fields, name their mistakes under them, and
    // send them in the check's JSON.
    void creatingIcmpAndDnsChecks()
    {
        FakeClock clock;
        QJsonObject sent;
        auto send
                = [&](const command::Command &c, std::function<void(const command::Reply &)> done) {
                      sent = command::toJson(c);
                      done(command::Reply::success(1));
                  };
        MonitorDialog ping(clock, std::nullopt, {}, {}, send);
        ping.show();
        QVERIFY(QTest::qWaitForWindowExposed(&ping));
        // Through the kinds as the keyboard goes, each showing and hiding its own rows.
        for (const char *kind : {"http", "tcp", "icmp"})
            ping.kindBox()->setCurrentIndex(ping.kindBox()->findData(QLatin1String(kind)));
        CheckEditor *e = ping.checkEditor();
        // Alt+A reaches the address, inside the row it shares with its error.
        ping.activateWindow();
        QTRY_VERIFY(ping.nameEdit()->hasFocus());
        QTest::keyClick(&ping, Qt::Key_A, Qt::AltModifier);
        QTRY_VERIFY(ping.targetEdit()->hasFocus());
        QVERIFY(e->countSpin()->isVisible());
        QVERIFY(!e->recordCombo()->isVisible());
        QVERIFY(!ping.keywordEdit()->isVisible());
        QTest::keyClicks(ping.nameEdit(), QStringLiteral("Printer"));
        QVERIFY(shownErrors(ping).join(QString()).contains(QStringLiteral("host name or address")));
        QTest::keyClicks(ping.targetEdit(), QStringLiteral("printer:9100"));
        QVERIFY(!saveButton(ping)->isEnabled());
        QVERIFY(shownErrors(ping).join(QString()).contains(QStringLiteral("not a host name")));
        // Its error shows whole under the address, even after the HTTP rows were hidden.
        QLabel *error = nullptr;
        for (QLabel *l : ping.findChildren<QLabel *>()) {
            if (l->isVisible() && l->text().contains(QLatin1String("9100")))
                error = l;
        }
        QVERIFY(error);
        QTRY_VERIFY2(error->height() >= error->heightForWidth(error->width()),
                     qPrintable(QString::number(error->height())));
        QVERIFY(error->geometry().top() >= ping.targetEdit()->geometry().bottom());
        ping.targetEdit()->clear();
        QTest::keyClicks(ping.targetEdit(), QStringLiteral("printer.lan"));
        e->countSpin()->setValue(20); // twenty requests need more than the 10 s timeout
        QVERIFY(!saveButton(ping)->isEnabled());
        QVERIFY(shownErrors(ping).join(QString()).contains(QStringLiteral("10.5 seconds")));
        e->countSpin()->setValue(5);
        QVERIFY2(saveButton(ping)->isEnabled(), qPrintable(ping.problems()));
        QTest::mouseClick(saveButton(ping), Qt::LeftButton);
        QCOMPARE(sent.value(QLatin1String("kind")).toString(), QStringLiteral("icmp"));
        QJsonObject check = sent.value(QLatin1String("check")).toObject();
        QCOMPARE(check.value(QLatin1String("target")).toString(), QStringLiteral("printer.lan"));
        QCOMPARE(check.value(QLatin1String("count")).toInt(), 5);
        QCOMPARE(check.value(QLatin1String("max_loss")).toInt(), 50);

        MonitorDialog dns(clock, std::nullopt, {}, {}, send);
        dns.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dns));
        dns.kindBox()->setCurrentIndex(dns.kindBox()->findData(QStringLiteral("dns")));
        e = dns.checkEditor();
        QVERIFY(e->recordCombo()->isVisible());
        QVERIFY(e->serverEdit()->isVisible());
        QVERIFY(!e->countSpin()->isVisible());
        QTest::keyClicks(dns.nameEdit(), QStringLiteral("Intranet name"));
        QTest::keyClicks(dns.targetEdit(), QStringLiteral("intranet.office.lan"));
        e->recordCombo()->setCurrentText(QStringLiteral("AAAA"));
        QTest::keyClicks(e->expectValueEdit(), QStringLiteral("192.168.1.5"));
        QVERIFY(!saveButton(dns)->isEnabled());
        QVERIFY(shownErrors(dns).join(QString()).contains(QStringLiteral("IPv6")));
        e->recordCombo()->setCurrentText(QStringLiteral("A"));
        QTest::keyClicks(e->serverEdit(), QStringLiteral("ns1.lan"));
        QVERIFY(!saveButton(dns)->isEnabled());
        QVERIFY(shownErrors(dns).join(QString()).contains(QStringLiteral("IP address")));
        e->serverEdit()->clear();
        QTest::keyClicks(e->serverEdit(), QStringLiteral("192.168.1.1"));
        QVERIFY2(saveButton(dns)->isEnabled(), qPrintable(dns.problems()));
        QTest::mouseClick(saveButton(dns), Qt::LeftButton);
        QCOMPARE(sent.value(QLatin1String("kind")).toString(), QStringLiteral("dns"));
        check = sent.value(QLatin1String("check")).toObject();
        QCOMPARE(check.value(QLatin1String("target")).toString(),
                 QStringLiteral("intranet.office.lan"));
        QCOMPARE(check.value(QLatin1String("record")).toString(), QStringLiteral("A"));
        QCOMPARE(check.value(QLatin1String("expect_value")).toString(),
                 QStringLiteral("192.168.1.5"));
        QCOMPARE(check.value(QLatin1String("server")).toString(), QStringLiteral("192.168.1.1"));
    }

    // Alt+letter reaches one field only: no two visible labels, boxes or buttons share
    // a mnemonic, whatever the kind.
    void mnemonicsAreUniquePerKind_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }
    void mnemonicsAreUniquePerKind()
    {
        QFETCH(QString, language);
        i18n::install(language, QStringLiteral(UPTRACK_QM_DIR));
        auto english = qScopeGuard(
                [] { i18n::install(QStringLiteral("en"), QStringLiteral(UPTRACK_QM_DIR)); });
        FakeClock clock;
        Channel mail;
        mail.id = 1;
        mail.name = QStringLiteral("Admin e-mail");
        mail.kind = QStringLiteral("email");
        MonitorDialog d(
                clock, std::nullopt, {mail}, {},
                [](const command::Command &, std::function<void(const command::Reply &)>) {});
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QCOMPARE(d.windowTitle() == QLatin1String("New monitor"), language == QLatin1String("en"));
        for (int i = 0; i < d.kindBox()->count(); ++i) {
            d.kindBox()->setCurrentIndex(i);
            QMap<QChar, QString> seen;
            auto check = [&](const QString &text) {
                const qsizetype at = text.indexOf(QLatin1Char('&'));
                if (at < 0 || at + 1 >= text.size() || text[at + 1] == QLatin1Char('&'))
                    return;
                const QChar key = text[at + 1].toLower();
                QVERIFY2(!seen.contains(key),
                         qPrintable(QStringLiteral("%1: \"%2\" and \"%3\" share Alt+%4")
                                            .arg(d.kindBox()->currentText(), seen.value(key), text,
                                                 QString(key))));
                seen.insert(key, text);
            };
            for (QLabel *l : d.findChildren<QLabel *>()) {
                if (l->isVisible() && l->buddy())
                    check(l->text());
            }
            for (QAbstractButton *b : d.findChildren<QAbstractButton *>()) {
                if (b->isVisible())
                    check(b->text());
            }
        }
    }

    void typingANameMakesTheSlugAndEnablesSave()
    {
        FakeClock clock;
        QJsonObject sent;
        MonitorDialog d(
                clock, std::nullopt, {}, {QStringLiteral("taken")},
                [&](const command::Command &c, std::function<void(const command::Reply &)> done) {
                    sent = command::toJson(c);
                    done(command::Reply::success(1));
                });
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(!saveButton(d)->isEnabled()); // no name yet
        // Nothing typed yet: no red errors, and Save says why it waits.
        QVERIFY(shownErrors(d).isEmpty());
        QVERIFY(saveButton(d)->toolTip().contains(QStringLiteral("name")));
        QTest::keyClicks(d.nameEdit(), QStringLiteral("x"));
        QTest::keyClick(d.nameEdit(), Qt::Key_Backspace);
        QVERIFY(shownErrors(d).join(QString()).contains(QStringLiteral("name"))); // now, yes

        QTest::keyClicks(d.nameEdit(), QStringLiteral("Nightly Billing"));
        QCOMPARE(d.slugEdit()->text(), QStringLiteral("nightly-billing"));
        QVERIFY(saveButton(d)->isEnabled());
        QVERIFY(shownErrors(d).isEmpty());

        d.periodEdit()->clear();
        QTest::keyClicks(d.periodEdit(), QStringLiteral("2h"));
        QTest::mouseClick(saveButton(d), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(sent.value(QLatin1String("command")).toString(), QStringLiteral("monitor.add"));
        QCOMPARE(sent.value(QLatin1String("name")).toString(), QStringLiteral("Nightly Billing"));
        QCOMPARE(sent.value(QLatin1String("slug")).toString(), QStringLiteral("nightly-billing"));
        QCOMPARE(sent.value(QLatin1String("period_ms")).toDouble(), 7'200'000.0);
    }

    // Escape on a form with something typed asks first; on an untouched one it just closes.
    void escapeAsksBeforeThrowingAwayWhatWasTyped()
    {
        FakeClock clock;
        auto submit = [](const command::Command &, std::function<void(const command::Reply &)>) {};
        MonitorDialog untouched(clock, std::nullopt, {}, {}, submit);
        untouched.show();
        QVERIFY(QTest::qWaitForWindowExposed(&untouched));
        QTest::keyClick(&untouched, Qt::Key_Escape);
        QVERIFY(!untouched.isVisible());

        MonitorDialog d(clock, std::nullopt, {}, {}, submit);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QTest::keyClicks(d.nameEdit(), QStringLiteral("Nightly"));
        QStringList asked;
        QMessageBox::StandardButton answer = QMessageBox::Cancel;
        QTimer watcher;
        connect(&watcher, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                asked << box->text();
                box->button(answer)->click();
            }
        });
        watcher.start(20);
        QTest::keyClick(d.nameEdit(), Qt::Key_Escape);
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked[0].contains(QStringLiteral("lose what you typed")));
        QVERIFY(d.isVisible()); // kept
        QCOMPARE(d.nameEdit()->text(), QStringLiteral("Nightly"));
        answer = QMessageBox::Discard;
        QTest::keyClick(d.nameEdit(), Qt::Key_Escape);
        QCOMPARE(asked.size(), 2);
        QVERIFY(!d.isVisible());
    }

    void invalidInputShowsWhyAndDisablesSave_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::addRow("bad period") << "period"
                                    << "soon"
                                    << "Period";
        QTest::addRow("period too short") << "period"
                                          << "0s"
                                          << "Period";
        QTest::addRow("slug with spaces") << "slug"
                                          << "a b"
                                          << "lower-case";
        QTest::addRow("slug taken") << "slug"
                                    << "taken"
                                    << "already used";
        QTest::addRow("cron out of range") << "cron"
                                           << "0 25 * * *"
                                           << "hour";
        QTest::addRow("cron too few fields") << "cron"
                                             << "0 2 *"
                                             << "field";
    }
    void invalidInputShowsWhyAndDisablesSave()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, says);
        FakeClock clock;
        bool submitted = false;
        MonitorDialog d(clock, std::nullopt, {}, {QStringLiteral("taken")},
                        [&](const command::Command &, std::function<void(const command::Reply &)>) {
                            submitted = true;
                        });
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QTest::keyClicks(d.nameEdit(), QStringLiteral("Backup"));
        QVERIFY(saveButton(d)->isEnabled());
        QLineEdit *edit = field == QLatin1String("period") ? d.periodEdit()
                : field == QLatin1String("slug")           ? d.slugEdit()
                                                           : d.cronEdit();
        if (field == QLatin1String("cron"))
            QTest::mouseClick(d.cronButton(), Qt::LeftButton);
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QVERIFY(!saveButton(d)->isEnabled());
        const QString errors = shownErrors(d).join(QLatin1Char('\n'));
        QVERIFY2(errors.contains(says, Qt::CaseInsensitive), qPrintable(errors));
        // Return does not save an invalid monitor either.
        QTest::keyClick(&d, Qt::Key_Return);
        QVERIFY(!submitted);
        QVERIFY(d.isVisible());
    }

    void cronPreviewShowsTheNextFiveRunsInTheZone()
    {
        // Saturday 2026-03-28 12:00 UTC; Berlin moves to summer time on Sunday the 29th.
        FakeClock clock(QDateTime(QDate(2026, 3, 28), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
        MonitorDialog d(
                clock, std::nullopt, {}, {},
                [](const command::Command &, std::function<void(const command::Reply &)>) {});
        d.show();
        QTest::keyClicks(d.nameEdit(), QStringLiteral("Nightly"));
        QTest::mouseClick(d.cronButton(), Qt::LeftButton);
        d.cronEdit()->selectAll();
        QTest::keyClicks(d.cronEdit(), QStringLiteral("30 2 * * *"));
        d.zoneBox()->setCurrentText(QStringLiteral("Europe/Berlin"));
        const QList<qint64> runs = d.previewedRuns();
        QCOMPARE(runs.size(), 5);
        auto utc = [](int day, int h, int m) {
            return QDateTime(QDate(2026, 3, day), QTime(h, m), Qt::UTC).toMSecsSinceEpoch();
        };
        // 02:30 does not exist on the 29th: cron runs it once, right after the gap (03:00
        // CEST = 01:00 UTC); then 02:30 CEST = 00:30 UTC.
        QCOMPARE(runs.at(0), utc(29, 1, 0));
        QCOMPARE(runs.at(1), utc(30, 0, 30));
        QCOMPARE(runs.at(4),
                 QDateTime(QDate(2026, 4, 2), QTime(0, 30), Qt::UTC).toMSecsSinceEpoch());
        QVERIFY(saveButton(d)->isEnabled());
        const QJsonObject c = command::toJson(d.command());
        QCOMPARE(c.value(QLatin1String("cron")).toString(), QStringLiteral("30 2 * * *"));
        QCOMPARE(c.value(QLatin1String("tz")).toString(), QStringLiteral("Europe/Berlin"));

        d.zoneBox()->setCurrentText(QStringLiteral("Mars/Olympus"));
        QVERIFY(!saveButton(d)->isEnabled());
        QVERIFY(d.previewedRuns().isEmpty());
    }

    void editingKeepsTheSlugAndSendsAnEdit()
    {
        FakeClock clock;
        Monitor m;
        m.id = 7;
        m.name = QStringLiteral("Backup");
        m.slug = QStringLiteral("backup-nas");
        m.tags = {QStringLiteral("nas")};
        m.schedule = Schedule(3'600'000);
        m.graceMs = 300'000;
        Channel slack;
        slack.id = 3;
        slack.name = QStringLiteral("ops");
        slack.kind = QStringLiteral("slack");
        m.channelIds = {3};
        QJsonObject sent;
        MonitorDialog d(
                clock, m, {slack}, {},
                [&](const command::Command &c, std::function<void(const command::Reply &)> done) {
                    sent = command::toJson(c);
                    done(command::Reply::failure(QStringLiteral("The database is locked.")));
                });
        d.show();
        d.nameEdit()->selectAll();
        QTest::keyClicks(d.nameEdit(), QStringLiteral("Backup of the NAS"));
        QCOMPARE(d.slugEdit()->text(), QStringLiteral("backup-nas")); // not regenerated
        QTest::mouseClick(saveButton(d), Qt::LeftButton);
        QCOMPARE(sent.value(QLatin1String("command")).toString(), QStringLiteral("monitor.edit"));
        QCOMPARE(sent.value(QLatin1String("monitor")).toString(), QStringLiteral("7"));
        QCOMPARE(sent.value(QLatin1String("tags")).toArray().first().toString(),
                 QStringLiteral("nas"));
        QCOMPARE(sent.value(QLatin1String("channels")).toArray().first().toString(),
                 QStringLiteral("ops"));
        // The core refused: the dialog stays open and says why.
        QVERIFY(d.isVisible());
        QVERIFY(shownErrors(d).join(QString()).contains(QStringLiteral("locked")));
    }

    // When and whom it alerts: down after N in a row, the shortest run, the parents, and a
    // channel that hears only after a delay; all prefilled when editing.
    void alertPolicyFieldsGoIntoTheCommandAndComeBackWhenEditing()
    {
        FakeClock clock;
        Monitor router;
        router.id = 2;
        router.name = QStringLiteral("router");
        Monitor nas;
        nas.id = 3;
        nas.name = QStringLiteral("nas");
        Monitor m;
        m.id = 9;
        m.name = QStringLiteral("Backup");
        m.slug = QStringLiteral("backup");
        m.schedule = Schedule(3'600'000);
        m.graceMs = 300'000;
        m.downAfter = 2;
        m.minRunMs = 300'000;
        m.dependsOn = {3};
        Channel ops;
        ops.id = 1;
        ops.name = QStringLiteral("ops");
        ops.kind = QStringLiteral("slack");
        Channel boss;
        boss.id = 4;
        boss.name = QStringLiteral("boss");
        boss.kind = QStringLiteral("email");
        m.channelIds = {1, 4};
        m.channelDelays = {{4, 1'800'000}};
        QJsonObject sent;
        MonitorDialog d(
                clock, m, {ops, boss}, {},
                [&](const command::Command &c, std::function<void(const command::Reply &)> done) {
                    sent = command::toJson(c);
                    done(command::Reply::success(9));
                });
        d.setMonitors({router, nas, m});
        d.show();
        // As tall as what it shows: the check form it hid holds it no taller.
        QCOMPARE(d.size(), d.sizeHint());
        MonitorPolicyEditor *policy = d.policyEditor();
        QCOMPARE(policy->downAfterBox()->value(), 2);
        d.tabs()->setCurrentIndex(1); // Alerting
        QVERIFY(policy->downAfterBox()->isVisible());
        QCOMPARE(policy->minRunEdit()->text(), QStringLiteral("5m"));
        QListWidget *parents = policy->dependsOnList();
        QCOMPARE(parents->count(), 2); // not itself
        QCOMPARE(parents->item(0)->text(), QStringLiteral("nas"));
        QCOMPARE(parents->item(0)->checkState(), Qt::Checked);
        QCOMPARE(parents->item(1)->checkState(), Qt::Unchecked);
        QTableWidget *channels = policy->channelTable();
        QCOMPARE(channels->rowCount(), 2);
        QCOMPARE(channels->item(1, 0)->checkState(), Qt::Checked);
        QCOMPARE(channels->item(1, 1)->text(), QStringLiteral("30m"));
        QCOMPARE(channels->item(0, 1)->text(), QString());

        // A delay that is no duration: Save waits and says why.
        channels->item(1, 1)->setText(QStringLiteral("later"));
        QVERIFY(!saveButton(d)->isEnabled());
        QVERIFY(d.problems().contains(QStringLiteral("Delay for boss")));
        channels->item(1, 1)->setText(QStringLiteral("1h"));
        policy->downAfterBox()->setValue(3);
        policy->minRunEdit()->setText(QStringLiteral("2m"));
        parents->item(1)->setCheckState(Qt::Checked);
        QVERIFY2(saveButton(d)->isEnabled(), qPrintable(d.problems()));
        QTest::mouseClick(saveButton(d), Qt::LeftButton);
        QCOMPARE(sent.value(QLatin1String("down_after")).toInt(), 3);
        QCOMPARE(sent.value(QLatin1String("min_run_ms")).toDouble(), 120'000.0);
        QCOMPARE(sent.value(QLatin1String("depends_on")).toArray(),
                 QJsonArray({QStringLiteral("3"), QStringLiteral("2")}));
        QCOMPARE(sent.value(QLatin1String("channels")).toArray(),
                 QJsonArray({QStringLiteral("ops"), QStringLiteral("boss")}));
        QCOMPARE(sent.value(QLatin1String("channel_delays_ms")).toObject(),
                 QJsonObject({{QStringLiteral("boss"), 3'600'000.0}}));

        // A check says how many failures in a row in its own form; no minimum run.
        MonitorDialog fresh(
                clock, std::nullopt, {ops}, {},
                [](const command::Command &, std::function<void(const command::Reply &)>) {});
        fresh.show();
        fresh.kindBox()->setCurrentIndex(fresh.kindBox()->findData(QStringLiteral("http")));
        fresh.tabs()->setCurrentIndex(1);
        QVERIFY(!fresh.policyEditor()->downAfterBox()->isVisible());
        QVERIFY(!fresh.policyEditor()->minRunEdit()->isVisible());
        QVERIFY(fresh.policyEditor()->channelTable()->isVisible());
    }
};

QTEST_MAIN(TestMonitorDialog)
#include "tst_monitordialog.moc"
