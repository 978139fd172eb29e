#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (never a downloaded browser): install it when it is missing.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if ! command -v apt-get >/dev/null || [ "$(id -u)" != 0 ]; then
  echo "The browser tests need Debian's chromium at /usr/bin/chromium: run 'apt-get install -y chromium' as root." >&2
  exit 1
fi
echo "Installing Debian's chromium for the browser tests"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
