#!/usr/bin/env bash
# Set up, then read the bundled example article into out/example.html and out/example.json.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
newsprism read examples/harbour-bridge.html -o out/example.html
newsprism read examples/harbour-bridge.html -o out/example.json
echo "wrote out/example.html and out/example.json"
