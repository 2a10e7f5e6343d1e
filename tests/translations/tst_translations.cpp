// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The translations at work: the German catalogue in this process (durations, plurals,
// schedules, dates and the console's own labels), and the real uptrack executable
// following the system language, or the language chosen in its settings.
#include "domain/monitor.h"
#include "format/humanformat.h"
#include "i18n/translations.h"
#include "monitortablemodel.h"
#include "processhelpers.h"
#include "statusicons.h"
#include "time/clock.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace uptrack;
using testsupport::cli;

class TestTranslations : public QObject
{
    Q_OBJECT

    static QString qmDir() { return QStringLiteral(UPTRACK_QM_DIR); }

    /// `uptrack ARGS` with the system language `lang` and its own settings folder.
    static testsupport::CliResult run(const QStringList &args, const QString &lang,
                                      const QString &home)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), lang);
        env.insert(QStringLiteral("LANG"), lang);
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        return cli(args, {}, env);
    }

private slots:
    void theLanguagesAreFound()
    {
        QCOMPARE(i18n::languages(qmDir()),
                 (QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}));
        QCOMPARE(i18n::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(i18n::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
    }

    // Installs German for the rest of this process (the later cases run other processes).
    void germanInThisProcess()
    {
        QCOMPARE(i18n::install(QStringLiteral("de"), qmDir()), QStringLiteral("de"));
        QCOMPARE(QLocale().language(), QLocale::German);
        // Durations and their plurals.
        constexpr qint64 day = 24 * 3600 * 1000LL;
        QCOMPARE(human::duration(day), QStringLiteral("1 Tag"));
        QCOMPARE(human::duration(3 * day), QStringLiteral("3 Tage"));
        QCOMPARE(human::duration(3 * day + 2 * 3600 * 1000LL), QStringLiteral("3 Tage 2 h"));
        QCOMPARE(human::relative(0, 5 * 60 * 1000), QStringLiteral("vor 5 min"));
        QCOMPARE(human::relative(3 * 3600 * 1000, 0), QStringLiteral("in 3 h"));
        // After "in" and "vor" the noun is dative: "in 5 Tagen", not "in 5 Tage".
        QCOMPARE(human::relative(5 * day, 0), QStringLiteral("in 5 Tagen"));
        QCOMPARE(human::relative(0, 5 * day), QStringLiteral("vor 5 Tagen"));
        QCOMPARE(human::relative(2 * day, 0), QStringLiteral("in 2 Tagen"));
        // Schedules in words.
        Monitor hourly;
        hourly.schedule = Schedule(3600 * 1000);
        hourly.graceMs = 5 * 60 * 1000;
        QCOMPARE(human::schedule(hourly), QStringLiteral("stündlich, Toleranz 5 min"));
        hourly.schedule = Schedule(6 * 3600 * 1000);
        QCOMPARE(human::schedule(hourly), QStringLiteral("alle 6 Stunden, Toleranz 5 min"));
        // Dates follow the language: German day and month names.
        const qint64 now = QDateTime(QDate(2026, 3, 20), QTime(12, 0)).toMSecsSinceEpoch();
        const qint64 then = QDateTime(QDate(2026, 3, 2), QTime(9, 30)).toMSecsSinceEpoch();
        QCOMPARE(human::when(then, now), QStringLiteral("Mo. 2 März 09:30"));
        QCOMPARE(human::when(now - 3600 * 1000, now), QStringLiteral("heute 11:00"));
        // The console's labels.
        QCOMPARE(statusLabel(Status::Down), QStringLiteral("Ausgefallen"));
        QCOMPARE(statusLabel(Status::Late), QStringLiteral("Verspätet"));
        SystemClock clock;
        MonitorTableModel model(clock);
        QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Zustand"));
    }

    void theExecutableFollowsTheSystemLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::newRow("English") << "en_GB.UTF-8"
                                 << "No monitors. Add one with";
        QTest::newRow("C") << "C.UTF-8"
                           << "No monitors. Add one with";
        QTest::newRow("German") << "de_DE.UTF-8"
                                << "Keine Monitore. Legen Sie einen an mit";
        QTest::newRow("French") << "fr_FR.UTF-8"
                                << "Aucune sonde. Ajoutez-en une avec";
        QTest::newRow("Austrian German") << "de_AT.UTF-8"
                                         << "Keine Monitore.";
        QTest::newRow("Japanese: no translation") << "ja_JP.UTF-8"
                                                  << "No monitors.";
    }
    void theExecutableFollowsTheSystemLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        QTemporaryDir home;
        const QString db = home.filePath(QStringLiteral("u.db"));
        QCOMPARE(run({QStringLiteral("monitor"), QStringLiteral("add"), QStringLiteral("--db"), db,
                      QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--json")},
                     lang, home.path())
                         .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("monitor"), QStringLiteral("remove"), QStringLiteral("x"),
                      QStringLiteral("--db"), db},
                     lang, home.path())
                         .exitCode,
                 0);
        const auto r = run(
                {QStringLiteral("monitor"), QStringLiteral("list"), QStringLiteral("--db"), db},
                lang, home.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(QString::fromUtf8(r.out).startsWith(expected), r.out.constData());
    }

    void theLanguageChosenInSettingsWins()
    {
        QTemporaryDir home;
        QDir().mkpath(home.filePath(QStringLiteral("config/uptrack")));
        QFile conf(home.filePath(QStringLiteral("config/uptrack/uptrack.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[console]\nlanguage=fr\n");
        conf.close();
        // A mistake, in French although the system speaks German.
        const auto r = run({QStringLiteral("schedule"), QStringLiteral("--cron"),
                            QStringLiteral("0 25 * * *")},
                           QStringLiteral("de_DE.UTF-8"), home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("champ 2 (heure)")),
                 r.err.constData());
    }

    void uptrackRunSpeaksTheSystemLanguage()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(UPTRACK_RUN_BINARY),
                {QStringLiteral("ftp://x/"), QStringLiteral("--"), QStringLiteral("true")});
        QVERIFY(p.waitForFinished(10'000));
        QCOMPARE(p.exitCode(), 2);
        QCOMPARE(QString::fromUtf8(p.readAllStandardError()),
                 QStringLiteral("uptrack-run: „ftp://x/“ ist keine http(s)-URL\n"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
