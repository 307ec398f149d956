package vntext

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestNormalizeTones(t *testing.T) {
	tests := []struct{ in, want string }{
		{"hoà", "hòa"},
		{"hòa", "hòa"},
		{"uỷ", "ủy"},
		{"thuỷ", "thủy"},
		{"khoá", "khóa"},
		{"Uỷ ban", "Ủy ban"},
		{"UỶ BAN", "ỦY BAN"},
		{"qúy", "quý"},
		{"quý", "quý"},
		{"Qúy", "Quý"},
		{"gịa", "giạ"},
		{"giữ gìn", "giữ gìn"},
		{"già", "già"},
		{"Tỉnh Hoà Bình", "Tỉnh Hòa Bình"},
		{"Thanh Hoá", "Thanh Hóa"},
		{"Huyện uỷ Cẩm Xuyên", "Huyện ủy Cẩm Xuyên"},
		{"Thành phố Thuỷ Nguyên", "Thành phố Thủy Nguyên"},
		{"Kiến Thuỵ", "Kiến Thụy"},
		{"hoè", "hòe"},
		{"người được", "người được"},
		{"ngoaì", "ngoài"},
		{"khuyủ", "khuỷu"}, // three open vowels: the middle one
		{"hoàng toán huỳnh", "hoàng toán huỳnh"},
		{"hòang", "hoàng"},
		{"tóan", "toán"},
		{"Nguyễn Nguyêñ", "Nguyễn Nguyêñ"}, // second word carries a stray mark: left alone
		{"mía múa tài", "mía múa tài"},
		{"quyết thuyền", "quyết thuyền"},
		{"quýết", "quýết"}, // two tones: not a syllable, left alone
		{"Kontum hoà", "Kontum hòa"},
		{"sáng 11/10, Quận uỷ Lê Chân", "sáng 11/10, Quận ủy Lê Chân"},
		{"", ""},
		{"abc 123", "abc 123"},
	}
	for _, tt := range tests {
		if got := NormalizeTones(tt.in); got != tt.want {
			t.Errorf("NormalizeTones(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := NormalizeTones(norm.NFD.String(tt.in)); got != tt.want {
			t.Errorf("NormalizeTones(NFD %q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNormalizeTonesIdempotent(t *testing.T) {
	for _, s := range []string{"Ủy ban nhân dân tỉnh Khánh Hòa", "Uỷ ban nhân dân tỉnh Khánh Hoà", "thuở xưa", "khuỷu tay"} {
		once := NormalizeTones(s)
		if twice := NormalizeTones(once); twice != once {
			t.Errorf("NormalizeTones not idempotent on %q: %q then %q", s, once, twice)
		}
	}
}

func TestNormalizeTonesNoAllocWhenCanonical(t *testing.T) {
	s := "Sáng 11/10, Quận ủy Lê Chân tổ chức Hội nghị đánh giá tình hình thực hiện Kết luận số 01-KL/TW"
	if n := testing.AllocsPerRun(20, func() { _ = NormalizeTones(s) }); n != 0 {
		t.Errorf("NormalizeTones on canonical text allocated %v times", n)
	}
}

func FuzzNormalizeTones(f *testing.F) {
	for _, s := range []string{"hoà", "Uỷ ban", "qúy", "khuyủ", "\xff", "gị", "q\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := NormalizeTones(s)
		if !utf8.ValidString(got) || !norm.NFC.IsNormalString(got) {
			t.Fatalf("NormalizeTones(%q) = %q: not valid NFC", s, got)
		}
		if again := NormalizeTones(got); again != got {
			t.Fatalf("NormalizeTones not idempotent: %q -> %q -> %q", s, got, again)
		}
		if Fold(got) != Fold(NFC(s)) {
			t.Fatalf("tone placement changed the letters: %q -> %q", s, got)
		}
	})
}

func BenchmarkNormalizeTones(b *testing.B) {
	s := "Sáng 11/10, Quận uỷ Lê Chân long trọng tổ chức Hội nghị đánh giá tình hình thực hiện Kết luận số 01-KL/TW của Bộ Chính trị khoá XII về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		NormalizeTones(s)
	}
}
