// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The SMTP conversation of the e-mail ping receiver, byte for byte: the commands a NAS or
// swaks sends, pipelining, dot-unstuffing, the limits (line, size, recipients, errors),
// STARTTLS starting over, and what hostile peers send.
#include "mail/smtpsession.h"

#include <QTest>

using namespace uptrack;

namespace {
SmtpSession session(SmtpSession::Limits limits = {}, bool tls = false)
{
    return SmtpSession(limits, "uptrack.lan", tls, [](const QString &address) {
        return address.startsWith(QLatin1String("5f0c2a1e-")) || address == QLatin1String("b@x");
    });
}
const QByteArray kRcpt = "RCPT TO:<5f0c2a1e-aaaa-4bbb-8ccc-123456789abc@uptrack.lan>\r\n";
} // namespace

class TestSmtpSession : public QObject
{
    Q_OBJECT
private slots:
    void aWholeConversation()
    {
        SmtpSession s = session();
        QVERIFY(s.greeting().startsWith("220 uptrack.lan "));
        SmtpSession::Step step = s.feed("EHLO nas.office.lan\r\n");
        QCOMPARE(step.reply,
                 QByteArray("250-uptrack.lan\r\n250-SIZE 1048576\r\n250-8BITMIME\r\n"
                            "250-PIPELINING\r\n250 ENHANCEDSTATUSCODES\r\n"));
        QCOMPARE(s.feed("MAIL FROM:<nas@office.lan> SIZE=300 BODY=8BITMIME\r\n").reply,
                 QByteArray("250 2.1.0 OK\r\n"));
        QCOMPARE(s.feed(kRcpt).reply, QByteArray("250 2.1.5 OK\r\n"));
        QCOMPARE(s.feed("DATA\r\n").reply, QByteArray("354 End data with <CR><LF>.<CR><LF>\r\n"));
        step = s.feed("Subject: [Success] Backup job\r\n\r\nAll done.\r\n..leading dot\r\n.");
        QVERIFY(!step.message); // the final dot's CRLF has not come yet
        step = s.feed("\r\n");
        QVERIFY(step.message);
        QCOMPARE(step.message->from, QStringLiteral("nas@office.lan"));
        QCOMPARE(step.message->to,
                 QStringList{QStringLiteral("5f0c2a1e-aaaa-4bbb-8ccc-123456789abc@uptrack.lan")});
        QCOMPARE(step.message->data,
                 QByteArray("Subject: [Success] Backup job\r\n\r\nAll done.\r\n.leading dot\r\n"));
        QVERIFY(!step.message->truncated);
        QVERIFY(step.reply.isEmpty());                    // 250 only once it is stored
        QCOMPARE(s.feed("NOOP\r\n").reply, QByteArray()); // waits behind the message
        step = s.finishMessage(true);
        QCOMPARE(step.reply, QByteArray("250 2.0.0 OK: ping received\r\n250 2.0.0 OK\r\n"));
        step = s.feed("QUIT\r\n");
        QCOMPARE(step.reply, QByteArray("221 2.0.0 Bye\r\n"));
        QVERIFY(step.close);
    }

    void pipelinedCommandsAreAnsweredInOrder()
    {
        SmtpSession s = session();
        SmtpSession::Step step = s.feed("EHLO a\r\nMAIL FROM:<>\r\n" + kRcpt
                                        + "RCPT TO:<nobody@x>\r\nDATA\r\nhi\r\n.\r\nQUIT\r\n");
        QVERIFY(step.message);
        QVERIFY(step.message->from.isEmpty()); // the null sender
        QVERIFY(step.reply.endsWith("250 2.1.0 OK\r\n250 2.1.5 OK\r\n550 5.1.1 No such ping "
                                    "address (this server takes pings only)\r\n354 End data "
                                    "with <CR><LF>.<CR><LF>\r\n"));
        step = s.finishMessage(false); // storage failed: try again later
        QCOMPARE(step.reply,
                 QByteArray("451 4.3.0 Storage unavailable, try again later\r\n"
                            "221 2.0.0 Bye\r\n"));
        QVERIFY(step.close);
    }

    void theOrderOfCommandsIsKept()
    {
        SmtpSession s = session();
        QCOMPARE(s.feed("MAIL FROM:<a@b>\r\n").reply, QByteArray("503 5.5.1 EHLO first\r\n"));
        QCOMPARE(s.feed("HELO\r\n").reply.left(3), QByteArray("501"));
        QCOMPARE(s.feed("HELO nas\r\n").reply, QByteArray("250 uptrack.lan\r\n"));
        QCOMPARE(s.feed("RCPT TO:<b@x>\r\n").reply, QByteArray("503 5.5.1 MAIL first\r\n"));
        QCOMPARE(s.feed("DATA\r\n").reply, QByteArray("503 5.5.1 MAIL and RCPT first\r\n"));
        QCOMPARE(s.feed("MAIL FROM:<a@b>\r\n").reply.left(3), QByteArray("250"));
        QCOMPARE(s.feed("MAIL FROM:<a@b>\r\n").reply.left(3), QByteArray("503"));
        QCOMPARE(s.feed("DATA\r\n").reply, QByteArray("554 5.5.1 No valid recipients\r\n"));
        QCOMPARE(s.feed("RSET\r\n").reply, QByteArray("250 2.0.0 OK\r\n"));
        QCOMPARE(s.feed("MAIL FROM:a@b\r\n").reply.left(3), QByteArray("501")); // no <>
        QCOMPARE(s.feed("MAIL FROM:<a@b> SMTPUTF8\r\n").reply.left(3), QByteArray("555"));
        QCOMPARE(s.feed("AUTH PLAIN x\r\n").reply.left(3), QByteArray("502"));
        QCOMPARE(s.feed("VRFY root\r\n").reply.left(3), QByteArray("252"));
        QCOMPARE(s.feed("frobnicate\r\n").reply,
                 QByteArray("500 5.5.2 Command not recognized\r\n"));
        QCOMPARE(s.feed("ehlo lower.case\n").reply.left(4), QByteArray("250-")); // bare LF here
    }

    void sizeIsAdvertisedAndEnforced()
    {
        SmtpSession::Limits limits;
        limits.maxMessageBytes = 100;
        SmtpSession s = session(limits);
        QVERIFY(s.feed("EHLO a\r\n").reply.contains("250-SIZE 100\r\n"));
        QCOMPARE(s.feed("MAIL FROM:<a@b> SIZE=101\r\n").reply,
                 QByteArray("552 5.3.4 Message too big: at most 100 bytes\r\n"));
        s.feed("MAIL FROM:<a@b>\r\n" + kRcpt + "DATA\r\n");
        SmtpSession::Step step;
        for (int i = 0; i < 1000; ++i) // 50 KB for a 100-byte limit: counted, not kept
            step = s.feed(QByteArray(48, 'x') + "\r\n");
        QVERIFY(!step.message);
        step = s.feed(".\r\n");
        QVERIFY(!step.message);
        QCOMPARE(step.reply, QByteArray("552 5.3.4 Message too big: at most 100 bytes\r\n"));
        // The session goes on: a smaller message is taken.
        step = s.feed("MAIL FROM:<a@b>\r\n" + kRcpt + "DATA\r\nsmall\r\n.\r\n");
        QVERIFY(step.message);
        QCOMPARE(step.message->data, QByteArray("small\r\n"));
    }

    void tooManyRecipientsAndTooManyErrors()
    {
        SmtpSession::Limits limits;
        limits.maxRecipients = 3;
        limits.maxErrors = 5;
        SmtpSession s = session(limits);
        s.feed("EHLO a\r\nMAIL FROM:<a@b>\r\n");
        QByteArray many;
        for (int i = 0; i < 4; ++i)
            many += "RCPT TO:<b@x>\r\n";
        QVERIFY(s.feed(many).reply.endsWith("250 2.1.5 OK\r\n452 4.5.3 Too many recipients\r\n"));
        SmtpSession::Step step;
        for (int i = 0; i < 5 && !step.close; ++i)
            step = s.feed("RCPT TO:<guess" + QByteArray::number(i) + "@x>\r\n");
        QVERIFY(step.close);
        QVERIFY(step.reply.endsWith("421 4.7.0 Too many errors, closing\r\n"));
        QVERIFY(s.feed("NOOP\r\n").reply.isEmpty()); // closed: nothing more
    }

    // Hostile input: nothing it sends makes the session hold more than its limits.
    void aHugeLineIsRefusedAndNotKept()
    {
        SmtpSession s = session();
        s.feed("EHLO a\r\n");
        SmtpSession::Step step;
        for (int i = 0; i < 1024; ++i) // a 1 MB command line
            step = s.feed(QByteArray(1024, 'A'));
        QVERIFY(step.reply.isEmpty());
        step = s.feed("\r\nNOOP\r\n");
        QCOMPARE(step.reply, QByteArray("500 5.5.2 Line too long\r\n250 2.0.0 OK\r\n"));
    }

    void dataEndsOnlyAtCrlfDotCrlf()
    {
        SmtpSession s = session();
        s.feed("EHLO a\r\nMAIL FROM:<a@b>\r\n" + kRcpt + "DATA\r\n");
        // A bare LF, and LF.LF, are data: no second message can be smuggled in.
        SmtpSession::Step step = s.feed("one\n.\nMAIL FROM:<evil@x>\n");
        QVERIFY(!step.message);
        step = s.feed("\r\n.\r\n");
        QVERIFY(step.message);
        QCOMPARE(step.message->data, QByteArray("one\n.\nMAIL FROM:<evil@x>\n\r\n"));
    }

    void aNeverEndingLineInDataIsKeptToTheLimit()
    {
        SmtpSession::Limits limits;
        limits.maxMessageBytes = 10'000;
        SmtpSession s = session(limits);
        s.feed("EHLO a\r\nMAIL FROM:<a@b>\r\n" + kRcpt + "DATA\r\n");
        for (int i = 0; i < 2000; ++i)
            QVERIFY(!s.feed(QByteArray(1000, 'z')).message); // 2 MB, no line end
        const SmtpSession::Step step = s.feed("\r\n.\r\n");
        QCOMPARE(step.reply.left(3), QByteArray("552"));
        QVERIFY(!step.message);
    }

    void startTlsStartsOver()
    {
        SmtpSession s = session({}, true);
        QVERIFY(s.feed("EHLO a\r\n").reply.contains("250-STARTTLS\r\n"));
        // Whatever follows STARTTLS in the same packet is dropped (plaintext injection).
        SmtpSession::Step step = s.feed("STARTTLS\r\nMAIL FROM:<evil@x>\r\n");
        QCOMPARE(step.reply, QByteArray("220 2.0.0 Ready to start TLS\r\n"));
        QVERIFY(step.startTls);
        s.tlsStarted();
        QVERIFY(s.inTls());
        QCOMPARE(s.feed("MAIL FROM:<a@b>\r\n").reply, QByteArray("503 5.5.1 EHLO first\r\n"));
        const QByteArray ehlo = s.feed("EHLO a\r\n").reply;
        QVERIFY(!ehlo.contains("STARTTLS"));
        QCOMPARE(s.feed("STARTTLS\r\n").reply, QByteArray("503 5.5.1 TLS is on already\r\n"));
        SmtpSession plain = session();
        plain.feed("EHLO a\r\n");
        QCOMPARE(plain.feed("STARTTLS\r\n").reply,
                 QByteArray("502 5.5.1 STARTTLS is not offered here\r\n"));
    }

    void aPeerThatWillNotWaitForTheCommitIsCutOff()
    {
        SmtpSession s = session();
        QVERIFY(s.feed("EHLO a\r\nMAIL FROM:<a@b>\r\n" + kRcpt + "DATA\r\nx\r\n.\r\n").message);
        SmtpSession::Step step;
        for (int i = 0; i < 100 && !step.close; ++i)
            step = s.feed(QByteArray(1024, 'n'));
        QVERIFY(step.close);
        QCOMPARE(step.reply.left(3), QByteArray("421"));
        QVERIFY(s.finishMessage(true).reply.isEmpty()); // closed
    }
};

QTEST_GUILESS_MAIN(TestSmtpSession)
#include "tst_smtpsession.moc"
