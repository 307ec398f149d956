package index

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/vnnews/vnnews/extract"
)

// The facets of a search, by name (as in `search --json`), with the kind
// of facet value each counts and how many values it lists. The years are
// summed from the months.
var facetNames = []struct {
	name, kind string
	size       int
}{
	{"province", facetProvince, 20},
	{"site", facetSite, 20},
	{"directive", facetDir, 20},
	{"award", facetAward, 20},
	{"year", facetMonth, 50},
}

// facetCounts are the counts of the facet values of a search's hits, by
// kind of value.
type facetCounts map[string][]FacetCount

// top returns the n most frequent values of a kind, most frequent first,
// ties in the order of the values.
func top(counts []FacetCount, n int) []FacetCount {
	out := slices.Clone(counts)
	slices.SortFunc(out, func(a, b FacetCount) int {
		if c := cmp.Compare(b.Count, a.Count); c != 0 {
			return c
		}
		return strings.Compare(a.Term, b.Term)
	})
	if len(out) > n {
		out = out[:n]
	}
	if out == nil {
		out = []FacetCount{}
	}
	return out
}

// facets returns the facets of Result.Facets.
func (fc facetCounts) facets() map[string][]FacetCount {
	out := make(map[string][]FacetCount, len(facetNames))
	for _, f := range facetNames {
		if f.name == "year" {
			out[f.name] = top(fc.years(), f.size)
			continue
		}
		out[f.name] = top(fc[f.kind], f.size)
	}
	return out
}

// years sums the months by year.
func (fc facetCounts) years() []FacetCount {
	by := map[string]int{}
	for _, m := range fc[facetMonth] {
		if len(m.Term) >= 4 {
			by[m.Term[:4]] += m.Count
		}
	}
	var out []FacetCount
	for y, n := range by {
		out = append(out, FacetCount{Term: y, Count: n})
	}
	return out
}

// timeline returns the counts by month, oldest first.
func (fc facetCounts) timeline() []FacetCount {
	out := slices.Clone(fc[facetMonth])
	slices.SortFunc(out, func(a, b FacetCount) int { return strings.Compare(a.Term, b.Term) })
	if out == nil {
		out = []FacetCount{}
	}
	return out
}

// countFacets counts the matches having each facet value, by facet id.
func (v *view) countFacets(matches []*roaring.Bitmap) []int {
	counts := make([]int, len(v.facets))
	buf := make([]uint32, 1024)
	for i, m := range matches {
		s := v.segs[i]
		it := m.ManyIterator()
		for n := it.NextMany(buf); n > 0; n = it.NextMany(buf) {
			for _, d := range buf[:n] {
				for _, id := range s.ids[s.off[d]:s.off[d+1]] {
					counts[id]++
				}
			}
		}
	}
	return counts
}

// facetCounts returns the counted facet values by kind.
func (v *view) facetCounts(counts []int) facetCounts {
	fc := facetCounts{}
	for id, n := range counts {
		if f := v.facets[id]; n > 0 && f.kind != facetAwardSum {
			fc[f.kind] = append(fc[f.kind], FacetCount{Term: f.value, Count: n})
		}
	}
	return fc
}

// awardSums adds up the counted award-sum values by province, largest
// total first. A value counts once for each matching record that has it.
func (v *view) awardSums(counts []int) []ProvinceAwards {
	by := map[string]*ProvinceAwards{}
	for id, n := range counts {
		f := v.facets[id]
		if n == 0 || f.kind != facetAwardSum || f.sum.Records == 0 {
			continue
		}
		p := by[f.sum.Province]
		if p == nil {
			p = &ProvinceAwards{Province: f.sum.Province}
			by[f.sum.Province] = p
		}
		p.Records += n
		p.Collectives += n * f.sum.Collectives
		p.Individuals += n * f.sum.Individuals
	}
	out := make([]ProvinceAwards, 0, len(by))
	for _, p := range by {
		out = append(out, *p)
	}
	slices.SortFunc(out, func(a, b ProvinceAwards) int {
		if c := cmp.Compare(b.Collectives+b.Individuals, a.Collectives+a.Individuals); c != 0 {
			return c
		}
		return strings.Compare(a.Province, b.Province)
	})
	return out
}

// awardSumValue is the award-sum facet value of a record naming province
// with award totals t: "province\x1fcollectives\x1findividuals".
func awardSumValue(province string, t extract.AwardTotals) string {
	return province + facetSep + strconv.Itoa(t.Collectives) + facetSep + strconv.Itoa(t.Individuals)
}

// parseAwardSum reads an award-sum value, "province\x1fcollectives\x1f
// individuals"; a value it cannot read counts for nothing.
func parseAwardSum(s string) ProvinceAwards {
	parts := strings.Split(s, facetSep)
	if len(parts) != 3 {
		return ProvinceAwards{}
	}
	c, err1 := strconv.Atoi(parts[1])
	i, err2 := strconv.Atoi(parts[2])
	if err1 != nil || err2 != nil {
		return ProvinceAwards{}
	}
	return ProvinceAwards{Province: parts[0], Records: 1, Collectives: c, Individuals: i}
}
