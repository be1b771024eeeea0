#!/usr/bin/env bash
# Brings up a real WordPress for integration tests: Debian's packages, MariaDB, PHP's built-in server.
# Idempotent: run it again to get a freshly seeded site; already-installed packages, an already-running
# MariaDB or PHP server are reused. Leaves both servers running and exits 0. Stop them with stop.sh.
#
#   test/wordpress/setup.sh [--no-seed] [--large N]
#     --no-seed   keep the current content (default: reset and seed with seed.php)
#     --large N   seed with seed-large.php N instead (benchmarks)
#   env: WP_PORT (default 8088), WP_STATE (default /var/tmp/press-wordpress, logs and pid files)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

seed=normal
large_n=
while [ $# -gt 0 ]; do
  case "$1" in
    --no-seed) seed=none ;;
    --large) seed=large; large_n="${2:?--large needs a number}"; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "setup.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done

start_ns=$(date +%s%N)
elapsed() { echo "$(( ($(date +%s%N) - start_ns) / 1000000 ))"; }
step() { local ms; ms=$(elapsed); printf '[%3d.%01ds] %s\n' $((ms / 1000)) $(((ms % 1000) / 100)) "$*"; }
die() { echo "setup.sh: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || die "run as root (apt, MariaDB and /etc/wordpress need it)"
mkdir -p "$WP_STATE"

# --- 1. packages --------------------------------------------------------------------------------
missing=()
for p in $WP_PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  step "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt_install() { apt-get install -y -q --no-install-recommends "${missing[@]}" >"$WP_STATE/apt.log" 2>&1; }
  # apt-get update only when there are no package lists, or when the install fails with the ones there are.
  if ! ls /var/lib/apt/lists/*_Packages* >/dev/null 2>&1; then
    apt-get update -q >"$WP_STATE/apt-update.log" 2>&1 || die "apt-get update failed, see $WP_STATE/apt-update.log"
    apt_install || die "apt-get install failed, see $WP_STATE/apt.log"
  elif ! apt_install; then
    step "apt-get install failed with the current lists; apt-get update and retry"
    apt-get update -q >"$WP_STATE/apt-update.log" 2>&1 || die "apt-get update failed, see $WP_STATE/apt-update.log"
    apt_install || die "apt-get install failed, see $WP_STATE/apt.log"
  fi
  step "packages installed"
else
  step "packages already installed"
fi

# --- 2. MariaDB ---------------------------------------------------------------------------------
db_ping() { mariadb-admin --socket="$WP_DB_SOCKET" --connect-timeout=2 ping >/dev/null 2>&1; }
if db_ping; then
  step "MariaDB already running"
else
  mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld
  if [ ! -d /var/lib/mysql/mysql ]; then
    step "initialising MariaDB's data directory"
    mariadb-install-db --user=mysql --datadir=/var/lib/mysql --skip-test-db >"$WP_STATE/mariadb-install.log" 2>&1 \
      || die "mariadb-install-db failed, see $WP_STATE/mariadb-install.log"
  fi
  rm -f "$WP_DB_SOCKET" /run/mysqld/mysqld.pid   # stale leftovers of a killed server
  # No systemd in these containers: start it ourselves, detached, logs outside the repo.
  setsid mariadbd --user=mysql --socket="$WP_DB_SOCKET" --pid-file=/run/mysqld/mysqld.pid \
    --bind-address=127.0.0.1 --innodb-flush-log-at-trx-commit=2 \
    </dev/null >>"$WP_STATE/mariadb.log" 2>&1 &
  echo $! >"$WP_STATE/mariadb.pid"
  for _ in $(seq 1 300); do db_ping && break; sleep 0.1; done
  db_ping || die "MariaDB did not come up in 30 s, see $WP_STATE/mariadb.log"
  step "MariaDB started (pid $(cat "$WP_STATE/mariadb.pid"))"
fi
# Fewer fsyncs: seeding is several times faster, and a test database need not survive a power cut.
mariadb --socket="$WP_DB_SOCKET" -e "SET GLOBAL innodb_flush_log_at_trx_commit=2" 2>/dev/null || true
mariadb --socket="$WP_DB_SOCKET" <<SQL || die "could not create the database (is root's unix_socket login enabled?)"
CREATE DATABASE IF NOT EXISTS \`$WP_DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;
CREATE USER IF NOT EXISTS '$WP_DB_USER'@'localhost' IDENTIFIED BY '$WP_DB_PASSWORD';
CREATE USER IF NOT EXISTS '$WP_DB_USER'@'127.0.0.1' IDENTIFIED BY '$WP_DB_PASSWORD';
GRANT ALL PRIVILEGES ON \`$WP_DB_NAME\`.* TO '$WP_DB_USER'@'localhost';
GRANT ALL PRIVILEGES ON \`$WP_DB_NAME\`.* TO '$WP_DB_USER'@'127.0.0.1';
SQL
step "database $WP_DB_NAME ready"

# --- 3. WordPress config, must-use plugin -------------------------------------------------------
write_if_changed() { # file: writes stdin to file only when it differs (keeps mtimes stable)
  local tmp; tmp=$(mktemp)
  cat >"$tmp"
  if [ -f "$1" ] && cmp -s "$tmp" "$1"; then rm -f "$tmp"; else install -m 0644 "$tmp" "$1"; rm -f "$tmp"; fi
}
mkdir -p /etc/wordpress
write_if_changed /etc/wordpress/config-127.0.0.1.php <<PHP
<?php
// Written by press-widgets test/wordpress/setup.sh: a TEST-ONLY site on the loopback interface.
// Loaded by Debian's /usr/share/wordpress/wp-config.php for HTTP_HOST 127.0.0.1[:port]
// (config-localhost.php includes this file for localhost[:port]).
define('DB_NAME', '$WP_DB_NAME');
define('DB_USER', '$WP_DB_USER');
define('DB_PASSWORD', '$WP_DB_PASSWORD');
define('DB_HOST', 'localhost:$WP_DB_SOCKET');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
define('WP_CONTENT_DIR', '$WP_CONTENT');
define('WP_ENVIRONMENT_TYPE', 'local');   // application passwords over plain http
// Links follow the host the request used (127.0.0.1:PORT or localhost:PORT), whatever port the
// built-in server listens on.
\$press_test_host = isset(\$_SERVER['HTTP_HOST']) ? (string) \$_SERVER['HTTP_HOST'] : '';
if (!preg_match('/^(127\\.0\\.0\\.1|localhost)(:[0-9]{1,5})?\$/', \$press_test_host)) {
    \$press_test_host = '127.0.0.1:$WP_PORT';
}
define('WP_HOME', 'http://' . \$press_test_host);
define('WP_SITEURL', 'http://' . \$press_test_host);
unset(\$press_test_host);
define('DISABLE_WP_CRON', true);          // no loopback cron requests in the middle of tests
define('WP_HTTP_BLOCK_EXTERNAL', true);   // and the mu-plugin blocks the rest of outgoing HTTP
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('DISALLOW_FILE_MODS', true);
define('FS_METHOD', 'direct');
define('WP_DEBUG', true);                 // notices go to the log, never into pages or JSON
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '$WP_STATE/debug.log');
@ini_set('display_errors', '0');
PHP
write_if_changed /etc/wordpress/config-localhost.php <<'PHP'
<?php
// Written by press-widgets test/wordpress/setup.sh: same site as config-127.0.0.1.php.
require __DIR__ . '/config-127.0.0.1.php';
PHP
mkdir -p "$WP_CONTENT/mu-plugins" "$WP_CONTENT/uploads"
install -m 0644 "$WP_DIR/mu-plugin.php" "$WP_CONTENT/mu-plugins/press-test.php"
# The press-widgets plugin of this checkout (configure.php activates it; the switch
# press_test_no_plugin turns it off for the "without the plugin" tests).
mkdir -p "$WP_CONTENT/plugins"
rm -rf "$WP_CONTENT/plugins/press-widgets"
cp -R "$WP_DIR/../../wordpress/press-widgets" "$WP_CONTENT/plugins/press-widgets"
# The module it loads on the site's pages: the build's dist/ (as `npm run plugin` copies it), when built.
if [ -f "$WP_DIR/../../dist/press-widgets.js" ]; then
  mkdir -p "$WP_CONTENT/plugins/press-widgets/assets" && cp "$WP_DIR/../../dist/"*.js "$WP_CONTENT/plugins/press-widgets/assets/"
fi
chown -R www-data:www-data "$WP_CONTENT/uploads" 2>/dev/null || true
step "config, must-use plugin and press-widgets plugin written"

# --- 4. install WordPress, configure --------------------------------------------------------------
php "$WP_DIR/install.php" || die "install.php failed (see $WP_STATE/debug.log)"
php "$WP_DIR/configure.php" || die "configure.php failed (see $WP_STATE/debug.log)"
step "WordPress installed and configured"

# --- 5. content ---------------------------------------------------------------------------------
case "$seed" in
  normal) php "$WP_DIR/seed.php" --quiet || die "seed.php failed"; step "seeded (manifest: $WP_STATE/seed.json)" ;;
  large) php "$WP_DIR/seed-large.php" "$large_n" || die "seed-large.php failed"; step "seeded $large_n posts" ;;
  none) step "content kept (--no-seed)" ;;
esac

# --- 6. PHP's built-in server -------------------------------------------------------------------
site_up() { # PHP rather than curl: a fresh Debian has no curl
  php -r '$c = stream_context_create(["http" => ["timeout" => 5, "ignore_errors" => true]]);
    @file_get_contents($argv[1], false, $c);
    exit(preg_match("#^HTTP/\\S+ 200#", $http_response_header[0] ?? "") ? 0 : 1);' "$WP_URL/?rest_route=/wp/v2/types/post" 2>/dev/null
}
pidfile="$WP_STATE/php-$WP_PORT.pid"
if site_up; then
  step "PHP server already answering on $WP_URL"
else
  if [ -f "$pidfile" ] && kill -0 -- "-$(cat "$pidfile")" 2>/dev/null; then
    kill -- "-$(cat "$pidfile")" 2>/dev/null || true   # ours, but not answering: restart it
    sleep 0.5
  fi
  # setsid: its own process group (stop.sh ends the workers with it); no fd of ours stays open.
  PHP_CLI_SERVER_WORKERS=4 setsid php -S "$WP_BIND:$WP_PORT" -t "$WP_ROOT" "$WP_DIR/router.php" \
    </dev/null >>"$WP_STATE/php-$WP_PORT.log" 2>&1 &
  echo $! >"$pidfile"
  for _ in $(seq 1 150); do site_up && break; sleep 0.1; done
  site_up || die "the site did not answer on $WP_URL in 15 s, see $WP_STATE/php-$WP_PORT.log"
  step "PHP server started (pid $(cat "$pidfile"), 4 workers)"
fi

# --- 7. nginx, a shared HTTP cache in front (front-cache.test.js) ---------------------------------
# Its own config (nginx.conf, placeholders filled), pid, logs and cache under $WP_STATE: the system's
# /etc/nginx is never read (-p/-c/-e), and nothing is started through the init system.
nginx_dir="$WP_STATE/nginx"
nginx_conf="$nginx_dir/nginx.conf"
nginx_pidfile="$WP_STATE/nginx-$WP_CACHE_PORT.pid"
nginx_cmd=(nginx -p "$nginx_dir/" -c "$nginx_conf" -e "$nginx_dir/error.log")
mkdir -p "$nginx_dir/temp" "$nginx_dir/cache"
sed -e "s|@STATE@|$WP_STATE|g" -e "s|@BIND@|$WP_BIND|g" -e "s|@WP_PORT@|$WP_PORT|g" -e "s|@CACHE_PORT@|$WP_CACHE_PORT|g" \
  "$WP_DIR/nginx.conf" | write_if_changed "$nginx_conf"
"${nginx_cmd[@]}" -t -q >"$nginx_dir/check.log" 2>&1 || die "nginx rejects $nginx_conf, see $nginx_dir/check.log"
if [ -f "$nginx_pidfile" ] && kill -0 "$(cat "$nginx_pidfile")" 2>/dev/null; then
  "${nginx_cmd[@]}" -s reload || die "nginx did not reload, see $nginx_dir/error.log"   # picks up a changed config
  step "nginx already running on $WP_CACHE_URL (config reloaded)"
else
  # nginx detaches itself; no fd of ours stays open in it.
  "${nginx_cmd[@]}" </dev/null >>"$nginx_dir/error.log" 2>&1 || die "nginx did not start, see $nginx_dir/error.log"
  step "nginx started on $WP_CACHE_URL (pid $(cat "$nginx_pidfile"))"
fi
# site_up reads WP_URL: the same check, through the cache.
for _ in $(seq 1 50); do WP_URL="$WP_CACHE_URL" site_up && break; sleep 0.1; done
WP_URL="$WP_CACHE_URL" site_up || die "nothing answers through nginx on $WP_CACHE_URL, see $nginx_dir/error.log"

ms=$(elapsed)
echo "WordPress is up at $WP_URL/ (REST: $WP_URL/wp-json/ and $WP_URL/?rest_route=/) — setup took $((ms / 1000)).$(printf '%03d' $((ms % 1000))) s"
