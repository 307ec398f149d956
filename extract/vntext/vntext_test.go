package vntext

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestIsSyllable(t *testing.T) {
	good := []string{"Bình", "quý", "đã", "rõ", "nghiêng", "khuya", "gì", "giữ", "ươm", "Ủy", "uỷ",
		"hòa", "hoà", "thuở", "người", "Nghị", "quyết", "khoá", "xã", "quốc", "quơ", "oán", "chuyện", "yêu"}
	bad := []string{"B\u0301nh", "quư", "ă", "đă", "xyz", "nhà́", "â", "bcd", "Ã¡", "tiê"}
	for _, w := range good {
		if !IsSyllable(w) || !IsSyllable(norm.NFD.String(w)) {
			t.Errorf("IsSyllable(%q) = false, want true", w)
		}
	}
	for _, w := range bad {
		if IsSyllable(w) {
			t.Errorf("IsSyllable(%q) = true, want false", w)
		}
	}
}

func TestSyllableScore(t *testing.T) {
	good, bad := SyllableScore("Hội nghị sơ kết Kết luận số 01-KL/TW tại Hải Phòng")
	if good != 10 || bad != 0 {
		t.Errorf("score = %d good, %d bad; want 10, 0", good, bad)
	}
	if _, bad := SyllableScore("Tổng Bí thư B\u0301nh quư đă"); bad != 3 {
		t.Errorf("bad = %d, want 3", bad)
	}
}

func TestCollapseSpace(t *testing.T) {
	if got := CollapseSpace("  Thứ Năm,\u00a009/05/2024\u200b\t\n15:00  "); got != "Thứ Năm, 09/05/2024 15:00" {
		t.Errorf("got %q", got)
	}
}

func TestNFC(t *testing.T) {
	if got := NFC(norm.NFD.String("Ủy ban") + "\xff"); got != "Ủy ban\uFFFD" {
		t.Errorf("got %q", got)
	}
}
