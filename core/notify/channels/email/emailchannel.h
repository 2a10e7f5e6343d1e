// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notify/channelkind.h"

namespace uptrack {

/// Email over SMTP with libcurl, on a worker thread so the core's event loop never
/// waits. Settings: "host", "port", "tls" (none | starttls | tls), "username",
/// "from", "to" (a list), "ca_file" (extra CA certificate, e.g. a self-signed LAN
/// server's), "verify" (default true). The secret is the SMTP password.
class EmailChannel final : public ChannelKind
{
public:
    QString kind() const override { return QStringLiteral("email"); }
    QString label() const override;
    QString secretLabel() const override;
    bool secretRequired() const override { return false; }
    QList<ChannelField> fields() const override;
    Problems build(const ChannelValues &values, QJsonObject *config,
                   QString *secret) const override;
    Problems validateConfig(const QJsonObject &config) const override;
    void deliver(const DeliveryJob &job, DeliveryContext &context,
                 std::function<void(DeliveryResult)> done) const override;

    /// The whole message (headers, a text and an HTML part), CRLF line ends.
    static QByteArray renderMessage(const DeliveryJob &job);
};

} // namespace uptrack
