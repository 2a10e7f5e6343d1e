#!/bin/sh
# SPDX-FileCopyrightText: 2026 Uptrack contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# in-netns.sh TEST [ARGS...]: runs TEST in a network namespace of its own (unshare -rn:
# a user namespace where this user is root, and a network with only a loopback). There
# the test may bind port 53, write net.ipv4.ping_group_range, and find silent addresses:
# 192.0.2.0/24 and 2001:db8::/64 are routed into the loopback, where nobody answers
# them, and there is no other route. Where namespaces are not allowed, TEST runs as it
# is and skips what needs one (saying so).
set -u
if unshare -rn true 2>/dev/null; then
    exec unshare -rn sh -c '
        set -e
        ip=$(command -v ip || echo /usr/sbin/ip)
        "$ip" link set lo up
        "$ip" route add 192.0.2.0/24 dev lo
        "$ip" -6 route add 2001:db8::/64 dev lo
        UPTRACK_TEST_NETNS=1 exec "$@"' in-netns "$@"
fi
echo "in-netns.sh: unshare -rn is not allowed here; running $1 without a namespace" >&2
exec "$@"
