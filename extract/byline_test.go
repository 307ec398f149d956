package extract

import (
	"testing"
	"unicode/utf8"
)

// TestCleanBylineDates covers author elements that print the date with
// the name (pattern T8): the date and time go, names with digits that are
// not dates stay.
func TestCleanBylineDates(t *testing.T) {
	tests := []struct{ in, want string }{
		{"N.Q.VIỆT 27/03/2015 17:08", "N.Q.VIỆT"},
		{"Thu Hà - 08:30 | 27/03/2015", "Thu Hà"},
		{"Thu Hà | 27/03/2015 - 08:30", "Thu Hà"},
		{"Thứ Hai, 27/03/2015 | Thu Hà", "Thu Hà"},
		{"Thu Hà - Thứ Hai, 27/03/2015", "Thu Hà"},
		{"Chủ nhật, 29/3/2015 08:00 - Minh Chi", "Minh Chi"},
		{"Cập nhật: 16:23 - 30/12/2021 | Tác giả: Ngọc Trâm", "Ngọc Trâm"},
		{"Tác giả: LIÊM ĐOÀN, ngày 27-03-2015 lúc 17h08", "LIÊM ĐOÀN"},
		{"Hải Yến 2015-03-27 17:08:05 (GMT+7)", "Hải Yến"},
		{"Đoàn Minh Huệ (TTXVN) 15/05/2024 17:05 SA", "Đoàn Minh Huệ (TTXVN)"},
		{"27/03/2015 17:08", ""},
		// Look-alikes: no date, or digits that are not a date or time.
		{"N.Q.VIỆT", "N.Q.VIỆT"},
		{"Nhóm PV 24h", "Nhóm PV 24h"},
		{"Tổ 3 - Phòng 2", "Tổ 3 - Phòng 2"},
		{"Thanh Tâm (Ban Tuyên giáo Tỉnh ủy Đồng Tháp)", "Thanh Tâm (Ban Tuyên giáo Tỉnh ủy Đồng Tháp)"},
		{"Lê Văn Năm", "Lê Văn Năm"},
		{"Đoàn Thứ Hai", "Đoàn Thứ Hai"},
		{"Bài và ảnh: THU HÀ", "THU HÀ"},
		{"K2 - 2015", "K2 - 2015"},
	}
	for _, tt := range tests {
		if got := cleanByline(tt.in); got != tt.want {
			t.Errorf("cleanByline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzCleanByline checks that cleanByline never panics and returns valid
// UTF-8 no longer than its input.
func FuzzCleanByline(f *testing.F) {
	for _, s := range []string{"N.Q.VIỆT 27/03/2015 17:08", "Thu Hà - 08:30 | 27/03/2015", "Thứ Hai, 27/03/2015 | Thu Hà", "Nhóm PV 24h", "27/03/2015", "Đoàn Minh Huệ (TTXVN) 15/05/2024", "Tác giả: (", "Thứ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := cleanByline(s)
		if len(got) > len(s) {
			t.Fatalf("cleanByline(%q) = %q: longer than its input", s, got)
		}
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("cleanByline(%q) = %q: invalid UTF-8", s, got)
		}
	})
}

// TestBylineWithDateOnPage: an author element that prints the date after
// the name (baoquangnam.vn print pages) gives the name as the byline; the
// date is still read as the publication time.
func TestBylineWithDateOnPage(t *testing.T) {
	page := `<html><head><meta charset="utf-8"><title>Thăng Bình đón nhận Huân chương Lao động hạng Nhất</title></head><body>
<h1>Thăng Bình đón nhận Huân chương Lao động hạng Nhất</h1>
<div class="author">N.Q.VIỆT 27/03/2015 17:08</div>
<div class="content">
<p>Sáng 27.3, huyện Thăng Bình tổ chức lễ kỷ niệm 40 năm Ngày giải phóng huyện và đón nhận Huân chương Lao động hạng Nhất của Chủ tịch nước trao tặng cho cán bộ và nhân dân huyện.</p>
<p>Tại buổi lễ, lãnh đạo tỉnh ghi nhận những kết quả mà Đảng bộ, chính quyền và nhân dân huyện Thăng Bình đạt được trong 40 năm qua, đặc biệt là trong phát triển kinh tế - xã hội.</p>
<p>Dịp này, UBND tỉnh tặng Bằng khen cho 12 tập thể và 20 cá nhân có thành tích xuất sắc trong phong trào thi đua yêu nước của huyện.</p>
</div></body></html>`
	rec, err := Extract(Input{HTML: []byte(page), URL: "https://baoquangnam.vn/print/3112090.html"})
	if err != nil {
		t.Fatal(err)
	}
	if got := deref(rec.Byline); got != "N.Q.VIỆT" {
		t.Errorf("byline = %q, want %q", got, "N.Q.VIỆT")
	}
	if got := deref(rec.PublishedAt); got != "2015-03-27T17:08:00+07:00" {
		t.Errorf("published_at = %q, want 2015-03-27T17:08:00+07:00", got)
	}
}
