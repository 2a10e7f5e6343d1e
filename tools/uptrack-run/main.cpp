// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// uptrack-run [--timeout 2h] [--no-start] [--spool-for 24h] URL [URL...] -- COMMAND ARGS...
//
// Sends URL/start with a fresh rid, runs the command with its output passed through,
// then sends URL/<exit status> with the rid and the last 100 KB of output as the body,
// and exits with the command's exit status. Each ping goes to the first URL that
// answers; when none does after a few tries, the ping waits in a spool and a detached
// retrier sends it later with the instant it was meant for. The job never fails
// because of it.
#include "runner.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>

#include <cstdio>

namespace {
constexpr int kUsage = 2;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UptrackRun)
};

void printErr(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
}

void usage()
{
    printErr(Tr::tr("usage: uptrack-run [--timeout DURATION] [--no-start] [--spool-for DURATION]\n"
                    "                   URL [URL...] -- COMMAND [ARGS...]\n"
                    "  Runs COMMAND between a /start ping and a /<exit status> ping to URL (any\n"
                    "  Healthchecks-compatible ping URL) carrying the last 100 KB of its output,\n"
                    "  and exits with the command's exit status. Each ping goes to the first URL\n"
                    "  that answers; one that none took waits in ~/.cache/uptrack-run and is sent\n"
                    "  later, for up to --spool-for (default 24h; 0: not kept).\n"
                    "  DURATION: 90s, 30m, 2h, 1d.\n"));
}

/// "90s", "30m", "2h", "1d", "1h30m" -> ms; -1 when it is not one.
qint64 parseDuration(const QString &text)
{
    static const QRegularExpression part(QStringLiteral("(\\d+)([smhd])"));
    qint64 total = 0;
    qsizetype at = 0;
    auto it = part.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedStart() != at)
            return -1;
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        total += n
                * (unit == QLatin1Char('s')           ? 1000
                           : unit == QLatin1Char('m') ? 60'000
                           : unit == QLatin1Char('h') ? 3'600'000
                                                      : 86'400'000);
        at = m.capturedEnd();
    }
    return at == text.size() && total > 0 ? total : -1;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("uptrack-run"));
    // The system's language, from the catalogues it shares with uptrack.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("uptrack"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    const QStringList args = app.arguments().mid(1);
    Runner::Options options;
    qsizetype i = 0;
    for (; i < args.size() && args[i] != QLatin1String("--"); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            usage();
            return 0;
        }
        if (a == QLatin1String("--version")) {
            std::printf("uptrack-run %s\n", UPTRACK_VERSION);
            return 0;
        }
        if (a == QLatin1String("--no-start")) {
            options.sendStart = false;
        } else if (a == QLatin1String("--timeout") && i + 1 < args.size()) {
            options.timeoutMs = parseDuration(args[++i]);
            if (options.timeoutMs < 0) {
                printErr(Tr::tr("uptrack-run: --timeout takes a duration like 90s, 30m or 2h\n"));
                return kUsage;
            }
        } else if (a == QLatin1String("--spool-for") && i + 1 < args.size()) {
            const QString value = args[++i];
            options.spoolForMs = value == QLatin1String("0") ? 0 : parseDuration(value);
            if (options.spoolForMs < 0) {
                printErr(Tr::tr("uptrack-run: --spool-for takes a duration like 30m, 24h or 2d, "
                                "or 0 to keep nothing\n"));
                return kUsage;
            }
        } else if (a == QLatin1String("--retry-spool") && i + 1 < args.size()) {
            // The detached retrier a run starts for what it could not deliver.
            SpoolRetrier retrier(args[++i]);
            if (!retrier.start())
                return 0; // another one serves this spool
            QObject::connect(&retrier, &SpoolRetrier::finished, &app, &QCoreApplication::quit);
            return app.exec();
        } else if (!a.startsWith(QLatin1Char('-'))) {
            const QUrl url(a);
            if (!url.isValid()
                || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
                || url.host().isEmpty()) {
                printErr(Tr::tr("uptrack-run: \"%1\" is not an http(s) URL\n").arg(a));
                return kUsage;
            }
            options.urls.append(url);
        } else {
            usage();
            return kUsage;
        }
    }
    options.command = args.mid(i + 1);
    if (options.urls.isEmpty() || i >= args.size() || options.command.isEmpty()) {
        usage();
        return kUsage;
    }
    Runner runner(options);
    int status = 0;
    QObject::connect(&runner, &Runner::finished, &app, [&](int s) {
        status = s;
        QCoreApplication::quit();
    });
    runner.start();
    app.exec();
    return std::clamp(status, 0, 255);
}
