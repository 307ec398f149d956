package crawl

import (
	"net/url"
	"strings"
	"testing"
)

func TestNormalize(t *testing.T) {
	base, _ := url.Parse("https://kienan.haiphong.gov.vn/tin-tuc/trang-2")
	for _, tc := range []struct{ in, want string }{
		{"HTTPS://KienAn.HaiPhong.gov.vn:443/a/../tin-tuc/./bai.html#x", "https://kienan.haiphong.gov.vn/tin-tuc/bai.html"},
		{"http://example.vn:80", "http://example.vn/"},
		{"http://example.vn:8080/x", "http://example.vn:8080/x"},
		{"http://example.vn./x", "http://example.vn/x"},
		{"bai-viet.html?utm_source=zalo&b=2&a=1&fbclid=IwAR&gclid=1&zarsrc=30&gidzl=x", "https://kienan.haiphong.gov.vn/tin-tuc/bai-viet.html?a=1&b=2"},
		{"/x?utm_campaign=a", "https://kienan.haiphong.gov.vn/x"},
		{"/x?b=1&a=2&b=0", "https://kienan.haiphong.gov.vn/x?a=2&b=1&b=0"},
		{"/x?&&a=1&", "https://kienan.haiphong.gov.vn/x?a=1"},
		{"/x;jsessionid=ABC123?a=1", "https://kienan.haiphong.gov.vn/x?a=1"},
		{"//user:pw@other.vn/x", "https://other.vn/x"},
		{"  /tin-tuc/  ", "https://kienan.haiphong.gov.vn/tin-tuc/"},
		{"/tin tức/hội nghị.html", "https://kienan.haiphong.gov.vn/tin%20t%E1%BB%A9c/h%E1%BB%99i%20ngh%E1%BB%8B.html"},
		{"/tin%2Ftuc/x", "https://kienan.haiphong.gov.vn/tin%2Ftuc/x"},
		{"/a/b/../../..", "https://kienan.haiphong.gov.vn/"},
		{"?page=3", "https://kienan.haiphong.gov.vn/tin-tuc/trang-2?page=3"},
	} {
		got, ok := Normalize(base, tc.in)
		if !ok || got != tc.want {
			t.Errorf("Normalize(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
	for _, in := range []string{
		"", "#top", "mailto:a@b.vn", "javascript:void(0)", "tel:+84225", "ftp://x.vn/f", "data:text/html,hi",
		"http://", "/x?" + strings.Repeat("a=1&", 9) + "z=2", "/" + strings.Repeat("x", 1100),
	} {
		if got, ok := Normalize(base, in); ok {
			t.Errorf("Normalize(%q) = %q, want refused", in, got)
		}
	}
}

func TestScope(t *testing.T) {
	sc := NewScope(Site{Start: []string{"https://kienan.haiphong.gov.vn/", "http://www.baohaiphong.vn:8080/"}})
	for _, tc := range []struct {
		u  string
		in bool
	}{
		{"https://kienan.haiphong.gov.vn/x", true},
		{"http://kienan.haiphong.gov.vn/x", true},
		{"https://www.kienan.haiphong.gov.vn/x", true},
		{"http://baohaiphong.vn:8080/x", true},
		{"http://www.baohaiphong.vn:8080/x", true},
		{"http://www.baohaiphong.vn/x", false},
		{"https://haiphong.gov.vn/x", false},
		{"https://evil.vn/kienan.haiphong.gov.vn/", false},
	} {
		if got := sc.Contains(tc.u); got != tc.in {
			t.Errorf("Contains(%s) = %v", tc.u, got)
		}
	}
}

func TestIsArticleURL(t *testing.T) {
	for _, tc := range []struct {
		u       string
		article bool
	}{
		{"https://kienan.haiphong.gov.vn/tin-tuc/hoi-nghi-so-ket-3-nam.html", true},
		{"https://haiphong.gov.vn/-/asset_publisher/AbCd123/content/do-son-so-ket", true},
		{"https://soctrang.gov.vn/Pages/tin-tuc.aspx?ItemID=12345", true},
		{"https://baohaiphong.vn/news/chinh-tri-tin-123456.htm", true},
		{"https://baoquangninh.vn/hoi-nghi-3284771.html", true},
		{"https://x.vn/thoi-su/ban-tin-20240517102000123.htm", true},
		{"https://x.vn/2024/05/17/ban-thuong-vu-tinh-uy-hop-phien-thuong-ky/", true},
		{"https://x.vn/", false},
		{"https://x.vn/tin-tuc", false},
		{"https://x.vn/tin-tuc/chinh-tri.html", false},
		{"https://x.vn/tin-tuc/trang-2", false},
		{"https://x.vn/tin-tuc/page/3/", false},
		{"https://x.vn/tin-tuc?page=2", false},
		{"https://x.vn/chuyen-muc/tin-hoat-dong-cua-tinh-uy", false},
		{"https://x.vn/tag/ket-luan-01-kl-tw-bo-chinh-tri", false},
		{"https://x.vn/tim-kiem?q=hoi-nghi-tong-ket-cong-tac", false},
	} {
		if got := IsArticleURL(tc.u); got != tc.article {
			t.Errorf("IsArticleURL(%s) = %v", tc.u, got)
		}
	}
}

func TestIsPageURL(t *testing.T) {
	for u, want := range map[string]bool{
		"https://x.vn/a.html": true, "https://x.vn/a": true, "https://x.vn/a.aspx?x=1": true,
		"https://x.vn/van-ban.pdf": false, "https://x.vn/anh.JPG": false, "https://x.vn/a.docx?dl=1": false,
		"https://x.vn/v1.2/bai": true,
	} {
		if got := isPageURL(u); got != want {
			t.Errorf("isPageURL(%s) = %v", u, got)
		}
	}
}

func TestPathPattern(t *testing.T) {
	a := pathPattern("https://x.vn/lich?ngay=2024-05-01")
	b := pathPattern("https://x.vn/lich?ngay=2031-12-30")
	c := pathPattern("https://x.vn/lich?thang=5")
	if a != b || a == c {
		t.Errorf("patterns %q %q %q", a, b, c)
	}
	if pathPattern("https://x.vn/tin-tuc/trang-2") != pathPattern("https://x.vn/tin-tuc/trang-317") {
		t.Error("pagination pages differ in shape")
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"/a/../b?utm_source=x&b=1&a=2#f", "HTTP://X.VN:80/%41", "//x.vn/a b", "?a=%zz", "/x;jsessionid=1",
		"http://[::1]:80/", "https://xn--hi-7ma.vn/./"} {
		f.Add(s)
	}
	base, _ := url.Parse("https://kienan.haiphong.gov.vn/tin-tuc/")
	f.Fuzz(func(t *testing.T, ref string) {
		n, ok := Normalize(base, ref)
		if !ok {
			return
		}
		if len(n) > maxURLLength || !strings.HasPrefix(n, "http://") && !strings.HasPrefix(n, "https://") || strings.Contains(n, "#") {
			t.Fatalf("Normalize(%q) = %q", ref, n)
		}
		n2, ok := Normalize(nil, n)
		if !ok || n2 != n {
			t.Fatalf("not idempotent: %q → %q → %q (%v)", ref, n, n2, ok)
		}
		_ = IsArticleURL(n)
		_ = pathPattern(n)
		_ = isPageURL(n)
	})
}
