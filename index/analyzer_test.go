package index

import (
	"slices"
	"strings"
	"testing"
)

func TestAnalyzerTokens(t *testing.T) {
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	exact, folded := m.AnalyzerNamed(analyzerExact), m.AnalyzerNamed(analyzerFolded)
	tests := []struct {
		in            string
		exact, folded []string // syllables
		foldedPairs   []string // folded syllable pairs, when checked
	}{
		{in: "Hoà Bình", exact: []string{"hòa", "bình"}, folded: []string{"hoa", "binh"}, foldedPairs: []string{"hoa binh"}},
		{in: "hòa bình", exact: []string{"hòa", "bình"}, folded: []string{"hoa", "binh"}},
		{in: "Uỷ ban nhân dân", exact: []string{"ủy", "ban", "nhân", "dân"}, folded: []string{"uy", "ban", "nhan", "dan"}},
		{in: "thuỷ lợi, khoá học", exact: []string{"thủy", "lợi", "khóa", "học"}, folded: []string{"thuy", "loi", "khoa", "hoc"},
			foldedPairs: []string{"thuy loi", "loi khoa", "khoa hoc"}},
		{in: "Đảng ủy Khối", exact: []string{"đảng", "ủy", "khối"}, folded: []string{"dang", "uy", "khoi"}},
		// NFD input (combining marks) comes out in NFC.
		{in: "Ho\u0300a Bi\u0300nh", exact: []string{"hòa", "bình"}, folded: []string{"hoa", "binh"}},
		{in: "Kết luận 01-KL/TW", exact: []string{"kết", "luận", "01", "kl", "tw"}, folded: []string{"ket", "luan", "01", "kl", "tw"}},
		{in: "\"học tập và làm theo\"", exact: []string{"học", "tập", "và", "làm", "theo"}, folded: []string{"hoc", "tap", "va", "lam", "theo"},
			foldedPairs: []string{"hoc tap", "tap va", "va lam", "lam theo"}},
		{in: "2.500 tỷ đồng", exact: []string{"2.500", "tỷ", "đồng"}, folded: []string{"2.500", "ty", "dong"}},
		{in: "— , .", exact: nil, folded: nil},
	}
	for _, tt := range tests {
		syl, pairs := tokens(exact, tt.in)
		if !slices.Equal(syl, tt.exact) {
			t.Errorf("exact %q: syllables %q, want %q", tt.in, syl, tt.exact)
		}
		if len(pairs) != 0 {
			t.Errorf("exact %q: pairs %q, want none", tt.in, pairs)
		}
		fsyl, fpairs := tokens(folded, tt.in)
		if !slices.Equal(fsyl, tt.folded) {
			t.Errorf("folded %q: syllables %q, want %q", tt.in, fsyl, tt.folded)
		}
		if tt.foldedPairs != nil && !slices.Equal(fpairs, tt.foldedPairs) {
			t.Errorf("folded %q: pairs %q, want %q", tt.in, fpairs, tt.foldedPairs)
		}
		if len(fpairs) != max(0, len(fsyl)-1) {
			t.Errorf("%q: %d folded pairs for %d syllables", tt.in, len(fpairs), len(fsyl))
		}
		for _, p := range fpairs {
			if strings.Count(p, shingleSep) != 1 {
				t.Errorf("folded %q: pair %q", tt.in, p)
			}
		}
	}
}

func TestToneVariantsShareTerms(t *testing.T) {
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	exact := m.AnalyzerNamed(analyzerExact)
	for _, pair := range [][2]string{{"hoà", "hòa"}, {"uỷ", "ủy"}, {"thuỷ", "thủy"}, {"khoá", "khóa"}, {"Hoá", "hóa"}, {"THUỶ", "thủy"}} {
		a, _ := tokens(exact, pair[0])
		b, _ := tokens(exact, pair[1])
		if !slices.Equal(a, b) {
			t.Errorf("%q gives %q, %q gives %q", pair[0], a, pair[1], b)
		}
	}
}
