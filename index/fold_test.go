package index

import (
	"strings"
	"testing"
)

// accepts runs s through a.
func accepts(a *foldAutomaton, s string) bool {
	st := a.Start()
	for i := 0; i < len(s); i++ {
		if st = a.Accept(st, s[i]); !a.CanMatch(st) {
			return false
		}
	}
	return a.IsMatch(st)
}

func TestFoldAutomaton(t *testing.T) {
	tests := []struct {
		folded string
		accept []string
		reject []string
	}{
		{"hoa", []string{"hoa", "hòa", "hóa", "họa", "hỏa", "hõa", "hoà", "hoá", "ho\u0300a", "hòa\u0301", "Hòa", "\u0300hoa"},
			[]string{"ho", "hoan", "hòan", "hoa binh", "khoa", "hôi", "hoa ", "ho\xffa"}},
		{"dang", []string{"dang", "đang", "đảng", "dáng", "dặng", "đắng", "dâng"}, []string{"dan", "dangg", "đàn", "tang"}},
		{"nguyen", []string{"nguyễn", "nguyên", "nguyện", "nguyen"}, []string{"nguyễ", "ngueyn", "nguyenx"}},
		{"uy", []string{"ủy", "uỷ", "ụy", "uy"}, []string{"ủ", "ủyy", "huy"}},
		{"2024", []string{"2024"}, []string{"2025", "202", "20245"}},
		{"3,5", []string{"3,5"}, []string{"3.5", "35"}},
	}
	for _, tt := range tests {
		a := newFoldAutomaton(tt.folded)
		for _, s := range tt.accept {
			if !accepts(a, s) {
				t.Errorf("%q does not accept %q", tt.folded, s)
			}
		}
		for _, s := range tt.reject {
			if accepts(a, s) {
				t.Errorf("%q accepts %q", tt.folded, s)
			}
		}
	}
}

// TestFoldAutomatonAgreesWithForms checks the automaton against the
// analyzer: every exact form of a syllable is accepted by the automaton of
// its folded form, and by no other's.
func TestFoldAutomatonAgreesWithForms(t *testing.T) {
	syls := []string{"Hoà", "hòa", "Bình", "Đảng", "ủy", "Khối", "nghiêng", "Người", "THUỶ", "ỷ", "quốc", "gi", "Ðđ", "café", "naïve", "Øst"}
	autos := map[string]*foldAutomaton{}
	for _, s := range syls {
		_, f := forms([]byte(s))
		autos[string(f)] = newFoldAutomaton(string(f))
	}
	for _, s := range syls {
		e, f := forms([]byte(s))
		for folded, a := range autos {
			if got, want := accepts(a, string(e)), folded == string(f); got != want {
				t.Errorf("automaton of %q on %q (from %q): %v, want %v", folded, e, s, got, want)
			}
		}
	}
}

// FuzzFoldAutomaton checks that a syllable's automaton accepts its exact
// form.
func FuzzFoldAutomaton(f *testing.F) {
	for _, s := range []string{"Hoà", "Đắk", "nghiêng", "x\u0303", "2.500"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, sp := range syllableSpans([]byte(s), nil) {
			e, fo := forms([]byte(s[sp[0]:sp[1]]))
			if len(e) == 0 {
				continue
			}
			if !accepts(newFoldAutomaton(string(fo)), string(e)) {
				t.Fatalf("%q: automaton of %q rejects %q", s, fo, e)
			}
		}
	})
}

// TestFoldAutomatonLong checks a syllable as long as a query can hold, and
// one too long for an automaton.
func TestFoldAutomatonLong(t *testing.T) {
	a := newFoldAutomaton(strings.Repeat("a", maxQuery))
	if !accepts(a, strings.Repeat("ặ", maxQuery)) || accepts(a, strings.Repeat("ặ", maxQuery-1)) {
		t.Error("a syllable of maxQuery letters is not matched exactly")
	}
	if newFoldAutomaton(strings.Repeat("a", foldMaxRunes+1)) != nil {
		t.Error("an automaton for a syllable longer than foldMaxRunes")
	}
}
