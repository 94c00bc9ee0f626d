#!/usr/bin/env bash
# The whole test suite (unit, integration, property tests, then the store
# checks of tests/stores/run.sh), in release mode
# so RocksDB is compiled once for builds and tests alike.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
cargo test --release --locked "$@"
# then the exports against rdflib, pyoxigraph, Virtuoso and pyshacl
bash tests/stores/run.sh
