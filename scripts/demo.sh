#!/usr/bin/env bash
# The main job on the bundled example corpus: build, extract and store the
# claims of examples/articles, then answer questions from the graph.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
echo "building newsgraph (the first build compiles RocksDB: 15-25 minutes)..." >&2
cargo build --release --locked --quiet
ng="$CARGO_TARGET_DIR/release/newsgraph"
export NEWSGRAPH_STORE="${NEWSGRAPH_STORE:-$(mktemp -d)/store}"

"$ng" ingest examples/articles --manifest examples/manifest.jsonl
echo
echo "== What the graph holds"
"$ng" stats
echo
echo "== Who took, lost or held Mosul, when, and who says so"
"$ng" query evidence place=Mosul --format table
echo
echo "== Mosul's timeline, consolidated across articles"
"$ng" timeline Mosul
echo
echo "== Who held Mosul on 1 March 2017, and why"
"$ng" query who-held place=Mosul date=2017-03-01 --explain
echo
echo "== Does the graph conform to ontology/shapes.ttl"
"$ng" validate
echo
echo "store: $NEWSGRAPH_STORE   (export it: $ng --store \$NEWSGRAPH_STORE export --format turtle)"
