// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engine.h"
#include "engine/engineoptions.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace testsupport {

/// What the tests of the engine and of what stands on it share: a temporary folder, a
/// fake clock and a real engine on a real SQLite file in that folder. A test class
/// derives from it (and declares Q_OBJECT itself); each test function takes a fresh file
/// with nextDatabase() and opens it with openEngine().
class EngineTest : public QObject
{
protected:
    QTemporaryDir m_dir;
    uptrack::FakeClock m_clock;
    std::unique_ptr<uptrack::Database> m_db;
    std::unique_ptr<uptrack::Engine> m_engine;
    int m_n = 0; ///< which database file: the n-th

    /// Moves on to a new, empty database file.
    QString nextDatabase() { return databasePath(++m_n); }
    QString databasePath(int n) const { return m_dir.filePath(QStringLiteral("t%1.db").arg(n)); }

    /// Closes what is open and loads an engine on the current database file (not started:
    /// the caller starts it when the test wants its timers); false with *error.
    bool openEngine(QString *error, const uptrack::EngineOptions &options = {})
    {
        closeEngine();
        m_db = uptrack::Database::open(databasePath(m_n), uptrack::Database::Mode::ReadWrite,
                                       error);
        if (!m_db)
            return false;
        m_engine = std::make_unique<uptrack::Engine>(*m_db, m_clock, options);
        return m_engine->load(error);
    }

    /// A started engine on a new, empty database file; false with *error.
    bool startOnNewDatabase(QString *error)
    {
        nextDatabase();
        if (!openEngine(error))
            return false;
        m_engine->start();
        return true;
    }

    void closeEngine()
    {
        m_engine.reset();
        m_db.reset();
    }
};

} // namespace testsupport
