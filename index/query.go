package index

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

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

// Boosts. A match with the right diacritics counts twice a folded one, and
// a match in the headline three times one in the body.
const (
	boostExact = 2.0
	boostTitle = 3.0
)

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

// terms is what a query looks for, as index terms: used to build the
// bleve query and to mark the snippet.
type terms struct {
	exact, folded map[string]bool // syllables, for marking snippets
}

// textQuery builds the bleve query for a search-box query (nil for an
// empty one, which matches everything), an optional query that ranks
// records with the query's syllables in the headline higher (nil when
// there are none), and the terms to mark in snippets. Without scored, the
// query is built for matching only: every syllable's folded term, which
// every spelling carries, and a phrase's pairs.
func textQuery(s string, scored bool) (must, rank query.Query, tm terms, err error) {
	tm = terms{exact: map[string]bool{}, folded: map[string]bool{}}
	clauses, err := parseQuery(s)
	if err != nil {
		return nil, nil, tm, err
	}
	var all, title []query.Query
	for _, c := range clauses {
		qt := analyzeQuery(c.text)
		switch c.kind {
		case clauseDirective:
			all = append(all, termQuery(fieldDirective, c.text, 1))
			for _, t := range qt.exact {
				tm.exact[t] = true
			}
			continue
		case clauseWord:
			for i := range qt.exact {
				all = append(all, syllableQuery(fieldText, qt.exact[i], qt.folded[i], 1, scored))
			}
		case clausePhrase:
			switch len(qt.exact) {
			case 0:
			case 1:
				all = append(all, syllableQuery(fieldText, qt.exact[0], qt.folded[0], 1, scored))
			default:
				all = append(all, phraseQuery(qt, scored))
			}
		}
		for i := range qt.exact {
			tm.exact[qt.exact[i]], tm.folded[qt.folded[i]] = true, true
			if scored {
				title = append(title, syllableQuery(fieldTitle, qt.exact[i], qt.folded[i], boostTitle, true))
			}
		}
	}
	if len(clauses) > 0 && len(all) == 0 {
		return nil, nil, tm, queryErrorf("query %q has no words to search for", s)
	}
	switch len(all) {
	case 0:
	case 1:
		must = all[0]
	default:
		must = bleve.NewConjunctionQuery(all...)
	}
	switch len(title) {
	case 0:
	case 1:
		rank = title[0]
	default:
		rank = bleve.NewDisjunctionQuery(title...)
	}
	return must, rank, tm, nil
}

// syllableQuery matches a syllable in a field. Typed with diacritics, it
// matches them (boosted, when scored) or the folded form; typed without,
// it matches the folded form, which every spelling carries.
func syllableQuery(field, exact, folded string, boost float64, scored bool) query.Query {
	if exact == folded || !scored {
		return termQuery(field, folded, boost)
	}
	return bleve.NewDisjunctionQuery(
		termQuery(field, exact, boostExact*boost),
		termQuery(field, folded, boost),
	)
}

// phraseQuery matches a phrase of several syllables: every pair of
// neighbouring syllables, folded, occurs in the text (which holds the
// headline too). A record that also has every syllable of the phrase with
// its diacritics ranks higher. Pairs are indexed as single terms, so this
// needs no positions; it can only be fooled by a text that has every pair
// of the phrase without the phrase itself, which in practice means a
// phrase repeating a syllable.
func phraseQuery(qt queryTerms, scored bool) query.Query {
	all := func(terms []string, boost float64) *query.ConjunctionQuery {
		qs := make([]query.Query, len(terms))
		for i, p := range terms {
			qs[i] = termQuery(fieldText, p, 1)
		}
		q := bleve.NewConjunctionQuery(qs...)
		q.SetBoost(boost)
		return q
	}
	pairs := all(qt.pairs, 1)
	if slices.Equal(qt.exact, qt.folded) || !scored {
		return pairs
	}
	// Optional: the syllables with their diacritics, for the score.
	q := bleve.NewBooleanQuery()
	q.AddMust(pairs)
	q.AddShould(all(qt.exact, boostExact))
	return q
}

// termQuery matches one term of one field.
func termQuery(field, term string, boost float64) query.Query {
	q := bleve.NewTermQuery(term)
	q.SetField(field)
	if boost != 1 {
		q.SetBoost(boost)
	}
	return q
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

// filterQueries returns the queries f stands for.
func (f Filters) filterQueries() ([]query.Query, error) {
	var qs []query.Query
	if f.Directive != "" {
		num, ok := extract.CanonicalDirectiveNumber(f.Directive)
		if !ok {
			return nil, queryErrorf("directive %q is not a document number (for example 01-KL/TW or 1234/QĐ-UBND)", f.Directive)
		}
		qs = append(qs, termQuery(fieldDirective, num, 1))
	}
	if s := strings.TrimSpace(f.Site); s != "" {
		qs = append(qs, termQuery(fieldSite, s, 1))
	}
	if s := filterKey(f.Province); s != "" {
		qs = append(qs, termQuery(fieldProvinceKey, s, 1))
	}
	if s := filterKey(f.Award); s != "" {
		qs = append(qs, termQuery(fieldAwardKey, s, 1))
	}
	if f.From != "" || f.To != "" {
		var from, to time.Time
		var err error
		if f.From != "" {
			if from, err = parseDay("from", f.From); err != nil {
				return nil, err
			}
		}
		if f.To != "" {
			if to, err = parseDay("to", f.To); err != nil {
				return nil, err
			}
		}
		if !from.IsZero() && !to.IsZero() && to.Before(from) {
			return nil, queryErrorf("--to %s is before --from %s", f.To, f.From)
		}
		incl := true
		q := bleve.NewDateRangeInclusiveQuery(from, to, &incl, &incl)
		q.SetField(fieldDate)
		qs = append(qs, q)
	}
	return qs, nil
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
