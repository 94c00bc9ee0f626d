//! The newsgraph binary: parses arguments, calls the library, prints.
//! Data goes to stdout, messages to stderr. Exit codes: 0 success, 1 done
//! but some inputs were bad (each named on stderr), 2 the command failed.

mod cli;

use anyhow::{bail, Context, Result};
use clap::Parser;
use cli::{AuthArg, Cli, Command, ExportFormat, ExtractFormat, ResultFormat, TimelineFormat, ValidateFormat};
use newsgraph::diag::{Diagnostic, Severity};
use newsgraph::pipeline::{self, Inputs};
use newsgraph::store::{GraphSelection, GraphStore};
use oxigraph::io::RdfFormat;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::QueryResults;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || c.to_string().contains("Broken pipe")
    })
}

fn report(diags: &[Diagnostic]) -> bool {
    let mut failed = false;
    for d in diags {
        eprintln!("{d}");
        failed |= d.severity == Severity::Error;
    }
    failed
}

fn progress_bar(len: usize, quiet: bool, what: &str) -> Option<indicatif::ProgressBar> {
    if quiet || !std::io::stderr().is_terminal() || len < 2 {
        return None;
    }
    let pb = indicatif::ProgressBar::new(len as u64);
    pb.set_style(
        indicatif::ProgressStyle::with_template("{prefix} [{bar:40}] {pos}/{len} {eta}")
            .ok()?
            .progress_chars("=> "),
    );
    pb.set_prefix(what.to_string());
    Some(pb)
}

fn inputs(i: &cli::InputArgs) -> Inputs {
    Inputs {
        paths: i.paths.clone(),
        manifest: i.manifest.clone(),
        gazetteers: i.gazetteer.clone(),
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    let quiet = cli.quiet;
    match cli.command {
        Command::Ingest { input } => {
            let loaded = pipeline::load(&inputs(&input)).map_err(anyhow::Error::msg)?;
            let mut failed = report(&loaded.diagnostics);
            let store = GraphStore::open(&cli.store)?;
            let pb = progress_bar(loaded.articles.len() * 2, quiet, "extract+store");
            let tick = || {
                if let Some(pb) = &pb {
                    pb.inc(1)
                }
            };
            let ex = pipeline::extract_all(&loaded.gazetteer, &loaded.articles, &tick);
            let (s, diags) = pipeline::ingest(&store, &loaded, &ex, &tick)?;
            if let Some(pb) = &pb {
                pb.finish_and_clear();
            }
            failed |= report(&diags);
            let bad = loaded
                .diagnostics
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .count();
            eprintln!(
                "ingested into {}: {} new, {} unchanged, {} replaced, {} failed; {} claims; {} warnings",
                cli.store.display(),
                s.new,
                s.unchanged,
                s.replaced,
                bad,
                s.claims,
                s.warnings + loaded.diagnostics.len() - bad
            );
            Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
        }
        Command::Extract { input, format } => {
            let loaded = pipeline::load(&inputs(&input)).map_err(anyhow::Error::msg)?;
            let mut failed = report(&loaded.diagnostics);
            let pb = progress_bar(loaded.articles.len(), quiet, "extract");
            let tick = || {
                if let Some(pb) = &pb {
                    pb.inc(1)
                }
            };
            let ex = pipeline::extract_all(&loaded.gazetteer, &loaded.articles, &tick);
            if let Some(pb) = &pb {
                pb.finish_and_clear();
            }
            let out = std::io::stdout();
            let mut out = std::io::BufWriter::new(out.lock());
            let claims: Vec<_> = ex.iter().flat_map(|x| x.claims.iter()).collect();
            for x in &ex {
                failed |= report(&x.diagnostics);
            }
            match format {
                ExtractFormat::Jsonl => {
                    for c in &claims {
                        serde_json::to_writer(&mut out, c)?;
                        out.write_all(b"\n")?;
                    }
                }
                ExtractFormat::Table => {
                    let mut t = comfy_table::Table::new();
                    t.load_preset(comfy_table::presets::UTF8_FULL_CONDENSED);
                    t.set_header(vec![
                        "doc", "kind", "actor", "place", "from", "when", "status", "partial", "conf",
                    ]);
                    for c in &claims {
                        let when = c
                            .time
                            .as_ref()
                            .map(|t| {
                                if t.earliest == t.latest {
                                    t.earliest.to_string()
                                } else {
                                    format!("{}..{}", t.earliest, t.latest)
                                }
                            })
                            .unwrap_or_default();
                        t.add_row(vec![
                            c.doc.clone(),
                            c.kind.as_str().to_string(),
                            c.actor.label.clone(),
                            c.place.label.clone(),
                            c.from_actor.as_ref().map(|f| f.label.clone()).unwrap_or_default(),
                            when,
                            c.status.as_str().to_string(),
                            if c.partial { "yes".into() } else { String::new() },
                            format!("{:.2}", c.confidence),
                        ]);
                    }
                    writeln!(out, "{t}")?;
                }
            }
            out.flush()?;
            Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
        }
        Command::Sparql { query, file, format } => {
            let text = match (query, file) {
                (Some(q), None) => q,
                (None, Some(f)) => {
                    std::fs::read_to_string(&f).with_context(|| format!("cannot read query file {}", f.display()))?
                }
                _ => bail!("give a query or -f FILE (one of them)"),
            };
            let store = GraphStore::open_read_only(&cli.store)?;
            let results = store.query(&text).map_err(anyhow::Error::msg)?;
            write_results(results, format)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Export { format, output, graph } => {
            let sel = GraphSelection::parse(&graph).map_err(anyhow::Error::msg)?;
            let store = GraphStore::open_read_only(&cli.store)?;
            let fmt = match format {
                ExportFormat::Turtle => RdfFormat::Turtle,
                ExportFormat::Ntriples => RdfFormat::NTriples,
                ExportFormat::Nquads => RdfFormat::NQuads,
                ExportFormat::Trig => RdfFormat::TriG,
                ExportFormat::Rdfxml => RdfFormat::RdfXml,
                ExportFormat::Jsonld => RdfFormat::JsonLd {
                    profile: Default::default(),
                },
            };
            match output {
                Some(path) => {
                    // write next to the target, then rename: no half-written file
                    let tmp = path.with_extension("partial");
                    let f = std::fs::File::create(&tmp).with_context(|| format!("cannot create {}", tmp.display()))?;
                    let w = store
                        .export(fmt, &sel, std::io::BufWriter::new(f))
                        .map_err(anyhow::Error::msg)?;
                    w.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?.sync_all()?;
                    std::fs::rename(&tmp, &path)?;
                }
                None => {
                    let out = std::io::stdout();
                    let mut w = store
                        .export(fmt, &sel, std::io::BufWriter::new(out.lock()))
                        .map_err(anyhow::Error::msg)?;
                    w.flush()?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Query {
            name,
            args,
            list,
            explain,
            show_query,
            format,
        } => {
            if list || name.is_none() {
                for c in newsgraph::query::all() {
                    println!("{}  {}", c.name, c.about);
                    for p in &c.params {
                        let ty = match p.ty {
                            newsgraph::query::ParamType::String => "string",
                            newsgraph::query::ParamType::Date => "date",
                            newsgraph::query::ParamType::Iri => "iri",
                        };
                        println!(
                            "    {}={ty}{}  {}",
                            p.name,
                            if p.optional { " (optional)" } else { "" },
                            p.doc
                        );
                    }
                    println!("    returns {}", c.returns);
                }
                return Ok(ExitCode::SUCCESS);
            }
            let name = name.unwrap_or_default();
            let kv = newsgraph::query::parse_args(&args).map_err(anyhow::Error::msg)?;
            let canned = newsgraph::query::find(&name).map_err(anyhow::Error::msg)?;
            let text = newsgraph::query::bind(&canned, &kv).map_err(anyhow::Error::msg)?;
            if show_query {
                print!("{text}");
                return Ok(ExitCode::SUCCESS);
            }
            let store = GraphStore::open_read_only(&cli.store)?;
            let results = store.query(&text).map_err(anyhow::Error::msg)?;
            if name == "who-held" {
                let (_, rows) = newsgraph::answers::run(&store, &name, &kv).map_err(anyhow::Error::msg)?;
                if rows.is_empty() {
                    let place = kv
                        .iter()
                        .find(|(k, _)| k == "place")
                        .map(|(_, v)| v.as_str())
                        .unwrap_or("");
                    let date = kv
                        .iter()
                        .find(|(k, _)| k == "date")
                        .map(|(_, v)| v.as_str())
                        .unwrap_or("");
                    match newsgraph::answers::place_range(&store, place).map_err(anyhow::Error::msg)? {
                        Some((e, l, n)) => eprintln!("no known holder of {place} on {date}: the evidence for {place} runs from {e} to {l} ({n} dated claims)"),
                        None => eprintln!("nothing is known about {place:?}: no dated claim names it (check the name with `newsgraph query places`)"),
                    }
                }
                write_results(results, format)?;
                if explain {
                    let mut out = std::io::stdout().lock();
                    for r in &rows {
                        let tenure = newsgraph::answers::text(r, "tenure");
                        writeln!(
                            out,
                            "\n{} ({}): why",
                            newsgraph::answers::text(r, "actorLabel"),
                            newsgraph::answers::text(r, "certainty")
                        )?;
                        let (_, ev) = newsgraph::answers::run(&store, "_tenure-evidence", &[("tenure".into(), tenure)])
                            .map_err(anyhow::Error::msg)?;
                        for e in ev {
                            let t = |k: &str| newsgraph::answers::text(&e, k);
                            writeln!(
                                out,
                                "  - {} {} {}..{} [{}] {}, {} ({}): \"{}\"",
                                t("actorLabel"),
                                t("kind"),
                                t("earliest"),
                                t("latest"),
                                t("status"),
                                t("publisher"),
                                t("published"),
                                t("source"),
                                t("sentence")
                            )?;
                        }
                    }
                }
            } else {
                write_results(results, format)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Timeline { place, format, implied } => {
            let store = GraphStore::open_read_only(&cli.store)?;
            let t = newsgraph::answers::timeline(&store, &place, implied).map_err(anyhow::Error::msg)?;
            if t.timeline.is_empty() {
                eprintln!("no tenures known for {place:?}");
            }
            let mut out = std::io::stdout().lock();
            match format {
                TimelineFormat::Text => write!(out, "{}", newsgraph::answers::timeline_text(&t))?,
                TimelineFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(&t)?)?,
                TimelineFormat::Svg => write!(out, "{}", newsgraph::answers::timeline_svg(&t))?,
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Validate { files, shapes, format } => {
            let shapes_text = match &shapes {
                Some(p) => std::fs::read_to_string(p).with_context(|| format!("shapes {}", p.display()))?,
                None => newsgraph::validate::SHAPES.to_string(),
            };
            let pb = progress_bar(2, cli.quiet, "validating");
            let progress = |done: usize, total: usize| {
                if let Some(pb) = &pb {
                    pb.set_length(total as u64);
                    pb.set_position(done as u64);
                }
            };
            let report = if files.is_empty() {
                let store = GraphStore::open_read_only(&cli.store)?;
                newsgraph::validate::validate_with_progress(&store.store, &shapes_text, &progress)
            } else {
                let store = newsgraph::validate::load_files(&files).map_err(anyhow::Error::msg)?;
                newsgraph::validate::validate_with_progress(&store, &shapes_text, &progress)
            }
            .map_err(anyhow::Error::msg)?;
            if let Some(pb) = pb {
                pb.finish_and_clear();
            }
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            match format {
                ValidateFormat::Json => {
                    serde_json::to_writer_pretty(&mut out, &report)?;
                    writeln!(out)?;
                }
                ValidateFormat::Text => {
                    for r in &report.results {
                        writeln!(out, "{}\t{}\t{}\t{}", r.focus, r.path, r.component, r.message)?;
                    }
                }
            }
            out.flush()?;
            if report.conforms {
                eprintln!("conforms: {} focus nodes checked, no violation", report.focus_nodes);
                Ok(ExitCode::SUCCESS)
            } else {
                eprintln!(
                    "{} violations on {} focus nodes checked:",
                    report.results.len(),
                    report.focus_nodes
                );
                for ((shape, path, component), n) in newsgraph::validate::summary(&report) {
                    eprintln!("  {n:6}  {shape} {path} {component}");
                }
                Ok(ExitCode::from(1))
            }
        }
        Command::Push {
            endpoint,
            graph,
            user,
            password_env,
            token_env,
            auth,
            timeout,
        } => {
            use newsgraph::push::{AuthScheme, Credentials, Pusher};
            let selection = GraphSelection::parse(&graph).map_err(anyhow::Error::msg)?;
            let credentials = if let Some(var) = token_env {
                Credentials::Bearer(std::env::var(&var).with_context(|| format!("--token-env: ${var} is not set"))?)
            } else if let Some(user) = user {
                let password = std::env::var(&password_env)
                    .with_context(|| format!("--user {user}: set the password in ${password_env}"))?;
                let scheme = match auth {
                    AuthArg::Auto => AuthScheme::Auto,
                    AuthArg::Basic => AuthScheme::Basic,
                    AuthArg::Digest => AuthScheme::Digest,
                };
                Credentials::User { user, password, scheme }
            } else {
                Credentials::None
            };
            let store = GraphStore::open_read_only(&cli.store)?;
            let graphs = newsgraph::push::graphs(&store, &selection)?;
            if graphs.is_empty() {
                bail!("nothing to push: the store has no graph matching --graph {graph}");
            }
            let started = std::time::Instant::now();
            let mut pusher = Pusher::new(&endpoint, credentials, std::time::Duration::from_secs(timeout));
            pusher.handshake(&graphs[0])?;
            let pb = progress_bar(graphs.len(), cli.quiet, "pushing");
            let mut report = newsgraph::push::PushReport::default();
            for g in &graphs {
                let (body, n) = newsgraph::push::ntriples(&store, g)?;
                if let Err(e) = pusher.put(g, &body) {
                    if let Some(pb) = &pb {
                        pb.finish_and_clear();
                    }
                    bail!(
                        "{e}\n{} of {} graphs were pushed before this one",
                        report.graphs,
                        graphs.len()
                    );
                }
                report.graphs += 1;
                report.triples += n;
                report.bytes += body.len();
                if let Some(pb) = &pb {
                    pb.inc(1);
                }
            }
            if let Some(pb) = pb {
                pb.finish_and_clear();
            }
            eprintln!(
                "pushed {} graphs, {} triples ({:.1} MiB) to {endpoint} in {:.1} s",
                report.graphs,
                report.triples,
                report.bytes as f64 / (1024.0 * 1024.0),
                started.elapsed().as_secs_f64()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Stats => {
            let store = GraphStore::open_read_only(&cli.store)?;
            let q = include_str!("../queries/stats.rq");
            let results = store.query(q).map_err(anyhow::Error::msg)?;
            write_results(results, ResultFormat::Table)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval {
            gold,
            docs,
            manifest,
            aliases,
            gazetteer,
            spurious,
        } => eval(gold, docs, manifest, aliases, gazetteer, spurious),
    }
}

fn eval(
    gold: std::path::PathBuf,
    docs: std::path::PathBuf,
    manifest: Option<std::path::PathBuf>,
    aliases: Option<std::path::PathBuf>,
    gazetteer: Vec<std::path::PathBuf>,
    spurious: bool,
) -> Result<ExitCode> {
    use newsgraph::eval::{score, Aliases, GoldDoc};
    let text = std::fs::read_to_string(&gold).with_context(|| format!("cannot read {}", gold.display()))?;
    let mut golds = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let g: GoldDoc =
            serde_json::from_str(line).with_context(|| format!("{}:{}: malformed gold line", gold.display(), i + 1))?;
        golds.push(g);
    }
    let al = match aliases {
        Some(p) => {
            let m: std::collections::BTreeMap<String, Vec<String>> = serde_json::from_str(
                &std::fs::read_to_string(&p).with_context(|| format!("cannot read {}", p.display()))?,
            )
            .with_context(|| format!("{}: malformed aliases", p.display()))?;
            Aliases::from_map(&m)
        }
        None => Aliases::default(),
    };
    let loaded = pipeline::load(&Inputs {
        paths: vec![docs],
        manifest,
        gazetteers: gazetteer,
    })
    .map_err(anyhow::Error::msg)?;
    report(&loaded.diagnostics);
    let ex = pipeline::extract_all(&loaded.gazetteer, &loaded.articles, &|| {});
    let claims: Vec<_> = ex.into_iter().flat_map(|x| x.claims).collect();
    let r = score(&golds, &claims, &al);
    let mut out = std::io::stdout().lock();
    writeln!(out, "{:<10} {}", "overall", r.overall)?;
    for (k, c) in &r.by_kind {
        writeln!(out, "{:<10} {c}", k.as_str())?;
    }
    writeln!(
        out,
        "implied    matched {} of {} gold; {} unmatched implied claims",
        r.implied.tp,
        r.implied.tp + r.implied.fn_,
        r.implied.fp
    )?;
    writeln!(out, "false changes on non-events: {}", r.false_changes.len())?;
    for (doc, ev) in &r.false_changes {
        writeln!(out, "  FALSE CHANGE {doc}: {ev}")?;
    }
    writeln!(out, "misses: {}", r.misses.len())?;
    for (doc, g) in &r.misses {
        writeln!(
            out,
            "  MISS {doc}: {} {} {} {:?} | {}",
            g.actor,
            g.kind.as_str(),
            g.place,
            g.date.as_deref().unwrap_or("-"),
            g.evidence
        )?;
    }
    if spurious {
        writeln!(out, "spurious: {}", r.spurious.len())?;
        for c in &r.spurious {
            let when = c
                .time
                .as_ref()
                .map(|t| format!("{}..{}", t.earliest, t.latest))
                .unwrap_or_else(|| "-".into());
            writeln!(
                out,
                "  SPURIOUS {}: {} {} {} {} [{}] | {}",
                c.doc,
                c.actor.label,
                c.kind.as_str(),
                c.place.label,
                when,
                c.pattern,
                c.evidence.text
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn write_results(results: QueryResults, format: ResultFormat) -> Result<()> {
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    match results {
        QueryResults::Solutions(solutions) => {
            let vars: Vec<_> = solutions.variables().to_vec();
            if format == ResultFormat::Table {
                let mut t = comfy_table::Table::new();
                t.load_preset(comfy_table::presets::UTF8_FULL_CONDENSED);
                t.set_header(vars.iter().map(|v| v.as_str().to_string()).collect::<Vec<_>>());
                for s in solutions {
                    let s = s.map_err(|e| anyhow::anyhow!("query failed: {e}"))?;
                    t.add_row(
                        vars.iter()
                            .map(|v| s.get(v).map(term_text).unwrap_or_default())
                            .collect::<Vec<_>>(),
                    );
                }
                writeln!(out, "{t}")?;
            } else {
                let f = result_format(format);
                let mut ser =
                    QueryResultsSerializer::from_format(f).serialize_solutions_to_writer(&mut out, vars.clone())?;
                for s in solutions {
                    let s = s.map_err(|e| anyhow::anyhow!("query failed: {e}"))?;
                    ser.serialize(&s)?;
                }
                ser.finish()?;
            }
        }
        QueryResults::Boolean(b) => {
            if format == ResultFormat::Table {
                writeln!(out, "{b}")?;
            } else {
                QueryResultsSerializer::from_format(result_format(format)).serialize_boolean_to_writer(&mut out, b)?;
            }
        }
        QueryResults::Graph(triples) => {
            let mut w = oxigraph::io::RdfSerializer::from_format(RdfFormat::NTriples).for_writer(&mut out);
            for t in triples {
                w.serialize_triple(&t.map_err(|e| anyhow::anyhow!("query failed: {e}"))?)?;
            }
            w.finish()?;
        }
    }
    out.flush()?;
    Ok(())
}

fn result_format(f: ResultFormat) -> QueryResultsFormat {
    match f {
        ResultFormat::Json | ResultFormat::Table => QueryResultsFormat::Json,
        ResultFormat::Xml => QueryResultsFormat::Xml,
        ResultFormat::Csv => QueryResultsFormat::Csv,
        ResultFormat::Tsv => QueryResultsFormat::Tsv,
    }
}

fn term_text(t: &oxigraph::model::Term) -> String {
    match t {
        oxigraph::model::Term::Literal(l) => l.value().to_string(),
        other => other.to_string(),
    }
}
