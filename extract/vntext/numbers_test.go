package vntext

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestParseCount(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"37", 37, true},
		{"06", 6, true},
		{"01", 1, true},
		{"0", 0, true},
		{"1.250", 1250, true},
		{"12.921", 12921, true},
		{"2.500.000", 2500000, true},
		{"1.25", 0, false},
		{"1.2500", 0, false},
		{"1,5", 0, false},
		{"12a", 0, false},
		{"9999999999", 0, false},
		{"một", 1, true},
		{"Hai", 2, true},
		{"HAI", 2, true},
		{"ba", 3, true},
		{"bốn", 4, true},
		{"năm", 5, true},
		{"sáu", 6, true},
		{"bảy", 7, true},
		{"bẩy", 7, true},
		{"tám", 8, true},
		{"chín", 9, true},
		{"mười", 10, true},
		{"Mười một", 11, true},
		{"mười lăm", 15, true},
		{"mười nhăm", 15, true},
		{"mười năm", 0, false}, // "ten years", not fifteen
		{"hai mươi", 20, true},
		{"hai mươi mốt", 21, true},
		{"hai mươi một", 21, true},
		{"hai mươi tư", 24, true},
		{"hai mươi lăm", 25, true},
		{"chín mươi chín", 99, true},
		{"một trăm", 100, true},
		{"một trăm linh năm", 105, true},
		{"một trăm lẻ tư", 104, true},
		{"hai trăm ba mươi", 230, true},
		{"ba nghìn", 3000, true},
		{"hai ngàn", 2000, true},
		{"hai nghìn không trăm hai mươi lăm", 2025, true},
		{"một nghìn hai trăm năm mươi", 1250, true},
		{"tư", 0, false},
		{"lăm", 0, false},
		{"mốt", 0, false},
		{"mươi", 0, false},
		{"một mươi", 0, false},
		{"trăm", 0, false},
		{"nghìn", 0, false},
		{"một trăm hai", 0, false},
		{"năm hai", 0, false},
		{"các", 0, false},
		{"", 0, false},
		{norm.NFD.String("bảy"), 7, true},
		{norm.NFD.String("Hai mươi mốt"), 21, true},
	}
	for _, tt := range tests {
		got, ok := ParseCount(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseCount(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestCountBefore(t *testing.T) {
	tests := []struct {
		text, unit string
		want       int
		count      string // the count as printed
		ok         bool
	}{
		{"tặng Bằng khen cho 25 tập thể", "tập thể", 25, "25", true},
		{"cho 04 tập thể", "tập thể", 4, "04", true},
		{"với 1.250 cá nhân", "cá nhân", 1250, "1.250", true},
		{"Hai tập thể", "tập thể", 2, "Hai", true},
		{"gồm hai mươi mốt cá nhân", "cá nhân", 21, "hai mươi mốt", true},
		{"năm hai mươi cá nhân", "cá nhân", 20, "hai mươi", true},
		{"và năm cá nhân", "cá nhân", 5, "năm", true},
		{"cho bảy\u00a0tập thể", "tập thể", 7, "bảy", true},
		{"21/21 đảng bộ", "đảng bộ", 0, "", false},
		{"1,5 triệu", "triệu", 0, "", false},
		{"các tập thể", "tập thể", 0, "", false},
		{"K12 cá nhân", "cá nhân", 0, "", false},
		{"cá nhân", "cá nhân", 0, "", false},
		{"2020-2022 tập thể", "tập thể", 0, "", false},
	}
	for _, tt := range tests {
		end := len(tt.text) - len(tt.unit)
		n, start, ok := CountBefore(tt.text, end)
		if ok != tt.ok || n != tt.want {
			t.Errorf("CountBefore(%q) = %d, %v; want %d, %v", tt.text, n, ok, tt.want, tt.ok)
			continue
		}
		if ok {
			if got := tt.text[start : start+len(tt.count)]; got != tt.count {
				t.Errorf("CountBefore(%q) starts at %q; want %q", tt.text, tt.text[start:], tt.count)
			}
		}
	}
	if _, _, ok := CountBefore("abc", 10); ok {
		t.Error("CountBefore past the end reported a count")
	}
}

func FuzzParseCount(f *testing.F) {
	for _, s := range []string{"37", "1.250", "06", "hai mươi mốt", "một nghìn không trăm linh năm", "Bẩy", "1.2.3", "mười mười"} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, s string, end int) {
		if n, ok := ParseCount(s); ok && (n < 0 || n > maxCount) {
			t.Fatalf("ParseCount(%q) = %d", s, n)
		}
		n, start, ok := CountBefore(s, end)
		if ok && (n < 0 || n > maxCount || start < 0 || start >= end || end > len(s)) {
			t.Fatalf("CountBefore(%q, %d) = %d, %d", s, end, n, start)
		}
	})
}
