// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `uptrack --server URL <sub-command> ...`: the sub-command runs on the core at URL
// (POST /api/uptrack/v1/cli), which answers with what it printed and its exit status, so
// the output and exit codes are those of the same command run there. What belongs to this
// machine stays here: the crontab read by `import crontab`, the files `report -o` and
// `import --apply` write, the secrets typed at a prompt, the time zone and language.
#include "cli.h"
#include "cli_p.h"
#include "clioptions.h"
#include "consolesettings.h"

#include "platform/platform.h"
#include "platform/username.h"
#include "remote/apiclient.h"
#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QSaveFile>
#include <QTextStream>
#include <QTimeZone>

namespace uptrack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

using cli::err;

/// How long the first question may take, and a whole command (the server stops one
/// after 5 minutes).
constexpr int kProbeMs = 15'000;
constexpr int kCommandMs = 330'000;
/// The most of standard input sent along (a crontab, secrets).
constexpr qint64 kMaxInput = 60 * 1024;

/// The value of --NAME VALUE or --NAME=VALUE in `args`, removed from them.
QString takeOption(QStringList *args, const QString &name)
{
    QString value;
    for (qsizetype i = 1; i < args->size();) {
        const QString &a = args->at(i);
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("--") + name && i + 1 < args->size()) {
            value = args->at(i + 1);
            args->remove(i, 2);
        } else if (a.startsWith(QLatin1String("--") + name + QLatin1Char('='))) {
            value = a.mid(name.size() + 3);
            args->remove(i);
        } else {
            ++i;
        }
    }
    return value;
}

/// The value of --server URL (or --server=URL) before the sub-command's word, removed
/// from `args`: after it, --server is a DNS check's name server.
QString takeServer(QStringList *args)
{
    for (qsizetype i = 1; i < args->size(); ++i) {
        const QString &a = args->at(i);
        if (a == QLatin1String("--server") && i + 1 < args->size()) {
            const QString value = args->at(i + 1);
            args->remove(i, 2);
            return value;
        }
        if (a.startsWith(QLatin1String("--server="))) {
            const QString value = a.mid(9);
            args->remove(i);
            return value;
        }
        if (a == QLatin1String("--") || !a.startsWith(QLatin1Char('-')))
            break; // the sub-command
        if (cli::takesValue(a))
            ++i;
    }
    return QString();
}

/// Whether `args` hold the option (without a value).
bool hasFlag(const QStringList &args, const QString &name)
{
    for (const QString &a : args) {
        if (a == QLatin1String("--"))
            return false;
        if (a == QLatin1String("--") + name)
            return true;
    }
    return false;
}

QString askLine(const QString &question)
{
    std::fprintf(stderr, "%s", question.toLocal8Bit().constData());
    std::fflush(stderr);
    QTextStream in(stdin);
    return in.readLine().trimmed();
}

QByteArray readAllInput()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return in.read(kMaxInput + 1);
}

/// The words of an invocation, as the command line reads them (options skipped).
QStringList wordsOf(const QStringList &args)
{
    return cli::positionals(args);
}

} // namespace

QString remoteServerOf(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString given = takeServer(&args);
    if (!given.isEmpty())
        return given;
    // A core serving another machine's command never forwards it again.
    if (cli::servesRemoteCaller())
        return QString();
    return qEnvironmentVariable("UPTRACK_SERVER");
}

int runRemoteSubcommand(const QStringList &arguments)
{
    QStringList args = arguments;
    QString serverText = takeServer(&args);
    if (serverText.isEmpty())
        serverText = qEnvironmentVariable("UPTRACK_SERVER");
    QString fingerprintText = takeOption(&args, QStringLiteral("fingerprint"));
    if (fingerprintText.isEmpty())
        fingerprintText = qEnvironmentVariable("UPTRACK_FINGERPRINT");
    const QStringList words = wordsOf(args);
    const QString subcommand = words.value(0);
    const QString verb = cli::verbsOf(subcommand).isEmpty() ? QString() : words.value(1);
    // Help, and what needs no server (fire times are arithmetic), run here.
    if (subcommand == QLatin1String("schedule") || hasFlag(args, QStringLiteral("help"))
        || args.contains(QStringLiteral("-h")))
        return runSubcommand(args);

    QString error;
    const QUrl server = remote::serverUrl(serverText, &error);
    if (!server.isValid()) {
        err(QStringLiteral("--server: ") + error);
        return cli::Usage;
    }
    const QString origin = remote::originOf(server);
    QString expected;
    bool explicitFingerprint = false;
    if (!fingerprintText.isEmpty()) {
        expected = remote::normalizeFingerprint(fingerprintText);
        if (expected.isEmpty()) {
            err(Tr::tr("--fingerprint (or UPTRACK_FINGERPRINT): \"%1\" is not a SHA-256 "
                       "fingerprint (64 hex digits, as \"uptrack tls fingerprint\" prints them).")
                        .arg(fingerprintText));
            return cli::Usage;
        }
        explicitFingerprint = true;
    } else {
        expected = remote::pins::pinned(origin);
    }

    // The key: the environment's, else the one kept for this server, else typed once.
    SecretStore secrets;
    const QString storeKey = remote::apiKeyStoreKey(origin);
    QString key = qEnvironmentVariable("UPTRACK_API_KEY");
    bool keyFromStore = false;
    bool keyTyped = false;
    if (key.isEmpty()) {
        QString stored;
        QString why;
        if (secrets.readSync(storeKey, &stored, &why) && !stored.isEmpty()) {
            key = stored;
            keyFromStore = true;
        }
    }
    const bool terminal = platform::stdinIsTerminal();
    if (key.isEmpty() && !terminal) {
        err(Tr::tr("No API key for %1: set UPTRACK_API_KEY (\"uptrack apikey add --name NAME\" "
                   "on the server makes one), or run the command once on a terminal to enter "
                   "it and keep it in this computer's keychain.")
                    .arg(origin));
        return cli::Failed;
    }

    remote::ApiClient client(server, key, expected);
    const QString probePath = QStringLiteral("/api/uptrack/v1/cli");
    remote::Answer probe = client.requestAndWait("GET", probePath, {}, kProbeMs);
    if (probe.failure == remote::Answer::Failure::Unpinned && terminal) {
        std::fprintf(stderr, "%s\n",
                     Tr::tr("The certificate of %1 is not known here yet. Its SHA-256 "
                            "fingerprint is\n  %2\nCompare it with what \"uptrack tls "
                            "fingerprint\" prints on the server.")
                             .arg(origin, probe.presented)
                             .toLocal8Bit()
                             .constData());
        const QString yes = askLine(Tr::tr("Do they match? Trust this certificate [y/N]: "));
        if (yes.compare(QLatin1String("y"), Qt::CaseInsensitive) != 0
            && yes.compare(QLatin1String("yes"), Qt::CaseInsensitive) != 0) {
            err(Tr::tr("Not trusted: nothing was sent to %1.").arg(origin));
            return cli::Failed;
        }
        expected = probe.presented;
        explicitFingerprint = true;
        client.setExpectedFingerprint(expected);
        probe = client.requestAndWait("GET", probePath, {}, kProbeMs);
    }
    if (probe.failure != remote::Answer::Failure::None) {
        err(probe.error);
        return cli::Failed;
    }
    if (key.isEmpty()) {
        // The server is trusted now (the key never goes to one that is not): ask for it.
        key = platform::readLineHidden(Tr::tr("API key for %1").arg(origin)).trimmed();
        keyTyped = true;
        if (key.isEmpty()) {
            err(Tr::tr("No API key given."));
            return cli::Failed;
        }
        client.setApiKey(key);
        probe = client.requestAndWait("GET", probePath, {}, kProbeMs);
        if (probe.failure != remote::Answer::Failure::None) {
            err(probe.error);
            return cli::Failed;
        }
    }
    if (probe.status == 401) {
        err(keyFromStore
                    ? Tr::tr("%1 refused the API key kept for it in this computer's keychain "
                             "(%2). Give a valid one in UPTRACK_API_KEY (\"uptrack apikey add\" "
                             "on the server makes one).")
                              .arg(origin, probe.json.value(QLatin1String("error")).toString())
                    : Tr::tr("%1 refused the API key (%2). Check it, or make one with \"uptrack "
                             "apikey add --name NAME\" on the server.")
                              .arg(origin, probe.json.value(QLatin1String("error")).toString()));
        return cli::Failed;
    }
    if (probe.status != 200 || !probe.json.contains(QLatin1String("uptrack"))) {
        const QString said = probe.json.value(QLatin1String("error")).toString();
        err(probe.status == 429 || probe.status == 403
                    ? Tr::tr("%1 answered %2: %3").arg(origin).arg(probe.status).arg(said)
                    : Tr::tr("%1 does not look like an Uptrack server (it answered HTTP %2 to %3). "
                             "Check the address and port; an Uptrack older than this one "
                             "cannot run commands for others.")
                              .arg(origin)
                              .arg(probe.status)
                              .arg(probePath));
        return cli::Failed;
    }
    if (!probe.json.value(QLatin1String("commands")).toBool()) {
        err(Tr::tr("The Uptrack at %1 does not run commands for others.").arg(origin));
        return cli::Failed;
    }
    // Trusted and accepted: remember both for next time.
    if (explicitFingerprint)
        remote::pins::pin(origin, expected);
    if (keyTyped) {
        QString why;
        if (!secrets.writeSync(storeKey, key, &why))
            err(Tr::tr("The API key works but could not be kept (%1); you will be asked again.")
                        .arg(why));
    }

    // What this machine has to give the command, and where what it writes goes here.
    // A file's text for a setting (--template-file PATH) is read here and sent as
    // the text (--template TEXT): the file is this machine's.
    for (qsizetype i = 1; i < args.size(); ++i) {
        QString a = args[i];
        if (a == QLatin1String("--"))
            break;
        QString value;
        bool inline_ = false;
        const qsizetype equals = a.indexOf(QLatin1Char('='));
        if (equals > 0) {
            value = a.mid(equals + 1);
            a = a.left(equals);
            inline_ = true;
        }
        if (!a.startsWith(QLatin1String("--")) || !a.endsWith(QLatin1String("-file"))
            || a == QLatin1String("--ca-file") || (!inline_ && i + 1 >= args.size()))
            continue;
        if (!inline_)
            value = args[i + 1];
        QFile file(value);
        if (!file.open(QIODevice::ReadOnly)) {
            err(Tr::tr("%1: cannot read %2").arg(a, value));
            return cli::Usage;
        }
        const QByteArray text = file.read(kMaxInput + 1);
        if (text.size() > kMaxInput) {
            err(Tr::tr("%1: %2 is larger than %3 KB: too large to send.")
                        .arg(a, value)
                        .arg(kMaxInput / 1024));
            return cli::Failed;
        }
        const QString option = a.chopped(5); // "--template"
        if (inline_) {
            args[i] = option + QLatin1Char('=') + QString::fromUtf8(text);
        } else {
            args[i] = option;
            args[i + 1] = QString::fromUtf8(text);
            ++i;
        }
    }
    QStringList forwarded = args.mid(1);
    QByteArray input;
    bool prompt = false;
    QString reportTarget; // report -o FILE: FILE, here
    QString reportName;   // the plain name the server writes it under
    QString importTarget; // import crontab --apply: where FILE.uptrack goes here
    if (subcommand == QLatin1String("report")) {
        QStringList rest = args;
        reportTarget = takeOption(&rest, QStringLiteral("output"));
        for (qsizetype i = 1; i < rest.size(); ++i) {
            if (rest[i] == QLatin1String("-o") && i + 1 < rest.size()) {
                reportTarget = rest[i + 1];
                rest.remove(i, 2);
                break;
            }
        }
        if (!reportTarget.isEmpty()) {
            reportName = QFileInfo(reportTarget).fileName();
            while (reportName.startsWith(QLatin1Char('.')))
                reportName.remove(0, 1);
            if (reportName.isEmpty())
                reportName = QStringLiteral("report");
            rest << QStringLiteral("-o") << reportName;
        }
        forwarded = rest.mid(1);
    } else if (subcommand == QLatin1String("import")) {
        QStringList rest = args;
        const QString user = takeOption(&rest, QStringLiteral("user"));
        const QStringList importWords = wordsOf(rest);
        const QString source = importWords.value(2);
        if (importWords.size() > 3) {
            err(Tr::tr("unexpected argument \"%1\" (uptrack import --help)")
                        .arg(importWords.value(3)));
            return cli::Usage;
        }
        QString text;
        if (!cli::readCrontab(source, user, &text, &error)) {
            err(error);
            return cli::Failed;
        }
        input = text.toUtf8();
        if (input.size() > kMaxInput) {
            err(Tr::tr("The crontab is larger than %1 KB: too large to send.")
                        .arg(kMaxInput / 1024));
            return cli::Failed;
        }
        importTarget = source.isEmpty() || source == QLatin1String("-")
                ? QFileInfo(QStringLiteral("crontab.uptrack")).absoluteFilePath()
                : QFileInfo(source).absoluteFilePath() + QStringLiteral(".uptrack");
        // The words after "import crontab" are the source alone: send "-" instead.
        QStringList options;
        for (qsizetype i = 1; i < rest.size(); ++i) {
            const QString &a = rest[i];
            if (a == QLatin1String("--"))
                break;
            if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
                options << a;
                if (cli::takesValue(a) && i + 1 < rest.size())
                    options << rest[++i];
            }
        }
        forwarded = QStringList{QStringLiteral("import"), QStringLiteral("crontab"),
                                QStringLiteral("-")}
                + options;
    } else if ((subcommand == QLatin1String("channel") && verb == QLatin1String("add"))
               || (subcommand == QLatin1String("monitor")
                   && (verb == QLatin1String("add") || verb == QLatin1String("edit")))) {
        // Secrets: piped in, or typed here when the server says which it needs.
        if (terminal)
            prompt = true;
        else
            input = readAllInput();
    }
    if (input.size() > kMaxInput) {
        err(Tr::tr("Standard input is larger than %1 KB: too large to send.")
                    .arg(kMaxInput / 1024));
        return cli::Failed;
    }

    const QString language = [] {
        const QString chosen = ConsoleSettings::load().language;
        return chosen.isEmpty() ? QLocale().name() : chosen;
    }();
    QJsonObject body{{QStringLiteral("args"), QJsonArray::fromStringList(forwarded)},
                     {QStringLiteral("stdin"), QString::fromUtf8(input)},
                     {QStringLiteral("prompt"), prompt},
                     {QStringLiteral("tz"), QString::fromLatin1(QTimeZone::systemTimeZoneId())},
                     {QStringLiteral("language"), language},
                     {QStringLiteral("user"), localUserName()}};
    remote::Answer answer = client.requestAndWait("POST", probePath, body, kCommandMs);
    if (answer.failure == remote::Answer::Failure::None && answer.status == 200
        && answer.json.contains(QLatin1String("prompts"))) {
        QStringList typed;
        for (const QJsonValue &label : answer.json.value(QLatin1String("prompts")).toArray())
            typed.append(platform::readLineHidden(label.toString()));
        body.insert(QStringLiteral("stdin"), typed.join(QLatin1Char('\n')) + QLatin1Char('\n'));
        body.insert(QStringLiteral("prompt"), false);
        answer = client.requestAndWait("POST", probePath, body, kCommandMs);
    }
    if (answer.failure != remote::Answer::Failure::None) {
        err(answer.error);
        return cli::Failed;
    }
    if (answer.status != 200 || !answer.json.contains(QLatin1String("exit"))) {
        err(Tr::tr("%1 could not run the command (HTTP %2): %3")
                    .arg(origin)
                    .arg(answer.status)
                    .arg(answer.json.value(QLatin1String("error"))
                                 .toString(QString::fromUtf8(answer.body.left(200)))));
        return cli::Failed;
    }
    // The server's folder for the command stands for the places here.
    const QString folder = answer.json.value(QLatin1String("folder")).toString();
    QList<QPair<QByteArray, QByteArray>> places;
    if (!reportName.isEmpty())
        places.append({(folder + QLatin1Char('/') + reportName).toUtf8(),
                       QFileInfo(reportTarget).absoluteFilePath().toUtf8()});
    if (!importTarget.isEmpty())
        places.append(
                {(folder + QStringLiteral("/crontab.uptrack")).toUtf8(), importTarget.toUtf8()});
    auto local = [&](QByteArray text) {
        for (const auto &[there, here] : std::as_const(places))
            text.replace(there, here);
        return text;
    };
    const QJsonObject files = answer.json.value(QLatin1String("files")).toObject();
    for (auto it = files.begin(); it != files.end(); ++it) {
        QString target;
        if (it.key() == reportName)
            target = reportTarget;
        else if (it.key() == QLatin1String("crontab.uptrack") && !importTarget.isEmpty())
            target = importTarget;
        if (target.isEmpty())
            continue;
        QSaveFile file(target);
        const QByteArray bytes = QByteArray::fromBase64(it.value().toString().toLatin1());
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
            || !file.commit()) {
            err(Tr::tr("uptrack: cannot write %1: %2").arg(target, file.errorString()));
            return cli::Failed;
        }
    }
    const QByteArray out = local(QByteArray::fromBase64(
            answer.json.value(QLatin1String("stdout")).toString().toLatin1()));
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
    const QByteArray errText
            = local(answer.json.value(QLatin1String("stderr")).toString().toUtf8());
    std::fwrite(errText.constData(), 1, size_t(errText.size()), stderr);
    std::fflush(stderr);
    return answer.json.value(QLatin1String("exit")).toInt(cli::Failed);
}

} // namespace uptrack
