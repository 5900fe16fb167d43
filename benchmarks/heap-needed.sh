#!/bin/sh
# The smallest -Xmx (in MB) with which one decode of a payload succeeds, found by bisection, for
# the domain (ConversationJson.decode of the bytes, and of a stream of the file) and for Jackson
# into the wire DTOs alone. Run from the repository root after
#   ./mvnw -B -ntp -pl benchmarks -am package -DskipTests
#
#   [BENCH=jar] [MODES="domain dto"] benchmarks/heap-needed.sh [SIZE] [EXTRA JVM OPTION ...]
#
# SIZE defaults to HUGE (4 MB); BENCH to this tree's benchmarks jar (another commit's jar gives
# a before/after pair; a jar older than the stream decoding has no domain-stream mode).
set -eu
SIZE=${1:-HUGE}
[ $# -gt 0 ] && shift
BENCH=${BENCH:-benchmarks/target/benchmarks.jar}
FILE=$(mktemp)
trap 'rm -f "$FILE"' EXIT INT TERM
BYTES=$(java -cp "$BENCH" dev.convai.benchmarks.HeapProbe write "$SIZE" "$FILE" | tr -d ',' | cut -d' ' -f1)
for mode in ${MODES:-domain domain-stream dto}; do
  low=1; high=256 # low fails (a JVM does not start with 1 MB), high must succeed
  java -Xmx${high}m "$@" -cp "$BENCH" dev.convai.benchmarks.HeapProbe decode "$mode" "$FILE" >/dev/null \
    || { echo "$mode: does not decode even with ${high} MB" >&2; exit 1; }
  while [ $((high - low)) -gt 1 ]; do
    mid=$(((low + high) / 2))
    if java -Xmx${mid}m "$@" -cp "$BENCH" dev.convai.benchmarks.HeapProbe decode "$mode" "$FILE" >/dev/null 2>&1; then
      high=$mid
    else
      low=$mid
    fi
  done
  echo "$SIZE ($BYTES bytes), $mode: smallest -Xmx ${high} MB = $(echo "scale=2; $high * 1048576 / $BYTES" | bc)x the payload"
done
