#!/usr/bin/env bash
# Installs Debian's prometheus package (it ships both `prometheus` and `promtool`) when either
# is missing, so the config/rules checks and the real-scrape tests can run. Safe to re-run.
set -euo pipefail

if command -v promtool >/dev/null 2>&1 && command -v prometheus >/dev/null 2>&1; then
    echo "promtool and prometheus already installed: $(command -v promtool)"
    exit 0
fi

bash "$(dirname "$0")/apt-install.sh" 600 prometheus

# The package's postinst may start a service on :9090 where an init system exists; tests use
# their own instances on free ports, so that one is left as the package set it up.
command -v promtool >/dev/null
command -v prometheus >/dev/null
echo "installed: $(promtool --version 2>&1 | head -n 1)"
