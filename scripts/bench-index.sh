#!/usr/bin/env bash
# Benchmarks of the persistent search index, printed as one markdown table
# (| measure | corpus | result | target |), with newsboat measured in the same run.
#
#   scripts/bench-index.sh [--corpus PATH] [--work DIR] [--skip-scale] [--no-peer]
#                          [--no-build] [--runs N] [--articles N] [--query Q]
#
#   --corpus PATH  base corpus (default /work/shared/corpora/click-id.jsonl.gz)
#   --work DIR     scratch folder, kept between runs (default /tmp/newsreader-bench);
#                  the scale corpus, its RSS feeds and newsboat's cache are reused
#                  while the generator, the base corpus and the options are unchanged
#   --skip-scale   no 100k corpus: open, update and the newsboat peer run on the
#                  base corpus instead
#   --no-peer      leave newsboat out
#   --no-build     use .build/release as it is (default: swift build -c release first)
#   --runs N       repetitions of the short measures, median reported (default 5)
#   --articles N   size of the scale corpus (default 100000)
#   --query Q      query of the end-to-end search (default "revisi UU KPK")
#   --bin DIR      where newsreader and newsreader-bench are (default .build/release;
#                  implies --no-build)
#
# What is measured (logs of every command in WORK/logs):
#   build   `newsreader index --index IDX CORPUS` from nothing: wall time, peak
#           resident memory (/usr/bin/time), size of the index files
#   scale   the same on the corpus made by scripts/make-scale-corpus.py
#   open    `newsreader --index IDX --exit-after-first-frame CORPUS` in a 160x50
#           tmux pane, timed from inside the pane (date before and after)
#   search  `newsreader search Q CORPUS --index IDX`, process start to exit
#   update  the index is built over BIG + extra.jsonl (10 articles); then one line
#           is appended to extra.jsonl and `newsreader index --index IDX BIG
#           extra.jsonl` is timed (repeated --runs times, one new article each)
#   query   `newsreader-bench search CORPUS --index IDX`: its median query time,
#           twice: a first run from disk, a second with the index in memory
#   peer    scripts/newsboat-peer.sh over the same articles as RSS: cache filled
#           once with `newsboat -x reload`, then the time from launch in a tmux
#           pane to the feed list on screen (capture-pane polled every 20 ms, then
#           `q`), and `newsboat -x print-unread` (start to exit) as a second measure
# Needs: /usr/bin/time (package time), tmux, python3, newsboat for the peer
# (apt-get install -y newsboat). Run it on a quiet machine; nothing here is a test.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
corpus=/work/shared/corpora/click-id.jsonl.gz
work=/tmp/newsreader-bench
skip_scale=0 peer=1 build=1 runs=5 articles=100000 query="revisi UU KPK" bindir=""
while [ $# -gt 0 ]; do
  case $1 in
    --corpus) corpus=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --skip-scale) skip_scale=1; shift ;;
    --no-peer) peer=0; shift ;;
    --no-build) build=0; shift ;;
    --runs) runs=$2; shift 2 ;;
    --articles) articles=$2; shift 2 ;;
    --query) query=$2; shift 2 ;;
    --bin) bindir=$2; build=0; shift 2 ;;
    -h|--help) sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench-index: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ -f "$corpus" ] || { echo "bench-index: no corpus at $corpus" >&2; exit 1; }
for tool in /usr/bin/time tmux python3; do
  command -v "$tool" >/dev/null || { echo "bench-index: needs $tool" >&2; exit 1; }
done
corpus=$(cd "$(dirname "$corpus")" && pwd)/$(basename "$corpus")
mkdir -p "$work/logs"
work=$(cd "$work" && pwd)
logs=$work/logs
export LANG=C.UTF-8 LC_ALL=C.UTF-8
bindir=$(cd "${bindir:-$root/.build/release}" 2>/dev/null && pwd) || { echo "bench-index: no folder $bindir" >&2; exit 1; }
bin=$bindir/newsreader
bench=$bindir/newsreader-bench
sock=newsreader-bench-$$
trap 'tmux -L "$sock" kill-server 2>/dev/null' EXIT

say() { echo "bench-index: $*" >&2; }

if [ "$build" = 1 ]; then
  say "swift build -c release"
  (cd "$root" && swift build -c release --product newsreader >"$logs/build.log" 2>&1 \
    && swift build -c release --product newsreader-bench >>"$logs/build.log" 2>&1) \
    || { echo "bench-index: swift build failed, see $logs/build.log" >&2; exit 1; }
fi
[ -x "$bin" ] || { echo "bench-index: no $bin (build it, or drop --no-build)" >&2; exit 1; }

# ---------------------------------------------------------------- helpers

rows=()
row() { rows+=("| $1 | $2 | $3 | $4 |"); }

# Seconds between two `date +%s.%N` stamps.
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.4f", b - a }'; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) exit 1; if (NR % 2) print v[(NR + 1) / 2]; else printf "%.4f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
range() { sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { if (NR) printf "%s %s", lo, hi }'; }
secs() { awk -v s="$1" 'BEGIN { if (s < 1) printf "%.0f ms", s * 1000; else if (s < 100) printf "%.2f s", s; else printf "%.0f s", s }'; }
mib() { awk -v k="$1" 'BEGIN { if (k >= 1048576) printf "%.2f GiB", k / 1048576; else printf "%.0f MiB", k / 1024 }'; }
bytes() { awk -v b="$1" 'BEGIN { if (b >= 1073741824) printf "%.2f GiB", b / 1073741824; else printf "%.1f MiB", b / 1048576 }'; }
thousands() { echo "$1" | sed ':a; s/\B[0-9]\{3\}\>/,&/; ta'; }
# "met" or "MISSED": is $1 at most $2?
verdict() { awk -v v="$1" -v l="$2" 'BEGIN { print (v <= l ? "met" : "MISSED") }'; }
# Size of an SQLite file with its journal or WAL, in bytes.
index_bytes() { local total=0 f; for f in "$1" "$1-wal" "$1-journal"; do [ -f "$f" ] && total=$((total + $(stat -c %s "$f"))); done; echo "$total"; }

# Why a step failed: its exit status and the first line of its error output.
why() {
  local name=$1 rc=$2 line
  line=$(grep -v '^[[:space:]]*$' "$logs/$name.err" 2>/dev/null | head -n 1 | cut -c 1-100 | tr '|' '/')
  [ -n "$line" ] || line=$(grep -v '^[[:space:]]*$' "$logs/$name.out" 2>/dev/null | tail -n 1 | cut -c 1-100 | tr '|' '/')
  if [ "$rc" = 124 ]; then echo "failed: timed out (log $name)"; else echo "failed (exit $rc: ${line:-no message}; log $name)"; fi
}

# timed NAME LIMIT CMD...: runs CMD with its output in logs/NAME.{out,err}; sets
# WALL (seconds, from date stamps), PEAK (KiB, from /usr/bin/time) and RC.
timed() {
  local name=$1 limit=$2; shift 2
  echo "$*" > "$logs/$name.cmd"
  local t0 t1
  t0=$(date +%s.%N)
  /usr/bin/time -f '%M' -o "$logs/$name.time" timeout "$limit" "$@" >"$logs/$name.out" 2>"$logs/$name.err"
  RC=$?
  t1=$(date +%s.%N)
  WALL=$(elapsed "$t0" "$t1")
  PEAK=$(grep -E '^[0-9]+$' "$logs/$name.time" | tail -n 1)
  PEAK=${PEAK:-0}
  # /usr/bin/time reports a killed or failing child on an extra line; keep RC as the child's.
  return 0
}

# What the binary supports (the index is being added; a missing feature is named in the table).
has_index=0; has_search_index=0; has_read_index=0
grep -qE '^ +index( |$)' <<<"$("$bin" help 2>&1)" && has_index=1
grep -q -- '--index' <<<"$("$bin" help search 2>&1)" && has_search_index=1
grep -q -- '--index' <<<"$("$bin" help read 2>&1)" && has_read_index=1
missing() { [ "$1" = 1 ] || echo "; \`$2\` missing in this binary"; }

count_articles() { python3 -c 'import gzip,sys; p=sys.argv[1]; f=(gzip.open if p.endswith(".gz") else open)(p,"rb"); print(sum(1 for l in f if l.strip()))' "$1"; }
base_count=$(count_articles "$corpus")
case $(basename "$corpus") in
  click-id.jsonl.gz) base_label="CLICK-ID ($(thousands "$base_count"))" ;;
  *) base_label="$(basename "$corpus") ($(thousands "$base_count"))" ;;
esac

# ---------------------------------------------------------------- build (base corpus)

idx_base=$work/base.idx
rm -f "$idx_base" "$idx_base-wal" "$idx_base-shm" "$idx_base-journal"
say "build: index of $base_label from nothing"
timed build-base 3600 "$bin" index --index "$idx_base" "$corpus"
if [ "$RC" = 0 ]; then
  row "build: wall time" "$base_label" "$(secs "$WALL")" "≤ 45 s: $(verdict "$WALL" 45)"
  row "build: peak memory" "$base_label" "$(mib "$PEAK")" "—"
  row "build: index size" "$base_label" "$(bytes "$(index_bytes "$idx_base")")" "—"
else
  row "build" "$base_label" "$(why build-base "$RC")$(missing $has_index 'newsreader index')" "≤ 45 s"
fi

# ---------------------------------------------------------------- scale corpus

if [ "$skip_scale" = 1 ]; then
  big=$corpus big_label=$base_label idx_big=$idx_base big_built=$([ "$RC" = 0 ] && echo 1 || echo 0)
  rss_dir=$work/rss-base rss_corpus=$work/base-copy.jsonl.gz rss_articles=$base_count
else
  tag=$((articles / 1000))k
  big=$work/scale-$tag.jsonl.gz big_label="scale-$tag ($(thousands "$articles"))"
  idx_big=$work/scale-$tag.idx
  rss_dir=$work/rss-$tag rss_corpus=$big rss_articles=$articles
fi

# The generator runs when its output is missing or was made from other inputs.
generate() {
  local out=$1 count=$2 dir=$3 stamp key
  stamp=$out.stamp
  key="$(sha256sum "$here/make-scale-corpus.py" | cut -c 1-16) $corpus $(stat -c '%s %Y' "$corpus") $count seed=1 rss=$dir"
  if [ -f "$out" ] && [ -f "$dir/urls" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$key" ]; then
    say "reusing $out and $dir"
    GEN=reused
    return 0
  fi
  say "make-scale-corpus: $count articles into $out (and RSS into $dir)"
  rm -f "$stamp"
  timed generate 3600 python3 "$here/make-scale-corpus.py" "$corpus" "$out" --articles "$count" --seed 1 --rss-dir "$dir"
  [ "$RC" = 0 ] || return 1
  echo "$key" > "$stamp"
  GEN=$WALL
}

if [ "$skip_scale" = 0 ]; then
  if generate "$big" "$articles" "$rss_dir"; then
    [ "$GEN" = reused ] || row "scale corpus: generation (with RSS)" "$big_label" "$(secs "$GEN")" "—"
    rm -f "$idx_big" "$idx_big-wal" "$idx_big-shm" "$idx_big-journal"
    say "scale: index of $big_label from nothing"
    timed build-scale 7200 "$bin" index --index "$idx_big" "$big"
    if [ "$RC" = 0 ]; then
      big_built=1
      row "scale build: wall time" "$big_label" "$(secs "$WALL")" "—"
      row "scale build: peak memory" "$big_label" "$(mib "$PEAK")" "≤ 1.5 GB: $(verdict "$PEAK" 1464844)"
      row "scale build: index size" "$big_label" "$(bytes "$(index_bytes "$idx_big")")" "—"
    else
      big_built=0
      row "scale build" "$big_label" "$(why build-scale "$RC")$(missing $has_index 'newsreader index')" "≤ 1.5 GB peak"
    fi
  else
    big_built=0
    row "scale corpus" "$big_label" "$(why generate "$RC")" "—"
  fi
fi

# ---------------------------------------------------------------- open

# A pane runs this: start stamp, the command under /usr/bin/time, then "START END STATUS".
cat > "$work/in-pane.sh" <<'EOF'
#!/bin/sh
out=$1; shift
date +%s.%N > "$out.start"
/usr/bin/time -f '%M' -o "$out.peak" "$@" 2> "$out.err"
rc=$?
end=$(date +%s.%N)
echo "$(cat "$out.start") $end $rc" > "$out.tmp" && mv "$out.tmp" "$out"
EOF
chmod +x "$work/in-pane.sh"

# Waits until file $1 is there, at most $2 seconds.
wait_file() { local end=$((SECONDS + $2)); while [ ! -s "$1" ]; do [ $SECONDS -ge $end ] && return 1; sleep 0.02; done; }
# Waits until tmux session $1 is gone, at most $2 seconds; then kills it.
wait_gone() {
  local end=$((SECONDS + $2))
  while tmux -L "$sock" has-session -t "$1" 2>/dev/null; do
    [ $SECONDS -ge $end ] && { tmux -L "$sock" kill-session -t "$1" 2>/dev/null; return 1; }
    sleep 0.05
  done
}

open_times=$logs/open.times open_peaks=$logs/open.peaks open_ok=0 open_median=""
: > "$open_times"; : > "$open_peaks"
say "open: $runs runs in tmux on $big_label"
open_error=""
for i in $(seq 1 "$runs"); do
  out=$logs/open-$i
  rm -f "$out" "$out.start" "$out.peak" "$out.err"
  tmux -L "$sock" -f /dev/null new-session -d -x 160 -y 50 -s "open$i" \
    "$work/in-pane.sh" "$out" "$bin" --index "$idx_big" --exit-after-first-frame "$big"
  if ! wait_file "$out" 300; then
    open_error="timed out after 300 s (log open-$i.err)"; wait_gone "open$i" 1; break
  fi
  wait_gone "open$i" 10
  read -r t0 t1 rc < "$out"
  if [ "$rc" != 0 ]; then
    line=$(grep -v '^[[:space:]]*$' "$out.err" | grep -v 'Command exited' | head -n 1 | cut -c 1-100 | tr '|' '/')
    open_error="failed (exit $rc: ${line:-no message}; log open-$i.err)"
    break
  fi
  elapsed "$t0" "$t1" >> "$open_times"; echo >> "$open_times"
  grep -E '^[0-9]+$' "$out.peak" | tail -n 1 >> "$open_peaks"
done
if [ -z "$open_error" ] && [ -s "$open_times" ]; then
  open_ok=1
  open_median=$(median < "$open_times")
  read -r lo hi < <(range < "$open_times")
  row "open: launch to first frame" "$big_label" "$(secs "$open_median") median of $runs ($(secs "$lo")–$(secs "$hi"))" "≤ 0.3 s: $(verdict "$open_median" 0.3)"
  peak=$(sort -g "$open_peaks" | tail -n 1)
  row "open: peak memory" "$big_label" "$(mib "$peak")" "≤ 1.5 GB: $(verdict "$peak" 1464844)"
else
  row "open: launch to first frame" "$big_label" "$open_error$(missing $has_read_index 'newsreader --index')" "≤ 0.3 s"
fi

# ---------------------------------------------------------------- search end to end

search_e2e() {  # NAME LABEL IDX CORPUS TARGET-SECONDS
  local name=$1 label=$2 idx=$3 path=$4 target=$5 i times=$logs/$1.times error=""
  : > "$times"
  say "search: \"$query\" on $label, $runs runs"
  for i in $(seq 1 "$runs"); do
    timed "$name-$i" 300 "$bin" search "$query" "$path" --index "$idx"
    if [ "$RC" != 0 ]; then error=$(why "$name-$i" "$RC"); break; fi
    echo "$WALL" >> "$times"
  done
  if [ -z "$error" ]; then
    local m lo hi hits
    m=$(median < "$times"); read -r lo hi < <(range < "$times")
    hits=$(grep -c . "$logs/$name-1.out")
    row "search end to end: \"$query\"" "$label" "$(secs "$m") median of $runs ($(secs "$lo")–$(secs "$hi")), $hits lines" \
      "$([ -n "$target" ] && echo "≤ $(secs "$target"): $(verdict "$m" "$target")" || echo —)"
  else
    row "search end to end: \"$query\"" "$label" "$error$(missing $has_search_index 'newsreader search --index')" \
      "$([ -n "$target" ] && echo "≤ $(secs "$target")" || echo —)"
  fi
}
search_e2e search-base "$base_label" "$idx_base" "$corpus" 0.3
[ "$skip_scale" = 0 ] && search_e2e search-scale "$big_label" "$idx_big" "$big" ""

# ---------------------------------------------------------------- update

# New articles: the first ones of the base corpus under new ids, so they are real text.
pool=$work/update-pool.jsonl extra=$work/update-extra.jsonl idx_update=$work/update.idx
python3 - "$corpus" "$pool" "$((10 + runs))" <<'EOF'
import gzip, json, sys
source, target, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
opener = gzip.open if source.endswith(".gz") else open
with opener(source, "rt", encoding="utf-8") as inp, open(target, "w", encoding="utf-8") as out:
    written = 0
    for line in inp:
        if not line.strip():
            continue
        article = json.loads(line)
        article["id"] = f"update-{written + 1}"
        if article.get("url"):
            article["url"] += f"#update-{written + 1}"
        out.write(json.dumps(article, ensure_ascii=False) + "\n")
        written += 1
        if written == count:
            break
EOF
head -n 10 "$pool" > "$extra"
rm -f "$idx_update" "$idx_update-wal" "$idx_update-shm" "$idx_update-journal"
update_error=""
if [ "${big_built:-0}" = 1 ]; then
  cp "$idx_big" "$idx_update"
  [ -f "$idx_big-wal" ] && cp "$idx_big-wal" "$idx_update-wal"
fi
say "update: index over $big_label + 10 articles, then one article at a time"
timed update-first 7200 "$bin" index --index "$idx_update" "$big" "$extra"
if [ "$RC" != 0 ]; then
  update_error=$(why update-first "$RC")
else
  timed update-nothing 600 "$bin" index --index "$idx_update" "$big" "$extra"
  [ "$RC" = 0 ] && nothing=$WALL || nothing=""
  : > "$logs/update.times"
  for i in $(seq 1 "$runs"); do
    sed -n "$((10 + i))p" "$pool" >> "$extra"
    timed "update-$i" 600 "$bin" index --index "$idx_update" "$big" "$extra"
    if [ "$RC" != 0 ]; then update_error=$(why "update-$i" "$RC"); break; fi
    echo "$WALL" >> "$logs/update.times"
  done
fi
if [ -z "$update_error" ]; then
  m=$(median < "$logs/update.times"); read -r lo hi < <(range < "$logs/update.times")
  row "update: one article added" "$big_label" "$(secs "$m") median of $runs ($(secs "$lo")–$(secs "$hi"))" "≤ 100 ms: $(verdict "$m" 0.1)"
  [ -n "$nothing" ] && row "update: nothing changed (reference)" "$big_label" "$(secs "$nothing")" "—"
else
  row "update: one article added" "$big_label" "$update_error$(missing $has_index 'newsreader index')" "≤ 100 ms"
fi

# ---------------------------------------------------------------- query (newsreader-bench)

bench_query() {  # NAME LABEL IDX CORPUS
  local name=$1 label=$2 m run when
  say "query: newsreader-bench search CORPUS --index IDX on $label, twice"
  if [ ! -x "$bench" ]; then row "query median (200 queries)" "$label" "failed: no $bench" "≤ 10 ms"; return; fi
  # The first run reads the index from disk (the builds before it push it out
  # of the page cache); the second finds it in memory, as repeated queries do.
  for run in 1 2; do
    [ "$run" = 1 ] && when="first run" || when="second run"
    timed "$name-$run" 1800 "$bench" search "$4" --index "$3"
    # "newsreader (index)  median 1.23 ms  p99 …"
    m=$(awk '/^newsreader \(index\)/ { for (i = 1; i < NF; i++) if ($i == "median") { print $(i + 1); exit } }' "$logs/$name-$run.out")
    if [ "$RC" = 0 ] && [ -n "$m" ]; then
      row "query median, $when ($(awk '/^queries:/ { print $2 + 0; exit }' "$logs/$name-$run.out") queries, from the index)" "$label" "$m ms" "≤ 10 ms: $(verdict "$m" 10)"
    else
      row "query median, $when (from the index)" "$label" "$(why "$name-$run" "$RC")" "≤ 10 ms"
    fi
  done
}
bench_query query-base "$base_label" "$idx_base" "$corpus"
[ "$skip_scale" = 0 ] && bench_query query-scale "$big_label" "$idx_big" "$big"

# ---------------------------------------------------------------- peer: newsboat

if [ "$peer" = 1 ] && ! command -v newsboat >/dev/null; then
  row "newsboat" "$big_label" "not run: newsboat is not installed (apt-get install -y newsboat)" "—"
elif [ "$peer" = 1 ]; then
  ok=1
  if [ "$skip_scale" = 1 ]; then generate "$rss_corpus" "$rss_articles" "$rss_dir" || ok=0; fi
  if [ "$ok" = 0 ] || [ ! -f "$rss_dir/urls" ]; then
    row "newsboat" "$big_label" "not run: no RSS feeds in $rss_dir" "—"
  else
    "$here/newsboat-peer.sh" --rss-dir "$rss_dir" --work "$work/newsboat-$(basename "$rss_dir")" --runs "$runs" \
      > "$logs/newsboat.out" 2> >(tee "$logs/newsboat.err" >&2)
    nbv() { awk -v k="$1" '$1 == k { sub(/^[^ ]+ /, ""); print; exit }' "$logs/newsboat.out"; }
    feeds=$(nbv feeds)
    if [ -n "$(nbv fill_seconds)" ]; then
      fill=$(secs "$(nbv fill_seconds)")
      [ "$(nbv fill_reused)" = 1 ] && fill="$fill (when filled; cache reused)"
      row "newsboat: cache fill (-x reload, $feeds file:// feeds)" "$big_label" "$fill" "—"
      row "newsboat: cache size" "$big_label" "$(bytes "$(nbv cache_bytes)")" "—"
    fi
    nb_open_median=$(nbv open_median)
    if [ -n "$nb_open_median" ]; then
      row "newsboat: launch to feed list" "$big_label" "$(secs "$nb_open_median") median of $runs ($(secs "$(nbv open_min)")–$(secs "$(nbv open_max)"))" "—"
    fi
    if [ -n "$(nbv unread_median)" ]; then
      row "newsboat: -x print-unread (start to exit)" "$big_label" "$(secs "$(nbv unread_median)") (CPU $(secs "$(nbv unread_cpu)")), peak $(mib "$(nbv unread_peak_kib)"): $(nbv unread_output)" "—"
    fi
    [ -n "$(nbv error)" ] && row "newsboat" "$big_label" "failed: $(nbv error | tr '|' '/')" "—"
    if [ -n "$nb_open_median" ] && [ "$open_ok" = 1 ]; then
      row "ratio: newsboat open / newsreader open" "$big_label" \
        "$(awk -v a="$nb_open_median" -v b="$open_median" 'BEGIN { printf "%.1f× (newsboat %.2f s, newsreader %.3f s)", a / b, a, b }')" "—"
    else
      row "ratio: newsboat open / newsreader open" "$big_label" "n/a: $([ "$open_ok" = 1 ] && echo 'newsboat open failed' || echo 'newsreader open failed')" "—"
    fi
  fi
fi

# ---------------------------------------------------------------- table

commit=$(cd "$root" && git rev-parse --short HEAD 2>/dev/null)$(cd "$root" && git diff --quiet HEAD 2>/dev/null || echo '+changes')
echo "newsreader $commit ($bin, built $(stat -c %y "$bin" | cut -c 1-16)), $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, runs per short measure: $runs; logs in $logs"
echo
echo "| measure | corpus | result | target |"
echo "| --- | --- | --- | --- |"
printf '%s\n' "${rows[@]}"
