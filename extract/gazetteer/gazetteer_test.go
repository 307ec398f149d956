package gazetteer

import (
	"strings"
	"testing"
	"unicode"

	"github.com/vnnews/vnnews/extract/vntext"
)

func TestCounts(t *testing.T) {
	if n := len(Provinces()); n != 63 {
		t.Errorf("provinces before the reform = %d, want 63", n)
	}
	current := 0
	for _, d := range Districts() {
		if d.Until.IsZero() {
			current++
		}
	}
	if current != 696 {
		t.Errorf("district-level units of March 2025 = %d, want 696", current)
	}
	if n := len(Mergers()); n != 34 {
		t.Errorf("provinces from July 2025 = %d, want 34", n)
	}
}

func TestConsistency(t *testing.T) {
	known := map[string]bool{}
	for _, p := range Provinces() {
		if p.Kind != "tỉnh" && p.Kind != "thành phố" {
			t.Errorf("province %q has kind %q", p.Name, p.Kind)
		}
		if p.Name != vntext.NormalizeTones(p.Name) {
			t.Errorf("province %q is not tone-normalised", p.Name)
		}
		known[p.Name] = true
	}
	for _, d := range Districts() {
		if !known[d.Province] {
			t.Errorf("district %q in unknown province %q", d.Name, d.Province)
		}
	}
	absorbed := map[string]int{}
	for _, m := range Mergers() {
		for _, a := range m.Absorbed {
			if !known[a] {
				t.Errorf("merger %q absorbs unknown %q", m.Name, a)
			}
			absorbed[a]++
		}
	}
	for name := range known {
		if absorbed[name] != 1 {
			t.Errorf("province %q absorbed %d times after the reform, want 1", name, absorbed[name])
		}
	}
	for _, f := range Formers() {
		if !known[f.Province] || f.Until.IsZero() {
			t.Errorf("former %+v: bad province or date", f)
		}
	}
}

func TestKnownUnits(t *testing.T) {
	want := map[string]string{"Lê Chân": "Hải Phòng", "Ba Đình": "Hà Nội", "Cẩm Xuyên": "Hà Tĩnh", "Sóc Sơn": "Hà Nội", "Đồ Sơn": "Hải Phòng", "2": "Hồ Chí Minh", "Thủy Nguyên": "Hải Phòng"}
	for _, d := range Districts() {
		if p, ok := want[d.Name]; ok && p == d.Province {
			delete(want, d.Name)
		}
	}
	for name, p := range want {
		t.Errorf("district %q of %q missing", name, p)
	}
}

func TestCommunes(t *testing.T) {
	known := map[string]bool{}
	for _, p := range Provinces() {
		known[p.Name] = true
	}
	seen := map[string]bool{}
	for _, c := range Communes() {
		key := strings.ToLower(c.Name)
		if seen[key] {
			t.Errorf("commune %q listed twice", c.Name)
		}
		seen[key] = true
		if !known[c.Province] {
			t.Errorf("commune %q in unknown province %q", c.Name, c.Province)
		}
		if c.Name == "" || c.Name != vntext.NormalizeTones(c.Name) || unicode.IsDigit([]rune(c.Name)[0]) {
			t.Errorf("commune %q: empty, numbered or not tone-normalised", c.Name)
		}
	}
	if n := len(Communes()); n < 5000 || n > 7000 {
		t.Errorf("unique communes = %d, want between 5000 and 7000", n)
	}
	want := map[string]string{"Cự Đồng": "Phú Thọ", "Thanh Điền": "Tây Ninh"}
	for _, c := range Communes() {
		if p, ok := want[c.Name]; ok && p != c.Province {
			t.Errorf("commune %q in %q, want %q", c.Name, c.Province, p)
		}
		delete(want, c.Name)
		if c.Name == "Tân Hòa" || c.Name == "Phú Thọ" {
			t.Errorf("commune %q is shared by several units but listed", c.Name)
		}
	}
	if len(want) > 0 {
		t.Errorf("communes missing: %v", want)
	}
}
