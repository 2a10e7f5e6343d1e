// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The timeline with 100,000 pings in range: how long reading them takes (the window's
// read-only connection) and how long one paint takes, whole range and zoomed in.
//
//   QT_QPA_PLATFORM=offscreen uptrack_timelinebench [--pings N]

#include "reports/historyreader.h"
#include "storage/database.h"
#include "storage/monitorrepository.h"
#include "storage/pingrepository.h"
#include "time/clock.h"
#include "timelineview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace uptrack;

namespace {
double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("pings"), QStringLiteral("pings in range"),
                      QStringLiteral("n"), QStringLiteral("100000")});
    parser.process(app);
    const int count = parser.value(QStringLiteral("pings")).toInt();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("timeline.db"));
    const qint64 end = 1'767'225'600'000;
    const qint64 start = end - 86'400'000;
    {
        QString error;
        auto db = Database::open(path, Database::Mode::ReadWrite, &error);
        if (!db) {
            std::fprintf(stderr, "timelinebench: %s\n", qPrintable(error));
            return 1;
        }
        Monitor m;
        m.name = m.slug = QStringLiteral("busy");
        m.token = QStringLiteral("t");
        m.createdMs = start;
        MonitorRepository(*db).insert(&m);
        QList<Ping> pings(count);
        QList<const Ping *> refs;
        for (int i = 0; i < count; ++i) {
            Ping &p = pings[i];
            p.monitorId = m.id;
            p.timeMs = start + qint64(i) * 86'400'000 / count;
            p.kind = i % 50 == 0 ? PingKind::Fail : i % 2 ? PingKind::Success : PingKind::Start;
            p.durationMs = i % 2 ? 700 : -1;
            p.source = QStringLiteral("192.168.1.20");
            p.method = QStringLiteral("GET");
            p.userAgent = QStringLiteral("curl/7.88.1");
            refs.append(&p);
        }
        db->begin();
        PingRepository(*db).insertAll(refs);
        db->commit();
    }

    HistoryReader reader(path);
    QList<double> readMs;
    QList<PingMark> marks;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        marks = reader.marks(1, start, end);
        readMs.append(t.nsecsElapsed() / 1e6);
    }
    Monitor m;
    m.id = 1;
    m.createdMs = start;
    SystemClock clock;
    TimelineView view(clock);
    view.resize(1400, 160);
    view.setData(buildTimeline(start, end, end, m, marks, {}, {{1, start, end}}));
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    auto paintMs = [&] {
        QList<double> times;
        for (int run = 0; run < 20; ++run) {
            QElapsedTimer t;
            t.start();
            view.render(&image);
            times.append(t.nsecsElapsed() / 1e6);
        }
        return median(times);
    };
    const double whole = paintMs();
    view.setView(start + 43'200'000, start + 43'200'000 + 600'000); // 10 minutes
    const double zoomed = paintMs();
    std::printf("timelinebench: %lld pings in range; reading them: median %.1f ms; one paint: "
                "%.2f ms for the whole day, %.2f ms zoomed to 10 minutes\n",
                qlonglong(marks.size()), median(readMs), whole, zoomed);
    return 0;
}
