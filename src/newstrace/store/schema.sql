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
-- Files indexed completely, so that indexing them again is skipped.
CREATE TABLE IF NOT EXISTS sources (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    articles INTEGER NOT NULL
);
