#!/usr/bin/env bash
# Issue 17: how long the HTML report of a synthetic plan takes to open in headless Chromium
# (/usr/bin/chromium and /usr/bin/chromedriver, the browser tests' flags). For each size it writes
# the report of the synthetic plan of that many measures to a file and opens it in a fresh
# browser RUNS times, printing each run's times from the start of the navigation (end of the load
# event, first paint, first contentful paint, first frame after the load event) and the medians.
#
#   benchmarks/report-open.sh [--no-build] [RUNS [TIMEOUT_SECONDS [SIZE...]]]
#
# Defaults: 5 runs, a timeout of 300 s per page load, sizes 1000 10000 100000. The pages and
# browser profiles go to benchmarks/target/report-open/. Without --no-build, the benchmarks jar is
# built first as run.sh builds it.
set -euo pipefail

here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
root="$(dirname "$here")"
build=1
if [ "${1:-}" = --no-build ]; then
  build=0
  shift
fi
runs="${1:-5}"
timeout="${2:-300}"
shift 2 2>/dev/null || shift $#
sizes=("$@")
if [ ${#sizes[@]} -eq 0 ]; then
  sizes=(1000 10000 100000)
fi
for f in /usr/bin/chromium /usr/bin/chromedriver; do
  if [ ! -x "$f" ]; then
    echo "report-open.sh: $f is missing (Debian: apt-get install chromium chromium-driver)" >&2
    exit 2
  fi
done

jar="$here/target/benchmarks.jar"
if [ "$build" = 1 ]; then
  echo "report-open.sh: building the benchmarks jar from this tree" >&2
  (cd "$root" && ./mvnw -B -q -pl benchmarks -am package -DskipTests \
      -Dmaven.javadoc.skip=true -Dmaven.source.skip=true)
fi
if [ ! -f "$jar" ]; then
  echo "report-open.sh: $jar is missing; run without --no-build" >&2
  exit 2
fi

echo "report-open.sh: $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)," \
  "$(/usr/bin/chromium --version 2>/dev/null | head -1)" >&2
java -Xmx4g -Dlog4j2.statusLoggerLevel=OFF -cp "$jar" io.github.ogpkit.benchmarks.ReportOpen \
  "$here/target/report-open" "$runs" "$timeout" "${sizes[@]}"
