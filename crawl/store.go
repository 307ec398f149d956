package crawl

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sync"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

// StoreFile is the name of the capture store inside the data directory.
const StoreFile = "captures.db"

// schemaVersion is the version of the capture store's schema that this
// code writes. Open migrates older stores up to it.
const schemaVersion = 1

// Store is the capture store: one SQLite database in the data directory
// holding every fetched response (the source of truth for everything
// downstream) and the crawl frontier. Its methods are safe for concurrent
// use. Writes go through one connection, each in a short transaction; reads
// use a pool of their own, so a long Changed scan does not block the crawl.
type Store struct {
	w     *sql.DB   // writer: one connection, immediate transactions
	r     *sql.DB   // readers
	gzips sync.Pool // *gzip.Writer, for bodies
}

// migrations[i] moves a store from schema version i to i+1. Each runs in
// one transaction together with the version bump, so it is applied once.
var migrations = []string{
	`CREATE TABLE captures (
		url           TEXT PRIMARY KEY,
		final_url     TEXT NOT NULL DEFAULT '',
		site          TEXT NOT NULL,
		kind          TEXT NOT NULL,
		status        INTEGER NOT NULL DEFAULT 0,
		etag          TEXT NOT NULL DEFAULT '',
		last_modified TEXT NOT NULL DEFAULT '',
		content_type  TEXT NOT NULL DEFAULT '',
		charset       TEXT NOT NULL DEFAULT '',
		fetched_at    INTEGER NOT NULL DEFAULT 0,
		body_at       INTEGER NOT NULL DEFAULT 0,
		hash          TEXT NOT NULL DEFAULT '',
		body          BLOB,
		body_size     INTEGER NOT NULL DEFAULT 0,
		canonical     TEXT NOT NULL DEFAULT '',
		duplicate_of  TEXT NOT NULL DEFAULT '',
		error         TEXT NOT NULL DEFAULT '',
		attempts      INTEGER NOT NULL DEFAULT 0,
		next_retry    INTEGER NOT NULL DEFAULT 0,
		lastmod       INTEGER NOT NULL DEFAULT 0,
		seq           INTEGER NOT NULL DEFAULT 0
	);
	CREATE INDEX captures_seq ON captures(seq);
	CREATE INDEX captures_hash ON captures(hash);
	CREATE INDEX captures_canonical ON captures(canonical);
	CREATE TABLE frontier (
		id        INTEGER PRIMARY KEY AUTOINCREMENT,
		url       TEXT NOT NULL UNIQUE,
		site      TEXT NOT NULL,
		kind      TEXT NOT NULL,
		prio      INTEGER NOT NULL,
		depth     INTEGER NOT NULL,
		from_url  TEXT NOT NULL DEFAULT '',
		lastmod   INTEGER NOT NULL DEFAULT 0,
		state     INTEGER NOT NULL DEFAULT 0,
		fetched   INTEGER NOT NULL DEFAULT 0
	);
	CREATE INDEX frontier_next ON frontier(site, state, prio, depth, id);
	CREATE TABLE runs (
		id          INTEGER PRIMARY KEY AUTOINCREMENT,
		started_at  INTEGER NOT NULL,
		finished_at INTEGER
	);
	CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
	INSERT INTO counters(name, value) VALUES ('seq', 0);`,
}

// Open opens (creating when needed) the capture store in dir and brings
// its schema up to date.
func Open(ctx context.Context, dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("capture store: %w", err)
	}
	path := filepath.Join(dir, StoreFile)
	dsn := func(pragmas ...string) string {
		v := url.Values{}
		for _, p := range pragmas {
			v.Add("_pragma", p)
		}
		return "file:" + filepath.ToSlash(path) + "?" + v.Encode()
	}
	// WAL lets readers (the indexer) work while the crawler writes;
	// synchronous=NORMAL in WAL mode loses no committed transaction when
	// the process is killed, only (at most) the last ones on power loss.
	w, err := sql.Open("sqlite", dsn("busy_timeout(10000)", "journal_mode(WAL)", "synchronous(NORMAL)")+"&_txlock=immediate")
	if err != nil {
		return nil, fmt.Errorf("capture store %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	s := &Store{w: w}
	if err := s.migrate(ctx); err != nil {
		w.Close()
		return nil, fmt.Errorf("capture store %s: %w", path, err)
	}
	r, err := sql.Open("sqlite", dsn("busy_timeout(10000)", "query_only(1)"))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("capture store %s: %w", path, err)
	}
	r.SetMaxOpenConns(4)
	s.r = r
	return s, nil
}

// Close closes the store.
func (s *Store) Close() error {
	return errors.Join(s.r.Close(), s.w.Close())
}

func (s *Store) migrate(ctx context.Context) error {
	var v int
	if err := s.w.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&v); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if v > schemaVersion {
		return fmt.Errorf("schema version %d is newer than this program's %d", v, schemaVersion)
	}
	for ; v < schemaVersion; v++ {
		err := s.tx(ctx, func(tx *sql.Tx) error {
			var cur int
			if err := tx.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&cur); err != nil {
				return err
			}
			if cur != v { // another process migrated meanwhile
				return nil
			}
			if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
				return err
			}
			_, err := tx.ExecContext(ctx, fmt.Sprintf(`PRAGMA user_version = %d`, v+1))
			return err
		})
		if err != nil {
			return fmt.Errorf("migrate schema to version %d: %w", v+1, err)
		}
	}
	return nil
}

// tx runs fn in one write transaction.
func (s *Store) tx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}
