#!/usr/bin/env bash
# A fresh, empty WordPress site on http://127.0.0.1:8025 for `npm run test:wordpress`
# (scripts/wordpress.test.mjs installs it through its own install form and does the rest).
#
# Debian's own packages (root, Debian 12): wordpress 6.1 with the Twenty Twenty-Three theme,
# Apache with mod_php (PHP 8.2), MariaDB. Installs what is missing (once, a few minutes), then
# on every run: a new database, a new content folder (no plugin, no upload), and an Apache of its
# own listening on 127.0.0.1:8025 only, with its own config, logs and pid file: the machine's
# Apache configuration is not touched. `scripts/wordpress-site.sh stop` stops that Apache.
set -euo pipefail

PORT=${APT_FAQ_WP_PORT:-8025}
BASE=/var/lib/apt-faq-wordpress-test
CONTENT=$BASE/wp-content
CONFIG=/etc/wordpress/config-apt-faq-test.php
DB=aptfaq_wp_test

if [ "$(id -u)" != 0 ]; then
  echo "wordpress-site.sh installs Debian packages and runs Apache and MariaDB: run it as root (or in a throw-away container)." >&2
  exit 1
fi

apache_stop() {
  if [ -f "$BASE/apache.pid" ] && kill -0 "$(cat "$BASE/apache.pid")" 2>/dev/null; then
    # shellcheck disable=SC1091
    (set +u && . /etc/apache2/envvars && set -u && apache2 -f "$BASE/apache.conf" -k stop)
    while [ -f "$BASE/apache.pid" ]; do sleep 0.2; done
  fi
}
if [ "${1:-}" = stop ]; then
  apache_stop
  exit 0
fi

packages=(wordpress wordpress-theme-twentytwentythree apache2 libapache2-mod-php mariadb-server php-mysql gettext php-codesniffer)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "apt-get install ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# MariaDB (Debian binds it to 127.0.0.1); root reaches it through its socket.
if ! mysqladmin ping --silent 2>/dev/null; then
  service mariadb start >/dev/null
fi
password=$(openssl rand -hex 16)
mysql <<SQL
DROP DATABASE IF EXISTS $DB;
CREATE DATABASE $DB CHARACTER SET utf8mb4;
CREATE USER IF NOT EXISTS '$DB'@'localhost';
ALTER USER '$DB'@'localhost' IDENTIFIED BY '$password';
GRANT ALL ON $DB.* TO '$DB'@'localhost';
SQL

# A content folder of its own: the site's plugins and uploads never mix with another site's.
apache_stop
rm -rf "$CONTENT"
mkdir -p "$CONTENT/plugins" "$CONTENT/uploads" "$CONTENT/themes" "$CONTENT/upgrade"
ln -s /usr/share/wordpress/wp-content/themes/twentytwentythree "$CONTENT/themes/twentytwentythree"
: >"$BASE/debug.log"
: >"$BASE/error.log"
chown -R www-data:www-data "$CONTENT" "$BASE/debug.log"

salt() { openssl rand -base64 48 | tr -d '\n'; }
cat >"$CONFIG" <<PHP
<?php
// Written by apt-faq's scripts/wordpress-site.sh for its test site; rewritten on every run.
define( 'DB_NAME', '$DB' );
define( 'DB_USER', '$DB' );
define( 'DB_PASSWORD', '$password' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'AUTH_KEY', '$(salt)' );
define( 'SECURE_AUTH_KEY', '$(salt)' );
define( 'LOGGED_IN_KEY', '$(salt)' );
define( 'NONCE_KEY', '$(salt)' );
define( 'AUTH_SALT', '$(salt)' );
define( 'SECURE_AUTH_SALT', '$(salt)' );
define( 'LOGGED_IN_SALT', '$(salt)' );
define( 'NONCE_SALT', '$(salt)' );
define( 'WP_CONTENT_DIR', '$CONTENT' );
define( 'WP_CONTENT_URL', 'http://127.0.0.1:$PORT/wp-content' );
// Application passwords (the test's REST calls) need https, or a "local" site.
define( 'WP_ENVIRONMENT_TYPE', 'local' );
// Plugins are installed by WordPress itself, as www-data, without FTP credentials.
define( 'FS_METHOD', 'direct' );
define( 'WP_ALLOW_MULTISITE', false );
// Every PHP notice and warning goes to a log the test reads, none to the page.
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '$BASE/debug.log' );
define( 'WP_DEBUG_DISPLAY', false );
// Offline: no call to wordpress.org (translations, updates), so none waits for a timeout.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
PHP
chmod 640 "$CONFIG"
chgrp www-data "$CONFIG"

cat >"$BASE/apache.conf" <<CONF
# Written by apt-faq's scripts/wordpress-site.sh: an Apache for the test site only.
ServerRoot /etc/apache2
ServerName 127.0.0.1
Listen 127.0.0.1:$PORT
PidFile $BASE/apache.pid
ErrorLog $BASE/error.log
LogLevel warn
User www-data
Group www-data
LoadModule mpm_prefork_module /usr/lib/apache2/modules/mod_mpm_prefork.so
LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
LoadModule dir_module /usr/lib/apache2/modules/mod_dir.so
LoadModule mime_module /usr/lib/apache2/modules/mod_mime.so
LoadModule alias_module /usr/lib/apache2/modules/mod_alias.so
LoadModule env_module /usr/lib/apache2/modules/mod_env.so
LoadModule php_module /usr/lib/apache2/modules/libphp8.2.so
StartServers 2
MaxRequestWorkers 8
TypesConfig /etc/mime.types
DirectoryIndex index.php index.html
<FilesMatch "\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
# Debian's wp-config.php reads /etc/wordpress/config-\$WORDPRESS_CONFIG.php.
SetEnv WORDPRESS_CONFIG apt-faq-test
DocumentRoot /usr/share/wordpress
# What WordPress answers for /favicon.ico under pretty permalinks (plain ones never reach it).
Redirect /favicon.ico /wp-includes/images/w-logo-blue-white-bg.png
Alias /wp-content $CONTENT
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory /usr/share/wordpress>
  Require all granted
</Directory>
<Directory $CONTENT>
  Require all granted
</Directory>
# Uploads are files to download, never scripts to run.
<Directory $CONTENT/uploads>
  <FilesMatch "\.php$">
    SetHandler none
  </FilesMatch>
</Directory>
<Directory /usr/share/wordpress/wp-content/themes>
  Require all granted
</Directory>
php_admin_value error_log $BASE/error.log
php_admin_flag log_errors on
CONF

# shellcheck disable=SC1091
(set +u && . /etc/apache2/envvars && set -u && mkdir -p "$APACHE_RUN_DIR" "$APACHE_LOCK_DIR" && apache2 -f "$BASE/apache.conf" -k start)
for _ in $(seq 1 100); do
  curl -s -o /dev/null "http://127.0.0.1:$PORT/wp-admin/install.php" && break
  sleep 0.2
done
echo "WordPress $(sed -n "s/^\$wp_version = '\(.*\)';/\1/p" /usr/share/wordpress/wp-includes/version.php) at http://127.0.0.1:$PORT/ (content in $CONTENT, logs $BASE/error.log and $BASE/debug.log)"
