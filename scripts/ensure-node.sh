#!/usr/bin/env bash
# Called by the build when npm is missing: installs Debian's nodejs and npm (as root or through sudo),
# or explains what to install.
set -euo pipefail
command -v npm >/dev/null 2>&1 && exit 0
if [[ $(id -u) == 0 ]]; then apt=(env DEBIAN_FRONTEND=noninteractive apt-get)
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then apt=(sudo env DEBIAN_FRONTEND=noninteractive apt-get)
else
  echo "Lantern's build needs Node.js and npm for GOV.UK Frontend. Install them with: sudo apt-get install -y nodejs npm" >&2
  exit 1
fi
echo "Installing Node.js and npm (needed to build GOV.UK Frontend assets)..." >&2
"${apt[@]}" update -qq && "${apt[@]}" install -y -qq --no-install-recommends nodejs npm >/dev/null
