// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `uptrack --server URL <sub-command>` against a real headless core with --tls auto on
// loopback: the same output and exit codes as the command run on the server itself;
// certificate pinning (unknown: refused with its fingerprint; given: pinned; changed:
// refused); a wrong key, plain HTTP, a server that is not Uptrack and one that is not
// there, each one sentence and never a hang; read-only keys; reports and imported
// crontabs written on the caller's machine; secrets piped in; hostile requests to the
// resource itself.
#include "httpsink.h"
#include "tlscore.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace testsupport;

class TestRemoteCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<TlsCore> m_core;
    QString m_key;
    QString m_readOnlyKey;
    QString m_fingerprint;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString server() const { return m_core->server(); }

    /// The desktop: a config of its own (where pins are kept), the key in the environment.
    QProcessEnvironment clientEnv(const QString &key) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("client/config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("client/data")));
        env.insert(QStringLiteral("UPTRACK_SECRETS"), QStringLiteral("file"));
        if (!key.isEmpty())
            env.insert(QStringLiteral("UPTRACK_API_KEY"), key);
        return env;
    }
    /// The command on the server (remote: true) or run on the server's machine itself.
    CliResult remote(QStringList args, const QByteArray &input = {}, const QString &key = {})
    {
        args.prepend(server());
        args.prepend(QStringLiteral("--server"));
        return cli(args, input, clientEnv(key.isEmpty() ? m_key : key));
    }
    CliResult local(QStringList args, const QByteArray &input = {})
    {
        return m_core->local(std::move(args), input);
    }

private slots:
    void initTestCase()
    {
        QDir().mkpath(path(QStringLiteral("client")));
        m_core = std::make_unique<TlsCore>(path(QStringLiteral("server")));
        QVERIFY(m_core->start());
        m_key = m_core->addKey(QStringLiteral("desk"));
        m_readOnlyKey = m_core->addKey(QStringLiteral("wall"), true);
        QCOMPARE(m_key.size(), 32);
        QCOMPARE(m_readOnlyKey.size(), 32);
        m_fingerprint = m_core->fingerprint();
        QCOMPARE(m_fingerprint.size(), 95); // 32 bytes as AB:CD:...
    }

    void anUnknownCertificateIsRefusedWithItsFingerprint()
    {
        QElapsedTimer t;
        t.start();
        const CliResult r = remote({"monitor", "list"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(m_fingerprint.toUtf8()), r.err.constData());
        QVERIFY(r.err.contains("uptrack tls fingerprint"));
        QVERIFY(r.err.contains("--fingerprint"));
        QVERIFY(r.out.isEmpty());
        QVERIFY(t.elapsed() < 20'000);
        // A wrong one given is refused too, naming both.
        const QString wrong = m_core->otherFingerprint();
        const CliResult w = remote({"--fingerprint", wrong, "monitor", "list"});
        QCOMPARE(w.exitCode, 1);
        QVERIFY2(w.err.contains("has changed") && w.err.contains(m_fingerprint.toUtf8()),
                 w.err.constData());
    }

    void aGivenFingerprintIsPinned()
    {
        // As people paste it: lower case, no colons.
        const QString pasted = QString(m_fingerprint).remove(QLatin1Char(':')).toLower();
        const CliResult r = remote({"--fingerprint", pasted, "monitor", "list"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // From now on the pin is enough.
        const CliResult again = remote({"monitor", "list", "--json"});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY(again.array().isEmpty());
    }

    void theSameOutputAndExitCodesAsOnTheServer()
    {
        // Made remotely, seen alike from both sides.
        const CliResult added = remote({"monitor", "add", "--name", "nightly billing", "--cron",
                                        "0 2 * * *", "--tz", "UTC", "--json"});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QCOMPARE(added.object().value("slug").toString(), QStringLiteral("nightly-billing"));
        QCOMPARE(local({"monitor", "add", "--name", "backup", "--period", "1d"}).exitCode, 0);
        const QList<QStringList> commands{
                {"monitor", "list"},
                {"monitor", "list", "--json"},
                {"monitor", "show", "nightly-billing"},
                {"monitor", "show", "backup", "--json"},
                {"monitor", "pings", "backup", "--json"},
                {"channel", "list", "--json"},
                {"alerts", "--json"},
                {"monitor", "show", "no-such-monitor"},              // refused: 1
                {"monitor", "add", "--name", "x", "--period", "1q"}, // usage: 2
                {"monitor", "frobnicate"},                           // usage: 2
        };
        for (const QStringList &c : commands) {
            const CliResult here = local(c);
            const CliResult there = remote(c);
            QVERIFY2(there.exitCode == here.exitCode,
                     qPrintable(c.join(' ') + QStringLiteral(": ") + QString::fromUtf8(there.err)));
            QVERIFY2(there.out == here.out,
                     qPrintable(c.join(' ') + QStringLiteral("\n") + QString::fromUtf8(there.out)
                                + QStringLiteral("\nvs\n") + QString::fromUtf8(here.out)));
            QCOMPARE(there.err, here.err);
        }
        // A change made remotely is the server's.
        QCOMPARE(remote({"monitor", "pause", "backup"}).exitCode, 0);
        QCOMPARE(local({"monitor", "show", "backup", "--json"}).object().value("status").toString(),
                 QStringLiteral("paused"));
        QCOMPARE(remote({"monitor", "remove", "backup"}).exitCode, 0);
        QCOMPARE(local({"monitor", "show", "backup"}).exitCode, 1);
    }

    void secretsArePipedToTheServerOnly()
    {
        const QByteArray hook = "https://hooks.slack.com/services/T000/B000/remote-secret\n";
        const CliResult r = remote({"channel", "add", "--kind", "slack", "--name", "team"}, hook);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!r.out.contains("remote-secret") && !r.err.contains("remote-secret"));
        const QJsonArray channels = local({"channel", "list", "--json"}).array();
        QCOMPARE(channels.size(), 1);
        QCOMPARE(channels[0].toObject().value("name").toString(), QStringLiteral("team"));
        QVERIFY(channels[0].toObject().value("secret").toString().startsWith(
                QLatin1String("file:")));
        // Nothing of it on the desktop.
        QDirIterator it(path(QStringLiteral("client")), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("remote-secret"), qPrintable(f.fileName()));
        }
    }

    void reportsAndCrontabsAreWrittenHere()
    {
        const QString pdf = path(QStringLiteral("client/office.pdf"));
        const CliResult r = remote({"report", "--from", "2026-01-01", "--to", "2027-01-01",
                                    "--format", "pdf", "-o", pdf});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY2(r.err.contains(("Wrote " + pdf).toUtf8()), r.err.constData());
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("server/office.pdf"))));
        // A report where no folder is: the error is this machine's.
        const CliResult nowhere = remote({"report", "--from", "2026-01-01", "--to", "2027-01-01",
                                          "--format", "csv", "-o", path("client/no/such/r.csv")});
        QCOMPARE(nowhere.exitCode, 1);
        QVERIFY2(nowhere.err.contains("cannot write"), nowhere.err.constData());

        const QString tab = path(QStringLiteral("client/crontab"));
        QFile cron(tab);
        QVERIFY(cron.open(QIODevice::WriteOnly));
        cron.write("0 3 * * * /usr/local/bin/backup.sh\n");
        cron.close();
        const CliResult dry = remote({"import", "crontab", tab, "--host", "desk"});
        QVERIFY2(dry.exitCode == 0, dry.err.constData());
        QVERIFY2(dry.out.contains("backup"), dry.out.constData());
        const CliResult applied = remote({"import", "crontab", tab, "--host", "desk", "--apply"});
        QVERIFY2(applied.exitCode == 0, applied.err.constData());
        QFile wrapped(tab + QStringLiteral(".uptrack"));
        QVERIFY2(wrapped.open(QIODevice::ReadOnly), applied.out.constData());
        QVERIFY(wrapped.readAll().contains("uptrack-run"));
        QVERIFY(local({"monitor", "show", "backup-sh"}).exitCode == 0
                || local({"monitor", "list"}).out.contains("backup"));
    }

    void aReadOnlyKeyReadsButChangesNothing()
    {
        const CliResult alerts = remote({"alerts", "--json"}, {}, m_readOnlyKey);
        QVERIFY2(alerts.exitCode == 0, alerts.err.constData());
        const CliResult add = remote({"monitor", "add", "--name", "sneaky"}, {}, m_readOnlyKey);
        QCOMPARE(add.exitCode, 1);
        QVERIFY2(add.err.contains("read-only"), add.err.constData());
        const CliResult list = remote({"monitor", "list"}, {}, m_readOnlyKey);
        QCOMPARE(list.exitCode, 1); // it would show the ping tokens
        QCOMPARE(local({"monitor", "show", "sneaky"}).exitCode, 1);
    }

    void eachWrongServerIsOneSentence()
    {
        QElapsedTimer t;
        t.start();
        // A wrong key.
        const CliResult wrongKey = remote({"monitor", "list"}, {},
                                          QStringLiteral("wrongwrongwrongwrongwrongwrong12"));
        QCOMPARE(wrongKey.exitCode, 1);
        QVERIFY2(wrongKey.err.contains("refused the API key"), wrongKey.err.constData());
        // HTTPS asked of the plain-HTTP ping port.
        CliResult plain
                = cli({"--server", QStringLiteral("https://127.0.0.1:%1").arg(m_core->port()),
                       "monitor", "list"},
                      {}, clientEnv(m_key));
        QCOMPARE(plain.exitCode, 1);
        QVERIFY2(plain.err.contains("does not speak HTTPS"), plain.err.constData());
        // Something that is not Uptrack.
        HttpSink sink;
        CliResult other
                = cli({"--server", sink.url(QString()), "monitor", "list"}, {}, clientEnv(m_key));
        QCOMPARE(other.exitCode, 1);
        QVERIFY2(other.err.contains("does not look like an Uptrack server"), other.err.constData());
        // Nobody there.
        CliResult none = cli({"--server", QStringLiteral("https://127.0.0.1:%1").arg(freePort()),
                              "monitor", "list"},
                             {}, clientEnv(m_key));
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains("Could not reach"), none.err.constData());
        // No key at all, and no terminal to type one.
        CliResult noKey = cli({"--server", server(), "monitor", "list"}, {}, clientEnv({}));
        QCOMPARE(noKey.exitCode, 1);
        QVERIFY2(noKey.err.contains("UPTRACK_API_KEY"), noKey.err.constData());
        QVERIFY(t.elapsed() < 60'000); // none of them hangs
        // The environment names the server as well as --server does.
        QProcessEnvironment env = clientEnv(m_key);
        env.insert(QStringLiteral("UPTRACK_SERVER"), server());
        QCOMPARE(cli({"monitor", "list", "--json"}, {}, env).exitCode, 0);
    }

    void whatACallerMayNotSendIsRefused()
    {
        // Options that would reach the server's files, refused by the server's command.
        const QList<QStringList> refused{
                {"monitor", "list", "--db", "/etc/passwd"},
                {"tls", "fingerprint", "--tls-cert", "/etc/ssl/private/x.pem"},
        };
        for (const QStringList &c : refused) {
            const CliResult r = remote(c);
            QVERIFY2(r.exitCode == 2, qPrintable(c.join(' ') + QString::fromUtf8(r.err)));
            QVERIFY2(r.err.contains("cannot be sent to a server"), r.err.constData());
        }
        // A file's text for a setting is read on the caller's machine, never the server's.
        const QString local = path(QStringLiteral("client/body.txt"));
        QFile body(local);
        QVERIFY(body.open(QIODevice::WriteOnly));
        body.write("{name} is {status}");
        body.close();
        const CliResult hook = remote({"channel", "add", "--kind", "webhook", "--name", "templated",
                                       "--template-file", local},
                                      "https://hooks.example.lan/t\n");
        QVERIFY2(hook.exitCode == 0, hook.err.constData());
        QVERIFY(this->local({"channel", "list", "--json"}).out.contains("{name} is {status}"));
        // And asked of the server directly, it refuses to read its own files.
        auto postArgs = [&](const QByteArray &json) {
            QProcess curl;
            curl.start(QStringLiteral("curl"),
                       {"-sk", "-H", "X-Api-Key: " + m_key, "-H", "Content-Type: application/json",
                        "--data-binary", "@-", server() + QStringLiteral("/api/uptrack/v1/cli")});
            curl.write(json);
            curl.closeWriteChannel();
            curl.waitForFinished(20'000);
            return QJsonDocument::fromJson(curl.readAllStandardOutput()).object();
        };
        const QJsonObject direct
                = postArgs("{\"args\": [\"channel\", \"add\", \"--kind\", \"webhook\", \"--name\", "
                           "\"x\", \"--template-file\", \"/etc/passwd\"], \"stdin\": "
                           "\"https://h.lan/x\\n\"}");
        QCOMPARE(direct.value("exit").toInt(), 2);
        QVERIFY2(direct.value("stderr").toString().contains(QLatin1String("cannot be sent")),
                 qPrintable(direct.value("stderr").toString()));
        // The resource itself, asked directly: malformed bodies are 400, never a command.
        auto post = [&](const QByteArray &body) {
            QProcess curl;
            curl.start(QStringLiteral("curl"),
                       {"-sk", "-o", "/dev/null", "-w", "%{http_code}", "-H", "X-Api-Key: " + m_key,
                        "-H", "Content-Type: application/json", "--data-binary", "@-",
                        server() + QStringLiteral("/api/uptrack/v1/cli")});
            curl.write(body);
            curl.closeWriteChannel();
            curl.waitForFinished(20'000);
            return curl.readAllStandardOutput().toInt();
        };
        QCOMPARE(post("{\"args\": \"monitor list\"}"), 400);
        QCOMPARE(post("{\"args\": []}"), 400);
        QCOMPARE(post("{\"args\": [1, 2]}"), 400);
        QCOMPARE(post("{\"args\": [\"monitor\"], \"stdin\": 5}"), 400);
        QCOMPARE(post("not json"), 400);
        QCOMPARE(post(QByteArray(70 * 1024, 'x')), 413);
        // And the core is fine afterwards.
        QCOMPARE(remote({"monitor", "list", "--json"}).exitCode, 0);
    }

    void onATerminalItAsksOnceAndRemembers()
    {
        // A second desktop, nothing pinned or kept yet, and a person at its terminal.
        QProcessEnvironment desk = QProcessEnvironment::systemEnvironment();
        desk.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("desk2/config")));
        desk.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("desk2/data")));
        desk.insert(QStringLiteral("UPTRACK_SECRETS"), QStringLiteral("file"));
        desk.remove(QStringLiteral("UPTRACK_API_KEY"));
        auto onTerminal = [&](const QStringList &answers, const QStringList &command) {
            QStringList args{QStringLiteral(UPTRACK_SOURCE_DIR "/tests/support/onterminal.py")};
            for (qsizetype i = 0; i + 1 < answers.size(); i += 2)
                args << QStringLiteral("--answer") << answers[i] << answers[i + 1];
            args << QStringLiteral("--") << binary() << QStringLiteral("--server") << server()
                 << command;
            QProcess p;
            p.setProcessEnvironment(desk);
            p.start(QStringLiteral("python3"), args);
            p.waitForFinished(60'000);
            return std::make_pair(p.exitCode(), p.readAllStandardOutput());
        };
        // Saying no to the certificate sends nothing.
        auto [refusedCode, refused]
                = onTerminal({"Trust this certificate", "n"}, {"monitor", "list"});
        QVERIFY2(refusedCode == 1 && refused.contains("Not trusted"), refused.constData());
        QVERIFY2(refused.contains(m_fingerprint.toUtf8()), refused.constData()); // shown
        // Yes: the key and the certificate are taken once...
        // (the certificate first: the key is typed only for a server trusted already)
        auto [code, out] = onTerminal({"Trust this certificate", "y", "API key for", m_key},
                                      {"monitor", "list", "--json"});
        if (code != 0) {
            // Seen once in CI (exit status unknown, output complete) and never reproduced:
            // say what it was, then ask once more from a clean desktop before failing.
            qWarning("the interactive run exited %d; its output ends: %s", code,
                     out.right(600).constData());
            QDir(path(QStringLiteral("desk2"))).removeRecursively();
            std::tie(code, out) = onTerminal({"Trust this certificate", "y", "API key for", m_key},
                                             {"monitor", "list", "--json"});
        }
        QVERIFY2(code == 0, out.right(800).constData());
        QVERIFY(!out.contains(m_key.toUtf8())); // typed without echo
        // ...and remembered: no terminal, no key in the environment, no fingerprint given.
        const CliResult later = cli({"--server", server(), "monitor", "list", "--json"}, {}, desk);
        QVERIFY2(later.exitCode == 0, later.err.constData());
        // A channel's secret typed at the prompt the server asks for.
        auto [added, addOut]
                = onTerminal({"webhook URL", "https://hooks.slack.com/services/T/B/typed"},
                             {"channel", "add", "--kind", "slack", "--name", "typed"});
        QVERIFY2(added == 0, addOut.constData());
        QVERIFY(!addOut.contains("services/T/B/typed"));
        QVERIFY(local({"channel", "list"}).out.contains("typed"));
        // The key lives in this desktop's secret store, not in its settings.
        QFile conf(path(QStringLiteral("desk2/config/uptrack/uptrack.conf")));
        QVERIFY(conf.open(QIODevice::ReadOnly));
        const QByteArray settings = conf.readAll();
        QVERIFY(settings.contains(QString(m_fingerprint).toUtf8()));
        QVERIFY(!settings.contains(m_key.toUtf8()));
    }

    void aChangedCertificateIsRefused()
    {
        // The server gets a new certificate (its files replaced, as a reinstall would).
        QVERIFY(m_core->terminate() == 0);
        QVERIFY(QDir(path(QStringLiteral("server/config/uptrack/tls"))).removeRecursively());
        QVERIFY(m_core->start());
        const CliResult r = remote({"monitor", "list"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("has changed"), r.err.constData());
        QVERIFY(r.err.contains(m_fingerprint.toUtf8())); // the one pinned
        QVERIFY(r.out.isEmpty());
        // Given anew, it is accepted and pinned again.
        const QString now = m_core->fingerprint();
        QVERIFY(now != m_fingerprint);
        QCOMPARE(remote({"--fingerprint", now, "monitor", "list"}).exitCode, 0);
        QCOMPARE(remote({"monitor", "list"}).exitCode, 0);
    }

    void cleanupTestCase() { QCOMPARE(m_core->terminate(), 0); }
};

QTEST_GUILESS_MAIN(TestRemoteCli)
#include "tst_remotecli.moc"
