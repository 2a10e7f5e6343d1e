// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace uptrack {

class Engine;

/// Executes a management command (JSON) on an engine: the same code runs inside a
/// running instance (reached through ControlServer) and in a sub-command that found
/// none. Commands: monitor.add, monitor.edit, monitor.pause, monitor.resume,
/// monitor.remove. Replies {"ok": true, "id": N} or {"ok": false, "error": "..."}.
class CommandHandler
{
public:
    explicit CommandHandler(Engine &engine) : m_engine(engine) { }
    QJsonObject handle(const QJsonObject &command);

private:
    Engine &m_engine;
};

} // namespace uptrack
