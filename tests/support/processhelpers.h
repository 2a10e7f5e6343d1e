// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for tests that drive the real uptrack executable.
#pragma once

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

namespace testsupport {

/// Resident-memory budgets mean nothing under AddressSanitizer (freed memory sits in
/// its quarantine): such builds print the figures but do not hold them to the budget.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kMemoryBudgetsApply = false;
#else
constexpr bool kMemoryBudgetsApply = true;
#endif

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
};

inline QString binary()
{
    return QStringLiteral(UPTRACK_BINARY);
}

/// Runs `uptrack ARGS` to completion, with `input` on standard input (the way secrets
/// are given) and an optional environment.
inline CliResult cli(const QStringList &args, const QByteArray &input = {},
                     const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                     int timeoutMs = 30'000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(binary(), args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    CliResult r;
    // Keep this process's event loop turning: a test's own servers (webhook sinks)
    // must be able to answer while the command runs.
    QElapsedTimer t;
    t.start();
    while (p.state() != QProcess::NotRunning && t.elapsed() < timeoutMs)
        QTest::qWait(10);
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

/// Polls `done` every 100 ms until it holds or `timeoutMs` of wall-clock time pass (QTRY
/// counts its own iterations instead, which a slow expression such as a `cli()` call
/// stretches far beyond its timeout); the event loop turns meanwhile. True when it held.
template<typename Predicate> bool waitFor(Predicate done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    for (;;) {
        if (done())
            return true;
        if (t.elapsed() >= timeoutMs)
            return false;
        QTest::qWait(100);
    }
}

/// A port nobody listens on right now.
inline quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

inline bool portAnswers(quint16 port)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    return s.waitForConnected(200);
}

/// `uptrack --headless` on a database and a loopback port.
class Instance
{
public:
    Instance(const QString &db, quint16 port, const QStringList &extra = {},
             const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
        : m_db(db), m_port(port)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.setProcessEnvironment(env);
        m_process.start(binary(),
                        QStringList{QStringLiteral("--headless"), QStringLiteral("--db"), db,
                                    QStringLiteral("--listen"),
                                    QStringLiteral("127.0.0.1:%1").arg(port)}
                                + extra);
    }
    ~Instance()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    /// Waits until the port answers (or the process died).
    bool waitReady(int timeoutMs = 15'000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            if (m_process.state() == QProcess::NotRunning)
                return false;
            if (portAnswers(m_port))
                return true;
            QTest::qWait(50);
        }
        return false;
    }
    /// SIGTERM and wait; returns the exit code (-1 if it crashed or hung).
    int terminate(int timeoutMs = 15'000)
    {
        ::kill(pid_t(m_process.processId()), SIGTERM);
        if (!m_process.waitForFinished(timeoutMs))
            return -1;
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    void kill9()
    {
        ::kill(pid_t(m_process.processId()), SIGKILL);
        m_process.waitForFinished(5000);
    }
    bool waitFinished(int timeoutMs) { return m_process.waitForFinished(timeoutMs); }
    int exitCode() const { return m_process.exitCode(); }
    QByteArray stderrText() { return m_process.readAllStandardError(); }
    qint64 pid() const { return m_process.processId(); }
    quint16 port() const { return m_port; }

private:
    QString m_db;
    quint16 m_port;
    QProcess m_process;
};

/// One HTTP request on a fresh connection; returns the status code (0 on failure).
inline int httpStatus(quint16 port, const QByteArray &method, const QByteArray &path,
                      const QByteArray &body = {}, QByteArray *responseBody = nullptr)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(3000))
        return 0;
    QByteArray req = method + ' ' + path + " HTTP/1.1\r\nHost: t\r\nConnection: close\r\n";
    if (!body.isEmpty())
        req += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    req += "\r\n" + body;
    s.write(req);
    QByteArray got;
    while (s.waitForReadyRead(5000))
        got += s.readAll();
    got += s.readAll();
    if (!got.startsWith("HTTP/1.1 "))
        return 0;
    if (responseBody)
        *responseBody = got.mid(got.indexOf("\r\n\r\n") + 4);
    return got.mid(9, 3).toInt();
}

/// What the tests of the command line share: a temporary folder and a fresh database
/// file in it for each test function (init() calls nextDatabase()).
class CliTest : public QObject
{
protected:
    QTemporaryDir m_dir;
    QString m_db;
    int m_n = 0;

    void nextDatabase() { m_db = m_dir.filePath(QStringLiteral("t%1.db").arg(++m_n)); }
    /// The arguments with `--db` and this test's database added.
    QStringList withDb(QStringList args) const { return args << QStringLiteral("--db") << m_db; }
};

} // namespace testsupport
