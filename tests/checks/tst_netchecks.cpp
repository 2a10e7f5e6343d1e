// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The ICMP and DNS checks: their rules and verdicts as pure functions, then the real
// runner in a network namespace of its own (tests/checks/in-netns.sh): ICMP echo to
// 127.0.0.1 and ::1 over unprivileged datagram sockets, with the kernel's
// net.ipv4.ping_group_range set to allow them and to refuse them; silent addresses
// (192.0.2.0/24 and 2001:db8::/64 routed into the loopback, where nobody answers); no
// route at all; and a real DNS server (tests/support/dnsserver.py) on 127.0.0.53:53.
// Last, the command line and the headless core end to end.
#include "checks/checkrunner.h"
#include "checks/dnsprobe.h"
#include "checks/icmpprobe.h"
#include "format/humanformat.h"
#include "processhelpers.h"
#include "time/clock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace uptrack;
using testsupport::freePort;

namespace {

const QString kDnsServer = QStringLiteral("127.0.0.53");

bool inNetns()
{
    return qEnvironmentVariableIntValue("UPTRACK_TEST_NETNS") == 1;
}

/// Lets this namespace's root group open ICMP sockets (ping_group_range "0 0"). A new
/// namespace starts with "1 0", which allows nobody, and cannot go back: only group 0 is
/// mapped here. So the tests of a refusal run first.
bool allowPingSockets()
{
    QFile f(QStringLiteral("/proc/sys/net/ipv4/ping_group_range"));
    return f.open(QIODevice::WriteOnly) && f.write("0 0\n") > 0 && f.flush();
}

/// Whether the kernel still refuses ICMP sockets to everyone (a range whose low end is
/// above its high end).
bool pingSocketsRefused()
{
    QFile f(QStringLiteral("/proc/sys/net/ipv4/ping_group_range"));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QStringList range = QString::fromLatin1(f.readAll()).simplified().split(QLatin1Char(' '));
    return range.size() == 2 && range[0].toLongLong() > range[1].toLongLong();
}

Monitor check(MonitorKind kind, const QString &target)
{
    Monitor m;
    m.id = 1;
    m.kind = kind;
    m.status = Status::New;
    m.check.target = target;
    m.check.intervalMs = 60'000;
    m.check.timeoutMs = 2000;
    return m;
}

std::optional<CheckResult> runOnce(const Monitor &m, qint64 *elapsedMs = nullptr)
{
    SystemClock clock;
    CheckRunner runner(clock);
    std::optional<CheckResult> result;
    QObject::connect(&runner, &CheckRunner::resultReady,
                     [&](qint64, const CheckResult &r) { result = r; });
    QElapsedTimer t;
    t.start();
    runner.update({m});
    while (!result && t.elapsed() < 20'000)
        QTest::qWait(5);
    if (elapsedMs)
        *elapsedMs = t.elapsed();
    return result;
}

/// The DNS server of the tests, on 127.0.0.53:53.
struct DnsServer
{
    QProcess process;
    bool start()
    {
        process.start(
                QStringLiteral("/usr/bin/python3"),
                {QStringLiteral(UPTRACK_SOURCE_DIR "/tests/support/dnsserver.py"), kDnsServer});
        return process.waitForReadyRead(10'000) && process.readLine().startsWith("ready");
    }
    ~DnsServer()
    {
        process.kill();
        process.waitForFinished();
    }
};

IcmpOutcome outcome(int planned, QList<qint64> roundTripsUs, QString error = {})
{
    IcmpOutcome o;
    o.address = QStringLiteral("192.0.2.1");
    o.planned = planned;
    o.sent = planned;
    o.received = int(roundTripsUs.size());
    o.roundTripsUs = std::move(roundTripsUs);
    o.error = std::move(error);
    return o;
}
} // namespace

class TestNetChecks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!inNetns())
            qWarning("not in a network namespace of its own (unshare -rn failed): the tests "
                     "against the kernel and the DNS server are skipped");
    }

    void rules_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QJsonObject>("check");
        QTest::addColumn<QString>("field"); // empty: valid
        auto row = [](const char *name, MonitorKind kind, QJsonObject o, const char *field) {
            QTest::newRow(name) << int(kind) << o << QString::fromLatin1(field);
        };
        row("icmp address", MonitorKind::Icmp, {{"target", "192.168.1.20"}}, "");
        row("icmp v6", MonitorKind::Icmp, {{"target", "fe80::1"}}, "");
        row("icmp name", MonitorKind::Icmp, {{"target", "printer.office.lan"}}, "");
        row("icmp host:port", MonitorKind::Icmp, {{"target", "printer:80"}}, "check.target");
        row("icmp url", MonitorKind::Icmp, {{"target", "http://printer/"}}, "check.target");
        row("icmp empty", MonitorKind::Icmp, {{"target", ""}}, "check.target");
        row("icmp count 0", MonitorKind::Icmp, {{"target", "nas"}, {"count", 0}}, "check.count");
        row("icmp count 21", MonitorKind::Icmp, {{"target", "nas"}, {"count", 21}}, "check.count");
        // 20 requests half a second apart need 9.5 s + 1 s to be answered.
        row("icmp count 20, 10 s", MonitorKind::Icmp, {{"target", "nas"}, {"count", 20}},
            "check.timeout");
        row("icmp count 20, 11 s", MonitorKind::Icmp,
            {{"target", "nas"}, {"count", 20}, {"timeout", 11}}, "");
        row("icmp loss 100", MonitorKind::Icmp, {{"target", "nas"}, {"max_loss", 100}},
            "check.max_loss");
        row("icmp loss 0", MonitorKind::Icmp, {{"target", "nas"}, {"max_loss", 0}}, "");
        row("dns", MonitorKind::Dns, {{"target", "intranet.example.com"}}, "");
        row("dns trailing dot", MonitorKind::Dns, {{"target", "example.com."}}, "");
        row("dns srv name", MonitorKind::Dns, {{"target", "_ldap._tcp.office.lan"}}, "");
        row("dns bad name", MonitorKind::Dns, {{"target", "not a name"}}, "check.target");
        row("dns long label", MonitorKind::Dns, {{"target", QString(64, QLatin1Char('a'))}},
            "check.target");
        row("dns srv record", MonitorKind::Dns, {{"target", "x.lan"}, {"record", "SRV"}},
            "check.record");
        row("dns mx", MonitorKind::Dns, {{"target", "x.lan"}, {"record", "mx"}}, "");
        row("dns server name", MonitorKind::Dns, {{"target", "x.lan"}, {"server", "ns1.lan"}},
            "check.server");
        row("dns server v6", MonitorKind::Dns, {{"target", "x.lan"}, {"server", "::1"}}, "");
        row("dns A expects v6", MonitorKind::Dns,
            {{"target", "x.lan"}, {"record", "A"}, {"expect_value", "::1"}}, "check.expect_value");
        row("dns AAAA expects v6", MonitorKind::Dns,
            {{"target", "x.lan"}, {"record", "AAAA"}, {"expect_value", "2001:db8::1"}}, "");
    }
    void rules()
    {
        QFETCH(int, kind);
        QFETCH(QJsonObject, check);
        QFETCH(QString, field);
        const Problems problems
                = CheckRules::validate(MonitorKind(kind), CheckSpec::fromJson(check));
        if (field.isEmpty()) {
            QCOMPARE(problems, Problems());
        } else {
            QVERIFY2(!problems.isEmpty(), qPrintable(field));
            QCOMPARE(problems.first().field, field);
            QVERIFY(!problems.first().message.isEmpty());
        }
    }

    void specRoundTrip()
    {
        CheckSpec s;
        s.target = QStringLiteral("nas.lan");
        s.count = 5;
        s.maxLossPercent = 20;
        s.record = QStringLiteral("MX");
        s.expectValue = QStringLiteral("10 mail.lan");
        s.server = QStringLiteral("192.168.1.1");
        const QJsonObject json = s.toJson();
        QCOMPARE(json.value(QLatin1String("count")).toInt(), 5);
        QCOMPARE(json.value(QLatin1String("max_loss")).toInt(), 20);
        QCOMPARE(json.value(QLatin1String("record")).toString(), QStringLiteral("MX"));
        QCOMPARE(json.value(QLatin1String("expect_value")).toString(),
                 QStringLiteral("10 mail.lan"));
        QCOMPARE(json.value(QLatin1String("server")).toString(), QStringLiteral("192.168.1.1"));
        QCOMPARE(CheckSpec::fromJson(json).toJson(), json);
        // Defaults: three requests, half may be lost; an A record from the system resolver.
        const CheckSpec d = CheckSpec::fromJson(QJsonObject{});
        QCOMPARE(d.count, 3);
        QCOMPARE(d.maxLossPercent, 50);
        QCOMPARE(d.record, QStringLiteral("A"));
        QVERIFY(d.server.isEmpty());
        QCOMPARE(kindName(MonitorKind::Icmp), QStringLiteral("icmp"));
        // In words, for the console's list.
        Monitor m = check(MonitorKind::Icmp, QStringLiteral("printer.lan"));
        m.check.intervalMs = 120'000;
        QCOMPARE(human::schedule(m), QStringLiteral("ping printer.lan, every 2 minutes"));
        m = check(MonitorKind::Dns, QStringLiteral("example.com"));
        m.check.intervalMs = 120'000;
        m.check.record = QStringLiteral("MX");
        QCOMPARE(human::schedule(m), QStringLiteral("DNS MX example.com, every 2 minutes"));
        m.check.server = QStringLiteral("10.0.0.53");
        QCOMPARE(human::schedule(m),
                 QStringLiteral("DNS MX example.com at 10.0.0.53, every 2 minutes"));
        QCOMPARE(kindFromName(QStringLiteral("dns")), std::optional(MonitorKind::Dns));
    }

    // Hand-worked verdicts: loss is lost/planned, rounded down; the latency is the
    // average round trip.
    void icmpVerdict()
    {
        CheckSpec spec;
        spec.timeoutMs = 2000;
        CheckResult r = IcmpProbe::judge(spec, outcome(3, {400, 600, 800}));
        QVERIFY(r.ok);
        QCOMPARE(r.latencyMs, 1); // 0.6 ms rounds to 1
        QCOMPARE(r.detail, QStringLiteral("3 of 3 replies · 0.60 ms average, 0.80 ms slowest"));
        QCOMPARE(r.address, QStringLiteral("192.0.2.1"));
        r = IcmpProbe::judge(spec, outcome(3, {12'000, 14'000})); // 1 of 3 lost: 33 % <= 50 %
        QVERIFY(r.ok);
        QCOMPARE(r.latencyMs, 13);
        r = IcmpProbe::judge(spec, outcome(3, {12'000})); // 2 of 3 lost: 66 % > 50 %
        QVERIFY(!r.ok);
        QCOMPARE(r.reason, QStringLiteral("2 of 3 echo requests lost (66 % loss; 50 % allowed)"));
        spec.maxLossPercent = 0;
        r = IcmpProbe::judge(spec, outcome(4, {1000, 1000, 1000}));
        QCOMPARE(r.reason, QStringLiteral("1 of 4 echo requests lost (25 % loss; 0 % allowed)"));
        r = IcmpProbe::judge(spec, outcome(3, {}));
        QCOMPARE(r.reason, QStringLiteral("no reply to 3 echo requests within 2 s"));
        QCOMPARE(r.detail, QStringLiteral("0 of 3 replies"));
        QCOMPARE(r.latencyMs, -1); // the runner puts the run's time there
        r = IcmpProbe::judge(spec, outcome(3, {}, QStringLiteral("host unreachable")));
        QCOMPARE(r.reason, QStringLiteral("host unreachable"));
        // The latency limit is on the average: 9 ms and 13 ms average 11 ms > 10 ms.
        spec.maxLossPercent = 50;
        spec.maxResponseMs = 10;
        r = IcmpProbe::judge(spec, outcome(2, {9000, 13'000}));
        QCOMPARE(r.reason, QStringLiteral("too slow: 11.0 ms average round trip (limit 10.0 ms)"));
        QVERIFY(IcmpProbe::judge(spec, outcome(2, {9000, 11'000})).ok); // exactly 10 ms
    }

    void icmpSocketErrorNamesTheFix()
    {
        const QString why = IcmpProbe::socketError(EACCES, false);
        QVERIFY2(why.contains(QLatin1String(
                         "sudo sysctl -w net.ipv4.ping_group_range=\"0 2147483647\"")),
                 qPrintable(why));
        QVERIFY(why.contains(QLatin1String("/etc/sysctl.d/")));
        QVERIFY(IcmpProbe::socketError(EAFNOSUPPORT, true).contains(QLatin1String("IPv6")));
    }

    void dnsMatching_data()
    {
        QTest::addColumn<QString>("record");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("match");
        QTest::newRow("A") << "A"
                           << "192.0.2.10"
                           << "192.0.2.10" << true;
        QTest::newRow("A other") << "A"
                                 << "192.0.2.10"
                                 << "192.0.2.11" << false;
        QTest::newRow("A not an address") << "A"
                                          << "www"
                                          << "192.0.2.10" << false;
        QTest::newRow("AAAA spelled out") << "AAAA"
                                          << "2001:0db8:0:0::10"
                                          << "2001:db8::10" << true;
        QTest::newRow("AAAA v4-mapped is not A") << "AAAA"
                                                 << "::ffff:192.0.2.10"
                                                 << "192.0.2.10" << false;
        QTest::newRow("MX host") << "MX"
                                 << "Mail.Uptrack.Test."
                                 << "10 mail.uptrack.test" << true;
        QTest::newRow("MX pref host") << "MX"
                                      << "10 mail.uptrack.test"
                                      << "10 mail.uptrack.test" << true;
        QTest::newRow("MX wrong pref") << "MX"
                                       << "20 mail.uptrack.test"
                                       << "10 mail.uptrack.test" << false;
        QTest::newRow("TXT exact") << "TXT"
                                   << "v=spf1 -all"
                                   << "v=spf1 -all" << true;
        QTest::newRow("TXT case") << "TXT"
                                  << "V=SPF1 -all"
                                  << "v=spf1 -all" << false;
        QTest::newRow("CNAME") << "CNAME"
                               << "WWW.uptrack.test."
                               << "www.uptrack.test" << true;
    }
    void dnsMatching()
    {
        QFETCH(QString, record);
        QFETCH(QString, expected);
        QFETCH(QString, value);
        QFETCH(bool, match);
        QCOMPARE(DnsProbe::matches(record, expected, value), match);
    }

    void dnsVerdict()
    {
        CheckSpec spec;
        spec.target = QStringLiteral("www.uptrack.test");
        spec.timeoutMs = 3000;
        DnsOutcome o;
        o.values = {QStringLiteral("192.0.2.10"), QStringLiteral("192.0.2.11")};
        CheckResult r = DnsProbe::judge(spec, o);
        QVERIFY(r.ok);
        QCOMPARE(r.detail, QStringLiteral("A 192.0.2.10, 192.0.2.11"));
        QCOMPARE(r.address, QStringLiteral("www.uptrack.test"));
        spec.expectValue = QStringLiteral("192.0.2.99");
        spec.server = QStringLiteral("10.0.0.53");
        r = DnsProbe::judge(spec, o);
        QCOMPARE(r.reason,
                 QStringLiteral("no A record equals \"192.0.2.99\" (got 192.0.2.10, 192.0.2.11)"));
        QCOMPARE(r.address, QStringLiteral("www.uptrack.test @10.0.0.53"));
        o.values.clear();
        o.error = QDnsLookup::NotFoundError;
        QCOMPARE(DnsProbe::judge(spec, o).reason,
                 QStringLiteral("DNS: www.uptrack.test does not exist (NXDOMAIN)"));
        o.error = QDnsLookup::InvalidReplyError; // Qt 6.4's word for "no such record"
        QCOMPARE(DnsProbe::judge(spec, o).reason,
                 QStringLiteral("DNS: www.uptrack.test has no A record"));
        o.error = QDnsLookup::ServerFailureError;
        QCOMPARE(DnsProbe::judge(spec, o).reason,
                 QStringLiteral("DNS: the name server failed to answer (SERVFAIL)"));
        o.timedOut = true;
        QCOMPARE(DnsProbe::judge(spec, o).reason,
                 QStringLiteral("no answer from 10.0.0.53 within 3 s"));
        // Many answers are cut in the ping log.
        DnsOutcome many;
        for (int i = 0; i < 14; ++i)
            many.values << QStringLiteral("10.0.0.%1").arg(i);
        spec.expectValue.clear();
        QVERIFY(DnsProbe::judge(spec, many).detail.endsWith(QLatin1String("10.0.0.9, 4 more")));
    }

    // --- against the kernel: a namespace of this test's own --------------------------

    void icmpRefusedByTheKernelNamesTheSysctl()
    {
        if (!inNetns())
            QSKIP("needs a network namespace of its own");
        QVERIFY2(pingSocketsRefused(), "runs before any test allows ICMP sockets");
        for (const QString &host : {QStringLiteral("127.0.0.1"), QStringLiteral("::1")}) {
            const auto r = runOnce(check(MonitorKind::Icmp, host));
            QVERIFY(r);
            QVERIFY(!r->ok);
            // With the current value (this namespace maps group 1 to 65534).
            QVERIFY2(
                    r->reason.contains(QLatin1String("(net.ipv4.ping_group_range is \"65534 0\")")),
                    qPrintable(r->reason));
            QVERIFY2(r->reason.contains(QLatin1String("sudo sysctl -w net.ipv4.ping_group_range")),
                     qPrintable(r->reason));
        }
    }

    // The check is still added, and each run fails saying how to allow ICMP sockets.
    void commandLineIcmpRefused()
    {
        if (!inNetns())
            QSKIP("needs a network namespace of its own");
        QVERIFY2(pingSocketsRefused(), "runs before any test allows ICMP sockets");
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("refused.db"));
        testsupport::Instance instance(db, freePort());
        QVERIFY(instance.waitReady());
        auto r = testsupport::cli({"monitor", "add", "--name", "Printer", "--icmp", "::1",
                                   "--interval", "10s", "--timeout", "2s", "--confirm", "1", "--db",
                                   db});
        QCOMPARE(r.exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(
                testsupport::cli({"monitor", "show", "printer", "--json", "--db", db})
                        .object()
                        .value(QLatin1String("status_reason"))
                        .toString()
                        .contains(QLatin1String("sudo sysctl -w net.ipv4.ping_group_range")),
                10'000);
        r = testsupport::cli({"monitor", "show", "printer", "--db", db});
        QVERIFY2(r.out.contains("  why:         check failed: this system does not allow ICMP "
                                "echo (ping) sockets"),
                 r.out.constData());
        QCOMPARE(instance.terminate(), 0);
    }

    void icmpLoopback_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("address");
        QTest::newRow("IPv4") << "127.0.0.1"
                              << "127.0.0.1";
        QTest::newRow("IPv6") << "::1"
                              << "::1";
        QTest::newRow("another loopback address") << "127.0.0.2"
                                                  << "127.0.0.2";
        QTest::newRow("a name") << "localhost"
                                << "";
    }
    void icmpLoopback()
    {
        if (!inNetns())
            QSKIP("needs a network namespace of its own");
        QFETCH(QString, host);
        QFETCH(QString, address);
        QVERIFY(allowPingSockets());
        Monitor m = check(MonitorKind::Icmp, host);
        m.check.count = 4;
        qint64 elapsed = 0;
        const auto r = runOnce(m, &elapsed);
        QVERIFY(r);
        QVERIFY2(r->ok, qPrintable(r->reason));
        QVERIFY2(r->detail.startsWith(QStringLiteral("4 of 4 replies · ")), qPrintable(r->detail));
        if (!address.isEmpty())
            QCOMPARE(r->address, address);
        QVERIFY(r->latencyMs >= 0 && r->latencyMs < 100);
        QVERIFY(r->timeMs > 0);
        // Four requests half a second apart: the last goes out after 1.5 s.
        QVERIFY2(elapsed >= 1400, qPrintable(QString::number(elapsed)));
    }

    // Nobody answers 192.0.2.1 or 2001:db8::1 here: the run ends at its timeout.
    void icmpSilentHostIsCutAtTheTimeout()
    {
        if (!inNetns())
            QSKIP("needs a network namespace of its own");
        QVERIFY(allowPingSockets());
        for (const QString &host : {QStringLiteral("192.0.2.1"), QStringLiteral("2001:db8::1")}) {
            qint64 elapsed = 0;
            const auto r = runOnce(check(MonitorKind::Icmp, host), &elapsed);
            QVERIFY(r);
            QVERIFY(!r->ok);
            QCOMPARE(r->reason, QStringLiteral("no reply to 3 echo requests within 2 s"));
            QCOMPARE(r->detail, QStringLiteral("0 of 3 replies"));
            QVERIFY2(elapsed >= 1900 && elapsed < 5000, qPrintable(QString::number(elapsed)));
            QVERIFY(r->latencyMs >= 1900);
        }
    }

    void icmpNoRoute()
    {
        if (!inNetns())
            QSKIP("needs a network namespace of its own");
        QVERIFY(allowPingSockets());
        qint64 elapsed = 0;
        const auto r = runOnce(check(MonitorKind::Icmp, QStringLiteral("10.1.2.3")), &elapsed);
        QVERIFY(r);
        QVERIFY(!r->ok);
        QCOMPARE(r->reason, QStringLiteral("network unreachable"));
        QVERIFY2(elapsed < 1500, qPrintable(QString::number(elapsed))); // not the timeout
        const auto name = runOnce(check(MonitorKind::Icmp, QStringLiteral("nosuchhost.invalid")));
        QVERIFY(name);
        QVERIFY2(name->reason.startsWith(QLatin1String("DNS:")), qPrintable(name->reason));
    }

    void dnsAgainstARealServer_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("record");
        QTest::addColumn<QString>("expect");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("text"); // the detail when ok, else the reason
        QTest::newRow("A") << "www.uptrack.test"
                           << "A"
                           << "" << true << "A 192.0.2.10, 192.0.2.11";
        QTest::newRow("A expected") << "www.uptrack.test"
                                    << "A"
                                    << "192.0.2.11" << true << "A 192.0.2.10, 192.0.2.11";
        QTest::newRow("A not expected")
                << "www.uptrack.test"
                << "A"
                << "192.0.2.99" << false
                << "no A record equals \"192.0.2.99\" (got 192.0.2.10, 192.0.2.11)";
        QTest::newRow("AAAA") << "www.uptrack.test"
                              << "AAAA"
                              << "2001:db8:0::10" << true << "AAAA 2001:db8::10";
        QTest::newRow("MX") << "uptrack.test"
                            << "MX"
                            << "backup.uptrack.test" << true
                            << "MX 10 mail.uptrack.test, 20 backup.uptrack.test";
        QTest::newRow("TXT in two strings")
                << "uptrack.test"
                << "TXT"
                << "part one, part two" << true << "TXT v=spf1 -all, part one, part two";
        QTest::newRow("CNAME") << "alias.uptrack.test"
                               << "CNAME"
                               << "www.uptrack.test" << true << "CNAME www.uptrack.test";
        QTest::newRow("A through a CNAME") << "alias.uptrack.test"
                                           << "A"
                                           << "192.0.2.10" << true << "A 192.0.2.10, 192.0.2.11";
        QTest::newRow("NXDOMAIN") << "nope.uptrack.test"
                                  << "A"
                                  << "" << false
                                  << "DNS: nope.uptrack.test does not exist (NXDOMAIN)";
        QTest::newRow("no data") << "empty.uptrack.test"
                                 << "A"
                                 << "" << false << "DNS: empty.uptrack.test has no A record";
        QTest::newRow("SERVFAIL") << "servfail.uptrack.test"
                                  << "A"
                                  << "" << false
                                  << "DNS: the name server failed to answer (SERVFAIL)";
        QTest::newRow("REFUSED") << "refused.uptrack.test"
                                 << "A"
                                 << "" << false
                                 << "DNS: the name server refused the query (REFUSED)";
        QTest::newRow("malformed reply")
                << "garbage.uptrack.test"
                << "A"
                << "" << false << "DNS: garbage.uptrack.test has no A record";
        QTest::newRow("no answer") << "slow.uptrack.test"
                                   << "A"
                                   << "" << false << "no answer from 127.0.0.53 within 2 s";
    }
    void dnsAgainstARealServer()
    {
        if (!inNetns())
            QSKIP("needs a network namespace of its own (port 53)");
        QFETCH(QString, name);
        QFETCH(QString, record);
        QFETCH(QString, expect);
        QFETCH(bool, ok);
        QFETCH(QString, text);
        DnsServer server;
        QVERIFY(server.start());
        Monitor m = check(MonitorKind::Dns, name);
        m.check.record = record;
        m.check.expectValue = expect;
        m.check.server = kDnsServer;
        qint64 elapsed = 0;
        const auto r = runOnce(m, &elapsed);
        QVERIFY(r);
        QCOMPARE(r->ok, ok);
        if (ok)
            QVERIFY2(r->detail.startsWith(text + QStringLiteral(" · ")), qPrintable(r->detail));
        else
            QCOMPARE(r->reason, text);
        QCOMPARE(r->address, name + QStringLiteral(" @127.0.0.53"));
        QVERIFY(elapsed < 4000); // a silent server is cut at the 2 s timeout
        // The server was asked, for the asked type.
        QByteArray log;
        QTRY_VERIFY2((log += server.process.readAll())
                             .contains(QStringLiteral("query %1 %2").arg(name, record).toUtf8()),
                     log.constData());
    }

    // --- the command line and the core, end to end ------------------------------------

    void commandLineEndToEnd()
    {
        if (!inNetns())
            QSKIP("needs a network namespace of its own");
        QVERIFY(allowPingSockets());
        DnsServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("net.db"));
        testsupport::Instance instance(db, freePort());
        QVERIFY(instance.waitReady());
        auto cli = [&](QStringList args) {
            args << QStringLiteral("--db") << db;
            return testsupport::cli(args);
        };
        auto show = [&](const QString &slug) {
            return cli({QStringLiteral("monitor"), QStringLiteral("show"), slug,
                        QStringLiteral("--json")})
                    .object();
        };
        auto r = cli({"monitor", "add", "--name", "Router", "--icmp", "127.0.0.1", "--count", "2",
                      "--max-loss", "0", "--interval", "10s", "--timeout", "2s", "--json"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.object().value(QLatin1String("kind")).toString(), QStringLiteral("icmp"));
        QJsonObject c = r.object().value(QLatin1String("check")).toObject();
        QCOMPARE(c.value(QLatin1String("target")).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(c.value(QLatin1String("count")).toInt(), 2);
        QCOMPARE(c.value(QLatin1String("max_loss")).toInt(), 0);
        r = cli({"monitor", "add", "--name", "Intranet DNS", "--dns", "www.uptrack.test",
                 "--record", "a", "--expect-value", "192.0.2.10", "--server", "127.0.0.53",
                 "--interval", "10s", "--timeout", "2s", "--json"});
        QCOMPARE(r.exitCode, 0);
        c = r.object().value(QLatin1String("check")).toObject();
        QCOMPARE(r.object().value(QLatin1String("kind")).toString(), QStringLiteral("dns"));
        QCOMPARE(c.value(QLatin1String("record")).toString(), QStringLiteral("A"));
        QCOMPARE(c.value(QLatin1String("expect_value")).toString(), QStringLiteral("192.0.2.10"));
        QCOMPARE(c.value(QLatin1String("server")).toString(), QStringLiteral("127.0.0.53"));
        QCOMPARE(cli({"monitor", "add", "--name", "Gone", "--dns", "gone.uptrack.test", "--server",
                      "127.0.0.53", "--interval", "10s", "--timeout", "2s", "--confirm", "1"})
                         .exitCode,
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(show(QStringLiteral("router")).value(QLatin1String("status")),
                                  QJsonValue(QStringLiteral("up")), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(
                show(QStringLiteral("intranet-dns")).value(QLatin1String("status")),
                QJsonValue(QStringLiteral("up")), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(
                show(QStringLiteral("gone")).value(QLatin1String("status_reason")),
                QJsonValue(
                        QStringLiteral("check:DNS: gone.uptrack.test does not exist (NXDOMAIN)")),
                10'000);
        // The ping log says what each run saw.
        r = cli({"monitor", "pings", "router", "--json"});
        QJsonObject ping = r.array().first().toObject();
        QCOMPARE(ping.value(QLatin1String("kind")).toString(), QStringLiteral("success"));
        QVERIFY2(ping.value(QLatin1String("body"))
                         .toString()
                         .startsWith(QStringLiteral("2 of 2 replies · ")),
                 qPrintable(ping.value(QLatin1String("body")).toString()));
        r = cli({"monitor", "show", "router"});
        QVERIFY2(r.out.contains("  check:       ICMP 127.0.0.1, every 10s"), r.out.constData());
        r = cli({"monitor", "show", "intranet-dns"});
        QVERIFY2(r.out.contains("  check:       DNS A www.uptrack.test @127.0.0.53, every 10s"),
                 r.out.constData());

        // Mistakes are named and add nothing.
        const qsizetype count = cli({"monitor", "list", "--json"}).array().size();
        r = cli({"monitor", "add", "--name", "x", "--icmp", "nas", "--record", "MX"});
        QCOMPARE(r.exitCode, 2); // a usage error
        QVERIFY2(r.err.contains("--record is a setting of DNS checks, not of ICMP checks"),
                 r.err.constData());
        r = cli({"monitor", "add", "--name", "x", "--icmp", "nas", "--dns", "nas.lan"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--icmp and --dns"), r.err.constData());
        r = cli({"monitor", "add", "--name", "x", "--dns", "bad name"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("is not a DNS name"), r.err.constData());
        r = cli({"monitor", "add", "--name", "x", "--dns", "a.lan", "--record", "SRV"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("A, AAAA, MX, TXT, CNAME"), r.err.constData());
        r = cli({"monitor", "add", "--name", "x", "--icmp", "nas", "--count", "50"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--count"), r.err.constData());
        r = cli({"monitor", "edit", "router", "--tcp", "127.0.0.1:22"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("does not change"), r.err.constData());
        QCOMPARE(cli({"monitor", "list", "--json"}).array().size(), count);
        // Reports say what each check looks at.
        const QString reportFile = dir.filePath(QStringLiteral("report.json"));
        r = cli({"report", "--from", "2020-01-01", "--to", "2100-01-01", "--format", "json", "-o",
                 reportFile});
        QCOMPARE(r.exitCode, 0);
        QFile report(reportFile);
        QVERIFY(report.open(QIODevice::ReadOnly));
        QStringList schedules;
        for (const QJsonValue &m : QJsonDocument::fromJson(report.readAll())
                                           .object()
                                           .value(QLatin1String("monitors"))
                                           .toArray())
            schedules << m.toObject().value(QLatin1String("schedule")).toString();
        QVERIFY2(schedules.contains(QStringLiteral("ICMP 127.0.0.1, every 10s")),
                 qPrintable(schedules.join(QLatin1Char('|'))));
        QVERIFY(schedules.contains(
                QStringLiteral("DNS A www.uptrack.test @127.0.0.53, every 10s")));

        // An edit changes what it names and keeps the rest.
        r = cli({"monitor", "edit", "intranet-dns", "--expect-value", "192.0.2.11", "--json"});
        QCOMPARE(r.exitCode, 0);
        c = r.object().value(QLatin1String("check")).toObject();
        QCOMPARE(c.value(QLatin1String("expect_value")).toString(), QStringLiteral("192.0.2.11"));
        QCOMPARE(c.value(QLatin1String("server")).toString(), QStringLiteral("127.0.0.53"));
        QCOMPARE(instance.terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNetChecks)
#include "tst_netchecks.moc"
