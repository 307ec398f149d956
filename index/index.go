package index

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"

	"github.com/blevesearch/bleve/v2"

	"github.com/vnnews/vnnews/crawl"
	"github.com/vnnews/vnnews/extract"
)

// Dir is the name of the index inside the data directory.
const Dir = "index.bleve"

// Temporary names beside Dir used by Rebuild: the index being built, and
// the old index while the new one takes its place.
const (
	rebuildDir = Dir + ".rebuild"
	oldDir     = Dir + ".old"
)

// seqKey is the internal key holding the last crawl change sequence number
// whose captures are in the index (decimal). It is written in the same
// batch as the documents, so it never runs ahead of them.
var seqKey = []byte("vnnews.crawl_seq")

// versionKey is the internal key holding the layout version of the index
// (see version); an index without one is of the first layout.
var versionKey = []byte("vnnews.index_version")

// ErrNoIndex is returned by Open when the data directory has no index yet.
var ErrNoIndex = errors.New("no index")

// ErrCorruptIndex is returned when the index files are damaged (a disk
// fault, a copy cut short). The captures are intact, so the index can be
// rebuilt from them; `vnnews index` and `run` do so by themselves.
var ErrCorruptIndex = errors.New("the index files are damaged; rebuild the index with `vnnews index --rebuild`")

// ErrOldIndex is returned by Open for an index another version of vnnews
// laid out: its terms are not the ones this version searches for, so it
// must be rebuilt from the capture store (Rebuild, or
// `vnnews index --rebuild`).
var ErrOldIndex = errors.New("index built by another version of vnnews; rebuild it with `vnnews index --rebuild`")

// Index is an open vnnews index. Its methods may be called from several
// goroutines, except that only one Update may run at a time.
type Index struct {
	bi       bleve.Index
	path     string
	readOnly bool
	viewMu   sync.Mutex  // guards v
	v        *view       // the view of a read-only index, once built
	dataDir  string      // for a writable index of a data directory: where Close publishes it
	forms    *formsCache // syllable forms, for analysis
}

// Path returns the directory of the index on disk.
func (x *Index) Path() string { return x.path }

// Close closes the index, writing out what is still in memory. Closing the
// writable index of a data directory publishes a snapshot of it for
// readers (see OpenReader).
func (x *Index) Close() error {
	x.viewMu.Lock()
	if x.v != nil {
		x.v.close()
		x.v = nil
	}
	x.viewMu.Unlock()
	if err := x.bi.Close(); err != nil {
		return fmt.Errorf("close index %s: %w", x.path, err)
	}
	if x.dataDir != "" {
		return publish(x.dataDir, x.path)
	}
	return nil
}

// Open opens the index in the data directory dir, for reading and writing,
// or read-only. It returns an error wrapping ErrNoIndex when there is none.
// An index left half swapped by a Rebuild that was killed is put back first.
func Open(ctx context.Context, dir string, readOnly bool) (*Index, error) {
	if err := recoverSwap(dir); err != nil {
		return nil, err
	}
	x, err := openPath(ctx, filepath.Join(dir, Dir), readOnly)
	if err == nil && !readOnly {
		x.dataDir = dir
	}
	return x, err
}

// openPath opens the index at path.
func openPath(ctx context.Context, path string, readOnly bool) (*Index, error) {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("open index %s: %w", path, ErrNoIndex)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	cfg := map[string]any{"read_only": readOnly}
	if readOnly {
		// An index being written holds its root file locked; a reader
		// waits this long for it instead of hanging.
		cfg["bolt_timeout"] = "5s"
	}
	bi, err := openBleve(path, cfg)
	if err != nil {
		return nil, fmt.Errorf("open index %s: %w", path, err)
	}
	v, err := bi.GetInternal(versionKey)
	if err == nil && string(v) != version {
		err = ErrOldIndex
	}
	if err != nil {
		bi.Close()
		return nil, fmt.Errorf("open index %s: %w", path, err)
	}
	return &Index{bi: bi, path: path, readOnly: readOnly, forms: &formsCache{}}, nil
}

// openBleve opens the bleve index at path. Bleve trusts its files: a
// damaged segment makes it panic while opening, which is turned into an
// error wrapping ErrCorruptIndex.
func openBleve(path string, cfg map[string]any) (bi bleve.Index, err error) {
	defer guard(path, &err)
	return bleve.OpenUsing(path, cfg)
}

// guard, deferred by a function that reads the index files, turns a panic
// (bleve's answer to a damaged file) into an error wrapping
// ErrCorruptIndex in *err.
func guard(path string, err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("%s: %w (%v)", path, ErrCorruptIndex, r)
	}
}

// Create creates a new, empty index in the data directory dir; it fails
// when one exists.
func Create(ctx context.Context, dir string) (*Index, error) {
	if err := recoverSwap(dir); err != nil {
		return nil, err
	}
	x, err := createPath(ctx, filepath.Join(dir, Dir))
	if err == nil {
		x.dataDir = dir
	}
	return x, err
}

// createPath creates a new, empty index at path.
func createPath(ctx context.Context, path string) (*Index, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	m, err := newMapping()
	if err != nil {
		return nil, fmt.Errorf("create index %s: %w", path, err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("create index %s: %w", path, err)
	}
	bi, err := bleve.New(path, m)
	if err == nil {
		if err = bi.SetInternal(versionKey, []byte(version)); err != nil {
			bi.Close()
		}
	}
	if err != nil {
		return nil, fmt.Errorf("create index %s: %w", path, err)
	}
	return &Index{bi: bi, path: path, forms: &formsCache{}}, nil
}

// OpenOrCreate opens the index in dir for writing, creating it when there
// is none.
func OpenOrCreate(ctx context.Context, dir string) (*Index, error) {
	x, err := Open(ctx, dir, false)
	if errors.Is(err, ErrNoIndex) {
		return Create(ctx, dir)
	}
	return x, err
}

// recoverSwap finishes or undoes a Rebuild swap that was interrupted
// between its two renames: when the index is missing and the old one is
// still there, the old one is put back.
func recoverSwap(dir string) error {
	cur, old := filepath.Join(dir, Dir), filepath.Join(dir, oldDir)
	if _, err := os.Stat(cur); err == nil {
		if _, err := os.Stat(old); err == nil {
			return os.RemoveAll(old)
		}
		return nil
	}
	if _, err := os.Stat(old); err == nil {
		if err := os.Rename(old, cur); err != nil {
			return fmt.Errorf("restore index %s: %w", cur, err)
		}
	}
	return nil
}

// Seq returns the crawl change sequence number up to which captures are in
// the index (0 for a new index).
func (x *Index) Seq() (int64, error) {
	b, err := x.bi.GetInternal(seqKey)
	if err != nil {
		return 0, fmt.Errorf("read index checkpoint: %w", err)
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, err := strconv.ParseInt(string(b), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("read index checkpoint %q: %w", b, err)
	}
	return n, nil
}

// Count returns the number of records in the index.
func (x *Index) Count() (uint64, error) {
	n, err := x.bi.DocCount()
	if err != nil {
		return 0, fmt.Errorf("count records: %w", err)
	}
	return n, nil
}

// Put indexes docs, replacing the records of the same IDs, deletes the
// records named in deletes, and, when seq > 0, then moves the index's
// checkpoint to seq. The work is split into one batch per core, committed
// at once (bleve builds each batch's segment on one core); a record and
// the deletion of its ID always share a batch. The checkpoint moves only
// when every batch is in: a Put cut short leaves it where it was, and the
// next update does the batch again (indexing a record twice replaces it).
func (x *Index) Put(ctx context.Context, docs []Doc, deletes []string, seq int64) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	parts := min(runtime.GOMAXPROCS(0), max(1, len(docs)/putPartMin))
	part := func(id string) int {
		h := fnv.New32a()
		h.Write([]byte(id))
		return int(h.Sum32() % uint32(parts))
	}
	docParts := make([][]int, parts)
	for i := range docs {
		p := part(docs[i].ID)
		docParts[p] = append(docParts[p], i)
	}
	batches := make([]*bleve.Batch, parts)
	for i := range batches {
		batches[i] = x.bi.NewBatch()
	}
	for _, id := range deletes {
		batches[part(id)].Delete(id)
	}
	// Each part's documents are made on a core of their own, then, when
	// all are made, committed together.
	errs := make([]error, parts)
	each := func(f func(i int) error) error {
		var wg sync.WaitGroup
		for i := range parts {
			wg.Add(1)
			go func() {
				defer wg.Done()
				errs[i] = f(i)
			}()
		}
		wg.Wait()
		return errors.Join(errs...)
	}
	err := each(func(p int) error {
		for _, i := range docParts[p] {
			d := &docs[i]
			if len(d.JSON) == 0 {
				js, err := marshalRecord(d.Record)
				if err != nil {
					return err
				}
				d.JSON = js
			}
			doc, err := d.document(x.forms)
			if err != nil {
				return err
			}
			if err := batches[p].IndexAdvanced(doc); err != nil {
				return fmt.Errorf("index %s: %w", d.ID, err)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	err = each(func(p int) error {
		if batches[p].Size() == 0 {
			return nil
		}
		return x.bi.Batch(batches[p])
	})
	if err != nil {
		return fmt.Errorf("write index batch: %w", err)
	}
	if seq > 0 {
		if err := x.bi.SetInternal(seqKey, []byte(strconv.FormatInt(seq, 10))); err != nil {
			return fmt.Errorf("write index checkpoint: %w", err)
		}
	}
	return nil
}

// putPartMin is the fewest records worth a batch of their own.
const putPartMin = 64

// marshalRecord returns r as extract prints it: JSON without HTML escaping
// (and without the encoder's trailing newline).
func marshalRecord(r extract.Record) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return nil, fmt.Errorf("encode record %s: %w", r.URL, err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// DefaultBatchSize is the number of captures Update extracts and commits
// together by default. Bleve builds a segment per commit (Put makes one per
// core) and merges them as they pile up: records committed 256 at a time
// index at 1,350 docs/s, 1,000 at a time at 2,200. A killed update redoes
// at most one batch: a few seconds of extraction.
const DefaultBatchSize = 1000

// UpdateOptions tune Update.
type UpdateOptions struct {
	// BatchSize is the number of captures extracted and committed
	// together (default DefaultBatchSize).
	BatchSize int
	// Workers is the number of pages extracted at once (default: all cores).
	Workers int
	// Progress, when set, is told how far the update has come.
	Progress Progress
	// Logger receives a line for each capture that cannot be extracted
	// (default: slog.Default()).
	Logger *slog.Logger
}

// Progress is told, after each committed batch, how far an update has
// come. Done and Total count crawl change sequence numbers since the
// update began, a stand-in for captures that costs no extra query.
type Progress interface {
	Update(done, total int64, st UpdateStats)
}

// UpdateStats counts what an update did.
type UpdateStats struct {
	Indexed     int   // records added or replaced
	Deleted     int   // records removed (their capture became a duplicate)
	Skipped     int   // captures that are not articles, or duplicates
	Failed      int   // captures extract could not read
	Seq         int64 // the checkpoint reached
	Records     uint64
	FromScratch bool // the index was built from nothing (a rebuild or a first run)
}

// Update brings the index up to date with the capture store: every article
// capture whose body changed since the index's checkpoint is extracted
// (with its declared charset) and indexed under its URL, replacing the
// record it had; duplicates are skipped and their old records removed.
// Work is committed in batches, each moving the checkpoint to its last
// capture, so an interrupted update leaves a consistent index and the next
// one carries on from there. Running Update again with nothing new adds
// nothing. One batch is extracted while the one before it is committed;
// commits stay in order, so the checkpoint never passes a batch that is
// not in the index.
func (x *Index) Update(ctx context.Context, store *crawl.Store, opts UpdateOptions) (UpdateStats, error) {
	var st UpdateStats
	if opts.BatchSize <= 0 {
		opts.BatchSize = DefaultBatchSize
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	start, err := x.Seq()
	if err != nil {
		return st, err
	}
	st.Seq = start
	st.FromScratch = start == 0
	last, err := store.LastSeq(ctx)
	if err != nil {
		return st, err
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var mu sync.Mutex // guards st from here on
	commits := make(chan batch, 1)
	committed := make(chan error, 1)
	go func() {
		var err error
		for b := range commits {
			if err != nil {
				continue
			}
			if err = x.Put(ctx, b.docs, b.deletes, b.seq); err != nil {
				cancel() // stop the extraction too
				continue
			}
			mu.Lock()
			st.Indexed += len(b.docs)
			st.Deleted += len(b.deletes)
			st.Seq = b.seq
			snap := st
			mu.Unlock()
			if opts.Progress != nil {
				opts.Progress.Update(snap.Seq-start, max(last, snap.Seq)-start, snap)
			}
		}
		committed <- err
	}()

	pending := make([]crawl.Capture, 0, opts.BatchSize)
	flush := func() error {
		if len(pending) == 0 {
			return nil
		}
		b, err := x.extractBatch(ctx, pending, opts, &st, &mu)
		if err != nil {
			return err
		}
		pending = make([]crawl.Capture, 0, opts.BatchSize)
		select {
		case commits <- b:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	err = store.Changed(ctx, start, func(c crawl.Capture) error {
		pending = append(pending, c)
		if len(pending) >= opts.BatchSize {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	close(commits)
	if cerr := <-committed; cerr != nil {
		err = cerr // the first failure: extraction stopped because of it
	}
	if n, cerr := x.Count(); cerr == nil {
		st.Records = n
	}
	if err != nil {
		return st, fmt.Errorf("update index: %w", err)
	}
	return st, nil
}

// batch is one batch of work for the index: the records to put, the
// records to delete and the checkpoint to move to.
type batch struct {
	docs    []Doc
	deletes []string
	seq     int64
}

// extractBatch extracts caps in parallel into one batch carrying the
// checkpoint of the last capture, counting in st (guarded by mu) the
// captures skipped and failed.
func (x *Index) extractBatch(ctx context.Context, caps []crawl.Capture, opts UpdateOptions, st *UpdateStats, mu *sync.Mutex) (batch, error) {
	b := batch{seq: caps[len(caps)-1].Seq}
	skipped, failed := 0, 0
	// todo[i] is the index in caps of the i-th capture to extract.
	var todo []int
	for i, c := range caps {
		switch {
		case c.Kind != crawl.KindArticle || len(c.Body) == 0:
			skipped++
		case c.DuplicateOf != "":
			skipped++
			b.deletes = append(b.deletes, c.URL)
		default:
			todo = append(todo, i)
		}
	}
	load := func(i int) (extract.Input, error) {
		c := &caps[todo[i]]
		u := c.FinalURL
		if u == "" {
			u = c.URL
		}
		return extract.Input{HTML: c.Body, URL: u, Charset: c.Charset}, nil
	}
	emit := func(i int, rec extract.Record, err error) error {
		c := &caps[todo[i]]
		if err != nil {
			failed++
			opts.Logger.Warn("extract failed; capture not indexed", "url", c.URL, "err", err)
			return nil
		}
		js, err := marshalRecord(rec)
		if err != nil {
			return err
		}
		b.docs = append(b.docs, Doc{ID: c.URL, Site: c.Site, Record: rec, JSON: js})
		return nil
	}
	if err := extract.Batch(ctx, opts.Workers, len(todo), load, emit); err != nil {
		return b, err
	}
	mu.Lock()
	st.Skipped += skipped
	st.Failed += failed
	mu.Unlock()
	return b, nil
}

// Rebuild re-extracts every capture of store into a fresh index built
// beside the current one (DIR/index.bleve.rebuild) and, only when it is
// complete, swaps it in by renaming. An interrupted rebuild leaves the
// current index as it was; the next rebuild starts over.
func Rebuild(ctx context.Context, dir string, store *crawl.Store, opts UpdateOptions) (UpdateStats, error) {
	if err := recoverSwap(dir); err != nil {
		return UpdateStats{}, err
	}
	tmp := filepath.Join(dir, rebuildDir)
	if err := os.RemoveAll(tmp); err != nil {
		return UpdateStats{}, fmt.Errorf("rebuild: remove %s: %w", tmp, err)
	}
	x, err := createPath(ctx, tmp)
	if err != nil {
		return UpdateStats{}, fmt.Errorf("rebuild: %w", err)
	}
	st, err := x.Update(ctx, store, opts)
	if cerr := x.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return st, fmt.Errorf("rebuild (the current index is untouched): %w", err)
	}
	if err := swapIn(dir, tmp); err != nil {
		return st, err
	}
	return st, publish(dir, filepath.Join(dir, Dir))
}

// swapIn replaces the index in dir by the complete index at tmp: the
// current one is renamed aside, tmp takes its name, the old is removed.
// recoverSwap repairs a swap killed between the renames.
func swapIn(dir, tmp string) error {
	cur, old := filepath.Join(dir, Dir), filepath.Join(dir, oldDir)
	if err := os.RemoveAll(old); err != nil {
		return fmt.Errorf("rebuild: remove %s: %w", old, err)
	}
	hadCur := true
	if err := os.Rename(cur, old); errors.Is(err, fs.ErrNotExist) {
		hadCur = false
	} else if err != nil {
		return fmt.Errorf("rebuild: move the old index aside: %w", err)
	}
	if err := os.Rename(tmp, cur); err != nil {
		if hadCur {
			os.Rename(old, cur)
		}
		return fmt.Errorf("rebuild: swap in the new index: %w", err)
	}
	if hadCur {
		if err := os.RemoveAll(old); err != nil {
			return fmt.Errorf("rebuild: remove the old index: %w", err)
		}
	}
	return nil
}
