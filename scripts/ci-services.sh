# Sourced by .ci/run: makes Redis (127.0.0.1:6379) and PostgreSQL (127.0.0.1:5432)
# available for the queue tests, or says why not. Never fails the run.

ci_redis() {
  if redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then return 0; fi
  if ! command -v redis-server >/dev/null 2>&1; then
    (apt-get update -qq && apt-get install -y -qq redis-server) >/dev/null 2>&1 || true
  fi
  if command -v redis-server >/dev/null 2>&1; then
    redis-server --bind 127.0.0.1 --port 6379 --daemonize yes --save '' --appendonly no >/dev/null 2>&1 || true
    for _ in 1 2 3 4 5 6 7 8 9 10; do
      redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && return 0
      sleep 0.5
    done
  fi
  echo "ci: no Redis on 127.0.0.1:6379 (not installed and could not be installed or started); the queue tests will skip"
}

ci_postgres() {
  if pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then return 0; fi
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    (apt-get update -qq && apt-get install -y -qq postgresql) >/dev/null 2>&1 || true
  fi
  if command -v pg_lsclusters >/dev/null 2>&1; then
    # Start every installed cluster (Debian's layout); the first is on 5432.
    pg_lsclusters -h 2>/dev/null | while read -r ver name _; do pg_ctlcluster "$ver" "$name" start >/dev/null 2>&1 || true; done
    for _ in 1 2 3 4 5 6 7 8 9 10; do
      pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null && break
      sleep 0.5
    done
  fi
  if pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
    ci_postgres_login
    return 0
  fi
  echo "ci: no PostgreSQL on 127.0.0.1:5432 (not installed and could not be installed or started); PostgreSQL and queue tests will skip"
}

# The tests connect to postgres://127.0.0.1:5432/test ($DYADWATCH_TEST_PG). A
# fresh Debian install asks TCP clients for a password: then give the
# postgres role a password for this run and hand the tests a URL with it.
ci_postgres_login() {
  local url="${DYADWATCH_TEST_PG:-postgres://127.0.0.1:5432/test}"
  psql "$url" -qtc 'SELECT 1' >/dev/null 2>&1 && return 0
  command -v runuser >/dev/null 2>&1 || { echo "ci: cannot log in to PostgreSQL at $url; PostgreSQL and queue tests will skip"; return 0; }
  local pw="ci$RANDOM$RANDOM"
  runuser -u postgres -- psql -qc "ALTER ROLE postgres PASSWORD '$pw'" >/dev/null 2>&1 || true
  runuser -u postgres -- psql -qtc "SELECT 1 FROM pg_database WHERE datname = 'test'" 2>/dev/null | grep -q 1 ||
    runuser -u postgres -- createdb test >/dev/null 2>&1 || true
  if psql "postgres://postgres:$pw@127.0.0.1:5432/test" -qtc 'SELECT 1' >/dev/null 2>&1; then
    export DYADWATCH_TEST_PG="postgres://postgres:$pw@127.0.0.1:5432/test"
  else
    echo "ci: cannot log in to PostgreSQL at $url; PostgreSQL and queue tests will skip"
  fi
}

ci_redis
ci_postgres
