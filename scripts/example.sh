#!/usr/bin/env bash
# Set up, read the bundled example article into out/example.html and out/example.json,
# and build a demo library from examples/ for the web reader.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
newsprism read examples/harbour-bridge.html -o out/example.html
newsprism read examples/harbour-bridge.html -o out/example.json
rm -f out/demo-library.sqlite out/demo-library.sqlite-wal out/demo-library.sqlite-shm
newsprism add examples/ --db out/demo-library.sqlite
echo
echo "wrote out/example.html and out/example.json, and the demo library out/demo-library.sqlite"
echo "open the web reader with:  newsprism serve --db out/demo-library.sqlite   (then http://127.0.0.1:8000/)"
