#!/usr/bin/env bash
# Install, then analyse the bundled example corpus into out/example/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
set +e
.venv/bin/sourcetrace analyze examples/soleimani-gaza --out out/example
rc=$?
set -e
echo "open out/example/report.html in a browser (analysis.json and sourcetrace.db are beside it)"
exit $rc
