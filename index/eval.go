package index

import (
	"context"

	"github.com/RoaringBitmap/roaring/v2"
)

// Evaluating a search on a view: the matches as bitmaps, segment by
// segment; then the facets (facets.go), the ranking tiers and the page of
// hits (rank.go).

// match returns the documents matching q, by segment, and the term
// dictionaries it opened.
func (v *view) match(ctx context.Context, q *bitQuery) ([]*roaring.Bitmap, []segDicts, error) {
	matches := make([]*roaring.Bitmap, len(v.segs))
	dicts := make([]segDicts, len(v.segs))
	for i, s := range v.segs {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		dicts[i] = segDicts{}
		m, err := dicts[i].all(q.must, s, s.live)
		if err != nil {
			return nil, nil, err
		}
		if q.from != 0 || q.to != 0 {
			m = s.between(m, q.from, q.to)
		}
		matches[i] = m
	}
	return matches, dicts, nil
}

// search runs a compiled search on the view, returning size hits.
func (v *view) search(ctx context.Context, q *bitQuery, r Request, size int) (Result, error) {
	matches, dicts, err := v.match(ctx, q)
	if err != nil {
		return Result{}, err
	}
	out := Result{Hits: []Hit{}}
	for _, m := range matches {
		out.Total += m.GetCardinality()
	}
	if !r.NoFacets || r.AwardsByProvince {
		counts := v.countFacets(matches)
		if !r.NoFacets {
			fc := v.facetCounts(counts)
			out.Facets, out.Timeline = fc.facets(), fc.timeline()
		}
		if r.AwardsByProvince {
			out.AwardsByProvince = v.awardSums(counts)
		}
	}
	ts, err := v.tiers(q, matches, dicts, r.Sort)
	if err != nil {
		return Result{}, err
	}
	refs, scores, err := v.page(ctx, ts, r.From, size)
	if err != nil {
		return Result{}, err
	}
	for i, ref := range refs {
		h, err := v.hit(ref, scores[i], q.marks)
		if err != nil {
			return Result{}, err
		}
		out.Hits = append(out.Hits, h)
	}
	return out, nil
}

// between returns the documents of m published from day from to day to
// (yyyymmdd, inclusive; 0 leaves an end open). Undated records are never
// between.
func (s *segView) between(m *roaring.Bitmap, from, to int32) *roaring.Bitmap {
	out := roaring.New()
	buf := make([]uint32, 1024)
	keep := make([]uint32, 0, 1024)
	it := m.ManyIterator()
	for n := it.NextMany(buf); n > 0; n = it.NextMany(buf) {
		keep = keep[:0]
		for _, d := range buf[:n] {
			if day := s.days[d]; day != 0 && (from == 0 || day >= from) && (to == 0 || day <= to) {
				keep = append(keep, d)
			}
		}
		out.AddMany(keep)
	}
	return out
}
