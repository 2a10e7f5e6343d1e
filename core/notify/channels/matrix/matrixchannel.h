// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notify/servicechannel.h"

namespace uptrack {

/// Matrix: an m.room.message (plain and HTML) sent to a room with the client-server API's
/// PUT …/send/m.room.message/{txnId}; the alert's event id is the transaction id, so a
/// retry of the same alert is the same message to the homeserver (Matrix's idempotency).
class MatrixChannel final : public ServiceChannel
{
public:
    QString kind() const override { return QStringLiteral("matrix"); }
    QString label() const override;
    QString secretLabel() const override;
    QList<ChannelField> fields() const override;
    Problems validateConfig(const QJsonObject &config) const override;
    QString validateSecret(const QString &secret) const override;
    std::optional<HttpRequestSpec> render(const DeliveryJob &job, QString *skipped) const override;
};

} // namespace uptrack
