// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktopchannel.h"

#include "notify/alertmessage.h"
#include "notify/desktopsink.h"

#include <QCoreApplication>
#include <QPointer>

namespace uptrack {

QString DesktopChannel::label() const
{
    return QCoreApplication::translate("ChannelEditor", "Desktop popup");
}

Problems DesktopChannel::validateConfig(const QJsonObject &) const
{
    return {};
}

void DesktopChannel::deliver(const DeliveryJob &job, DeliveryContext &context,
                             std::function<void(DeliveryResult)> done) const
{
    if (!context.desktop) {
        DeliveryResult r;
        r.verdict = DeliveryResult::Verdict::Failed;
        r.outcome = QCoreApplication::translate(
                "Channel", "no console is running to show a desktop popup (headless)");
        done(r);
        return;
    }
    const AlertMessage m = AlertMessage::from(job.alert);
    DesktopPopup popup;
    popup.title = m.title;
    popup.summary = m.summary;
    popup.critical = m.kind == AlertKind::Down || m.kind == AlertKind::Reminder;
    popup.monitorId = job.alert.monitorId;
    popup.timeMs = job.alert.createdMs;
    // The first lines of what the job printed: often the reason itself.
    const QStringList lines = job.alert.facts.value(QLatin1String("body_excerpt"))
                                      .toString()
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    popup.output = lines.mid(0, 3).join(QLatin1Char('\n')).left(300);
    QPointer<QObject> home(context.home);
    DesktopSink *sink = context.desktop;
    QMetaObject::invokeMethod(sink, [sink, home, popup, done = std::move(done)] {
        sink->present(popup, [home, done](bool shown, const QString &outcome) {
            if (!home)
                return;
            QMetaObject::invokeMethod(
                    home,
                    [done, shown, outcome] {
                        DeliveryResult r;
                        r.verdict = shown ? DeliveryResult::Verdict::Delivered
                                          : DeliveryResult::Verdict::Failed;
                        r.outcome = outcome;
                        done(r);
                    },
                    Qt::QueuedConnection);
        });
    });
}

} // namespace uptrack
