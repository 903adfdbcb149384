#!/usr/bin/env bash
# Install everything the tests need (Python packages, Debian chromium for the
# browser tests), then run lint, types and the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ -f scripts/install-browser.sh ]; then
  bash scripts/install-browser.sh || echo "warning: chromium could not be installed; browser tests will be skipped"
fi
.venv/bin/ruff check src tests bench
.venv/bin/mypy
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
