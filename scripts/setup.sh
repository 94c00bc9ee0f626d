#!/usr/bin/env bash
# Makes a fresh machine ready to build newsgraph: a Rust toolchain with
# rustfmt and clippy, and libclang (Oxigraph's RocksDB bindings need it for
# bindgen). Installs what is missing when it can (root + apt), otherwise
# stops with the exact command to run. Source it: it exports CARGO_TARGET_DIR.
set -euo pipefail

if ! command -v cargo >/dev/null 2>&1; then
  echo "newsgraph needs Rust (cargo). Install it with:" >&2
  echo "  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh" >&2
  exit 1
fi

have_libclang() {
  ldconfig -p 2>/dev/null | grep -q 'libclang[-.0-9]*\.so' \
    || ls /usr/lib/llvm-*/lib/libclang*.so* >/dev/null 2>&1 \
    || ls /usr/lib/x86_64-linux-gnu/libclang*.so* >/dev/null 2>&1
}

if ! have_libclang || ! dpkg -s libclang-dev >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing libclang-dev (needed to build RocksDB bindings)" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libclang-dev >/dev/null
  elif ! have_libclang; then
    echo "newsgraph needs libclang to build Oxigraph's RocksDB store. Run:" >&2
    echo "  sudo apt-get install -y libclang-dev" >&2
    exit 1
  fi
fi

for c in rustfmt clippy; do
  if ! cargo "${c/rustfmt/fmt}" --version >/dev/null 2>&1; then
    rustup component add "$c" >/dev/null 2>&1 || { echo "run: rustup component add $c" >&2; exit 1; }
  fi
done

# One persistent target folder for every build, test and CI run: RocksDB's
# C++ takes 15-25 minutes to compile and is then reused.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/newsgraph-target}"
mkdir -p "$CARGO_TARGET_DIR"
