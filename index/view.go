package index

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	bindex "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// Searches do not go through bleve's collector. It visits the hits of a
// search one by one, scoring each and reading its doc values for the
// facets and the sort: about 3 µs a hit, so that a phrase found in 96,000
// of 100,000 records took 300 ms. A view answers the same searches with
// operations on the roaring bitmaps of the postings (every clause of a
// query is one term, see bitQuery), counts the facets from tables it holds
// in memory, and ranks in tiers (see rank.go): a few milliseconds however
// many records match.
//
// A view is built from one snapshot of the index: once for a read-only
// index (a published snapshot never changes), for every search of a
// writable one.
type view struct {
	reader bindex.IndexReader // held open while the view is in use
	segs   []*segView
	facets []facetValue // by facet id
	forms  *formsCache  // syllable forms, for snippets
	byDay  []docRef     // every live document, oldest first, undated last: the dump's walk
}

// facetValue is one value of fieldFacet, split into its kind and value;
// for an award sum, also read into its parts.
type facetValue struct {
	kind, value string
	sum         ProvinceAwards // Records is 1
}

// segView is one segment of a view.
type segView struct {
	seg     segment.Segment
	deleted *roaring.Bitmap // documents replaced or removed (may be nil)
	live    *roaring.Bitmap // the others
	days    []int32         // by document number: yyyymmdd, 0 when undated
	off     []uint32        // by document number: its facet ids are ids[off[d]:off[d+1]]
	ids     []uint32
}

// errNoView is returned by newView for an index that is not a scorch
// index, which a view cannot read.
var errNoView = errors.New("index type has no segments to read")

// newView reads the current snapshot of bi into a view. The caller closes
// it.
func newView(ctx context.Context, bi bleve.Index) (*view, error) {
	adv, err := bi.Advanced()
	if err != nil {
		return nil, fmt.Errorf("read index: %w", err)
	}
	rdr, err := adv.Reader()
	if err != nil {
		return nil, fmt.Errorf("read index: %w", err)
	}
	snap, ok := rdr.(*scorch.IndexSnapshot)
	if !ok {
		rdr.Close()
		return nil, errNoView
	}
	v := &view{reader: rdr, forms: &formsCache{}}
	if err := v.load(ctx, snap); err != nil {
		rdr.Close()
		return nil, fmt.Errorf("read index: %w", err)
	}
	return v, nil
}

// load fills the view's tables from snap: for every facet value, the
// documents that have it.
func (v *view) load(ctx context.Context, snap *scorch.IndexSnapshot) error {
	for _, ss := range snap.Segments() {
		n := ss.Segment().Count()
		v.segs = append(v.segs, &segView{
			seg:     ss.Segment(),
			deleted: ss.Deleted(),
			live:    ss.DocNumbersLive(),
			days:    make([]int32, n),
			off:     make([]uint32, n+1),
		})
	}
	fd, err := snap.FieldDict(fieldFacet)
	if err != nil {
		return err
	}
	for {
		e, err := fd.Next()
		if err != nil {
			fd.Close()
			return err
		}
		if e == nil {
			break
		}
		kind, value, _ := strings.Cut(e.Term, facetSep)
		f := facetValue{kind: kind, value: value}
		if kind == facetAwardSum {
			f.sum = parseAwardSum(value)
		}
		v.facets = append(v.facets, f)
	}
	if err := fd.Close(); err != nil {
		return err
	}
	for _, s := range v.segs {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := s.loadFacets(v.facets); err != nil {
			return err
		}
	}
	for i, s := range v.segs {
		it := s.live.Iterator()
		for it.HasNext() {
			d := it.Next()
			v.byDay = append(v.byDay, docRef{seg: i, doc: d, day: s.days[d]})
		}
	}
	slices.SortStableFunc(v.byDay, func(a, b docRef) int {
		switch {
		case a.day == b.day:
			return 0
		case a.day == 0:
			return 1
		case b.day == 0:
			return -1
		}
		return cmp.Compare(a.day, b.day)
	})
	return nil
}

// loadFacets builds the segment's facet table and its days.
func (s *segView) loadFacets(facets []facetValue) error {
	dict, err := s.seg.Dictionary(fieldFacet)
	if err != nil {
		return err
	}
	type pair struct{ doc, id uint32 }
	var pairs []pair
	for id, f := range facets {
		bm, err := postings(dict, f.kind+facetSep+f.value, s.deleted)
		if err != nil {
			return err
		}
		day := int32(0)
		if f.kind == facetDay {
			day = dayNumber(f.value)
		}
		it := bm.Iterator()
		for it.HasNext() {
			d := it.Next()
			if int(d) >= len(s.days) {
				return fmt.Errorf("facet %q: document %d beyond the segment's %d", f.value, d, len(s.days))
			}
			pairs = append(pairs, pair{d, uint32(id)})
			if day != 0 {
				s.days[d] = day
			}
		}
	}
	for _, p := range pairs {
		s.off[p.doc+1]++
	}
	for d := 1; d < len(s.off); d++ {
		s.off[d] += s.off[d-1]
	}
	s.ids = make([]uint32, len(pairs))
	next := append([]uint32(nil), s.off[:len(s.off)-1]...)
	for _, p := range pairs {
		s.ids[next[p.doc]] = p.id
		next[p.doc]++
	}
	return nil
}

// dayNumber reads "2024-03-15" as 20240315; 0 when it is not a date.
func dayNumber(s string) int32 {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0
	}
	n, err := strconv.Atoi(s[:4] + s[5:7] + s[8:])
	if err != nil {
		return 0
	}
	return int32(n)
}

// close releases the snapshot the view reads.
func (v *view) close() error {
	return v.reader.Close()
}

// postings returns the documents of dict holding term, less except. The
// bitmap may be the segment's own: it must not be modified.
func postings(dict segment.TermDictionary, term string, except *roaring.Bitmap) (*roaring.Bitmap, error) {
	pl, err := dict.PostingsList([]byte(term), except, nil)
	if err != nil {
		return nil, fmt.Errorf("postings of %q: %w", term, err)
	}
	if pl == nil || pl.Count() == 0 {
		return roaring.New(), nil
	}
	it := pl.Iterator(false, false, false, nil)
	if o, ok := it.(segment.OptimizablePostingsIterator); ok {
		if n, ok := o.DocNum1Hit(); ok {
			return roaring.BitmapOf(uint32(n)), nil
		}
		if bm := o.ActualBitmap(); bm != nil {
			return bm, nil
		}
	}
	bm := roaring.New()
	for {
		p, err := it.Next()
		if err != nil {
			return nil, fmt.Errorf("postings of %q: %w", term, err)
		}
		if p == nil {
			return bm, nil
		}
		bm.Add(uint32(p.Number()))
	}
}
