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
    const bool critical = m.kind == AlertKind::Down || m.kind == AlertKind::Reminder;
    QPointer<QObject> home(context.home);
    DesktopSink *sink = context.desktop;
    QMetaObject::invokeMethod(sink, [sink, home, m, critical, done = std::move(done)] {
        sink->present(m.title, m.summary, critical,
                      [home, done](bool shown, const QString &outcome) {
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
