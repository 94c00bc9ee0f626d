//! Command-line interface: every clap type lives here, so help, man pages
//! and completions come from one place.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(name = "newsgraph", version, about = "News articles into a temporal knowledge graph of territorial control (Oxigraph)", long_about = None)]
pub struct Cli {
    /// Store folder (Oxigraph RocksDB). Default: $NEWSGRAPH_STORE, else ./newsgraph-store
    #[arg(long, global = true, env = "NEWSGRAPH_STORE", default_value = "newsgraph-store")]
    pub store: PathBuf,
    /// Never draw a progress bar
    #[arg(long, global = true)]
    pub quiet: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(clap::Args, Debug, Clone)]
pub struct InputArgs {
    /// Article files, folders (recursive, sorted) or JSON Lines corpora (.jsonl)
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// JSON Lines manifest: file, published, publisher, url, title
    #[arg(long)]
    pub manifest: Option<PathBuf>,
    /// Extra gazetteer in Turtle (skos:prefLabel / skos:altLabel), repeatable
    #[arg(long)]
    pub gazetteer: Vec<PathBuf>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Extract claims from articles and store them (one named graph per article)
    #[command(after_help = "Example:\n  newsgraph ingest examples/articles --manifest examples/manifest.jsonl")]
    Ingest {
        #[command(flatten)]
        input: InputArgs,
    },
    /// Print the claims found in articles, without touching the store
    #[command(
        after_help = "Example:\n  newsgraph extract examples/articles --manifest examples/manifest.jsonl --format table"
    )]
    Extract {
        #[command(flatten)]
        input: InputArgs,
        #[arg(long, value_enum, default_value = "jsonl")]
        format: ExtractFormat,
    },
    /// Run a SPARQL query on the store
    #[command(
        after_help = "Example:\n  newsgraph sparql 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }'\n  newsgraph sparql -f queries/places.rq --format csv"
    )]
    Sparql {
        /// The query text (or use -f)
        query: Option<String>,
        /// Read the query from a file
        #[arg(short = 'f', long = "file")]
        file: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "table")]
        format: ResultFormat,
    },
    /// Write the graph in an RDF format
    #[command(
        after_help = "Example:\n  newsgraph export --format nquads -o graph.nq\n  newsgraph export --format turtle --graph tenures"
    )]
    Export {
        #[arg(long, value_enum, default_value = "nquads")]
        format: ExportFormat,
        /// Output file (default: standard output)
        #[arg(short = 'o', long)]
        output: Option<PathBuf>,
        /// Layer: all, articles, tenures, ontology, or a graph IRI
        #[arg(long, default_value = "all")]
        graph: String,
    },
    /// Run a canned query from queries/ with key=value parameters
    #[command(
        after_help = "Examples:\n  newsgraph query --list\n  newsgraph query who-held place=Mosul date=2017-03-01 --explain\n  newsgraph query timeline place=Mosul --show-query > timeline.rq\n  newsgraph query changes from=2017-03-01 to=2017-03-31 --format csv"
    )]
    Query {
        /// Query name (see --list)
        name: Option<String>,
        /// Parameters as key=value
        args: Vec<String>,
        /// List the canned queries with their parameters
        #[arg(long)]
        list: bool,
        /// With who-held: print the sentences behind each answer
        #[arg(long)]
        explain: bool,
        /// Print the SPARQL text with the parameters bound, to run in another store, and exit
        #[arg(long)]
        show_query: bool,
        #[arg(long, value_enum, default_value = "table")]
        format: ResultFormat,
    },
    /// The consolidated control timeline of a place
    #[command(after_help = "Example:\n  newsgraph timeline Mosul --format svg > mosul.svg")]
    Timeline {
        /// Place name or alias
        place: String,
        #[arg(long, value_enum, default_value = "text")]
        format: TimelineFormat,
        /// Also show tenures only implied by a later regain
        #[arg(long)]
        implied: bool,
    },
    /// Counts: articles, claims, tenures, actors, places, date range
    #[command(after_help = "Example:\n  newsgraph stats")]
    Stats,
    /// Check the store (or RDF files) against the SHACL shapes of ontology/shapes.ttl
    #[command(
        after_help = "Exit codes: 0 conforms, 1 violations (listed with their focus nodes), 2 the check could not run.\nExamples:\n  newsgraph validate\n  newsgraph validate graph.nq --format json"
    )]
    Validate {
        /// RDF files to check instead of the store (.nq .trig .ttl .nt .rdf .jsonld; read as one graph)
        files: Vec<PathBuf>,
        /// Shapes in Turtle (default: the bundled ontology/shapes.ttl)
        #[arg(long)]
        shapes: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "text")]
        format: ValidateFormat,
    },
    /// Send the graph, or one layer, to a SPARQL 1.1 Graph Store HTTP Protocol endpoint
    #[command(
        after_help = "Each named graph is sent as `PUT ENDPOINT?graph=IRI` (N-Triples), replacing that graph.\nExamples:\n  NEWSGRAPH_PASSWORD=dba newsgraph push --endpoint http://localhost:8890/sparql-graph-crud-auth --user dba\n  newsgraph push --endpoint http://localhost:3030/news/data --graph tenures"
    )]
    Push {
        /// Graph Store Protocol URL (Virtuoso: …/sparql-graph-crud-auth, Fuseki: …/DATASET/data)
        #[arg(long)]
        endpoint: String,
        /// Layer: all, articles, tenures, ontology, or a graph IRI
        #[arg(long, default_value = "all")]
        graph: String,
        /// User name for Basic or Digest authentication
        #[arg(long)]
        user: Option<String>,
        /// Environment variable that holds the password (never on the command line)
        #[arg(long, default_value = "NEWSGRAPH_PASSWORD")]
        password_env: String,
        /// Environment variable that holds a bearer token (instead of --user)
        #[arg(long, conflicts_with = "user")]
        token_env: Option<String>,
        /// Authentication scheme: auto follows the endpoint's challenge
        #[arg(long, value_enum, default_value = "auto")]
        auth: AuthArg,
        /// Seconds to wait for each request
        #[arg(long, default_value_t = 300)]
        timeout: u64,
    },
    /// Score extraction against gold annotations (precision, recall, F1)
    #[command(
        after_help = "Example:\n  newsgraph eval --gold examples/gold.jsonl --docs examples/articles --manifest examples/manifest.jsonl --aliases examples/aliases.json"
    )]
    Eval {
        #[arg(long)]
        gold: PathBuf,
        #[arg(long)]
        docs: PathBuf,
        #[arg(long)]
        manifest: Option<PathBuf>,
        #[arg(long)]
        aliases: Option<PathBuf>,
        #[arg(long)]
        gazetteer: Vec<PathBuf>,
        /// Also list claims that matched no gold event
        #[arg(long)]
        spurious: bool,
    },
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExtractFormat {
    Jsonl,
    Table,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResultFormat {
    Table,
    Json,
    Xml,
    Csv,
    Tsv,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Turtle,
    Ntriples,
    Nquads,
    Trig,
    Rdfxml,
    Jsonld,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValidateFormat {
    Text,
    Json,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuthArg {
    Auto,
    Basic,
    Digest,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimelineFormat {
    Text,
    Json,
    Svg,
}
