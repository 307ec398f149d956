package crawl

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Frontier states.
const (
	stateQueued  = 0 // waiting to be fetched this run
	stateDone    = 1 // fetched (or its fetch failed) this run
	stateSkipped = 2 // not fetched this run: known, disallowed, an alias, over a cap
)

// entry is one URL in the frontier.
type entry struct {
	ID      int64
	URL     string
	Site    string
	Kind    Kind
	Depth   int
	From    string
	Lastmod time.Time
}

// priority orders the frontier: sitemaps and feeds first (they name the
// articles), then articles, then listing pages.
func priority(k Kind) int {
	switch k {
	case KindRobots:
		return 0
	case KindSitemap, KindFeed:
		return 1
	case KindArticle:
		return 2
	}
	return 3
}

// beginRun starts a crawl run, or resumes the last one when it did not
// finish (the process was killed or cancelled). A new run empties the
// frontier: what was fetched before is remembered by the captures.
func (s *Store) beginRun(ctx context.Context) (id int64, resumed bool, err error) {
	err = s.tx(ctx, func(tx *sql.Tx) error {
		var finished sql.NullInt64
		err := tx.QueryRowContext(ctx, `SELECT id, finished_at FROM runs ORDER BY id DESC LIMIT 1`).Scan(&id, &finished)
		if err == nil && !finished.Valid {
			resumed = true
			return nil
		}
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM frontier`); err != nil {
			return err
		}
		return tx.QueryRowContext(ctx, `INSERT INTO runs(started_at) VALUES (?) RETURNING id`, time.Now().Unix()).Scan(&id)
	})
	if err != nil {
		return 0, false, fmt.Errorf("begin crawl run: %w", err)
	}
	return id, resumed, nil
}

// finishRun marks run id complete: the next crawl starts afresh.
func (s *Store) finishRun(ctx context.Context, id int64) error {
	err := s.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE runs SET finished_at = ? WHERE id = ?`, time.Now().Unix(), id)
		return err
	})
	if err != nil {
		return fmt.Errorf("finish crawl run: %w", err)
	}
	return nil
}

// nextEntries returns up to n queued entries of site, best first.
func (s *Store) nextEntries(ctx context.Context, site string, n int) ([]entry, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT id, url, kind, depth, from_url, lastmod FROM frontier
		WHERE site = ? AND state = 0 ORDER BY prio, depth, id LIMIT ?`, site, n)
	if err != nil {
		return nil, fmt.Errorf("read frontier: %w", err)
	}
	defer rows.Close()
	var out []entry
	for rows.Next() {
		e := entry{Site: site}
		var kind string
		var lastmod int64
		if err := rows.Scan(&e.ID, &e.URL, &kind, &e.Depth, &e.From, &lastmod); err != nil {
			return nil, fmt.Errorf("read frontier: %w", err)
		}
		e.Kind, e.Lastmod = Kind(kind), fromUnix(lastmod)
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read frontier: %w", err)
	}
	return out, nil
}

// frontierState returns the state of url in this run's frontier, or -1.
func (s *Store) frontierState(ctx context.Context, url string) (int, error) {
	var st int
	err := s.r.QueryRowContext(ctx, `SELECT state FROM frontier WHERE url = ?`, url).Scan(&st)
	if errors.Is(err, sql.ErrNoRows) {
		return -1, nil
	}
	if err != nil {
		return 0, fmt.Errorf("read frontier: %w", err)
	}
	return st, nil
}

// frontierCounts returns how many URLs of site were fetched this run and
// how many are still queued.
func (s *Store) frontierCounts(ctx context.Context, site string) (fetched, queued int, err error) {
	err = s.r.QueryRowContext(ctx, `SELECT COALESCE(SUM(fetched), 0), COALESCE(SUM(state = 0), 0) FROM frontier WHERE site = ?`,
		site).Scan(&fetched, &queued)
	if err != nil {
		return 0, 0, fmt.Errorf("read frontier: %w", err)
	}
	return fetched, queued, nil
}

// pageCommit is everything one processed URL changes, written in one
// transaction so that a crash leaves either all of it or none.
type pageCommit struct {
	Entry   entry    // the URL processed; ID 0 inserts it (robots.txt)
	State   int      // its new state
	Fetched bool     // a request was made for it
	Capture *Capture // the fetch's result, or nil
	Links   []entry  // URLs discovered
	Aliases []string // URLs that are the same page (final URL, canonical): not to be fetched
}

// commit writes pc and returns the capture's outcome and how many new URLs
// were queued.
func (s *Store) commit(ctx context.Context, pc *pageCommit) (out Outcome, added int, err error) {
	err = s.tx(ctx, func(tx *sql.Tx) error {
		added = 0
		if pc.Capture != nil {
			if out, err = s.putTx(ctx, tx, pc.Capture); err != nil {
				return err
			}
		}
		e := pc.Entry
		if e.ID != 0 {
			_, err = tx.ExecContext(ctx, `UPDATE frontier SET state = ?, fetched = ? WHERE id = ?`, pc.State, pc.Fetched, e.ID)
		} else {
			_, err = tx.ExecContext(ctx, `INSERT INTO frontier(url, site, kind, prio, depth, from_url, state, fetched)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET state = excluded.state, fetched = excluded.fetched`,
				e.URL, e.Site, string(e.Kind), priority(e.Kind), e.Depth, e.From, pc.State, pc.Fetched)
		}
		if err != nil {
			return err
		}
		for _, a := range pc.Aliases {
			_, err := tx.ExecContext(ctx, `INSERT INTO frontier(url, site, kind, prio, depth, from_url, state)
				VALUES (?, ?, ?, ?, ?, ?, 2) ON CONFLICT(url) DO UPDATE SET state = 2 WHERE state = 0`,
				a, e.Site, string(e.Kind), priority(e.Kind), e.Depth, e.URL)
			if err != nil {
				return err
			}
		}
		if len(pc.Links) > 0 {
			n, err := insertEntries(ctx, tx, pc.Links)
			if err != nil {
				return err
			}
			added = n
		}
		return nil
	})
	if err != nil {
		return 0, 0, fmt.Errorf("record %s: %w", pc.Entry.URL, err)
	}
	return out, added, nil
}

// enqueue adds entries to the frontier (those already there are kept).
func (s *Store) enqueue(ctx context.Context, es []entry) (int, error) {
	var added int
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var err error
		added, err = insertEntries(ctx, tx, es)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("queue URLs: %w", err)
	}
	return added, nil
}

// insertEntries queues URLs not yet in the frontier; a queued URL given a
// newer lastmod (a sitemap after a listing) keeps the newer one.
func insertEntries(ctx context.Context, tx *sql.Tx, es []entry) (int, error) {
	ins, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO frontier(url, site, kind, prio, depth, from_url, lastmod)
		VALUES (?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return 0, err
	}
	defer ins.Close()
	var upd *sql.Stmt
	added := 0
	for _, e := range es {
		lm := unixTime(e.Lastmod)
		res, err := ins.ExecContext(ctx, e.URL, e.Site, string(e.Kind), priority(e.Kind), e.Depth, e.From, lm)
		if err != nil {
			return 0, err
		}
		n, _ := res.RowsAffected()
		added += int(n)
		if n == 0 && lm != 0 {
			if upd == nil {
				if upd, err = tx.PrepareContext(ctx, `UPDATE frontier SET lastmod = ? WHERE url = ? AND state = 0 AND lastmod < ?`); err != nil {
					return 0, err
				}
				defer upd.Close()
			}
			if _, err := upd.ExecContext(ctx, lm, e.URL, lm); err != nil {
				return 0, err
			}
		}
	}
	return added, nil
}
