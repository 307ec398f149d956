package extract

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vnnews/vnnews/extract/gazetteer"
	"github.com/vnnews/vnnews/extract/vntext"
)

// How provinces are found. The text is tone-normalised, cut into words and
// scanned once; at each capitalised word the longest gazetteer name that
// starts there is looked up in a map. The words before a name say what it
// is: a province ("tỉnh", "Tỉnh ủy", "UBND tỉnh", "thành phố", "TP."), a
// district ("huyện", "Huyện ủy", "quận", "Quận ủy", "thị xã", "Thị ủy"), a
// ward or commune ("phường", "xã": from July 2025 they carry the names of
// the old districts and provinces), an address ("đường", "số", "thôn":
// ignored) or nothing (a bare name: provinces only, and never "Hồ Chí
// Minh", which is also the President's name).
//
// Which provinces the article is ABOUT is decided by weighing mentions:
//
//   - in the title, or tied to a unit word in the lead: 3 points;
//   - bare in the lead: 2; tied to a unit word deeper in the text: 1;
//     bare deeper in the text: 0.5;
//   - none for mentions in a list of guests or of several provinces ("các
//     tỉnh Tuyên Quang, Thái Nguyên", "đại diện lãnh đạo tỉnh ...", three
//     or more provinces in a row).
//
// A province with 2 points or more is kept; if none has 2, the best one
// is kept when it has at least 1. A district name shared by several
// provinces ("Châu Thành") counts only for the one of them the article
// otherwise names. Provinces come out by points, then by first mention,
// named as they were on the publication date.

// provClass is what a gazetteer name denotes.
type provClass uint8

const (
	provProvince provClass = iota // a province-level unit (or a former one)
	provDistrict                  // a district-level unit
)

// provEntry is one gazetteer unit under a name.
type provEntry struct {
	class    provClass
	kind     string // "tỉnh", "thành phố", "quận", "huyện", "thị xã"
	province string // the March 2025 province, or a former province's own name
	// bare reports that the name may count without a unit word before it.
	bare bool
	// self reports that the name carries its own unit word ("TPHCM").
	self bool
}

// provIndex maps the key of every name (tone-normalised, lower case, words
// joined by one space, hyphens dropped) to the units it names.
type provIndex struct {
	names    map[string][]provEntry
	maxWords int
	former   map[string]gazetteer.Former // by former name
	renamed  map[string]gazetteer.Former // by current name (Huế → Thừa Thiên Huế)
	merged   map[string]string           // March 2025 province → province from July 2025
	// communes maps the key of a ward's or commune's name that is unique
	// nationwide, and is no province's or district's name, to its March
	// 2025 province.
	communes        map[string]string
	maxCommuneWords int
}

// provIdx is built once from the embedded gazetteer and never modified.
var provIdx = buildProvIndex()

// buildProvIndex indexes the gazetteer's names.
func buildProvIndex() *provIndex {
	ix := &provIndex{
		names:    map[string][]provEntry{},
		former:   map[string]gazetteer.Former{},
		renamed:  map[string]gazetteer.Former{},
		merged:   map[string]string{},
		communes: map[string]string{},
	}
	add := func(name string, e provEntry) {
		key := provKey(name)
		if slices.Contains(ix.names[key], e) {
			return
		}
		ix.names[key] = append(ix.names[key], e)
		ix.maxWords = max(ix.maxWords, strings.Count(key, " ")+1)
	}
	for _, p := range gazetteer.Provinces() {
		add(p.Name, provEntry{class: provProvince, kind: p.Kind, province: p.Name, bare: p.Name != "Hồ Chí Minh"})
	}
	hcm := provEntry{class: provProvince, kind: "thành phố", province: "Hồ Chí Minh"}
	add("HCM", hcm)
	hcm.self, hcm.bare = true, true
	add("TPHCM", hcm)
	for _, d := range gazetteer.Districts() {
		add(d.Name, provEntry{class: provDistrict, kind: d.Kind, province: d.Province})
	}
	for _, f := range gazetteer.Formers() {
		target := f.Name
		if f.Renamed {
			target = f.Province
			ix.renamed[f.Province] = f
		} else {
			ix.former[f.Name] = f
		}
		add(f.Name, provEntry{class: provProvince, kind: f.Kind, province: target, bare: true})
	}
	for _, m := range gazetteer.Mergers() {
		for _, a := range m.Absorbed {
			ix.merged[a] = m.Name
		}
	}
	for _, c := range gazetteer.Communes() {
		key := provKey(c.Name)
		if _, ok := ix.names[key]; ok || key == "" {
			continue // "phường Phú Thọ", "xã Châu Thành": read as names above
		}
		ix.communes[key] = c.Province
		ix.maxCommuneWords = max(ix.maxCommuneWords, strings.Count(key, " ")+1)
	}
	return ix
}

// provKey is the index key of a name.
func provKey(name string) string {
	f := strings.FieldsFunc(strings.ToLower(vntext.NormalizeTones(name)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	return strings.Join(f, " ")
}

// provToken is one word of the scanned text.
type provToken struct {
	start, end int  // bytes in the normalised text
	ks, ke     int  // bytes of its lower-case key in the key buffer
	upper      bool // starts with a capital letter or a digit
	para       int  // paragraph number (-1 for the title)
}

// provText is a tokenised text: its words and their keys.
type provText struct {
	s    string
	toks []provToken
	low  []byte
}

// provTokenize cuts s into words (runs of letters, marks and digits). para
// is the paragraph of the first word; it grows at every line break (the
// record's paragraphs are separated by blank lines; a single line break
// also ends a paragraph); a negative para (the title) never grows.
func provTokenize(s string, para int) provText {
	t := provText{s: s, toks: make([]provToken, 0, len(s)/5+1), low: make([]byte, 0, len(s)+8)}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !provWordRune(r) {
			if r == '\n' && len(t.toks) > 0 && para >= 0 {
				if last := t.toks[len(t.toks)-1]; last.para == para {
					para++
				}
			}
			i += size
			continue
		}
		tok := provToken{start: i, para: para, upper: unicode.IsUpper(r) || unicode.IsDigit(r)}
		if len(t.low) > 0 {
			t.low = append(t.low, ' ')
		}
		tok.ks = len(t.low)
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !provWordRune(r) {
				break
			}
			t.low = utf8.AppendRune(t.low, provLower(r))
			i += size
		}
		tok.end, tok.ke = i, len(t.low)
		t.toks = append(t.toks, tok)
	}
	return t
}

// provWordRune reports whether r belongs to a word.
func provWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// provLower returns r in lower case, with a fast path for ASCII.
func provLower(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	return unicode.ToLower(r)
}

// key returns the key of words i..j-1 (j > i) without copying.
func (t *provText) key(i, j int) []byte { return t.low[t.toks[i].ks:t.toks[j-1].ke] }

// word returns the key of word i, or "" outside the text.
func (t *provText) word(i int) string {
	if i < 0 || i >= len(t.toks) {
		return ""
	}
	return string(t.low[t.toks[i].ks:t.toks[i].ke])
}

// gap returns the text between words i-1 and i.
func (t *provText) gap(i int) string {
	if i <= 0 || i >= len(t.toks) {
		return ""
	}
	return t.s[t.toks[i-1].end:t.toks[i].start]
}

// provUnit is the role the words before a name give it.
type provUnit uint8

const (
	unitNone     provUnit = iota // bare name
	unitProvince                 // tỉnh, Tỉnh ủy
	unitCity                     // thành phố, Thành ủy, TP: province or district-level city
	unitDistrict                 // huyện, quận, thị xã and their Party committees
	unitCommune                  // phường, xã, đặc khu
	unitAt                       // tại, ở: a bare name that is a place of the event
	unitIgnore                   // street, address, village: not a unit at all
)

// provUnitWords are the one- and two-word phrases that may stand before a
// name, with the role they give it and, for districts, the kind they name.
var provUnitWords = map[string]struct {
	unit provUnit
	kind string
}{
	"tỉnh": {unitProvince, ""}, "tỉnh ủy": {unitProvince, ""},
	"thành phố": {unitCity, "thành phố"}, "thành ủy": {unitCity, "thành phố"}, "tp": {unitCity, "thành phố"},
	"huyện": {unitDistrict, "huyện"}, "huyện ủy": {unitDistrict, "huyện"},
	"quận": {unitDistrict, "quận"}, "quận ủy": {unitDistrict, "quận"},
	"thị xã": {unitDistrict, "thị xã"}, "thị ủy": {unitDistrict, "thị xã"},
	"phường": {unitCommune, ""}, "xã": {unitCommune, ""}, "đặc khu": {unitCommune, ""},
	"tại": {unitAt, ""}, "ở": {unitAt, ""},
	"đường": {unitIgnore, ""}, "phố": {unitIgnore, ""}, "số": {unitIgnore, ""}, "ngõ": {unitIgnore, ""},
	"thị trấn": {unitIgnore, ""}, "thôn": {unitIgnore, ""}, "ấp": {unitIgnore, ""}, "làng": {unitIgnore, ""},
	"bản": {unitIgnore, ""}, "khu phố": {unitIgnore, ""}, "tổ dân phố": {unitIgnore, ""}, "cầu": {unitIgnore, ""},
	"sông": {unitIgnore, ""}, "chợ": {unitIgnore, ""}, "khách sạn": {unitIgnore, ""}, "tàu": {unitIgnore, ""},
}

// provMention is one name found in the text.
type provMention struct {
	cands    []string // March 2025 provinces (or former names) it may denote
	first    int      // word index where the mention starts (unit word included)
	end      int      // word index after the name
	para     int
	anchored bool
	listed   bool
	commune  bool // a ward or commune with a unique name (provCommuneAt)
}

// findProvinces returns the province-level units the article is about,
// named as they were on the publication date (March 2025 names when
// published is nil).
func findProvinces(title, text string, published *time.Time) []string {
	var ms []provMention
	tt := provTokenize(vntext.NormalizeTones(title), -1)
	ms = provMentions(&tt, published, ms)
	nTitle := len(ms)
	body := vntext.NormalizeTones(text)
	bt := provTokenize(body, 0)
	ms = provMentions(&bt, published, ms)
	// A headline naming several provinces is about all of them ("Sáp nhập
	// tỉnh Hà Nam, Nam Định, Ninh Bình"); in the body such a run is more
	// often a list of guests or examples.
	provMarkLists(&tt, ms[:nTitle], false)
	provMarkLists(&bt, ms[nTitle:], true)

	// The lead is the first paragraph, or the first two when the first is
	// a short dateline or caption that names no place.
	leadParas := 1
	if first, _ := evNextParagraph(body); len(first) < evShortLeadIn &&
		!slices.ContainsFunc(ms[nTitle:], func(m provMention) bool { return m.para == 0 }) {
		leadParas = 2
	}
	score := map[string]float64{}
	firstAt := map[string]int{}
	order := 0
	add := func(p string, pts float64) {
		if _, ok := firstAt[p]; !ok {
			firstAt[p] = order
			order++
		}
		score[p] += pts
	}
	points := func(m provMention) float64 {
		switch {
		case m.listed:
			return 0
		case m.para < 0:
			return 3
		case m.para < leadParas && m.anchored:
			return 3
		case m.para < leadParas:
			return 2
		case m.anchored:
			return 1
		}
		return 0.5
	}
	for _, m := range ms {
		if len(m.cands) == 1 && !m.commune {
			add(m.cands[0], points(m))
		}
	}
	for _, m := range ms {
		if len(m.cands) > 1 {
			if p, ok := provResolve(m.cands, score); ok {
				add(p, points(m))
			}
		}
	}
	// A commune's unique name locates it, but a new commune may have
	// taken the name of an old one elsewhere: communes count only when
	// they all lie in one province, and, when the article names provinces
	// otherwise, only for one of those.
	if p, ok := provCommuneProvince(ms); ok && (len(score) == 0 || score[p] > 0) {
		for _, m := range ms {
			if m.commune {
				add(p, points(m))
			}
		}
	}

	var keep []string
	for p, s := range score {
		if s >= 2 {
			keep = append(keep, p)
		}
	}
	byStrength := func(a, b string) int {
		if score[a] != score[b] {
			if score[a] > score[b] {
				return -1
			}
			return 1
		}
		return firstAt[a] - firstAt[b]
	}
	if len(keep) == 0 {
		var best string
		for p, s := range score {
			if s >= 1 && (best == "" || byStrength(p, best) < 0) {
				best = p
			}
		}
		if best != "" {
			keep = append(keep, best)
		}
	}
	slices.SortFunc(keep, byStrength)
	var out []string
	for _, p := range keep {
		if name := provIdx.nameOn(p, published); !slices.Contains(out, name) {
			out = append(out, name)
		}
	}
	return out
}

// provCommuneProvince returns the one province of the communes among ms,
// and false when there are none or they lie in several provinces.
func provCommuneProvince(ms []provMention) (string, bool) {
	found := ""
	for _, m := range ms {
		if !m.commune {
			continue
		}
		if found != "" && found != m.cands[0] {
			return "", false
		}
		found = m.cands[0]
	}
	return found, found != ""
}

// provResolve picks, among the provinces an ambiguous district name may
// denote, the one the article otherwise names; ok is false when none or
// several are.
func provResolve(cands []string, score map[string]float64) (string, bool) {
	found := ""
	for _, c := range cands {
		if score[c] > 0 {
			if found != "" && found != c {
				return "", false
			}
			found = c
		}
	}
	return found, found != ""
}

// provMentions appends the names found in t.
func provMentions(t *provText, published *time.Time, ms []provMention) []provMention {
	reformed := published != nil && !published.Before(gazetteer.Reform)
	for i := 0; i < len(t.toks); i++ {
		if !t.toks[i].upper {
			continue
		}
		j, entries := provLongest(t, i)
		if j == i {
			if k, p, first := provCommuneAt(t, i); k > i {
				ms = append(ms, provMention{cands: []string{p}, first: first, end: k, para: t.toks[i].para, anchored: true, commune: true})
				i = k - 1
			}
			continue
		}
		if end, ok := provFormerChain(t, j); ok {
			i = end - 1 // "tỉnh Quảng Nam-Đà Nẵng (cũ)": a former unit (P2)
			continue
		}
		unit, kind, first := provUnitBefore(t, i)
		m := provMention{first: first, end: j, para: t.toks[i].para}
		switch unit {
		case unitIgnore:
			i = j - 1
			continue
		case unitCommune:
			// Before the reform a ward or commune says nothing of its
			// province; after it, one named after a former district lies
			// in that district's province ("phường Thủ Dầu Một"), but one
			// named like a province is just a commune ("phường Phú Thọ"
			// is in Hồ Chí Minh City).
			if !reformed || provNamesProvince(entries) {
				i = j - 1
				continue
			}
		}
		m.anchored = unit != unitNone
		for _, e := range provFilter(entries, unit, kind) {
			if !slices.Contains(m.cands, e.province) {
				m.cands = append(m.cands, e.province)
			}
		}
		if len(m.cands) > 0 {
			ms = append(ms, m)
		}
		i = j - 1
	}
	return ms
}

// provLongest returns the end of the longest gazetteer name starting at
// word i (i when there is none) and its entries. Every word of the name
// must be capitalised, and only spaces or a hyphen may separate them. A
// name that is the start of a longer place name ("Phú Thọ" in "phường
// Phú Thọ Hòa") is no name: the words up to its end are skipped.
func provLongest(t *provText, i int) (int, []provEntry) {
	for n := min(provIdx.maxWords, len(t.toks)-i); n >= 1; n-- {
		entries, ok := provIdx.names[string(t.key(i, i+n))]
		if !ok {
			continue
		}
		good := true
		for k := i + 1; k < i+n && good; k++ {
			good = t.toks[k].upper && provNameGap(t.gap(k))
		}
		if good {
			if provLongerName(t, i, i+n) {
				return i, nil
			}
			return i + n, entries
		}
	}
	return i, nil
}

// provLongerName reports whether word j, right after the gazetteer name
// of words i..j-1, makes the name part of a longer place name: one
// capitalised word of letters joined by a space ("Phú Thọ Hòa", "Đồng
// Tháp Mười"), not an acronym ("UBND"), and not followed by another
// capitalised word, as the two to four words of a person's name after an
// office are ("Bí thư Tỉnh ủy Nghệ An Thái Thanh Quý") and the words of a
// headline in title case. Numbered districts ("6" of "Quận 6") are never
// extended.
func provLongerName(t *provText, i, j int) bool {
	if j >= len(t.toks) || !t.toks[j].upper || strings.Trim(t.gap(j), " ") != "" {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(t.s[t.toks[i].start:]); !unicode.IsLetter(r) {
		return false
	}
	w := t.s[t.toks[j].start:t.toks[j].end]
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(r) || docIsAcronym(w) {
		return false
	}
	if k := j + 1; k < len(t.toks) && t.toks[k].upper && strings.Trim(t.gap(k), " ") == "" {
		return false
	}
	return true
}

// provCommuneAt reads a ward or commune named at word i after its unit
// word ("xã Cự Đồng", "phường", "thị trấn", "đặc khu") whose name no other
// ward or commune had in March 2025 (P3): the name alone locates it. It
// returns the end of the name, its March 2025 province and the word where
// the mention starts, or i when there is none. A name shared by several
// units, a numbered ward and a name that is also a province's or a
// district's are not in the table (see buildProvIndex).
func provCommuneAt(t *provText, i int) (int, string, int) {
	var first int
	if unit, _, k := provUnitBefore(t, i); unit == unitCommune {
		first = k
	} else if t.word(i-2) == "thị" && t.word(i-1) == "trấn" && strings.TrimSpace(t.gap(i-1)) == "" && strings.TrimSpace(t.gap(i)) == "" {
		first = i - 2
	} else {
		return i, "", i
	}
	for n := min(provIdx.maxCommuneWords, len(t.toks)-i); n >= 1; n-- {
		p, ok := provIdx.communes[string(t.key(i, i+n))]
		if !ok {
			continue
		}
		good := true
		for k := i + 1; k < i+n && good; k++ {
			good = t.toks[k].upper && provNameGap(t.gap(k))
		}
		if good && !provLongerName(t, i, i+n) {
			return i + n, p, first
		}
	}
	return i, "", i
}

// provFormerChain reports whether the name ending at word j and the
// names joined to it by hyphens ("Quảng Nam-Đà Nẵng") form the name of a
// former unit marked "(cũ)" or "(trước đây)" (P2): its parts are other
// units and none of them is tagged. A single name so marked ("tỉnh Hà
// Tây (cũ)") is not a chain; it stands for the unit that absorbed it. It
// returns the word after the mark.
func provFormerChain(t *provText, j int) (int, bool) {
	names := 1
	for j < len(t.toks) && t.toks[j].upper && provHyphen(t.gap(j)) {
		k, _ := provLongest(t, j)
		if k == j {
			break
		}
		j = k
		names++
	}
	if names < 2 || j >= len(t.toks) || strings.TrimSpace(t.gap(j)) != "(" {
		return j, false
	}
	switch w := t.word(j); {
	case w == "cũ" && strings.HasPrefix(strings.TrimSpace(t.gap(j+1)), ")"):
		return j + 1, true
	case w == "trước" && t.word(j+1) == "đây" && strings.HasPrefix(strings.TrimSpace(t.gap(j+2)), ")"):
		return j + 2, true
	}
	return j, false
}

// provHyphen reports whether g is a hyphen or dash between two names,
// with or without spaces.
func provHyphen(g string) bool {
	g = strings.TrimSpace(g)
	return g == "-" || g == "–" || g == "—"
}

// provNamesProvince reports whether a name's entries include a province
// (or a former one).
func provNamesProvince(entries []provEntry) bool {
	return slices.ContainsFunc(entries, func(e provEntry) bool { return e.class == provProvince })
}

// provNameGap reports whether g may separate two words of one name:
// spaces, or a hyphen or dash ("Bà Rịa - Vũng Tàu").
func provNameGap(g string) bool {
	g = strings.TrimSpace(g)
	return g == "" || g == "-" || g == "–" || g == "—"
}

// provUnitBefore returns the role given to the name at word i by the one or
// two words before it, the district kind they name, and the word where the
// mention starts.
func provUnitBefore(t *provText, i int) (provUnit, string, int) {
	for n := 2; n >= 1; n-- {
		k := i - n
		if k < 0 {
			continue
		}
		phrase := t.word(k)
		if n == 2 {
			if strings.TrimSpace(t.gap(k+1)) != "" {
				continue
			}
			phrase += " " + t.word(k+1)
		}
		u, ok := provUnitWords[phrase]
		if !ok {
			continue
		}
		g := strings.TrimSpace(t.gap(i))
		if g != "" && !(u.unit == unitCity && g == ".") {
			return unitNone, "", i
		}
		return u.unit, u.kind, k
	}
	return unitNone, "", i
}

// provFilter keeps the entries a name may denote after the given unit
// word; kind prefers districts of that kind when there are any.
func provFilter(entries []provEntry, unit provUnit, kind string) []provEntry {
	var out []provEntry
	keep := func(ok func(provEntry) bool) {
		for _, e := range entries {
			if ok(e) {
				out = append(out, e)
			}
		}
	}
	switch unit {
	case unitNone, unitAt:
		keep(func(e provEntry) bool { return e.class == provProvince && (e.bare || e.self) })
	case unitProvince:
		keep(func(e provEntry) bool { return e.class == provProvince })
	case unitCity:
		keep(func(e provEntry) bool { return e.kind == "thành phố" })
		if out == nil {
			keep(func(e provEntry) bool { return true })
		}
	case unitDistrict:
		keep(func(e provEntry) bool { return e.class == provDistrict && e.kind == kind })
		if out == nil {
			keep(func(e provEntry) bool { return e.class == provDistrict })
		}
	case unitCommune:
		keep(func(e provEntry) bool { return true })
	}
	return out
}

// provGuestWords mark a mention as one of guests or visitors when they
// come just before it.
var provGuestWords = []string{"đại diện", "khách mời", "đến từ", "đoàn công tác", "đoàn đại biểu", "chúc mừng"}

// provMarkLists marks the mentions that name provinces in a list or as
// guests: after "các" or a number ("các tỉnh", "3 tỉnh"), after guest
// words, and, when runs is set, runs of three or more provinces joined by
// commas or "và".
func provMarkLists(t *provText, ms []provMention, runs bool) {
	for k := range ms {
		m := &ms[k]
		before := t.word(m.first - 1)
		tight := strings.TrimSpace(t.gap(m.first)) == ""
		if tight && (before == "các" || before == "những" || provIsNumber(before)) {
			m.listed = true
		}
		if lo := max(0, m.first-8); lo < m.first {
			ctx := string(t.low[t.toks[lo].ks:t.toks[m.first-1].ke])
			for _, w := range provGuestWords {
				if strings.Contains(ctx, w) {
					m.listed = true
				}
			}
		}
	}
	// A guest's title in a list of those attending ("Tham dự đại hội có
	// các đồng chí: …; Phó Bí thư Thành ủy TPHCM Đặng Minh Thông; …"):
	// the mention is followed by the guest's name. Full and abbreviated
	// names alike, whatever the unit word.
	for k := range ms {
		if provGuestTitle(t, ms[k]) {
			ms[k].listed = true
		}
	}
	// Runs joined by list separators.
	for start := 0; runs && start < len(ms); {
		end := start + 1
		for end < len(ms) && provJoined(t, ms[end-1], ms[end]) {
			end++
		}
		distinct := map[string]bool{}
		listed := false
		for k := start; k < end; k++ {
			distinct[strings.Join(ms[k].cands, ";")] = true
			listed = listed || ms[k].listed
		}
		if len(distinct) >= 3 || listed && len(distinct) >= 2 {
			for k := start; k < end; k++ {
				ms[k].listed = true
			}
		}
		start = end
	}
}

// provAttendWords mark a paragraph as a list of those attending when they
// come before a mention in it.
var provAttendWords = []string{"tham dự", "dự đại hội", "dự hội nghị", "dự lễ", "dự buổi", "có các đồng chí"}

// provGuestTitle reports whether mention m is part of the title of a
// person named right after it ("Bí thư Tỉnh ủy Cao Bằng Quản Minh Cường",
// "Trưởng đoàn ĐBQH TPHCM Nguyễn Văn Lợi") in a paragraph that lists those
// attending.
func provGuestTitle(t *provText, m provMention) bool {
	// The person's name: two to four capitalised words, spaces only
	// between them and after the mention, and no place name.
	n := 0
	for k := m.end; k < len(t.toks) && n < 4; k++ {
		if !t.toks[k].upper || t.toks[k].para != t.toks[m.end-1].para || strings.TrimSpace(t.gap(k)) != "" {
			break
		}
		if provIsNumber(t.word(k)) || t.toks[k].end-t.toks[k].start > 0 && unicode.IsDigit(rune(t.s[t.toks[k].start])) {
			break
		}
		n++
	}
	if n < 2 {
		return false
	}
	if j, _ := provLongest(t, m.end); j != m.end {
		return false
	}
	if k, _, _ := provCommuneAt(t, m.end); k > m.end {
		return false
	}
	// The paragraph lists those attending.
	para := t.toks[m.first].para
	lo := m.first
	for lo > 0 && t.toks[lo-1].para == para {
		lo--
	}
	if lo == m.first {
		return false
	}
	ctx := string(t.low[t.toks[lo].ks:t.toks[m.first-1].ke])
	for _, w := range provAttendWords {
		if strings.Contains(ctx, w) {
			return true
		}
	}
	return false
}

// provJoined reports whether mention b follows mention a in a list: only
// a comma, a semicolon or "và" between them.
func provJoined(t *provText, a, b provMention) bool {
	switch b.first - a.end {
	case 0:
		g := strings.TrimSpace(t.gap(b.first))
		return g == "," || g == ";"
	case 1:
		w := t.word(a.end)
		return (w == "và" || w == "cùng") && strings.TrimSpace(t.gap(a.end)) == "" && strings.TrimSpace(t.gap(b.first)) == ""
	}
	return false
}

// provIsNumber reports whether w is a count ("3", "hai", "ba").
func provIsNumber(w string) bool {
	switch w {
	case "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười":
		return true
	}
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// nameOn returns the standard name of province p (a March 2025 name or a
// former name) as it was on the publication day.
func (ix *provIndex) nameOn(p string, published *time.Time) string {
	if f, ok := ix.former[p]; ok {
		if published != nil && published.Before(f.Until) {
			return p
		}
		p = f.Province
	}
	if published == nil {
		return p
	}
	if !published.Before(gazetteer.Reform) {
		if m, ok := ix.merged[p]; ok {
			return m
		}
		return p
	}
	if f, ok := ix.renamed[p]; ok && published.Before(f.Until) {
		return f.Name
	}
	return p
}
