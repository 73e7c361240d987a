#!/usr/bin/env bash
# The newsboat peer of the index benchmarks: how long newsboat takes to open a
# cache holding the same articles as the benchmark corpus.
#
#   scripts/newsboat-peer.sh --rss-dir DIR [--work DIR] [--runs N]
#
#   --rss-dir DIR  RSS feeds and their newsboat `urls` file, as written by
#                  scripts/make-scale-corpus.py IN OUT --articles N --rss-dir DIR
#   --work DIR     where newsboat's config, cache and logs go
#                  (default /tmp/newsreader-bench/newsboat-NAME-OF-RSS-DIR)
#   --runs N       launches timed (default 5; print-unread at most 3)
#
# 1. fill: `newsboat -x reload` over the file:// feeds into WORK/cache.db, once;
#    the cache is reused while the feeds and newsboat's version are unchanged.
# 2. open: newsboat in a detached 160x50 tmux pane; the time from the pane's
#    start (a `date +%s.%N` stamp written just before newsboat is started) until
#    `tmux capture-pane` shows the feed list ("Your feeds"), polled every 20 ms;
#    then `q` and a wait for newsboat to exit. Median of --runs.
# 3. print-unread: `newsboat -x print-unread`, start to exit (it loads the cache
#    the same way, without a screen).
# Prints `key value` lines on stdout (feeds, items, fill_seconds, fill_reused,
# cache_bytes, open_median, open_min, open_max, unread_median, unread_cpu (user +
# system seconds, less sensitive to other load), unread_peak_kib, unread_output, error) and progress on stderr; scripts/bench-index.sh reads them.
# Needs newsboat (apt-get install -y newsboat), tmux and /usr/bin/time.
set -uo pipefail

rss_dir="" work="" runs=5
while [ $# -gt 0 ]; do
  case $1 in
    --rss-dir) rss_dir=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "newsboat-peer: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
say() { echo "newsboat-peer: $*" >&2; }
fail() { echo "error $*"; say "$*"; exit 1; }
[ -n "$rss_dir" ] && [ -f "$rss_dir/urls" ] || fail "no urls file in ${rss_dir:-(give --rss-dir)}"
for tool in newsboat tmux /usr/bin/time; do
  command -v "$tool" >/dev/null || fail "needs $tool (apt-get install -y ${tool##*/})"
done
rss_dir=$(cd "$rss_dir" && pwd)
work=${work:-/tmp/newsreader-bench/newsboat-$(basename "$rss_dir")}
mkdir -p "$work/home" "$work/logs"
work=$(cd "$work" && pwd)
logs=$work/logs
export LANG=C.UTF-8 LC_ALL=C.UTF-8
sock=newsboat-peer-$$
trap 'tmux -L "$sock" kill-server 2>/dev/null' EXIT

printf 'auto-reload no\nshow-read-feeds yes\n' > "$work/config"
cp "$rss_dir/urls" "$work/urls"
nb=(env HOME="$work/home" newsboat -C "$work/config" -u "$work/urls" -c "$work/cache.db")
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.4f", b - a }'; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) exit 1; if (NR % 2) print v[(NR + 1) / 2]; else printf "%.4f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

feeds=$(grep -c . "$work/urls")
items=$(cat "$rss_dir"/*.xml | grep -c '^<item>')
echo "feeds $feeds"
echo "items $items"

# ---------------------------------------------------------------- fill
key="$( (cat "$work/urls"; stat -c '%n %s %Y' "$rss_dir"/*.xml; newsboat -v | head -n 1) | sha256sum | cut -c 1-32)"
if [ -f "$work/cache.db" ] && [ "$(cat "$work/fill.stamp" 2>/dev/null)" = "$key" ]; then
  say "reusing the cache in $work"
  echo "fill_reused 1"
else
  say "filling the cache from $feeds feeds, $items items (-x reload)"
  rm -f "$work/cache.db" "$work/cache.db.lock" "$work/fill.stamp" "$work/fill.seconds"
  t0=$(date +%s.%N)
  "${nb[@]}" -x reload >"$logs/fill.out" 2>"$logs/fill.err" || fail "newsboat -x reload failed, see $logs/fill.err"
  elapsed "$t0" "$(date +%s.%N)" > "$work/fill.seconds"
  echo "$key" > "$work/fill.stamp"
  echo "fill_reused 0"
fi
echo "fill_seconds $(cat "$work/fill.seconds")"
echo "cache_bytes $(stat -c %s "$work/cache.db")"

# ---------------------------------------------------------------- open
cat > "$work/in-pane.sh" <<'EOF'
#!/bin/sh
out=$1; shift
date +%s.%N > "$out.start"
exec "$@" 2> "$out.err"
EOF
chmod +x "$work/in-pane.sh"
: > "$logs/open.times"
say "open to the feed list: $runs runs in tmux"
for i in $(seq 1 "$runs"); do
  out=$logs/open-$i
  rm -f "$out.start" "$out.err" "$out.screen" "$work/cache.db.lock"
  tmux -L "$sock" -f /dev/null new-session -d -x 160 -y 50 -s "nb$i" "$work/in-pane.sh" "$out" "${nb[@]}"
  seen="" end=$((SECONDS + 600))
  while [ $SECONDS -lt $end ]; do
    screen=$(tmux -L "$sock" capture-pane -p -t "nb$i" 2>/dev/null)
    if [[ $screen == *"Your feeds"* ]]; then seen=$(date +%s.%N); break; fi
    tmux -L "$sock" has-session -t "nb$i" 2>/dev/null || break
    sleep 0.02
  done
  tmux -L "$sock" capture-pane -p -t "nb$i" > "$out.screen" 2>/dev/null
  tmux -L "$sock" send-keys -t "nb$i" q 2>/dev/null
  end=$((SECONDS + 300))
  while tmux -L "$sock" has-session -t "nb$i" 2>/dev/null; do
    [ $SECONDS -ge $end ] && { tmux -L "$sock" kill-session -t "nb$i"; break; }
    sleep 0.05
  done
  [ -n "$seen" ] && [ -s "$out.start" ] || fail "no feed list on screen in run $i (see $out.screen, $out.err)"
  elapsed "$(cat "$out.start")" "$seen" >> "$logs/open.times"; echo >> "$logs/open.times"
  say "open run $i: $(tail -n 1 "$logs/open.times") s"
done
echo "open_median $(median < "$logs/open.times")"
echo "open_min $(sort -g "$logs/open.times" | head -n 1)"
echo "open_max $(sort -g "$logs/open.times" | tail -n 1)"

# ---------------------------------------------------------------- print-unread
: > "$logs/unread.times"
n=$(( runs < 3 ? runs : 3 ))
say "-x print-unread: $n runs"
for i in $(seq 1 "$n"); do
  rm -f "$work/cache.db.lock"
  t0=$(date +%s.%N)
  /usr/bin/time -f '%M %U %S' -o "$logs/unread-$i.time" "${nb[@]}" -x print-unread >"$logs/unread-$i.out" 2>"$logs/unread-$i.err" \
    || fail "newsboat -x print-unread failed, see $logs/unread-$i.err"
  elapsed "$t0" "$(date +%s.%N)" >> "$logs/unread.times"; echo >> "$logs/unread.times"
done
echo "unread_median $(median < "$logs/unread.times")"
echo "unread_peak_kib $(cat "$logs"/unread-*.time | awk '/^[0-9]+ / { print $1 }' | sort -g | tail -n 1)"
echo "unread_cpu $(cat "$logs"/unread-*.time | awk '/^[0-9]+ / { print $2 + $3 }' | median)"
echo "unread_output $(head -n 1 "$logs/unread-1.out")"
