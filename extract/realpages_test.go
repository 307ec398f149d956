package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// realPages is where the project's shared folder keeps real pages saved
// from Vietnamese news sites. The tests read them in place.
const realPages = "../../shared/realpages"

// TestRealPages checks extraction on real pages: the headline, the
// publication date, the first and last paragraphs of the article, and that
// the furniture around it (breadcrumbs, related links, share bars) stays out.
func TestRealPages(t *testing.T) {
	if _, err := os.Stat(realPages); err != nil {
		t.Skipf("real pages not available at %s: %v", realPages, err)
	}
	tests := []struct {
		file, url           string
		title, date, at     string
		first, last, byline string
		mustNot             []string
		minParagraphs       int
	}{
		{
			file:  "dantri__khoi-cong-nha-ga-t3-san-bay-tan-son-nhat-20221224192522724.html",
			url:   "https://dantri.com.vn/xa-hoi/khoi-cong-nha-ga-t3-san-bay-tan-son-nhat-20221224192522724.htm",
			title: "Khởi công Nhà ga T3 sân bay Tân Sơn Nhất",
			date:  "2022-12-24", at: "2022-12-24T19:25:22+07:00", // only the URL carries it
			first: "(Dân trí) - Công trình Nhà ga T3 khi hoàn thành sẽ nâng công suất",
			last:  "Tại lễ khởi công, Thủ tướng Phạm Minh Chính cũng biểu dương",
			// The photo captions (figcaption) are not the article's text.
			mustNot:       []string{"Giao thông\n", "Báo điện tử Dân Trí", "Khởi công Nhà ga T3 sân bay Tân Sơn Nhất - 1", "(Ảnh: Google Maps)"},
			minParagraphs: 10,
		},
		{
			file:  "dantri__cao-toc-tuyen-quang-phu-tho-dieu-chinh-dau-tu-can-them-hon-4000-ty-dong-20221223180348340.html",
			url:   "https://dantri.com.vn/kinh-doanh/cao-toc-tuyen-quang-phu-tho-dieu-chinh-dau-tu-can-them-hon-4000-ty-dong-20221223180348340.htm",
			title: "Cao tốc Tuyên Quang - Phú Thọ: Điều chỉnh đầu tư cần thêm hơn 4.000 tỷ đồng",
			date:  "2022-12-23", at: "2022-12-23T18:03:48+07:00",
			first:         "(Dân trí) - Sau khi được điều chỉnh đầu tư, cao tốc Tuyên Quang - Phú Thọ dài 40,2km",
			last:          "Về tiêu chuẩn kỹ thuật, bề rộng nền đường là 17m, mặt đường rộng 14m, vận tốc thiết kế 80km/h.",
			minParagraphs: 10,
		},
		{
			file:  "dantri__chien-thuat-cua-nga-khi-dua-50-xe-tang-sat-thu-chien-truong-toi-donbass-20221224083224103.html",
			url:   "https://dantri.com.vn/the-gioi/chien-thuat-cua-nga-khi-dua-50-xe-tang-sat-thu-chien-truong-toi-donbass-20221224083224103.htm",
			title: `Chiến thuật của Nga khi đưa 50 xe tăng "sát thủ chiến trường" tới Donbass`,
			date:  "2022-12-24", at: "2022-12-24T08:32:24+07:00",
			first:         "(Dân trí) - Các nguồn tin từ hiện trường nói rằng Nga đã đưa 50 chiếc T-90",
			last:          "Các dòng T-90 được xem là xe tăng hiện đại hàng đầu trong kho vũ khí Nga",
			minParagraphs: 8,
		},
		{
			file:  "dantri__cuc-hang-khong-tang-cuong-cac-chuyen-bay-tren-ca-nuoc-vao-dip-tet-20221224152117143.html",
			url:   "https://dantri.com.vn/xa-hoi/cuc-hang-khong-tang-cuong-cac-chuyen-bay-tren-ca-nuoc-vao-dip-tet-20221224152117143.htm",
			title: "Cục hàng không tăng cường các chuyến bay trên cả nước vào dịp Tết",
			date:  "2022-12-24", at: "2022-12-24T15:21:17+07:00",
			first:         "(Dân trí) - Mới đây, Cục Hàng không Việt Nam vừa quyết định tăng cường",
			last:          "Càng gần Tết nguyên đán, giá vé có thể sẽ tăng theo nhu cầu của người dân.",
			minParagraphs: 6,
		},
		{
			file:  "dantri__dai-thang-5-0-truoc-lao-malaysia-gui-loi-thach-thuc-toi-viet-nam-20221224192103764.html",
			url:   "https://dantri.com.vn/the-thao/dai-thang-5-0-truoc-lao-malaysia-gui-loi-thach-thuc-toi-viet-nam-20221224192103764.htm",
			title: "Đại thắng 5-0 trước Lào, Malaysia gửi lời thách thức tới Việt Nam",
			date:  "2022-12-24", at: "2022-12-24T19:21:03+07:00",
			first:         "(Dân trí) - Dù thi đấu đầy nỗ lực nhưng Lào vẫn không thoát khỏi",
			last:          "Tôi biết trình độ đội tuyển Lào ở đâu.",
			minParagraphs: 10,
		},
		{
			// JSON-LD says 17:08:25+08:00; the page prints 17:08 (GMT+7): the
			// CMS wrote Hà Nội wall-clock time with a wrong offset.
			file:  "vnexpress__ChiGheDocBao_article_3878849.html",
			url:   "https://vnexpress.net/doi-song/17-dau-hieu-cho-thay-som-muon-ban-cung-tro-thanh-trieu-phu-3878849.html",
			title: "17 dấu hiệu cho thấy sớm muộn bạn cũng trở thành triệu phú",
			date:  "2019-02-08", at: "2019-02-08T17:08:25+07:00",
			first:  "Nếu kiếm tiền từ nhỏ và có khả năng phớt lờ cách người khác nghĩ về mình",
			last:   "Mặc dầu việc có tấm bằng đại học",
			byline: "Bảo Ngọc",
			mustNot: []string{"8 điều nếu bỏ qua bạn sẽ mãi nghèo", "Tin liên quan", "Gửi câu hỏi tư vấn",
				"8 thay đổi lối sống để bạn giàu có trong năm 2019", "Liên hệ quảng cáo", "Lối sống\n"},
			minParagraphs: 30,
		},
		{
			// Declared windows-1258, really windows-1252 with the other
			// Vietnamese letters as numeric character references.
			file:          "hrw-vi__cc_www.hrw.org_4f0449e3aa4c.html",
			url:           "https://www.hrw.org/vietnamese/docs/2007/02/06/vietna15280.htm",
			title:         "Việt Nam: Những Nhà Đối Kháng Tranh Đấu Để Thực Thi Quyền Tự Do Ngôn Luận",
			date:          "2007-02-06",
			first:         "Tám Nhà Đối Kháng Thắng Giải Hellman/Hammett",
			mustNot:       []string{"B\u0301nh", "quư", "Printer Friendly Version", "Free Email Newsletter"},
			minParagraphs: 10,
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(realPages, tt.file))
			if err != nil {
				t.Skipf("page missing: %v", err)
			}
			rec, err := Extract(Input{HTML: data, URL: tt.url})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if rec.Title != tt.title {
				t.Errorf("title = %q, want %q", rec.Title, tt.title)
			}
			if got := deref(rec.PublishedDate); got != tt.date {
				t.Errorf("published_date = %q, want %q", got, tt.date)
			}
			if got := deref(rec.PublishedAt); got != tt.at {
				t.Errorf("published_at = %q, want %q", got, tt.at)
			}
			if tt.byline != "" && deref(rec.Byline) != tt.byline {
				t.Errorf("byline = %q, want %q", deref(rec.Byline), tt.byline)
			}
			checkParagraphs(t, rec.Text, tt.first, tt.last, tt.minParagraphs, tt.mustNot)
		})
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// checkParagraphs checks the shape of a record's text: its first and last
// paragraphs begin as given, it has at least min paragraphs, and none of
// the furniture strings appear in it.
func checkParagraphs(t *testing.T, text, first, last string, min int, mustNot []string) {
	t.Helper()
	paras := strings.Split(text, "\n\n")
	if first != "" && !strings.HasPrefix(paras[0], first) {
		t.Errorf("first paragraph = %.120q, want it to begin %q", paras[0], first)
	}
	if last != "" && !strings.HasPrefix(paras[len(paras)-1], last) {
		t.Errorf("last paragraph = %.120q, want it to begin %q", paras[len(paras)-1], last)
	}
	if len(paras) < min {
		t.Errorf("text has %d paragraphs, want at least %d", len(paras), min)
	}
	for _, p := range paras {
		if strings.TrimSpace(p) != p || p == "" {
			t.Errorf("paragraph %.60q is empty or has surrounding space", p)
		}
	}
	for _, s := range mustNot {
		if strings.Contains(text+"\n", s) {
			t.Errorf("text contains furniture %q", s)
		}
	}
}
