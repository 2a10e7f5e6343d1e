#!/bin/sh
# SPDX-FileCopyrightText: 2026 Uptrack contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a test in an X server of its own with a real system tray (Debian's trayer), so
# that QSystemTrayIcon is available: with-tray.sh COMMAND [ARGS...]
set -eu
exec xvfb-run -a -s "-screen 0 1600x1000x24" sh -c '
    trayer --expand false --widthtype request >/dev/null 2>&1 &
    tray=$!
    status=0
    "$@" || status=$?
    kill "$tray" 2>/dev/null || true
    exit "$status"' with-tray "$@"
