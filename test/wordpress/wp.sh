#!/usr/bin/env bash
# Small entry point for tests and people: runs the harness's PHP CLI scripts with the right
# HTTP_HOST and WP_STATE. Nothing here goes through HTTP.
#   test/wordpress/wp.sh url                       the site's URL (http://127.0.0.1:8088)
#   test/wordpress/wp.sh option NAME [VALUE]       get / set an option (a switch, or any option)
#   test/wordpress/wp.sh option NAME --json JSON   set a structured value;  option NAME --delete
#   test/wordpress/wp.sh switches                  the switches and stock comment options as JSON
#   test/wordpress/wp.sh reset-switches            all switches off, stock comment options back
#   test/wordpress/wp.sh seed                      reset content and seed (prints the manifest)
#   test/wordpress/wp.sh seed-large [N] [--api]    reset content and seed N posts (default 10000)
#   test/wordpress/wp.sh render [WORD...]          WordPress's own HTML as JSON (see render.php)
#   test/wordpress/wp.sh app-password              prints admin:<application password>
#   test/wordpress/wp.sh eval 'PHP'                runs PHP with WordPress loaded, as the admin
#   test/wordpress/wp.sh sql ['SQL']               MariaDB client on the site's database
# env: WP_PORT (default 8088) must match the server's when links matter.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

cmd="${1:-}"
[ $# -gt 0 ] && shift
case "$cmd" in
  url) echo "$WP_URL" ;;
  seed) exec php "$WP_DIR/seed.php" "$@" ;;
  seed-large) exec php "$WP_DIR/seed-large.php" "$@" ;;
  render) exec php "$WP_DIR/render.php" "$@" ;;
  option|switches|reset-switches|app-password|eval) exec php "$WP_DIR/wp.php" "$cmd" "$@" ;;
  sql) if [ $# -gt 0 ]; then exec mariadb --default-character-set=utf8mb4 --socket="$WP_DB_SOCKET" "$WP_DB_NAME" -e "$*"; else exec mariadb --default-character-set=utf8mb4 --socket="$WP_DB_SOCKET" "$WP_DB_NAME"; fi ;;
  ""|-h|--help|help) sed -n '2,16p' "$0" ;;
  *) echo "wp.sh: unknown command '$cmd' (try --help)" >&2; exit 2 ;;
esac
