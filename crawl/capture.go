package crawl

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"time"
)

// Capture is what the store knows about one URL: the last response with a
// body (the source of truth for extraction) and the outcome of the last
// attempt to fetch it.
type Capture struct {
	URL      string // the normalised URL the crawler asked for
	FinalURL string // the URL after redirects
	Site     string // the site id from the sites file
	Kind     Kind

	// Status is the HTTP status of the last attempt (0 when no response
	// came: a timeout, a refused address); 304 when the stored body was
	// confirmed unchanged.
	Status int
	// Error describes why the last attempt failed; empty when it did not.
	Error string
	// Attempts counts failed attempts since the last success.
	Attempts int
	// NextRetry is the earliest time a failed URL is tried again.
	NextRetry time.Time
	// FetchedAt is the time of the last attempt.
	FetchedAt time.Time

	// The fields below describe the last body received (status 200).
	ETag         string
	LastModified string
	ContentType  string
	// Charset is the charset declared in the Content-Type header, if any;
	// extraction uses it as a hint.
	Charset string
	// BodyAt is when the body was last received or confirmed (304).
	BodyAt time.Time
	// Hash is the hex SHA-256 of the decoded body.
	Hash string
	// Body is the decoded response body (content-encoding removed, bytes
	// in the page's own charset). It is stored compressed.
	Body []byte
	// Canonical is the page's <link rel=canonical>, normalised, when it
	// differs from URL.
	Canonical string
	// DuplicateOf names an earlier capture with the same body (or the
	// same canonical URL); empty when this capture is the first.
	DuplicateOf string
	// Lastmod is the change date a sitemap or feed gave for the URL.
	Lastmod time.Time
	// Seq increases each time the body of any capture changes; Changed
	// reads captures by it.
	Seq int64

	// trustCanonical lets Put merge this capture with an earlier one of
	// the same Canonical (see sameDocument).
	trustCanonical bool
}

// Outcome is what storing a capture meant.
type Outcome int

// The outcomes of Put.
const (
	OutcomeNew       Outcome = iota // a body stored for the first time
	OutcomeChanged                  // the body differs from the stored one
	OutcomeUnchanged                // same body, or 304 Not Modified
	OutcomeFailed                   // the attempt failed; any older body is kept
)

// Put stores the result of one fetch of c.URL in its own transaction:
//   - with Error set, a failed attempt (the stored body, if any, is kept);
//   - with Status 304, a confirmation that the stored body is current;
//   - otherwise a response body, stored when its hash differs from the
//     stored one (bumping Seq), else recorded as unchanged.
func (s *Store) Put(ctx context.Context, c Capture) (Outcome, error) {
	var out Outcome
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = s.putTx(ctx, tx, &c)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("store capture %s: %w", c.URL, err)
	}
	return out, nil
}

func unixTime(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.Unix()
}

func fromUnix(n int64) time.Time {
	if n == 0 {
		return time.Time{}
	}
	return time.Unix(n, 0).UTC()
}

// putTx stores c inside tx; it fills in c.Hash, c.Seq and c.DuplicateOf.
func (s *Store) putTx(ctx context.Context, tx *sql.Tx, c *Capture) (Outcome, error) {
	var oldHash string
	var oldAttempts int
	err := tx.QueryRowContext(ctx, `SELECT hash, attempts FROM captures WHERE url = ?`, c.URL).Scan(&oldHash, &oldAttempts)
	exists := err == nil
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return 0, err
	}
	if c.FetchedAt.IsZero() {
		c.FetchedAt = time.Now()
	}
	if !exists {
		_, err := tx.ExecContext(ctx, `INSERT INTO captures(url, site, kind) VALUES (?, ?, ?)`, c.URL, c.Site, string(c.Kind))
		if err != nil {
			return 0, err
		}
	}
	switch {
	case c.Error != "":
		c.Attempts = oldAttempts + 1
		_, err := tx.ExecContext(ctx, `UPDATE captures SET site=?, kind=?, final_url=?, status=?, error=?, attempts=?,
			next_retry=?, fetched_at=? WHERE url=?`,
			c.Site, string(c.Kind), c.FinalURL, c.Status, c.Error, c.Attempts, unixTime(c.NextRetry), unixTime(c.FetchedAt), c.URL)
		return OutcomeFailed, err
	case c.Status == 304:
		_, err := tx.ExecContext(ctx, `UPDATE captures SET site=?, kind=?, status=304, error='', attempts=0, next_retry=0,
			fetched_at=?, body_at=?, lastmod=MAX(lastmod, ?),
			etag=CASE WHEN ?<>'' THEN ? ELSE etag END,
			last_modified=CASE WHEN ?<>'' THEN ? ELSE last_modified END WHERE url=?`,
			c.Site, string(c.Kind), unixTime(c.FetchedAt), unixTime(c.FetchedAt), unixTime(c.Lastmod),
			c.ETag, c.ETag, c.LastModified, c.LastModified, c.URL)
		return OutcomeUnchanged, err
	}
	sum := sha256.Sum256(c.Body)
	c.Hash = hex.EncodeToString(sum[:])
	if c.BodyAt.IsZero() {
		c.BodyAt = c.FetchedAt
	}
	if exists && oldHash == c.Hash {
		_, err := tx.ExecContext(ctx, `UPDATE captures SET site=?, kind=?, final_url=?, status=?, error='', attempts=0, next_retry=0,
			fetched_at=?, body_at=?, etag=?, last_modified=?, content_type=?, charset=?, canonical=?, lastmod=MAX(lastmod, ?)
			WHERE url=?`,
			c.Site, string(c.Kind), c.FinalURL, c.Status, unixTime(c.FetchedAt), unixTime(c.BodyAt), c.ETag, c.LastModified,
			c.ContentType, c.Charset, c.Canonical, unixTime(c.Lastmod), c.URL)
		return OutcomeUnchanged, err
	}
	// A new body: find an earlier capture it duplicates, then store it
	// under the next change sequence number.
	c.DuplicateOf = ""
	err = tx.QueryRowContext(ctx, `SELECT url FROM captures WHERE hash = ? AND url <> ? ORDER BY seq LIMIT 1`, c.Hash, c.URL).Scan(&c.DuplicateOf)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return 0, err
	}
	if c.DuplicateOf == "" && c.Canonical != "" && c.trustCanonical {
		err = tx.QueryRowContext(ctx, `SELECT url FROM captures WHERE (url = ? OR canonical = ?) AND url <> ? AND hash <> ''
			ORDER BY seq LIMIT 1`, c.Canonical, c.Canonical, c.URL).Scan(&c.DuplicateOf)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return 0, err
		}
	}
	body, err := s.compress(c.Body)
	if err != nil {
		return 0, err
	}
	if err := tx.QueryRowContext(ctx, `UPDATE counters SET value = value + 1 WHERE name = 'seq' RETURNING value`).Scan(&c.Seq); err != nil {
		return 0, err
	}
	_, err = tx.ExecContext(ctx, `UPDATE captures SET site=?, kind=?, final_url=?, status=?, error='', attempts=0, next_retry=0,
		fetched_at=?, body_at=?, etag=?, last_modified=?, content_type=?, charset=?, hash=?, body=?, body_size=?,
		canonical=?, duplicate_of=?, lastmod=MAX(lastmod, ?), seq=? WHERE url=?`,
		c.Site, string(c.Kind), c.FinalURL, c.Status, unixTime(c.FetchedAt), unixTime(c.BodyAt), c.ETag, c.LastModified,
		c.ContentType, c.Charset, c.Hash, body, len(c.Body), c.Canonical, c.DuplicateOf, unixTime(c.Lastmod), c.Seq, c.URL)
	if err != nil {
		return 0, err
	}
	if oldHash == "" {
		return OutcomeNew, nil
	}
	return OutcomeChanged, nil
}

const captureColumns = `url, final_url, site, kind, status, error, attempts, next_retry, fetched_at,
	etag, last_modified, content_type, charset, body_at, hash, body, canonical, duplicate_of, lastmod, seq`

type scanner interface{ Scan(dest ...any) error }

func scanCapture(row scanner, withBody bool) (Capture, error) {
	var c Capture
	var kind string
	var nextRetry, fetchedAt, bodyAt, lastmod int64
	var body []byte
	err := row.Scan(&c.URL, &c.FinalURL, &c.Site, &kind, &c.Status, &c.Error, &c.Attempts, &nextRetry, &fetchedAt,
		&c.ETag, &c.LastModified, &c.ContentType, &c.Charset, &bodyAt, &c.Hash, &body, &c.Canonical, &c.DuplicateOf,
		&lastmod, &c.Seq)
	if err != nil {
		return c, err
	}
	c.Kind = Kind(kind)
	c.NextRetry, c.FetchedAt, c.BodyAt, c.Lastmod = fromUnix(nextRetry), fromUnix(fetchedAt), fromUnix(bodyAt), fromUnix(lastmod)
	if withBody && len(body) > 0 {
		if c.Body, err = decompress(body); err != nil {
			return c, fmt.Errorf("capture %s: corrupt body: %w", c.URL, err)
		}
	}
	return c, nil
}

// Get returns the capture of url (normalised as the crawler stores it),
// with its body, and whether there is one.
func (s *Store) Get(ctx context.Context, url string) (Capture, bool, error) {
	row := s.r.QueryRowContext(ctx, `SELECT `+captureColumns+` FROM captures WHERE url = ?`, url)
	c, err := scanCapture(row, true)
	if errors.Is(err, sql.ErrNoRows) {
		return Capture{}, false, nil
	}
	if err != nil {
		return Capture{}, false, fmt.Errorf("read capture %s: %w", url, err)
	}
	return c, true, nil
}

// getMeta is Get without the body.
func (s *Store) getMeta(ctx context.Context, url string) (Capture, bool, error) {
	row := s.r.QueryRowContext(ctx, `SELECT `+captureColumns+` FROM captures WHERE url = ?`, url)
	c, err := scanCapture(row, false)
	if errors.Is(err, sql.ErrNoRows) {
		return Capture{}, false, nil
	}
	if err != nil {
		return Capture{}, false, fmt.Errorf("read capture %s: %w", url, err)
	}
	return c, true, nil
}

// Changed calls fn, in order of Seq, for every capture whose body changed
// after the change sequence number afterSeq, with its body. Pass the
// largest Seq seen to the next call to continue incrementally. Duplicates
// are included, with DuplicateOf set. fn may call other Store methods. An
// error from fn stops the scan and is returned.
func (s *Store) Changed(ctx context.Context, afterSeq int64, fn func(Capture) error) error {
	const batch = 256
	for {
		rows, err := s.r.QueryContext(ctx, `SELECT `+captureColumns+` FROM captures WHERE seq > ? ORDER BY seq LIMIT ?`, afterSeq, batch)
		if err != nil {
			return fmt.Errorf("read changed captures: %w", err)
		}
		var caps []Capture
		for rows.Next() {
			c, err := scanCapture(rows, true)
			if err != nil {
				rows.Close()
				return err
			}
			caps = append(caps, c)
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return fmt.Errorf("read changed captures: %w", err)
		}
		for _, c := range caps {
			if err := fn(c); err != nil {
				return err
			}
			afterSeq = c.Seq
		}
		if len(caps) < batch {
			return nil
		}
	}
}

// LastSeq returns the largest change sequence number given out so far.
func (s *Store) LastSeq(ctx context.Context) (int64, error) {
	var n int64
	if err := s.r.QueryRowContext(ctx, `SELECT value FROM counters WHERE name = 'seq'`).Scan(&n); err != nil {
		return 0, fmt.Errorf("read change sequence: %w", err)
	}
	return n, nil
}

// compress gzips a body, reusing the store's writers (a flate writer
// costs a megabyte to set up).
func (s *Store) compress(b []byte) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(len(b)/4 + 64)
	zw, _ := s.gzips.Get().(*gzip.Writer)
	if zw == nil {
		var err error
		if zw, err = gzip.NewWriterLevel(&buf, gzip.BestSpeed); err != nil {
			return nil, err
		}
	} else {
		zw.Reset(&buf)
	}
	defer s.gzips.Put(zw)
	if _, err := zw.Write(b); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func decompress(b []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	return io.ReadAll(zr)
}
