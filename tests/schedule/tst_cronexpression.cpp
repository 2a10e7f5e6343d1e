// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Cron: next fire times worked out by hand from Vixie cron / cronie rules, with the
// 2026 transitions of each zone taken from zdump (tzdata), not from this code.
//   New York: Mar 8 02:00 EST -> 03:00 EDT; Nov 1 02:00 EDT -> 01:00 EST
//   Berlin:   Mar 29 02:00 CET -> 03:00 CEST; Oct 25 03:00 CEST -> 02:00 CET
//   Sydney:   Apr 5 03:00 AEDT -> 02:00 AEST; Oct 4 02:00 AEST -> 03:00 AEDT
//   Santiago: Apr 5 00:00 -03 -> Apr 4 23:00 -04; Sep 6 00:00 -04 -> 01:00 -03
//   Lord Howe: Apr 5 02:00 +11 -> 01:30 +10:30; Oct 4 02:00 +10:30 -> 02:30 +11
// 2026-01-01 is a Thursday.
#include "schedule/cronexpression.h"
#include "schedule/schedule.h"
#include "time/isotime.h"

#include <QTest>

using namespace uptrack;

class TestCronExpression : public QObject
{
    Q_OBJECT
private slots:
    void next_data()
    {
        QTest::addColumn<QString>("expr");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected"); // the next fire times, space-separated

        const QString utc = QStringLiteral("UTC");
        auto row = [](const char *name, const char *expr, const QString &zone, const char *after,
                      const char *expected) {
            QTest::newRow(name) << QString::fromLatin1(expr) << zone << QString::fromLatin1(after)
                                << QString::fromLatin1(expected);
        };
        // Basics
        row("every minute", "* * * * *", utc, "2026-01-01T00:00:00Z",
            "2026-01-01T00:01:00+00:00 2026-01-01T00:02:00+00:00");
        row("hourly", "0 * * * *", utc, "2026-01-01T00:00:00Z", "2026-01-01T01:00:00+00:00");
        row("strictly after", "30 2 * * *", utc, "2026-01-01T02:30:00Z",
            "2026-01-02T02:30:00+00:00");
        row("step from star", "*/15 * * * *", utc, "2026-01-01T00:07:00Z",
            "2026-01-01T00:15:00+00:00 2026-01-01T00:30:00+00:00 2026-01-01T00:45:00+00:00 "
            "2026-01-01T01:00:00+00:00");
        row("step from a value", "5/15 * * * *", utc, "2026-01-01T00:00:00Z",
            "2026-01-01T00:05:00+00:00 2026-01-01T00:20:00+00:00 2026-01-01T00:35:00+00:00 "
            "2026-01-01T00:50:00+00:00 2026-01-01T01:05:00+00:00");
        row("range with step", "0 1-5/2 * * *", utc, "2026-01-01T00:00:00Z",
            "2026-01-01T01:00:00+00:00 2026-01-01T03:00:00+00:00 2026-01-01T05:00:00+00:00 "
            "2026-01-02T01:00:00+00:00");
        row("minute range step", "1-10/3 * * * *", utc, "2026-01-01T00:00:00Z",
            "2026-01-01T00:01:00+00:00 2026-01-01T00:04:00+00:00 2026-01-01T00:07:00+00:00 "
            "2026-01-01T00:10:00+00:00 2026-01-01T01:01:00+00:00");
        row("hour range step", "0 9-17/4 * * *", utc, "2026-01-01T00:00:00Z",
            "2026-01-01T09:00:00+00:00 2026-01-01T13:00:00+00:00 2026-01-01T17:00:00+00:00");
        row("list of days", "0 0 1,15 * *", utc, "2026-01-01T00:00:00Z",
            "2026-01-15T00:00:00+00:00 2026-02-01T00:00:00+00:00");
        row("first of month", "0 0 1 * *", utc, "2026-01-15T00:00:00Z",
            "2026-02-01T00:00:00+00:00 2026-03-01T00:00:00+00:00");
        row("31st skips short months", "0 0 31 * *", utc, "2026-01-31T00:00:00Z",
            "2026-03-31T00:00:00+00:00 2026-05-31T00:00:00+00:00");
        row("month step", "0 0 1 */3 *", utc, "2026-01-01T00:00:00Z",
            "2026-04-01T00:00:00+00:00 2026-07-01T00:00:00+00:00 2026-10-01T00:00:00+00:00 "
            "2027-01-01T00:00:00+00:00");
        row("year end", "59 23 31 12 *", utc, "2026-06-01T00:00:00Z",
            "2026-12-31T23:59:00+00:00 2027-12-31T23:59:00+00:00");
        row("new year", "0 0 1 1 *", utc, "2026-12-31T23:59:00Z", "2027-01-01T00:00:00+00:00");
        row("month name", "0 0 1 jan *", utc, "2026-01-01T00:00:00Z", "2027-01-01T00:00:00+00:00");
        row("month names any case", "0 12 * JUN,Dec *", utc, "2026-01-01T00:00:00Z",
            "2026-06-01T12:00:00+00:00 2026-06-02T12:00:00+00:00");
        // Days of week
        row("sunday as 0", "0 0 * * 0", utc, "2026-01-01T00:00:00Z",
            "2026-01-04T00:00:00+00:00 2026-01-11T00:00:00+00:00");
        row("sunday as 7", "0 0 * * 7", utc, "2026-01-01T00:00:00Z", "2026-01-04T00:00:00+00:00");
        row("day name", "0 0 * * mon", utc, "2026-01-01T00:00:00Z", "2026-01-05T00:00:00+00:00");
        row("weekdays", "0 0 * * MON-FRI", utc, "2026-01-02T12:00:00Z",
            "2026-01-05T00:00:00+00:00 2026-01-06T00:00:00+00:00");
        row("weekend list", "0 0 * * 6,0", utc, "2026-01-01T00:00:00Z",
            "2026-01-03T00:00:00+00:00 2026-01-04T00:00:00+00:00 2026-01-10T00:00:00+00:00");
        row("weekday step", "0 0 * * 1-5/2", utc, "2026-01-01T00:00:00Z",
            "2026-01-02T00:00:00+00:00 2026-01-05T00:00:00+00:00 2026-01-07T00:00:00+00:00");
        // Steps longer than their field: cronie takes them (the range's first value only)
        row("minute step past the hour", "*/90 * * * *", utc, "2026-01-01T00:30:00Z",
            "2026-01-01T01:00:00+00:00 2026-01-01T02:00:00+00:00");
        row("*/60 is hourly", "*/60 * * * *", utc, "2026-01-01T00:30:00Z",
            "2026-01-01T01:00:00+00:00");
        row("hour step past the day", "0 */25 * * *", utc, "2026-01-01T00:30:00Z",
            "2026-01-02T00:00:00+00:00 2026-01-03T00:00:00+00:00");
        row("a range's step past its end", "5-20/30 * * * *", utc, "2026-01-01T00:00:00Z",
            "2026-01-01T00:05:00+00:00 2026-01-01T01:05:00+00:00");
        row("weekday step of 8", "0 0 * * */8", utc, "2026-01-01T00:00:00Z",
            "2026-01-04T00:00:00+00:00 2026-01-11T00:00:00+00:00");
        row("month step of 13", "0 0 1 */13 *", utc, "2026-03-01T00:00:00Z",
            "2027-01-01T00:00:00+00:00 2028-01-01T00:00:00+00:00");
        row("huge step", "*/999999999 * * * *", utc, "2026-01-01T00:30:00Z",
            "2026-01-01T01:00:00+00:00");
        // Both day fields restricted: either matches
        row("13th or friday", "0 0 13 * 5", utc, "2026-01-01T00:00:00Z",
            "2026-01-02T00:00:00+00:00 2026-01-09T00:00:00+00:00 2026-01-13T00:00:00+00:00 "
            "2026-01-16T00:00:00+00:00");
        row("8-14 or monday", "0 4 8-14 * 1", utc, "2026-01-01T00:00:00Z",
            "2026-01-05T04:00:00+00:00 2026-01-08T04:00:00+00:00 2026-01-09T04:00:00+00:00");
        row("last day or monday", "0 0 L * 1", utc, "2026-01-01T00:00:00Z",
            "2026-01-05T00:00:00+00:00 2026-01-12T00:00:00+00:00 2026-01-19T00:00:00+00:00 "
            "2026-01-26T00:00:00+00:00 2026-01-31T00:00:00+00:00");
        // A day field starting with '*' makes both required
        row("odd days and friday", "0 0 */2 * 5", utc, "2026-01-01T00:00:00Z",
            "2026-01-09T00:00:00+00:00 2026-01-23T00:00:00+00:00");
        row("first and sun-tue-thu-sat", "0 0 1 * */2", utc, "2026-01-01T00:00:00Z",
            "2026-02-01T00:00:00+00:00 2026-03-01T00:00:00+00:00 2026-08-01T00:00:00+00:00");
        // L, LW, nL, n#k
        row("last day", "0 0 L * *", utc, "2026-01-15T00:00:00Z",
            "2026-01-31T00:00:00+00:00 2026-02-28T00:00:00+00:00 2026-03-31T00:00:00+00:00 "
            "2026-04-30T00:00:00+00:00");
        row("last day of february, leap", "0 0 L 2 *", utc, "2027-06-01T00:00:00Z",
            "2028-02-29T00:00:00+00:00 2029-02-28T00:00:00+00:00");
        row("last weekday", "0 0 LW * *", utc, "2026-01-01T00:00:00Z",
            "2026-01-30T00:00:00+00:00 2026-02-27T00:00:00+00:00 2026-03-31T00:00:00+00:00");
        row("last weekday of may", "0 0 LW 5 *", utc, "2026-01-01T00:00:00Z",
            "2026-05-29T00:00:00+00:00");
        row("last friday", "0 0 * * 5L", utc, "2026-01-01T00:00:00Z",
            "2026-01-30T00:00:00+00:00 2026-02-27T00:00:00+00:00 2026-03-27T00:00:00+00:00 "
            "2026-04-24T00:00:00+00:00");
        row("last sunday", "0 0 * * 0L", utc, "2026-01-01T00:00:00Z",
            "2026-01-25T00:00:00+00:00 2026-02-22T00:00:00+00:00 2026-03-29T00:00:00+00:00");
        row("second monday", "0 0 * * 1#2", utc, "2026-01-01T00:00:00Z",
            "2026-01-12T00:00:00+00:00 2026-02-09T00:00:00+00:00 2026-03-09T00:00:00+00:00");
        row("first saturday by name", "0 0 * * SAT#1", utc, "2026-01-01T00:00:00Z",
            "2026-01-03T00:00:00+00:00 2026-02-07T00:00:00+00:00 2026-03-07T00:00:00+00:00");
        row("last sunday as 7L", "0 0 * * 7L", utc, "2026-01-01T00:00:00Z",
            "2026-01-25T00:00:00+00:00 2026-02-22T00:00:00+00:00");
        row("last friday, lower case", "0 0 * * 5l", utc, "2026-01-01T00:00:00Z",
            "2026-01-30T00:00:00+00:00");
        row("last friday or the 1st", "0 0 1 * 5L", utc, "2026-01-01T00:00:00Z",
            "2026-01-30T00:00:00+00:00 2026-02-01T00:00:00+00:00 2026-02-27T00:00:00+00:00");
        row("last monday and last friday", "0 0 * * 1L,5L", utc, "2026-01-01T00:00:00Z",
            "2026-01-26T00:00:00+00:00 2026-01-30T00:00:00+00:00");
        row("fifth sunday of february, across 2100", "0 0 * 2 0#5", utc, "2095-06-01T00:00:00Z",
            "2128-02-29T00:00:00+00:00");
        row("fifth sunday", "0 0 * * 0#5", utc, "2026-01-01T00:00:00Z",
            "2026-03-29T00:00:00+00:00 2026-05-31T00:00:00+00:00");
        // Leap years
        row("feb 29", "0 0 29 2 *", utc, "2026-01-01T00:00:00Z",
            "2028-02-29T00:00:00+00:00 2032-02-29T00:00:00+00:00");
        row("2100 is not leap", "0 0 29 2 *", utc, "2096-03-01T00:00:00Z",
            "2104-02-29T00:00:00+00:00");
        // Shorthands
        row("@hourly", "@hourly", utc, "2026-01-01T00:30:00Z", "2026-01-01T01:00:00+00:00");
        row("@daily", "@daily", utc, "2026-01-01T00:30:00Z", "2026-01-02T00:00:00+00:00");
        row("@midnight", "@midnight", utc, "2026-01-01T00:30:00Z", "2026-01-02T00:00:00+00:00");
        row("@weekly", "@weekly", utc, "2026-01-01T00:00:00Z", "2026-01-04T00:00:00+00:00");
        row("@monthly", "@monthly", utc, "2026-01-01T00:00:00Z", "2026-02-01T00:00:00+00:00");
        row("@yearly", "@yearly", utc, "2026-01-01T00:00:00Z", "2027-01-01T00:00:00+00:00");
        row("@annually", "@ANNUALLY", utc, "2026-01-01T00:00:00Z", "2027-01-01T00:00:00+00:00");
        // A zone without DST, half-hour offset
        row("kolkata", "0 0 * * *", QStringLiteral("Asia/Kolkata"), "2026-01-01T00:00:00+05:30",
            "2026-01-02T00:00:00+05:30");

        const QString ny = QStringLiteral("America/New_York");
        row("NY fixed time in the gap runs after it", "30 2 * * *", ny, "2026-03-07T03:00:00-05:00",
            "2026-03-08T03:00:00-04:00 2026-03-09T02:30:00-04:00");
        row("NY fixed 2:00 (the gap's start)", "0 2 * * *", ny, "2026-03-07T12:00:00-05:00",
            "2026-03-08T03:00:00-04:00 2026-03-09T02:00:00-04:00");
        row("NY two fixed times in the gap run once", "15,45 2 * * *", ny,
            "2026-03-08T00:00:00-05:00", "2026-03-08T03:00:00-04:00 2026-03-09T02:15:00-04:00");
        row("NY fixed repeated time runs once", "30 1 * * *", ny, "2026-10-31T02:00:00-04:00",
            "2026-11-01T01:30:00-04:00 2026-11-02T01:30:00-05:00");
        row("NY elapsed: skipped hour has no runs", "*/30 * * * *", ny, "2026-03-08T01:00:00-05:00",
            "2026-03-08T01:30:00-05:00 2026-03-08T03:00:00-04:00 2026-03-08T03:30:00-04:00");
        row("NY elapsed: hourly over the gap", "0 * * * *", ny, "2026-03-08T01:00:00-05:00",
            "2026-03-08T03:00:00-04:00 2026-03-08T04:00:00-04:00");
        row("NY elapsed: repeated hour runs twice", "*/30 * * * *", ny, "2026-11-01T00:45:00-04:00",
            "2026-11-01T01:00:00-04:00 2026-11-01T01:30:00-04:00 2026-11-01T01:00:00-05:00 "
            "2026-11-01T01:30:00-05:00 2026-11-01T02:00:00-05:00");

        const QString berlin = QStringLiteral("Europe/Berlin");
        row("Berlin fixed in the gap", "30 2 * * *", berlin, "2026-03-28T12:00:00+01:00",
            "2026-03-29T03:00:00+02:00 2026-03-30T02:30:00+02:00");
        row("Berlin fixed repeated", "30 2 * * *", berlin, "2026-10-24T12:00:00+02:00",
            "2026-10-25T02:30:00+02:00 2026-10-26T02:30:00+01:00");
        row("Berlin elapsed: repeated hour twice", "0 * * * *", berlin, "2026-10-25T01:30:00+02:00",
            "2026-10-25T02:00:00+02:00 2026-10-25T02:00:00+01:00 2026-10-25T03:00:00+01:00");
        row("Berlin minute star in the gap hour", "*/20 2 * * *", berlin,
            "2026-03-29T00:00:00+01:00",
            "2026-03-30T02:00:00+02:00 2026-03-30T02:20:00+02:00 2026-03-30T02:40:00+02:00");

        const QString sydney = QStringLiteral("Australia/Sydney");
        row("Sydney fixed in the gap", "30 2 * * *", sydney, "2026-10-03T12:00:00+10:00",
            "2026-10-04T03:00:00+11:00 2026-10-05T02:30:00+11:00");
        row("Sydney fixed repeated", "30 2 * * *", sydney, "2026-04-04T12:00:00+11:00",
            "2026-04-05T02:30:00+11:00 2026-04-06T02:30:00+10:00");
        row("Sydney elapsed: repeated hour twice", "0 * * * *", sydney, "2026-04-05T01:30:00+11:00",
            "2026-04-05T02:00:00+11:00 2026-04-05T02:00:00+10:00 2026-04-05T03:00:00+10:00");
        row("Sydney elapsed: skipped hour", "0 * * * *", sydney, "2026-10-04T01:30:00+10:00",
            "2026-10-04T03:00:00+11:00 2026-10-04T04:00:00+11:00");

        const QString santiago = QStringLiteral("America/Santiago");
        row("Santiago: midnight does not exist", "0 0 * * *", santiago, "2026-09-05T12:00:00-04:00",
            "2026-09-06T01:00:00-03:00 2026-09-07T00:00:00-03:00");
        row("Santiago @daily", "@daily", santiago, "2026-09-05T12:00:00-04:00",
            "2026-09-06T01:00:00-03:00");
        row("Santiago fixed repeated 23:30", "30 23 * * *", santiago, "2026-04-04T12:00:00-03:00",
            "2026-04-04T23:30:00-03:00 2026-04-05T23:30:00-04:00");
        row("Santiago elapsed: repeated hour twice", "*/30 * * * *", santiago,
            "2026-04-04T22:45:00-03:00",
            "2026-04-04T23:00:00-03:00 2026-04-04T23:30:00-03:00 2026-04-04T23:00:00-04:00 "
            "2026-04-04T23:30:00-04:00 2026-04-05T00:00:00-04:00");

        const QString lordHowe = QStringLiteral("Australia/Lord_Howe");
        row("Lord Howe fixed in the 30-min gap", "15 2 * * *", lordHowe,
            "2026-10-03T12:00:00+10:30", "2026-10-04T02:30:00+11:00 2026-10-05T02:15:00+11:00");
        row("Lord Howe fixed repeated", "45 1 * * *", lordHowe, "2026-04-04T12:00:00+11:00",
            "2026-04-05T01:45:00+11:00 2026-04-06T01:45:00+10:30");
        row("Lord Howe elapsed: repeated half hour twice", "*/15 * * * *", lordHowe,
            "2026-04-05T01:20:00+11:00",
            "2026-04-05T01:30:00+11:00 2026-04-05T01:45:00+11:00 2026-04-05T01:30:00+10:30 "
            "2026-04-05T01:45:00+10:30 2026-04-05T02:00:00+10:30");
        row("Lord Howe elapsed: skipped half hour", "*/15 * * * *", lordHowe,
            "2026-10-04T01:50:00+10:30", "2026-10-04T02:30:00+11:00 2026-10-04T02:45:00+11:00");
    }
    void next()
    {
        QFETCH(QString, expr);
        QFETCH(QString, zone);
        QFETCH(QString, after);
        QFETCH(QString, expected);
        QString error;
        const auto cron = CronExpression::parse(expr, &error);
        QVERIFY2(cron, qPrintable(error));
        const auto tz = zoneFromName(zone, &error);
        QVERIFY2(tz, qPrintable(error));
        const auto start = parseIso(after, *tz);
        QVERIFY(start);
        const QStringList want = expected.split(QLatin1Char(' '));
        QStringList got;
        for (qint64 t : cron->nextN(*start, *tz, int(want.size())))
            got << isoInZone(t, *tz);
        QCOMPARE(got, want);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("expr");
        QTest::addColumn<QString>("message");
        auto row = [](const char *expr, const char *message) {
            QTest::newRow(expr) << QString::fromLatin1(expr) << QString::fromLatin1(message);
        };
        row("", "expected 5 fields");
        row("* * * *", "got 4");
        row("* * * * * *", "got 6");
        row("60 * * * *", "field 1 (minute): 60 is out of range 0-59");
        row("* 24 * * *", "field 2 (hour): 24 is out of range 0-23");
        row("* * 32 * *", "field 3 (day of month): 32 is out of range 1-31");
        row("* * 0 * *", "field 3 (day of month): 0 is out of range 1-31");
        row("* * * 13 *", "field 4 (month): 13 is out of range 1-12");
        row("* * * 0 *", "field 4 (month): 0 is out of range 1-12");
        row("* * * * 8", "field 5 (day of week): 8 is out of range 0-7");
        row("*/0 * * * *", "field 1 (minute): step \"0\" must be a whole number from 1");
        row("*/x * * * *", "step \"x\"");
        row("*/+5 * * * *", "step \"+5\"");
        row("*/-5 * * * *", "field 1 (minute)");
        row("*/ * * * *", "step \"\"");
        row("* * * * 1-5L", "L must follow a day number 0-7");
        row("* * * * friL", "in \"friL\", L must follow a day number");
        row("* * * * L", "L must follow a day number");
        row("* * * * LL", "L must follow a day number");
        row("* * * * 5L/2", "\"5L\" is not a number");
        row("* * * * */2L", "L must follow a day number");
        row("* * * * +5L", "L must follow a day number");
        row("* * * * 5#+2", "\"5#+2\" is not a number");
        row("5-3 * * * *", "field 1 (minute): the range 5-3 goes backwards");
        row("a * * * *", "field 1 (minute): \"a\" is not a number");
        row("L * * * *", "field 1 (minute): \"L\" is not a number");
        row("-1 * * * *", "field 1 (minute)");
        row("* * * foo *", "field 4 (month): \"foo\" is not a number or a month name");
        row("* * * * funday", "field 5 (day of week): \"funday\" is not a number or a day name");
        row("1,,2 * * * *", "field 1 (minute): an empty item");
        row("1-2-3 * * * *", "is not a range like 1-5");
        row("*/5/2 * * * *", "more than one step");
        row("* * LX * *", "field 3 (day of month): \"LX\" is not a number");
        row("0 0 30 2 *", "can never fire");
        row("0 0 31 4,6,9,11 *", "can never fire");
        row("0 0 31 feb *", "can never fire");
        row("* * * * 1#6", "the week number must be 1-5");
        row("* * * * 1#0", "the week number must be 1-5");
        row("* * * * MON#x", "the week number must be 1-5");
        row("* * * * 9L", "field 5 (day of week): 9 is out of range 0-7");
        row("@reboot", "@reboot runs once at boot");
        row("@often", "is not one of @yearly");
    }
    void invalid()
    {
        QFETCH(QString, expr);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!CronExpression::parse(expr, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    // Every expression the rules accept has a next run from any instant, within the
    // calendar's repetition; every other one was refused with a reason.
    void everyAcceptedExpressionRuns()
    {
        const QStringList minutes{"*", "0", "*/90", "5-20/30", "59", "0,30"};
        const QStringList hours{"*", "2", "*/25", "23", "1-3"};
        const QStringList days{"*", "1", "29", "30", "31", "L", "LW", "*/2", "13", "31,30"};
        const QStringList months{"*", "2", "feb", "4,6,9,11", "*/13", "12", "2,4"};
        const QStringList weekdays{"*",       "5",   "5L",    "0#5", "1#5",  "7",
                                   "MON-FRI", "*/8", "6L,0L", "5#4", "friL", "L"};
        auto at = [](const char *iso) {
            return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
        };
        const qint64 starts[] = {0, at("2026-12-02T00:00:00Z"), at("2095-06-01T00:00:00Z")};
        int accepted = 0, refused = 0;
        for (const QString &mi : minutes)
            for (const QString &h : hours)
                for (const QString &d : days)
                    for (const QString &mo : months)
                        for (const QString &w : weekdays) {
                            const QString e = QStringList{mi, h, d, mo, w}.join(QLatin1Char(' '));
                            const QString problem = Schedule::cronProblem(e);
                            if (!problem.isEmpty()) {
                                ++refused;
                                continue;
                            }
                            ++accepted;
                            const auto c = CronExpression::parse(e);
                            QVERIFY2(c, qPrintable(e));
                            for (qint64 from : starts) {
                                const qint64 next = c->next(from, QTimeZone::utc());
                                QVERIFY2(next > from, qPrintable(e));
                                QVERIFY2(next - from < 401LL * 366 * 86'400'000, qPrintable(e));
                            }
                        }
        QVERIFY(accepted > 1000);
        QVERIFY(refused > 100); // friL, L, and days no chosen month has
    }

    void fixedTimeIsDecidedByStars()
    {
        QVERIFY(CronExpression::parse(QStringLiteral("30 2 * * *"))->fixedTime());
        QVERIFY(CronExpression::parse(QStringLiteral("0,30 2 * * *"))->fixedTime());
        QVERIFY(!CronExpression::parse(QStringLiteral("*/30 2 * * *"))->fixedTime());
        QVERIFY(!CronExpression::parse(QStringLiteral("0 * * * *"))->fixedTime());
    }

    void unknownZone()
    {
        QString error;
        QVERIFY(!zoneFromName(QStringLiteral("Mars/Olympus_Mons"), &error));
        QVERIFY(error.contains(QStringLiteral("Mars/Olympus_Mons")));
    }
};

QTEST_GUILESS_MAIN(TestCronExpression)
#include "tst_cronexpression.moc"
