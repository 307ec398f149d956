// Package gazetteer holds Vietnam's province-level and district-level
// units as compact embedded data: the 63 provinces and 696 districts of
// March 2025, the wards and communes of March 2025 whose name is unique
// nationwide, the 34 provinces of the reform of 1 July 2025 with the units
// each absorbed, and older names that articles still use (districts merged
// away, Hà Tây, Thừa Thiên Huế).
//
// units.tsv is generated from the shared facts by internal/gen (see the
// generate directive below) and committed; former.tsv is maintained by hand, one
// dated fact a line. Names carry no unit word ("Hồ Chí Minh", not "Thành
// phố Hồ Chí Minh") and use vntext.NormalizeTones' tone placement.
package gazetteer

import (
	_ "embed"
	"slices"
	"strings"
	"time"
)

//go:generate go run ./internal/gen -src ../../../shared/gazetteer -out units.tsv

//go:embed units.tsv
var unitsTSV string

//go:embed former.tsv
var formerTSV string

// Province is a province-level unit: a tỉnh or a centrally governed
// thành phố.
type Province struct {
	Name string // "Hải Phòng", "Bà Rịa - Vũng Tàu"
	Kind string // "tỉnh" or "thành phố"
}

// District is a district-level unit (quận, huyện, thị xã, or a city under a
// province).
type District struct {
	Name     string // "Lê Chân", "2" for Quận 2
	Kind     string // "quận", "huyện", "thị xã" or "thành phố"
	Province string // the province it belonged to before July 2025
	// Until is the day the unit ceased to exist, for units dissolved
	// before March 2025; zero for the units of March 2025.
	Until time.Time
}

// Commune is a ward or commune of March 2025 whose name no other ward or
// commune had anywhere in the country, so that the name alone locates it.
type Commune struct {
	Name     string // "Cự Đồng"
	Province string // the province it belonged to before July 2025
}

// Merger is a province-level unit from 1 July 2025 and the pre-reform
// provinces it absorbed (itself included when it kept its name).
type Merger struct {
	Name     string
	Kind     string
	Absorbed []string
}

// Former is a province-level name no longer in use.
type Former struct {
	Name     string    // "Hà Tây", "Thừa Thiên Huế"
	Kind     string    // "tỉnh"
	Province string    // the March 2025 province it became part of, or was renamed to
	Until    time.Time // the first day it no longer existed under Name
	// Renamed reports that Province is the same unit under a new name
	// (Thừa Thiên Huế is Huế); otherwise the unit merged into Province.
	Renamed bool
}

// Reform is the day the 34 province-level units took effect and district
// level units were abolished (Nghị quyết 202/2025/QH15).
var Reform = time.Date(2025, 7, 1, 0, 0, 0, 0, time.FixedZone("ICT", 7*60*60))

// data is the parsed gazetteer. It is built once and never modified; the
// exported functions return copies.
var data = parse(unitsTSV, formerTSV)

type tables struct {
	provinces []Province
	districts []District // March 2025 first, then dissolved ones
	mergers   []Merger
	former    []Former
	communes  []Commune
}

// Provinces returns the 63 province-level units of March 2025.
func Provinces() []Province { return slices.Clone(data.provinces) }

// Districts returns the 696 district-level units of March 2025 followed by
// the dissolved units articles still name (those have a non-zero Until).
func Districts() []District { return slices.Clone(data.districts) }

// Mergers returns the 34 province-level units from 1 July 2025.
func Mergers() []Merger {
	out := slices.Clone(data.mergers)
	for i := range out {
		out[i].Absorbed = slices.Clone(out[i].Absorbed)
	}
	return out
}

// Communes returns the wards and communes of March 2025 whose name is
// unique nationwide (numbered wards such as "Phường 1" are not included).
func Communes() []Commune { return slices.Clone(data.communes) }

// Formers returns the province-level names no longer in use.
func Formers() []Former { return slices.Clone(data.former) }

// parse reads the generated and the hand-kept tables. Malformed lines are
// skipped (the package tests check the counts).
func parse(units, former string) tables {
	var t tables
	for line := range strings.Lines(units) {
		f := fields(line)
		switch {
		case len(f) == 3 && f[0] == "P":
			t.provinces = append(t.provinces, Province{Name: f[1], Kind: f[2]})
		case len(f) == 4 && f[0] == "D":
			t.districts = append(t.districts, District{Name: f[3], Kind: f[2], Province: f[1]})
		case len(f) == 3 && f[0] == "C":
			for name := range strings.SplitSeq(f[2], ";") {
				t.communes = append(t.communes, Commune{Name: name, Province: f[1]})
			}
		case len(f) == 4 && f[0] == "M":
			t.mergers = append(t.mergers, Merger{Name: f[1], Kind: f[2], Absorbed: strings.Split(f[3], ";")})
		}
	}
	for line := range strings.Lines(former) {
		f := fields(line)
		if len(f) < 5 {
			continue
		}
		until, err := time.ParseInLocation(time.DateOnly, f[4], Reform.Location())
		if err != nil {
			continue
		}
		switch f[0] {
		case "D":
			t.districts = append(t.districts, District{Name: f[3], Kind: f[2], Province: f[1], Until: until})
		case "F", "R":
			t.former = append(t.former, Former{Name: f[3], Kind: f[2], Province: f[1], Until: until, Renamed: f[0] == "R"})
		}
	}
	return t
}

// fields splits a tab-separated line; comments and blank lines have none.
func fields(line string) []string {
	line = strings.TrimRight(line, "\r\n")
	if line == "" || line[0] == '#' {
		return nil
	}
	return strings.Split(line, "\t")
}
