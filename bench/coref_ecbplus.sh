#!/usr/bin/env bash
# ECB+ entity coreference with gold mentions: export a split, run the tool, score.
#   bench/coref_ecbplus.sh [train|dev] [OUT_DIR]
# Tune on train; report dev. Topics 36-45 (test) are never used here.
set -euo pipefail
split="${1:-dev}"
out="${2:-/tmp/sourcetrace-ecbplus-$split}"
here="$(cd "$(dirname "$0")/.." && pwd)"
shared="${SHARED:-$here/../shared}"
case "$split" in
  train) topics="1,3,4,6-11,13-17,19,20,22,24-33" ;;
  dev) topics="2,5,12,18,21,23,34,35" ;;
  *) echo "split must be train or dev" >&2; exit 2 ;;
esac
python3 "$shared/eval/ecbplus.py" export "$shared/datasets/ecbplus" "$out" --topics "$topics" --kind entity
"$here/.venv/bin/sourcetrace" bench coref "$out/task.json" --out "$out/response.json"
python3 "$shared/eval/ecbplus.py" score "$out/key.json" "$out/response.json"
