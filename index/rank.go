package index

import (
	"cmp"
	"container/heap"
	"context"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/RoaringBitmap/roaring/v2"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// Ranking. A search ranks its hits in tiers, and newest first within a
// tier:
//
//  1. every syllable of the query in the headline, and every syllable the
//     user typed with diacritics found with them;
//  2. every syllable in the headline;
//  3. every syllable typed with diacritics found with them;
//  4. the rest.
//
// (A query typed without diacritics has tiers 2 and 4 only; a search with
// filters only, one tier.) This is what a researcher reading coverage
// wants from a search over short, formulaic news: the articles about the
// thing first, the newest of them first; and it is computed from bitmaps,
// never from per-hit scores. A hit's Score is its tier: 4 for the first,
// 1 for the last; 0 when sorted by date.

// tier is the documents of one tier, by segment, and its score.
type tier struct {
	docs  []*roaring.Bitmap // by segment
	score float64
	n     uint64
}

// tiers splits the matches (by segment) into the ranking tiers of q.
func (v *view) tiers(q *bitQuery, matches []*roaring.Bitmap, dicts []segDicts, sort string) ([]tier, error) {
	if sort == SortDate || len(q.title) == 0 {
		score := 1.0
		if sort == SortDate {
			score = 0
		}
		return []tier{newTier(matches, score)}, nil
	}
	n := len(v.segs)
	ts := make([]tier, 4)
	for i := range ts {
		ts[i] = tier{docs: make([]*roaring.Bitmap, n), score: float64(4 - i)}
	}
	for i, s := range v.segs {
		m := matches[i]
		title, err := dicts[i].all(q.title, s, m)
		if err != nil {
			return nil, err
		}
		exact := m
		if len(q.exact) > 0 {
			if exact, err = dicts[i].all(q.exact, s, m); err != nil {
				return nil, err
			}
		}
		ts[0].docs[i] = roaring.And(title, exact)
		ts[1].docs[i] = roaring.AndNot(title, exact)
		ts[2].docs[i] = roaring.AndNot(exact, title)
		ts[3].docs[i] = roaring.AndNot(m, roaring.Or(title, exact))
	}
	for i := range ts {
		for _, b := range ts[i].docs {
			ts[i].n += b.GetCardinality()
		}
	}
	return ts, nil
}

// newTier returns the tier holding docs.
func newTier(docs []*roaring.Bitmap, score float64) tier {
	t := tier{docs: docs, score: score}
	for _, b := range docs {
		t.n += b.GetCardinality()
	}
	return t
}

// docRef is one document of a view: its segment and number, its day.
type docRef struct {
	seg int
	doc uint32
	day int32
}

// newer reports whether a ranks before b within a tier: newer first, then
// in the index's order.
func newer(a, b docRef) bool {
	if a.day != b.day {
		return a.day > b.day
	}
	if a.seg != b.seg {
		return a.seg < b.seg
	}
	return a.doc < b.doc
}

// refHeap keeps the m best documents seen: the worst at the top.
type refHeap []docRef

func (h refHeap) Len() int           { return len(h) }
func (h refHeap) Less(i, j int) bool { return newer(h[j], h[i]) }
func (h refHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *refHeap) Push(x any)        { *h = append(*h, x.(docRef)) }
func (h *refHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// newest returns the m newest documents of t, newest first.
func (v *view) newest(ctx context.Context, t tier, m int) ([]docRef, error) {
	h := make(refHeap, 0, min(uint64(m), t.n))
	buf := make([]uint32, 1024)
	for i, b := range t.docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		days := v.segs[i].days
		it := b.ManyIterator()
		for n := it.NextMany(buf); n > 0; n = it.NextMany(buf) {
			for _, d := range buf[:n] {
				r := docRef{seg: i, doc: d, day: days[d]}
				if len(h) < m {
					heap.Push(&h, r)
				} else if newer(r, h[0]) {
					h[0] = r
					heap.Fix(&h, 0)
				}
			}
		}
	}
	slices.SortFunc(h, func(a, b docRef) int {
		if newer(a, b) {
			return -1
		}
		if newer(b, a) {
			return 1
		}
		return 0
	})
	return h, nil
}

// page returns the documents ranked from to from+size-1 across the tiers,
// with their scores.
func (v *view) page(ctx context.Context, ts []tier, from, size int) ([]docRef, []float64, error) {
	var refs []docRef
	var scores []float64
	skip := uint64(from)
	for _, t := range ts {
		if len(refs) == size {
			break
		}
		if skip >= t.n {
			skip -= t.n
			continue
		}
		take := min(uint64(size-len(refs)), t.n-skip)
		best, err := v.newest(ctx, t, int(skip+take))
		if err != nil {
			return nil, nil, err
		}
		for _, r := range best[skip:] {
			refs = append(refs, r)
			scores = append(scores, t.score)
		}
		skip = 0
	}
	return refs, scores, nil
}

// stored returns the stored fields of one document: its id, its site and
// its record.
func (v *view) stored(r docRef) (id, site string, raw []byte, err error) {
	err = v.segs[r.seg].seg.VisitStoredFields(uint64(r.doc), func(field string, _ byte, value []byte, _ []uint64) bool {
		switch field {
		case "_id":
			id = string(value)
		case fieldSite:
			site = string(value)
		case fieldRecord:
			raw = append([]byte(nil), value...)
		}
		return true
	})
	if err != nil {
		return "", "", nil, fmt.Errorf("read record: %w", err)
	}
	if raw == nil {
		return "", "", nil, fmt.Errorf("index document %s has no stored record", id)
	}
	return id, site, raw, nil
}

// hit loads the stored fields of one document and makes its Hit.
func (v *view) hit(r docRef, score float64, tm terms) (Hit, error) {
	id, site, raw, err := v.stored(r)
	if err != nil {
		return Hit{}, err
	}
	// Only what a hit shows of the record.
	var rec struct {
		URL, Title, Text string
		PublishedDate    *string `json:"published_date"`
	}
	if err := json.Unmarshal(raw, &rec); err != nil {
		return Hit{}, fmt.Errorf("index document %s: stored record: %w", id, err)
	}
	return Hit{
		ID:            Key(id),
		URL:           rec.URL,
		Title:         rec.Title,
		Site:          site,
		PublishedDate: rec.PublishedDate,
		Score:         score,
		Snippet:       snippet(rec.Text, tm, snippetRunes, v.forms),
		Record:        raw,
	}, nil
}

// segDicts caches the term dictionaries of one segment for one search.
type segDicts map[string]segment.TermDictionary

// postings returns the live documents of segment s holding one term.
func (d segDicts) postings(s *segView, ft fieldTerm) (*roaring.Bitmap, error) {
	dict, ok := d[ft.field]
	if !ok {
		var err error
		if dict, err = s.seg.Dictionary(ft.field); err != nil {
			return nil, fmt.Errorf("field %s: %w", ft.field, err)
		}
		d[ft.field] = dict
	}
	if ft.fold != nil {
		return foldedPostings(dict, ft.fold, s.deleted)
	}
	return postings(dict, ft.term, s.deleted)
}

// all returns the documents of within (a bitmap of segment s) that hold
// every term of fts.
func (d segDicts) all(fts []fieldTerm, s *segView, within *roaring.Bitmap) (*roaring.Bitmap, error) {
	bms := make([]*roaring.Bitmap, 0, len(fts)+1)
	bms = append(bms, within)
	for _, ft := range fts {
		b, err := d.postings(s, ft)
		if err != nil {
			return nil, err
		}
		bms = append(bms, b)
	}
	// Smallest first: FastAnd stops early on an empty intersection.
	slices.SortFunc(bms, func(a, b *roaring.Bitmap) int { return cmp.Compare(a.GetCardinality(), b.GetCardinality()) })
	return roaring.FastAnd(bms...), nil
}
