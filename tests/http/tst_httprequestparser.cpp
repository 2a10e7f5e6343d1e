// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httprequestparser.h"

#include <QTest>

using namespace uptrack;

namespace {
// Feeds the whole request at once or one byte at a time; the result must not differ.
HttpRequestParser parse(const QByteArray &raw, bool bytewise, qsizetype *consumed = nullptr,
                        HttpRequestParser::Limits limits = {})
{
    HttpRequestParser p(limits);
    qsizetype used = 0;
    if (bytewise) {
        while (used < raw.size() && !p.isComplete() && !p.hasError())
            used += p.feed(raw.constData() + used, 1);
    } else {
        used = p.feed(raw.constData(), raw.size());
    }
    if (consumed)
        *consumed = used;
    return p;
}
} // namespace

class TestHttpRequestParser : public QObject
{
    Q_OBJECT
private slots:
    void requests_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status"); // 0: complete; else the error status
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("keepAlive");

        QTest::addRow("simple GET")
                << QByteArray("GET /ping/x HTTP/1.1\r\nHost: h\r\n\r\n") << 0 << QByteArray("GET")
                << QByteArray("/ping/x") << QByteArray() << true;
        QTest::addRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: h\n\n") << 0
                                 << QByteArray("GET") << QByteArray("/") << QByteArray() << true;
        QTest::addRow("HTTP/1.0 closes")
                << QByteArray("HEAD /a HTTP/1.0\r\n\r\n") << 0 << QByteArray("HEAD")
                << QByteArray("/a") << QByteArray() << false;
        QTest::addRow("1.0 keep-alive")
                << QByteArray("GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << 0
                << QByteArray("GET") << QByteArray("/a") << QByteArray() << true;
        QTest::addRow("connection close")
                << QByteArray("GET /a HTTP/1.1\r\nConnection: close\r\n\r\n") << 0
                << QByteArray("GET") << QByteArray("/a") << QByteArray() << false;
        QTest::addRow("POST body")
                << QByteArray("POST /p HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello") << 0
                << QByteArray("POST") << QByteArray("/p") << QByteArray("hello") << true;
        QTest::addRow("chunked") << QByteArray(
                "POST /p HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                "5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\nX-Trailer: y\r\n\r\n")
                                 << 0 << QByteArray("POST") << QByteArray("/p")
                                 << QByteArray("hello world") << true;
        QTest::addRow("leading empty line")
                << QByteArray("\r\nGET /a HTTP/1.1\r\n\r\n") << 0 << QByteArray("GET")
                << QByteArray("/a") << QByteArray() << true;
        QTest::addRow("garbage request line") << QByteArray("HELLO\r\n\r\n") << 400 << QByteArray()
                                              << QByteArray() << QByteArray() << true;
        QTest::addRow("not HTTP") << QByteArray("GET / FTP/1.0\r\n\r\n") << 400 << QByteArray()
                                  << QByteArray() << QByteArray() << true;
        QTest::addRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\n") << 505
                                        << QByteArray() << QByteArray() << QByteArray() << true;
        QTest::addRow("control char in target")
                << QByteArray("GET /a\x01 HTTP/1.1\r\n\r\n") << 400 << QByteArray() << QByteArray()
                << QByteArray() << true;
        QTest::addRow("header without colon")
                << QByteArray("GET / HTTP/1.1\r\nNoColon\r\n\r\n") << 400 << QByteArray()
                << QByteArray() << QByteArray() << true;
        QTest::addRow("space before colon")
                << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n") << 400 << QByteArray()
                << QByteArray() << QByteArray() << true;
        QTest::addRow("folded header") << QByteArray("GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n") << 400
                                       << QByteArray() << QByteArray() << QByteArray() << true;
        QTest::addRow("negative length")
                << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400
                << QByteArray() << QByteArray() << QByteArray() << true;
        QTest::addRow("non-numeric length")
                << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1e3\r\n\r\n") << 400
                << QByteArray() << QByteArray() << QByteArray() << true;
        QTest::addRow("overflowing length")
                << QByteArray("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n")
                << 400 << QByteArray() << QByteArray() << QByteArray() << true;
        QTest::addRow("huge length")
                << QByteArray("POST / HTTP/1.1\r\nContent-Length: 999999999999999\r\n\r\n") << 413
                << QByteArray() << QByteArray() << QByteArray() << true;
        QTest::addRow("conflicting lengths")
                << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n")
                << 400 << QByteArray() << QByteArray() << QByteArray() << true;
        QTest::addRow("same length twice")
                << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx")
                << 0 << QByteArray("POST") << QByteArray("/") << QByteArray("x") << true;
        QTest::addRow("length and chunked")
                << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: "
                              "chunked\r\n\r\n")
                << 400 << QByteArray() << QByteArray() << QByteArray() << true;
        QTest::addRow("gzip coding")
                << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << 501
                << QByteArray() << QByteArray() << QByteArray() << true;
        QTest::addRow("bad chunk size")
                << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << 400
                << QByteArray() << QByteArray() << QByteArray() << true;
        QTest::addRow("duplicate host")
                << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400 << QByteArray()
                << QByteArray() << QByteArray() << true;
        QTest::addRow("unknown expectation")
                << QByteArray("GET / HTTP/1.1\r\nExpect: magic\r\n\r\n") << 417 << QByteArray()
                << QByteArray() << QByteArray() << true;
    }
    void requests()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, body);
        QFETCH(bool, keepAlive);
        for (bool bytewise : {false, true}) {
            const HttpRequestParser p = parse(raw, bytewise);
            if (status == 0) {
                QVERIFY2(p.isComplete(), p.errorMessage().constData());
                QCOMPARE(p.head().method, method);
                QCOMPARE(p.head().target, target);
                QCOMPARE(p.body(), body);
                QCOMPARE(p.head().keepAlive, keepAlive);
                QVERIFY(!p.bodyTruncated());
            } else {
                QVERIFY(p.hasError());
                QCOMPARE(p.errorStatus(), status);
            }
        }
    }

    void bodyIsCappedNotBuffered()
    {
        HttpRequestParser::Limits limits;
        limits.bodyCap = 10;
        HttpRequestParser p(limits);
        const QByteArray head = "POST /p HTTP/1.1\r\nContent-Length: 10000000\r\n\r\n";
        p.feed(head.constData(), head.size());
        const QByteArray chunk(64 * 1024, 'x');
        qint64 sent = 0;
        while (sent < 10'000'000) {
            const qsizetype n = qsizetype(std::min<qint64>(chunk.size(), 10'000'000 - sent));
            QCOMPARE(p.feed(chunk.constData(), n), n);
            sent += n;
        }
        QVERIFY(p.isComplete());
        QCOMPARE(p.body(), QByteArray(10, 'x'));
        QVERIFY(p.bodyTruncated());
        QCOMPARE(p.bodyBytesSeen(), 10'000'000);
    }

    void endlessChunkedStaysBounded()
    {
        HttpRequestParser::Limits limits;
        limits.bodyCap = 100;
        HttpRequestParser p(limits);
        const QByteArray head = "POST /p HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n";
        p.feed(head.constData(), head.size());
        const QByteArray chunk = "400\r\n" + QByteArray(0x400, 'y') + "\r\n";
        for (int i = 0; i < 5000; ++i)
            p.feed(chunk.constData(), chunk.size());
        QVERIFY(!p.isComplete());
        QVERIFY(!p.hasError());
        QCOMPARE(p.body().size(), 100);
    }

    void pipelinedRequestsAreSeparated()
    {
        const QByteArray two = "GET /one HTTP/1.1\r\n\r\nGET /two HTTP/1.1\r\n\r\n";
        HttpRequestParser p;
        const qsizetype used = p.feed(two.constData(), two.size());
        QVERIFY(p.isComplete());
        QCOMPARE(p.head().target, QByteArray("/one"));
        p.reset();
        QCOMPARE(p.feed(two.constData() + used, two.size() - used), two.size() - used);
        QVERIFY(p.isComplete());
        QCOMPARE(p.head().target, QByteArray("/two"));
    }

    void limits_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status");
        QTest::addRow("1 MB request line")
                << "GET /" + QByteArray(1 << 20, 'a') + " HTTP/1.1\r\n\r\n"
                << 414;
        QTest::addRow("1 MB header line") << "GET / HTTP/1.1\r\nX: " + QByteArray(1 << 20, 'a')
                        + "\r\n\r\n" << 431;
        QByteArray many = "GET / HTTP/1.1\r\n";
        for (int i = 0; i < 10'000; ++i)
            many += "X-" + QByteArray::number(i) + ": 1\r\n";
        QTest::addRow("10000 headers") << many + "\r\n" << 431;
        QTest::addRow("endless chunk size")
                << "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n" + QByteArray(5000, '1')
                << 400;
    }
    void limits()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        qsizetype consumed = 0;
        const HttpRequestParser p = parse(raw, false, &consumed);
        QVERIFY(p.hasError());
        QCOMPARE(p.errorStatus(), status);
        QVERIFY(consumed <= 64 * 1024); // it stopped early, holding little
    }

    void expectContinueIsSeen()
    {
        HttpRequestParser p;
        const QByteArray head
                = "POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n";
        p.feed(head.constData(), head.size());
        QVERIFY(p.headComplete());
        QVERIFY(!p.isComplete());
        QVERIFY(p.head().expectContinue);
        p.feed("abc", 3);
        QVERIFY(p.isComplete());
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
