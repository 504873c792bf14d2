-- newstrace index, SQLite. One row per article; features as postings for candidate search.
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    content_hash INTEGER NOT NULL,
    title TEXT,
    outlet TEXT,
    published TEXT,
    url TEXT,
    text TEXT NOT NULL,
    source TEXT,
    locator TEXT
);
CREATE INDEX IF NOT EXISTS articles_by_content ON articles (content_hash);
-- kind 0: sampled word n-gram; kind 1: a name or number.
CREATE TABLE IF NOT EXISTS postings (
    hash INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    article INTEGER NOT NULL REFERENCES articles (rowid)
);
CREATE INDEX IF NOT EXISTS postings_by_hash ON postings (hash, kind);
-- Static-encoder vectors of an article's embedded sentences (candidates/semantic.py):
-- `sentences` int32 sentence indices, `vectors` int8 rows, both row-major bytes.
CREATE TABLE IF NOT EXISTS article_vectors (
    article INTEGER PRIMARY KEY REFERENCES articles (rowid),
    sentences BLOB NOT NULL,
    vectors BLOB NOT NULL
);
-- Files indexed completely, so that indexing them again is skipped.
CREATE TABLE IF NOT EXISTS sources (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    articles INTEGER NOT NULL
);
-- Reuse pairs of the last `newstrace scan` (store/pairs.py), for the service to list and
-- filter. `record` is the pair as in pairs.jsonl; `published` is when the reuse happened:
-- the copy's date, or the later of the two for a shared source.
CREATE TABLE IF NOT EXISTS pairs (
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    relation TEXT NOT NULL,
    confidence REAL NOT NULL,
    source TEXT,
    copy TEXT,
    credited INTEGER,
    published TEXT,
    record TEXT NOT NULL,
    PRIMARY KEY (a, b)
);
CREATE INDEX IF NOT EXISTS pairs_by_b ON pairs (b);
CREATE INDEX IF NOT EXISTS pairs_by_source ON pairs (source);
CREATE INDEX IF NOT EXISTS pairs_by_copy ON pairs (copy);
CREATE INDEX IF NOT EXISTS pairs_by_published ON pairs (published);
-- The scan under way, or the last one (store/scan_progress.py): its pairs with reuse as
-- they are found, in the order of the candidate pairs (`position`), with the exact
-- coverages the provenance graph ranks sources by (the record rounds them), and how many
-- candidate pairs it has aligned. `scan` is the config fingerprint and a hash of the
-- candidate pairs: `scan --resume` continues only the same scan of the same index.
CREATE TABLE IF NOT EXISTS scan_pairs (
    position INTEGER PRIMARY KEY,
    record TEXT NOT NULL,
    coverage_a REAL NOT NULL,
    coverage_b REAL NOT NULL
);
-- The character spans of the alignments of each of those pairs, a JSON list of
-- [a_start, a_end, b_start, b_end] (model.PairSpans), by the same `position`: what the rule
-- of common sources (analyse/common_source.py) reads once the scan is complete. A table of
-- its own, so that an index made before it gains it without a migration.
CREATE TABLE IF NOT EXISTS scan_spans (
    position INTEGER PRIMARY KEY,
    spans TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS scan_progress (
    scan TEXT PRIMARY KEY,
    candidates INTEGER NOT NULL,
    done INTEGER NOT NULL
);
