# Shared settings for the WordPress test harness. Sourced by setup.sh, stop.sh, seed.sh, wp.sh.
# Everything here can be overridden from the environment.
WP_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"       # test/wordpress in the checkout
WP_PORT="${WP_PORT:-8088}"
WP_BIND="127.0.0.1"
WP_URL="http://${WP_BIND}:${WP_PORT}"
WP_CACHE_PORT="${WP_CACHE_PORT:-8089}"                        # nginx's cache in front of WP_PORT
WP_CACHE_URL="http://${WP_BIND}:${WP_CACHE_PORT}"
WP_ROOT="/usr/share/wordpress"                                # Debian's WordPress (read-only)
WP_CONTENT="/var/lib/wordpress/wp-content"                    # Debian's wp-content
WP_STATE="${WP_STATE:-/var/tmp/press-wordpress}"              # logs, pid files, seed manifest
WP_DB_NAME="${WP_DB_NAME:-press_wp}"
WP_DB_USER="${WP_DB_USER:-press_wp}"
WP_DB_PASSWORD="${WP_DB_PASSWORD:-press_wp}"
WP_DB_SOCKET="/run/mysqld/mysqld.sock"
WP_ADMIN_USER="admin"
WP_ADMIN_PASSWORD="${WP_ADMIN_PASSWORD:-press-test-admin}"
WP_PACKAGES="wordpress wordpress-theme-twentytwentyone wordpress-theme-twentytwentythree mariadb-server mariadb-client php-cli php-mysql php-mbstring php-xml php-curl nginx"
# PHP CLI scripts need HTTP_HOST: Debian's wp-config.php picks /etc/wordpress/config-<host>.php by it.
export HTTP_HOST="${WP_BIND}:${WP_PORT}"
export WP_STATE WP_PORT WP_CACHE_PORT
