#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Uptrack contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a tracked .cpp/.h file differs from what clang-format 14 makes of it
# (STYLE.md: the tree is formatted with Debian's clang-format-14 and .clang-format).
# Usage: check_format.sh SOURCE_DIR [CLANG_FORMAT]
set -euo pipefail
cd "${1:?usage: $0 SOURCE_DIR [CLANG_FORMAT]}"
tool=${2:-clang-format-14}
command -v "$tool" >/dev/null || { echo "$tool is not installed (apt-get install clang-format-14)"; exit 1; }
case "$("$tool" --version)" in
*"version 14."*) ;;
*) echo "$tool is not clang-format 14: $("$tool" --version)"; exit 1 ;;
esac
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -t files < <(git ls-files '*.cpp' '*.h')
else
    mapfile -t files < <(find core ui app tools tests bench fuzz -name '*.cpp' -o -name '*.h' | sort)
fi
[ ${#files[@]} -gt 0 ] || { echo "no sources found"; exit 1; }
bad=0
for f in "${files[@]}"; do
    [ -f "$f" ] || continue
    if ! "$tool" --dry-run --Werror "$f" >/dev/null 2>&1; then
        echo "not formatted: $f (run: $tool -i $f)"
        bad=$((bad + 1))
    fi
done
if [ "$bad" -gt 0 ]; then
    echo "$bad of ${#files[@]} files differ from $tool's output"
    exit 1
fi
echo "all ${#files[@]} files are formatted"
