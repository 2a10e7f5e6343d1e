// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "humanduration.h"

#include <QCoreApplication>
#include <QStringList>

namespace uptrack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Alert)
};
} // namespace

QString humanDuration(qint64 ms)
{
    if (ms < 0)
        return QString();
    qint64 s = ms / 1000;
    const qint64 d = s / 86'400;
    s %= 86'400;
    const qint64 h = s / 3600;
    s %= 3600;
    const qint64 m = s / 60;
    s %= 60;
    QStringList parts;
    if (d)
        parts << Tr::tr("%1 d").arg(d);
    if (h)
        parts << Tr::tr("%1 h").arg(h);
    if (m && !d)
        parts << Tr::tr("%1 min").arg(m);
    if (s && !d && !h)
        parts << Tr::tr("%1 s").arg(s);
    return parts.isEmpty() ? Tr::tr("0 s") : parts.join(QLatin1Char(' '));
}

} // namespace uptrack
