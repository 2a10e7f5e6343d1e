// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mainwindow.h"
#include "runtime/coreruntime.h"
#include "time/clock.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace testsupport {

/// A core on a fresh database in a folder of its own, listening on a free loopback port,
/// and a console shown on it once the core has started.
struct LoopbackConsole
{
    explicit LoopbackConsole(const QString &fileName)
        : path(dir.filePath(fileName)), core(configFor(path), clock)
    {
        if (!core.start(&error))
            return;
        window = std::make_unique<uptrack::MainWindow>(core, clock);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            error = QStringLiteral("the console's window was never shown");
    }
    static uptrack::RuntimeConfig configFor(const QString &databasePath)
    {
        uptrack::RuntimeConfig config;
        config.databasePath = databasePath;
        config.listenAddress = QHostAddress::LocalHost;
        config.port = 0;
        return config;
    }
    bool started() const { return window && error.isEmpty(); }
    /// Adds a monitor through the core, as the console's dialog would; false on refusal.
    bool add(const QString &name)
    {
        uptrack::MonitorSpec spec;
        spec.name = name;
        std::optional<uptrack::command::Reply> reply;
        core.command(uptrack::command::AddMonitor{spec, {}},
                     [&](const uptrack::command::Reply &r) { reply = r; });
        return QTest::qWaitFor([&] { return reply.has_value(); }, 10'000) && reply->ok;
    }

    QTemporaryDir dir;
    const QString path; ///< the database
    uptrack::SystemClock clock;
    uptrack::CoreRuntime core;
    QString error;                               ///< why it did not start
    std::unique_ptr<uptrack::MainWindow> window; ///< last: closed before the core stops
};

} // namespace testsupport
