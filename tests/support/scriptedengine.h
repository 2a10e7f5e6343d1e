// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engine.h"
#include "storage/database.h"
#include "time/clock.h"

#include <memory>

namespace testsupport {

/// The real engine on a real database file, driven by a fake clock: tests write a
/// history the way Uptrack would have recorded it. Check `ok` (and `error`) first.
struct ScriptedEngine
{
    ScriptedEngine(const QString &path, uptrack::FakeClock &clock)
        : db(uptrack::Database::open(path, uptrack::Database::Mode::ReadWrite, &error))
    {
        if (!db)
            return;
        uptrack::EngineOptions options;
        options.tickMs = 3'600'000; // tests tick by hand
        engine = std::make_unique<uptrack::Engine>(*db, clock, options);
        ok = engine->load(&error);
        if (ok)
            engine->start();
    }
    ~ScriptedEngine()
    {
        if (engine)
            engine->stop();
    }

    /// A monitor every `periodMs` with `graceMs` of grace; an invalid Monitor on failure.
    uptrack::Monitor add(const QString &name, qint64 periodMs, qint64 graceMs)
    {
        uptrack::MonitorSpec spec;
        spec.name = name;
        spec.periodMs = periodMs;
        spec.graceMs = graceMs;
        return engine->addMonitor(spec, &error).value_or(uptrack::Monitor());
    }

    /// Sends a ping and commits it; false when it was not stored. `sentAtMs`: one that
    /// waited in a spool, meant for that instant (X-Uptrack-Sent-At).
    bool ping(const uptrack::Monitor &m, uptrack::PingKind kind, const QByteArray &body = {},
              qint64 sentAtMs = -1)
    {
        uptrack::Ping s;
        s.kind = kind;
        s.body = body;
        s.claimedSentMs = sentAtMs;
        std::optional<uptrack::PingOutcome> outcome;
        engine->submitPing(uptrack::PingTarget::byToken(m.token), s,
                           [&](uptrack::PingOutcome o) { outcome = o; });
        return engine->commitNow() && outcome == uptrack::PingOutcome::Ok;
    }

    QString error;
    std::unique_ptr<uptrack::Database> db;
    std::unique_ptr<uptrack::Engine> engine;
    bool ok = false;
};

} // namespace testsupport
