// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace uptrack {

/// Who is at this computer: the login name (USER, LOGNAME, USERNAME), else the home
/// folder's name. What an acknowledgement records as "by".
QString localUserName();

} // namespace uptrack
