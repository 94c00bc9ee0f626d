#!/usr/bin/env python3
"""Checks newsgraph's exports against the triple stores people already run.

For a store built by `newsgraph ingest`, this script
  1. exports every layer in every format and parses each file with rdflib and
     pyoxigraph, comparing the parsed triples/quads with the N-Quads export;
  2. loads the N-Quads export into rdflib and pyoxigraph (and, when given a
     Virtuoso instance, bulk-loads it there) and runs every canned query of
     queries/ with the same parameters as newsgraph, comparing the rows one by
     one with newsgraph's own answers;
  3. pushes the graph into Virtuoso with `newsgraph push` (Graph Store HTTP
     Protocol, digest authentication) and compares every query again;
  4. validates the export with pyshacl against ontology/shapes.ttl (it must
     conform), breaks a copy on purpose (it must not), and checks that
     `newsgraph validate` reports the same focus nodes as pyshacl.

Any difference prints the case and both answers and makes the exit code 1.
"""

import argparse
import json
import os
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import rdflib

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_LANG = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
NG = "https://w3id.org/newsgraph/ns#"
LAYERS = ["all", "articles", "tenures", "ontology"]
FORMATS = {
    # newsgraph name: (extension, rdflib format, pyoxigraph format, keeps graphs)
    "nquads": ("nq", "nquads", ox.RdfFormat.N_QUADS, True),
    "trig": ("trig", "trig", ox.RdfFormat.TRIG, True),
    "turtle": ("ttl", "turtle", ox.RdfFormat.TURTLE, False),
    "ntriples": ("nt", "nt", ox.RdfFormat.N_TRIPLES, False),
    "rdfxml": ("rdf", "xml", ox.RdfFormat.RDF_XML, False),
    "jsonld": ("jsonld", "json-ld", ox.RdfFormat.JSON_LD, True),
}

failures = []


def fail(msg):
    failures.append(msg)
    print("DIFF " + msg, file=sys.stderr)


class Newsgraph:
    def __init__(self, binary, store):
        self.binary = binary
        self.store = store

    def run(self, *args, check=True):
        p = subprocess.run(
            [self.binary, "--quiet", "--store", str(self.store), *args],
            capture_output=True,
            text=True,
        )
        if check and p.returncode != 0:
            raise SystemExit(f"newsgraph {' '.join(args)} exited {p.returncode}: {p.stderr}")
        return p

    def query(self, name, params):
        args = ["query", name, *[f"{k}={v}" for k, v in params]]
        text = self.run(*args, "--show-query").stdout
        out = self.run(*args, "--format", "json").stdout
        return text, json.loads(out)


# ---------------------------------------------------------------- terms


def norm_json(b):
    """A SPARQL JSON results binding as (kind, value, datatype, lang)."""
    t = b["type"]
    if t == "uri":
        return ("iri", b["value"], "", "")
    if t == "bnode":
        return ("bnode", "", "", "")
    lang = b.get("xml:lang", "")
    dt = b.get("datatype") or (RDF_LANG if lang else XSD + "string")
    return canonical(b["value"], dt, lang)


def canonical(value, dt, lang):
    """xsd:boolean has two lexical forms per value (Virtuoso answers 1/0)."""
    if dt == XSD + "boolean":
        value = {"1": "true", "0": "false"}.get(value, value)
    return ("literal", value, dt, lang.lower())


def norm_rdflib(t):
    if t is None:
        return None
    if isinstance(t, rdflib.URIRef):
        return ("iri", str(t), "", "")
    if isinstance(t, rdflib.BNode):
        return ("bnode", "", "", "")
    lang = t.language or ""
    dt = str(t.datatype) if t.datatype else (RDF_LANG if lang else XSD + "string")
    return canonical(str(t), dt, lang)


def norm_ox(t):
    if t is None:
        return None
    if isinstance(t, ox.NamedNode):
        return ("iri", t.value, "", "")
    if isinstance(t, ox.BlankNode):
        return ("bnode", "", "", "")
    lang = t.language or ""
    return canonical(t.value, t.datatype.value, lang)


def rows_json(doc):
    vars_ = doc["head"]["vars"]
    return vars_, [tuple(norm_json(b[v]) if v in b else None for v in vars_) for b in doc["results"]["bindings"]]


def compare_rows(store, case, query_text, vars_, expected, got):
    ordered = "ORDER BY" in query_text
    same = expected == got if ordered else Counter(expected) == Counter(got)
    if not same:
        fail(
            f"{store}: {case}: {len(expected)} rows from newsgraph, {len(got)} from {store}"
            + ("" if ordered else " (unordered)")
            + "\n  newsgraph: "
            + repr(expected[:5])
            + f"\n  {store}: "
            + repr(got[:5])
        )
    return len(expected)


# ---------------------------------------------------------------- exports


def quad_key_ox(q, keep_graph):
    g = q.graph_name
    graph = "" if (not keep_graph or isinstance(g, ox.DefaultGraph)) else g.value
    return (str(q.subject), str(q.predicate), repr(norm_ox(q.object)), graph)


def quad_key_rdflib(s, p, o, g, keep_graph):
    graph = ""
    if keep_graph and g is not None:
        ident = g.identifier if hasattr(g, "identifier") else g
        if str(ident) != str(rdflib.graph.DATASET_DEFAULT_GRAPH_ID):
            graph = str(ident)
    return (f"<{s}>", f"<{p}>", repr(norm_rdflib(o)), graph)


def parse_ox(path, fmt):
    return list(ox.parse(path=str(path), format=fmt))


def parse_rdflib(path, fmt, keeps_graphs):
    if keeps_graphs:
        ds = rdflib.Dataset()
        ds.parse(str(path), format=fmt)
        return [(s, p, o, g) for s, p, o, g in ds.quads((None, None, None, None))]
    g = rdflib.Graph()
    g.parse(str(path), format=fmt)
    return [(s, p, o, None) for s, p, o in g]


def check_exports(ng, work, stats):
    reference = {}
    for layer in LAYERS:
        ref = work / f"export-{layer}.nq"
        ng.run("export", "--format", "nquads", "--graph", layer, "-o", str(ref))
        reference[layer] = parse_ox(ref, ox.RdfFormat.N_QUADS)
    for layer in LAYERS:
        ref_quads = {quad_key_ox(q, True) for q in reference[layer]}
        ref_triples = {quad_key_ox(q, False) for q in reference[layer]}
        if not ref_quads:
            fail(f"export --graph {layer} is empty")
        for name, (ext, rl_fmt, ox_fmt, keeps) in FORMATS.items():
            path = work / f"export-{layer}.{ext}"
            ng.run("export", "--format", name, "--graph", layer, "-o", str(path))
            want = ref_quads if keeps else ref_triples
            got_ox = {quad_key_ox(q, keeps) for q in parse_ox(path, ox_fmt)}
            if got_ox != want:
                fail(f"pyoxigraph: {path.name}: {len(got_ox)} statements, {len(want)} in the N-Quads export; e.g. {sorted(got_ox ^ want)[:3]}")
            got_rl = {quad_key_rdflib(s, p, o, g, keeps) for s, p, o, g in parse_rdflib(path, rl_fmt, keeps)}
            if got_rl != want:
                fail(f"rdflib: {path.name}: {len(got_rl)} statements, {len(want)} in the N-Quads export; e.g. {sorted(got_rl ^ want)[:3]}")
            for store in ("rdflib", "pyoxigraph"):
                stats[store]["formats"].add(name)
                stats[store]["files"] += 1
                stats[store]["statements"] += len(want)
    return work / "export-all.nq"


# ---------------------------------------------------------------- query cases


def cases(ng):
    """Every canned query with parameters drawn from the graph itself."""
    out = [("places", []), ("actors", []), ("articles", []), ("stats", []), ("conflicts", [])]
    _, places = rows_json(ng.query("places", [])[1])
    _, actors = rows_json(ng.query("actors", [])[1])
    place_labels = sorted({r[0][1] for r in places if r[0]})
    actor_labels = sorted({r[0][1] for r in actors if r[0]})
    out.append(("changes", [("from", "1900-01-01"), ("to", "2100-01-01")]))
    out.append(("changes", [("from", "2016-01-01"), ("to", "2016-12-31")]))
    for place in place_labels:
        out.append(("timeline", [("place", place)]))
        out.append(("evidence", [("place", place)]))
        out.append(("conflicts", [("place", place)]))
        out.append(("changes", [("from", "1900-01-01"), ("to", "2100-01-01"), ("place", place)]))
        vars_, tl = rows_json(ng.query("timeline", [("place", place)])[1])
        dates = set()
        for row in tl:
            for v in ("beginEarliest", "beginLatest", "endEarliest", "endLatest", "newest"):
                cell = row[vars_.index(v)]
                if cell:
                    dates.add(cell[1])
        for d in sorted(dates):
            out.append(("who-held", [("place", place), ("date", d)]))
        out.append(("who-held", [("place", place), ("date", "1990-01-01")]))
        if dates:
            out.append(("evidence", [("place", place), ("date", min(dates))]))
    for actor in actor_labels:
        out.append(("held-by", [("actor", actor), ("date", "2016-06-01")]))
        out.append(("held-by", [("actor", actor), ("date", "2022-06-01")]))
    # names in any case, an unknown name, and a quote that must stay a literal
    if place_labels:
        out.append(("timeline", [("place", place_labels[0].upper())]))
    out.append(("who-held", [("place", 'Nowhere" } ; DROP ALL ; #'), ("date", "2016-06-01")]))
    return out


class RdflibStore:
    name = "rdflib"

    def __init__(self, nq):
        self.ds = rdflib.Dataset()
        self.ds.parse(str(nq), format="nquads")

    def select(self, text):
        res = self.ds.query(text)
        vars_ = [str(v) for v in res.vars]
        return vars_, [tuple(norm_rdflib(row[i]) for i in range(len(vars_))) for row in res]


class PyoxigraphStore:
    name = "pyoxigraph"

    def __init__(self, nq):
        self.store = ox.Store()
        self.store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)

    def select(self, text):
        res = self.store.query(text)
        vars_ = [v.value for v in res.variables]
        return vars_, [tuple(norm_ox(sol[v]) for v in vars_) for sol in res]


class SparqlEndpoint:
    def __init__(self, name, url):
        self.name = name
        self.url = url

    def select(self, text):
        data = urllib.parse.urlencode({"query": text}).encode()
        req = urllib.request.Request(self.url, data=data, headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(req, timeout=120) as r:
            return rows_json(json.loads(r.read().decode("utf-8")))


def compare_queries(ng, stores, all_cases, answers, stats):
    for store in stores:
        t0 = time.monotonic()
        names = set()
        for name, params in all_cases:
            text, expected_vars, expected = answers[(name, tuple(params))]
            case = f"{name} " + " ".join(f"{k}={v}" for k, v in params)
            try:
                vars_, got = store.select(text)
            except Exception as e:  # noqa: BLE001 - any failure is a difference
                fail(f"{store.name}: {case}: {type(e).__name__}: {e}")
                continue
            if vars_ != expected_vars:
                fail(f"{store.name}: {case}: variables {vars_} != {expected_vars}")
                continue
            stats[store.name]["rows"] += compare_rows(store.name, case, text, vars_, expected, got)
            stats[store.name]["cases"] += 1
            names.add(name)
        stats[store.name]["queries"] |= names
        stats[store.name]["seconds"] += time.monotonic() - t0


# ---------------------------------------------------------------- virtuoso


def isql(port, sql):
    p = subprocess.run(
        ["isql-vt", f"127.0.0.1:{port}", "dba", "dba", f"exec={sql}"], capture_output=True, text=True
    )
    if p.returncode != 0 or "*** Error" in p.stdout + p.stderr:
        raise SystemExit(f"isql {sql!r} failed: {p.stdout}{p.stderr}")
    return p.stdout


def newsgraph_graphs(port):
    out = isql(port, "SPARQL SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), 'https://w3id.org/newsgraph/graph/')) };")
    return [line.strip() for line in out.splitlines() if line.strip().startswith("https://w3id.org/newsgraph/graph/")]


def clear_virtuoso(port):
    for g in newsgraph_graphs(port):
        isql(port, f"SPARQL CLEAR GRAPH <{g}>;")
    if newsgraph_graphs(port):
        raise SystemExit("Virtuoso still holds newsgraph graphs after CLEAR")


def virtuoso_bulk_load(port, load_dir, nq):
    target = Path(load_dir) / "graph.nq"
    target.write_bytes(nq.read_bytes())
    isql(port, "DELETE FROM DB.DBA.LOAD_LIST;")
    isql(port, f"ld_dir('{Path(load_dir).resolve()}', 'graph.nq', 'urn:newsgraph:default');")
    isql(port, "rdf_loader_run();")
    out = isql(port, "SELECT ll_error FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;")
    if "0 Rows" not in out:
        raise SystemExit(f"Virtuoso bulk load reported errors: {out}")
    isql(port, "checkpoint;")


def count_quads_endpoint(url):
    ep = SparqlEndpoint("virtuoso", url)
    _, rows = ep.select(
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), 'https://w3id.org/newsgraph/graph/')) }"
    )
    return int(rows[0][0][1])


# ---------------------------------------------------------------- SHACL


def shacl_results(report_graph):
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    out = set()
    for r in report_graph.subjects(rdflib.RDF.type, sh.ValidationResult):
        focus = str(report_graph.value(r, sh.focusNode))
        comp = str(report_graph.value(r, sh.sourceConstraintComponent)).rsplit("#", 1)[-1]
        path = report_graph.value(r, sh.resultPath)
        out.add((focus, comp, str(path) if path is not None else ""))
    return out


def break_graph(nt_text):
    """A copy of the export with six deliberate defects, one per shape kind."""
    lines = nt_text.splitlines()
    claims = sorted({l.split(" ")[0] for l in lines if f"<{NG}claimKind>" in l})
    evidences = sorted({l.split(" ")[0] for l in lines if l.split(" ")[1] == "<http://www.w3.org/ns/oa#start>"})
    tenures = sorted({l.split(" ")[0] for l in lines if f"<{NG}openEnded> \"true\"" in l})
    if len(claims) < 4 or not evidences or not tenures:
        raise SystemExit("the graph is too small to break on purpose")
    drop_actor = f"{claims[0]} <{NG}actor> "
    out = [l for l in lines if not l.startswith(drop_actor)]
    out.append(f'{claims[1]} <{NG}partial> "yes" .')
    out.append(f'{claims[2]} <{NG}confidence> "1.5"^^<{XSD}decimal> .')
    out.append(f'{claims[3]} <{NG}status> <{NG}Rumoured> .')
    out.append(f'{evidences[0]} <http://www.w3.org/ns/oa#end> "-1"^^<{XSD}integer> .')
    out.append(f'{tenures[0]} <http://semanticweb.cs.vu.nl/2009/11/sem/hasLatestEndTimeStamp> "2001-01-01"^^<{XSD}date> .')
    return "\n".join(out) + "\n"


def check_shacl(ng, root, work, stats):
    import pyshacl

    t0 = time.monotonic()
    nt = work / "export-all.nt"
    shapes = rdflib.Graph().parse(str(root / "ontology" / "shapes.ttl"), format="turtle")
    data = rdflib.Graph().parse(str(nt), format="nt")
    conforms, report, text = pyshacl.validate(data, shacl_graph=shapes, inference="none")
    if not conforms:
        fail("pyshacl: the export does not conform to ontology/shapes.ttl:\n" + text[:3000])
    own = ng.run("validate", "--format", "json", check=False)
    if own.returncode != 0 or json.loads(own.stdout)["conforms"] is not True:
        fail(f"newsgraph validate: the store does not conform (exit {own.returncode}): {own.stdout[:2000]}{own.stderr}")

    broken = work / "broken.nt"
    broken.write_text(break_graph(nt.read_text()))
    data = rdflib.Graph().parse(str(broken), format="nt")
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none")
    theirs = shacl_results(report)
    if conforms or len(theirs) < 6:
        fail(f"pyshacl: the deliberately broken graph gave conforms={conforms} with {len(theirs)} results")
    own = ng.run("validate", "--format", "json", str(broken), check=False)
    if own.returncode != 1:
        fail(f"newsgraph validate {broken}: exit {own.returncode}, expected 1: {own.stderr}")
    else:
        ours = {(v["focus"], v["component"], v["path"]) for v in json.loads(own.stdout)["results"]}
        if ours != theirs:
            fail(
                "newsgraph validate and pyshacl disagree on the broken graph:\n  only newsgraph: "
                + repr(sorted(ours - theirs))
                + "\n  only pyshacl: "
                + repr(sorted(theirs - ours))
            )
        stats["pyshacl"]["rows"] = len(theirs)
    stats["pyshacl"]["formats"].add("ntriples")
    stats["pyshacl"]["files"] = 2
    stats["pyshacl"]["statements"] = len(data)
    stats["pyshacl"]["seconds"] = time.monotonic() - t0


# ---------------------------------------------------------------- main


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--newsgraph", required=True)
    ap.add_argument("--store", required=True, type=Path)
    ap.add_argument("--work", required=True, type=Path)
    ap.add_argument("--virtuoso-sql", type=int)
    ap.add_argument("--virtuoso-http", type=int)
    ap.add_argument("--virtuoso-load-dir", type=Path)
    args = ap.parse_args()
    root = Path(__file__).resolve().parents[2]
    os.environ["NEWSGRAPH_CHECK_PASSWORD"] = "dba"
    args.work.mkdir(parents=True, exist_ok=True)
    ng = Newsgraph(args.newsgraph, args.store)
    stats = {
        k: {"formats": set(), "files": 0, "statements": 0, "queries": set(), "cases": 0, "rows": 0, "seconds": 0.0}
        for k in ("rdflib", "pyoxigraph", "virtuoso (bulk load)", "virtuoso (newsgraph push)", "pyshacl")
    }

    t0 = time.monotonic()
    nq = check_exports(ng, args.work, stats)
    export_seconds = time.monotonic() - t0

    all_cases = cases(ng)
    answers = {}
    for name, params in all_cases:
        text, doc = ng.query(name, params)
        vars_, rows = rows_json(doc)
        answers[(name, tuple(params))] = (text, vars_, rows)

    stores = [RdflibStore(nq), PyoxigraphStore(nq)]
    compare_queries(ng, stores, all_cases, answers, stats)

    if args.virtuoso_sql:
        endpoint = f"http://127.0.0.1:{args.virtuoso_http}/sparql"
        expected_quads = sum(1 for _ in open(nq, encoding="utf-8"))
        # 1. the N-Quads export through Virtuoso's bulk loader
        t0 = time.monotonic()
        clear_virtuoso(args.virtuoso_sql)
        virtuoso_bulk_load(args.virtuoso_sql, args.virtuoso_load_dir, nq)
        got = count_quads_endpoint(endpoint)
        if got != expected_quads:
            fail(f"virtuoso bulk load: {got} quads, the N-Quads export has {expected_quads}")
        s = stats["virtuoso (bulk load)"]
        s["formats"].add("nquads")
        s["files"], s["statements"] = 1, got
        s["seconds"] += time.monotonic() - t0
        ep = SparqlEndpoint("virtuoso (bulk load)", endpoint)
        compare_queries(ng, [ep], all_cases, answers, stats)
        # 2. the same graph sent by `newsgraph push` over the Graph Store Protocol
        t0 = time.monotonic()
        clear_virtuoso(args.virtuoso_sql)
        push = ng.run(
            "push",
            "--endpoint",
            f"http://127.0.0.1:{args.virtuoso_http}/sparql-graph-crud-auth",
            "--user",
            "dba",
            "--password-env",
            "NEWSGRAPH_CHECK_PASSWORD",
            check=False,
        )
        if push.returncode != 0:
            fail(f"newsgraph push exited {push.returncode}: {push.stderr}")
        got = count_quads_endpoint(endpoint)
        if got != expected_quads:
            fail(f"virtuoso after newsgraph push: {got} quads, the N-Quads export has {expected_quads}")
        s = stats["virtuoso (newsgraph push)"]
        s["formats"].add("ntriples (graph store PUT)")
        s["files"], s["statements"] = len(newsgraph_graphs(args.virtuoso_sql)), got
        s["seconds"] += time.monotonic() - t0
        ep = SparqlEndpoint("virtuoso (newsgraph push)", endpoint)
        compare_queries(ng, [ep], all_cases, answers, stats)

    check_shacl(ng, root, args.work, stats)

    print(f"exports written and parsed in {export_seconds:.1f} s")
    print(f"{'store':28} {'formats':44} {'files':>5} {'statements':>10} {'queries':>7} {'cases':>5} {'rows':>6} {'seconds':>7}")
    for name, s in stats.items():
        if not s["files"]:
            continue
        print(
            f"{name:28} {','.join(sorted(s['formats'])):44} {s['files']:5} {s['statements']:10} "
            f"{len(s['queries']):7} {s['cases']:5} {s['rows']:6} {s['seconds']:7.1f}"
        )
    if failures:
        print(f"{len(failures)} differences", file=sys.stderr)
        return 1
    print("no differences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
