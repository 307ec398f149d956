package web

import (
	"fmt"
	"strings"
	"testing"

	"github.com/vnnews/vnnews/index"
)

func TestTimelineChart(t *testing.T) {
	var st state
	if c := newTimelineChart(st, nil); c != nil {
		t.Errorf("a chart of nothing: %+v", c)
	}
	c := newTimelineChart(st, []index.FacetCount{{Term: "2023-11", Count: 2}, {Term: "2024-02", Count: 4}})
	if c == nil {
		t.Fatal("no chart")
	}
	// Nov to Feb, padded to twelve months (Jul to Jun): two bars, the
	// empty months as gaps; a label at the first month and at January.
	if len(c.Bars) != 2 || c.Max != 4 || c.Unit != "tháng" {
		t.Fatalf("bars %+v, max %d, unit %s", c.Bars, c.Max, c.Unit)
	}
	if len(c.Ticks) != 2 || c.Ticks[0].Label != "2023" || c.Ticks[1].Label != "2024" {
		t.Errorf("ticks %+v", c.Ticks)
	}
	// Starting in November (padded from February), the first month is too
	// close to January for a label of its own.
	late := newTimelineChart(st, []index.FacetCount{{Term: "2025-05", Count: 1}})
	if late == nil || len(late.Ticks) != 1 || late.Ticks[0].Label != "2025" {
		t.Errorf("ticks of a chart starting late in a year: %+v", late)
	}
	if c.Bars[0].Label != "11/2023: 2 bài" || c.Bars[1].URL != "/?from=2024-02-01&to=2024-02-29" {
		t.Errorf("bars %+v", c.Bars)
	}
	if c.Bars[1].H != f1(tlBottom-tlTop) || c.Bars[1].Y != f1(tlTop) {
		t.Errorf("the largest bar is not full height: %+v", c.Bars[1])
	}

	// Thirty years: bars by year.
	c = newTimelineChart(st, []index.FacetCount{{Term: "1995-01", Count: 1}, {Term: "2024-12", Count: 3}})
	if c == nil || c.Unit != "năm" || len(c.Bars) != 2 || c.Bars[1].URL != "/?from=2024-01-01&to=2024-12-31" {
		t.Errorf("long timeline: %+v", c)
	}
	if len(c.Ticks) == 0 || len(c.Ticks) > 30 {
		t.Errorf("long timeline has %d year labels", len(c.Ticks))
	}
}

func TestAwardChart(t *testing.T) {
	var st state
	if c := newAwardChart(st, []index.ProvinceAwards{{Province: "Hà Nội", Records: 3}}); c != nil {
		t.Errorf("a chart of no awards: %+v", c)
	}
	var sums []index.ProvinceAwards
	for i := range 20 {
		sums = append(sums, index.ProvinceAwards{Province: fmt.Sprintf("Tỉnh %02d", i), Records: 1, Collectives: 40 - i, Individuals: 20})
	}
	c := newAwardChart(st, sums)
	if c == nil || len(c.Rows) != acMaxRows || c.More != 5 {
		t.Fatalf("chart %+v", c)
	}
	r := c.Rows[0]
	if r.Total != "60" || !strings.Contains(r.Tooltip, "40 tập thể, 20 cá nhân (1 bài)") || !strings.Contains(r.URL, "province=T%E1%BB%89nh+00") {
		t.Errorf("first row %+v", r)
	}
}

func TestFormatInt(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1238: "1.238", 1000000: "1.000.000", -4500: "-4.500"} {
		if got := formatInt(n); got != want {
			t.Errorf("formatInt(%d) = %q, want %q", n, got, want)
		}
	}
	if got := formatInt(uint64(21000)); got != "21.000" {
		t.Errorf("formatInt(uint64) = %q", got)
	}
}
