#!/usr/bin/env bash
# The whole test suite (unit, integration, property tests), in release mode
# so RocksDB is compiled once for builds and tests alike.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
cargo test --release --locked "$@"
