#!/usr/bin/env bash
# Installs Debian's chromium package when it is missing, for the web view's browser test
# (tests/integration/test_webview_browser.py drives it headless). Safe to re-run.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then
    echo "chromium already installed: $(command -v chromium || command -v chromium-browser)"
    exit 0
fi

bash "$(dirname "$0")/apt-install.sh" 900 chromium fonts-dejavu-core

command -v chromium >/dev/null
echo "installed: $(chromium --version 2>/dev/null | head -n 1)"
