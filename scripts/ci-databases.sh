#!/usr/bin/env bash
# Starts the real database servers the DDL tests execute against: PostgreSQL 15 and MariaDB 10.11
# (Debian packages), each with a login user erd/erd, a database erd_test, and the right to create
# and drop databases so every test can use a fresh one.
#
# Idempotent: run it as root on a fresh Debian machine or again on one where everything already
# runs; it installs what is missing, starts what is stopped and (re)creates the user and database.
# There is no systemd here, so servers are started with pg_ctlcluster / mysqld_safe directly.
# Any failure exits non-zero: in CI a server that cannot start is a failure, never a skip.
set -euo pipefail

PG_VERSION=15
PG_CLUSTER=main
PG_PORT=5432
MYSQL_PORT=3306
DB_USER=erd
DB_PASSWORD=erd
DB_NAME=erd_test

log() { printf 'ci-databases: %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

[ "$(id -u)" -eq 0 ] || die "run as root (it installs packages and starts system servers)"

install_if_missing() {
  local missing=()
  command -v pg_ctlcluster >/dev/null 2>&1 && [ -x "/usr/lib/postgresql/${PG_VERSION}/bin/postgres" ] || missing+=(postgresql)
  command -v mariadbd >/dev/null 2>&1 || command -v mysqld >/dev/null 2>&1 || missing+=(mariadb-server)
  if [ "${#missing[@]}" -gt 0 ]; then
    log "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y "${missing[@]}"
  fi
}

# Waits until `check` succeeds, up to ~60 s.
wait_for() {
  local what=$1; shift
  for _ in $(seq 1 120); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  die "$what did not accept connections within 60 s"
}

start_postgres() {
  if ! pg_lsclusters -h 2>/dev/null | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1==v && $2==c' | grep -q .; then
    log "creating PostgreSQL ${PG_VERSION} cluster ${PG_CLUSTER}"
    pg_createcluster "$PG_VERSION" "$PG_CLUSTER" --port "$PG_PORT"
  fi
  if pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1==v && $2==c {print $4}' | grep -q online; then
    log "PostgreSQL ${PG_VERSION} already running"
  else
    log "starting PostgreSQL ${PG_VERSION}"
    pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start || {
      tail -n 30 "/var/log/postgresql/postgresql-${PG_VERSION}-${PG_CLUSTER}.log" >&2 || true
      die "PostgreSQL ${PG_VERSION} failed to start"
    }
  fi
  wait_for "PostgreSQL" runuser -u postgres -- psql -p "$PG_PORT" -tAc 'SELECT 1'
  log "ensuring PostgreSQL user ${DB_USER} and database ${DB_NAME}"
  runuser -u postgres -- psql -p "$PG_PORT" -v ON_ERROR_STOP=1 -q <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${DB_USER}') THEN
    CREATE ROLE ${DB_USER} LOGIN PASSWORD '${DB_PASSWORD}' CREATEDB;
  ELSE
    ALTER ROLE ${DB_USER} LOGIN PASSWORD '${DB_PASSWORD}' CREATEDB;
  END IF;
END
\$\$;
SQL
  if ! runuser -u postgres -- psql -p "$PG_PORT" -tAc "SELECT 1 FROM pg_database WHERE datname = '${DB_NAME}'" | grep -q 1; then
    runuser -u postgres -- createdb -p "$PG_PORT" -O "$DB_USER" "$DB_NAME"
  fi
  # Tests check TCP with the password, the way the test helpers connect.
  wait_for "PostgreSQL over TCP as ${DB_USER}" env PGPASSWORD="$DB_PASSWORD" psql -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" -d "$DB_NAME" -tAc 'SELECT 1'
}

mariadb_client() { if command -v mariadb >/dev/null 2>&1; then mariadb "$@"; else mysql "$@"; fi; }

start_mariadb() {
  if mariadb_client -uroot -e 'SELECT 1' >/dev/null 2>&1; then
    log "MariaDB already running"
  else
    log "starting MariaDB"
    mkdir -p /run/mysqld
    chown mysql:mysql /run/mysqld
    if [ ! -d /var/lib/mysql/mysql ]; then
      log "initialising the MariaDB data directory"
      mariadb-install-db --user=mysql --datadir=/var/lib/mysql >/dev/null
    fi
    # `service mariadb start` needs an init system on some images; mysqld_safe works everywhere.
    if ! service mariadb start >/dev/null 2>&1; then
      (setsid mysqld_safe --user=mysql --port="$MYSQL_PORT" --bind-address=127.0.0.1 >/dev/null 2>&1 &)
    fi
    wait_for "MariaDB" mariadb_client -uroot -e 'SELECT 1'
  fi
  log "ensuring MariaDB user ${DB_USER} and database ${DB_NAME}"
  mariadb_client -uroot <<SQL
CREATE USER IF NOT EXISTS '${DB_USER}'@'127.0.0.1' IDENTIFIED BY '${DB_PASSWORD}';
CREATE USER IF NOT EXISTS '${DB_USER}'@'localhost' IDENTIFIED BY '${DB_PASSWORD}';
ALTER USER '${DB_USER}'@'127.0.0.1' IDENTIFIED BY '${DB_PASSWORD}';
ALTER USER '${DB_USER}'@'localhost' IDENTIFIED BY '${DB_PASSWORD}';
CREATE DATABASE IF NOT EXISTS \`${DB_NAME}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
-- Tests create and drop their own databases (erd_t_...), so the user gets rights on all of them.
GRANT ALL PRIVILEGES ON *.* TO '${DB_USER}'@'127.0.0.1';
GRANT ALL PRIVILEGES ON *.* TO '${DB_USER}'@'localhost';
FLUSH PRIVILEGES;
SQL
  wait_for "MariaDB over TCP as ${DB_USER}" mariadb_client -h 127.0.0.1 -P "$MYSQL_PORT" -u"$DB_USER" -p"$DB_PASSWORD" -e 'SELECT 1' "$DB_NAME"
}

install_if_missing
start_postgres
start_mariadb
log "ready: postgres://${DB_USER}:${DB_PASSWORD}@127.0.0.1:${PG_PORT}/${DB_NAME} and mysql://${DB_USER}:${DB_PASSWORD}@127.0.0.1:${MYSQL_PORT}/${DB_NAME}"
