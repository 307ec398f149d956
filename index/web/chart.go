package web

import (
	"fmt"
	"strconv"
	"time"

	"github.com/vnnews/vnnews/index"
)

// The charts are inline SVG drawn on the server: the page computes every
// bar's geometry here and the template (templates/charts.html) only writes
// it out, escaped. Colours come from the stylesheet through classes.

// timelineChart is the number of matching articles per month (per year
// when the range is too long for months), as bars.
type timelineChart struct {
	Width, Height int
	Unit          string // "tháng" or "năm"
	Max           int
	MaxY          string // y of the top grid line
	Base          string // y of the axis
	Bars          []timelineBar
	Ticks         []axisTick
}

// timelineBar is one month (or year).
type timelineBar struct {
	X, Y, W, H string
	Label      string // the tooltip: "03/2024: 5 bài"
	URL        string // the search narrowed to the period
}

// axisTick labels the start of a year.
type axisTick struct {
	X, Y  string
	Label string
}

// Timeline geometry, in SVG user units.
const (
	tlWidth     = 720
	tlHeight    = 150
	tlLeft      = 34
	tlRight     = 6
	tlTop       = 10
	tlBottom    = 126 // the axis
	tlMinMonths = 12  // fewer months are shown among a year's
	tlMaxMonths = 240 // more than 20 years: bars by year
)

// newTimelineChart draws the months of a result's timeline, with the months
// no article fell in as gaps; nil when there is nothing dated.
func newTimelineChart(st state, months []index.FacetCount) *timelineChart {
	type period struct {
		label, from, to string
		count           int
		year            string // set on the first period of a year
	}
	var periods []period
	first, ok1 := parseMonth(months, 0)
	last, ok2 := parseMonth(months, len(months)-1)
	if !ok1 || !ok2 {
		return nil
	}
	counts := map[string]int{}
	for _, m := range months {
		counts[m.Term] += m.Count
	}
	n := (last.Year()-first.Year())*12 + int(last.Month()-first.Month()) + 1
	if n < tlMinMonths {
		// A few months would make a few very wide bars: show a year
		// around them.
		before := (tlMinMonths - n) / 2
		first = first.AddDate(0, -before, 0)
		last = last.AddDate(0, tlMinMonths-n-before, 0)
		n = tlMinMonths
	}
	unit := "tháng"
	if n > tlMaxMonths {
		unit = "năm"
		for y := first.Year(); y <= last.Year(); y++ {
			ys := strconv.Itoa(y)
			p := period{label: ys, from: ys + "-01-01", to: ys + "-12-31", year: ys}
			for m := 1; m <= 12; m++ {
				p.count += counts[fmt.Sprintf("%04d-%02d", y, m)]
			}
			periods = append(periods, p)
		}
	} else {
		for t := first; !t.After(last); t = t.AddDate(0, 1, 0) {
			p := period{
				label: t.Format("01/2006"),
				from:  t.Format(time.DateOnly),
				to:    t.AddDate(0, 1, -1).Format(time.DateOnly),
				count: counts[t.Format("2006-01")],
			}
			// Label each January, and the first month when the next
			// January is far enough not to write over it.
			if t.Month() == time.January || t.Equal(first) && t.Month() <= time.September {
				p.year = strconv.Itoa(t.Year())
			}
			periods = append(periods, p)
		}
	}
	c := &timelineChart{Width: tlWidth, Height: tlHeight, Unit: unit, Base: f1(tlBottom), MaxY: f1(tlTop)}
	for _, p := range periods {
		c.Max = max(c.Max, p.count)
	}
	if c.Max == 0 {
		return nil
	}
	slot := float64(tlWidth-tlLeft-tlRight) / float64(len(periods))
	gap := min(slot*0.2, 2)
	plot := float64(tlBottom - tlTop)
	// Label every year when they fit, else every k-th.
	years := 0
	for _, p := range periods {
		if p.year != "" {
			years++
		}
	}
	every := max(1, (years*34+tlWidth-1)/tlWidth)
	k := 0
	for i, p := range periods {
		x := tlLeft + float64(i)*slot
		if p.year != "" {
			if k%every == 0 {
				c.Ticks = append(c.Ticks, axisTick{X: f1(x), Y: f1(tlBottom + 16), Label: p.year})
			}
			k++
		}
		if p.count == 0 {
			continue
		}
		h := max(1, plot*float64(p.count)/float64(c.Max))
		c.Bars = append(c.Bars, timelineBar{
			X: f1(x + gap/2), Y: f1(tlBottom - h), W: f1(slot - gap), H: f1(h),
			Label: fmt.Sprintf("%s: %s bài", p.label, formatInt(p.count)),
			URL:   st.Range(p.from, p.to),
		})
	}
	return c
}

// parseMonth reads the month of months[i] ("2024-03").
func parseMonth(months []index.FacetCount, i int) (time.Time, bool) {
	if i < 0 || i >= len(months) {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01", months[i].Term)
	return t, err == nil
}

// awardChart is the award totals of the matching articles by province:
// one row per province, collectives and individuals stacked.
type awardChart struct {
	Width, Height int
	Rows          []awardRow
	Legend        []legendItem
	More          int // provinces left out
}

// awardRow is one province's bar.
type awardRow struct {
	Province     string
	URL          string
	LabelX       string
	TextY        string
	Y, H         string
	CX, CW       string // the collectives' segment
	IX, IW       string // the individuals' segment
	TotalX       string
	Total        string
	Tooltip      string
	Collectives  int
	Individuals  int
	RecordsCount int
}

// legendItem explains one colour.
type legendItem struct {
	Class string
	Label string
	X, Y  string
	TX    string
}

// Award chart geometry.
const (
	acWidth    = 720
	acLabelW   = 150 // province names, right-aligned
	acRight    = 70  // totals after the bars
	acRowH     = 22
	acBarH     = 15
	acTop      = 26 // the legend above the rows
	acMaxRows  = 15
	acTextBase = 11
)

// newAwardChart draws the provinces with the largest award totals; nil
// when no matching article reports an award.
func newAwardChart(st state, sums []index.ProvinceAwards) *awardChart {
	var rows []index.ProvinceAwards
	for _, p := range sums {
		if p.Collectives+p.Individuals > 0 {
			rows = append(rows, p)
		}
	}
	if len(rows) == 0 {
		return nil
	}
	c := &awardChart{Width: acWidth}
	if len(rows) > acMaxRows {
		c.More = len(rows) - acMaxRows
		rows = rows[:acMaxRows]
	}
	c.Height = acTop + len(rows)*acRowH + 4
	c.Legend = []legendItem{
		{Class: "seg-c", Label: "Tập thể", X: f1(acLabelW + 10), Y: "6", TX: f1(acLabelW + 26)},
		{Class: "seg-i", Label: "Cá nhân", X: f1(acLabelW + 100), Y: "6", TX: f1(acLabelW + 116)},
	}
	top := 0
	for _, p := range rows {
		top = max(top, p.Collectives+p.Individuals)
	}
	span := float64(acWidth - acLabelW - 10 - acRight)
	for i, p := range rows {
		y := float64(acTop + i*acRowH)
		x0 := float64(acLabelW + 10)
		cw := span * float64(p.Collectives) / float64(top)
		iw := span * float64(p.Individuals) / float64(top)
		c.Rows = append(c.Rows, awardRow{
			Province: p.Province,
			URL:      st.With("province", p.Province),
			LabelX:   f1(acLabelW),
			TextY:    f1(y + acTextBase + 1),
			Y:        f1(y), H: f1(acBarH),
			CX: f1(x0), CW: f1(cw),
			IX: f1(x0 + cw), IW: f1(iw),
			TotalX:       f1(x0 + cw + iw + 6),
			Total:        formatInt(p.Collectives + p.Individuals),
			Tooltip:      fmt.Sprintf("%s: %s tập thể, %s cá nhân (%s bài)", p.Province, formatInt(p.Collectives), formatInt(p.Individuals), formatInt(p.Records)),
			Collectives:  p.Collectives,
			Individuals:  p.Individuals,
			RecordsCount: p.Records,
		})
	}
	return c
}

// f1 writes a coordinate with at most one decimal.
func f1(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }
