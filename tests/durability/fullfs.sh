#!/bin/sh
# Used by tst_diskfull, inside `unshare --user --map-root-user --mount`: runs Uptrack
# on a 4 MB tmpfs and fills it on request.
# $1 the mount point, $2 the folder for signals, $3 the binary, $4 the port, $5 the
# database to start from. The test drives it by creating files in $2 ("fill", "free",
# "stop"); the database is copied out at the end.

set -e
mnt=$1; sig=$2; bin=$3; port=$4; seed=$5
mount -t tmpfs -o size=4m tmpfs "$mnt"
cp "$seed" "$mnt/u.db"
"$bin" --headless --db "$mnt/u.db" --listen 127.0.0.1:$port --ping-burst 0 2>"$sig/stderr" &
pid=$!
wait_for() { while [ ! -e "$sig/$1" ]; do sleep 0.05; kill -0 $pid || exit 3; done; }
wait_for fill
dd if=/dev/zero of="$mnt/filler" bs=64k 2>/dev/null || true
dd if=/dev/zero of="$mnt/filler2" bs=1k 2>/dev/null || true
df -k "$mnt" | tail -1 > "$sig/filled"
wait_for free
rm -f "$mnt/filler" "$mnt/filler2"
touch "$sig/freed"
wait_for stop
kill -TERM $pid
wait $pid
cp "$mnt/u.db" "$sig/final.db"
touch "$sig/done"
