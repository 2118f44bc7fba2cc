"""The DuckDB schema, as numbered migrations applied in order (see docs/STORE.md).

Each migration runs once, inside a transaction, and records its number in ``schema_version``.
Add a migration at the end; never edit one that has shipped.
"""

from __future__ import annotations

from crisislens.store.connection import Connection

MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "articles, events, actors, places",
        """
        CREATE TABLE articles (
            article_id VARCHAR PRIMARY KEY, source_id VARCHAR, title VARCHAR, url VARCHAR,
            published DATE, text VARCHAR, tone DOUBLE, loaded_terms JSON,
            origin VARCHAR, ingested_at TIMESTAMP DEFAULT current_timestamp);
        CREATE TABLE events (
            event_id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL REFERENCES articles,
            event_type VARCHAR NOT NULL, mode VARCHAR, context VARCHAR[],
            acled_event_type VARCHAR, acled_sub_event_type VARCHAR, modality VARCHAR NOT NULL,
            date VARCHAR, day DATE, confidence DOUBLE,
            evidence_text VARCHAR, evidence_start INTEGER, evidence_end INTEGER,
            trigger_text VARCHAR,
            actor_text VARCHAR, actor_name VARCHAR, actor_country VARCHAR, actor_sector VARCHAR,
            recipient_text VARCHAR, recipient_name VARCHAR, recipient_country VARCHAR,
            recipient_sector VARCHAR,
            place_name VARCHAR, place_geonameid BIGINT, place_country VARCHAR,
            place_admin1 VARCHAR, place_feature VARCHAR, lat DOUBLE, lon DOUBLE,
            quantities JSON, record JSON);
        CREATE TABLE actors (
            article_id VARCHAR NOT NULL REFERENCES articles, text VARCHAR, "start" INTEGER,
            "end" INTEGER, name VARCHAR, country VARCHAR, sector VARCHAR);
        CREATE TABLE places (
            article_id VARCHAR NOT NULL REFERENCES articles, text VARCHAR, "start" INTEGER,
            "end" INTEGER, name VARCHAR, geonameid BIGINT, country VARCHAR, admin1 VARCHAR,
            lat DOUBLE, lon DOUBLE, feature VARCHAR, confidence DOUBLE);
        CREATE INDEX events_article ON events(article_id);
        CREATE INDEX events_day ON events(day);
        CREATE INDEX actors_article ON actors(article_id);
        CREATE INDEX places_article ON places(article_id);
    """,
    ),
    (
        2,
        "story events (cross-source merging)",
        """
        CREATE TABLE stories (
            story_id VARCHAR PRIMARY KEY, event_type VARCHAR, first_day DATE, last_day DATE,
            earliest_published DATE, earliest_article VARCHAR, actor_name VARCHAR,
            actor_country VARCHAR, recipient_name VARCHAR, recipient_country VARCHAR,
            place_name VARCHAR, place_country VARCHAR, lat DOUBLE, lon DOUBLE,
            source_count INTEGER, event_count INTEGER, corroboration VARCHAR,
            quantities JSON, modality VARCHAR);
        CREATE TABLE story_events (
            story_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL);
        CREATE INDEX story_events_story ON story_events(story_id);
        CREATE INDEX story_events_event ON story_events(event_id);
    """,
    ),
    (
        3,
        "pages fetched by the feed watcher",
        """
        CREATE TABLE fetched (
            url VARCHAR PRIMARY KEY, feed VARCHAR, status VARCHAR, reason VARCHAR,
            article_id VARCHAR, fetched_at TIMESTAMP DEFAULT current_timestamp);
    """,
    ),
    (
        4,
        "how often the feed watcher tried each link (failed links are tried again)",
        """
        ALTER TABLE fetched ADD COLUMN attempts INTEGER DEFAULT 1;
    """,
    ),
    (
        5,
        "stories that grow as articles arrive: linked events, latest report, figures by source",
        # the stories of the earlier linker are dropped: the next write links every event again
        """
        CREATE TABLE link_state (
            event_id VARCHAR PRIMARY KEY, background BOOLEAN,
            linked_at TIMESTAMP DEFAULT current_timestamp);
        DELETE FROM story_events;
        DELETE FROM stories;
        ALTER TABLE stories ADD COLUMN latest_published DATE;
        ALTER TABLE stories ADD COLUMN figures VARCHAR;
    """,
    ),
    (
        6,
        "the story linker's view of each linked event and of each article's words, kept so that "
        "an ingest need not read them again",
        # link/saved.py: the view as JSON and the rows of its sentences' word vectors; the days
        # it is looked for on; ``version`` the code and data that made it (a stale view is made
        # again). link/documents.py: an article's words and names, hashed, with their counts
        """
        CREATE TABLE link_views (
            event_id VARCHAR PRIMARY KEY, version VARCHAR, event_type VARCHAR,
            first_day DATE, last_day DATE, mention VARCHAR, evidence_rows BLOB);
        CREATE TABLE article_terms (
            article_id VARCHAR PRIMARY KEY, version VARCHAR, words BLOB, word_counts BLOB,
            names BLOB, name_counts BLOB);
    """,
    ),
]


def current_version(conn: Connection) -> int:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
        "description VARCHAR, applied_at TIMESTAMP DEFAULT current_timestamp)"
    )
    return int(conn.scalar("SELECT max(version) FROM schema_version") or 0)


def migrate(conn: Connection) -> int:
    """Apply every migration newer than the database; return the resulting version."""
    version = current_version(conn)
    for number, description, sql in MIGRATIONS:
        if number <= version:
            continue
        with conn.transaction():
            conn.execute(sql)
            conn.execute(
                "INSERT INTO schema_version (version, description) VALUES (?, ?)",
                [number, description],
            )
        version = number
    return version
