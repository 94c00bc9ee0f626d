//! who-held latency on a store built from generated articles with known
//! truth (100,000 by default; NEWSGRAPH_BENCH_ARTICLES overrides). The build
//! time is printed once; the store is kept in $CARGO_TARGET_DIR between runs.

use criterion::{criterion_group, criterion_main, Criterion};
use newsgraph::gazetteer::Gazetteer;
use newsgraph::pipeline::{self, Loaded};
use newsgraph::store::GraphStore;
use std::time::Instant;

fn bench(c: &mut Criterion) {
    let n: usize = std::env::var("NEWSGRAPH_BENCH_ARTICLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let places = (n / 50).max(1);
    let (articles, truth) = newsgraph::synth::generate(n, places, 12, 42);
    let target = std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| "target".into());
    let dir = std::path::Path::new(&target).join(format!("bench-store-{n}"));
    let fresh = !dir.join("CURRENT").exists();
    let store = GraphStore::open(&dir).expect("store");
    if fresh {
        let t0 = Instant::now();
        let g = Gazetteer::load(&[]).expect("gazetteer");
        let loaded = Loaded {
            gazetteer: Gazetteer::load(&[]).expect("gazetteer"),
            extra: vec![],
            articles,
            diagnostics: vec![],
        };
        let ex = pipeline::extract_all(&g, &loaded.articles, &|| {});
        let t1 = Instant::now();
        pipeline::ingest(&store, &loaded, &ex, &|| {}).expect("ingest");
        eprintln!(
            "built a store of {n} generated articles ({} quads): extraction {:.1} s, store + consolidation {:.1} s",
            store.len().unwrap_or(0),
            (t1 - t0).as_secs_f64(),
            t1.elapsed().as_secs_f64()
        );
    }
    let probes: Vec<(String, String)> = truth
        .iter()
        .take(200)
        .filter_map(|t| {
            t.changes
                .get(1)
                .map(|(_, d)| (t.place.clone(), (*d + chrono::Days::new(3)).to_string()))
        })
        .collect();
    let mut i = 0;
    c.bench_function(&format!("who-held on {n} articles"), |b| {
        b.iter(|| {
            let (place, date) = &probes[i % probes.len()];
            i += 1;
            let args = vec![("place".to_string(), place.clone()), ("date".to_string(), date.clone())];
            newsgraph::answers::run(&store, "who-held", &args)
                .expect("query")
                .1
                .len()
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
