#!/usr/bin/env bash
# Load benchmark: time and peak memory of `newsreader articles --json` on the
# CLICK-ID corpus at three sizes, so that the growth can be compared in one run.
# Usage: scripts/bench-load.sh [corpus.jsonl.gz]   (default ../shared/corpora/click-id.jsonl.gz)
# Needs /usr/bin/time (Debian package "time"). Nothing here is a test.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpora/click-id.jsonl.gz}
[ -f "$corpus" ] || { echo "bench-load: no corpus at $corpus" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench-load: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
swift build -c release --product newsreader >/dev/null
bin=.build/release/newsreader
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
zcat "$corpus" > "$work/all.jsonl"
total=$(wc -l < "$work/all.jsonl")
printf '%-8s %10s %12s %14s\n' articles seconds peak_MiB articles/s
for n in 5000 10000 "$total"; do
  head -n "$n" "$work/all.jsonl" > "$work/part.jsonl"
  /usr/bin/time -f '%e %M' -o "$work/time" "$bin" articles --json -q "$work/part.jsonl" > /dev/null
  read -r secs kib < "$work/time"
  awk -v n="$n" -v s="$secs" -v k="$kib" 'BEGIN { printf "%-8d %10.2f %12.0f %14.0f\n", n, s, k/1024, n/s }'
done
