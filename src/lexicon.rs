//! Closed-class English words the extractor reads by: control verbs and their
//! forms, force nouns, place nouns, cue words for status and extent. General
//! English only: no place, actor or conflict is named here (those live in
//! `ontology/gazetteer.ttl`).

/// What a trigger word does to control.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// subject gains the object place
    Capture,
    /// subject loses the object place
    Lose,
    /// subject leaves the place
    Withdraw,
    /// subject enters the place
    Enter,
    /// subject holds the place
    Hold,
    /// subject drives an actor out of a place
    Expel,
    /// the place falls to an actor
    Fall,
}

/// Verb forms: (form, class, is past participle, needs particle).
/// A particle of "" means none is needed.
pub const VERBS: &[(&str, Class, bool, &str)] = &[
    ("capture", Class::Capture, false, ""),
    ("captures", Class::Capture, false, ""),
    ("captured", Class::Capture, true, ""),
    ("capturing", Class::Capture, false, ""),
    ("recapture", Class::Capture, false, ""),
    ("recaptures", Class::Capture, false, ""),
    ("recaptured", Class::Capture, true, ""),
    ("recapturing", Class::Capture, false, ""),
    ("seize", Class::Capture, false, ""),
    ("seizes", Class::Capture, false, ""),
    ("seized", Class::Capture, true, ""),
    ("seizing", Class::Capture, false, ""),
    ("retake", Class::Capture, false, ""),
    ("retakes", Class::Capture, false, ""),
    ("wrested", Class::Capture, true, ""),
    ("wrest", Class::Capture, false, ""),
    ("wrests", Class::Capture, false, ""),
    ("restore", Class::Capture, false, ""),
    ("restores", Class::Capture, false, ""),
    ("restored", Class::Capture, true, ""),
    ("restoring", Class::Capture, false, ""),
    ("retook", Class::Capture, false, ""),
    ("retaken", Class::Capture, true, ""),
    ("retaking", Class::Capture, false, ""),
    ("take", Class::Capture, false, ""),
    ("takes", Class::Capture, false, ""),
    ("took", Class::Capture, false, ""),
    ("taken", Class::Capture, true, ""),
    ("taking", Class::Capture, false, ""),
    ("overrun", Class::Capture, true, ""),
    ("overran", Class::Capture, false, ""),
    ("overruns", Class::Capture, false, ""),
    ("overrunning", Class::Capture, false, ""),
    ("liberate", Class::Capture, false, ""),
    ("liberated", Class::Capture, true, ""),
    ("liberates", Class::Capture, false, ""),
    ("liberating", Class::Capture, false, ""),
    ("freed", Class::Capture, true, ""),
    ("frees", Class::Capture, false, ""),
    ("regain", Class::Capture, false, ""),
    ("regained", Class::Capture, true, ""),
    ("regains", Class::Capture, false, ""),
    ("regaining", Class::Capture, false, ""),
    ("wrest", Class::Capture, false, ""),
    ("wrested", Class::Capture, true, ""),
    ("conquer", Class::Capture, false, ""),
    ("conquered", Class::Capture, true, ""),
    ("secured", Class::Capture, true, ""),
    ("secure", Class::Capture, false, ""),
    ("secures", Class::Capture, false, ""),
    ("securing", Class::Capture, false, ""),
    ("cleared", Class::Capture, true, ""),
    ("clear", Class::Capture, false, ""),
    ("clears", Class::Capture, false, ""),
    ("won", Class::Capture, true, "back"),
    ("win", Class::Capture, false, "back"),
    ("occupied", Class::Capture, true, ""),
    ("gained", Class::Capture, true, "control"),
    ("gain", Class::Capture, false, "control"),
    ("assumed", Class::Capture, true, "control"),
    ("grabbed", Class::Capture, true, ""),
    ("lose", Class::Lose, false, ""),
    ("loses", Class::Lose, false, ""),
    ("lost", Class::Lose, true, ""),
    ("losing", Class::Lose, false, ""),
    ("ceded", Class::Lose, true, ""),
    ("fell", Class::Withdraw, false, "back"),
    ("slipped", Class::Withdraw, false, "out"),
    ("falling", Class::Withdraw, false, "back"),
    ("withdraw", Class::Withdraw, false, ""),
    ("withdraws", Class::Withdraw, false, ""),
    ("withdrew", Class::Withdraw, false, ""),
    ("withdrawn", Class::Withdraw, true, ""),
    ("withdrawing", Class::Withdraw, false, ""),
    ("pull", Class::Withdraw, false, "out|back"),
    ("pulls", Class::Withdraw, false, "out|back"),
    ("pulled", Class::Withdraw, true, "out|back"),
    ("pulling", Class::Withdraw, false, "out|back"),
    ("retreat", Class::Withdraw, false, ""),
    ("retreated", Class::Withdraw, true, ""),
    ("retreating", Class::Withdraw, false, ""),
    ("abandon", Class::Withdraw, false, ""),
    ("abandoned", Class::Withdraw, true, ""),
    ("abandoning", Class::Withdraw, false, ""),
    ("flee", Class::Withdraw, false, ""),
    ("fled", Class::Withdraw, true, ""),
    ("fleeing", Class::Withdraw, false, ""),
    ("evacuated", Class::Withdraw, true, ""),
    ("left", Class::Withdraw, true, "!"),
    ("enter", Class::Enter, false, ""),
    ("enters", Class::Enter, false, ""),
    ("entered", Class::Enter, true, ""),
    ("entering", Class::Enter, false, ""),
    ("advanced", Class::Enter, true, "into"),
    ("advance", Class::Enter, false, "into"),
    ("pushed", Class::Enter, true, "into"),
    ("push", Class::Enter, false, "into"),
    ("moved", Class::Enter, true, "into"),
    ("stormed", Class::Enter, true, ""),
    ("walked", Class::Enter, true, "into"),
    ("walk", Class::Enter, false, "into"),
    ("marched", Class::Enter, true, "into"),
    ("march", Class::Enter, false, "into"),
    ("storm", Class::Enter, false, ""),
    ("storming", Class::Enter, false, ""),
    ("broke", Class::Enter, false, "into"),
    ("drove", Class::Enter, false, "into"),
    ("flew", Class::Enter, false, "into|in"),
    ("flown", Class::Enter, true, "into|in"),
    ("followed", Class::Enter, false, "into"),
    ("leave", Class::Withdraw, false, "!"),
    ("leaves", Class::Withdraw, false, "!"),
    ("moved", Class::Enter, true, "in"),
    ("move", Class::Enter, false, "in"),
    ("moving", Class::Enter, false, "in"),
    ("moving", Class::Withdraw, false, "out"),
    ("moved", Class::Withdraw, true, "out"),
    ("move", Class::Withdraw, false, "out"),
    ("crossed", Class::Enter, false, "into"),
    ("swept", Class::Enter, false, "in"),
    ("swept", Class::Enter, false, "into"),
    ("rolled", Class::Enter, false, "into"),
    ("rolled", Class::Enter, false, "in"),
    ("rolls", Class::Enter, false, "in"),
    ("landed", Class::Enter, false, "on|in|at"),
    ("land", Class::Enter, false, "on|in|at"),
    ("lands", Class::Enter, false, "on|in|at"),
    // "reached the town centre" (never "reached the outskirts": see the extractor)
    ("reached", Class::Enter, false, ""),
    ("reach", Class::Enter, false, ""),
    ("reaches", Class::Enter, false, ""),
    ("roll", Class::Enter, false, "into"),
    ("rolls", Class::Enter, false, "into"),
    ("punched", Class::Enter, false, "into"),
    ("punch", Class::Enter, false, "into"),
    ("marched", Class::Enter, false, "into"),
    ("poured", Class::Enter, false, "into"),
    ("hold", Class::Hold, false, ""),
    ("holds", Class::Hold, false, ""),
    ("held", Class::Hold, true, ""),
    ("holding", Class::Hold, false, ""),
    ("control", Class::Hold, false, "!"),
    ("controls", Class::Hold, false, ""),
    ("controlled", Class::Hold, true, ""),
    // "militants were still holed up in X" ("remained in X" is no hold: stragglers, the trapped)
    ("holed", Class::Hold, false, "up"),
    ("drive", Class::Expel, false, ""),
    ("drives", Class::Expel, false, ""),
    ("drove", Class::Expel, false, ""),
    ("driven", Class::Expel, true, ""),
    ("driving", Class::Expel, false, ""),
    ("pushed", Class::Expel, true, "out"),
    ("push", Class::Expel, false, "out"),
    ("pushing", Class::Expel, false, "out"),
    ("forced", Class::Expel, true, "out"),
    ("force", Class::Expel, false, "out"),
    ("expel", Class::Expel, false, ""),
    ("expelled", Class::Expel, true, ""),
    ("expelling", Class::Expel, false, ""),
    ("oust", Class::Expel, false, ""),
    ("ousted", Class::Expel, true, ""),
    ("kicked", Class::Expel, true, "out"),
    ("chased", Class::Expel, true, "out"),
    ("flushed", Class::Expel, true, "out"),
    ("routed", Class::Expel, true, ""),
    ("fell", Class::Fall, false, "to"),
    ("fallen", Class::Fall, true, "to"),
    ("falls", Class::Fall, false, "to"),
    ("fell", Class::Fall, false, ""),
    ("fallen", Class::Fall, true, ""),
    ("falls", Class::Fall, false, ""),
    ("fall", Class::Fall, false, "to"),
];

/// Nouns for the nominal forms: "the recapture of X by Y", "the fall of X to Y".
pub const NOMINALS: &[(&str, Class)] = &[
    ("capture", Class::Capture),
    ("recapture", Class::Capture),
    ("seizure", Class::Capture),
    ("liberation", Class::Capture),
    ("takeover", Class::Capture),
    ("fall", Class::Fall),
    ("loss", Class::Lose),
    ("withdrawal", Class::Withdraw),
];

/// Nouns that name armed men; "X fighters", "the militants".
pub const FORCE_NOUNS: &[&str] = &[
    "forces",
    "force",
    "troops",
    "soldiers",
    "fighters",
    "militants",
    "militia",
    "militias",
    "militiamen",
    "rebels",
    "insurgents",
    "jihadists",
    "units",
    "unit",
    "army",
    "military",
    "regime",
    "government",
    "group",
    "loyalists",
    "gunmen",
    "paramilitaries",
    "commandos",
    "marines",
    "paratroopers",
    "brigades",
    "brigade",
    "battalion",
    "battalions",
    "separatists",
    "extremists",
    "terrorists",
    "mercenaries",
    "contractors",
    "special",
    "allies",
    "police",
    "personnel",
    "contingent",
    "coalition",
    "guerrillas",
    "islamists",
    "infantry",
    "tanks",
    "armour",
];

/// Nouns that mark a backer, not the holder: "their X backers", "air support".
pub const BACKER_NOUNS: &[&str] = &[
    "backers",
    "backer",
    "support",
    "air",
    "aerial",
    "airstrikes",
    "strikes",
    "jets",
    "warplanes",
    "aircraft",
    "helicopters",
    "drones",
    "advisers",
    "advisors",
    "sponsors",
];

/// Words after which mentions are backers: "backed by", "with help from".
pub const BACKER_CUES: &[&[&str]] = &[
    &["backed", "by"],
    &["supported", "by"],
    &["aided", "by"],
    &["assisted", "by"],
    &["with", "help", "from"],
    &["with", "the", "help", "of"],
    &["with", "support", "from"],
    &["with", "the", "support", "of"],
    &["with", "backing", "from"],
    &["with", "the", "backing", "of"],
    &["with", "assistance", "from"],
    &["alongside"],
    &["and", "their"],
    &["and", "its"],
];

/// Definite nouns that refer back to a settlement: "the city", "the town".
pub const SETTLEMENT_NOUNS: &[&str] = &[
    "city",
    "town",
    "village",
    "settlement",
    "hamlet",
    "oasis",
    "port",
    "enclave",
    "stronghold",
    "capital",
    "island",
    "islet",
];

/// Nouns that name a part of a settlement (a site of its own).
pub const SITE_NOUNS: &[&str] = &[
    "citadel",
    "airport",
    "airfield",
    "airstrip",
    "airbase",
    "base",
    "castle",
    "fortress",
    "dam",
    "bridge",
    "refinery",
    "prison",
    "port",
    "seaport",
    "harbour",
    "harbor",
    "compound",
    "complex",
    "headquarters",
    "palace",
    "council",
    "hall",
    "stadium",
    "hospital",
    "crossing",
    "camp",
    "barracks",
    "garrison",
    "terminal",
    "mosque",
    "plant",
    "works",
    "steelworks",
    "factory",
    "oilfield",
    "depot",
];

/// Nouns that name the kind of a site: "the government compound", "the police headquarters".
pub const SITE_MODIFIER_WORDS: &[&str] = &[
    "government",
    "police",
    "army",
    "military",
    "presidential",
    "governor",
    "border",
    "security",
    "naval",
    "air",
    "steel",
    "chemical",
    "oil",
    "power",
    "nuclear",
    "fuel",
];

/// Sub-areas: taking one is taking part of the place.
pub const SUBAREA_NOUNS: &[&str] = &[
    "district",
    "districts",
    "neighbourhood",
    "neighbourhoods",
    "neighborhood",
    "neighborhoods",
    "quarter",
    "quarters",
    "outskirts",
    "suburb",
    "suburbs",
    "edge",
    "parts",
    "part",
    "sections",
    "section",
    "areas",
    "bank",
    "side",
];

/// Words in an object phrase that make control partial.
pub const PARTIAL_WORDS: &[&str] = &[
    "most",
    "much",
    "parts",
    "part",
    "half",
    "some",
    "neighbourhood",
    "neighbourhoods",
    "neighborhood",
    "neighborhoods",
    "district",
    "districts",
    "outskirts",
    "edge",
    "sections",
    "section",
    "quarter",
    "quarters",
    "suburbs",
    "eastern",
    "western",
    "northern",
    "southern",
    "north-western",
    "north-eastern",
    "south-western",
    "south-eastern",
    "northwestern",
    "northeastern",
    "southwestern",
    "southeastern",
    "areas",
    "bank",
    "large",
];

/// Words that make a sentence a statement of intent rather than an event.
pub const PLAN_CUES: &[&[&str]] = &[
    &["vowed", "to"],
    &["vows", "to"],
    &["vow", "to"],
    &["plans", "to"],
    &["plan", "to"],
    &["planned", "to"],
    &["planning", "to"],
    &["poised", "to"],
    &["expected", "to"],
    &["set", "to"],
    &["preparing", "to"],
    &["prepared", "to"],
    &["prepare", "to"],
    &["intended", "to"],
    &["intends", "to"],
    &["intend", "to"],
    &["aims", "to"],
    &["aimed", "to"],
    &["aim", "to"],
    &["aiming", "to"],
    &["threatened", "to"],
    &["threatens", "to"],
    &["bid", "to"],
    &["attempt", "to"],
    &["attempts", "to"],
    &["attempted", "to"],
    &["attempting", "to"],
    &["try", "to"],
    &["tries", "to"],
    &["tried", "to"],
    &["trying", "to"],
    &["seeking", "to"],
    &["seeks", "to"],
    &["sought", "to"],
    &["campaign", "to"],
    &["offensive", "to"],
    &["operation", "to"],
    &["push", "to"],
    &["battle", "to"],
    &["fight", "to"],
    &["fighting", "to"],
    &["effort", "to"],
    &["efforts", "to"],
    &["ordered", "to"],
    &["promise", "to"],
    &["promised", "to"],
    &["pledged", "to"],
    &["ready", "to"],
    &["about", "to"],
    &["hoping", "to"],
    &["hopes", "to"],
    &["want", "to"],
    &["wants", "to"],
    &["ahead", "of"],
    &["raid", "to"],
    &["demanded"],
    &["demands"],
    &["demanding"],
    &["urged"],
    &["urging"],
    &["called", "on"],
    &["calls", "on"],
    &["mission", "to"],
    &["will"],
    &["would"],
    &["could"],
    &["might"],
    &["may"],
    &["'ll"],
    &["shall"],
];

pub const NEGATION_CUES: &[&[&str]] = &[
    &["not"],
    &["n't"],
    &["never"],
    &["failed", "to"],
    &["fail", "to"],
    &["fails", "to"],
    &["unable", "to"],
    &["yet", "to"],
    &["no", "longer"],
];

/// Participles that say a place was won back without naming who did it ("the town was
/// liberated", "X declared the city freed"): the winner is the speaker's side or the
/// place's own government.
pub const LIBERATION_PARTICIPLES: &[&str] = &["liberated", "freed", "retaken", "recaptured", "regained"];

/// Verbs that announce a state of affairs ("declared the city liberated").
pub const DECLARE_VERBS: &[&str] = &[
    "declared",
    "declares",
    "declare",
    "declaring",
    "proclaimed",
    "proclaims",
];

pub const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "announced",
    "announces",
    "reported",
    "reports",
    "stated",
    "told",
    "confirmed",
    "confirms",
    "insisted",
    "declared",
    "added",
    "wrote",
    "tweeted",
    "posted",
];

pub const CLAIM_VERBS: &[&str] = &["claimed", "claims", "claim", "claiming", "boasted", "asserted"];

pub const DENY_VERBS: &[&str] = &[
    "denied",
    "denies",
    "deny",
    "denying",
    "rejected",
    "dismissed",
    "refuted",
];

/// Words in a speaker phrase that make it a party to the fight.
pub const PARTISAN_SPEAKERS: &[&str] = &[
    "army",
    "military",
    "government",
    "regime",
    "ministry",
    "command",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "officials",
    "commander",
    "commanders",
    "rebels",
    "rebel",
    "militants",
    "insurgents",
    "group",
    "allies",
    "state-run",
    "state",
    "-run",
    "propaganda",
    "mouthpiece",
    "officer",
    "officers",
    "general",
    "minister",
    "governor",
    "president",
];

/// Subordinating words whose clause is background to the sentence.
pub const SUBORDINATORS: &[&str] = &["after", "before", "when", "once", "until", "since", "as"];

/// Prepositions that keep a mention out of the subject role.
pub const NON_SUBJECT_PREPS: &[&str] = &[
    "by", "from", "with", "against", "to", "on", "for", "toward", "towards", "over", "at", "near", "into", "than",
    "in", "around", "outside", "inside", "between", "beyond", "across", "under", "behind", "about", "of",
];

/// Nouns that, right after an actor, make it a possessor or modifier ("army defences").
pub const POSSESSED_NOUNS: &[&str] = &[
    "defences",
    "defenses",
    "lines",
    "line",
    "positions",
    "position",
    "offensive",
    "assault",
    "attack",
    "attacks",
    "bombardment",
    "advance",
    "control",
    "rule",
    "territory",
    "territories",
    "capital",
    "stronghold",
    "strongholds",
    "news",
    "agency",
    "media",
    "channel",
    "outlet",
    "statement",
    "spokesman",
    "officials",
    "official",
    "sources",
    "source",
    "commander",
    "commanders",
    // "an X offshoot that controls": the offshoot, not X
    "offshoot",
    "affiliate",
    "branch",
    "splinter",
    "rival",
    "rivals",
    "enemy",
    "enemies",
];

/// Words that stop the search for an object place.
pub const OBJECT_STOPS: &[&str] = &[
    ",", ";", ":", ".", "(", ")", "—", "in", "near", "outside", "around", "toward", "towards", "to", "from", "with",
    "after", "before", "while", "as", "but", "which", "that", "who", "where", "linking", "between", "against", "on",
    "for", "at", "beyond", "than", "percent", "per", "because", "despite", "during", "until", "since", "if", "when",
    "and", "or", "\"", "'", "said", "says", "over", "across", "along",
];

/// Frequency words that make a sentence a summary, not an event report.
pub const FREQUENCY_WORDS: &[&str] = &["twice", "thrice", "repeatedly", "several times", "many times", "times"];

/// Words that describe a settlement in "the ancient city of X".
pub fn is_place_descriptor(w: &str) -> bool {
    SETTLEMENT_NOUNS.contains(&w)
        || matches!(
            w,
            "province"
                | "region"
                | "governorate"
                | "district"
                | "area"
                | "mountains"
                | "mountain"
                | "hills"
                | "hill"
                | "valley"
                | "island"
                | "peninsula"
                | "municipality"
                | "county"
                | "state"
                | "oblast"
                | "suburb"
        )
}

/// Objects that make a control verb an idiom: "took part in", "took place",
/// "took cover", "seized the initiative", "held talks", "entered negotiations".
pub const IDIOM_OBJECTS: &[&str] = &[
    "part",
    "place",
    "cover",
    "refuge",
    "shelter",
    "aim",
    "note",
    "care",
    "effect",
    "advantage",
    "initiative",
    "opportunity",
    "chance",
    "moment",
    "steps",
    "action",
    "office",
    "talks",
    "negotiations",
    "meeting",
    "meetings",
    "conference",
    "elections",
    "election",
    "vote",
    "referendum",
    "rally",
    "rallies",
    "ceremony",
    "parade",
    "funeral",
    "hostage",
    "hostages",
    "prisoners",
    "captive",
    "captives",
    "service",
];

/// Titles and roles of people (not the ones that also open place names:
/// "Sheikh Maqsoud", "Imam Ali shrine", "King Fahd airport"): the capitalised
/// name after one ("President
/// Vladimir Putin", "spokesman Ahmed Saleh", "Gen. Smith") or after a comma
/// and one ("Abdi Ali, a shopkeeper") is a person, never a place.
pub const PERSON_TITLES: &[&str] = &[
    "president",
    "minister",
    "secretary",
    "general",
    "gen",
    "mr",
    "mrs",
    "ms",
    "dr",
    "colonel",
    "col",
    "captain",
    "capt",
    "lt",
    "lieutenant",
    "sgt",
    "sergeant",
    "major",
    "maj",
    "commander",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "governor",
    "mayor",
    "leader",
    "chief",
    "envoy",
    "ambassador",
    "adviser",
    "advisor",
    "analyst",
    "official",
    "brigadier",
    "marshal",
    "admiral",
    "deputy",
    "senator",
    "premier",
    "chancellor",
    "cleric",
    "founder",
    "director",
    "correspondent",
    "reporter",
    "journalist",
    "resident",
    "shopkeeper",
    "witness",
    "researcher",
    "professor",
    "expert",
    "activist",
    "lawmaker",
    "mp",
    "prosecutor",
    "judge",
    "warlord",
    "militiaman",
    "fighter",
    "soldier",
    "officer",
    "pilot",
    "doctor",
    "nurse",
    "teacher",
    "farmer",
    "trader",
    "student",
    "father",
    "mother",
    "son",
    "daughter",
    "brother",
    "sister",
];

/// Words of intent before "to" + verb: "an attempt by his forces to seize X",
/// "the offensive to retake X", "tried to enter X": the verb names a goal.
pub const INTENT_NOUNS: &[&str] = &[
    "attempt",
    "attempts",
    "attempted",
    "attempting",
    "bid",
    "bids",
    "effort",
    "efforts",
    "push",
    "drive",
    "campaign",
    "offensive",
    "operation",
    "operations",
    "mission",
    "plan",
    "plans",
    "planned",
    "planning",
    "order",
    "orders",
    "race",
    "struggle",
    "battle",
    "fight",
    "tried",
    "try",
    "tries",
    "trying",
    "sought",
    "seek",
    "seeks",
    "seeking",
    "aimed",
    "aiming",
    "threatened",
    "threatens",
    "threatening",
    "prepared",
    "preparing",
    "preparations",
    "ready",
    "poised",
    "determined",
    "unable",
    "failed",
    "fails",
];

/// The words an idiom of control opens with ("in X hands", "handed P to Y",
/// "in full control of P", "has control of P", "under its control", "no
/// longer in P", "victory over X", "raised the flag over P"): the extractor
/// tries its idioms only at these.
pub const IDIOM_STARTS: &[&str] = &[
    "hands",
    "won",
    "wins",
    "win",
    "handed",
    "hand",
    "handing",
    "surrendered",
    "surrenders",
    "surrender",
    "ceded",
    "cedes",
    "control",
    "has",
    "have",
    "had",
    "having",
    "retains",
    "retained",
    "maintains",
    "under",
    "no",
    "victory",
    "raised",
    "raise",
    "raises",
    "raising",
    "hoisted",
    "hoists",
    "hoist",
    "hoisting",
    "planted",
    "plants",
];

/// The words a context phrase can open with ("the city", "its forces",
/// "government troops", "it"): the extractor tries its context phrases only
/// at these.
pub const CONTEXT_STARTS: &[&str] = &[
    "the",
    "this",
    "that",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "it",
    "they",
    "them",
    "pro",
    "government",
    "regime",
    "army",
    "military",
    "loyalist",
    "security",
    "state",
    "militants",
    "jihadists",
    "insurgents",
    "extremists",
    "islamists",
    "rebel",
    "counter",
    "terrorism",
    "insurgency",
    "special",
    "elite",
    "federal",
    "commando",
    "commandos",
    "airborne",
    "service",
    "rapid",
    "response",
    "operations",
    "riot",
    "fighters",
    "units",
    "gunmen",
    "troops",
    "soldiers",
    "loyalists",
    "rebels",
    "our",
];

/// Hash sets over the word lists, for lookups in the token loops.
/// Words that may stand between an auxiliary and its verb ("had been completely liberated").
pub const ADVERBS: &[&str] = &[
    "fully",
    "completely",
    "reportedly",
    "then",
    "quickly",
    "finally",
    "now",
    "already",
    "also",
    "later",
    "largely",
    "briefly",
    "partially",
    "partly",
    "effectively",
    "eventually",
    "nearly",
    "almost",
    "again",
    "just",
    "swiftly",
    "apparently",
    "allegedly",
    "since",
    "subsequently",
    "officially",
    "successfully",
    "formally",
    "back",
    "deep",
    "further",
    "recently",
    "once",
    "still",
    "have",
    "has",
    "had",
    "been",
    "being",
    "be",
    "was",
    "were",
    "is",
    "are",
    "managed",
    "to",
    "they",
    "also",
];

pub const BE_FORMS: &[&str] = &["was", "were", "been", "being", "is", "are", "be", "got", "get", "gets"];

/// Capitalised words that do not open an unknown name.
pub const STOP_CAPS: &[&str] = &[
    "the",
    "a",
    "an",
    "but",
    "and",
    "in",
    "on",
    "at",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "his",
    "her",
    "their",
    "its",
    "this",
    "that",
    "these",
    "those",
    "after",
    "before",
    "when",
    "while",
    "as",
    "by",
    "for",
    "from",
    "with",
    "prime",
    "foreign",
    "defence",
    "defense",
    "interior",
    "image",
    "photo",
    "caption",
    "media",
    "source",
    "related",
    "topics",
    "updated",
    "read",
    "key",
    "points",
    "first",
    "posted",
    "there",
    "if",
    "what",
    "who",
    "where",
    "why",
    "how",
    "some",
    "many",
    "most",
    "all",
    "one",
    "two",
    "three",
    "our",
    "your",
    "my",
    "meanwhile",
    "however",
    "yet",
    "so",
    "still",
    "despite",
    "according",
    "last",
    "next",
    "on",
    "during",
    "since",
    "until",
    "until",
    "also",
    "both",
    "such",
    "other",
    "another",
    "each",
    "every",
    "several",
    "saturday",
    "sunday",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "un",
    "us",
    "u.s.",
    "reuters",
    "afp",
    "ap",
];

/// Lower-case particles inside names ("al-Shihr", "Abu Bakr al Baghdadi").
pub const PARTICLES: &[&str] = &[
    "al", "el", "ad", "ar", "as", "ash", "ez", "es", "de", "da", "du", "des", "del", "la", "le", "bin", "ibn", "an",
    "az", "at",
];

pub mod sets {
    /// FxHash: the default SipHash guards against untrusted keys; these maps
    /// are fixed word lists looked up in the token loops. (Whether a token is
    /// in a list is a bit it carries: `word`.)
    pub use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
    use std::sync::LazyLock;

    /// Verb forms to their readings (a form like "pushed" has several).
    /// A verb form's reading: class, whether it is a past participle, particle needed.
    pub type Reading = (super::Class, bool, &'static str);

    pub static VERB_FORMS: LazyLock<HashMap<&'static str, Vec<Reading>>> = LazyLock::new(|| {
        let mut m: HashMap<&'static str, Vec<_>> = HashMap::default();
        for &(form, class, participle, particle) in super::VERBS {
            m.entry(form).or_default().push((class, participle, particle));
        }
        m
    });

    /// Multi-word cues by their first word: one lookup per token instead of a
    /// comparison per cue.
    pub type CueIndex = HashMap<&'static str, Vec<&'static [&'static str]>>;

    macro_rules! cue_index {
        ($($name:ident = $list:path;)*) => {
            $(pub static $name: LazyLock<CueIndex> = LazyLock::new(|| {
                let mut m: CueIndex = HashMap::default();
                for &cue in $list {
                    m.entry(cue[0]).or_default().push(cue);
                }
                m
            });)*
        };
    }

    cue_index! {
        PLAN_CUE = super::PLAN_CUES;
        NEGATION_CUE = super::NEGATION_CUES;
        BACKER_CUE = super::BACKER_CUES;
    }
}

/// The closed lists a normalised word is in, one bit per list. A token's bits
/// are looked up once, when it is made (`Token::flags`): a rule asking whether
/// a token is in a list then tests a bit instead of hashing the word again.
pub mod word {
    use super::sets::HashMap;
    use std::sync::LazyLock;

    macro_rules! word_bits {
        ($($(#[$doc:meta])* $name:ident = $bit:expr, $words:expr;)*) => {
            $($(#[$doc])* pub const $name: u64 = 1 << $bit;)*
            static FLAGS: LazyLock<HashMap<&'static str, u64>> = LazyLock::new(|| {
                let mut m: HashMap<&'static str, u64> = HashMap::default();
                $(for w in $words {
                    *m.entry(w).or_default() |= $name;
                })*
                m
            });
        };
    }

    word_bits! {
        FORCE = 0, super::FORCE_NOUNS.iter().copied();
        BACKER = 1, super::BACKER_NOUNS.iter().copied();
        SETTLEMENT = 2, super::SETTLEMENT_NOUNS.iter().copied();
        SITE = 3, super::SITE_NOUNS.iter().copied();
        SITE_MODIFIER = 4, super::SITE_MODIFIER_WORDS.iter().copied();
        OBJECT_STOP = 5, super::OBJECT_STOPS.iter().copied();
        NON_SUBJECT_PREP = 6, super::NON_SUBJECT_PREPS.iter().copied();
        PARTIAL = 7, super::PARTIAL_WORDS.iter().copied();
        SUBAREA = 8, super::SUBAREA_NOUNS.iter().copied();
        POSSESSED = 9, super::POSSESSED_NOUNS.iter().copied();
        SPEECH = 10, super::SPEECH_VERBS.iter().copied();
        CLAIM = 11, super::CLAIM_VERBS.iter().copied();
        DENY = 12, super::DENY_VERBS.iter().copied();
        PARTISAN = 13, super::PARTISAN_SPEAKERS.iter().copied();
        SUBORDINATOR = 14, super::SUBORDINATORS.iter().copied();
        FREQUENCY = 15, super::FREQUENCY_WORDS.iter().copied();
        CONTEXT_START = 16, super::CONTEXT_STARTS.iter().copied();
        DECLARE = 17, super::DECLARE_VERBS.iter().copied();
        BE = 18, super::BE_FORMS.iter().copied();
        ADVERB = 19, super::ADVERBS.iter().copied();
        STOP_CAP = 20, super::STOP_CAPS.iter().copied();
        PARTICLE = 21, super::PARTICLES.iter().copied();
        PERSON_TITLE = 22, super::PERSON_TITLES.iter().copied();
        IDIOM_OBJECT = 23, super::IDIOM_OBJECTS.iter().copied();
        INTENT_NOUN = 24, super::INTENT_NOUNS.iter().copied();
        SPEECH_VENUE_CUE = 25, super::SPEECH_VENUE_CUES.iter().copied();
        LIBERATION_PARTICIPLE = 26, super::LIBERATION_PARTICIPLES.iter().copied();
        /// a verb form of `VERBS`
        VERB = 27, super::VERBS.iter().map(|v| v.0);
        /// a verb form that needs no particle: it ends an object phrase
        BARE_VERB = 28, super::VERBS.iter().filter(|v| v.3.is_empty()).map(|v| v.0);
        /// the first word of a plan, negation or backer cue
        PLAN_CUE_START = 29, super::PLAN_CUES.iter().map(|c| c[0]);
        NEGATION_CUE_START = 30, super::NEGATION_CUES.iter().map(|c| c[0]);
        BACKER_CUE_START = 31, super::BACKER_CUES.iter().map(|c| c[0]);
        NOMINAL = 32, super::NOMINALS.iter().map(|n| n.0);
        IDIOM_START = 33, super::IDIOM_STARTS.iter().copied();
        /// a word a time expression can open with (`time::OPENING_WORDS`)
        TIME_OPEN = 34, crate::time::OPENING_WORDS.iter().copied();
    }

    /// Bits the gazetteer sets when it tokenises (`Gazetteer::tokenize`), not
    /// lexicon lists: a demonym it knows; a person it knows by their forces.
    pub const DEMONYM: u64 = 1 << 62;
    pub const PERSON: u64 = 1 << 63;

    /// The lists `w` (a normalised word) is in.
    pub fn of(w: &str) -> u64 {
        FLAGS.get(w).copied().unwrap_or(0)
    }

    /// Every word in a list, with its lists.
    pub fn all() -> impl Iterator<Item = (&'static str, u64)> {
        FLAGS.iter().map(|(w, f)| (*w, *f))
    }
}

/// Words before "in X" that make X the place someone spoke ("told a news
/// conference in X", "a statement issued in X"), not the place of the story.
pub const SPEECH_VENUE_CUES: &[&str] = &[
    "conference",
    "briefing",
    "statement",
    "interview",
    "reporters",
    "journalists",
    "speech",
    "issued",
    "told",
    "said",
];
