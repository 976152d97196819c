#!/usr/bin/env bash
# Every lint output a rules change must keep byte-identical, one file per run (stdout, stderr,
# exit status), so two builds can be diffed: bench/lint-snapshot.sh BIN OUT_DIR, then diff -r.
# Decks: the shipped ones, test/fixtures, 20k generated cards, random rule-tripping cards, hostile.
set -u
BIN=$(realpath "$1"); OUT=$(realpath -m "$2"); ROOT=$(cd "$(dirname "$0")/.." && pwd)
DECKS=${SNAPSHOT_DECKS:-/tmp/lint-snapshot-decks}
mkdir -p "$OUT"
[ -d "$DECKS/gen20k" ] || (cd "$ROOT" && npx tsx bench/snapshot-decks.ts "$DECKS")
run() { # name, args...
  local name=$1; shift
  (cd "$ROOT" && node "$BIN" lint "$@" >"$OUT/$name.out" 2>"$OUT/$name.err"; echo $? >"$OUT/$name.rc")
}
for fmt in text json github; do
  run "shipped-$fmt" --format "$fmt"
  run "shipped-strict-$fmt" --strict --format "$fmt"
  run "gen20k-$fmt" "$DECKS/gen20k" --format "$fmt"
  run "random-$fmt" "$DECKS/random" --no-builtin --format "$fmt"
  run "random-builtin-$fmt" "$DECKS/random" --strict --format "$fmt"
  run "hostile-$fmt" "$DECKS/hostile" --no-builtin --format "$fmt"
  for f in "$ROOT"/test/fixtures/*/ "$ROOT"/test/fixtures/*/*; do
    rel=${f#"$ROOT"/}; name=$(echo "$rel" | tr '/' '_')
    run "fx-$name-$fmt" "$rel" --format "$fmt"
    run "fx-$name-nb-$fmt" "$rel" --no-builtin --strict --format "$fmt"
  done
done
run max-warnings --max-warnings 3
echo "$(ls "$OUT" | wc -l) files in $OUT"
