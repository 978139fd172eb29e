#!/usr/bin/env bash
# The tests need two Debian packages: chromium for the browser tests (never a downloaded browser) and
# libxml2-utils for xmllint, which checks the GEXF and GraphML exports against their official schemas.
# Installs whichever is missing.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v xmllint >/dev/null || missing+=(libxml2-utils)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if ! command -v apt-get >/dev/null || [ "$(id -u)" != 0 ]; then
  echo "The tests need Debian's ${missing[*]}: run 'apt-get install -y ${missing[*]}' as root." >&2
  exit 1
fi
echo "Installing Debian's ${missing[*]} for the tests"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${missing[@]}" >/dev/null
