// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The channel form validates as the user types; desktop alerts without a tray land
// in the window.
#include "channeleditor.h"
#include "time/clock.h"
#include "trayicon.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace uptrack;

class TestChannelUi : public QObject
{
    Q_OBJECT

    /// The line edit a screen reader calls `name`.
    static QLineEdit *field(ChannelEditor &e, const QString &name)
    {
        for (QLineEdit *edit : e.findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == name)
                return edit;
        }
        return nullptr;
    }

private slots:
    void editorValidatesAsYouType()
    {
        ChannelEditor editor;
        editor.show();
        QPushButton *ok = editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY(editor.problem().contains(QStringLiteral("name")));
        QVERIFY(ok->toolTip().contains(QStringLiteral("name"))); // it says why it waits
        for (QLabel *l : editor.findChildren<QLabel *>())        // but nothing red before typing
            QVERIFY2(!l->isVisible() || !l->styleSheet().contains(QStringLiteral("color")),
                     qPrintable(l->text()));
        QLineEdit *name = field(editor, QStringLiteral("Name"));
        QLineEdit *secret = field(editor, QStringLiteral("Slack incoming webhook URL"));
        QVERIFY(name && secret);
        QTest::keyClicks(name, QStringLiteral("ops"));
        QVERIFY(!ok->isEnabled()); // Slack needs its URL
        QVERIFY(editor.problem().contains(QStringLiteral("empty")));
        QTest::keyClicks(secret, QStringLiteral("not a url"));
        QVERIFY(editor.problem().contains(QStringLiteral("URL")));
        secret->clear();
        QTest::keyClicks(secret, QStringLiteral("https://hooks.slack.com/services/T/B/X"));
        QVERIFY2(ok->isEnabled(), qPrintable(editor.problem()));
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        // The secret goes with the command to the core, which keeps it in the keychain.
        const ChannelSpec spec = editor.command().channel;
        QCOMPARE(spec.kind, QStringLiteral("slack"));
        QCOMPARE(spec.name, QStringLiteral("ops"));
        QCOMPARE(spec.secret, QStringLiteral("https://hooks.slack.com/services/T/B/X"));
        QVERIFY(spec.config.isEmpty());

        // Email: the form changes, and its own rules apply.
        editor.findChild<QComboBox *>()->setCurrentIndex(3);
        QVERIFY(!ok->isEnabled());
        QVERIFY(editor.problem().contains(QStringLiteral("SMTP host")));
    }

    // An existing channel: its general settings, filled in; its kind's own stay.
    void editingAChannel()
    {
        Channel ops;
        ops.id = 3;
        ops.name = QStringLiteral("Ops Slack");
        ops.kind = QStringLiteral("slack");
        ops.onUp = false;
        ops.reminderMs = 3'600'000;
        ops.isDefault = true;
        ChannelEditor editor(ops);
        editor.show();
        QPushButton *ok = editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY2(ok->isEnabled(), qPrintable(editor.problem()));
        QVERIFY(!editor.findChild<QComboBox *>()->isEnabled()); // a channel keeps its kind
        QVERIFY(!field(editor, QStringLiteral("Slack incoming webhook URL"))); // not shown
        QLineEdit *name = field(editor, QStringLiteral("Name"));
        QCOMPARE(name->text(), QStringLiteral("Ops Slack"));
        QLineEdit *reminder = field(editor, QStringLiteral("Remind every"));
        QCOMPARE(reminder->text(), QStringLiteral("1h"));
        reminder->clear();
        QTest::keyClicks(reminder, QStringLiteral("10s"));
        QVERIFY(!ok->isEnabled());
        reminder->clear(); // empty: no reminders, as the placeholder says
        QVERIFY2(editor.problem().isEmpty(), qPrintable(editor.problem()));
        QVERIFY(!reminder->placeholderText().isEmpty());
        QTest::keyClicks(reminder, QStringLiteral("2h"));
        QVERIFY(ok->isEnabled());
        const command::EditChannel edit = editor.editCommand();
        QCOMPARE(edit.channel, QStringLiteral("3"));
        QCOMPARE(edit.reminderMs, std::optional<qint64>(7'200'000));
        QCOMPARE(edit.onUp, std::optional<bool>(false));
        QCOMPARE(edit.isDefault, std::optional<bool>(true));
    }

    void desktopAlertWithoutTrayGoesToTheWindow()
    {
        FakeClock clock;
        TrayIcon tray(clock); // offscreen: no system tray
        QVERIFY(!tray.available());
        QSignalSpy shown(&tray, &TrayIcon::popupWithoutTray);
        std::optional<QString> outcome;
        DesktopPopup popup;
        popup.title = QStringLiteral("backup is DOWN");
        popup.summary = QStringLiteral("exit status 1");
        popup.critical = true;
        popup.monitorId = 4;
        popup.timeMs = clock.nowMs() - 17 * 3'600'000;
        popup.output = QStringLiteral("rsync: write failed\nNo space left on device");
        tray.present(popup, [&](bool ok, const QString &o) {
            QVERIFY(ok);
            outcome = o;
        });
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.first().first().toString(), QStringLiteral("backup is DOWN"));
        // Its sentence, when (with how long ago: a popup may come late), and the output.
        const QStringList lines = shown.first().at(1).toString().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0], QStringLiteral("exit status 1"));
        QVERIFY2(lines[1].endsWith(QStringLiteral(", 17 h ago")), qPrintable(lines[1]));
        QCOMPARE(lines[2], QStringLiteral("rsync: write failed"));
        QVERIFY(outcome && outcome->contains(QStringLiteral("no system tray")));
        QVERIFY(!TrayIcon::iconFor(Status::Down).isNull());
    }
};

QTEST_MAIN(TestChannelUi)
#include "tst_channelui.moc"
