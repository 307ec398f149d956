package index

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vnnews/vnnews/extract"
	"github.com/vnnews/vnnews/extract/vntext"
)

// QueryError reports a query or filter that cannot be searched: an
// unclosed quote, a directive number the extractor does not read, a date
// that is not YYYY-MM-DD. Its message is meant for the user as it is.
type QueryError struct{ Msg string }

func (e *QueryError) Error() string { return e.Msg }

func queryErrorf(format string, args ...any) error {
	return &QueryError{Msg: fmt.Sprintf(format, args...)}
}

// maxQuery bounds the length of a search-box query, in bytes.
const maxQuery = 1024

// clauseKind says what one part of a search-box query is.
type clauseKind int

const (
	clauseWord      clauseKind = iota // a bare word: every syllable must occur
	clausePhrase                      // a quoted phrase: the syllables in this order
	clauseDirective                   // a document number, canonical
)

// clause is one part of a parsed search-box query.
type clause struct {
	kind clauseKind
	text string
}

// parseQuery splits a search-box query into clauses: "quoted phrases",
// document numbers that extract.CanonicalDirectiveNumber accepts (also
// when written with a space, as in "01 KL/TW"), and bare words. All
// clauses must match. An unclosed quote is an error.
func parseQuery(s string) ([]clause, error) {
	if len(s) > maxQuery {
		return nil, queryErrorf("query too long (%d bytes; at most %d)", len(s), maxQuery)
	}
	if !utf8.ValidString(s) {
		return nil, queryErrorf("query is not valid UTF-8")
	}
	s = vntext.NFC(s)
	var clauses []clause
	var bare []string // bare words waiting for directive detection
	flush := func() {
		clauses = append(clauses, bareClauses(bare)...)
		bare = bare[:0]
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case isQuote(r):
			end := closingQuote(s[i+size:])
			if end < 0 {
				return nil, queryErrorf("unclosed quote in query at byte %d: %q", i, s[i:])
			}
			flush()
			if p := strings.TrimSpace(s[i+size : i+size+end]); p != "" {
				clauses = append(clauses, clause{kind: clausePhrase, text: p})
			}
			_, qsize := utf8.DecodeRuneInString(s[i+size+end:])
			i += size + end + qsize
		default:
			j := i
			for j < len(s) {
				r, size := utf8.DecodeRuneInString(s[j:])
				if unicode.IsSpace(r) || isQuote(r) {
					break
				}
				j += size
			}
			bare = append(bare, s[i:j])
			i = j
		}
	}
	flush()
	return clauses, nil
}

// isQuote reports whether r opens or closes a phrase: the ASCII double
// quote and the typographic ones a phone keyboard types.
func isQuote(r rune) bool {
	return r == '"' || r == '“' || r == '”' || r == '„'
}

// closingQuote returns the offset in s of the first quote, or -1.
func closingQuote(s string) int {
	for i, r := range s {
		if isQuote(r) {
			return i
		}
	}
	return -1
}

// bareClauses turns a run of bare words into clauses, reading up to three
// neighbouring words as one document number when the extractor accepts
// them as one ("01 KL/TW").
func bareClauses(words []string) []clause {
	var out []clause
	for i := 0; i < len(words); {
		n := 0
		for k := min(3, len(words)-i); k >= 1; k-- {
			if num, ok := extract.CanonicalDirectiveNumber(strings.Join(words[i:i+k], " ")); ok && strings.ContainsAny(num, "/-") {
				out = append(out, clause{kind: clauseDirective, text: num})
				n = k
				break
			}
		}
		if n == 0 {
			out = append(out, clause{kind: clauseWord, text: words[i]})
			n = 1
		}
		i += n
	}
	return out
}

// terms is what a query looks for, as index terms: used to mark the
// snippet.
type terms struct {
	exact, folded map[string]bool // syllables, for marking snippets
}

// fieldTerm is one term of one field; or, when fold is set, a folded
// syllable: every term of the field that fold accepts.
type fieldTerm struct {
	field, term string
	fold        *foldAutomaton
}

// bitQuery is a search-box query and filters, as terms: a record matches
// when it holds every term of must and was published between from and to
// (yyyymmdd; 0 leaves that end open). Every part of a query is one term:
// a syllable is its folded form (every spelling of it, see foldAutomaton),
// a phrase the folded pairs of its neighbouring syllables, a document
// number its canonical form, a filter its keyword. title and exact rank the matches
// (see rank.go): the query's syllables folded in the headline, and the
// syllables the user typed with diacritics, as typed, in the text.
type bitQuery struct {
	must         []fieldTerm
	from, to     int32
	title, exact []fieldTerm
	marks        terms
}

// compileQuery turns a search-box query and filters into a bitQuery. A
// query or filter the user got wrong gives a *QueryError.
func compileQuery(s string, f Filters) (*bitQuery, error) {
	q := &bitQuery{marks: terms{exact: map[string]bool{}, folded: map[string]bool{}}}
	clauses, err := parseQuery(s)
	if err != nil {
		return nil, err
	}
	folds := map[string]*foldAutomaton{}
	fold := func(field, syl string) fieldTerm {
		a, ok := folds[syl]
		if !ok {
			a = newFoldAutomaton(syl)
			folds[syl] = a
		}
		return fieldTerm{field: field, term: syl, fold: a}
	}
	words := 0
	for _, c := range clauses {
		qt := analyzeQuery(c.text)
		if c.kind == clauseDirective {
			q.must = append(q.must, fieldTerm{field: fieldDirective, term: c.text})
			for _, t := range qt.exact {
				q.marks.exact[t] = true
			}
			words++
			continue
		}
		if c.kind == clausePhrase && len(qt.pairs) > 0 {
			for _, p := range qt.pairs {
				q.must = append(q.must, fieldTerm{field: fieldText, term: p})
			}
		} else {
			for _, f := range qt.folded {
				q.must = append(q.must, fold(fieldText, f))
			}
		}
		for i := range qt.exact {
			words++
			q.marks.exact[qt.exact[i]], q.marks.folded[qt.folded[i]] = true, true
			q.title = append(q.title, fold(fieldTitle, qt.folded[i]))
			if qt.exact[i] != qt.folded[i] {
				q.exact = append(q.exact, fieldTerm{field: fieldText, term: qt.exact[i]})
			}
		}
	}
	if len(clauses) > 0 && words == 0 {
		return nil, queryErrorf("query %q has no words to search for", s)
	}
	if err := f.addTo(q); err != nil {
		return nil, err
	}
	return q, nil
}

// Filters narrow a search or a dump; the zero value filters nothing. They
// are the contract's shared filters.
type Filters struct {
	Directive string // a document number in any spelling extract reads
	Site      string // a site id
	Province  string // a province name, with or without diacritics
	Award     string // an award type ("Bằng khen"), with or without diacritics
	From, To  string // publication dates, YYYY-MM-DD, inclusive
}

// addTo adds the terms and dates f stands for to q.
func (f Filters) addTo(q *bitQuery) error {
	if f.Directive != "" {
		num, ok := extract.CanonicalDirectiveNumber(f.Directive)
		if !ok {
			return queryErrorf("directive %q is not a document number (for example 01-KL/TW or 1234/QĐ-UBND)", f.Directive)
		}
		q.must = append(q.must, fieldTerm{field: fieldDirective, term: num})
	}
	if s := strings.TrimSpace(f.Site); s != "" {
		q.must = append(q.must, fieldTerm{field: fieldSite, term: s})
	}
	if s := filterKey(f.Province); s != "" {
		q.must = append(q.must, fieldTerm{field: fieldProvinceKey, term: s})
	}
	if s := filterKey(f.Award); s != "" {
		q.must = append(q.must, fieldTerm{field: fieldAwardKey, term: s})
	}
	var from, to time.Time
	var err error
	if f.From != "" {
		if from, err = parseDay("from", f.From); err != nil {
			return err
		}
		q.from = dayNumber(from.Format(time.DateOnly))
	}
	if f.To != "" {
		if to, err = parseDay("to", f.To); err != nil {
			return err
		}
		q.to = dayNumber(to.Format(time.DateOnly))
	}
	if q.from != 0 && q.to != 0 && q.to < q.from {
		return queryErrorf("--to %s is before --from %s", f.To, f.From)
	}
	return nil
}

// parseDay reads a YYYY-MM-DD filter date, midnight in Vietnam time.
func parseDay(name, s string) (time.Time, error) {
	t, err := time.ParseInLocation(time.DateOnly, strings.TrimSpace(s), vietnam)
	if err != nil {
		return time.Time{}, queryErrorf("--%s %q is not a date YYYY-MM-DD", name, s)
	}
	return t, nil
}

// IsQueryError reports whether err is a QueryError: the user's query or
// filters are wrong, not the index.
func IsQueryError(err error) bool {
	var qe *QueryError
	return errors.As(err, &qe)
}
