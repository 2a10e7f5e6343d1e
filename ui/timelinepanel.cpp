// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinepanel.h"

#include "format/humanformat.h"
#include "historysource.h"
#include "statusicons.h"
#include "time/clock.h"
#include "timelineview.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QThreadPool>
#include <QVBoxLayout>

namespace uptrack {

namespace {
constexpr qint64 kDayMs = 86'400'000;
enum RangeIndex { Last24h, Last7d, Last30d, Custom };

QString legend()
{
    auto swatch = [](const QColor &c, const QString &shape, const QString &label) {
        return QStringLiteral("<span style='color:%1'>%2</span>&nbsp;%3")
                .arg(c.name(), shape, label.toHtmlEscaped());
    };
    return QStringList{
            swatch(pingKindColor(PingKind::Success), QStringLiteral("●"),
                   TimelinePanel::tr("success")),
            swatch(pingKindColor(PingKind::Fail), QStringLiteral("◆"),
                   TimelinePanel::tr("failure")),
            swatch(pingKindColor(PingKind::Start), QStringLiteral("▶"), TimelinePanel::tr("start")),
            swatch(pingKindColor(PingKind::Log), QStringLiteral("■"), TimelinePanel::tr("log")),
            swatch(statusColor(Status::Started), QStringLiteral("▬"), TimelinePanel::tr("run")),
            swatch(statusColor(Status::Down), QStringLiteral("░"), TimelinePanel::tr("down")),
            swatch(QColor(120, 120, 120), QStringLiteral("▨"), TimelinePanel::tr("no data")),
    }
            .join(QStringLiteral("&nbsp;&nbsp; "));
}
} // namespace

TimelinePanel::TimelinePanel(HistorySource &history, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_clock(clock)
    , m_range(new QComboBox(this))
    , m_customFrom(new QDateTimeEdit(this))
    , m_customTo(new QDateTimeEdit(this))
    , m_resetZoom(new QPushButton(tr("Show &all"), this))
    , m_summary(new QLabel(this))
    , m_view(new TimelineView(clock, this))
{
    m_range->addItems({tr("Last 24 hours"), tr("Last 7 days"), tr("Last 30 days"), tr("Custom…")});
    m_range->setAccessibleName(tr("Time range"));
    for (QDateTimeEdit *e : {m_customFrom, m_customTo}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("d MMM yyyy HH:mm"));
        e->hide();
    }
    m_customFrom->setAccessibleName(tr("From"));
    m_customTo->setAccessibleName(tr("To"));
    m_resetZoom->setToolTip(tr("Zoom out to the whole range (Home)"));
    auto *legendLabel = new QLabel(legend(), this);
    legendLabel->setTextFormat(Qt::RichText);
    // On a narrow window (a small screen, 2x scaling) it is cut rather than widen or
    // heighten the window; the whole legend is its tooltip.
    legendLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    legendLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    legendLabel->setToolTip(legend());

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Range:"), this));
    bar->addWidget(m_range);
    bar->addWidget(m_customFrom);
    bar->addWidget(m_customTo);
    bar->addWidget(m_resetZoom);
    bar->addSpacing(12);
    // The summary grows with what it says ("10 pings · down 2 h 58 min · no data …"): it
    // is cut instead of widening the window (its tooltip has it whole).
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    bar->addWidget(m_summary, 1);
    bar->addWidget(legendLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_range, &QComboBox::currentIndexChanged, this, [this](int index) {
        const bool custom = index == Custom;
        m_customFrom->setVisible(custom);
        m_customTo->setVisible(custom);
        if (custom) {
            m_customFrom->setDateTime(QDateTime::fromMSecsSinceEpoch(m_from));
            m_customTo->setDateTime(QDateTime::fromMSecsSinceEpoch(m_to));
        }
        reload();
    });
    for (QDateTimeEdit *e : {m_customFrom, m_customTo})
        connect(e, &QDateTimeEdit::editingFinished, this, &TimelinePanel::reload);
    connect(m_resetZoom, &QPushButton::clicked, this,
            [this] { m_view->setView(m_view->data().fromMs, m_view->data().toMs); });
    connect(m_view, &TimelineView::pingClicked, this, &TimelinePanel::pingClicked);
}

void TimelinePanel::setRangeIndex(int index)
{
    m_range->setCurrentIndex(index);
}

void TimelinePanel::computeRange()
{
    const qint64 now = m_clock.nowMs();
    switch (m_range->currentIndex()) {
    case Last7d:
        m_from = now - 7 * kDayMs;
        m_to = now;
        break;
    case Last30d:
        m_from = now - 30 * kDayMs;
        m_to = now;
        break;
    case Custom:
        m_from = m_customFrom->dateTime().toMSecsSinceEpoch();
        m_to = m_customTo->dateTime().toMSecsSinceEpoch();
        if (m_to <= m_from)
            m_to = m_from + 3'600'000;
        break;
    default:
        m_from = now - kDayMs;
        m_to = now;
        break;
    }
    // A little room on the right so the newest ping is not on the edge.
    if (m_range->currentIndex() != Custom)
        m_to += (m_to - m_from) / 50;
}

void TimelinePanel::setMonitor(const std::optional<Monitor> &monitor)
{
    const bool same = monitor && m_monitor && monitor->id == m_monitor->id;
    m_monitor = monitor;
    if (!same)
        m_view->setSelectedPing(0);
    reload();
}

void TimelinePanel::reload()
{
    const qint64 keepFrom = m_view->viewFrom(), keepTo = m_view->viewTo();
    const bool zoomed = m_view->data().toMs > 0
            && (keepFrom != m_view->data().fromMs || keepTo != m_view->data().toMs);
    computeRange();
    const quint64 generation = ++m_generation;
    if (!m_monitor) {
        m_loading = false;
        show({m_from, m_to, {}, {}, {}, {}}, 0, 0, false);
        emit rangeChanged(m_from, m_to);
        return;
    }
    // A wide range can hold 100,000 pings: they are read off this thread (a pool thread
    // with a connection of its own, or the server), and the timeline built on a pool
    // thread, so the window never waits for them.
    m_loading = true;
    if (m_view->data().marks.isEmpty())
        m_summary->setText(tr("Reading the history…"));
    QPointer<TimelinePanel> self(this);
    const Monitor monitor = *m_monitor;
    const qint64 from = m_from, to = m_to, now = m_clock.nowMs();
    m_history.timeline(monitor.id, from, to, this, [=](TimelineHistory history) {
        if (!self || self->m_generation != generation)
            return;
        auto read = std::make_shared<TimelineHistory>(std::move(history));
        QThreadPool::globalInstance()->start([=] {
            TimelineData data = buildTimeline(from, to, now, monitor, std::move(read->marks),
                                              read->flips, read->spans);
            if (QCoreApplication *app = QCoreApplication::instance()) {
                QMetaObject::invokeMethod(app, [=, data = std::move(data)]() mutable {
                    if (self && self->m_generation == generation)
                        self->show(std::move(data), keepFrom, keepTo, zoomed);
                });
            }
        });
    });
    emit rangeChanged(m_from, m_to);
}

void TimelinePanel::show(TimelineData data, qint64 keepFrom, qint64 keepTo, bool zoomed)
{
    m_loading = false;
    const qsizetype count = data.marks.size();
    qint64 down = 0, noData = 0;
    for (const TimeSpan &s : std::as_const(data.down))
        down += s.endMs - s.startMs;
    for (const TimeSpan &s : std::as_const(data.noData))
        noData += s.endMs - s.startMs;
    const bool any = m_monitor.has_value();
    m_view->setData(std::move(data));
    if (zoomed)
        m_view->setView(keepFrom, keepTo);
    if (!any) {
        m_summary->clear();
    } else {
        QStringList parts{tr("%Ln ping(s)", nullptr, int(count))};
        if (down > 0)
            parts.append(tr("down %1").arg(human::duration(down)));
        if (noData > 0)
            parts.append(tr("no data %1").arg(human::duration(noData)));
        m_summary->setText(parts.join(QStringLiteral(" · ")));
        m_summary->setToolTip(m_summary->text());
    }
    emit loaded();
}

} // namespace uptrack
