#!/bin/bash
# SPDX-FileCopyrightText: 2026 Uptrack contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The curl examples of Healthchecks' Management API documentation (templates/docs/api.md),
# run as written against `uptrack --headless`: only SITE_ROOT, your-api-key and <uuid> are
# filled in, as a reader would. Usage: hc-doc-examples.sh UPTRACK_BINARY
set -euo pipefail
uptrack=$1
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
db=$work/u.db
key=$("$uptrack" apikey add --name docs --db "$db" --json | jq -r .key)
readkey=$("$uptrack" apikey add --name dashboard --read-only --db "$db" --json | jq -r .key)
"$uptrack" --headless --db "$db" --listen "127.0.0.1:$port" 2>"$work/log" &
pid=$!
for _ in $(seq 100); do curl -fs -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done
SITE_ROOT=http://127.0.0.1:$port
fail() { echo "FAIL: $*" >&2; exit 1; }
expect() { # expect DESCRIPTION JQ-FILTER JSON
    jq -e "$2" <<<"$3" >/dev/null || fail "$1: $2 does not hold for $3"
    echo "ok: $1"
}

# Create a Check: the request, then "Or, alternatively"
out=$(curl -s $SITE_ROOT/api/v3/checks/ \
    --header "X-Api-Key: $key" \
    --data '{"name": "Backups", "tags": "prod www", "timeout": 3600, "grace": 60}')
expect "create (header key)" '.name == "Backups" and .tags == "prod www" and .timeout == 3600 and .grace == 60 and .status == "new"' "$out"
out=$(curl -s $SITE_ROOT/api/v3/checks/ \
    --data "{\"api_key\": \"$key\", \"name\": \"Backups\", \"tags\": \"prod www\", \"timeout\": 3600, \"grace\": 60}")
expect "create (key in the body)" '.name == "Backups"' "$out"
uuid=$(jq -r '.ping_url | split("/") | last' <<<"$out")
# the upsert example: {"name": "Backups", unique: ["name"]}
status=$(curl -s -o "$work/upsert" -w '%{http_code}' $SITE_ROOT/api/v3/checks/ \
    --header "X-Api-Key: $key" --data '{"name": "Backups", "unique": ["name"], "grace": 120}')
[ "$status" = 200 ] || fail "upsert: status $status"
echo "ok: upsert answers 200"
# List Existing Checks
out=$(curl -s --header "X-Api-Key: $key" $SITE_ROOT/api/v3/checks/)
expect "list" '.checks | length == 2' "$out"
out=$(curl -s --header "X-Api-Key: $key" "$SITE_ROOT/api/v3/checks/?tag=prod&tag=www")
expect "list by tags" '.checks | length == 2 and all(.tags == "prod www")' "$out"
out=$(curl -s --header "X-Api-Key: $readkey" $SITE_ROOT/api/v3/checks/)
expect "read-only list" '.checks | all(has("unique_key") and (has("ping_url") | not))' "$out"
unique=$(jq -r '.checks[0].unique_key' <<<"$out")
# Get a Single Check, by UUID and by unique key
out=$(curl -s --header "X-Api-Key: $key" $SITE_ROOT/api/v3/checks/$uuid)
expect "get" ".update_url == \"$SITE_ROOT/api/v3/checks/$uuid\"" "$out"
out=$(curl -s --header "X-Api-Key: $readkey" $SITE_ROOT/api/v3/checks/$unique)
expect "get by unique key" 'has("unique_key")' "$out"
# Update an Existing Check
out=$(curl -s $SITE_ROOT/api/v3/checks/$uuid \
    --header "X-Api-Key: $key" \
    --data '{"name": "Backups", "tags": "prod www", "timeout": 3600, "grace": 60}')
expect "update" '.grace == 60' "$out"
out=$(curl -s $SITE_ROOT/api/v3/checks/$uuid --header "X-Api-Key: $key" \
    --data '{"schedule": "15 5 * * *", "tz": "Europe/Riga"}')
expect "update to cron" '.schedule == "15 5 * * *" and .tz == "Europe/Riga" and (has("timeout") | not)' "$out"
# Pause Monitoring of a Check, then Resume
out=$(curl -s $SITE_ROOT/api/v3/checks/$uuid/pause --request POST --header "X-Api-Key: $key" --data "")
expect "pause" '.status == "paused"' "$out"
out=$(curl -s $SITE_ROOT/api/v3/checks/$uuid/resume --request POST --header "X-Api-Key: $key" --data "")
expect "resume" '.status == "new"' "$out"
# a ping, then List Check's Logged Pings and Get a Ping's Logged Body
curl -fs --data-raw "backup finished" "$(jq -r .ping_url <<<"$out")" >/dev/null
out=$(curl -s --header "X-Api-Key: $key" $SITE_ROOT/api/v3/checks/$uuid/pings/)
expect "pings" '.pings | length == 1 and .[0].type == "success" and .[0].method == "POST"' "$out"
n=$(jq -r '.pings[0].n' <<<"$out")
body=$(curl -s --header "X-Api-Key: $key" $SITE_ROOT/api/v3/checks/$uuid/pings/$n/body)
[ "$body" = "backup finished" ] || fail "ping body: $body"
echo "ok: ping body"
# List Check's Status Changes
out=$(curl -s --header "X-Api-Key: $key" $SITE_ROOT/api/v3/checks/$uuid/flips/)
expect "flips" '.flips | length >= 1 and .[0].up == 1' "$out"
out=$(curl -s --header "X-Api-Key: $key" "$SITE_ROOT/api/v3/checks/$uuid/flips/?seconds=3600")
expect "flips in the last hour" '.flips | length >= 1' "$out"
# List Existing Integrations
out=$(curl -s --header "X-Api-Key: $key" $SITE_ROOT/api/v3/channels/)
expect "channels" '.channels == []' "$out"
# Check database connectivity
[ "$(curl -s $SITE_ROOT/api/v3/status/)" = OK ] || fail "status"
echo "ok: status"
# Delete Check
out=$(curl -s $SITE_ROOT/api/v3/checks/$uuid --request DELETE --header "X-Api-Key: $key")
expect "delete" '.name == "Backups"' "$out"
status=$(curl -s -o /dev/null -w '%{http_code}' --header "X-Api-Key: $key" $SITE_ROOT/api/v3/checks/$uuid)
[ "$status" = 404 ] || fail "deleted check still answers $status"
echo "ok: the deleted check is gone"
# the event stream shows a change as it happens
timeout 3 curl -sN -H "X-Api-Key: $key" $SITE_ROOT/api/uptrack/v1/events >"$work/events" &
sleep 0.5
curl -s $SITE_ROOT/api/v3/checks/ --header "X-Api-Key: $key" --data '{"name": "Nightly"}' >/dev/null
wait %2 2>/dev/null || true
grep -q '^event: monitor$' "$work/events" || fail "no monitor event: $(cat "$work/events")"
echo "ok: event stream"
echo "all examples ran as written"
