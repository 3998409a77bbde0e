#!/usr/bin/env bash
# The dev figures every closing note reports, in one run, by hand (not in CI):
#   bash bench/dev_figures.sh [OUT_DIR]
# Needs the scorers and dev data beside the repository (../shared/eval, ../shared/data) and the
# project's environment (make setup). Prints one summary line per figure; every prediction file
# stays in OUT_DIR (default /tmp/sayso-dev) for a closer look.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
E=$SHARED/eval
D=$SHARED/data
W=${1:-/tmp/sayso-dev}
SAYSO=${SAYSO:-.venv/bin/sayso}
mkdir -p "$W"

echo "== seed golden"
$SAYSO extract "$SHARED/golden/seed/article.txt" -f json > "$W/seed.json"
python3 "$E/score_golden.py" "$SHARED/golden/seed/expected.json" "$W/seed.json" | tail -n 1

echo "== attributions: PolNeAR dev"
python3 "$E/to_input.py" "$D/polnear/dev.jsonl" > "$W/polnear_in.jsonl"
$SAYSO extract "$W/polnear_in.jsonl" -f jsonl > "$W/polnear_pred.jsonl"
python3 "$E/score_attributions.py" "$D/polnear/dev.jsonl" "$W/polnear_pred.jsonl" | tail -n 1

echo "== events: PLV train"
python3 "$E/to_input.py" "$D/plover/plv_train.jsonl" > "$W/plv_in.jsonl"
$SAYSO extract "$W/plv_in.jsonl" -f jsonl > "$W/plv_pred.jsonl"
python3 "$E/score_events.py" "$D/plover/plv_train.jsonl" "$W/plv_pred.jsonl" | tail -n 1

for c in ecbplus gvc; do
  echo "== stories: $c dev"
  python3 "$E/to_input.py" "$D/$c/dev.jsonl" > "$W/${c}_in.jsonl"
  $SAYSO stories "$W/${c}_in.jsonl" -f jsonl > "$W/${c}_stories.jsonl"
  python3 "$E/score_stories.py" "$D/$c/dev.jsonl" "$W/${c}_stories.jsonl" | tail -n 1
done

echo "== divergences: cross-report dev twin"
python3 "$E/to_input.py" "$D/divergence/cross_dev.jsonl" --story > "$W/cross_in.jsonl"
$SAYSO compare "$W/cross_in.jsonl" --given-stories -f jsonl > "$W/cross_pred.jsonl"
python3 "$E/score_divergences.py" "$D/divergence/cross_dev.jsonl" "$W/cross_pred.jsonl" | tail -n 1
