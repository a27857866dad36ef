#!/usr/bin/env bash
# Starts a real WordPress (Debian's package) on loopback for the integration tests:
# a private MariaDB on a Unix socket (no TCP), PHP's built-in web server on 127.0.0.1, the
# install step posted to wp-admin/install.php, and an application password created through
# wp-load.php (WP_ENVIRONMENT_TYPE=local lets application passwords work over plain HTTP).
#
#   scripts/wordpress-test-env.sh start DIR   writes DIR/wordpress.env (source it) and prints it
#   scripts/wordpress-test-env.sh stop DIR    stops both servers and removes what start made
#
# One instance per machine: Debian's wp-config.php chooses its configuration by host name
# (/etc/wordpress/config-127.0.0.1.php), not by port.
#
# wordpress.env sets PRESSDESK_TEST_WP_URL, PRESSDESK_TEST_WP_USER, PRESSDESK_TEST_WP_PASSWORD
# (the application password) and PRESSDESK_TEST_WP_ADMIN_PASSWORD (the login password).
set -euo pipefail

cmd=${1:-}
dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
# Debian's wp-config.php picks /etc/wordpress/config-<host>.php from the request's host.
config=/etc/wordpress/config-127.0.0.1.php

stop() {
    if [ -f "$dir/php.pid" ]; then
        pkill -P "$(cat "$dir/php.pid")" 2>/dev/null || true # PHP's workers
    fi
    for pidfile in "$dir/php.pid" "$dir/mysqld.pid"; do
        if [ -f "$pidfile" ]; then
            kill "$(cat "$pidfile")" 2>/dev/null || true
        fi
    done
    sleep 1
    $SUDO rm -f "$config"
    rm -rf "$dir/db" "$dir/wp-content" "$dir"/*.pid "$dir/mysqld.sock"
}

if [ "$cmd" = stop ]; then
    stop
    exit 0
fi
[ "$cmd" = start ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }

mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
stop >/dev/null 2>&1 || true
log="$dir/wordpress-env.log"
: >"$log"

# 1. MariaDB, private to this run.
mariadb-install-db --no-defaults --datadir="$dir/db" --user="$(id -un)" \
    --auth-root-authentication-method=socket --skip-test-db >>"$log" 2>&1
mariadbd --no-defaults --datadir="$dir/db" --socket="$dir/mysqld.sock" --skip-networking \
    --pid-file="$dir/mysqld.pid" --user="$(id -un)" --skip-log-bin >>"$log" 2>&1 &
for _ in $(seq 1 60); do
    [ -S "$dir/mysqld.sock" ] && break
    sleep 0.5
done
[ -S "$dir/mysqld.sock" ] || { echo "MariaDB did not start; see $log" >&2; exit 1; }
mariadb --no-defaults --socket="$dir/mysqld.sock" -u "$(id -un)" >>"$log" 2>&1 <<'SQL'
CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wordpress';
GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';
SQL

# 2. WordPress configuration for 127.0.0.1, its content (uploads) in this run's folder.
cp -a /var/lib/wordpress/wp-content "$dir/wp-content"
$SUDO tee "$config" >/dev/null <<PHP
<?php
// Written by PressDesk's scripts/wordpress-test-env.sh for the integration tests.
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', 'wordpress');
define('DB_HOST', 'localhost:$dir/mysqld.sock');
define('DB_CHARSET', 'utf8mb4');
define('WP_CONTENT_DIR', '$dir/wp-content');
define('WP_ENVIRONMENT_TYPE', 'local');
define('DISABLE_WP_CRON', false);
\$table_prefix = 'wp_';
PHP

# 3. PHP's built-in server on a free loopback port.
port=18080
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    port=$((port + 1))
done
url="http://127.0.0.1:$port"
# Several workers: the tests run two at a time.
PHP_CLI_SERVER_WORKERS=4 php -S "127.0.0.1:$port" -t /usr/share/wordpress >>"$dir/php.log" 2>&1 &
echo $! >"$dir/php.pid"
for _ in $(seq 1 60); do
    curl -s -o /dev/null "$url/wp-login.php" && break
    sleep 0.5
done

# 4. The install step, as a browser would post it.
admin_password="pressdesk-$(date +%s)-$RANDOM"
curl -s -o "$dir/install.html" -w '%{http_code}' "$url/wp-admin/install.php?step=2" \
    --data-urlencode "weblog_title=Cổng thông tin điện tử huyện (thử nghiệm)" \
    --data-urlencode "user_name=admin" \
    --data-urlencode "admin_password=$admin_password" \
    --data-urlencode "admin_password2=$admin_password" \
    --data-urlencode "pw_weak=1" \
    --data-urlencode "admin_email=admin@example.invalid" \
    --data-urlencode "blog_public=0" \
    --data-urlencode "language=" >>"$log"
grep -q "wp-login.php" "$dir/install.html" || { echo "WordPress did not install; see $dir/install.html" >&2; exit 1; }

# 5. An application password for the REST API.
app_password=$(php -r '
    $_SERVER["HTTP_HOST"] = "127.0.0.1";
    require "/usr/share/wordpress/wp-load.php";
    $user = get_user_by("login", "admin");
    list($password) = WP_Application_Passwords::create_new_application_password(
        $user->ID, array("name" => "PressDesk tests"));
    echo $password;')
[ -n "$app_password" ] || { echo "no application password; see $log" >&2; exit 1; }

cat >"$dir/wordpress.env" <<ENV
export PRESSDESK_TEST_WP_URL=$url
export PRESSDESK_TEST_WP_USER=admin
export PRESSDESK_TEST_WP_PASSWORD='$app_password'
export PRESSDESK_TEST_WP_ADMIN_PASSWORD='$admin_password'
ENV
cat "$dir/wordpress.env"
