#!/usr/bin/env bash
# Stops what setup.sh started: nginx, PHP's built-in server(s) (every port with a pid file in
# $WP_STATE) and MariaDB. Safe to run when nothing is running.
#   test/wordpress/stop.sh [--keep-db]    --keep-db: stop only nginx and the PHP server(s)
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

# nginx's cache in front (nginx.conf: it writes nginx-PORT.pid itself); QUIT lets it finish what it serves.
for pidfile in "$WP_STATE"/nginx-*.pid; do
  [ -f "$pidfile" ] || continue
  pid=$(cat "$pidfile")
  if kill -QUIT "$pid" 2>/dev/null; then
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    echo "stopped nginx $(basename "$pidfile" .pid) (pid $pid)"
  fi
  rm -f "$pidfile"
done

for pidfile in "$WP_STATE"/php-*.pid; do
  [ -f "$pidfile" ] || continue
  pid=$(cat "$pidfile")
  # setup.sh started it with setsid: its process group holds the server and its workers.
  if kill -0 -- "-$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
    echo "stopped PHP server $(basename "$pidfile" .pid) (pid $pid)"
  fi
  rm -f "$pidfile"
done

[ "${1:-}" = "--keep-db" ] && exit 0

if mariadb-admin --socket="$WP_DB_SOCKET" --connect-timeout=2 ping >/dev/null 2>&1; then
  mariadb-admin --socket="$WP_DB_SOCKET" shutdown && echo "stopped MariaDB"
fi
rm -f "$WP_STATE/mariadb.pid"
exit 0
