#!/usr/bin/env bash
# Start (or stop) a private Virtuoso open-source instance on loopback for the
# store checks: its own database folder, SQL port and HTTP port, nothing
# shared with a system-wide Virtuoso.
#   tests/stores/virtuoso.sh start DIR SQL_PORT HTTP_PORT
#   tests/stores/virtuoso.sh stop DIR SQL_PORT
set -euo pipefail
cmd=$1 dir=$2 sql_port=$3
case "$cmd" in
start)
    http_port=$4
    mkdir -p "$dir/db" "$dir/load"
    dir=$(cd "$dir" && pwd)
    cat > "$dir/virtuoso.ini" <<INI
[Database]
DatabaseFile    = $dir/db/virtuoso.db
ErrorLogFile    = $dir/db/virtuoso.log
LockFile        = $dir/db/virtuoso.lck
TransactionFile = $dir/db/virtuoso.trx
xa_persistent_file = $dir/db/virtuoso.pxa
ErrorLogLevel   = 7
FileExtend      = 200
Striping        = 0
TempStorage     = TempDatabase
[TempDatabase]
DatabaseFile    = $dir/db/virtuoso-temp.db
TransactionFile = $dir/db/virtuoso-temp.trx
Striping        = 0
[Parameters]
ServerPort           = 127.0.0.1:$sql_port
DisableUnixSocket    = 1
MaxClientConnections = 10
CheckpointInterval   = 60
CaseMode             = 2
DirsAllowed          = ., $dir/load, /usr/share/virtuoso-opensource-7/vad
NumberOfBuffers      = 20000
MaxDirtyBuffers      = 15000
ThreadsPerQuery      = 2
[HTTPServer]
ServerPort           = 127.0.0.1:$http_port
ServerRoot           = /var/lib/virtuoso-opensource-7/vsp
MaxClientConnections = 10
ServerThreads        = 10
Charset              = UTF-8
EnabledGzipContent   = 0
[SPARQL]
ResultSetMaxRows           = 1000000
MaxQueryExecutionTime      = 120
MaxQueryCostEstimationTime = 400
INI
    (cd "$dir/db" && virtuoso-t +configfile "$dir/virtuoso.ini" +wait) >"$dir/start.log" 2>&1
    for _ in $(seq 1 120); do
        if isql-vt "127.0.0.1:$sql_port" dba dba exec="select 1;" >/dev/null 2>&1 &&
            curl -sf "http://127.0.0.1:$http_port/sparql?query=ASK%7B%7D" >/dev/null 2>&1; then
            exit 0
        fi
        sleep 1
    done
    echo "Virtuoso did not start; see $dir/db/virtuoso.log" >&2
    tail -20 "$dir/db/virtuoso.log" >&2 || true
    exit 1
    ;;
stop)
    isql-vt "127.0.0.1:$sql_port" dba dba exec="shutdown;" >/dev/null 2>&1 || true
    ;;
esac
