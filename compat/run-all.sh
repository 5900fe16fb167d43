#!/usr/bin/env bash
# Runs every compatibility scenario (or those named as arguments) against the library as built
# from this checkout: installs it into a local repository of its own, then runs `mvn verify` in
# each compat/<scenario>/ project against that repository. Exit status 0 only if all pass.
#
#   compat/run-all.sh                       # every scenario
#   compat/run-all.sh plain quarkus-3.33    # some of them
#
# CONVAI_COMPAT_REPOSITORY  where the library is installed and what the scenarios download is kept
#                           (default: ~/.m2/convai-compat-repository); the library's own
#                           artifacts there are deleted and installed afresh on every run.
# CONVAI_COMPAT_TAIL        a local repository read as a fallback, never written
#                           (default: ~/.m2/repository, the usual one).
set -euo pipefail
cd "$(dirname "$0")/.."

all=(plain bom-only spring-boot-3.5 spring-boot-3.5-webflux spring-boot-4.0 quarkus-3.33)
scenarios=("${@:-${all[@]}}")
for scenario in "${scenarios[@]}"; do
  [[ -f "compat/$scenario/pom.xml" ]] || { echo "no scenario compat/$scenario" >&2; exit 2; }
done

export HOME="${HOME:-$(getent passwd "$(id -u)" | cut -d: -f6)}"
home="$HOME"
repository="${CONVAI_COMPAT_REPOSITORY:-$home/.m2/convai-compat-repository}"
tail_repository="${CONVAI_COMPAT_TAIL:-$home/.m2/repository}"
logs="compat/target/logs"
mkdir -p "$repository" "$logs"
maven=(./mvnw -B -ntp "-Dmaven.repo.local=$repository" "-Dmaven.repo.local.tail=$tail_repository")

start=$SECONDS
echo "compat: installing the library into $repository"
rm -rf "$repository/dev/convai"
if ! "${maven[@]}" install -DskipTests >"$logs/install.log" 2>&1; then
  tail -n 40 "$logs/install.log" >&2
  echo "compat: the library did not install; see $logs/install.log" >&2
  exit 1
fi
echo "compat: installed in $((SECONDS - start)) s"

passed=0
failed=0
failures=()
for scenario in "${scenarios[@]}"; do
  began=$SECONDS
  if "${maven[@]}" -f "compat/$scenario/pom.xml" clean verify >"$logs/$scenario.log" 2>&1; then
    passed=$((passed + 1))
    outcome=passed
  else
    failed=$((failed + 1))
    failures+=("$scenario")
    outcome=FAILED
  fi
  tests=$(grep -E '^\[(INFO|ERROR|WARNING)\] Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$' "$logs/$scenario.log" | tail -n 1 | sed 's/^\[[A-Z]*\] //')
  echo "compat: $scenario $outcome in $((SECONDS - began)) s (${tests:-no test summary}); log $logs/$scenario.log"
  if [[ $outcome == FAILED ]]; then
    grep -E '^\[ERROR\]' "$logs/$scenario.log" | head -n 30 >&2 || true
  fi
done

echo "compat: all scenarios took $((SECONDS - start)) s"
if ((failed > 0)); then
  echo "compat: failed: ${failures[*]}" >&2
fi
echo "compat: $passed passed, $failed failed"
((failed == 0))
