package extract

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"

	"golang.org/x/text/unicode/norm"
)

// TestHostilePages feeds pages built to hurt: each must give a record or a
// clear error quickly, never a panic or a hang. (Speed is measured in
// benchmarks; this test only bounds the shape of the answer.)
func TestHostilePages(t *testing.T) {
	para := "<p>Đoạn văn của bài viết, có dấu phẩy và dấu chấm.</p>"
	tests := []struct {
		name    string
		page    string
		wantErr bool
		check   func(t *testing.T, rec Record)
	}{
		{name: "empty", page: "", wantErr: true},
		{name: "white space only", page: " \n\t ", wantErr: true},
		{name: "binary PNG", page: "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", wantErr: true},
		{name: "random control bytes", page: strings.Repeat("\x01\x02\x03\x00\x7f", 500), wantErr: true},
		{name: "invalid UTF-8", page: "<html><body><h1>Tiêu đề \xff\xfe</h1>" + para + "\xc3\x28</body></html>"},
		{name: "NUL bytes", page: "<html><body><h1>Ti\x00êu đề bài</h1>" + strings.Repeat("<p>a\x00b, c.</p>", 2000) + "</body></html>",
			check: func(t *testing.T, rec Record) {
				if strings.ContainsRune(rec.Text, 0) || strings.ContainsRune(rec.Title, 0) {
					t.Error("NUL in output")
				}
			}},
		{name: "8 MB attribute", page: `<html><body><div data-x="` + strings.Repeat("a", 8<<20) + `">` + para + `</div></body></html>`},
		{name: "150,000 paragraphs", page: "<html><body><h1>Tiêu đề</h1>" + strings.Repeat(para, 150000) + "</body></html>",
			check: func(t *testing.T, rec Record) {
				if rec.Title != "Tiêu đề" || !strings.Contains(rec.Text, "Đoạn văn") {
					t.Errorf("title %q, text %.80q", rec.Title, rec.Text)
				}
			}},
		{name: "60,000 nested divs", page: "<html><body>" + strings.Repeat("<div>", 60000) + "Văn bản ở rất sâu." + strings.Repeat("</div>", 60000) + "</body></html>",
			check: func(t *testing.T, rec Record) {
				if !strings.Contains(rec.Text, "Văn bản ở rất sâu.") {
					t.Errorf("deep text lost: %.80q", rec.Text)
				}
			}},
		// Every picture asks whether its block is a caption: the answer
		// must not read the whole block each time.
		{name: "20,000 pictures in one block", page: "<html><body><h1>Tiêu đề</h1><div>" + strings.Repeat(`<img src="a.jpg">`+para, 20000) + "</div></body></html>",
			check: func(t *testing.T, rec Record) {
				if !strings.Contains(rec.Text, "Đoạn văn") {
					t.Errorf("text lost: %.80q", rec.Text)
				}
			}},
		{name: "500 nested divs with text", page: "<html><body>" + strings.Repeat("<div>"+para, 500) + strings.Repeat("</div>", 500) + "</body></html>"},
		{name: "entity flood", page: "<html><body><p>" + strings.Repeat("&amp;&#7879;&lt;&nbsp;&#x1F600;&#0;&#99999999;", 200000) + "</p></body></html>"},
		{name: "impossible dates", page: `<html><head><meta property="article:published_time" content="9999-99-99"></head><body><h1>Tiêu đề bài viết</h1><span class="date">31/02/2024 10:00</span>` + para + `</body></html>`,
			check: func(t *testing.T, rec Record) {
				if rec.PublishedDate != nil || rec.PublishedAt != nil {
					t.Errorf("invented a date: %v %v", deref(rec.PublishedDate), deref(rec.PublishedAt))
				}
			}},
		{name: "unclosed everything", page: "<html><body><table><tr><td><div><p><b><i>Bài viết <a href='x'>không đóng thẻ" + para},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec, err := Extract(Input{HTML: []byte(tt.page), URL: "https://example.vn/a.html"})
			if tt.wantErr {
				if err == nil {
					t.Fatal("want an error")
				}
				return
			}
			if err != nil && err != ErrNoArticle {
				t.Fatalf("Extract: %v", err)
			}
			checkRecordText(t, rec)
			if tt.check != nil {
				tt.check(t, rec)
			}
		})
	}
}

// checkRecordText checks the invariants every record's text fields keep.
func checkRecordText(t *testing.T, rec Record) {
	t.Helper()
	for _, s := range []string{rec.Title, rec.Text, deref(rec.Byline), deref(rec.SiteName)} {
		if !utf8.ValidString(s) {
			t.Errorf("invalid UTF-8: %.80q", s)
		}
		if !norm.NFC.IsNormalString(s) {
			t.Errorf("not NFC: %.80q", s)
		}
	}
	if rec.Schema != Schema || rec.Directives == nil || rec.Awards == nil || rec.Provinces == nil {
		t.Errorf("record shape: %+v", rec)
	}
}

func TestTitleSiteName(t *testing.T) {
	tests := []struct{ in, site, host, want string }{
		{"Hội nghị sơ kết - Báo Hải Phòng", "", "", "Hội nghị sơ kết"},
		{"Hội nghị sơ kết | Cổng thông tin điện tử thành phố Hải Phòng", "", "", "Hội nghị sơ kết"},
		{"Hội nghị sơ kết – Đảng bộ Khối", "Đảng bộ Khối", "", "Hội nghị sơ kết"},
		{"Báo Quảng Ninh: Hội nghị sơ kết 3 năm thực hiện Kết luận 01", "", "", "Hội nghị sơ kết 3 năm thực hiện Kết luận 01"},
		{"Tỉnh Bà Rịa - Vũng Tàu tổng kết công tác thi đua khen thưởng", "", "", "Tỉnh Bà Rịa - Vũng Tàu tổng kết công tác thi đua khen thưởng"},
		{"Đà Nẵng - Báo cáo tình hình kinh tế xã hội tháng 5", "", "", "Đà Nẵng - Báo cáo tình hình kinh tế xã hội tháng 5"},
		{"Lễ kỷ niệm - baohaiphong.vn", "", "", "Lễ kỷ niệm"},
		{"Hoa hậu gây sốc với hình ảnh xấu xí: Tin, Video clip, Hình ảnh Ngôi Sao", "", "ngoisao", "Hoa hậu gây sốc với hình ảnh xấu xí"},
		{"Hà Nội: Hội nghị Ban Chấp hành Đảng bộ thành phố", "", "hanoimoi", "Hà Nội: Hội nghị Ban Chấp hành Đảng bộ thành phố"},
		{"Tuổi trẻ Thủ đô xung kích - Tuổi Trẻ Online", "", "tuoitre", "Tuổi trẻ Thủ đô xung kích"},
		{"Nghệ An: Tặng Bằng khen cho 46 tập thể, cá nhân", "", "nghean", "Nghệ An: Tặng Bằng khen cho 46 tập thể, cá nhân"},
	}
	for _, tt := range tests {
		if got := stripSiteName(tt.in, siteNames{name: tt.site, host: tt.host}); got != tt.want {
			t.Errorf("stripSiteName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestURLDate(t *testing.T) {
	tests := []struct {
		url, want string
		hasTime   bool
		month     string
	}{
		{"https://dantri.com.vn/xa-hoi/khoi-cong-20221224192522724.htm", "2022-12-24T19:25:22+07:00", true, ""},
		{"https://baochinhphu.vn/a-102240517102000123.htm", "", false, ""},
		{"https://example.vn/2024/05/17/hoi-nghi.html", "2024-05-17T00:00:00+07:00", false, ""},
		{"https://baoquangbinh.vn/chinh-tri/201504/tap-trung-2124091/", "", false, "2015-04"},
		{"https://example.vn/tin-tuc/20240231-hoi-nghi.html", "", false, ""},
		{"https://example.vn/tin/1234/QD-UBND.html", "", false, ""},
	}
	for _, tt := range tests {
		st, ok, month := urlDate(tt.url)
		got := ""
		if ok {
			got = st.Time.Format("2006-01-02T15:04:05-07:00")
		}
		if got != tt.want || ok && st.HasTime != tt.hasTime || month != tt.month {
			t.Errorf("urlDate(%s) = %q %v %q, want %q %v %q", tt.url, got, st.HasTime, month, tt.want, tt.hasTime, tt.month)
		}
	}
}

func FuzzExtract(f *testing.F) {
	f.Add([]byte("<html><head><title>Tin - Báo X</title></head><body><h1>Tin</h1><p class=date>Thứ Năm, 09/05/2024 15:00</p><p>Sáng 9/5, Hội nghị.</p></body></html>"), "")
	f.Add([]byte("<meta charset=windows-1258><p>Nh\xe0 n\xf4ng</p>"), "windows-1258")
	f.Add([]byte(`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-13-45","headline":[1,2]}</script>`), "")
	f.Fuzz(func(t *testing.T, page []byte, charset string) {
		rec, err := Extract(Input{HTML: page, URL: "https://example.vn/a-20240517102000123.htm", Charset: charset})
		if err != nil {
			return
		}
		checkRecordText(t, rec)
	})
}

// TestTitleGenericPortal covers portals that give every page the portal's
// own name as <title> and og:title: the headline comes from the page.
func TestTitleGenericPortal(t *testing.T) {
	page := `<html><head><title>Cổng thông tin điện tử huyện Cẩm Xuyên</title>
<meta property="og:title" content="Cổng thông tin điện tử huyện Cẩm Xuyên"></head><body>
<div class="logo"><a href="/"><h1>Cổng thông tin điện tử huyện Cẩm Xuyên</h1></a></div>
<ul class="tin-moi"><li><h3 class="title"><a href="/a">Huyện ủy Cẩm Xuyên giao ban công tác quý I</a></h3></li></ul>
<div class="news-detail"><div class="news-title">Huyện ủy Cẩm Xuyên trao Huy hiệu Đảng đợt 3/2</div>
<div class="news-date">Thứ Bảy, ngày 03 tháng 02 năm 2024</div>
<p>Sáng 2/2, Huyện ủy Cẩm Xuyên tổ chức lễ trao Huy hiệu Đảng cho 45 đảng viên, trong đó có 2 đồng chí nhận Huy hiệu 70 năm tuổi Đảng.</p>
<p>Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho 8 tập thể và 12 cá nhân có thành tích xuất sắc.</p></div></body></html>`
	rec, err := Extract(Input{HTML: []byte(page), URL: "https://camxuyen.hatinh.gov.vn/tin-tuc/trao-huy-hieu.html"})
	if err != nil {
		t.Fatal(err)
	}
	if rec.Title != "Huyện ủy Cẩm Xuyên trao Huy hiệu Đảng đợt 3/2" {
		t.Errorf("title = %q", rec.Title)
	}
	if deref(rec.PublishedDate) != "2024-02-03" {
		t.Errorf("published_date = %q", deref(rec.PublishedDate))
	}
	if !strings.HasPrefix(rec.Text, "Sáng 2/2, Huyện ủy Cẩm Xuyên") || strings.Contains(rec.Text, "giao ban công tác quý I") {
		t.Errorf("text = %q", rec.Text)
	}
}

// TestTodayInPageHeader: portals print today's date in the page header; a
// page without a dateline of its own must not take it as its publication
// date.
func TestTodayInPageHeader(t *testing.T) {
	page := `<html><head><title>Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 15 - Cổng TTĐT huyện Sóc Sơn</title></head><body>
<header><div class="top"><span class="today">Thứ Bảy, 21/11/2026</span></div><ul class="menu"><li><a href="/">Trang chủ</a></li></ul></header>
<div id="content"><h1>Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 15</h1>
<p>Huyện ủy Sóc Sơn tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 15, đánh giá kết quả thực hiện nhiệm vụ chính trị.</p>
<p>Hội nghị đã thảo luận, thống nhất các nhiệm vụ trọng tâm trong thời gian tới.</p></div></body></html>`
	rec, err := Extract(Input{HTML: []byte(page), URL: "https://socson.hanoi.gov.vn/tin-tuc/hoi-nghi-bch.html"})
	if err != nil {
		t.Fatal(err)
	}
	if rec.PublishedDate != nil {
		t.Errorf("published_date = %q, want null (the header shows today's date)", *rec.PublishedDate)
	}
	if rec.Title != "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 15" {
		t.Errorf("title = %q", rec.Title)
	}
}

// TestInlineTeaserEmbeds: news CMSs embed teasers for other articles inside
// the body (picture, headline link, description); none of it is the
// article's text, and the paragraphs around them all are.
func TestInlineTeaserEmbeds(t *testing.T) {
	card := func(slug, title, desc string) string {
		return `<article class="ck-cms-insert-news"><a href="/` + slug + `.html" title="` + title + `"><picture><img src="x.jpg" alt=""></picture></a>
<div class="insert-wiki-content"><div class="insert-wiki-title"><a href="/` + slug + `.html" title="` + title + `">` + title + `</a></div>
<div class="insert-wiki-description">` + desc + `</div></div></article>`
	}
	page := `<html><head><title>TP Huế tổng kết công tác dân vận năm 2024 - Báo Thừa Thiên Huế</title></head><body>
<div class="content-detail"><h1>TP Huế tổng kết công tác dân vận năm 2024</h1>
<p>Sáng 20/12, Ban Dân vận Thành ủy Huế tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025.</p>
<p>Năm 2024, công tác dân vận của hệ thống chính trị thành phố có nhiều chuyển biến tích cực, nhiều mô hình hay được nhân rộng.</p>
<div class="ck-cms-insert-neww-group">` +
		card("huyen-phong-dien-dan-van-kheo-2531", "Huyện Phong Điền biểu dương điển hình Dân vận khéo năm 2024", "Chiều 18/12, Huyện ủy Phong Điền tổ chức hội nghị biểu dương 25 điển hình dân vận khéo tiêu biểu trên địa bàn huyện.") +
		card("thi-xa-huong-thuy-so-ket-2530", "Thị xã Hương Thủy sơ kết 6 tháng thực hiện Quy chế dân chủ ở cơ sở", "Hương Thủy tiếp tục đẩy mạnh thực hiện Quy chế dân chủ ở cơ sở gắn với cải cách hành chính.") + `</div>
<p>Dịp này, Ban Thường vụ Thành ủy tặng Giấy khen cho 12 tập thể và 18 cá nhân có thành tích xuất sắc trong phong trào thi đua Dân vận khéo.</p>
</div></body></html>`
	rec, err := Extract(Input{HTML: []byte(page), URL: "https://baothuathienhue.vn/tp-hue-tong-ket-dan-van-2024-150123.html"})
	if err != nil {
		t.Fatal(err)
	}
	checkParagraphs(t, rec.Text, "Sáng 20/12, Ban Dân vận Thành ủy Huế", "Dịp này, Ban Thường vụ Thành ủy tặng Giấy khen", 3,
		[]string{"Phong Điền", "Hương Thủy", "Quy chế dân chủ"})
}

// TestTitleNotTheLogo: a logo's h1 carries the site's name, which the
// <title> also holds; the headline is the rest of the <title>.
func TestTitleNotTheLogo(t *testing.T) {
	page := `<html><head><title>Những người khổ hạnh vì bớt lạ | Trang thông tin dành cho giới trẻ - VnExpress iOne</title></head><body>
<h1 id="image-logo"><a href="/" title="Trang thông tin dành cho giới trẻ - VnExpress iOne"><span>Trang thông tin dành cho giới trẻ - VnExpress iOne</span></a></h1>
<div class="content"><p>Vết bớt khác thường, lông mọc phủ kín người đã làm thay đổi cuộc sống của nhiều người, khiến họ trở nên khác biệt.</p>
<p>Nhiều người đã tìm đến bác sĩ để chữa trị nhưng không thành công, và họ học cách sống chung với nó.</p></div></body></html>`
	rec, err := Extract(Input{HTML: []byte(page), URL: "http://ione.vnexpress.net/tin-tuc/nhung-nguoi-kho-hanh-vi-bot-la-2082843.html"})
	if err != nil {
		t.Fatal(err)
	}
	if rec.Title != "Những người khổ hạnh vì bớt lạ" {
		t.Errorf("title = %q", rec.Title)
	}
}

func TestTitleProvincePrefixKept(t *testing.T) {
	got := stripSiteName("Quảng Ninh: Học tập và làm theo Bác từ những việc làm nhỏ", siteNames{name: "Báo Quảng Ninh", host: "baoquangninh"})
	if got != "Quảng Ninh: Học tập và làm theo Bác từ những việc làm nhỏ" {
		t.Errorf("got %q", got)
	}
}

func TestSplitByline(t *testing.T) {
	body := paragraph{text: "Hội nghị đã thống nhất các nhiệm vụ trọng tâm năm 2025."}
	tests := []struct {
		tail       []string
		wantByline string
		wantKept   int // tail lines left in the text
	}{
		{[]string{"Huy Kiên"}, "Huy Kiên", 0},
		{[]string{"H.V.", "Ảnh: Misso"}, "H.V.", 0},
		{[]string{"Ảnh: Trọng Đức"}, "", 0},
		{[]string{"Tin, ảnh: Minh Huệ"}, "Minh Huệ", 0},
		{[]string{"Bài và ảnh: THU HÀ"}, "THU HÀ", 0},
		{[]string{"LIÊM ĐOÀN", "Đồ họa: Mai Anh"}, "LIÊM ĐOÀN", 0},
		// Look-alikes: a caption that says more, a source credit, a
		// sentence, a report line that is not a name.
		{[]string{"Ảnh: Quang cảnh hội nghị tổng kết công tác năm 2024 của Đảng bộ tỉnh."}, "", 1},
		{[]string{"Theo Infonet"}, "Theo Infonet", 0},
		{[]string{"(Theo Báo Nhân Dân)"}, "(Theo Báo Nhân Dân)", 0},
		{[]string{"Theo báo Quân đội nhân dân"}, "Theo báo Quân đội nhân dân", 0},
		{[]string{"Minh Huệ", "Theo TTXVN"}, "Minh Huệ", 0},
		{[]string{"Theo kế hoạch"}, "", 1},
		{[]string{"Theo Quyết định số 15/QĐ-UBND."}, "", 1},
		{[]string{"Theo báo cáo, năm 2024 toàn tỉnh kết nạp 1.250 đảng viên mới."}, "", 1},
		{[]string{"Tin: hội nghị sẽ tiếp tục vào ngày mai."}, "", 1},
	}
	for _, tt := range tests {
		ps := []paragraph{body}
		for _, l := range tt.tail {
			ps = append(ps, paragraph{text: l})
		}
		kept, byline := splitByline(ps)
		if byline != tt.wantByline || len(kept) != 1+tt.wantKept {
			t.Errorf("%q: byline %q and %d paragraphs kept; want %q and %d", tt.tail, byline, len(kept), tt.wantByline, 1+tt.wantKept)
		}
	}
}

// Photo captions marked as such are not the article's text, except in a
// photo story, where they are most of it.
func TestCaptions(t *testing.T) {
	para := func(i int) string {
		return fmt.Sprintf("<p>Đoạn %d: Ban Thường vụ Huyện ủy đã chỉ đạo các tổ chức cơ sở đảng quán triệt, triển khai thực hiện nghiêm túc các nghị quyết, chỉ thị của cấp trên, gắn với nhiệm vụ chính trị của địa phương, đơn vị trong năm 2024.</p>", i)
	}
	page := func(body string) string {
		return `<html><head><title>Hội nghị sơ kết công tác xây dựng Đảng</title></head><body><article><h1>Hội nghị sơ kết công tác xây dựng Đảng</h1>` + body + `</article></body></html>`
	}
	article := para(1) + para(2) +
		`<figure><img src="a.jpg"><figcaption>Đồng chí Bí thư Huyện ủy phát biểu tại hội nghị.</figcaption></figure>` +
		para(3) + `<table class="image center"><tr><td><img src="b.jpg"></td></tr><tr><td class="image_desc">Quang cảnh hội nghị.</td></tr></table>` +
		para(4) + `<div class="photo"><img src="c.jpg"><div class="chu-thich-anh">Các đại biểu dự hội nghị.</div></div>` + para(5)
	rec, err := Extract(Input{HTML: []byte(page(article)), URL: "https://example.vn/a"})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []string{"phát biểu tại hội nghị", "Quang cảnh hội nghị", "Các đại biểu dự"} {
		if strings.Contains(rec.Text, c) {
			t.Errorf("caption %q left in the text:\n%s", c, rec.Text)
		}
	}
	if n := strings.Count(rec.Text, "Đoạn "); n != 5 {
		t.Errorf("%d of 5 paragraphs kept:\n%s", n, rec.Text)
	}

	// Unnamed captions: text beside a picture in its block, an italic line
	// under a picture. A centred line under a picture is text: some pages
	// centre everything.
	bare := para(1) + `<p style="text-align:center"><img src="d.jpg"><br><span>Các bị cáo tại tòa</span></p>` + para(2) +
		`<p style="text-align: center;"><img src="e.jpg"></p><p style="text-align: center;"><em>Đại biểu biểu quyết thông qua nghị quyết.</em></p>` + para(3) +
		`<p align="center"><img src="f.jpg"></p><p align="center">Chúc các đảng viên mới luôn vững vàng.</p>` + para(4)
	rec, err = Extract(Input{HTML: []byte(page(bare)), URL: "https://example.vn/c"})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []string{"Các bị cáo tại tòa", "Đại biểu biểu quyết"} {
		if strings.Contains(rec.Text, c) {
			t.Errorf("caption %q left in the text:\n%s", c, rec.Text)
		}
	}
	if !strings.Contains(rec.Text, "Chúc các đảng viên mới") {
		t.Errorf("a centred line of text was taken for a caption:\n%s", rec.Text)
	}

	// A photo story: one line of text, the rest captions.
	story := `<p>Những hình ảnh đẹp về lễ hội đua thuyền truyền thống trên sông Lam năm 2024.</p>`
	for i := range 6 {
		story += fmt.Sprintf(`<figure><img src="%d.jpg"><figcaption>Ảnh %d: Các đội thuyền của xã Nam Lộc, huyện Nam Đàn tranh tài quyết liệt trên sông Lam trước hàng nghìn người dân cổ vũ.</figcaption></figure>`, i, i)
	}
	rec, err = Extract(Input{HTML: []byte(page(story)), URL: "https://example.vn/b"})
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(rec.Text, "Các đội thuyền"); n < 5 {
		t.Errorf("photo story kept %d of 6 captions:\n%s", n, rec.Text)
	}
}

func TestTextUpTo(t *testing.T) {
	doc, err := html.Parse(strings.NewReader("<div id=a>Quang cảnh hội nghị.</div>" +
		"<div id=b>" + strings.Repeat(" ", 5000) + strings.Repeat("Đoạn văn dài của bài viết. ", 40) + "</div>"))
	if err != nil {
		t.Fatal(err)
	}
	byID := func(id string) *html.Node {
		return find(doc, func(n *html.Node) bool { return attr(n, "id") == id })
	}
	if got, short := textUpTo(byID("a"), 200); got != "Quang cảnh hội nghị." || !short {
		t.Errorf("short block: %q, %v", got, short)
	}
	// A block of white space and then much text is not short, though
	// reading stops before its text.
	if _, short := textUpTo(byID("b"), 200); short {
		t.Error("a long block after much white space was taken for short")
	}
}
