package extract

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// This file finds the documents an article cites (the record's
// "directives"): Party documents such as "Kết luận số 01-KL/TW", state
// documents such as "Nghị định số 30/2020/NĐ-CP", and the short references
// ("Kết luận số 01", "Chỉ thị 05") that point back at them.
//
// Decisions the contract leaves open, taken here:
//
//   - Numbers are canonical (see CanonicalDirectiveNumber). The OCR spelling
//     "TƯ" of the Party's "TW" (Trung ương) is read as "TW": it is the same
//     code in another spelling, not a different number. A kind/code
//     mismatch ("Nghị Quyết số 60-KL/TW") is kept as printed.
//   - kind comes from the word before the number; a number in a list after
//     another of the same code inherits that one's kind ("Nghị quyết số
//     59-NQ/TW, 71-NQ/TW"); otherwise it is read from the code (NQ: Nghị
//     quyết, CT: Chỉ thị, NĐ: Nghị định, ...). A Party "QĐ/TW" with no word
//     before it is a Quy định below number 1000 and a Quyết định from 1000
//     on (the Central Committee's regulations are numbered low, its
//     decisions high); "QĐi" is always a Quy định. A number whose kind can
//     be told neither way (an unknown code, or "06/2022/QH15", a law or a
//     resolution) is not reported.
//   - issuer is the body named by "của ..." or "do ..." after the number
//     (or after its date), as written, without the term: "của Bộ Chính trị
//     khoá XII" gives "Bộ Chính trị". A date printed after the issuer
//     ("Nghị quyết số 28-NQ/TU của Ban Thường vụ Thành ủy ngày 10/11/2009")
//     is the document's date too. "Ngày 28/7/2021, Bộ Chính trị ban hành
//     Quy định số 22-QĐ/TW" gives both the date and the issuer, but only in
//     that tight form: the date, then a clause that only issues or signs
//     the document ("ban hành", "ký", "ra", "có"), then the document.
//   - A signer is not the issuer: in "thay mặt Ban Bí thư, Thường trực Ban
//     Bí thư Trương Thị Mai đã ký" the issuer is Ban Bí thư; a Party
//     officer ("Tổng Bí thư Nguyễn Phú Trọng") or a title with a person's
//     name and no body gives none; "Thủ tướng Chính phủ Phạm Minh Chính"
//     gives "Thủ tướng Chính phủ", the office that issues in its own name.
//   - mentions counts the references in the text: full numbers, and short
//     ones ("Kết luận số 01", "Nghị quyết 35", an alias clause) whose kind
//     and number match a document cited in full in the article. The
//     headline's references are not counted; a document cited in full only
//     in the headline is reported with mentions 1. A short reference is
//     never turned into a number on its own ("Nghị quyết số 18 ngày
//     25-10-2017" alone gives nothing); a short one in the headline only
//     fills in an issuer or date, and only when exactly one document
//     matches.
//   - One document per canonical number, except when full citations give
//     the same number two different dates (Chỉ thị 35-CT/TW of 2019 and of
//     2024): then each date is its own document, and a short reference
//     goes to the one whose year it names ("Chỉ thị số 35 năm 2019"), else
//     to the one cited last before it.
//   - "Nghị quyết số 202/2025" (a state number without its code) is a
//     mention of "202/2025/QH15" when the article has it, and otherwise
//     nothing: like any short reference that no full number explains, it
//     is not invented into a document (the contract's rule).

// Bounds on the input scanned, so that huge inputs cost bounded work.
const (
	maxDirectiveText  = 1 << 20
	maxDirectiveTitle = 4 << 10
)

// docTitleOnlyPos is the first-mention position of a document cited only in
// the headline: after every position in the text.
const docTitleOnlyPos = maxDirectiveText + maxDirectiveTitle + 1

// docKinds maps each document-type word, in lower case, to the kind the
// record carries. The order puts longer phrases first.
var docKinds = []struct{ word, kind string }{
	{"thông báo kết luận", "Thông báo kết luận"},
	{"nghị quyết liên tịch", "Nghị quyết liên tịch"},
	{"thông tư liên tịch", "Thông tư liên tịch"},
	{"chương trình hành động", "Chương trình hành động"},
	{"quy chế phối hợp", "Quy chế phối hợp"},
	{"chương trình phối hợp", "Chương trình phối hợp"},
	{"kế hoạch phối hợp", "Kế hoạch phối hợp"},
	{"kế hoạch liên tịch", "Kế hoạch liên tịch"},
	{"hướng dẫn liên tịch", "Hướng dẫn liên tịch"},
	{"quy chế làm việc", "Quy chế làm việc"},
	{"kết luận", "Kết luận"},
	{"chỉ thị", "Chỉ thị"},
	{"nghị quyết", "Nghị quyết"},
	{"quy định", "Quy định"},
	{"qui định", "Quy định"},
	{"quyết định", "Quyết định"},
	{"nghị định", "Nghị định"},
	{"thông tư", "Thông tư"},
	{"thông tri", "Thông tri"},
	{"kế hoạch", "Kế hoạch"},
	{"hướng dẫn", "Hướng dẫn"},
	{"thông báo", "Thông báo"},
	{"công văn", "Công văn"},
	{"công điện", "Công điện"},
	{"văn bản", "Văn bản"},
	{"chương trình", "Chương trình"},
	{"tờ trình", "Tờ trình"},
	{"đề án", "Đề án"},
	{"báo cáo", "Báo cáo"},
	{"quy chế", "Quy chế"},
	{"bộ luật", "Bộ luật"},
	{"luật", "Luật"},
	{"pháp lệnh", "Pháp lệnh"},
}

// docKindOf maps a lower-case kind word, single-spaced, to its kind.
var docKindOf = func() map[string]string {
	m := make(map[string]string, len(docKinds))
	for _, k := range docKinds {
		m[k.word] = k.kind
	}
	return m
}()

// docCodeKinds maps a document-type code (the letters before the issuer in
// a Party number, after the slash in a state one), in upper case, to its
// kind. "TT" and "QĐ" depend on Party or state and are handled in inferDocKind.
var docCodeKinds = map[string]string{
	"NQ":   "Nghị quyết",
	"NQLT": "Nghị quyết liên tịch",
	"CT":   "Chỉ thị",
	"KL":   "Kết luận",
	"QĐI":  "Quy định",
	"QĐKT": "Quyết định",
	"KH":   "Kế hoạch",
	"HD":   "Hướng dẫn",
	"HDLT": "Hướng dẫn",
	"TB":   "Thông báo",
	"TBKL": "Thông báo kết luận",
	"CV":   "Công văn",
	"CTR":  "Chương trình",
	"CTHĐ": "Chương trình hành động",
	"TTR":  "Tờ trình",
	"BC":   "Báo cáo",
	"ĐA":   "Đề án",
	"QC":   "Quy chế",
	"QCPH": "Quy chế phối hợp",
	"CTPH": "Chương trình phối hợp",
	"KHPH": "Kế hoạch phối hợp",
	"KHLT": "Kế hoạch liên tịch",
	"TTLT": "Thông tư liên tịch",
	"NĐ":   "Nghị định",
	"CĐ":   "Công điện",
	"PL":   "Pháp lệnh",
}

// docExcludedCodes are codes of papers that are not directives even when they
// are numbered like one: licences and certificates ("123/GP-BTTTT").
var docExcludedCodes = map[string]bool{"GP": true, "GPXB": true, "GPKD": true, "GCN": true}

// docMixedCaseCodes are the official codes written in mixed case, keyed by
// their upper-case form.
var docMixedCaseCodes = map[string]string{"QĐI": "QĐi", "TTG": "TTg", "CTR": "CTr", "TTR": "TTr"}

var (
	// partyNumRe matches a Party-style number "01-KL/TW", with the spaces
	// and dashes real pages put in it ("05 CT/TW", "28 -NQ/TU", "35-CT/ TW").
	partyNumRe = regexp.MustCompile(`(\d{1,5})([ ]*-[ ]*|[ ]+)(\p{L}{1,8})[ ]*/[ ]*(\p{L}[\p{L}\d]{0,15}(?:-\p{L}[\p{L}\d]{0,15}){0,3})`)
	// stateNumRe matches a state-style number "30/2020/NĐ-CP",
	// "1234/QĐ-UBND", and the Party number written "22/CT-TW".
	stateNumRe = regexp.MustCompile(`(\d{1,5})[ ]?/[ ]?(?:(\d{4})[ ]?/[ ]?)?(\p{L}[\p{L}\d]{0,15}(?:-\p{L}[\p{L}\d]{0,15}){0,4})`)
	// abbrevNumRe matches a state number cut after its year, "202/2025".
	abbrevNumRe = regexp.MustCompile(`(\d{1,5})[ ]?/[ ]?(\d{4})`)
	// lawBeforeRe matches a law named before its number: "Luật Thi đua,
	// khen thưởng số 06/2022/QH15".
	lawBeforeRe = regexp.MustCompile(`(Luật|LUẬT|Bộ luật|BỘ LUẬT|Pháp lệnh|PHÁP LỆNH)[ ][^.;:!?\n()\d“”"]{1,80}[ ](?:số|Số|SỐ)[ ]*:?[ ]*$`)
	// docDateAfterRe matches the date printed after a number: ", ngày
	// 18/5/2021", "ban hành ngày 15 tháng 5 năm 2016".
	docDateAfterRe = regexp.MustCompile(`(?i)^[ ]*[,(]?[ ]*(?:(?:được|đã)[ ]+)?(?:(?:ký[ ]+)?ban[ ]+hành[ ]+)?(?:vào[ ]+)?ngày[ ]+` + docDateCore)
	// docDateBeforeRe finds dates in the sentence before a number (D6).
	docDateBeforeRe = regexp.MustCompile(`(?i)(?:^|[^\p{L}])ngày[ ]+` + docDateCore)
	// docDayMonthBeforeRe finds dates without a year in the sentence
	// before a number: "Ngày 5-12, ... ký Quyết định số ..." (D6).
	docDayMonthBeforeRe = regexp.MustCompile(`(?i)(?:^|[^\p{L}])ngày[ ]+(\d{1,2})[ ]*[/.-][ ]*(\d{1,2})`)
	// docDateGoesOnRe matches what continues a day and month into a
	// longer date or number ("/2024", "-2021").
	docDateGoesOnRe = regexp.MustCompile(`^[ ]*[/.-][ ]*\d`)
	// docAgencyPrefixRe matches the agency or site prefix that opens a
	// news item (L11): "(Baonghean.vn) -", "(QNO) -", "HNP -", "CTTĐT -",
	// "(SGGP). -", "(GLO)-", "ANTD.VN -", "Trực tiếp -".
	docAgencyPrefixRe = regexp.MustCompile(`^[ ]*(?:\([^()\n]{2,30}\)\.?|\p{Lu}[\p{Lu}\d.]{1,14}|Trực tiếp)[ ]*-[ ]*`)
	// issuerAfterRe matches the word that introduces an issuer: "của",
	// "do", or "được" (as in "được Bộ Chính trị ban hành").
	issuerAfterRe = regexp.MustCompile(`(?i)^[ ]*[,(]?[ ]*(của|do|được)[ ]+`)
	// enactedVerbRe matches the verb after the issuer in "được Bộ Chính trị
	// (khóa XII) ban hành".
	enactedVerbRe = regexp.MustCompile(`(?i)^[ ]*(?:\(?[ ]*(?:khóa|khoá)[ ]+[IVXLCDM]+[ ]*\)?[ ]*)?(?:(?:đã|vừa|mới|chính[ ]+thức|ký|ra)[ ]+)*ban[ ]+hành\b`)
	// docYearAfterRe matches the year printed after a short reference.
	docYearAfterRe = regexp.MustCompile(`(?i)^[ ]*,?[ ]*năm[ ]+(\d{4})`)
)

// docDateCore is a day-first date: "18/5/2021", "18-5-2021", "14.5.2011",
// "01/11/ 2011", "15 tháng 5 năm 2016".
const docDateCore = `(\d{1,2})[ ]*(?:[/.-][ ]*(\d{1,2})[ ]*[/.-][ ]*(\d{4})|tháng[ ]+(\d{1,2})[ ]*(?:năm|,)?[ ]*(\d{4}))`

// docNumber is a document number found in a text.
type docNumber struct {
	start, end int    // byte span in the text
	number     string // canonical number
	code       string // document-type code in upper case ("NQ", "QĐI", "NĐ"); "" when cut short
	party      bool   // Party-style number "N-CODE/ISSUER"
	abbrev     bool   // state number cut after its year, "202/2025"
	serial     int    // the number's leading integer
	year       int    // the year inside a state number, or 0
	skip       bool   // a licence or the like: occupies its span, never a directive
}

// CanonicalDirectiveNumber returns the canonical form of a document number
// written in any of the spellings findDirectives reads: "01 KL/TW",
// "1-KL/TW" and "01–KL/TW" all give "01-KL/TW"; "22/CT-TW" gives
// "22-CT/TW"; "1290/qđ-ttg" gives "1290/QĐ-TTg". Canonical numbers use
// ASCII hyphens and slashes and no spaces, are upper case except the
// official mixed-case codes (QĐi, TTg, CTr, TTr), keep Vietnamese letters
// ("15-KH/ĐUK"), pad Party numbers to two digits, and read the OCR spelling
// "TƯ" as "TW". It reports false when s (ignoring surrounding space) is
// not exactly one document number.
func CanonicalDirectiveNumber(s string) (string, bool) {
	if len(s) > 256 {
		return "", false
	}
	s = strings.TrimSpace(prepDocText(s))
	for _, n := range scanDocNumbers(s) {
		if n.start == 0 && n.end == len(s) && !n.skip {
			return n.number, true
		}
	}
	return "", false
}

// findDirectives returns each document the article cites, once, in order of
// first mention in the text (documents cited only in the headline come
// last), for an article whose publication time is unknown. See the notes
// at the top of this file for the rules.
func findDirectives(title, text string) []Directive {
	return findDirectivesAt(title, text, nil)
}

// findDirectivesAt is findDirectives for an article published at
// published (nil when unknown): a date without its year that opens the
// sentence enacting a document ("Ngày 5-12, Phó Thủ tướng ... ký Quyết
// định số 1571/QĐ-TTg", pattern D6) takes its year from the publication
// time, as an event lead's does.
func findDirectivesAt(title, text string, published *time.Time) []Directive {
	text = prepDocText(docClipUTF8(text, maxDirectiveText))
	title = prepDocText(docClipUTF8(title, maxDirectiveTitle))
	b := docBook{published: published}
	titleNums, textNums := scanDocNumbers(title), scanDocNumbers(text)
	b.readFull(title, titleNums, true)
	b.readFull(text, textNums, false)
	b.readShort(text, textNums, false)
	b.readShort(title, titleNums, true)
	return b.result()
}

// docEntry is one document being collected.
type docEntry struct {
	d        Directive
	first    int    // position of the first mention in the text
	fulls    []int  // positions of the full citations in the text
	code     string // document-type code, upper case
	inferred string // kind read from the code
	party    bool
	serial   int
	year     int  // year inside a state number
	wordKind bool // kind came from a word, not from the code
}

// docBook collects the documents of one article.
type docBook struct {
	entries   []*docEntry
	published *time.Time // publication time, or nil
}

// lastFull returns the position of the last full citation of e before
// pos, or -1.
func (e *docEntry) lastFull(pos int) int {
	last := -1
	for _, p := range e.fulls {
		if p < pos && p > last {
			last = p
		}
	}
	return last
}

// docPrev is the last full number read, for lists that give the kind once.
type docPrev struct {
	end  int
	code string
	kind string
	word bool
}

// readFull reads the full numbers nums of s: the text, or the headline
// when inTitle (whose citations add no mentions).
func (b *docBook) readFull(s string, nums []docNumber, inTitle bool) {
	var prev *docPrev
	for i, n := range nums {
		if n.skip {
			continue
		}
		kind, kindStart, word := docKindBefore(s, n, prev)
		if kind == "" {
			continue
		}
		prev = &docPrev{end: n.end, code: n.code, kind: kind, word: word}
		date, issuer := docDetailsAfter(s[n.end:docClipEnd(s, n.end, 240)])
		if date == nil {
			date = docListDate(s, nums, i)
		}
		if date == nil {
			var iss *string
			date, iss = docDateBefore(s, kindStart, b.published)
			if issuer == nil {
				issuer = iss
			}
		}
		if issuer == nil {
			issuer = docIssuerBefore(s, kindStart)
		}
		if issuer == nil {
			issuer = docListIssuer(s, nums, i)
		}
		pos := n.start
		if inTitle {
			pos = docTitleOnlyPos
		}
		if n.abbrev {
			b.addAbbrev(n, kind, date, issuer, pos, inTitle)
			continue
		}
		b.addFull(n, kind, word, date, issuer, pos, inTitle)
	}
}

// addFull records a full citation of n at pos.
func (b *docBook) addFull(n docNumber, kind string, word bool, date, issuer *string, pos int, inTitle bool) {
	e := b.entryFor(n.number, date, pos)
	if e == nil {
		e = &docEntry{
			d:        Directive{Number: n.number, Kind: kind},
			first:    pos,
			code:     n.code,
			inferred: inferDocKind(n),
			party:    n.party,
			serial:   n.serial,
			year:     n.year,
			wordKind: word,
		}
		b.entries = append(b.entries, e)
	} else if word && !e.wordKind {
		e.d.Kind, e.wordKind = kind, true
	}
	e.fill(date, issuer)
	if !inTitle {
		e.fulls = append(e.fulls, pos)
		e.d.Mentions++
		if pos < e.first {
			e.first = pos
		}
	}
}

// entryFor returns the document a full citation of number (dated date, or
// undated when nil) at pos belongs to, or nil for a new one. A dated
// citation goes to the document of that number and date, else to an
// undated one (the most recently cited), else starts a new document; an
// undated citation goes to the most recently cited document of that number.
func (b *docBook) entryFor(number string, date *string, pos int) *docEntry {
	var undated, recent *docEntry
	undatedAt, recentAt := -2, -2
	for _, e := range b.entries {
		if e.d.Number != number {
			continue
		}
		at := e.lastFull(pos)
		if date != nil && e.d.IssuedOn != nil && *e.d.IssuedOn == *date {
			return e
		}
		if e.d.IssuedOn == nil && at > undatedAt {
			undated, undatedAt = e, at
		}
		if at > recentAt {
			recent, recentAt = e, at
		}
	}
	if date != nil {
		return undated
	}
	return recent
}

// fill sets e's date and issuer when they are unknown. An issuer of the
// wrong level is left out: "Kết luận số 01-KL/TW của Thành ủy" is the
// city's meeting on a central document, not the city's document.
func (e *docEntry) fill(date, issuer *string) {
	if e.d.IssuedOn == nil {
		e.d.IssuedOn = date
	}
	if e.d.Issuer == nil && issuer != nil && docIssuerFits(e, *issuer) {
		e.d.Issuer = issuer
	}
}

// addAbbrev records "Nghị quyết số 202/2025" as a mention of the full
// number that starts with it, when the article has one; otherwise it is a
// short reference with nothing to explain it, and yields no document.
func (b *docBook) addAbbrev(n docNumber, kind string, date, issuer *string, pos int, inTitle bool) {
	prefix := n.number + "/"
	for _, e := range b.entries {
		if !e.party && strings.HasPrefix(e.d.Number, prefix) && (kind == e.d.Kind || kind == e.inferred) {
			b.mention(e, date, issuer, pos, inTitle)
			return
		}
	}
}

// mention counts a reference to e at pos (none in the headline) and fills
// in the date and issuer it gives.
func (b *docBook) mention(e *docEntry, date, issuer *string, pos int, inTitle bool) {
	e.fill(date, issuer)
	if inTitle {
		return
	}
	e.d.Mentions++
	if pos < e.first {
		e.first = pos
	}
}

// readShort reads the short references of s ("Kết luận số 01"), whose
// full numbers are nums, and counts each against the document it names.
func (b *docBook) readShort(s string, nums []docNumber, inTitle bool) {
	if len(b.entries) == 0 {
		return
	}
	ni := 0
	for i := 0; i < len(s); i++ {
		if !docDigitAt(s, i) {
			continue
		}
		digits := i
		for i < len(s) && docDigitAt(s, i) {
			i++
		}
		end := i
		if end-digits > 5 || docLetterBefore(s, digits) || !docShortRefEnds(s, end) {
			continue
		}
		for ni < len(nums) && nums[ni].end <= digits {
			ni++
		}
		if ni < len(nums) && nums[ni].start < end {
			continue // part of a full number
		}
		kind, start := docKindWordBefore(s, digits)
		if kind == "" {
			continue
		}
		serial, err := strconv.Atoi(s[digits:end])
		if err != nil || serial == 0 {
			continue
		}
		after := s[end:docClipEnd(s, end, 240)]
		date, issuer := docDetailsAfter(after)
		year := 0
		if y := docYearAfterRe.FindStringSubmatch(after); y != nil {
			year, _ = strconv.Atoi(y[1])
		} else if date != nil {
			year, _ = strconv.Atoi((*date)[:4])
		}
		e := b.resolveShort(kind, serial, year, date, start, inTitle)
		if e == nil {
			continue
		}
		pos := start
		if inTitle {
			pos = docTitleOnlyPos
		}
		b.mention(e, date, issuer, pos, inTitle)
	}
}

// resolveShort returns the document a short reference of kind and serial
// (with the year or date printed after it, if any) at pos points to, or
// nil. In the headline only a reference that fits exactly one document is
// resolved; in the text, among several, the one of the year named wins,
// then the one cited last before pos, then the one cited first.
func (b *docBook) resolveShort(kind string, serial, year int, date *string, pos int, inTitle bool) *docEntry {
	var cands []*docEntry
	for _, e := range b.entries {
		if e.serial != serial || (kind != e.d.Kind && kind != e.inferred) {
			continue
		}
		if date != nil && e.d.IssuedOn != nil && *e.d.IssuedOn != *date {
			continue
		}
		cands = append(cands, e)
	}
	if len(cands) <= 1 || inTitle {
		if len(cands) == 1 {
			return cands[0]
		}
		return nil
	}
	if year != 0 {
		var same []*docEntry
		for _, e := range cands {
			if e.year == year || (e.d.IssuedOn != nil && strings.HasPrefix(*e.d.IssuedOn, strconv.Itoa(year))) {
				same = append(same, e)
			}
		}
		if len(same) == 1 {
			return same[0]
		}
		if len(same) > 1 {
			cands = same
		}
	}
	var best *docEntry
	bestAt := -1
	for _, e := range cands {
		if at := e.lastFull(pos); at > bestAt {
			best, bestAt = e, at
		}
	}
	if best != nil {
		return best
	}
	best = cands[0]
	for _, e := range cands[1:] {
		if e.first < best.first {
			best = e
		}
	}
	return best
}

// Levels of government, to tell a province's document from the centre's.
const (
	docLevelUnknown = iota
	docLevelCentral
	docLevelLocal
)

// docIssuerFits reports whether issuer may have issued e: false only when
// one of the body and the number is central and the other local.
func docIssuerFits(e *docEntry, issuer string) bool {
	a, b := docNumberLevel(e), docIssuerLevel(issuer)
	return a == docLevelUnknown || b == docLevelUnknown || a == b
}

// docNumberLevel returns the level of the body that issued e, read from its
// number: "/TW" and "-CP" are central, "/TU" and "-UBND" local.
func docNumberLevel(e *docEntry) int {
	if e.party {
		return partyCodeLevel(docIssuerCode(docNumber{number: e.d.Number, party: true}))
	}
	last := e.d.Number
	if i := strings.LastIndexAny(last, "/-"); i >= 0 {
		last = last[i+1:]
	}
	switch {
	case last == "CP" || last == "TTg" || strings.HasPrefix(last, "QH") || strings.HasPrefix(last, "UBTVQH"):
		return docLevelCentral
	case last == "UBND" || last == "HĐND":
		return docLevelLocal
	}
	return docLevelUnknown
}

// partyCodeLevel returns the level of the body a Party number's issuer
// code names, from its first segment: a code with TW (Trung ương) is
// central ("TW", "BTGTW", "QUTW", "TWĐTN-VP" of the Youth Union's Central
// Committee), one of a provincial, city or district committee is local
// ("TU", "HU", "QU", "ĐUK", "BTGTU"), and any other ("HVCTQG") is not
// known.
func partyCodeLevel(code string) int {
	first, _, _ := strings.Cut(code, "-")
	switch {
	case strings.Contains(first, "TW"):
		return docLevelCentral
	case strings.HasSuffix(first, "TU"), strings.HasSuffix(first, "HU"), strings.HasSuffix(first, "QU"),
		strings.HasPrefix(first, "ĐU"):
		return docLevelLocal
	}
	return docLevelUnknown
}

// docIssuerLevel returns the level of a named body.
func docIssuerLevel(name string) int {
	f := docFoldTone(name)
	for _, w := range []string{"tỉnh", "thành ủy", "thành phố", "huyện", "quận", "thị ủy", "thị xã", "xã", "phường", "ubnd", "hđnd", "nhân dân", "đảng ủy"} {
		if strings.Contains(f, w) {
			return docLevelLocal
		}
	}
	for _, w := range []string{"trung ương", "bộ chính trị", "ban bí thư", "chính phủ", "quốc hội", "thủ tướng"} {
		if strings.Contains(f, w) {
			return docLevelCentral
		}
	}
	return docLevelUnknown
}

// result returns the documents in order of first mention.
func (b *docBook) result() []Directive {
	sort.SliceStable(b.entries, func(i, j int) bool { return b.entries[i].first < b.entries[j].first })
	out := make([]Directive, 0, len(b.entries))
	for _, e := range b.entries {
		d := e.d
		if d.Mentions < 1 {
			d.Mentions = 1 // cited only in the headline
		}
		out = append(out, d)
	}
	return out
}

// docKindBefore returns the kind of the document numbered n in s, where its
// kind word starts (n.start when there is none), and whether the kind came
// from a word. It is "" when the kind cannot be told. prev is the number
// read before n, whose kind a list continues.
func docKindBefore(s string, n docNumber, prev *docPrev) (string, int, bool) {
	if kind, start := docKindWordBefore(s, n.start); kind != "" {
		return kind, start, true
	}
	if n.abbrev {
		return "", n.start, false // "202/2025" needs its kind word
	}
	w1 := docClipStart(s, n.start, 160)
	if win := s[w1:n.start]; strings.Contains(win, "Luật") || strings.Contains(win, "LUẬT") || strings.Contains(win, "Pháp lệnh") || strings.Contains(win, "PHÁP LỆNH") {
		if loc := lawBeforeRe.FindStringSubmatchIndex(win); loc != nil && !docLetterBefore(s, w1+loc[2]) {
			return canonDocKind(s[w1+loc[2] : w1+loc[3]]), w1 + loc[2], true
		}
	}
	if prev != nil && prev.word && prev.code == n.code && prev.end <= n.start && docSameSentence(s[prev.end:n.start]) {
		return prev.kind, n.start, true
	}
	return inferDocKind(n), n.start, false
}

// docKindWordBefore returns the kind named by the word just before i in s
// ("Kết luận số ", "Chỉ thị ", "Nghị Quyết số: "), in any letter case, and
// where that word starts; "" when there is none.
func docKindWordBefore(s string, i int) (string, int) {
	j := docTrimSpaceBack(s, i)
	if k := j; k > 0 && (s[k-1] == ':' || s[k-1] == '.') {
		if k = docTrimSpaceBack(s, k-1); docEndsWithWord(s, k, "số") {
			j = docTrimSpaceBack(s, k-len("số"))
		}
	} else if docEndsWithWord(s, j, "số") {
		j = docTrimSpaceBack(s, j-len("số"))
	}
	for _, k := range docKinds {
		if docEndsWithWord(s, j, k.word) {
			return k.kind, j - len(k.word)
		}
	}
	return "", i
}

// docEndsWithWord reports whether s[:i] ends with word, in any letter case,
// not preceded by a letter or digit.
func docEndsWithWord(s string, i int, word string) bool {
	j := i - len(word)
	return j >= 0 && utf8.RuneStart(s[j]) && strings.EqualFold(s[j:i], word) && !docLetterBefore(s, j)
}

// docTrimSpaceBack returns i moved back over the spaces just before it.
func docTrimSpaceBack(s string, i int) int {
	for i > 0 && s[i-1] == ' ' {
		i--
	}
	return i
}

// docSameSentence reports whether gap, the text between two numbers, stays in
// one sentence.
func docSameSentence(gap string) bool {
	return len(gap) <= 400 && !strings.Contains(gap, "\n") && !strings.Contains(gap, ". ")
}

// inferDocKind returns the kind that n's code stands for, or "".
func inferDocKind(n docNumber) string {
	switch c := n.code; {
	case c == "":
		return ""
	case c == "QĐ":
		if n.party && n.serial < 1000 && strings.HasSuffix(n.number, "/TW") {
			return "Quy định"
		}
		return "Quyết định"
	case c == "TT":
		if n.party {
			return "Thông tri"
		}
		return "Thông tư"
	case strings.HasPrefix(c, "UBTVQH"):
		return "Nghị quyết"
	}
	return docCodeKinds[n.code]
}

// canonDocKind returns the kind for a kind word as printed ("Nghị Quyết").
func canonDocKind(w string) string {
	return docKindOf[strings.Join(strings.Fields(strings.ToLower(w)), " ")]
}

// docDetailsAfter reads the date and issuer printed after a number: ",
// ngày 18/5/2021 của Bộ Chính trị", "của Ban Thường vụ Thành ủy ngày
// 10/11/2009", "được Bộ Chính trị ban hành ngày 18/5/2021". Either may be
// nil.
func docDetailsAfter(rest string) (date, issuer *string) {
	date, n := docDateAt(rest)
	rest = rest[n:]
	loc := issuerAfterRe.FindStringSubmatchIndex(rest)
	if loc == nil {
		if date != nil {
			if name := docIssuerAfterDate(rest); name != "" {
				return date, docIssuerOf(name)
			}
		}
		k := docBareIssuer(rest)
		if k == 0 {
			return date, nil
		}
		issuer = docIssuerOf(strings.TrimLeft(rest[:k], " "))
		return docDateAfterIssuer(date, rest[k:]), issuer
	}
	name, k := readDocIssuers(rest[loc[1]:])
	if name == "" {
		return date, nil
	}
	issuer = docIssuerOf(name)
	after := rest[loc[1]+k:]
	if strings.EqualFold(rest[loc[2]:loc[3]], "được") {
		v := enactedVerbRe.FindStringIndex(after)
		if v == nil {
			return date, nil // "được Ban Tuyên giáo triển khai": not the issuer
		}
		after = after[v[1]:]
	}
	return docDateAfterIssuer(date, after), issuer
}

// docDateAfterIssuer returns date, or when it is nil the document's date
// printed after its issuer at the start of after ("của Ban Thường vụ
// Thành ủy ngày 10/11/2009"), unless that date opens the next clause.
func docDateAfterIssuer(date *string, after string) *string {
	if date == nil {
		if d, n := docDateAt(after); d != nil && !docOpensClause(after, n) {
			return d
		}
	}
	return date
}

// docBareIssuerEndRe matches what may follow an issuer named right after
// a number without "của": punctuation, the end, or the words that go on
// with the citation ("về", "ngày", "khóa").
var docBareIssuerEndRe = regexp.MustCompile(`^(?:[ ]*(?:$|[,;.:()\n])|[ ]+(?:về|ngày|khóa|khoá)(?:[ ]|$))`)

// docBareIssuer reads an issuing body named right after a number, without
// "của": "Kế hoạch số 02-KH/BCĐTW Ban Chỉ đạo Trung ương, ...". It
// returns the bytes of rest the name takes, with the space before it, or
// 0. The name must end the citation (see docBareIssuerEndRe), so that the
// subject of the next clause, printed without its comma ("Thực hiện Kế
// hoạch số 27-KH/TU Ban Thường vụ Huyện ủy đã ..."), is not taken.
func docBareIssuer(rest string) int {
	if !strings.HasPrefix(rest, " ") {
		return 0
	}
	_, k := readDocIssuers(rest[1:])
	if k == 0 || !docBareIssuerEndRe.MatchString(rest[1+k:]) {
		return 0
	}
	return 1 + k
}

// docDatedIssuerEndRe matches what may follow an issuer set off by a comma
// after the document's date: the end of the citation (punctuation other
// than a comma, an opening quote of the title, "về", "khóa").
var docDatedIssuerEndRe = regexp.MustCompile(`^(?:[ ]*(?:$|[;.:()\n"“'‘«])|[ ]+(?:về|khóa|khoá)(?:[ ]|$))`)

// docIssuerAfterDate reads an issuing body named after the document's
// date and set off from it by a comma, without "của": "Nghị quyết số
// 18-NQ/TW, ngày 25-10-2017, Hội nghị lần thứ 6 Ban Chấp hành Trung ương
// Đảng khóa XII "Một số vấn đề ..."". rest is what follows the date. The
// name must end the citation, so that the subject of the next clause
// (", ngày 5/3/2024, Huyện ủy tổ chức ...") is not taken; a comma may end
// it only after a plenum of the Central Committee, which is no clause's
// subject. It returns the name, or "".
func docIssuerAfterDate(rest string) string {
	after, ok := strings.CutPrefix(strings.TrimLeft(rest, " "), ",")
	if !ok {
		return ""
	}
	after = strings.TrimLeft(after, " ")
	name, k := readDocIssuers(after)
	if k == 0 {
		return ""
	}
	tail := after[k:]
	if docDatedIssuerEndRe.MatchString(tail) ||
		plenumRe.MatchString(after) && strings.HasPrefix(strings.TrimLeft(tail, " "), ",") {
		return name
	}
	return ""
}

// docClauseDateRe matches a date set off by commas that opens the next
// clause (", ngày 5/3/2024, Huyện ủy ban hành ..."): the comma after it
// and the capital that starts the clause.
var docClauseDateRe = regexp.MustCompile(`^[ ]*,[ ]*\p{Lu}`)

// docOpensClause reports whether the date that after[:n] holds, printed
// after an issuer, opens the next clause rather than dating the document:
// a comma before it and a comma and a capitalised word after it ("của Ban
// Thường vụ Tỉnh ủy, ngày 5/3/2024, Huyện ủy ban hành ..."), where a
// document's own date reads "của Ban Thường vụ Thành ủy ngày 10/11/2009"
// or ", ngày 15/5/2016, về ...".
func docOpensClause(after string, n int) bool {
	return strings.HasPrefix(strings.TrimLeft(after, " "), ",") && docClauseDateRe.MatchString(after[n:])
}

// docDateAt reads a date ("ngày 18/5/2021") at the start of s, returning it
// as YYYY-MM-DD (nil if none) and the bytes it took.
func docDateAt(s string) (*string, int) {
	m := docDateAfterRe.FindStringSubmatchIndex(s)
	if m == nil {
		return nil, 0
	}
	d := docISOFromMatch(s, m[2:])
	if d == nil || docDigitAt(s, m[1]) {
		return nil, 0
	}
	return d, m[1]
}

// docDateBefore reads pattern D6: "Ngày 28 tháng 7 năm 2021, Bộ Chính trị
// ban hành Quy định số 22-QĐ/TW", where the document's date (and issuer)
// come before its kind word, which starts at kindStart. Only that tight
// form counts: the date, then a clause that does nothing but issue or
// sign the document (see docEnactClause), then the document. A date
// followed by another clause ("Ngày 5/3/2024, Huyện ủy tổ chức hội nghị
// quán triệt Kết luận số 01-KL/TW") is the date of that clause's event.
// A date without its year ("Ngày 5-12, Phó Thủ tướng ... ký Quyết định
// số ...") takes the year from published, as an event lead does (see
// evYear); without published it gives no date.
func docDateBefore(s string, kindStart int, published *time.Time) (date, issuer *string) {
	w0 := docClipStart(s, kindStart, 240)
	win := s[w0:kindStart]
	if !docHasEnactVerb(win) {
		return nil, nil
	}
	if i := docSentenceBreak(win); i >= 0 {
		win = win[i:]
	}
	end := -1
	if all := docDateBeforeRe.FindAllStringSubmatchIndex(win, -1); all != nil {
		m := all[len(all)-1]
		if date = docISOFromMatch(win, m[2:]); date == nil || docDigitAt(win, m[1]) {
			return nil, nil
		}
		end = m[1]
	}
	if published != nil {
		if all := docDayMonthBeforeRe.FindAllStringSubmatchIndex(win, -1); all != nil {
			if m := all[len(all)-1]; m[1] > end {
				date, end = docDayMonthDate(win, m, published), m[1]
			}
		}
	}
	if date == nil {
		return nil, nil
	}
	issuer, ok := docEnactClause(win[end:])
	if !ok {
		return nil, nil
	}
	return date, issuer
}

// docDayMonthDate turns a match of docDayMonthBeforeRe in s into
// YYYY-MM-DD, the year chosen from published by evYear, or nil when the
// match is cut from a longer date or number or the day does not exist.
func docDayMonthDate(s string, m []int, published *time.Time) *string {
	if docDigitAt(s, m[1]) || docDateGoesOnRe.MatchString(s[m[1]:]) {
		return nil
	}
	day, _ := strconv.Atoi(s[m[2]:m[3]])
	mon, _ := strconv.Atoi(s[m[4]:m[5]])
	if mon < 1 || mon > 12 || day < 1 || day > 31 {
		return nil
	}
	year, ok := evYear(mon, day, published.In(vietnam))
	if !ok {
		return nil
	}
	return docISODate(year, mon, day)
}

// docIssuerBefore reads the issuer written before the document's kind,
// as the subject of its enactment: "Ban Thường vụ Tỉnh ủy đã ban hành Kế
// hoạch số 27-KH/TU". The subject must be the whole clause before the
// verb, so that "Thực hiện Nghị quyết, Tỉnh ủy ban hành Kế hoạch" gives
// "Tỉnh ủy" and a clause that is not a body's name gives nothing. The
// clause may start before a comma when the commas are its own ("thay mặt
// Ban Bí thư, đồng chí ... đã ký"): the longest clause that reads whole
// wins. An agency prefix that opens the sentence ("(Baonghean.vn) - Thủ
// tướng Chính phủ vừa ban hành ...") is not part of the clause.
func docIssuerBefore(s string, kindStart int) *string {
	w0 := docClipStart(s, kindStart, 240)
	win := s[w0:kindStart]
	if !docHasEnactVerb(win) {
		return nil
	}
	i := docSentenceBreak(win)
	if i >= 0 {
		win = win[i:]
	}
	if i >= 0 || w0 == 0 {
		if m := docAgencyPrefixRe.FindStringIndex(win); m != nil {
			win = win[m[1]:]
		}
	}
	starts := []int{0}
	for i := 0; i < len(win); i++ {
		switch win[i] {
		case ',', ';', ':', '(':
			starts = append(starts, i+1)
		}
	}
	if len(starts) > 5 {
		starts = starts[len(starts)-5:]
	}
	for _, at := range starts {
		if issuer, ok := docEnactClause(win[at:]); ok {
			return issuer
		}
	}
	return nil
}

// docHasEnactVerb reports whether s may hold a verb enactTailRe accepts:
// a cheap test before the clause is read.
func docHasEnactVerb(s string) bool {
	low := strings.ToLower(s)
	return strings.Contains(low, "hành") || strings.Contains(low, "ký") || strings.Contains(low, "ra") || strings.Contains(low, "có")
}

// enactTailRe matches the verb between the subject that issues or signs a
// document and the document: "đã ban hành", "vừa ký", "đã ký ban hành",
// "ra", "đã có", possibly naming the body the subject acts for ("đã thay
// mặt Ban Chấp hành Trung ương ký ban hành"), whose name is group 1.
var enactTailRe = regexp.MustCompile(`(?i)^[ ]*(?:\(?[ ]*(?:khóa|khoá)[ ]+[IVXLCDM]+[ ]*\)?[ ]*)?` + docAuxVerbs +
	`(?:,?[ ]*thay[ ]+mặt[ ]+([^,;.()]{2,80}?)[ ]*,?[ ]*` + docAuxVerbs + `)?` +
	`(?:(?:(?:ký|ra)(?:[ ]+và)?[ ]+)?ban[ ]+hành|ký|ra|có)[ ]*$`)

// docAuxVerbs matches the words that may come before the verb of
// enactment: "đã", "vừa", "mới", "cũng", "chính thức".
const docAuxVerbs = `(?:(?:đã|vừa|mới|cũng|chính[ ]+thức)[ ]+)*`

// docWhenRe matches the conjunction that may open a clause of enactment
// before its subject: "Ngay sau khi Ban Thường vụ Tỉnh ủy ban hành Chỉ
// thị số ...", "Khi Bộ Chính trị ban hành ...", "Từ khi ...".
var docWhenRe = regexp.MustCompile(`^(?:[Nn]gay[ ]+)?(?:(?:[Kk]ể[ ]+)?[Tt]ừ[ ]+|[Ss]au[ ]+|[Tt]rước[ ]+)?(?:khi|Khi)[ ]+`)

// behalfRe matches "thay mặt" (on behalf of) at the start of a clause.
var behalfRe = regexp.MustCompile(`^(?:[Tt]hay[ ]+mặt|THAY[ ]+MẶT|T/M|TM\.)[ ]+`)

// docEnactClause reads a clause that ends just before a document's kind
// word and does nothing but issue or sign it: "Bộ Chính trị đã ban hành",
// "Tổng Bí thư Nguyễn Phú Trọng đã ký", "thay mặt Ban Bí thư, Thường trực
// Ban Bí thư Trương Thị Mai đã ký ban hành". It reports whether the whole
// clause has that shape, and returns the issuer: the body a signer acts
// for when it is named (the signer is not the issuer), else the subject
// when it is a body (see docIssuerOf), else nil.
func docEnactClause(clause string) (*string, bool) {
	s := strings.TrimLeft(clause, " ,")
	if m := docWhenRe.FindStringIndex(s); m != nil {
		s = s[m[1]:]
	}
	var issuer *string
	if m := behalfRe.FindStringIndex(s); m != nil {
		name, k := readDocIssuers(s[m[1]:])
		rest := strings.TrimLeft(s[m[1]+k:], " ")
		if name == "" || !strings.HasPrefix(rest, ",") {
			return nil, false
		}
		issuer, s = &name, strings.TrimLeft(rest[1:], " ")
	}
	subject, k := docReadSubject(s)
	m := enactTailRe.FindStringSubmatchIndex(s[k:])
	if m == nil {
		return nil, false
	}
	if m[2] >= 0 {
		body := s[k+m[2] : k+m[3]]
		name, n := readDocIssuers(body)
		if name == "" || n != len(body) {
			return nil, false
		}
		if issuer == nil {
			issuer = &name
		}
	}
	if issuer == nil {
		issuer = subject
	}
	return issuer, true
}

// docHonorificRe matches "đồng chí", "ông" or "bà" before a person's name
// or office.
var docHonorificRe = regexp.MustCompile(`^(?:[Đđ]ồng[ ]+chí|[Ôô]ng|[Bb]à)[ ]+`)

// docReadPerson reads a person named with "đồng chí", "ông" or "bà" at the
// start of s ("đồng chí Trương Thị Mai", "đồng chí Phó Bí thư Thường
// trực") and returns the bytes taken, or 0. The name or office runs on
// over capitalised words and one lower-case word after each, and ends
// before the verbs ("đã", "ký", "thay mặt").
func docReadPerson(s string) int {
	m := docHonorificRe.FindStringIndex(s)
	if m == nil {
		return 0
	}
	words := docSplitWords(s[m[1]:], 10)
	n := 0
	for i, w := range words {
		f := docFoldTone(w.core)
		if issuerStops[f] || f == "thay" || f == "ban" && i+1 < len(words) && docFoldTone(words[i+1].core) == "hành" {
			break
		}
		if !docStartsUpper(w.core) && (i == 0 || !docStartsUpper(words[i-1].core)) {
			break
		}
		n = i + 1
		if w.stop {
			break
		}
	}
	if n == 0 {
		return 0
	}
	return m[1] + words[n-1].start + len(words[n-1].core)
}

// docReadSubject reads the subject of an enactment at the start of s: a
// body, or a signer (a Party officer or a person named with a title,
// perhaps followed by offices in commas: "đồng chí Trần Cẩm Tú, Thường
// trực Ban Bí thư,"). It returns the issuer the subject stands for (nil
// for a signer and when s starts with no subject) and the bytes it took.
func docReadSubject(s string) (*string, int) {
	name, k := readDocIssuers(s)
	signer := false
	switch {
	case k > 0:
		iss := docIssuerOf(name)
		if iss != nil {
			return iss, k
		}
		signer = true
	default:
		k = docReadPerson(s)
		signer = k > 0
	}
	for i := 0; signer && i < 2; i++ {
		rest := strings.TrimLeft(s[k:], " ")
		if !strings.HasPrefix(rest, ",") {
			break
		}
		office := strings.TrimLeft(rest[1:], " ")
		_, n := readDocIssuers(office)
		after := strings.TrimLeft(office[n:], " ")
		if n == 0 || !strings.HasPrefix(after, ",") {
			break
		}
		k = len(s) - len(after) + 1
	}
	return nil, k
}

// docListGlueRe matches what joins the numbers of a list of documents:
// "18-NQ/TW, 19-NQ/TW và 20-NQ/TW", "18/2011/QĐ-TTg ngày 18/3/2011 và
// Quyết định số 56/2013/QĐ-TTg", "57-NQ/TW, ngày 22/12/2024 về chuyển đổi
// số; Nghị quyết số 59-NQ/TW".
var docListGlueRe = regexp.MustCompile(`^[ ]*(?:,?[ ]*ngày[ ]+\d{1,2}[ ]*[/.-][ ]*\d{1,2}[ ]*[/.-][ ]*\d{4}[ ]*)?(?:[ ]+về[ ][^;.]{1,160}?)?[ ]*(?:,|;|và|hoặc)[ ]*(?:\p{L}+[ ]+){0,3}?(?:số[ ]*)?$`)

// docListIssuer reads the issuer of the i-th number of nums when it heads a
// list of documents of the same issuing body, named once after the last:
// "các Nghị quyết số 18-NQ/TW, 19-NQ/TW và 20-NQ/TW của Ban Chấp hành
// Trung ương". Numbers of another body's code end the list.
func docListIssuer(s string, nums []docNumber, i int) *string {
	cur := nums[i]
	code := docIssuerCode(cur)
	for j := i + 1; j < len(nums) && j <= i+8; j++ {
		next := nums[j]
		if next.skip || next.abbrev || next.party != cur.party || docIssuerCode(next) != code ||
			!docListGlueRe.MatchString(s[cur.end:next.start]) {
			return nil
		}
		cur = next
		if _, issuer := docDetailsAfter(s[cur.end:docClipEnd(s, cur.end, 240)]); issuer != nil {
			return issuer
		}
	}
	return nil
}

// docListBareGlueRe matches what joins two bare numbers of a list, with
// nothing between them but a comma or "và" and the kind word: "1748-QĐ/HU
// và Quyết định số 1749-QĐ/HU", "18-NQ/TW, 19-NQ/TW".
var docListBareGlueRe = regexp.MustCompile(`^[ ]*(?:,[ ]*(?:và[ ]+)?|và[ ]+)(?:\p{L}+[ ]+){0,3}?(?:số[ ]*)?$`)

// docListDate reads the date of the i-th number of nums when it heads a
// list of bare numbers of the same issuing body whose date is printed once,
// after the last: "Quyết định số 1748-QĐ/HU và Quyết định số 1749-QĐ/HU
// ngày 31 tháng 7 năm 2024 của Ban Thường vụ Huyện ủy". Unlike the issuer,
// the date is shared only when nothing but a comma or "và" (and the kind
// word) stands between the numbers: an item with its own date or subject
// ends the list, and so does another body's code.
func docListDate(s string, nums []docNumber, i int) *string {
	cur := nums[i]
	code := docIssuerCode(cur)
	for j := i + 1; j < len(nums) && j <= i+8; j++ {
		next := nums[j]
		if next.skip || next.abbrev || next.party != cur.party || docIssuerCode(next) != code ||
			!docListBareGlueRe.MatchString(s[cur.end:next.start]) {
			return nil
		}
		cur = next
		if date, _ := docDetailsAfter(s[cur.end:docClipEnd(s, cur.end, 240)]); date != nil {
			return date
		}
	}
	return nil
}

// docIssuerCode returns the part of a number that names its issuing body:
// "TW" of "18-NQ/TW", "TTg" of "18/2011/QĐ-TTg".
func docIssuerCode(n docNumber) string {
	sep := "-"
	if n.party {
		sep = "/"
	}
	if i := strings.LastIndex(n.number, sep); i >= 0 {
		return n.number[i+1:]
	}
	return n.number
}

// docSentenceBreak returns the index just after the last sentence break
// (". ", "; ", "! ", "? ", newline) in s, or -1.
func docSentenceBreak(s string) int {
	best := -1
	for _, sep := range []string{". ", "; ", "! ", "? ", "\n"} {
		if i := strings.LastIndex(s, sep); i >= 0 && i+len(sep) > best {
			best = i + len(sep)
		}
	}
	return best
}

// docISOFromMatch turns the submatch indexes of docDateCore (day; month and
// year as numbers; or month and year after "tháng") into YYYY-MM-DD, or nil
// when the date does not exist.
func docISOFromMatch(s string, g []int) *string {
	if len(g) < 10 || g[0] < 0 {
		return nil
	}
	day, _ := strconv.Atoi(s[g[0]:g[1]])
	var mon, year int
	switch {
	case g[2] >= 0:
		mon, _ = strconv.Atoi(s[g[2]:g[3]])
		year, _ = strconv.Atoi(s[g[4]:g[5]])
	case g[6] >= 0:
		mon, _ = strconv.Atoi(s[g[6]:g[7]])
		year, _ = strconv.Atoi(s[g[8]:g[9]])
	default:
		return nil
	}
	return docISODate(year, mon, day)
}

// docISODate returns year-mon-day as YYYY-MM-DD, or nil when there is no such
// day or the year is outside 1930 to 2100.
func docISODate(year, mon, day int) *string {
	if year < 1930 || year > 2100 || mon < 1 || mon > 12 || day < 1 {
		return nil
	}
	t := time.Date(year, time.Month(mon), day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day || int(t.Month()) != mon {
		return nil
	}
	iso := t.Format("2006-01-02")
	return &iso
}

// plenumRe matches a plenum of the Central Committee as the issuer of its
// conclusions and resolutions: "Hội nghị lần thứ tư Ban Chấp hành Trung
// ương Đảng khóa XIII", "Hội nghị Trung ương 4 khóa XIII".
var plenumRe = regexp.MustCompile(`^(?:Hội nghị|HỘI NGHỊ)[ ]+(?:(?:lần[ ]+thứ[ ]+[\p{L}\d]+|\p{L}+[ ]+\p{L}+)[ ]+)??(?:(?:của[ ]+)?Ban[ ]+Chấp[ ]+hành[ ]+Trung[ ]+ương(?:[ ]+Đảng)?|Trung[ ]+ương[ ]+\d{1,2})(?:[ ]*\(?(?:khóa|khoá)[ ]+[IVXLCDM]+\)?)?`)

// Word lists for reading an issuer's name, tone marks folded (see
// docFoldTone).
var (
	// issuerHeads are the first words of issuing bodies.
	issuerHeads = docFoldSet("bộ", "ban", "ủy", "chính", "thủ", "quốc", "tỉnh", "thành", "huyện", "quận", "quân",
		"thị", "đảng", "trung", "hội", "chủ", "văn", "tổng", "cục", "sở", "học", "viện", "tòa", "liên",
		"đoàn", "thường", "bí", "mặt", "hđnd", "ubnd", "phó")
	// issuerAdmin are lower-case words that may run on in a body's name:
	// "Ủy ban nhân dân tỉnh", "Đảng ủy Khối các cơ quan thành phố".
	issuerAdmin = docFoldSet("ban", "nhân", "dân", "tỉnh", "thành", "phố", "huyện", "quận", "thị", "xã",
		"phường", "trấn", "đảng", "khối", "các", "cơ", "quan", "trung", "ương", "ủy", "nước")
	// issuerStops end a body's name.
	issuerStops = docFoldSet("về", "ngày", "năm", "khóa", "đã", "đang", "sẽ", "nhằm", "tại", "trong",
		"được", "để", "với", "cho", "theo", "thì", "là", "có", "đến", "đối", "từ", "sau", "trước", "nay",
		"cũng", "vẫn", "mới", "số", "của", "như", "này", "đó", "hoặc", "lần", "nhiệm", "giai", "tháng",
		"quý", "kỳ", "phê", "vừa", "chính thức", "ký", "ra", "và")
	// issuerLowerPairs are the pairs of lower-case words that official
	// names put after other lower-case words: "Học viện Chính trị quốc gia
	// Hồ Chí Minh", "Học viện Chính trị khu vực I", "Tòa án nhân dân tối
	// cao". Sources also write the central bodies' names in lower case
	// ("Bộ chính trị", "Ban bí thư", "Ban thường vụ", "Ban chấp hành").
	issuerLowerPairs = docFoldSet("quốc gia", "khu vực", "tối cao", "kiểm sát", "chính trị", "bí thư", "thường vụ", "chấp hành")
	// issuerTrim are words a name may not end with.
	issuerTrim = docFoldSet("các", "cơ", "và")
)

// docToneFolder moves tone marks to one placement, so that "uỷ" and "ủy",
// "khoá" and "khóa" compare equal.
var docToneFolder = strings.NewReplacer(
	"uý", "úy", "uỳ", "ùy", "uỷ", "ủy", "uỹ", "ũy", "uỵ", "ụy",
	"oá", "óa", "oà", "òa", "oả", "ỏa", "oã", "õa", "oạ", "ọa",
	"oé", "óe", "oè", "òe", "oẻ", "ỏe", "oẽ", "õe", "oẹ", "ọe",
)

// docFoldTone returns w in lower case with tone marks in one placement.
func docFoldTone(w string) string { return docToneFolder.Replace(strings.ToLower(w)) }

// docFoldSet returns the set of the words, tone marks folded.
func docFoldSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[docFoldTone(w)] = true
	}
	return m
}

// readDocIssuer reads the name of an issuing body at the start of s ("Bộ
// Chính trị khoá XII về ..." gives "Bộ Chính trị") and returns it with the
// bytes it took, or "" and 0 when s does not start with one. A name starts
// with a capitalised head word ("Bộ", "Ban", "Thành ủy", ...) or an acronym
// (UBND), and runs on over capitalised words and acronyms, one lower-case
// word after a capitalised one ("Chính trị", "Thường vụ"), and the
// lower-case words of administrative names ("nhân dân tỉnh"); it ends at
// punctuation and at words such as "về", "ngày", "khóa".
func readDocIssuer(s string) (string, int) {
	words := docSplitWords(s, 14)
	n := 0 // words accepted
	head := ""
	place := false // the words since a unit word ("tỉnh", "xã") name a place
	for i, w := range words {
		f := docFoldTone(w.core)
		next := ""
		if i+1 < len(words) {
			next = words[i+1].core
		}
		ok := false
		if i == 0 {
			ok = (docStartsUpper(w.core) && issuerHeads[f]) || docIsAcronym(w.core)
			if f == "hội" && docFoldTone(next) != "đồng" && !docStartsUpper(next) {
				ok = false // "Hội nghị" is a meeting, not an issuer
			}
			head = f
		} else {
			prev := words[i-1].core
			switch {
			case f == "và":
				// "Bộ Giáo dục và Đào tạo", not "Bộ Chính trị và Ban Bí thư"
				// nor "Bộ Chính trị và Kết luận số 01-KL/TW"
				ok = head == "bộ" && docStartsUpper(next) && !issuerHeads[docFoldTone(next)] && !docKindStarts(words[i+1:])
			case f == "ban" && docFoldTone(next) == "hành", f == "thay" && docFoldTone(next) == "mặt", issuerStops[f]:
			case docStartsUpper(w.core), issuerAdmin[f]:
				ok = true
			case place:
				// A place name ends the body's name: "HĐND tỉnh Bắc Kạn
				// quy định ..." is "HĐND tỉnh Bắc Kạn".
			case issuerLowerPairs[f+" "+docFoldTone(next)], issuerLowerPairs[docFoldTone(prev)+" "+f]:
				// "Học viện Chính trị quốc gia Hồ Chí Minh"
				ok = true
			default:
				ok = docStartsUpper(prev) && !docIsAcronym(prev)
			}
		}
		if !ok {
			break
		}
		if i > 0 && docStartsUpper(w.core) {
			place = place || docUnitWords[docFoldTone(words[i-1].core)]
		} else {
			place = false
		}
		n = i + 1
		if w.stop {
			break
		}
	}
	for n > 1 && issuerTrim[docFoldTone(words[n-1].core)] {
		n--
	}
	if n == 0 {
		return "", 0
	}
	end := words[n-1].start + len(words[n-1].core)
	return s[:end], end
}

// docKindStarts reports whether words begin with a document kind
// ("Kết luận", "Nghị quyết", "Chỉ thị").
func docKindStarts(words []docWord) bool {
	var b strings.Builder
	for i := 0; i < len(words) && i < 4; i++ {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.ToLower(words[i].core))
		if _, ok := docKindOf[b.String()]; ok {
			return true
		}
	}
	return false
}

// jointIssuerRe matches a second central body joined to the first: ", Ban
// Bí thư" in "Kết luận số 137-KL/TW của Bộ Chính trị, Ban Bí thư".
var jointIssuerRe = regexp.MustCompile(`^(?:,[ ]*|[ ]+và[ ]+)(Bộ[ ]+Chính[ ]+trị|Ban[ ]+Bí[ ]+thư)`)

// readDocIssuers reads an issuer as readDocIssuer does, together with the
// central bodies that issue jointly with it ("Bộ Chính trị, Ban Bí thư",
// "Bộ Chính trị và Ban Bí thư").
func readDocIssuers(s string) (string, int) {
	if m := plenumRe.FindStringIndex(s); m != nil {
		return s[:m[1]], m[1]
	}
	_, n := readDocIssuer(s)
	if n == 0 {
		return "", 0
	}
	for i := 0; i < 2; i++ {
		m := jointIssuerRe.FindStringIndex(s[n:])
		if m == nil || !docNumberEndOK(s, n+m[1]) {
			break
		}
		n += m[1]
	}
	return s[:n], n
}

// Word lists for telling a signer from an issuing body, tone marks folded.
var (
	// partyOffices are the Party offices held by one person, who signs on
	// behalf of a committee and issues nothing in his or her own name.
	partyOffices = []string{"tổng bí thư", "thường trực ban bí thư", "phó bí thư", "bí thư", "đồng chí"}
	// signerTitles are the titles that come before a signer's name.
	signerTitles = []string{"tổng bí thư", "thường trực", "bí thư", "phó bí thư", "chủ tịch", "phó chủ tịch",
		"thủ tướng", "phó thủ tướng", "bộ trưởng", "thứ trưởng", "giám đốc", "phó giám đốc", "trưởng ban",
		"phó trưởng ban", "chánh văn phòng", "tổng cục trưởng", "cục trưởng", "thống đốc", "viện trưởng",
		"chánh án", "tổng kiểm toán", "đồng chí"}
	// surnames are the commonest Vietnamese family names, which start a
	// person's name after a title.
	surnames = docFoldSet("nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng",
		"bùi", "đỗ", "hồ", "ngô", "dương", "lý", "trương", "đinh", "lâm", "mai", "đoàn", "tô", "lương",
		"trịnh", "đào", "hà", "cao", "thái", "chu", "tạ", "kiều", "quách", "lại", "vương", "hứa", "thân",
		"triệu", "lò", "giàng", "hầu", "nông", "đàm", "lưu", "tăng", "khổng", "phùng", "tống", "nghiêm",
		"châu", "doãn", "la", "mạc", "lục", "ninh", "bế", "lữ", "sùng", "vừ", "thào", "lầu", "cầm", "điêu",
		"quàng", "y")
)

// docUnitWords are the words of administrative units that come before a
// unit's name.
var docUnitWords = docFoldSet("tỉnh", "phố", "huyện", "quận", "xã", "phường", "trấn")

// docIssuerOf returns the issuer that a name read before or after a
// document stands for, or nil when it names a signer rather than a body:
// a Party officer ("Tổng Bí thư Nguyễn Phú Trọng", "Thường trực Ban Bí
// thư"), or a title and a person's name with no body in between
// ("Thủ tướng Phạm Minh Chính"). A title with its body keeps the body's
// part and drops the person: "Thủ tướng Chính phủ Phạm Minh Chính" gives
// "Thủ tướng Chính phủ", as "Thủ tướng Chính phủ" alone does. A deputy
// ("Phó Thủ tướng Chính phủ Trần Lưu Quang", "Phó Chủ tịch UBND tỉnh")
// signs for the office and issues nothing in his or her own name.
func docIssuerOf(name string) *string {
	words := strings.Fields(name)
	folded := docFoldTone(strings.Join(words, " "))
	if docHasTitle(folded, partyOffices) || docHasTitle(folded, []string{"phó"}) {
		return nil
	}
	for i := max(1, len(words)-4); i+1 < len(words); i++ {
		if !docIsPersonName(words[:i], words[i:]) {
			continue
		}
		body := strings.Join(words[:i], " ")
		if !docHasTitle(docFoldTone(body), signerTitles) {
			continue
		}
		for _, t := range signerTitles {
			if docFoldTone(body) == t {
				return nil // a title and a name: a person
			}
		}
		return &body
	}
	return &name
}

// docHasTitle reports whether folded (a name, tone marks folded) starts
// with one of titles, as whole words.
func docHasTitle(folded string, titles []string) bool {
	for _, t := range titles {
		if strings.HasPrefix(folded, t) && (len(folded) == len(t) || folded[len(t)] == ' ') {
			return true
		}
	}
	return false
}

// docIsPersonName reports whether words, the end of a name whose earlier
// words are before, are a person's name: two to four capitalised words
// starting with a family name, which do not name a place ("Lâm Đồng", "Hà
// Tĩnh", "Hồ Chí Minh"). After a unit word ("xã", "huyện") a person's name
// needs three words: "UBND xã Lê Lợi" names a commune.
func docIsPersonName(before, words []string) bool {
	if len(words) < 2 || len(words) > 4 || !surnames[docFoldTone(words[0])] {
		return false
	}
	if len(before) > 0 && docUnitWords[docFoldTone(before[len(before)-1])] && len(words) < 3 {
		return false
	}
	for _, w := range words {
		if !docStartsUpper(w) || docIsAcronym(w) {
			return false
		}
	}
	_, place := provIdx.names[provKey(strings.Join(words, " "))]
	return !place
}

// docWord is one word of a candidate issuer name.
type docWord struct {
	start int    // byte offset in the string read
	core  string // the word without trailing punctuation
	stop  bool   // punctuation follows: the name cannot go on
}

// docSplitWords splits the start of s into at most max space-separated words,
// ending at a newline, at a word that does not start with a letter, and
// after a word followed by punctuation.
func docSplitWords(s string, max int) []docWord {
	var out []docWord
	i := 0
	for len(out) < max {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		if i >= len(s) {
			break
		}
		r0, _ := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r0) {
			break
		}
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			j += size
		}
		stop := j < len(s) && s[j] != ' '
		out = append(out, docWord{start: i, core: s[i:j], stop: stop})
		if stop {
			break
		}
		i = j
	}
	return out
}

// docIsAcronym reports whether w is an acronym such as UBND or HĐND: two or
// more letters, all upper case.
func docIsAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// docUncased reports whether r is a letter without an upper-case form: a
// lower-case one such as "ẟ", or a title-case one such as "ᾟ". No
// issuer's code holds one, and a code with one would not read back as
// the same number.
func docUncased(r rune) bool { return unicode.IsLetter(r) && !unicode.IsUpper(unicode.ToUpper(r)) }

// docStartsUpper reports whether w starts with an upper-case letter.
func docStartsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// scanDocNumbers returns the document numbers in s, in order, without
// overlaps: Party numbers, state numbers, and state numbers cut after the
// year (marked abbrev; the caller decides whether a kind word makes them
// documents). Every number has a slash, so only the stretches of text
// around slashes are matched.
func scanDocNumbers(s string) []docNumber {
	var out []docNumber
	lo, hi := -1, -1
	lettered := false
	flush := func() {
		if lo >= 0 {
			out = scanDocWindow(s, lo, hi, lettered, out)
		}
	}
	for from := 0; ; {
		k := strings.IndexByte(s[from:], '/')
		if k < 0 {
			break
		}
		p := from + k
		from = p + 1
		a, z := docSlashWindow(s, p)
		if a > hi {
			flush()
			lo, lettered = a, false
		}
		hi = z
		lettered = lettered || docSlashNearLetter(s, p)
	}
	flush()
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].start != out[j].start {
			return out[i].start < out[j].start
		}
		return out[i].end > out[j].end
	})
	kept := out[:0]
	for _, n := range out {
		if len(kept) > 0 && n.start < kept[len(kept)-1].end {
			continue
		}
		kept = append(kept, n)
	}
	return kept
}

// docSlashWindow returns the stretch of s around the slash at p that any
// number holding that slash lies in: from before its digits to the end of
// the word after the slash.
//
// Numbers put at most a few spaces and dashes and a code of some letters
// between their digits and the slash ("1364 - QĐKT/TWĐTN-VP"), and a code
// of at most a few dozen bytes after it; 24 bytes before and 40 after, to
// the end of the word, hold them all.
func docSlashWindow(s string, p int) (int, int) {
	a := docClipStart(s, p, 24)
	for a > 0 && docDigitAt(s, a-1) {
		a--
	}
	z := docClipEnd(s, p, 40)
	for stop := docClipEnd(s, z, 32); z < stop && s[z] != ' ' && s[z] != '\n'; z++ {
	}
	for z < len(s) && !utf8.RuneStart(s[z]) {
		z++
	}
	return a, z
}

// scanDocWindow appends to out the numbers in s[lo:hi], with their
// positions in s.
//
// A window whose slashes all stand between digits ("18/5/2021") can hold
// only an abbreviated state number ("202/2025"); the costlier patterns
// run only where a slash touches a letter.
func scanDocWindow(s string, lo, hi int, lettered bool, out []docNumber) []docNumber {
	win := s[lo:hi]
	shift := func(m []int) []int {
		for i := range m {
			if m[i] >= 0 {
				m[i] += lo
			}
		}
		return m
	}
	for _, m := range partyNumRe.FindAllStringSubmatchIndex(win, -1) {
		if !lettered {
			break
		}
		if n, ok := partyNumber(s, shift(m)); ok {
			out = append(out, n)
		}
	}
	for _, m := range stateNumRe.FindAllStringSubmatchIndex(win, -1) {
		if !lettered {
			break
		}
		if n, ok := stateNumber(s, shift(m)); ok {
			out = append(out, n)
		}
	}
	for _, m := range abbrevNumRe.FindAllStringSubmatchIndex(win, -1) {
		if n, ok := abbrevNumber(s, shift(m)); ok {
			out = append(out, n)
		}
	}
	return out
}

// docSlashNearLetter reports whether the slash at p has a letter next to
// it, across spaces and dashes ("KL/TW", "05 CT/ TW", "2020/NĐ-CP").
func docSlashNearLetter(s string, p int) bool {
	i := p - 1
	for i >= 0 && p-i <= 4 && (s[i] == ' ' || s[i] == '-') {
		i--
	}
	if i >= 0 && p-i <= 4 {
		r, _ := utf8.DecodeLastRuneInString(s[:i+1])
		if unicode.IsLetter(r) {
			return true
		}
	}
	j := p + 1
	for j < len(s) && j-p <= 4 && (s[j] == ' ' || s[j] == '-') {
		j++
	}
	if j < len(s) && j-p <= 4 {
		r, _ := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// docNumberStartOK reports whether a number may start at i in s: not inside a
// word or another number ("COVID-19", "15/5/2016", "1.234").
func docNumberStartOK(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, size := utf8.DecodeLastRuneInString(s[:i])
	if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '/' || r == '-' {
		return false
	}
	if r == '.' || r == ',' {
		return !docDigitAt(s, i-size-1)
	}
	return true
}

// docNumberEndOK reports whether a number may end at i in s.
func docNumberEndOK(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// partyNumber reads a Party-style number from the submatch indexes m of
// partyNumRe.
func partyNumber(s string, m []int) (docNumber, bool) {
	if !docNumberStartOK(s, m[0]) {
		return docNumber{}, false
	}
	digits, sep, code := s[m[2]:m[3]], s[m[4]:m[5]], s[m[6]:m[7]]
	issuer := s[m[8]:m[9]]
	upCode := strings.ToUpper(code)
	known := inferDocKind(docNumber{code: upCode, party: true}) != ""
	spaced := !strings.Contains(sep, "-")
	switch {
	case spaced && (!known || !docStartsUpper(code) || !docStartsUpper(issuer)):
		return docNumber{}, false // "05 CT/TW" only with a known code, in capitals
	case !docStartsUpper(code) && !known:
		return docNumber{}, false // "5-ha/hộ"
	case !docStartsUpper(issuer) && (docStartsUpper(code) && !isPartyBody(strings.ToUpper(issuer))):
		return docNumber{}, false // "05-CT/ của"
	}
	segs, cut := docSplitCode(issuer)
	end := m[9]
	if cut >= 0 {
		end = m[8] + cut
	}
	if len(segs) == 0 || (cut < 0 && !docNumberEndOK(s, end)) {
		return docNumber{}, false
	}
	serial, err := strconv.Atoi(digits)
	if err != nil || serial == 0 {
		return docNumber{}, false
	}
	for i, g := range segs {
		segs[i] = partyIssuerCode(g)
		if strings.ContainsFunc(segs[i], docUncased) {
			return docNumber{}, false // "1-kh/ẟ0": no code letter
		}
	}
	num := strconv.Itoa(serial)
	if len(num) < 2 {
		num = "0" + num
	}
	n := docNumber{
		start:  m[0],
		end:    end,
		number: num + "-" + docFixCodeCase(upCode) + "/" + strings.Join(segs, "-"),
		code:   upCode,
		party:  true,
		serial: serial,
		skip:   docExcludedCodes[upCode],
	}
	return n, true
}

// stateNumber reads a state-style number from the submatch indexes m of
// stateNumRe; a Party number written "22/CT-TW" becomes "22-CT/TW".
func stateNumber(s string, m []int) (docNumber, bool) {
	if !docNumberStartOK(s, m[0]) {
		return docNumber{}, false
	}
	digits := s[m[2]:m[3]]
	year := ""
	if m[4] >= 0 {
		year = s[m[4]:m[5]]
	}
	segs, cut := docSplitCode(s[m[6]:m[7]])
	end := m[7]
	if cut >= 0 {
		end = m[6] + cut
	}
	if len(segs) == 0 || (cut < 0 && !docNumberEndOK(s, end)) {
		return docNumber{}, false
	}
	serial, err := strconv.Atoi(digits)
	if err != nil || serial == 0 {
		return docNumber{}, false
	}
	code := strings.ToUpper(segs[0])
	known := inferDocKind(docNumber{code: code}) != "" || docExcludedCodes[code]
	if !docStartsUpper(segs[0]) && !known {
		return docNumber{}, false // "1/ tháng"
	}
	n := docNumber{start: m[0], end: end, code: code, serial: serial, skip: docExcludedCodes[code]}
	up := strings.ToUpper(segs[len(segs)-1])
	if year == "" && len(segs) == 2 && inferDocKind(docNumber{code: code, party: true}) != "" && isPartyBody(up) {
		// "22/CT-TW" is the Party's 22-CT/TW
		num := strconv.Itoa(serial)
		if len(num) < 2 {
			num = "0" + num
		}
		n.party = true
		n.number = num + "-" + docFixCodeCase(code) + "/" + partyIssuerCode(segs[1])
		return n, true
	}
	for i, g := range segs {
		segs[i] = docFixCodeCase(strings.ToUpper(g))
	}
	n.number = digits + "/"
	if year != "" {
		n.number += year + "/"
		n.year, _ = strconv.Atoi(year)
	}
	n.number += strings.Join(segs, "-")
	return n, true
}

// abbrevNumber reads a state number cut after its year ("202/2025") from
// the submatch indexes m of abbrevNumRe.
func abbrevNumber(s string, m []int) (docNumber, bool) {
	if !docNumberStartOK(s, m[0]) || !docNumberEndOK(s, m[1]) {
		return docNumber{}, false
	}
	if m[1] < len(s) {
		switch s[m[1]] {
		case '/', '-', '.', ',':
			if m[1]+1 < len(s) && (docDigitAt(s, m[1]+1) || s[m[1]] == '/') {
				return docNumber{}, false
			}
		}
	}
	if rest := strings.TrimLeft(s[m[1]:docClipEnd(s, m[1], 4)], " "); strings.HasPrefix(rest, "/") {
		return docNumber{}, false
	}
	serial, err := strconv.Atoi(s[m[2]:m[3]])
	year, _ := strconv.Atoi(s[m[4]:m[5]])
	if err != nil || serial == 0 || year < 1945 || year > 2100 {
		return docNumber{}, false
	}
	return docNumber{
		start:  m[0],
		end:    m[1],
		number: s[m[2]:m[3]] + "/" + s[m[4]:m[5]],
		abbrev: true,
		serial: serial,
		year:   year,
	}, true
}

// docSplitCode splits the hyphenated code part of a number ("UBND",
// "TWĐTN-VP", "TWngày") into segments. A segment in capitals that runs on
// into lower case ("TWngày": the next word glued on) is cut there, and the
// segments after it dropped; cut is then the byte offset of the cut in
// part, else -1. The official mixed-case codes (TTg, ...) are not cut.
func docSplitCode(part string) ([]string, int) {
	segs := strings.Split(part, "-")
	off := 0
	for i, g := range segs {
		if c := docGluedCut(g); c > 0 {
			return append(segs[:i:i], g[:c]), off + c
		}
		off += len(g) + 1
	}
	return segs, -1
}

// docGluedCut returns where a lower-case word glued onto a capitalised code
// starts in g, or -1.
func docGluedCut(g string) int {
	if !docStartsUpper(g) {
		return -1 // capitals or all lower case ("52-kh/hu")
	}
	for _, mixed := range docMixedCaseCodes {
		if g == mixed {
			return -1
		}
	}
	for off, r := range g {
		if unicode.IsLower(r) {
			return off
		}
	}
	return -1
}

// docFixCodeCase returns an upper-case code in its official case: "QĐI" is
// "QĐi", "TTG" is "TTg".
func docFixCodeCase(up string) string {
	if m, ok := docMixedCaseCodes[up]; ok {
		return m
	}
	return up
}

// partyIssuerCode returns the canonical form of a Party issuer code:
// upper case, with the OCR "TƯ" read as "TW".
func partyIssuerCode(g string) string {
	up := strings.ToUpper(g)
	if strings.HasSuffix(up, "TƯ") {
		up = strings.TrimSuffix(up, "TƯ") + "TW"
	}
	return docFixCodeCase(up)
}

// isPartyBody reports whether an upper-case issuer code is a Party body:
// TW, TU (Tỉnh ủy), HU, QU, ĐU, ĐUK, BTGTW, UBKTTW, VPTW, ...
func isPartyBody(up string) bool {
	for _, suf := range []string{"TW", "TƯ", "TU", "HU", "QU", "ĐU", "ĐUK", "BCSĐ"} {
		if strings.HasSuffix(up, suf) {
			return true
		}
	}
	return strings.HasPrefix(up, "ĐU")
}

// docShortRefEnds reports whether a short reference may end at i in s: not
// inside a longer number ("Kế hoạch 2021-2025", "Nghị quyết 57/2024").
func docShortRefEnds(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '%' {
		return false
	}
	switch r {
	case '/', '-', '.', ',':
		if i+1 < len(s) {
			r2, _ := utf8.DecodeRuneInString(s[i+1:])
			if unicode.IsLetter(r2) || unicode.IsDigit(r2) || r == '/' {
				return false
			}
		}
	}
	return true
}

// docLetterBefore reports whether a letter or digit comes just before i in s.
func docLetterBefore(s string, i int) bool {
	if i <= 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// docDigitAt reports whether s has an ASCII digit at i.
func docDigitAt(s string, i int) bool {
	return i >= 0 && i < len(s) && s[i] >= '0' && s[i] <= '9'
}

// docClipStart returns the rune boundary at or after i-n (and at least 0).
func docClipStart(s string, i, n int) int {
	j := i - n
	if j <= 0 {
		return 0
	}
	for j < i && !utf8.RuneStart(s[j]) {
		j++
	}
	return j
}

// docClipEnd returns the rune boundary at or before i+n (and at most len(s)).
func docClipEnd(s string, i, n int) int {
	j := i + n
	if j >= len(s) {
		return len(s)
	}
	for j > i && !utf8.RuneStart(s[j]) {
		j--
	}
	return j
}

// docClipUTF8 returns at most the first max bytes of s, cut at a rune
// boundary.
func docClipUTF8(s string, max int) string {
	if len(s) <= max {
		return s
	}
	return s[:docClipEnd(s, 0, max)]
}

// docNeedsPrep reports whether prepDocText would change s.
func docNeedsPrep(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ' && i+1 < len(s) && s[i+1] == ' ', c == '\t', c == '\r', c >= utf8.RuneSelf:
			if c < utf8.RuneSelf {
				return true
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			switch {
			case r == '\u00a0', r == '\u00ad', r == '\u202f', r == '\u205f', r == '\u3000', r == '\ufeff',
				r >= '\u2000' && r <= '\u2015', r == '\u2044', r == '\u2060', r == '\u2212', r == '\u2215',
				r == '\ufe58', r == '\ufe63', r == '\uff0d', r == '\uff0f':
				return true
			}
			i += size - 1
		}
	}
	return false
}

// prepDocText returns s with the characters that vary between pages made
// uniform for the number patterns: no-break and other spaces become ASCII
// spaces, runs of spaces one space, every kind of dash an ASCII hyphen,
// look-alike slashes a slash, carriage returns newlines, and zero-width
// characters and soft hyphens go.
func prepDocText(s string) string {
	t, _ := prepDocTextMap(s, false)
	return t
}

// prepOffsets maps byte offsets in a text prepDocText prepared back to the
// text it was prepared from; nil maps every offset to itself.
type prepOffsets []int

func (p prepOffsets) orig(i int) int {
	if p == nil || i >= len(p) {
		return i
	}
	return p[i]
}

// prepDocTextMap is prepDocText, also returning (when offsets is true and
// the text changed) where each byte of the result came from.
func prepDocTextMap(s string, offsets bool) (string, prepOffsets) {
	if !docNeedsPrep(s) {
		return s, nil
	}
	var b strings.Builder
	b.Grow(len(s))
	var offs prepOffsets
	if offsets {
		offs = make(prepOffsets, 0, len(s)+1)
	}
	for i, r := range s {
		switch {
		case r == '\u00a0', r == '\t', r == '\u202f', r == '\u205f', r == '\u3000', r >= '\u2000' && r <= '\u200a':
			r = ' '
		case r >= '\u2010' && r <= '\u2015', r == '\u2212', r == '\ufe58', r == '\ufe63', r == '\uff0d':
			r = '-'
		case r == '\uff0f', r == '\u2044', r == '\u2215':
			r = '/'
		case r == '\r':
			r = '\n'
		case r == '\u200b', r == '\u200c', r == '\u200d', r == '\u2060', r == '\ufeff', r == '\u00ad':
			continue
		}
		if r == ' ' && b.Len() > 0 && b.String()[b.Len()-1] == ' ' {
			continue
		}
		n, _ := b.WriteRune(r)
		for range n {
			if offsets {
				offs = append(offs, i)
			}
		}
	}
	if offsets {
		offs = append(offs, len(s))
	}
	return b.String(), offs
}
