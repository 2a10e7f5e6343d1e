// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notify/channelkind.h"

#include <QProcessEnvironment>

namespace uptrack {

/// A local program, run for each alert with the alert's facts in environment variables
/// (UPTRACK_EVENT_ID, UPTRACK_KIND, UPTRACK_NAME, ... one per template placeholder): no
/// shell, a time limit, the first 1 KB of its output kept with the attempt. Exit 0 is
/// delivered; another status, a signal or the time limit is an attempt that failed and is
/// tried again, like a 5xx. Only the admin sets one up (the command line or the console);
/// the management API refuses the kind unless the core allows it.
class CommandChannel final : public ChannelKind
{
public:
    static constexpr qint64 kDefaultTimeoutMs = 30'000;
    static constexpr int kOutputKept = 1024;

    QString kind() const override { return QStringLiteral("command"); }
    QString label() const override;
    QString secretLabel() const override { return QString(); }
    QList<ChannelField> fields() const override;
    Problems build(const ChannelValues &values, QJsonObject *config,
                   QString *secret) const override;
    Problems validateConfig(const QJsonObject &config) const override;
    void deliver(const DeliveryJob &job, DeliveryContext &context,
                 std::function<void(DeliveryResult)> done) const override;

    /// The variables a run gets besides the core's own environment: UPTRACK_ and each
    /// placeholder's name in capitals.
    static QProcessEnvironment environmentFor(const Alert &alert);
};

} // namespace uptrack
