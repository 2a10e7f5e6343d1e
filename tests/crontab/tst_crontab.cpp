// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reading real crontabs (Debian's /etc/crontab, a cron.d file, user crontabs) into
// proposed monitors, and the rewritten crontab that loses nothing.
#include "crontab/crontab.h"

#include <QRegularExpression>
#include <QTest>

using namespace uptrack;

namespace {
// Debian 12's /etc/crontab, as installed.
const char *const kDebianCrontab
        = "# /etc/crontab: system-wide crontab\n"
          "# Unlike any other crontab you don't have to run the `crontab'\n"
          "# command to install the new version when you edit this file\n"
          "# and files in /etc/cron.d. These files also have username fields,\n"
          "# that none of the other crontabs do.\n"
          "\n"
          "SHELL=/bin/sh\n"
          "# You can also override PATH, but by default, newer versions inherit it from the "
          "environment\n"
          "#PATH=/usr/local/sbin:/usr/local/bin:/sbin:/bin:/usr/sbin:/usr/bin\n"
          "\n"
          "# Example of job definition:\n"
          "# .---------------- minute (0 - 59)\n"
          "# |  .------------- hour (0 - 23)\n"
          "# |  |  .---------- day of month (1 - 31)\n"
          "# |  |  |  .------- month (1 - 12) OR jan,feb,mar,apr ...\n"
          "# |  |  |  |  .---- day of week (0 - 6) (Sunday=0 or 7) OR sun,mon,tue,wed,thu,fri,sat\n"
          "# |  |  |  |  |\n"
          "# *  *  *  *  * user-name command to be executed\n"
          "17 *\t* * *\troot\tcd / && run-parts --report /etc/cron.hourly\n"
          "25 6\t* * *\troot\ttest -x /usr/sbin/anacron || { cd / && run-parts --report "
          "/etc/cron.daily; }\n"
          "47 6\t* * 7\troot\ttest -x /usr/sbin/anacron || { cd / && run-parts --report "
          "/etc/cron.weekly; }\n"
          "52 6\t1 * *\troot\ttest -x /usr/sbin/anacron || { cd / && run-parts --report "
          "/etc/cron.monthly; }\n"
          "#\n";

// A cron.d file of a package (Debian's e2scrub_all, and one of the office's own).
const char *const kCronD = "30 3 * * 0 root test -e /run/systemd/system || SERVICE_MODE=1 "
                           "/usr/lib/x86_64-linux-gnu/e2fsprogs/e2scrub_all_cron\n"
                           "10 3 * * * root test -e /run/systemd/system || SERVICE_MODE=1 "
                           "/sbin/e2scrub_all -A -r\n"
                           "MAILTO=\"\"\n"
                           "*/5 8-18 * * mon-fri root /usr/local/sbin/sync-shares.sh\n";

const char *const kUserCrontab = "# m h  dom mon dow   command\n"
                                 "MAILTO=ops@example.com\n"
                                 "PATH=/usr/local/bin:/usr/bin:/bin\n"
                                 "30 1 * * * /usr/local/bin/nightly-billing.sh\n"
                                 "CRON_TZ=Europe/Berlin\n"
                                 "0 2 * * 1-5 /opt/backup/run.py --full >/var/log/backup.log 2>&1\n"
                                 "0 */6 * * * nice -n 10 /usr/local/bin/report-gen --all\n"
                                 "@daily /usr/local/bin/rotate-logs\n"
                                 "@reboot /usr/local/bin/start-agent\n"
                                 "TZ=UTC\n"
                                 "0 4 1 jan,jul * /usr/bin/date +\\%F >> /tmp/half-years\n"
                                 "5 0 * * * mail -s \"nightly\" root%the job ran%bye\n"
                                 "0 12 * * * /usr/local/bin/nightly-billing.sh --noon\n"
                                 "15 10 * * * uptrack-run http://office:8470/ping/abc -- /bin/x\n"
                                 "61 * * * * /bin/never\n";

const crontab::Job *job(const crontab::Crontab &c, const QString &name)
{
    for (const crontab::Job &j : c.jobs) {
        if (j.name == name)
            return &j;
    }
    return nullptr;
}

crontab::Options options(std::optional<bool> system = std::nullopt)
{
    crontab::Options o;
    o.machine = QTimeZone::utc();
    o.host = QStringLiteral("fileserver");
    o.tags = {QStringLiteral("nightly"), QStringLiteral("fileserver")};
    o.system = system;
    return o;
}

constexpr qint64 kMinute = 60'000, kHour = 60 * kMinute;
} // namespace

class TestCrontab : public QObject
{
    Q_OBJECT
private slots:
    void debiansSystemCrontab()
    {
        const crontab::Crontab c = crontab::read(QString::fromUtf8(kDebianCrontab), options(true));
        QVERIFY(c.system);
        QCOMPARE(c.jobs.size(), 4);
        QCOMPARE(c.skipped.size(), 0);
        QStringList names;
        for (const crontab::Job &j : c.jobs)
            names << j.name;
        QCOMPARE(names, (QStringList{"cron.hourly", "cron.daily", "cron.weekly", "cron.monthly"}));
        const crontab::Job &hourly = c.jobs[0];
        QCOMPARE(hourly.schedule, QStringLiteral("17 * * * *"));
        QCOMPARE(hourly.user, QStringLiteral("root"));
        QCOMPARE(hourly.command, QStringLiteral("cd / && run-parts --report /etc/cron.hourly"));
        QCOMPARE(hourly.slug, QStringLiteral("cron-hourly"));
        QCOMPARE(hourly.timeZone, QStringLiteral("UTC"));
        QCOMPARE(hourly.periodMs, kHour);
        QCOMPARE(hourly.graceMs, 5 * kMinute); // 5 % of an hour is 3 min: at least 5
        QCOMPARE(c.jobs[1].graceMs, kHour);    // 5 % of a day is 72 min: at most 1 h
        QCOMPARE(c.jobs[2].periodMs, 7 * 24 * kHour);
        QCOMPARE(c.jobs[3].periodMs, 28 * 24 * kHour); // monthly: February's 28 days
        QCOMPARE(hourly.tags, (QStringList{"fileserver", "nightly"}));

        const QStringList out = crontab::rewrite(c, [](const crontab::Job &j) {
                                    return QStringLiteral("http://office:8470/ping/KEY/") + j.slug;
                                }).split(QLatin1Char('\n'));
        const QStringList in = QString::fromUtf8(kDebianCrontab).split(QLatin1Char('\n'));
        QCOMPARE(out.size(), in.size());
        // Comments and settings are kept; each job keeps its schedule and user.
        for (int i = 0; i < in.size(); ++i) {
            if (!in[i].startsWith(QLatin1String("17 ")) && !in[i].startsWith(QLatin1String("25 "))
                && !in[i].startsWith(QLatin1String("47 "))
                && !in[i].startsWith(QLatin1String("52 ")))
                QCOMPARE(out[i], in[i]);
        }
        const QStringList hourly17 = out.filter(QRegularExpression(QStringLiteral("^17 ")));
        QCOMPARE(hourly17,
                 QStringList{QStringLiteral("17 *\t* * *\troot\tuptrack-run http://office:8470/"
                                            "ping/KEY/cron-hourly -- sh -c 'cd / && run-parts "
                                            "--report /etc/cron.hourly'")});
    }

    void aCronDFileIsReadWithItsUserField()
    {
        // Not under /etc/cron.d here: the user field is recognised by itself.
        const crontab::Crontab c = crontab::read(QString::fromUtf8(kCronD), options());
        QVERIFY(c.system);
        QCOMPARE(c.jobs.size(), 3);
        QCOMPARE(c.jobs[0].name, QStringLiteral("e2scrub_all_cron"));
        QCOMPARE(c.jobs[0].slug, QStringLiteral("e2scrub_all_cron"));
        QCOMPARE(c.jobs[1].name, QStringLiteral("e2scrub_all"));
        QCOMPARE(c.jobs[2].name, QStringLiteral("sync-shares"));
        QCOMPARE(c.jobs[2].user, QStringLiteral("root"));
        QCOMPARE(c.jobs[2].schedule, QStringLiteral("*/5 8-18 * * mon-fri"));
        QCOMPARE(c.jobs[2].periodMs, 5 * kMinute);
        QCOMPARE(c.jobs[2].mailTo, QStringLiteral("\"\"")); // mail is off for it
        QVERIFY(c.jobs[0].mailTo.isEmpty());
    }

    void aUserCrontab()
    {
        const crontab::Crontab c = crontab::read(QString::fromUtf8(kUserCrontab), options());
        QVERIFY(!c.system);
        const crontab::Job *billing = job(c, QStringLiteral("nightly-billing"));
        QVERIFY(billing);
        QCOMPARE(billing->timeZone, QStringLiteral("UTC")); // the machine's, before CRON_TZ
        QCOMPARE(billing->mailTo, QStringLiteral("ops@example.com"));
        QCOMPARE(billing->lineNumber, 4);
        const crontab::Job *backup = job(c, QStringLiteral("backup-run"));
        QVERIFY(backup);
        QCOMPARE(backup->timeZone, QStringLiteral("Europe/Berlin")); // CRON_TZ applies after it
        QCOMPARE(backup->schedule, QStringLiteral("0 2 * * 1-5"));
        QCOMPARE(backup->periodMs, 24 * kHour); // the shortest gap, Monday to Tuesday
        const crontab::Job *report = job(c, QStringLiteral("report-gen"));
        QVERIFY(report);
        QCOMPARE(report->periodMs, 6 * kHour);
        QCOMPARE(report->graceMs, 18 * kMinute); // 5 % of 6 h
        QVERIFY(job(c, QStringLiteral("rotate-logs")));
        QCOMPARE(job(c, QStringLiteral("rotate-logs"))->schedule, QStringLiteral("@daily"));
        const crontab::Job *dates = job(c, QStringLiteral("date"));
        QVERIFY(dates);
        QCOMPARE(dates->timeZone, QStringLiteral("UTC")); // TZ= is cronie's other name for it
        QVERIFY(job(c, QStringLiteral("mail")));
        QVERIFY(job(c, QStringLiteral("nightly-billing-2"))); // a name used twice
        QCOMPARE(c.jobs.size(), 7);
        QCOMPARE(c.skipped.size(), 3);
        QCOMPARE(c.skipped[0].reason,
                 QStringLiteral("@reboot runs once at boot, not on a schedule Uptrack could "
                                "expect"));
        QCOMPARE(c.skipped[1].reason, QStringLiteral("already reports to Uptrack"));
        QVERIFY2(c.skipped[2].reason.contains(QStringLiteral("61 is out of range")),
                 qPrintable(c.skipped[2].reason));

        const QString text = crontab::rewrite(c, [](const crontab::Job &j) {
            return QStringLiteral("http://office:8470/ping/KEY/") + j.slug;
        });
        const QStringList out = text.split(QLatin1Char('\n'));
        QCOMPARE(out[3],
                 QStringLiteral("30 1 * * * uptrack-run http://office:8470/ping/KEY/"
                                "nightly-billing -- /usr/local/bin/nightly-billing.sh"));
        QCOMPARE(out[5],
                 QStringLiteral("0 2 * * 1-5 uptrack-run http://office:8470/ping/KEY/"
                                "backup-run -- sh -c '/opt/backup/run.py --full "
                                ">/var/log/backup.log 2>&1'"));
        // \% stays escaped for cron; an unescaped % starts the job's input, left outside.
        QCOMPARE(out[10],
                 QStringLiteral("0 4 1 jan,jul * uptrack-run http://office:8470/ping/KEY/"
                                "date -- sh -c '/usr/bin/date +\\%F >> /tmp/half-years'"));
        QCOMPARE(out[11],
                 QStringLiteral("5 0 * * * uptrack-run http://office:8470/ping/KEY/mail "
                                "-- sh -c 'mail -s \"nightly\" root'%the job ran%bye"));
        for (int line : {0, 1, 2, 4, 8, 9, 13, 14}) // comments, settings, skipped jobs
            QCOMPARE(out[line], QString::fromUtf8(kUserCrontab).split(QLatin1Char('\n'))[line]);
        QVERIFY(text.endsWith(QLatin1String("/bin/never\n")));
    }

    void namesComeFromWhatTheJobRuns_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("name");
        QTest::newRow("script") << "/usr/local/bin/nightly-billing.sh"
                                << "nightly-billing";
        QTest::newRow("arguments") << "/usr/local/bin/backup --full /srv"
                                   << "backup";
        QTest::newRow("interpreter") << "python3 /opt/sync/sync_crm.py -v"
                                     << "sync_crm";
        QTest::newRow("generic script name") << "/opt/backup/run.sh"
                                             << "backup-run";
        QTest::newRow("env and cd") << "cd /srv && FOO=1 ./import.pl"
                                    << "import";
        QTest::newRow("nice and flock")
                << "nice -n 19 flock -n /tmp/x.lock /usr/local/bin/mirror.sh"
                << "mirror";
        QTest::newRow("timeout") << "timeout 2h /usr/local/bin/dump-db"
                                 << "dump-db";
        QTest::newRow("run-parts") << "cd / && run-parts --report /etc/cron.daily"
                                   << "cron.daily";
        QTest::newRow("redirected") << "/usr/bin/certbot renew >/dev/null 2>&1"
                                    << "certbot";
        QTest::newRow("piped") << "pg_dump shop | gzip > /backup/shop.gz"
                               << "pg_dump";
        QTest::newRow("input after %") << "mail -s hi root%body"
                                       << "mail";
        QTest::newRow("only a test") << "test -x /x"
                                     << "cron-job";
    }

    void namesComeFromWhatTheJobRuns()
    {
        QFETCH(QString, command);
        QFETCH(QString, name);
        QCOMPARE(crontab::nameOf(command), name);
    }

    void aHugeCrontabStopsAtTenThousandJobs()
    {
        QString text;
        for (int i = 0; i < 10'050; ++i)
            text += QStringLiteral("* * * * * /bin/job-%1\n").arg(i);
        const crontab::Crontab c = crontab::read(text, options());
        QCOMPARE(c.jobs.size(), 10'000);
        QCOMPARE(c.skipped.size(), 50);
        QVERIFY(c.skipped[0].reason.contains(QStringLiteral("more than 10000 jobs")));
    }

    void emptyAndOddInput()
    {
        QCOMPARE(crontab::read(QString(), options()).jobs.size(), 0);
        QCOMPARE(crontab::rewrite(crontab::read(QString(), options()),
                                  [](const crontab::Job &) { return QString(); }),
                 QString());
        const crontab::Crontab c = crontab::read(
                QStringLiteral("CRON_TZ=Mars/Olympus\n* * * *\n0 0 * * *\r\n\n"), options());
        QCOMPARE(c.jobs.size(), 0);
        QCOMPARE(c.skipped.size(), 3);
        QVERIFY(c.skipped[0].reason.contains(QStringLiteral("no known time zone")));
        QVERIFY(c.skipped[1].reason.contains(QStringLiteral("fields and a command")));
        QVERIFY(c.skipped[2].reason.contains(QStringLiteral("fields and a command")));
    }
};

QTEST_GUILESS_MAIN(TestCrontab)
#include "tst_crontab.moc"
