package index

import (
	"slices"
	"testing"
)

func TestParseQuery(t *testing.T) {
	tests := []struct {
		in   string
		want []clause
	}{
		{"", nil},
		{"  Kết luận  ", []clause{{clauseWord, "Kết"}, {clauseWord, "luận"}}},
		{`"học tập và làm theo" Bác`, []clause{{clausePhrase, "học tập và làm theo"}, {clauseWord, "Bác"}}},
		{`“học tập”`, []clause{{clausePhrase, "học tập"}}},
		{`""`, nil},
		{"01-KL/TW", []clause{{clauseDirective, "01-KL/TW"}}},
		{"Kết luận 01 KL/TW năm 2024", []clause{{clauseWord, "Kết"}, {clauseWord, "luận"}, {clauseDirective, "01-KL/TW"}, {clauseWord, "năm"}, {clauseWord, "2024"}}},
		{"1-KL/TW", []clause{{clauseDirective, "01-KL/TW"}}},
		{"01–KL/TW", []clause{{clauseDirective, "01-KL/TW"}}},
		{"1234/QĐ-UBND", []clause{{clauseDirective, "1234/QĐ-UBND"}}},
		{"2024", []clause{{clauseWord, "2024"}}},
		{"Ho\u0300a", []clause{{clauseWord, "Hòa"}}},
	}
	for _, tt := range tests {
		got, err := parseQuery(tt.in)
		if err != nil {
			t.Errorf("%q: %v", tt.in, err)
			continue
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: %v, want %v", tt.in, got, tt.want)
		}
	}
	for _, bad := range []string{`"open`, `a "b c`, "\xff"} {
		if _, err := parseQuery(bad); !IsQueryError(err) {
			t.Errorf("%q: %v, want a QueryError", bad, err)
		}
	}
}

// FuzzQuery checks that no search-box query or filter makes the query
// builder panic, and that every failure is a QueryError.
func FuzzQuery(f *testing.F) {
	for _, s := range []string{"", `"học tập và làm theo"`, "01 KL/TW", "ket luan 01", `"a`, "— …", "1234/QĐ-UBND x", "2024-13-01", "Ho\u0300a"} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, q, filter string) {
		if _, err := compileQuery(q, Filters{}); err != nil && !IsQueryError(err) {
			t.Errorf("query %q: %v", q, err)
		}
		for _, fl := range []Filters{{Directive: filter}, {Province: filter, Award: filter, Site: filter}, {From: filter}, {To: filter}} {
			if _, err := compileQuery("", fl); err != nil && !IsQueryError(err) {
				t.Errorf("filters %+v: %v", fl, err)
			}
		}
	})
}
