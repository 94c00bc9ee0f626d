//! Extraction speed: MB of article text per second on one core, over the
//! bundled example corpus repeated. `cargo bench --bench extract`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsgraph::article::read_articles;
use newsgraph::extract::extract_article;
use newsgraph::gazetteer::Gazetteer;
use std::path::PathBuf;

fn bench(c: &mut Criterion) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/articles");
    let (articles, _) = read_articles(&[dir], None);
    let g = Gazetteer::load(&[]).expect("gazetteer");
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("examples corpus, one core", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| extract_article(&g, a).claims.len())
                .sum::<usize>()
        })
    });
    group.bench_function("gazetteer load", |b| {
        b.iter(|| Gazetteer::load(&[]).unwrap().entities.len())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
