package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// goldDir holds the gold set: hand-written articles with hand-checked
// expected facts (see testdata/gold/README.md).
const goldDir = "../testdata/gold"

// goldFrom points TestGoldSet at another set in the same format, such as a
// held-out set kept outside the repository:
// go test ./extract -run 'TestGoldSet$' -v -gold /path/to/set
var goldFrom = flag.String("gold", goldDir, "folder of gold articles for TestGoldSet")

// goldThreshold is the least precision, recall or accuracy the rule
// extractors must reach on the gold set.
const goldThreshold = 0.95

// goldArticle is one file of the gold set.
type goldArticle struct {
	ID        string     `json:"id"`
	Notes     string     `json:"notes"`
	Title     string     `json:"title"`
	Published *string    `json:"published"`
	Text      string     `json:"text"`
	Expect    goldExpect `json:"expect"`
}

// goldExpect is what the rule extractors must find in a gold article.
type goldExpect struct {
	Directives  []Directive `json:"directives"`
	Awards      []Award     `json:"awards"`
	AwardTotals AwardTotals `json:"award_totals"`
	EventDate   *string     `json:"event_date"`
	Provinces   []string    `json:"provinces"`
}

// goldSeedPrefix starts the ids of the articles taken from the seeds.
const goldSeedPrefix = "seed"

// loadGold reads every gold file, sorted by file name. It reports read and
// parse errors through t and skips the files that have them.
func loadGold(t *testing.T) []goldArticle {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(*goldFrom, "*.json"))
	if err != nil {
		t.Fatalf("gold set: %v", err)
	}
	sort.Strings(paths)
	var out []goldArticle
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		var a goldArticle
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&a); err != nil {
			t.Errorf("%s: %v", filepath.Base(p), err)
			continue
		}
		out = append(out, a)
	}
	return out
}

// parseGoldPublished reads a gold file's publication time: RFC 3339, or a
// bare YYYY-MM-DD taken as midnight in Vietnam time. Null gives nil.
func parseGoldPublished(s *string) (*time.Time, error) {
	if s == nil {
		return nil, nil
	}
	if t, err := time.Parse(time.RFC3339, *s); err == nil {
		t = t.In(vietnam)
		return &t, nil
	}
	t, err := time.ParseInLocation("2006-01-02", *s, vietnam)
	if err != nil {
		return nil, fmt.Errorf("published %q: want RFC 3339 or YYYY-MM-DD", *s)
	}
	return &t, nil
}

// goldFold returns s in the form the lenient comparisons use: NFC, lower
// case, without any diacritic (so tone-mark placement such as Hoà/Hòa and
// letter case do not matter), đ read as d, and white space collapsed.
func goldFold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'đ' || r == 'Đ':
			r = 'd'
		case unicode.IsSpace(r):
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// awardHead returns the head of a distinction for matching: its first two
// words after folding, with a leading "danh hiệu" dropped, so that
// "Bằng khen của Thủ tướng" matches "Bằng khen" and "danh hiệu Chiến sĩ
// thi đua cơ sở" matches "Chiến sĩ thi đua cơ sở".
func awardHead(s string) string {
	w := strings.Fields(goldFold(s))
	if len(w) > 2 && w[0] == "danh" && w[1] == "hieu" {
		w = w[2:]
	}
	if len(w) > 2 {
		w = w[:2]
	}
	return strings.Join(w, " ")
}

// kindMatches reports whether two document kinds agree, ignoring case and
// diacritics, and accepting one that is a word prefix of the other
// ("Thông báo" for "Thông báo kết luận").
func kindMatches(want, got string) bool {
	w, g := goldFold(want), goldFold(got)
	if w == g {
		return true
	}
	if w == "" || g == "" {
		return false
	}
	return strings.HasPrefix(w, g+" ") || strings.HasPrefix(g, w+" ")
}

// lenientMatches compares two optional free-text values (issuer, giver):
// both nil, or both set and one containing the other after folding.
func lenientMatches(want, got *string) bool {
	if want == nil || got == nil {
		return want == nil && got == nil
	}
	w, g := goldFold(*want), goldFold(*got)
	return strings.Contains(w, g) || strings.Contains(g, w)
}

// strp renders an optional string for messages.
func strp(s *string) string {
	if s == nil {
		return "null"
	}
	return *s
}

// intp renders an optional index for messages.
func intp(p *int) string {
	if p == nil {
		return "null"
	}
	return fmt.Sprint(*p)
}

// prf counts matches for a precision/recall measure.
type prf struct{ tp, fp, fn int }

// precision is tp/(tp+fp), 1 when nothing was predicted.
func (c prf) precision() float64 {
	if c.tp+c.fp == 0 {
		return 1
	}
	return float64(c.tp) / float64(c.tp+c.fp)
}

// recall is tp/(tp+fn), 1 when nothing was expected.
func (c prf) recall() float64 {
	if c.tp+c.fn == 0 {
		return 1
	}
	return float64(c.tp) / float64(c.tp+c.fn)
}

// acc counts right answers for an accuracy measure.
type acc struct{ ok, n int }

// add records one comparison.
func (a *acc) add(ok bool) {
	a.n++
	if ok {
		a.ok++
	}
}

// rate is ok/n, 1 when nothing was compared.
func (a acc) rate() float64 {
	if a.n == 0 {
		return 1
	}
	return float64(a.ok) / float64(a.n)
}

// goldScore gathers the measures over the whole gold set, and the lines
// that explain each error.
type goldScore struct {
	dir, award, prov                prf
	kind, issued, mentions, issuer  acc
	partOf, giver, totals, eventDay acc
	errs                            []string
	infos                           []string // differences in ungated, leniently compared fields
}

// infof records a difference in a field that is reported but not gated.
func (s *goldScore) infof(format string, args ...any) {
	s.infos = append(s.infos, fmt.Sprintf(format, args...))
}

// errf records an explanation line for one error.
func (s *goldScore) errf(format string, args ...any) {
	s.errs = append(s.errs, fmt.Sprintf(format, args...))
}

// scoreDirectives matches directives by canonical number and compares the
// details of the matched ones.
func (s *goldScore) scoreDirectives(id string, want, got []Directive) {
	used := make([]bool, len(got))
	for _, w := range want {
		j := -1
		for k, g := range got {
			if !used[k] && g.Number == w.Number {
				j = k
				break
			}
		}
		if j < 0 {
			s.dir.fn++
			s.errf("MISS  %s directive %s (%s)", id, w.Number, w.Kind)
			continue
		}
		used[j] = true
		s.dir.tp++
		g := got[j]
		s.kind.add(kindMatches(w.Kind, g.Kind))
		if !kindMatches(w.Kind, g.Kind) {
			s.errf("KIND  %s directive %s: want %q, got %q", id, w.Number, w.Kind, g.Kind)
		}
		sameDay := strp(w.IssuedOn) == strp(g.IssuedOn)
		s.issued.add(sameDay)
		if !sameDay {
			s.errf("DATE  %s directive %s issued_on: want %s, got %s", id, w.Number, strp(w.IssuedOn), strp(g.IssuedOn))
		}
		s.mentions.add(w.Mentions == g.Mentions)
		if w.Mentions != g.Mentions {
			s.errf("COUNT %s directive %s mentions: want %d, got %d", id, w.Number, w.Mentions, g.Mentions)
		}
		s.issuer.add(lenientMatches(w.Issuer, g.Issuer))
		if !lenientMatches(w.Issuer, g.Issuer) {
			s.infof("info  %s directive %s issuer: want %s, got %s", id, w.Number, strp(w.Issuer), strp(g.Issuer))
		}
	}
	for k, g := range got {
		if !used[k] {
			s.dir.fp++
			s.errf("FALSE %s directive %s (%s)", id, g.Number, g.Kind)
		}
	}
}

// awardMatches reports whether a found award is the expected one: the same
// head of distinction and the same counts.
func awardMatches(w, g Award) bool {
	return awardHead(w.Award) == awardHead(g.Award) &&
		w.Collectives == g.Collectives && w.Individuals == g.Individuals
}

// scoreAwards matches awards by distinction head and counts, then checks
// that breakdowns point at the award matched to the expected parent.
func (s *goldScore) scoreAwards(id string, want, got []Award) {
	match := make([]int, len(want)) // want index -> got index, or -1
	used := make([]bool, len(got))
	for i, w := range want {
		match[i] = -1
		for k, g := range got {
			if !used[k] && awardMatches(w, g) {
				match[i], used[k] = k, true
				break
			}
		}
		if match[i] < 0 {
			s.award.fn++
			s.errf("MISS  %s award %q %d/%d part_of=%s", id, w.Award, w.Collectives, w.Individuals, intp(w.PartOf))
			continue
		}
		s.award.tp++
	}
	for i, w := range want {
		k := match[i]
		if k < 0 {
			continue
		}
		g := got[k]
		ok := false
		switch {
		case w.PartOf == nil:
			ok = g.PartOf == nil
		case g.PartOf != nil && *w.PartOf >= 0 && *w.PartOf < len(match):
			ok = match[*w.PartOf] >= 0 && *g.PartOf == match[*w.PartOf]
		}
		s.partOf.add(ok)
		if !ok {
			s.errf("PART  %s award %q %d/%d part_of: want %s, got %s", id, w.Award, w.Collectives, w.Individuals, intp(w.PartOf), intp(g.PartOf))
		}
		s.giver.add(lenientMatches(w.Giver, g.Giver))
		if !lenientMatches(w.Giver, g.Giver) {
			s.infof("info  %s award %q %d/%d giver: want %s, got %s", id, w.Award, w.Collectives, w.Individuals, strp(w.Giver), strp(g.Giver))
		}
	}
	for k, g := range got {
		if !used[k] {
			s.award.fp++
			s.errf("FALSE %s award %q giver=%s %d/%d", id, g.Award, strp(g.Giver), g.Collectives, g.Individuals)
		}
	}
}

// scoreProvinces compares the province sets, ignoring case and diacritic
// placement.
func (s *goldScore) scoreProvinces(id string, want, got []string) {
	seen := map[string]bool{}
	for _, g := range got {
		seen[goldFold(g)] = true
	}
	wanted := map[string]bool{}
	for _, w := range want {
		wanted[goldFold(w)] = true
		if seen[goldFold(w)] {
			s.prov.tp++
		} else {
			s.prov.fn++
			s.errf("MISS  %s province %s", id, w)
		}
	}
	reported := map[string]bool{}
	for _, g := range got {
		k := goldFold(g)
		if wanted[k] || reported[k] {
			continue
		}
		reported[k] = true
		s.prov.fp++
		s.errf("FALSE %s province %s", id, g)
	}
}

// score runs the extractors on one article and adds it to the measures.
func (s *goldScore) score(a goldArticle, pub *time.Time) {
	f := ReadFacts(a.Title, a.Text, pub)
	s.scoreDirectives(a.ID, a.Expect.Directives, f.Directives)
	s.scoreAwards(a.ID, a.Expect.Awards, f.Awards)
	ok := f.AwardTotals == a.Expect.AwardTotals
	s.totals.add(ok)
	if !ok {
		s.errf("TOTAL %s award_totals: want %d/%d, got %d/%d", a.ID,
			a.Expect.AwardTotals.Collectives, a.Expect.AwardTotals.Individuals,
			f.AwardTotals.Collectives, f.AwardTotals.Individuals)
	}
	ok = strp(a.Expect.EventDate) == strp(f.EventDate)
	s.eventDay.add(ok)
	if !ok {
		s.errf("EVENT %s event_date: want %s, got %s", a.ID, strp(a.Expect.EventDate), strp(f.EventDate))
	}
	s.scoreProvinces(a.ID, a.Expect.Provinces, f.Provinces)
}

// goldRow is one line of the result table.
type goldRow struct {
	field, measure string
	value          float64
	detail         string
	gates          bool // whether a value below goldThreshold fails the test
}

// rows lays out the measures as table rows.
func (s *goldScore) rows() []goldRow {
	pr := func(field string, c prf) []goldRow {
		d := fmt.Sprintf("tp=%d fp=%d fn=%d", c.tp, c.fp, c.fn)
		return []goldRow{
			{field, "precision", c.precision(), d, true},
			{field, "recall", c.recall(), d, true},
		}
	}
	ac := func(field, measure string, a acc, gates bool) goldRow {
		return goldRow{field, measure, a.rate(), fmt.Sprintf("%d/%d", a.ok, a.n), gates}
	}
	var r []goldRow
	r = append(r, pr("directives", s.dir)...)
	r = append(r,
		ac("directives", "kind (matched)", s.kind, true),
		ac("directives", "issued_on (matched)", s.issued, true),
		ac("directives", "mentions (matched)", s.mentions, true),
		ac("directives", "issuer (matched, lenient)", s.issuer, true))
	r = append(r, pr("awards", s.award)...)
	r = append(r,
		ac("awards", "part_of (matched)", s.partOf, true),
		ac("awards", "giver (matched, lenient, info)", s.giver, false),
		ac("award_totals", "accuracy", s.totals, true),
		ac("event_date", "accuracy", s.eventDay, true))
	r = append(r, pr("provinces", s.prov)...)
	return r
}

// TestGoldSet measures the rule extractors on the gold set: precision and
// recall of directives, awards and provinces, accuracy of award totals and
// event dates, and accuracy of the details of matched items. It fails when
// a gated figure falls below goldThreshold. Every error is logged with the
// article id (MISS: expected, not found; FALSE: found, not expected).
func TestGoldSet(t *testing.T) {
	arts := loadGold(t)
	if len(arts) == 0 {
		t.Fatal("gold set is empty")
	}
	var s goldScore
	for _, a := range arts {
		pub, err := parseGoldPublished(a.Published)
		if err != nil {
			t.Errorf("%s: %v", a.ID, err)
			continue
		}
		s.score(a, pub)
	}
	var tab strings.Builder
	fmt.Fprintf(&tab, "gold set: %d articles\n", len(arts))
	fmt.Fprintf(&tab, "%-13s %-33s %7s  %s\n", "field", "measure", "value", "counts")
	for _, r := range s.rows() {
		fmt.Fprintf(&tab, "%-13s %-33s %7.3f  %s\n", r.field, r.measure, r.value, r.detail)
	}
	t.Log("\n" + tab.String())
	if len(s.errs) > 0 {
		t.Logf("%d errors (MISS: expected, not found; FALSE: found, not expected):\n%s", len(s.errs), strings.Join(s.errs, "\n"))
	}
	if len(s.infos) > 0 && testing.Verbose() {
		t.Logf("%d differences in ungated fields:\n%s", len(s.infos), strings.Join(s.infos, "\n"))
	}
	for _, r := range s.rows() {
		if r.gates && r.value < goldThreshold {
			t.Errorf("%s %s = %.3f, below %.2f (%s)", r.field, r.measure, r.value, goldThreshold, r.detail)
		}
	}
}

// goldProvinces63 are the 63 province-level units before 1 July 2025
// (Thừa Thiên Huế became the city of Huế on 1 January 2025).
var goldProvinces63 = strings.Split("Hà Nội|Hà Giang|Cao Bằng|Bắc Kạn|Tuyên Quang|Lào Cai|Điện Biên|Lai Châu|Sơn La|Yên Bái|Hòa Bình|Thái Nguyên|Lạng Sơn|Quảng Ninh|Bắc Giang|Phú Thọ|Vĩnh Phúc|Bắc Ninh|Hải Dương|Hải Phòng|Hưng Yên|Thái Bình|Hà Nam|Nam Định|Ninh Bình|Thanh Hóa|Nghệ An|Hà Tĩnh|Quảng Bình|Quảng Trị|Thừa Thiên Huế|Đà Nẵng|Quảng Nam|Quảng Ngãi|Bình Định|Phú Yên|Khánh Hòa|Ninh Thuận|Bình Thuận|Kon Tum|Gia Lai|Đắk Lắk|Đắk Nông|Lâm Đồng|Bình Phước|Tây Ninh|Bình Dương|Đồng Nai|Bà Rịa - Vũng Tàu|Hồ Chí Minh|Long An|Tiền Giang|Bến Tre|Trà Vinh|Vĩnh Long|Đồng Tháp|An Giang|Kiên Giang|Cần Thơ|Hậu Giang|Sóc Trăng|Bạc Liêu|Cà Mau", "|")

// goldProvinces34 are the 34 province-level units from 1 July 2025.
var goldProvinces34 = strings.Split("Hà Nội|Huế|Lai Châu|Điện Biên|Sơn La|Lạng Sơn|Quảng Ninh|Thanh Hóa|Nghệ An|Hà Tĩnh|Cao Bằng|Tuyên Quang|Lào Cai|Thái Nguyên|Phú Thọ|Bắc Ninh|Hưng Yên|Hải Phòng|Ninh Bình|Quảng Trị|Đà Nẵng|Quảng Ngãi|Gia Lai|Khánh Hòa|Lâm Đồng|Đắk Lắk|Hồ Chí Minh|Đồng Nai|Tây Ninh|Cần Thơ|Vĩnh Long|Đồng Tháp|Cà Mau|An Giang", "|")

// goldProvinceNames returns the province names valid on a publication
// date: the 63 before 2025, the 63 with Huế for Thừa Thiên Huế in the first
// half of 2025, the 34 from 1 July 2025, and any of them when the date is
// unknown.
func goldProvinceNames(pub *time.Time) map[string]bool {
	m := map[string]bool{}
	add := func(names []string) {
		for _, n := range names {
			m[n] = true
		}
	}
	switch {
	case pub == nil:
		add(goldProvinces63)
		add(goldProvinces34)
	case pub.Before(time.Date(2025, 1, 1, 0, 0, 0, 0, vietnam)):
		add(goldProvinces63)
	case pub.Before(time.Date(2025, 7, 1, 0, 0, 0, 0, vietnam)):
		add(goldProvinces63)
		delete(m, "Thừa Thiên Huế")
		m["Huế"] = true
	default:
		add(goldProvinces34)
	}
	return m
}

// goldValidDay reports whether s is a valid YYYY-MM-DD day.
func goldValidDay(s *string) bool {
	if s == nil {
		return true
	}
	_, err := time.Parse("2006-01-02", *s)
	return err == nil
}

// requireKeys reports the keys of want missing from the JSON object raw.
func requireKeys(raw json.RawMessage, want ...string) []string {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		return []string{"(not an object)"}
	}
	var missing []string
	for _, k := range want {
		if _, ok := m[k]; !ok {
			missing = append(missing, k)
		}
	}
	return missing
}

// checkGoldKeys checks that a gold file spells out every key, null or
// empty ones included, so that an omission is never read as a null.
func checkGoldKeys(t *testing.T, name string, b []byte) {
	t.Helper()
	var top struct {
		Expect json.RawMessage `json:"expect"`
	}
	if err := json.Unmarshal(b, &top); err != nil {
		t.Errorf("%s: %v", name, err)
		return
	}
	report := func(where string, missing []string) {
		if len(missing) > 0 {
			t.Errorf("%s: %s lacks keys %v", name, where, missing)
		}
	}
	report("file", requireKeys(b, "id", "notes", "title", "published", "text", "expect"))
	if top.Expect == nil {
		return
	}
	report("expect", requireKeys(top.Expect, "directives", "awards", "award_totals", "event_date", "provinces"))
	var ex struct {
		Directives []json.RawMessage `json:"directives"`
		Awards     []json.RawMessage `json:"awards"`
		Totals     json.RawMessage   `json:"award_totals"`
	}
	if err := json.Unmarshal(top.Expect, &ex); err != nil {
		t.Errorf("%s: expect: %v", name, err)
		return
	}
	for i, d := range ex.Directives {
		report(fmt.Sprintf("directive %d", i), requireKeys(d, "number", "kind", "issuer", "issued_on", "mentions"))
	}
	for i, a := range ex.Awards {
		report(fmt.Sprintf("award %d", i), requireKeys(a, "award", "giver", "collectives", "individuals", "part_of"))
	}
	if ex.Totals != nil {
		report("award_totals", requireKeys(ex.Totals, "collectives", "individuals"))
	}
}

// checkGoldArticle checks one gold article for internal consistency:
// NFC text in well-formed paragraphs, valid dates, non-negative counts,
// breakdowns that point at an earlier top-level award, totals that equal
// the sum of the top-level awards, and province names valid on the
// publication date.
func checkGoldArticle(t *testing.T, a goldArticle) {
	t.Helper()
	for field, s := range map[string]string{"title": a.Title, "text": a.Text, "notes": a.Notes} {
		if !norm.NFC.IsNormalString(s) {
			t.Errorf("%s: %s is not NFC", a.ID, field)
		}
	}
	if strings.TrimSpace(a.Title) == "" || strings.TrimSpace(a.Notes) == "" {
		t.Errorf("%s: empty title or notes", a.ID)
	}
	paras := strings.Split(a.Text, "\n\n")
	for i, p := range paras {
		if p == "" || strings.TrimSpace(p) != p || strings.Contains(p, "\n") {
			t.Errorf("%s: paragraph %d is empty, padded or holds a line break", a.ID, i+1)
		}
	}
	if !strings.HasPrefix(a.ID, goldSeedPrefix) && (len(paras) < 3 || len(paras) > 10) {
		t.Errorf("%s: %d paragraphs, want 3 to 10", a.ID, len(paras))
	}
	pub, err := parseGoldPublished(a.Published)
	if err != nil {
		t.Errorf("%s: %v", a.ID, err)
	}
	ex := a.Expect
	if ex.Directives == nil || ex.Awards == nil || ex.Provinces == nil {
		t.Errorf("%s: lists must be [] rather than null", a.ID)
	}
	if !goldValidDay(ex.EventDate) {
		t.Errorf("%s: event_date %q is not YYYY-MM-DD", a.ID, strp(ex.EventDate))
	}
	seen := map[string]bool{}
	for _, d := range ex.Directives {
		if d.Number == "" || strings.ContainsAny(d.Number, " \u00a0–—") || seen[d.Number] {
			t.Errorf("%s: directive number %q is empty, not canonical or repeated", a.ID, d.Number)
		}
		seen[d.Number] = true
		if d.Kind == "" || !goldValidDay(d.IssuedOn) || d.Mentions < 1 {
			t.Errorf("%s: directive %s: kind %q, issued_on %s, mentions %d", a.ID, d.Number, d.Kind, strp(d.IssuedOn), d.Mentions)
		}
		if n := strings.TrimLeft(strings.SplitN(strings.SplitN(d.Number, "-", 2)[0], "/", 2)[0], "0"); !strings.Contains(a.Text, n) {
			t.Errorf("%s: directive %s: its number is not in the text", a.ID, d.Number)
		}
	}
	var sum AwardTotals
	for i, w := range ex.Awards {
		if w.Award == "" || w.Collectives < 0 || w.Individuals < 0 || w.Collectives+w.Individuals == 0 {
			t.Errorf("%s: award %d: %q %d/%d", a.ID, i, w.Award, w.Collectives, w.Individuals)
		}
		if w.PartOf == nil {
			sum.Collectives += w.Collectives
			sum.Individuals += w.Individuals
			continue
		}
		if p := *w.PartOf; p < 0 || p >= i || ex.Awards[p].PartOf != nil {
			t.Errorf("%s: award %d: part_of %d must name an earlier top-level award", a.ID, i, p)
		}
	}
	if sum != ex.AwardTotals {
		t.Errorf("%s: award_totals %+v, but the top-level awards sum to %+v", a.ID, ex.AwardTotals, sum)
	}
	valid := goldProvinceNames(pub)
	for _, p := range ex.Provinces {
		if !valid[p] {
			t.Errorf("%s: province %q is not a province name on %s", a.ID, p, strp(a.Published))
		}
	}
}

// TestGoldSetFiles validates the gold files themselves: each parses with
// no unknown key and every required key, its id is unique and matches its
// file name, its text is NFC, and its expected values are consistent. The
// set must hold at least 45 written articles and the 5 seeds.
func TestGoldSetFiles(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join(goldDir, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		checkGoldKeys(t, filepath.Base(p), b)
	}
	ids := map[string]bool{}
	seeds, written := 0, 0
	for _, a := range loadGold(t) {
		if ids[a.ID] {
			t.Errorf("id %s is used twice", a.ID)
		}
		ids[a.ID] = true
		if _, err := os.Stat(filepath.Join(goldDir, a.ID+".json")); err != nil {
			t.Errorf("id %s does not match its file name", a.ID)
		}
		if strings.HasPrefix(a.ID, goldSeedPrefix) {
			seeds++
		} else {
			written++
		}
		checkGoldArticle(t, a)
	}
	if written < 45 || seeds != 5 {
		t.Errorf("gold set holds %d written articles and %d seeds, want at least 45 and 5", written, seeds)
	}
}
