// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "duration.h"

#include <QCoreApplication>

namespace uptrack {

namespace {
struct Unit
{
    const char *suffix;
    qint64 ms;
};
// Longest suffixes first so "ms" is not read as "m".
constexpr Unit kUnits[] = {{"ms", 1},        {"w", 604'800'000}, {"d", 86'400'000},
                           {"h", 3'600'000}, {"m", 60'000},      {"s", 1000}};
constexpr qint64 kMaxMs = 10LL * 365 * 86'400'000; // ten years: anything longer is a typo

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Duration)
};
} // namespace

std::optional<qint64> parseDuration(const QString &input, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<qint64> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QString text = input.trimmed().toLower();
    if (text.isEmpty())
        return fail(Tr::tr("empty duration"));

    bool plain = false;
    const qint64 seconds = text.toLongLong(&plain);
    if (plain) {
        if (seconds < 0 || seconds > kMaxMs / 1000)
            return fail(Tr::tr("%1 is out of range").arg(input));
        return seconds * 1000;
    }

    qint64 total = 0;
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        const int digitsStart = i;
        while (i < n && text[i].isDigit())
            ++i;
        if (i == digitsStart || i - digitsStart > 12)
            return fail(
                    Tr::tr("\"%1\" is not a duration (examples: 90s, 5m, 1h30m, 1d)").arg(input));
        const qint64 value = text.mid(digitsStart, i - digitsStart).toLongLong();
        const Unit *unit = nullptr;
        for (const auto &u : kUnits) {
            const QLatin1String suffix(u.suffix);
            if (text.mid(i, suffix.size()) == suffix) {
                unit = &u;
                break;
            }
        }
        if (!unit)
            return fail(
                    Tr::tr("\"%1\" is not a duration (examples: 90s, 5m, 1h30m, 1d)").arg(input));
        i += int(qstrlen(unit->suffix));
        if (value > kMaxMs / unit->ms)
            return fail(Tr::tr("%1 is out of range").arg(input));
        total += value * unit->ms;
        if (total > kMaxMs)
            return fail(Tr::tr("%1 is out of range").arg(input));
    }
    return total;
}

QString formatDuration(qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("0s");
    QString out;
    for (const auto &u : {kUnits[2], kUnits[3], kUnits[4], kUnits[5], kUnits[0]}) {
        if (ms >= u.ms) {
            out += QString::number(ms / u.ms) + QLatin1String(u.suffix);
            ms %= u.ms;
        }
    }
    return out;
}

} // namespace uptrack
