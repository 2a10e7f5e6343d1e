// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a ping by e-mail reads from a message: the sender, the subject (RFC 2047) and the
// first text part (multipart, quoted-printable, base64, UTF-8 and Latin-1), as Veeam,
// Synology and a printer's scan-to-mail send them.
#include "mail/mailmessage.h"

#include <QTest>

using namespace uptrack;

class TestMailMessage : public QObject
{
    Q_OBJECT
private slots:
    void aPlainMessage()
    {
        const MailMessage m = MailMessage::parse("From: Backup NAS <nas@office.lan>\r\n"
                                                 "Subject: [Success] Nightly\r\n"
                                                 " backup job\r\n"
                                                 "\r\n"
                                                 "Processed 12 VMs.\r\n");
        QCOMPARE(m.from, QStringLiteral("Backup NAS <nas@office.lan>"));
        QCOMPARE(m.subject, QStringLiteral("[Success] Nightly backup job")); // unfolded
        QCOMPARE(m.text, QStringLiteral("Processed 12 VMs.\r\n"));
    }

    void encodedWordsInTheSubject_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("decoded");
        QTest::newRow("B, UTF-8") << QByteArray("=?UTF-8?B?U2ljaGVydW5nIGVyZm9sZ3JlaWNo?=")
                                  << QStringLiteral("Sicherung erfolgreich");
        QTest::newRow("Q, Latin-1") << QByteArray("=?ISO-8859-1?Q?Sicherung_f=FCr_Server?=")
                                    << QStringLiteral("Sicherung für Server");
        QTest::newRow("Q, UTF-8, lower case")
                << QByteArray("=?utf-8?q?R=C3=A9sultat?=") << QStringLiteral("Résultat");
        QTest::newRow("adjacent words join")
                << QByteArray("=?UTF-8?Q?a?= =?UTF-8?Q?b?= c") << QStringLiteral("ab c");
        QTest::newRow("text around")
                << QByteArray("Job =?UTF-8?B?w6Q=?= done") << QStringLiteral("Job ä done");
        QTest::newRow("windows-1252")
                << QByteArray("=?windows-1252?Q?=80_5?=") << QStringLiteral("€ 5");
        QTest::newRow("broken word kept")
                << QByteArray("=?UTF-8?X?abc") << QStringLiteral("=?UTF-8?X?abc");
    }
    void encodedWordsInTheSubject()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, decoded);
        QCOMPARE(MailMessage::decodeHeader(header), decoded);
    }

    void theFirstTextPartOfAMultipart()
    {
        const QByteArray raw = "From: DiskStation <ds@office.lan>\r\n"
                               "Subject: =?UTF-8?B?SHlwZXIgQmFja3VwOiBzdWNjZWVkZWQ=?=\r\n"
                               "MIME-Version: 1.0\r\n"
                               "Content-Type: multipart/mixed; boundary=\"outer\"\r\n"
                               "\r\n"
                               "preamble\r\n"
                               "--outer\r\n"
                               "Content-Type: multipart/alternative; boundary=inner\r\n"
                               "\r\n"
                               "--inner\r\n"
                               "Content-Type: text/html; charset=utf-8\r\n"
                               "\r\n"
                               "<p>html first</p>\r\n"
                               "--inner\r\n"
                               "Content-Type: text/plain; charset=\"iso-8859-1\"\r\n"
                               "Content-Transfer-Encoding: quoted-printable\r\n"
                               "\r\n"
                               "The backup task succeeded on Gr=FC=\r\n"
                               "nwald.\r\n"
                               "--inner--\r\n"
                               "--outer\r\n"
                               "Content-Type: application/pdf\r\n"
                               "\r\n"
                               "%PDF\r\n"
                               "--outer--\r\n";
        const MailMessage m = MailMessage::parse(raw);
        QCOMPARE(m.subject, QStringLiteral("Hyper Backup: succeeded"));
        QCOMPARE(m.text, QStringLiteral("The backup task succeeded on Grünwald."));
    }

    void base64AndHtmlOnly()
    {
        const QByteArray raw = "Subject: scan\r\n"
                               "Content-Type: text/html; charset=utf-8\r\n"
                               "Content-Transfer-Encoding: base64\r\n"
                               "\r\n"
                + QByteArray("<b>Job failed</b> on printer").toBase64() + "\r\n";
        QCOMPARE(MailMessage::parse(raw).text, QStringLiteral("<b>Job failed</b> on printer"));
    }

    void oddMessagesStillGiveWhatTheyHave()
    {
        QCOMPARE(MailMessage::parse("").subject, QString());
        QCOMPARE(MailMessage::parse("Subject: no body").subject, QStringLiteral("no body"));
        QCOMPARE(MailMessage::parse("garbage\nSubject: x\n\nbody\n").text,
                 QStringLiteral("body\n"));
        // A multipart without its boundary, or nested too deep: no text, no crash.
        QVERIFY(MailMessage::parse("Content-Type: multipart/mixed\r\n\r\n--x\r\n\r\nhi\r\n")
                        .text.isEmpty());
        QByteArray deep = "Content-Type: multipart/mixed; boundary=b0\r\n\r\n";
        for (int i = 1; i < 30; ++i)
            deep += "--b" + QByteArray::number(i - 1)
                    + "\r\nContent-Type: multipart/mixed; boundary=b" + QByteArray::number(i)
                    + "\r\n\r\n";
        deep += "--b29\r\n\r\ntext\r\n";
        QVERIFY(MailMessage::parse(deep).text.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMailMessage)
#include "tst_mailmessage.moc"
