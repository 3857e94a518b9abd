#!/usr/bin/env bash
# Installs Debian packages with apt, as root or with passwordless sudo, bounded in time so that
# a stuck mirror or lock cannot hang CI: `apt-install.sh SECONDS PACKAGE...`.
set -euo pipefail

seconds="$1"
shift
if [ "$(id -u)" -eq 0 ]; then
    sudo_cmd=()
else
    sudo_cmd=(sudo -n)
fi
timeout 300 "${sudo_cmd[@]}" apt-get update -qq
timeout "$seconds" "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "$@"
