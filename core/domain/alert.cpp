// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alert.h"

#include "enumnames.h"

namespace uptrack {

namespace {
constexpr EnumName<AlertKind> kAlertKindNames[] = {
        {AlertKind::Down, "down"},
        {AlertKind::Up, "up"},
        {AlertKind::Reminder, "reminder"},
        {AlertKind::Slow, "slow"},
        {AlertKind::Cert, "cert"},
        {AlertKind::Test, "test"},
        {AlertKind::MaintenanceStart, "maintenance_start"},
        {AlertKind::MaintenanceEnd, "maintenance_end"},
        {AlertKind::MuteSummary, "mute_summary"},
};
constexpr EnumName<DeliveryState> kDeliveryStateNames[] = {
        {DeliveryState::Pending, "pending"},
        {DeliveryState::Delivered, "delivered"},
        {DeliveryState::Failed, "failed"},
        {DeliveryState::Muted, "muted"},
};
} // namespace

QString alertKindName(AlertKind kind)
{
    return enumName(kAlertKindNames, kind);
}

bool isIncidentAlert(AlertKind kind)
{
    return kind == AlertKind::Down || kind == AlertKind::Up || kind == AlertKind::Reminder;
}

std::optional<AlertKind> alertKindFromName(const QString &name)
{
    return enumFromName(kAlertKindNames, name);
}

QString deliveryStateName(DeliveryState state)
{
    return enumName(kDeliveryStateNames, state);
}

std::optional<DeliveryState> deliveryStateFromName(const QString &name)
{
    return enumFromName(kDeliveryStateNames, name);
}

} // namespace uptrack
