// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/duration.h"

#include <QTest>

using namespace uptrack;

class TestDuration : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms"); // -1: rejected
        QTest::addRow("seconds") << "90s" << 90'000LL;
        QTest::addRow("minutes") << "5m" << 300'000LL;
        QTest::addRow("compound") << "1h30m" << 5'400'000LL;
        QTest::addRow("day") << "1d" << 86'400'000LL;
        QTest::addRow("week") << "2w" << 1'209'600'000LL;
        QTest::addRow("millis") << "250ms" << 250LL;
        QTest::addRow("minutes and millis") << "1m500ms" << 60'500LL;
        QTest::addRow("bare seconds") << "45" << 45'000LL;
        QTest::addRow("upper case") << "1H" << 3'600'000LL;
        QTest::addRow("spaces around") << " 1s " << 1000LL;
        QTest::addRow("one second") << "1s" << 1000LL;
        QTest::addRow("zero") << "0s" << 0LL;
        QTest::addRow("empty") << "" << -1LL;
        QTest::addRow("unit only") << "h" << -1LL;
        QTest::addRow("unknown unit") << "5y" << -1LL;
        QTest::addRow("negative") << "-5m" << -1LL;
        QTest::addRow("fraction") << "1.5h" << -1LL;
        QTest::addRow("trailing junk") << "5m!" << -1LL;
        QTest::addRow("space inside") << "1h 30m" << -1LL;
        QTest::addRow("absurd") << "99999999999d" << -1LL;
        QTest::addRow("over ten years") << "3651d" << -1LL;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        QString error;
        const auto parsed = parseDuration(text, &error);
        if (ms < 0) {
            QVERIFY2(!parsed, qPrintable(text));
            QVERIFY(!error.isEmpty());
        } else {
            QVERIFY2(parsed, qPrintable(error));
            QCOMPARE(*parsed, ms);
        }
    }
    void format_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::addRow("zero") << 0LL << "0s";
        QTest::addRow("90 s") << 90'000LL << "1m30s";
        QTest::addRow("1h30m") << 5'400'000LL << "1h30m";
        QTest::addRow("day") << 86'400'000LL << "1d";
        QTest::addRow("odd") << 1500LL << "1s500ms";
    }
    void format()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(formatDuration(ms), text);
        QCOMPARE(*parseDuration(text), ms); // round trip
    }
};

QTEST_GUILESS_MAIN(TestDuration)
#include "tst_duration.moc"
