// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Fills a database with a realistic office: monitors in every state with weeks of
// history (pings, timed runs, failures, incidents, alerts and their deliveries, and
// nights when the workstation was asleep). For screenshots, demos and the GUI
// benchmark. Runs the real engine on a fake clock, so the history is what Uptrack
// itself would have recorded.
//
//   uptrack_demodata --db PATH [--monitors N] [--days D] [--seed S]

#include "engine/engine.h"
#include "schedule/schedule.h"
#include "storage/alertrepository.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>

#include <cstdio>

using namespace uptrack;

namespace {
constexpr qint64 kMin = 60'000;
constexpr qint64 kHour = 60 * kMin;
constexpr qint64 kDay = 24 * kHour;

struct Job
{
    const char *name;
    const char *tags;
    qint64 period; // 0: cron
    const char *cron;
    qint64 grace;
    qint64 typicalRun; // 0: no /start
    double failRate;
    enum Fate { Healthy, DiesAt, Paused, LateNow, RunningNow, NeverPinged } fate;
};

const Job kJobs[] = {
        {"Nightly billing", "billing, prod", 0, "0 2 * * *", 30 * kMin, 12 * kMin, 0.03,
         Job::Healthy},
        {"Offsite backup (backup01)", "backup, prod", 0, "30 1 * * *", kHour, 47 * kMin, 0.05,
         Job::Healthy},
        {"Database dump", "backup, db", 6 * kHour, nullptr, 20 * kMin, 4 * kMin, 0.02,
         Job::Healthy},
        {"Invoice e-mails", "billing", kHour, nullptr, 10 * kMin, 40'000, 0.02, Job::Healthy},
        {"CRM sync", "sync", 15 * kMin, nullptr, 5 * kMin, 25'000, 0.01, Job::Healthy},
        {"Log rotation", "maintenance", 0, "0 4 * * *", kHour, 0, 0.0, Job::Healthy},
        {"Certificate renewal", "maintenance, web", 0, "0 3 * * 1", 2 * kHour, 30'000, 0.0,
         Job::Healthy},
        {"Payroll export", "billing, hr", 0, "0 6 1 * *", 3 * kHour, 90'000, 0.0, Job::Healthy},
        {"Website sitemap", "web", 0, "15 * * * *", 10 * kMin, 0, 0.01, Job::Healthy},
        {"Report generation", "reports", 0, "0 7 * * 1-5", kHour, 6 * kMin, 0.04, Job::Healthy},
        {"NAS snapshot", "backup, nas", 4 * kHour, nullptr, 30 * kMin, 2 * kMin, 0.0, Job::DiesAt},
        {"Mailbox archive", "mail", kDay, nullptr, 2 * kHour, 20 * kMin, 0.0, Job::DiesAt},
        {"Stock price import", "sync", 10 * kMin, nullptr, 10 * kMin, 0, 0.005, Job::LateNow},
        {"Temp cleanup", "maintenance", 0, "0 * * * *", 15 * kMin, 0, 0.0, Job::Paused},
        {"Accounting sync", "billing, sync", 30 * kMin, nullptr, 10 * kMin, 3 * kMin, 0.02,
         Job::RunningNow},
        {"New laptop inventory", "it", kDay, nullptr, kHour, 0, 0.0, Job::NeverPinged},
        {"Printer toner check", "it", kDay, nullptr, 2 * kHour, 0, 0.0, Job::Healthy},
        {"VPN user audit", "security, it", 0, "0 8 * * 1", 4 * kHour, 50'000, 0.0, Job::Healthy},
        {"Antivirus definitions", "security", 3 * kHour, nullptr, 30 * kMin, 70'000, 0.01,
         Job::Healthy},
        {"Timesheet reminder", "hr", 0, "0 16 * * 5", kHour, 0, 0.0, Job::Healthy},
        {"Warehouse feed", "sync, shop", 10 * kMin, nullptr, 5 * kMin, 15'000, 0.01, Job::Healthy},
        {"Shop price update", "shop", kHour, nullptr, 15 * kMin, 2 * kMin, 0.03, Job::Healthy},
        {"Newsletter queue", "mail, marketing", 2 * kHour, nullptr, 20 * kMin, 0, 0.0,
         Job::Healthy},
        {"Disk usage report", "maintenance, reports", 0, "0 9 * * *", kHour, 5000, 0.0,
         Job::Healthy},
};

QString commandLineValue(const QCommandLineParser &p, const char *name)
{
    return p.value(QString::fromLatin1(name));
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
            {{QStringLiteral("db"), QStringLiteral("database to create"), QStringLiteral("path")},
             {QStringLiteral("monitors"), QStringLiteral("extra generated monitors"),
              QStringLiteral("n"), QStringLiteral("0")},
             {QStringLiteral("days"), QStringLiteral("days of history"), QStringLiteral("d"),
              QStringLiteral("21")},
             {QStringLiteral("seed"), QStringLiteral("random seed"), QStringLiteral("n"),
              QStringLiteral("7")}});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("db"))) {
        std::fprintf(stderr, "demodata: --db PATH is required\n");
        return 2;
    }
    const int extra = commandLineValue(parser, "monitors").toInt();
    const int days = std::max(1, commandLineValue(parser, "days").toInt());
    QRandomGenerator random(commandLineValue(parser, "seed").toUInt());

    QString error;
    auto db = Database::open(commandLineValue(parser, "db"), Database::Mode::ReadWrite, &error);
    if (!db) {
        std::fprintf(stderr, "demodata: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 end = QDateTime::currentMSecsSinceEpoch();
    FakeClock clock(end - qint64(days) * kDay);
    EngineOptions options;
    options.tickMs = 3'600'000;
    options.pingsKeptPerMonitor = 1'000'000;
    Engine engine(*db, clock, options);
    if (!engine.load(&error)) {
        std::fprintf(stderr, "demodata: %s\n", qPrintable(error));
        return 1;
    }
    engine.start();

    Channel slack;
    slack.name = QStringLiteral("Ops Slack");
    slack.kind = QStringLiteral("slack");
    slack.isDefault = true;
    Channel mail;
    mail.name = QStringLiteral("Admin e-mail");
    mail.kind = QStringLiteral("email");
    mail.isDefault = true;
    engine.addChannel(slack, &error);
    engine.addChannel(mail, &error);

    struct Live
    {
        Job job;
        Monitor m;
        qint64 nextRun;
        qint64 diesAt = -1;
    };
    QList<Live> live;
    auto add = [&](const Job &job, const QString &name) {
        MonitorSpec spec;
        spec.name = name;
        QStringList tags;
        for (const QString &t : QString::fromLatin1(job.tags).split(QLatin1Char(',')))
            tags.append(t.trimmed());
        spec.tags = tags;
        spec.graceMs = job.grace;
        if (job.cron) {
            spec.cron = QString::fromLatin1(job.cron);
            spec.timeZone = QStringLiteral("Europe/Berlin");
        } else {
            spec.periodMs = job.period;
        }
        spec.description = QStringLiteral("Runs on srv-%1; owner: the office admin.")
                                   .arg(live.size() % 4 + 1);
        const auto m = engine.addMonitor(spec, &error);
        if (!m) {
            std::fprintf(stderr, "demodata: %s\n", qPrintable(error));
            std::exit(1);
        }
        Live l{job, *m, clock.nowMs() + qint64(random.bounded(30)) * kMin};
        if (job.fate == Job::DiesAt)
            l.diesAt = end - qint64(random.bounded(2, 6)) * kHour * (job.period >= kDay ? 8 : 1);
        live.append(l);
    };
    for (const Job &job : kJobs)
        add(job, QString::fromLatin1(job.name));
    for (int i = 0; i < extra; ++i) {
        Job job = kJobs[i % std::size(kJobs)];
        job.fate = Job::Healthy;
        add(job, QStringLiteral("%1 #%2").arg(QString::fromLatin1(job.name)).arg(i + 1));
    }

    auto submit = [&](const Monitor &m, PingKind kind, int exit, const QString &rid,
                      const QByteArray &body) {
        Ping s;
        s.kind = kind;
        s.exitStatus = exit;
        s.rid = rid;
        s.source = QStringLiteral("192.168.1.%1").arg(20 + m.id % 30);
        s.method = body.isEmpty() ? QStringLiteral("GET") : QStringLiteral("POST");
        s.userAgent = QStringLiteral("curl/7.88.1");
        s.body = body;
        engine.submitPing(PingTarget::byToken(m.token), s, [](PingOutcome) {});
    };

    // Nights the workstation slept: two of them, eight hours each.
    const QList<qint64> sleeps{end - qint64(days * 2 / 3) * kDay + 20 * kHour,
                               end - qint64(days / 3) * kDay + 21 * kHour};
    int sleepIndex = 0;
    struct Finish
    {
        qint64 at;
        Monitor m;
        PingKind kind;
        int exit;
        QString rid;
        QByteArray body;
    };
    QList<Finish> finishes; // runs that end later, sent when their time comes
    const qint64 step = kMin;
    while (clock.nowMs() < end) {
        const qint64 now = clock.nowMs();
        for (qsizetype i = 0; i < finishes.size();) {
            if (finishes[i].at <= now) {
                const Finish &f = finishes[i];
                submit(f.m, f.kind, f.exit, f.rid, f.body);
                finishes.removeAt(i);
            } else {
                ++i;
            }
        }
        if (sleepIndex < sleeps.size() && now >= sleeps[sleepIndex]) {
            engine.commitNow();
            clock.suspend(8 * kHour);
            engine.tick();
            ++sleepIndex;
            // Pings sent while the workstation slept never arrived.
            finishes.removeIf([&](const Finish &f) { return f.at < clock.nowMs(); });
            for (Live &l : live)
                l.nextRun = std::max(l.nextRun, clock.nowMs());
            continue;
        }
        for (Live &l : live) {
            if (now < l.nextRun)
                continue;
            const Job &job = l.job;
            const bool silent = (l.diesAt >= 0 && now >= l.diesAt) || job.fate == Job::NeverPinged
                    || (job.fate == Job::LateNow && now > end - 12 * kMin)
                    || (job.fate == Job::Paused && now > end - 3 * kDay);
            if (!silent) {
                const QString rid = QStringLiteral("run-%1-%2").arg(l.m.id).arg(now);
                const bool fails = random.generateDouble() < job.failRate;
                if (job.typicalRun > 0)
                    submit(l.m, PingKind::Start, -1, rid, {});
                const qint64 run = job.typicalRun > 0
                        ? qint64(double(job.typicalRun) * (0.7 + 0.6 * random.generateDouble()))
                        : 0;
                const QByteArray body = fails ? QByteArray("rsync: connection unexpectedly "
                                                           "closed (0 bytes received so far)\n"
                                                           "rsync error: error in rsync "
                                                           "protocol data stream (code 12)\n")
                                              : QByteArray("done: 1423 files, 2.1 GB\n");
                finishes.append({now + run, l.m, fails ? PingKind::Fail : PingKind::Success,
                                 fails ? 12 : 0, rid, job.typicalRun > 0 ? body : QByteArray()});
            }
            // The job runs on its own schedule (cron's next match), whatever Uptrack thinks.
            const qint64 next = job.period > 0 ? now + job.period : l.m.schedule.nextDue(now);
            l.nextRun = next + qint64(random.bounded(20)) * 1000;
        }
        engine.commitNow();
        clock.advance(step);
        engine.processDue();
        if ((clock.nowMs() / kMin) % 15 == 0)
            engine.tick();
    }
    engine.commitNow();

    // One run still going as the history ends.
    for (const Live &l : std::as_const(live)) {
        if (l.job.fate == Job::RunningNow)
            submit(l.m, PingKind::Start, -1, QStringLiteral("now"), {});
    }
    engine.commitNow();
    // Pause the paused one, and give the alert outbox a realistic outcome.
    for (const Live &l : std::as_const(live)) {
        if (l.job.fate == Job::Paused)
            engine.pauseMonitor(l.m.id, &error);
    }
    engine.stop();
    AlertRepository alerts(*db);
    QList<Delivery> due;
    alerts.due(std::numeric_limits<qint64>::max(), 100'000, &due);
    int n = 0;
    for (Delivery d : due) {
        const bool fail = ++n % 17 == 0;
        d.attempts = fail ? 9 : 1 + (n % 5 == 0);
        d.lastAttemptMs = d.nextAttemptMs + 1200;
        d.state = fail ? DeliveryState::Failed : DeliveryState::Delivered;
        d.outcome = fail           ? QStringLiteral("gave up after 24 h: HTTP 404 no_service")
                : d.channelId == 1 ? QStringLiteral("HTTP 200 ok")
                                   : QStringLiteral("SMTP 250 2.0.0 Ok: queued");
        d.doneMs = d.lastAttemptMs;
        alerts.recordAttempt(d, {0, d.id, d.lastAttemptMs, !fail, d.outcome});
    }
    std::printf("demodata: %lld monitors, %d days of history in %s\n", qlonglong(live.size()), days,
                qPrintable(commandLineValue(parser, "db")));
    return 0;
}
