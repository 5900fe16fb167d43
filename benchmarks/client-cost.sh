#!/bin/sh
# The client-cost comparison: our adapter, a bare Web Client loop decoding into the wire DTOs,
# the clients OpenAPI Generator makes from the documented spec (Vert.x 4 and JDK HttpClient) and
# the official JS SDK, each in a fresh process against one local PayloadServer, interleaved
# round by round so that every client sees the same machine. Run from the repository root after
#   ./mvnw -B -ntp -pl benchmarks -am package -DskipTests
#   ./mvnw -B -ntp -Pgenerated-clients -pl benchmarks-generated package
# The JS SDK runs only when JS_SDK_DIR names a folder where `npm install @elevenlabs/elevenlabs-js`
# was run; otherwise its rows say why they were skipped. The client adapter-before runs the
# adapter from BEFORE_JAR, a benchmarks jar built at an earlier commit, for before/after pairs.
#
#   [CLIENTS="adapter bare-dto ..."] benchmarks/client-cost.sh [ROUNDS] [WARM_CALLS] [COLD_CALLS]
#
# A warm run makes WARM_CALLS calls unmeasured, then WARM_CALLS measured; a cold run measures the
# first call of the fresh process, then COLD_CALLS calls at concurrency 32 with no warm-up.
set -eu
ROUNDS=${1:-5}
WARM_CALLS=${2:-1000}
COLD_CALLS=${3:-320}
BENCH=benchmarks/target/benchmarks.jar
GEN=benchmarks-generated/target/generated-clients.jar
for jar in "$BENCH" "$GEN"; do
  [ -f "$jar" ] || { echo "missing $jar: build it first (see the top of this script)" >&2; exit 2; }
done
WORK=$(mktemp -d)
SERVERS=""
cleanup() { for pid in $SERVERS; do kill "$pid" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

serve() { # SIZE; then "$WORK/SIZE" holds "host:port id"
  java -Xmx256m -cp "$BENCH" dev.convai.benchmarks.PayloadServer "$1" "$WORK/$1" >"$WORK/$1.log" 2>&1 &
  SERVERS="$SERVERS $!"
  while [ ! -s "$WORK/$1" ]; do sleep 0.2; done
}

client() { # NAME ADDRESS ID warm|cold CALLS CONCURRENCY
  name=$1; shift
  case $name in
    adapter|adapter-direct|bare-dto|bare-domain)
      java -Dwarmup="$WARM_CALLS" -cp "$BENCH" dev.convai.benchmarks.ClientCostRun "$name" "$@" 2>&1 | grep -E 'calls/s|Caused by' | tail -n 1 ;;
    adapter-before) # the same run from a benchmarks jar built at an earlier commit
      java -Dwarmup="$WARM_CALLS" -cp "$BEFORE_JAR" dev.convai.benchmarks.ClientCostRun adapter "$@" 2>&1 | grep -E 'calls/s|Caused by' | tail -n 1 | sed 's/^adapter    /adapter-bef/' ;;
    gen-vertx) java -Dwarmup="$WARM_CALLS" -jar "$GEN" vertx "$@" 2>&1 | grep -E 'calls/s|Caused by' | tail -n 1 | sed 's/^Caused by/gen-vertx   failed: /' ;;
    gen-jdk) java -Dwarmup="$WARM_CALLS" -jar "$GEN" jdk "$@" 2>&1 | grep -E 'calls/s|Caused by' | tail -n 1 | sed 's/^Caused by/gen-jdk     failed: /' ;;
    js-sdk)
      if ! command -v node >/dev/null 2>&1; then echo "js-sdk skipped: node is not installed";
      elif [ -z "${JS_SDK_DIR:-}" ]; then echo "js-sdk skipped: JS_SDK_DIR is not set (npm install @elevenlabs/elevenlabs-js into a scratch folder and name it)";
      else WARMUP_CALLS="$WARM_CALLS" node benchmarks/js-sdk/client-cost.mjs "$JS_SDK_DIR" "$@" 2>&1 | grep -E 'calls/s|skipped|^[A-Za-z]*Error:' | head -n 1 | sed 's/^\([A-Za-z]*Error:\)/js-sdk      failed: \1/'; fi ;;
  esac
}

CLIENTS=${CLIENTS:-adapter bare-dto gen-vertx gen-jdk js-sdk}
case " $CLIENTS " in *" adapter-before "*) [ -f "${BEFORE_JAR:-}" ] || { echo "adapter-before needs BEFORE_JAR, a benchmarks jar" >&2; exit 2; } ;; esac
serve COMPATIBLE
serve TYPICAL
read -r COMPAT COMPAT_ID <"$WORK/COMPATIBLE"
read -r TYPICAL TYPICAL_ID <"$WORK/TYPICAL"
echo "$(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -n 1), node $(node --version 2>/dev/null || echo none)"
echo "== on the 27 KB TYPICAL payload (one cold process each, 10 calls)"
for c in $CLIENTS; do client "$c" "$TYPICAL" "$TYPICAL_ID" cold 10 1; done
for round in $(seq "$ROUNDS"); do
  echo "== round $round of $ROUNDS on the 15 KB COMPATIBLE payload, load $(cut -d' ' -f1-3 /proc/loadavg)"
  for c in $CLIENTS; do client "$c" "$COMPAT" "$COMPAT_ID" warm "$WARM_CALLS" 1; done
  for c in $CLIENTS; do client "$c" "$COMPAT" "$COMPAT_ID" warm "$WARM_CALLS" 32; done
  for c in $CLIENTS; do client "$c" "$COMPAT" "$COMPAT_ID" cold "$COLD_CALLS" 32; done
done
