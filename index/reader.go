package index

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// refreshEvery is how often a Reader looks for a newer snapshot.
const refreshEvery = time.Second

// Reader searches a data directory's index without ever blocking its
// writer: it reads the newest snapshot the writer published (see
// SnapshotsDir) and moves to a newer one when one appears, letting
// searches already running on the old one finish first. Its methods may
// be called from several goroutines.
type Reader struct {
	dir   string
	every time.Duration // how often to look for a newer snapshot

	mu         sync.Mutex
	cur        *snapshot
	checked    time.Time
	refreshing bool // a refresh is opening a newer snapshot
	closed     bool
}

// snapshot is one open snapshot and the calls using it.
type snapshot struct {
	x    *Index
	refs int // calls in progress, plus one while it is current
}

// OpenReader opens the newest snapshot of the index in the data directory
// dir. An index without snapshots (written by an older vnnews) gets its
// first one, when no writer holds it; ErrNoIndex when there is no index.
func OpenReader(ctx context.Context, dir string) (*Reader, error) {
	path, err := newestSnapshot(dir)
	if err != nil {
		return nil, err
	}
	if path == "" {
		if path, err = firstSnapshot(dir); err != nil {
			return nil, err
		}
	}
	x, err := openPath(ctx, path, true)
	if err != nil {
		return nil, err
	}
	x.warm(ctx)
	return &Reader{dir: dir, every: refreshEvery, cur: &snapshot{x: x, refs: 1}, checked: time.Now()}, nil
}

// firstSnapshot publishes a snapshot of an index that has none.
func firstSnapshot(dir string) (string, error) {
	if err := recoverSwap(dir); err != nil {
		return "", err
	}
	src := filepath.Join(dir, Dir)
	if _, err := os.Stat(src); err != nil {
		return "", fmt.Errorf("open index %s: %w", src, ErrNoIndex)
	}
	lock, err := Lock(dir)
	if errors.Is(err, ErrLocked) {
		return "", fmt.Errorf("open index %s: it is being written and has no snapshot to read yet; try again when `vnnews index` has finished", src)
	}
	if err != nil {
		return "", err
	}
	defer lock.Unlock()
	if err := publish(dir, src); err != nil {
		return "", err
	}
	path, err := newestSnapshot(dir)
	if err == nil && path == "" {
		err = fmt.Errorf("open index %s: no snapshot after publishing one", src)
	}
	return path, err
}

// acquire returns the current snapshot, having moved to a newer one if the
// writer published one; release must be called when done with it.
func (r *Reader) acquire(ctx context.Context) (*snapshot, error) {
	r.mu.Lock()
	if r.closed {
		r.mu.Unlock()
		return nil, errors.New("index reader is closed")
	}
	look := !r.refreshing && time.Since(r.checked) >= r.every
	if look {
		r.refreshing = true
		r.checked = time.Now()
	}
	r.mu.Unlock()
	if look {
		r.refresh(ctx)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closed {
		return nil, errors.New("index reader is closed")
	}
	r.cur.refs++
	return r.cur, nil
}

// refresh opens the newest snapshot if it is not the current one and makes
// it current. The opening (which builds the snapshot's tables, a fraction
// of a second for a large index) runs without the lock, so other searches
// carry on with the current snapshot meanwhile. A snapshot that cannot be
// opened (removed meanwhile, or of another layout) leaves the current one
// in place; the next refresh tries again.
func (r *Reader) refresh(ctx context.Context) {
	defer func() {
		r.mu.Lock()
		r.refreshing = false
		r.mu.Unlock()
	}()
	r.mu.Lock()
	current := r.cur.x.path
	r.mu.Unlock()
	path, err := newestSnapshot(r.dir)
	if err != nil || path == "" || path == current {
		return
	}
	x, err := openPath(ctx, path, true)
	if err != nil {
		return
	}
	x.warm(ctx)
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closed {
		x.Close()
		return
	}
	old := r.cur
	r.cur = &snapshot{x: x, refs: 1}
	r.releaseLocked(old)
}

// release ends one use of s; the last use of a snapshot that is no longer
// current closes it.
func (r *Reader) release(s *snapshot) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.releaseLocked(s)
}

func (r *Reader) releaseLocked(s *snapshot) {
	s.refs--
	if s.refs == 0 {
		s.x.Close()
	}
}

// Path returns the directory of the snapshot being read.
func (r *Reader) Path() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.cur.x.path
}

// Search runs a search on the newest snapshot (see Index.Search).
func (r *Reader) Search(ctx context.Context, req Request) (Result, error) {
	s, err := r.acquire(ctx)
	if err != nil {
		return Result{}, err
	}
	defer r.release(s)
	return s.x.Search(ctx, req)
}

// Record returns one record (see Index.Record).
func (r *Reader) Record(ctx context.Context, key string) ([]byte, string, error) {
	s, err := r.acquire(ctx)
	if err != nil {
		return nil, "", err
	}
	defer r.release(s)
	return s.x.Record(ctx, key)
}

// Dump writes the matching records (see Index.Dump), all from one
// snapshot.
func (r *Reader) Dump(ctx context.Context, w io.Writer, f Format, req Request) (int, error) {
	s, err := r.acquire(ctx)
	if err != nil {
		return 0, err
	}
	defer r.release(s)
	return s.x.Dump(ctx, w, f, req)
}

// Count returns the number of records in the snapshot being read.
func (r *Reader) Count(ctx context.Context) (uint64, error) {
	s, err := r.acquire(ctx)
	if err != nil {
		return 0, err
	}
	defer r.release(s)
	return s.x.Count()
}

// Close closes the reader; calls still running finish first.
func (r *Reader) Close() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closed {
		return nil
	}
	r.closed = true
	r.releaseLocked(r.cur)
	return nil
}
