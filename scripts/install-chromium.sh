#!/usr/bin/env bash
# Installs Debian's chromium package when it is missing, for the web view's browser test
# (tests/integration/test_webview_browser.py drives it headless). Safe to re-run.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then
    echo "chromium already installed: $(command -v chromium || command -v chromium-browser)"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    sudo_cmd=()
else
    sudo_cmd=(sudo -n)
fi

# Bounded: a stuck mirror or lock must not hang CI.
timeout 300 "${sudo_cmd[@]}" apt-get update -qq
timeout 900 "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core

command -v chromium >/dev/null
echo "installed: $(chromium --version 2>/dev/null | head -n 1)"
