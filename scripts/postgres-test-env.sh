#!/usr/bin/env bash
# Starts a real PostgreSQL (Debian's postgresql-15) on loopback for the office server's
# integration tests: a new cluster of its own in DIR/pg, TCP on 127.0.0.1 only on a free port,
# TLS with a private CA (DIR/ca.crt) and a server certificate for localhost and 127.0.0.1, SCRAM
# passwords for every login (TCP with or without TLS, and the Unix socket in DIR/pg), and a
# superuser pdadmin with a random password. Debian's own cluster (port 5432, if its package
# started one) is neither needed nor touched.
#
#   scripts/postgres-test-env.sh start DIR   writes DIR/postgres.env (source it) and prints it
#   scripts/postgres-test-env.sh stop DIR    stops the server and removes what start made
#
# Any number of instances per machine, one per DIR. Run as root (CI), the server runs as the
# postgres system user, which owns DIR/pg (PostgreSQL refuses to run as root); otherwise as the
# current user. When that user cannot reach DIR, or DIR is too long a path for the server's
# Unix socket, the cluster lives in /tmp and DIR/pg is a link to it. Logs: DIR/postgres.log (the
# server's), DIR/postgres-env.log (this script's); both are kept after stop.
#
# postgres.env sets PRESSDESK_TEST_PG_HOST (127.0.0.1), PRESSDESK_TEST_PG_PORT,
# PRESSDESK_TEST_PG_ADMIN_USER (pdadmin), PRESSDESK_TEST_PG_ADMIN_PASSWORD, PRESSDESK_TEST_PG_CA
# (the CA's certificate, for sslmode=verify-full) and PRESSDESK_TEST_PG_ADMIN_URL
# (postgresql://pdadmin@127.0.0.1:PORT/postgres; the password is not in it).
set -euo pipefail

cmd=${1:-}
dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }
# The newest PostgreSQL server installed (Debian: /usr/lib/postgresql/15/bin).
bindir=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin 2>/dev/null | sort -V | tail -n 1)
admin=pdadmin

# Runs a command as the user who owns the file or directory $1 (root runs it through runuser,
# from / so that the other user never lacks access to the current directory).
as_owner() {
    local owner
    owner=$(stat -L -c %U "$1")
    shift
    if [ "$(id -u)" -eq 0 ] && [ "$owner" != root ]; then
        (cd / && runuser -u "$owner" -- "$@")
    else
        "$@"
    fi
}

stop() {
    local data pid
    data=$(readlink -f "$dir/pg" || true) # the cluster itself when DIR/pg links to /tmp
    if [ -n "$data" ] && [ -f "$data/postmaster.pid" ]; then
        pid=$(head -n 1 "$data/postmaster.pid")
        if ! as_owner "$data" "$bindir/pg_ctl" stop -D "$data" -m immediate -s &&
            [ "$(ps -o comm= -p "$pid" 2>/dev/null)" = postgres ]; then
            kill -QUIT "$pid" 2>/dev/null || true # what pg_ctl's immediate mode sends
        fi
        for _ in $(seq 1 20); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.5
        done
    fi
    if [ -L "$dir/pg" ]; then
        rm -rf "$data"
    fi
    rm -rf "$dir/pg" "$dir/ca.crt" "$dir/postgres.env"
}

if [ "$cmd" = stop ]; then
    [ -d "$dir" ] && dir=$(cd "$dir" && pwd)
    stop
    exit 0
fi
[ "$cmd" = start ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }
[ -x "$bindir/initdb" ] || {
    echo "no PostgreSQL server under /usr/lib/postgresql (scripts/install-deps.sh --tests)" >&2
    exit 1
}

mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
stop >/dev/null 2>&1 || true
log="$dir/postgres-env.log"
: >"$log"
: >"$dir/postgres.log"
user=$(id -un)
if [ "$(id -u)" -eq 0 ]; then
    user=postgres
    id "$user" >/dev/null 2>&1 || {
        echo "no postgres system user (Debian's postgresql package makes it)" >&2
        exit 1
    }
fi
# Runs a command as the server's user.
as_server() {
    if [ "$user" != "$(id -un)" ]; then
        (cd / && runuser -u "$user" -- "$@")
    else
        "$@"
    fi
}
own=()
[ "$user" != "$(id -un)" ] && own=(-o "$user" -g "$(id -gn "$user")")

# 1. The cluster's directory: DIR/pg, or one in /tmp that DIR/pg links to (see above). A Unix
#    socket's path has at most 107 bytes: DIR/pg/.s.PGSQL.PORT must fit.
data="$dir/pg"
if ! as_server test -x "$dir" || [ ${#data} -gt 90 ]; then
    data=$(mktemp -d /tmp/pressdesk-pg.XXXXXX)
    ln -s "$data" "$dir/pg"
fi
install -d -m 700 "${own[@]}" "$data"

# Where the password file and the CA's key live for the moment start takes.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ "$user" != "$(id -un)" ] && chown "$user" "$work"
password=$(openssl rand -hex 16)
printf '%s\n' "$password" >"$work/password"
[ "$user" != "$(id -un)" ] && chown "$user" "$work/password"
as_server "$bindir/initdb" -D "$data" --username="$admin" --pwfile="$work/password" \
    --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 --no-sync >>"$log" 2>&1 ||
    { echo "initdb failed; see $log" >&2; exit 1; }

# 2. TLS: a private CA and the server's certificate for localhost and 127.0.0.1, signed by it.
{
    openssl req -x509 -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 3650 \
        -subj "/CN=PressDesk test CA" -keyout "$work/ca.key" -out "$work/ca.crt" \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
    openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
        -subj "/CN=localhost" -keyout "$work/server.key" -out "$work/server.csr"
    printf '%s\n' "subjectAltName=DNS:localhost,IP:127.0.0.1" "basicConstraints=CA:FALSE" \
        "keyUsage=critical,digitalSignature,keyEncipherment" "extendedKeyUsage=serverAuth" \
        >"$work/server.ext"
    openssl x509 -req -in "$work/server.csr" -CA "$work/ca.crt" -CAkey "$work/ca.key" \
        -CAcreateserial -days 3650 -extfile "$work/server.ext" -out "$work/server.crt"
} >>"$log" 2>&1 || { echo "openssl failed; see $log" >&2; exit 1; }
install -m 644 "$work/ca.crt" "$dir/ca.crt"
install -m 644 "${own[@]}" "$work/server.crt" "$data/server.crt"
install -m 600 "${own[@]}" "$work/server.key" "$data/server.key"

# 3. Configuration: loopback only, a free port, TLS, SCRAM passwords everywhere.
port=55432
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    port=$((port + 1))
done
cat >>"$data/postgresql.conf" <<CONF

# Written by PressDesk's scripts/postgres-test-env.sh for the integration tests.
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$data'
max_connections = 200
password_encryption = scram-sha-256
ssl = on
ssl_cert_file = 'server.crt'
ssl_key_file = 'server.key'
# A throwaway cluster: no crash safety needed, and the tests run faster without it.
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
cat >"$data/pg_hba.conf" <<HBA
# Written by PressDesk's scripts/postgres-test-env.sh: passwords (SCRAM) for every login, over
# TLS (hostssl) or not (host: a client may choose sslmode=disable), and on the Unix socket.
# TYPE   DATABASE USER ADDRESS       METHOD
local    all      all                scram-sha-256
hostssl  all      all  127.0.0.1/32  scram-sha-256
host     all      all  127.0.0.1/32  scram-sha-256
HBA

# 4. Start, and wait until it answers. pg_ctl waits up to 30 s for the server to be ready and
# returns at once when it ends (its port taken meanwhile, say). The server inherits this
# script's log file as its output (not through pg_ctl -l, which the server's user might not be
# allowed to open).
as_server "$bindir/pg_ctl" start -w -t 30 -D "$data" >>"$dir/postgres.log" 2>&1 ||
    { echo "PostgreSQL did not start; see $dir/postgres.log" >&2; exit 1; }
ready=""
for _ in $(seq 1 60); do
    if "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" -t 1; then
        ready=1
        break
    fi
    sleep 0.5
done
[ -n "$ready" ] || { echo "PostgreSQL did not start; see $dir/postgres.log" >&2; exit 1; }
# The admin logs in over TLS, the server's certificate verified against the CA.
PGPASSWORD="$password" "$bindir/psql" -X -q -At -c "SELECT 1" \
    "host=127.0.0.1 port=$port user=$admin dbname=postgres sslmode=verify-full
     sslrootcert='$dir/ca.crt'" >>"$log" 2>&1 ||
    { echo "cannot log in to PostgreSQL as $admin; see $log" >&2; exit 1; }

cat >"$dir/postgres.env" <<ENV
export PRESSDESK_TEST_PG_HOST=127.0.0.1
export PRESSDESK_TEST_PG_PORT=$port
export PRESSDESK_TEST_PG_ADMIN_USER=$admin
export PRESSDESK_TEST_PG_ADMIN_PASSWORD='$password'
export PRESSDESK_TEST_PG_CA='$dir/ca.crt'
export PRESSDESK_TEST_PG_ADMIN_URL=postgresql://$admin@127.0.0.1:$port/postgres
ENV
cat "$dir/postgres.env"
