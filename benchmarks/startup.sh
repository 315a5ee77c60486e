#!/usr/bin/env bash
# Start-up: the whole `ogp validate` process on the fixture file, against ajv-cli validating the
# same file with the same schema (docs/plan.schema.json), wall time and peak resident memory
# over several runs, measured with GNU time. Writes startup.md and startup.properties into the
# results folder.
#
#   benchmarks/startup.sh [RUNS [RESULTS_DIR]]
#
# The first ogp row is the ./ogp launcher as a user runs it (which builds the jar if the sources
# changed, and makes its class-data sharing archive, both in the unmeasured first run); the
# others start ogp-cli/target/ogp.jar directly: with the launcher's JVM options but without the
# archive, to show what the archive saves, and with plain java -jar.
# ajv-cli is installed locally into benchmarks/node_modules with npm from package.json; where npm
# is missing or the install fails, the ajv rows are skipped with the reason.
set -euo pipefail

here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
root="$(dirname "$here")"
runs="${1:-10}"
out="${2:-$here/results}"
mkdir -p "$out"
plan="$root/examples/plans/az-ogp-nap-2016-2018.json"
schema="$root/docs/plan.schema.json"
jar="$root/ogp-cli/target/ogp.jar"
gnutime=/usr/bin/time

if [ ! -x "$gnutime" ]; then
  echo "startup: GNU time (/usr/bin/time) is missing; install it (apt-get install -y time)" >&2
  exit 2
fi
if [ ! -f "$jar" ]; then
  echo "startup: $jar is missing; building it (./mvnw -pl ogp-cli -am package -DskipTests)" >&2
  (cd "$root" && ./mvnw -B -q -pl ogp-cli -am package -DskipTests)
fi

ajv_skip=""
ajv="$here/node_modules/.bin/ajv"
if [ ! -x "$ajv" ]; then
  if command -v npm >/dev/null 2>&1; then
    if ! (cd "$here" && npm install --no-audit --no-fund >"$out/npm-install.log" 2>&1); then
      ajv_skip="npm install failed (see $out/npm-install.log)"
    fi
  else
    ajv_skip="npm is not installed"
  fi
fi
if [ -z "$ajv_skip" ] && [ ! -x "$ajv" ]; then
  ajv_skip="ajv-cli did not install"
fi
[ -n "$ajv_skip" ] && echo "startup: skipping ajv-cli: $ajv_skip" >&2

# The JVM options the launcher (./ogp) starts the jar with, besides its archive.
launcher_opts=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1)

# measure NAME EXPECTED_STATUS COMMAND...: runs the command RUNS times after one unmeasured run,
# and appends its median and range to the tables.
props="$out/startup.properties"
table="$out/startup.md"
: >"$props"
{
  echo "Each command validates \`examples/plans/az-ogp-nap-2016-2018.json\` ($(wc -c <"$plan") bytes)."
  echo "GNU time, $runs runs after one unmeasured run; median, with min - max."
  echo
  echo "| command | wall time | peak RSS | exit |"
  echo "|---|---:|---:|---:|"
} >"$table"
echo "runs=$runs" >>"$props"

measure() {
  local name="$1" label="$2"
  shift 2
  "$@" >/dev/null 2>&1 || true
  local walls=() rss=() status=0
  for ((i = 0; i < runs; i++)); do
    "$gnutime" -o "$out/.time" -f '%e %M %x' "$@" >/dev/null 2>&1 || true
    read -r w m status <"$out/.time"
    walls+=("$w")
    rss+=("$m")
  done
  local wsorted msorted
  wsorted=($(printf '%s\n' "${walls[@]}" | sort -g))
  msorted=($(printf '%s\n' "${rss[@]}" | sort -g))
  local mid=$((runs / 2))
  local wmed="${wsorted[$mid]}" mmed="${msorted[$mid]}"
  echo "$name.wall.median=$wmed" >>"$props"
  echo "$name.rss.median.kb=$mmed" >>"$props"
  printf '| %s | %s s (%s - %s) | %s MB (%s - %s) | %s |\n' "$label" "$wmed" "${wsorted[0]}" \
    "${wsorted[$((runs - 1))]}" "$((mmed / 1024))" "$((${msorted[0]} / 1024))" \
    "$((${msorted[$((runs - 1))]} / 1024))" "$status" >>"$table"
  echo "startup: $label: median $wmed s, $((mmed / 1024)) MB" >&2
}

measure ogp "\`./ogp validate\` (the launcher: $(printf '%s ' "${launcher_opts[@]}")and its class-data sharing archive)" \
  "$root/ogp" validate "$plan"
measure ogp.noarchive "\`ogp validate\` (java $(printf '%s ' "${launcher_opts[@]}")-jar ogp.jar: the launcher's options without the archive)" \
  java "${launcher_opts[@]}" -jar "$jar" validate "$plan"
measure ogp.plain "\`ogp validate\` (plain java -jar ogp.jar)" \
  java -jar "$jar" validate "$plan"
if [ -z "$ajv_skip" ]; then
  measure ajv "ajv-cli $(node -p 'require(process.argv[1]).version' "$here/node_modules/ajv-cli/package.json") (ajv $(node -p 'require(process.argv[1]).version' "$here/node_modules/ajv/package.json"), --spec=draft2020 -c ajv-formats)" \
    "$ajv" validate --spec=draft2020 -c ajv-formats -s "$schema" -d "$plan"
else
  echo "ajv.skipped=$ajv_skip" >>"$props"
  echo "| ajv-cli | skipped: $ajv_skip | | |" >>"$table"
fi
rm -f "$out/.time"
echo >>"$table"
echo "Java: $(java -version 2>&1 | head -1); Node: $(node --version 2>/dev/null || echo none)." >>"$table"
