#!/bin/sh
# SPDX-FileCopyrightText: 2026 Uptrack contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the hicolor PNGs from uptrack.svg (needs librsvg2-bin). The PNGs are
# committed, so building the package does not need this; run it after editing the SVG.
set -eu
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" uptrack.svg -o "uptrack-$size.png"
done
