#!/bin/bash
# The cluster step of CI (.ci/run calls it after mvn install): builds and tests the cluster module, starts a real
# standalone Spark master and one worker bound to 127.0.0.1, submits the default depth-sweep with spark-submit,
# kills the worker's executor once mid-sweep, resumes, compares the tables with the local runner's (timing columns
# dropped), runs a quick sweep in cluster deploy mode, and stops the cluster.
#
#     bash cluster/ci-cluster.sh [LOCAL_RESULTS]
#
# LOCAL_RESULTS is a local run of the default depth-sweep to compare with (default: results/depth-sweep, which the
# README's main job writes); without one, it is made here. Everything else lands in cluster/target/ci.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD
local_results=${1:-$root/results/depth-sweep}
work=$root/cluster/target/ci
maven=(mvn -B)
[ -n "${MAVEN_REPO:-}" ] && maven+=("-Dmaven.repo.local=$MAVEN_REPO")
started=$(date +%s)
say() { printf '[cluster %3ds] %s\n' $(( $(date +%s) - started )) "$*"; }

say "building and testing the cluster module (mvn -Pcluster -pl cluster/spark-home,cluster install)"
[ -n "${SKIP_BUILD:-}" ] || "${maven[@]}" -q -Pcluster -pl cluster/spark-home,cluster install
rm -rf "$work"
mkdir -p "$work"

# Nothing listens beyond loopback: the master, the worker, the driver and the executors all bind to 127.0.0.1.
export SPARK_LOCAL_IP=127.0.0.1
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
master_port=$(free_port)
master=spark://127.0.0.1:$master_port
pids=()
stop_cluster() {
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    pids=()
}
trap stop_cluster EXIT

wait_for() { # wait_for SECONDS WHAT COMMAND...: polls COMMAND until it succeeds
    local seconds=$1 what=$2
    shift 2
    for _ in $(seq $(( seconds * 5 ))); do
        "$@" && return 0
        sleep 0.2
    done
    echo "error: $what did not happen within $seconds s; logs in $work" >&2
    tail -n 20 "$work"/*.log >&2 || true
    exit 1
}

# The master's state as its web UI gives it (/json): the cores of its alive workers. (Its log is at WARN, by
# cluster/spark-home/conf, so it does not say when a worker registers.)
master_ui_port=$(free_port)
has_cores() {
    [ "$(python3 -c '
import json, sys, urllib.request
state = json.load(urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/json", timeout=2))
print(sum(w["cores"] for w in state["workers"] if w["state"] == "ALIVE"))' "$master_ui_port" 2>/dev/null)" = "$1" ]
}

start_worker() { # start_worker CORES: one worker of CORES cores, registered with the master
    cluster/bin/spark-class org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --port "$(free_port)" \
        --webui-port "$(free_port)" --cores "$1" --memory 6g --work-dir "$work/worker" "$master" \
        >> "$work/worker.log" 2>&1 &
    worker_pid=$!
    pids+=("$worker_pid")
    wait_for 60 "the worker's registration" has_cores "$1"
}

say "starting a standalone master at $master and a worker of 2 cores"
cluster/bin/spark-class org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$master_port" \
    --webui-port "$master_ui_port" > "$work/master.log" 2>&1 &
pids+=($!)
wait_for 60 "the master's start" has_cores 0
start_worker 2

submit() { # submit OUT [more -D settings] [-- spark-submit options]: depth-sweep into $work/results/OUT
    local out=$1
    shift
    local java_options="-Dresults.dir=$work/results -Dout=$out" spark_options=()
    while [ $# -gt 0 ] && [ "$1" != -- ]; do
        java_options+=" $1"
        shift
    done
    [ $# -gt 0 ] && shift && spark_options=("$@")
    cluster/bin/spark-submit --master "$master" --conf spark.driver.host=127.0.0.1 \
        --conf spark.driver.bindAddress=127.0.0.1 --conf spark.executor.memory=4g \
        --class org.backproplab.experiments.Main --driver-java-options "$java_options" \
        ${spark_options[@]+"${spark_options[@]}"} cluster/target/backprop-lab-cluster.jar depth-sweep
}

say "spark-submit depth-sweep (the main job's recipe) to $master; its executor is killed after 20 runs"
set +e
submit spark > "$work/first.out" 2> "$work/first.err" &
driver=$!
set -e
wait_for 240 "20 finished runs" grep -q '^\[ *20/' "$work/first.out"
executor=$(pgrep -P "$worker_pid" -f CoarseGrainedExecutorBackend | head -n 1)
[ -n "$executor" ] || { echo "error: no executor under worker $worker_pid" >&2; exit 1; }
kill -9 "$executor"
set +e
wait "$driver"
code=$?
set -e
cat "$work/first.err" >&2
if [ "$code" = 0 ]; then
    echo "error: the sweep whose executor was killed finished as if nothing happened (exit 0)" >&2
    exit 1
fi
if grep -qE '^\s+at |Exception:' <(grep -v '^error: ' "$work/first.err"); then
    echo "error: the killed sweep printed a stack trace beside its one line" >&2
    exit 1
fi
grep -q "failed on the cluster and was not retried" "$work/first.err" \
    || { echo "error: the killed run was not reported with its spec" >&2; exit 1; }
grep -q "Dresume=true continues from them" "$work/first.err" \
    || { echo "error: the finished runs were not kept for a resume" >&2; exit 1; }
kept=$(ls "$work/results/.spark.running/.runs" 2>/dev/null | grep -c '\.json$' || true)
say "the kill stopped the sweep (exit $code, one line on stderr); $kept finished runs kept; resuming"

submit spark -Dresume=true > "$work/resume.out" 2> "$work/resume.err" || { cat "$work/resume.err" >&2; exit 1; }
grep -q "^resuming: " "$work/resume.out" || { echo "error: the second attempt did not resume" >&2; exit 1; }
grep "^resuming: " "$work/resume.out"
[ -s "$work/resume.err" ] && { echo "error: the resumed sweep printed on stderr:" >&2; cat "$work/resume.err" >&2; exit 1; }

if [ ! -f "$local_results/runs.csv" ]; then
    say "no local run at $local_results: making one"
    "${maven[@]}" -q -pl experiments exec:java -Dexp=depth-sweep -Dresults.dir="$work/results" -Dout=local
    local_results=$work/results/local
fi
say "comparing the cluster's tables with the local runner's ($local_results), timing columns dropped"
python3 - "$local_results" "$work/results/spark" <<'EOF'
import csv, re, sys
for table in ("runs.csv", "summary.csv"):
    def rows(folder):
        with open(f"{folder}/{table}", newline="") as f:
            data = list(csv.reader(f))
        keep = [i for i, name in enumerate(data[0]) if not re.search(r"(_ms|_s|seconds|millis)$", name)]
        return [[row[i] for i in keep] for row in data]
    a, b = rows(sys.argv[1]), rows(sys.argv[2])
    if a != b:
        sys.exit(f"error: {table} differs between the local runner and the cluster")
    print(f"{table}: {len(a) - 1} rows, identical")
EOF
python3 - "$work/results/spark/manifest.json" <<'EOF'
import json, sys
m = json.load(open(sys.argv[1]))
r = m["runner"]
assert r["name"] == "spark" and r["master"].startswith("spark://") and r["executorJava"], r
print("manifest runner:", json.dumps(r))
EOF

say "a quick depth-sweep in cluster deploy mode (the driver runs on the worker)"
submit cluster-mode -Dquick=true -- --deploy-mode cluster --conf spark.standalone.submit.waitAppCompletion=true \
    --conf spark.driver.cores=1 --conf spark.driver.memory=1g > "$work/cluster-mode.out" 2>&1 \
    || { cat "$work/cluster-mode.out" >&2; exit 1; }
wait_for 120 "the cluster-mode driver's results" test -f "$work/results/cluster-mode/REPORT.md"
grep -c '' "$work/results/cluster-mode/runs.csv" | xargs -I{} echo "cluster-mode runs.csv: {} lines"

stop_cluster
say "done: the cluster step passed"
