package index

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	bindex "github.com/blevesearch/bleve_index_api"
)

// analyze returns the terms the index analyzer makes of s, one string per
// position: its terms joined by "|".
func analyze(t testing.TB, s string) []string {
	t.Helper()
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	a := m.AnalyzerNamed(analyzerVN)
	if a == nil {
		t.Fatalf("no analyzer %s", analyzerVN)
	}
	var out []string
	last := 0
	for _, tok := range a.Analyze([]byte(s)) {
		if tok.Position != last {
			out = append(out, "")
			last = tok.Position
		}
		if out[len(out)-1] != "" {
			out[len(out)-1] += "|"
		}
		out[len(out)-1] += string(tok.Term)
	}
	return out
}

func TestAnalyzerTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string // per syllable: exact|pair
	}{
		{"Hoà Bình", []string{"hòa", "bình|hoa binh"}},
		{"hòa bình", []string{"hòa", "bình|hoa binh"}},
		{"Uỷ ban nhân dân", []string{"ủy", "ban|uy ban", "nhân|ban nhan", "dân|nhan dan"}},
		{"thuỷ lợi, khoá học", []string{"thủy", "lợi|thuy loi", "khóa|loi khoa", "học|khoa hoc"}},
		{"Đảng ủy Khối", []string{"đảng", "ủy|dang uy", "khối|uy khoi"}},
		// NFD input (combining marks) comes out in NFC.
		{"Ho\u0300a Bi\u0300nh", []string{"hòa", "bình|hoa binh"}},
		{"Kết luận 01-KL/TW", []string{"kết", "luận|ket luan", "01|luan 01", "kl|01 kl", "tw|kl tw"}},
		{"“học tập và làm theo”", []string{"học", "tập|hoc tap", "và|tap va", "làm|va lam", "theo|lam theo"}},
		// Numbers keep their separators; a full stop after one does not.
		{"2.500 tỷ đồng, 3,5%. Năm 2024.", []string{"2.500", "tỷ|2.500 ty", "đồng|ty dong", "3,5|dong 3,5", "năm|3,5 nam", "2024|nam 2024"}},
		{"THPT Chu Văn An", []string{"thpt", "chu|thpt chu", "văn|chu van", "an|van an"}},
		{"— , . \u0300 \ufffd", nil},
		{"a\xffb", []string{"a", "b|a b"}},
	}
	for _, tt := range tests {
		if got := analyze(t, tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("%q:\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

// TestTitleAnalyzer checks that the headline's analyzer gives the
// syllables only.
func TestTitleAnalyzer(t *testing.T) {
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tok := range m.AnalyzerNamed(analyzerTitle).Analyze([]byte("Hoà Bình: Uỷ ban")) {
		got = append(got, string(tok.Term))
	}
	if want := []string{"hòa", "bình", "ủy", "ban"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestFrequencies checks that the one-pass analysis of the indexed fields
// gives what bleve makes of the analyzers' token streams.
func TestFrequencies(t *testing.T) {
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	c := &formsCache{}
	for _, s := range []string{"Hoà Bình hòa bình HOÀ BÌNH", "Ủy ban nhân dân tỉnh Đắk Lắk; Uỷ ban", "2.500 tỷ, 2.500 tỷ", "", "— \u0300", "a\xffb a b", strings.Repeat("học tập và làm theo ", 50)} {
		for name, pairs := range map[string]bool{analyzerVN: true, analyzerTitle: false} {
			want := analysis.TokenFrequency(m.AnalyzerNamed(name).Analyze([]byte(s)), nil, bindex.IndexField)
			got, n := c.frequencies([]byte(s), pairs)
			if len(got) != len(want) {
				t.Errorf("%s %q: %d terms, want %d", name, s, len(got), len(want))
			}
			total := 0
			for term, w := range want {
				total += w.Frequency()
				if g, ok := got[term]; !ok || g.Frequency() != w.Frequency() || string(g.Term) != term {
					t.Errorf("%s %q: term %q: got %v, want frequency %d", name, s, term, g, w.Frequency())
				}
			}
			if n != total {
				t.Errorf("%s %q: length %d, want %d", name, s, n, total)
			}
		}
	}
}

// TestQueryTermsMatchIndex checks that a query is analyzed into the very
// terms the index holds for the same text.
func TestQueryTermsMatchIndex(t *testing.T) {
	for _, s := range []string{"Hoà Bình", "Ủy ban nhân dân tỉnh Đắk Lắk", "học tập và làm theo", "2.500 tỷ", "ket luan 01", "Ho\u0300a"} {
		qt := analyzeQuery(s)
		var want []string
		for i := range qt.exact {
			terms := qt.exact[i]
			if i > 0 {
				terms += "|" + qt.pairs[i-1]
			}
			want = append(want, terms)
		}
		if got := analyze(t, s); !slices.Equal(got, want) {
			t.Errorf("%q: index %q, query %q", s, got, want)
		}
	}
}

func TestToneVariantsShareTerms(t *testing.T) {
	for _, pair := range [][2]string{{"hoà", "hòa"}, {"uỷ", "ủy"}, {"thuỷ", "thủy"}, {"khoá", "khóa"}, {"Hoá", "hóa"}, {"THUỶ", "thủy"}} {
		a, b := analyze(t, pair[0]), analyze(t, pair[1])
		if !slices.Equal(a, b) {
			t.Errorf("%q gives %q, %q gives %q", pair[0], a, pair[1], b)
		}
	}
}

// FuzzAnalyzer checks that no text makes the analyzer panic or give an
// empty term, and that pairs are two syllables.
func FuzzAnalyzer(f *testing.F) {
	for _, s := range []string{"Hoà Bình", "2.500,5", "a\xffb", "\u0300\u0301", "1.", ".1", "Ðđ"} {
		f.Add(s)
	}
	m, err := newMapping()
	if err != nil {
		f.Fatal(err)
	}
	a := m.AnalyzerNamed(analyzerVN)
	f.Fuzz(func(t *testing.T, s string) {
		for _, tok := range a.Analyze([]byte(s)) {
			if len(tok.Term) == 0 || strings.Count(string(tok.Term), pairSep) > 1 {
				t.Fatalf("%q: term %q", s, tok.Term)
			}
		}
		_ = fmt.Sprint(analyzeQuery(s))
	})
}

// BenchmarkFrequencies measures the analysis of a record's text into the
// term frequencies bleve indexes.
func BenchmarkFrequencies(b *testing.B) {
	sents := sentences(b)
	rng := rand.New(rand.NewPCG(1, 2))
	var texts [][]byte
	var n int64
	for i := range 100 {
		d := benchRecord(rng, sents, i)
		t := []byte(d.Record.Title + "\n\n" + d.Record.Text)
		texts = append(texts, t)
		n += int64(len(t))
	}
	c := &formsCache{}
	b.SetBytes(n / int64(len(texts)))
	b.ResetTimer()
	for i := range b.N {
		c.frequencies(texts[i%len(texts)], true)
	}
}
