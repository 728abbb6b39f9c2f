#!/usr/bin/env bash
# Set up, then run the test suite (unit, CLI end-to-end, property-based, quality gates).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
python3 -m pytest -q "$@"
