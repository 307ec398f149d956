package vntext

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kết luận", "ket luan"},
		{"Ủy ban nhân dân", "uy ban nhan dan"},
		{"ĐẢNG BỘ Đồ Sơn", "dang bo do son"},
		{"Thừa Thiên Huế", "thua thien hue"},
		{"Bà Rịa - Vũng Tàu", "ba ria - vung tau"},
		{"Huyện uỷ", "huyen uy"},
		{"abc", "abc"},
		{"", ""},
		{"Quận 2", "quan 2"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := Fold(norm.NFD.String(tt.in)); got != tt.want {
			t.Errorf("Fold(NFD %q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func BenchmarkFold(b *testing.B) {
	s := "Sáng 11/10, Quận uỷ Lê Chân long trọng tổ chức Hội nghị đánh giá tình hình thực hiện Kết luận số 01-KL/TW của Bộ Chính trị khoá XII"
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Fold(s)
	}
}
