#!/usr/bin/env bash
# Playwright cannot download its browsers on these machines; the e2e tests drive Debian's Chromium.
# Install it when it is missing so `npm test` works on a fresh machine.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ]; then
  exit 0
fi
echo "pretest: $chromium_path is missing; installing Debian's chromium" >&2
if [ "$(id -u)" -ne 0 ]; then
  echo "pretest: not root; install chromium yourself (apt-get install -y chromium)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
