package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// evDay returns a publication time in Vietnam time on the given day.
func evDay(y, m, d int) *time.Time {
	t := time.Date(y, time.Month(m), d, 15, 0, 0, 0, vietnam)
	return &t
}

func TestFindEventDate(t *testing.T) {
	pub := evDay(2024, 5, 9)
	tests := []struct {
		name string
		text string
		pub  *time.Time
		want string // "" for nil
	}{
		{"L1 morning", "Sáng 11/10, Quận ủy Lê Chân tổ chức Hội nghị đánh giá tình hình thực hiện Kết luận số 01-KL/TW.", evDay(2024, 10, 11), "2024-10-11"},
		{"L1 afternoon", "Chiều 13/3, tại trụ sở Tỉnh ủy, Ban Thường vụ Tỉnh ủy họp phiên thường kỳ.", evDay(2024, 3, 14), "2024-03-13"},
		{"L1 evening", "Tối 2/2, Tỉnh ủy Quảng Ngãi tổ chức kỷ niệm 95 năm Ngày thành lập Đảng.", evDay(2025, 2, 3), "2025-02-02"},
		{"L1 Ngày", "Ngày 18/5, Thành ủy Cần Thơ tổ chức Hội nghị sơ kết.", evDay(2024, 5, 19), "2024-05-18"},
		{"L1 with year", "Sáng 11/5/2023, Ban Thường vụ Thành ủy tổ chức Hội nghị sơ kết 2 năm thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021.", nil, "2023-05-11"},
		{"L2 hyphen", "Sáng 3-7, Tỉnh ủy Thái Nguyên tổ chức Hội nghị.", evDay(2024, 7, 3), "2024-07-03"},
		{"L2 hyphen afternoon", "Chiều 14-3, Đảng ủy Khối tổ chức trao Huy hiệu Đảng.", evDay(2023, 3, 15), "2023-03-14"},
		{"L3 year boundary", "Ngày 31-12, Đảng ủy xã Tiên Dược tổng kết công tác năm 2024.", evDay(2025, 1, 2), "2024-12-31"},
		{"L3 evening of 31 December", "Tối 31/12, Thành ủy tổ chức chương trình nghệ thuật chào năm mới.", evDay(2025, 1, 2), "2024-12-31"},
		{"L4 with year and ngày", "Sáng ngày 17/01/2024, Hội đồng Thi đua - Khen thưởng huyện họp xét khen thưởng năm 2024.", evDay(2024, 1, 18), "2024-01-17"},
		{"L4 hyphen with year", "Ngày 21-3-2019, UBND tỉnh tổ chức Lễ trao Cờ thi đua.", nil, "2019-03-21"},
		{"L5 sáng nay", "Sáng nay 7/6, UBND tỉnh Quảng Nam tổ chức Hội nghị.", evDay(2023, 6, 7), "2023-06-07"},
		{"L5 sáng nay parenthesised", "Sáng nay (11/10), huyện Tân Kỳ tổ chức biểu dương điển hình Dân vận khéo.", evDay(2017, 10, 11), "2017-10-11"},
		{"L5 hôm qua dotted", "Hôm qua 12.5, Thành ủy Tam Kỳ tổ chức Hội nghị.", evDay(2024, 5, 13), "2024-05-12"},
		{"L5 tối qua", "Tối qua 3/2, Tỉnh ủy Quảng Ngãi tổ chức Lễ kỷ niệm.", evDay(2025, 2, 4), "2025-02-03"},
		{"L5 lower-case after agency prefix", "(Baonghean.vn) - chiều nay (17/10), Hội Nông dân tỉnh khai mạc Đại hội.", evDay(2023, 10, 17), "2023-10-17"},
		{"L6 dotted", "Sáng 3.8, Ban Tuyên giáo Trung ương tổ chức kỷ niệm.", evDay(2020, 8, 3), "2020-08-03"},
		{"L6 dotted comma", "Tối 26.3, Tỉnh đoàn tổ chức Lễ kỷ niệm.", evDay(2021, 3, 27), "2021-03-26"},
		{"L7 spaced en dash", "Ngày 19 – 4, Ban Thường vụ Tỉnh ủy Bắc Ninh họp.", evDay(2022, 4, 20), "2022-04-19"},
		{"L8 chiều ngày", "Chiều ngày 20/11, huyện Hữu Lũng tổ chức Lễ kỷ niệm.", evDay(2023, 11, 21), "2023-11-20"},
		{"L8 sáng ngày hyphen", "Sáng ngày 23-10, Huyện ủy Cái Bè tổ chức Hội nghị.", evDay(2023, 10, 23), "2023-10-23"},
		{"L9 parenthesised", "Sáng ngày (10/8), Ban Thi đua - Khen thưởng Trung ương tổ chức Hội nghị.", evDay(2024, 8, 10), "2024-08-10"},
		{"L10 lunar note", "Sáng 18-1 (tức 27 Tết), lãnh đạo tỉnh Đồng Nai tiếp các đoàn đại biểu tôn giáo.", evDay(2023, 1, 18), "2023-01-18"},
		{"L11 QNO prefix", "(QNO) - Sáng 11/5, Tỉnh ủy Quảng Nam tổ chức Hội nghị.", evDay(2024, 5, 11), "2024-05-11"},
		{"L11 HNP prefix", "HNP - Sáng 11/3, Đảng ủy Khối các cơ quan thành phố đã tổ chức họp báo.", evDay(2021, 3, 11), "2021-03-11"},
		{"L11 Dân trí prefix", "(Dân trí) - Chiều 24/12, Thành ủy Hà Nội tổ chức Hội nghị.", evDay(2022, 12, 24), "2022-12-24"},
		{"L11 CTTĐT prefix", "CTTĐT - Ngày 6/8, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị.", evDay(2024, 8, 7), "2024-08-06"},
		{"L11 TTXVN prefix", "TTXVN - Sáng 5/9, Ban Chấp hành Đảng bộ tỉnh họp.", evDay(2024, 9, 5), "2024-09-05"},
		{"L11 GLO no space", "(GLO)- Sáng 5.9, Chi bộ làng Krông tổ chức kết nạp đảng viên.", evDay(2023, 9, 5), "2023-09-05"},
		{"L11 dateline before the lead", "Các đơn vị thông tin của TTXVN14:31 11/10/2024 Sáng 11/10, Quận ủy Lê Chân long trọng tổ chức Hội nghị.", evDay(2024, 10, 11), "2024-10-11"},
		{"L12 time at the end", "Hội nghị biểu dương điển hình tiên tiến thành phần xã hội diễn ra vào sáng 16/9.", evDay(2024, 9, 17), "2024-09-16"},
		{"L13 long clause", "Ngày 29-9, dưới sự chủ trì của đồng chí Bí thư Tỉnh ủy, Ban Chấp hành Đảng bộ tỉnh đánh giá kết quả 9 tháng.", evDay(2024, 9, 30), "2024-09-29"},
		{"L14 two-day event", "Trong 2 ngày 6 và 7/8, Đảng bộ phường Mông Dương tổ chức Đại hội lần thứ I.", evDay(2025, 8, 8), "2025-08-06"},
		{"L14 two-day range", "Trong hai ngày 6-7/8, Đảng bộ phường tổ chức Đại hội.", evDay(2025, 8, 8), "2025-08-06"},
		{"L15 vừa qua has no date", "Vừa qua, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 25 tập thể và cá nhân.", pub, ""},
		{"L15 vừa ban hành has no date", "UBND tỉnh vừa ban hành Quyết định số 1234/QĐ-UBND về việc tặng Bằng khen.", pub, ""},
		{"L16 issuance as the event", "CTTĐT - Ngày 6/8, Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 15-CT/TU về lãnh đạo Đại hội.", evDay(2019, 8, 8), "2019-08-06"},
		{"L17 future date is not the event", "Tập trung tổ chức thành công Hội nghị tổng kết 50 năm thực hiện Di chúc, sẽ tổ chức vào sáng ngày 29/8.", evDay(2019, 8, 20), ""},
		{"L17 planned date", "Theo kế hoạch, Hội nghị dự kiến diễn ra vào sáng 29/8 tại Hội trường Tỉnh ủy.", evDay(2019, 8, 20), ""},
		{"no year without publication", "Sáng 9/5, Quận ủy Đồ Sơn tổ chức Hội nghị.", nil, ""},
		{"invalid date 31/2", "Sáng 31/2, Quận ủy tổ chức Hội nghị.", pub, ""},
		{"invalid month", "Sáng 12/13, Quận ủy tổ chức Hội nghị.", pub, ""},
		{"29 February in a leap year", "Sáng 29/2, Tỉnh ủy họp.", evDay(2024, 3, 1), "2024-02-29"},
		{"29 February without a leap year near", "Sáng 29/2, Tỉnh ủy họp.", evDay(2023, 3, 1), ""},
		{"citation date is not the event", "Thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị, Quận ủy đã triển khai nhiều mô hình.", pub, ""},
		{"dates deep in the body do not count", "Quang cảnh hội nghị. Đồng chí Bí thư phát biểu tại buổi lễ được tổ chức theo đúng kế hoạch của Ban Thường vụ Thành ủy đề ra từ đầu năm.\n\nPhó Bí thư cho biết thêm thông tin.\n\nSáng 15/5, Thành ủy tổ chức Hội nghị.", pub, ""},
		{"short caption before the lead", "Quang cảnh buổi họp báo\n\nSáng 9/5, Quận ủy Đồ Sơn tổ chức Hội nghị sơ kết.", pub, "2024-05-09"},
		{"dateline paragraph before the lead", "BAN TUYÊN GIÁO ĐUKPrint Thứ Năm, 09/05/2024 15:00 Gốc\n\nSáng 9/5, Quận ủy Đồ Sơn tổ chức Hội nghị.", pub, "2024-05-09"},
		{"mid-sentence ngày is not a lead", "Đoàn công tác làm việc với huyện ngày 12/5 vừa qua.", pub, ""},
		{"keyword inside a word", "Khoángngày 12/5, mở cửa.", pub, ""},
		{"a score is not a lead", "Tỷ số 3/5 được ghi nhận trong trận đấu.", pub, ""},
		{"event a few days after publication", "Ngày 12/5, Tỉnh ủy tổ chức Hội nghị.", pub, "2024-05-12"},
		{"empty", "", pub, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findEventDate(tt.text, tt.pub)
			if tt.want == "" {
				if got != nil {
					t.Errorf("findEventDate = %q, want nil", *got)
				}
				return
			}
			if got == nil || *got != tt.want {
				t.Errorf("findEventDate = %v, want %q", evStr(got), tt.want)
			}
		})
	}
}

// evStr shows a *string for test messages.
func evStr(p *string) string {
	if p == nil {
		return "nil"
	}
	return *p
}

// seedCase is one seed article with its publication day and the facts
// this package must read from it.
type seedCase struct {
	file      string
	pub       *time.Time
	date      string
	provinces []string
}

var seedCases = []seedCase{
	{"000_ada78f9d8913ecec.txt", evDay(2023, 5, 11), "2023-05-11", []string{"Hải Phòng"}},
	{"001_8d00221f4db119e6.txt", evDay(2024, 5, 9), "2024-05-09", []string{"Hải Phòng"}},
	{"002_d598cd47044316de.txt", evDay(2021, 3, 11), "2021-03-11", []string{"Hà Nội"}},
	{"003_eda3ac9ea93096e1.txt", evDay(2024, 5, 15), "2024-05-15", []string{"Hải Phòng"}},
	{"004_9d0ceb846e1b9ec9.txt", evDay(2024, 10, 11), "2024-10-11", []string{"Hải Phòng"}},
}

// readSeeds returns the seed texts, skipping the test when the shared
// seeds are not there.
func readSeeds(tb testing.TB) []string {
	tb.Helper()
	var out []string
	for _, c := range seedCases {
		b, err := os.ReadFile(filepath.Join("..", "..", "shared", "seeds", c.file))
		if err != nil {
			tb.Skipf("seeds not available: %v", err)
		}
		out = append(out, string(b))
	}
	return out
}

func TestFindEventDateSeeds(t *testing.T) {
	texts := readSeeds(t)
	for i, c := range seedCases {
		if got := findEventDate(texts[i], c.pub); got == nil || *got != c.date {
			t.Errorf("seed %s: findEventDate = %s, want %s", c.file, evStr(got), c.date)
		}
	}
}

func FuzzFindEventDate(f *testing.F) {
	for _, s := range []string{
		"Sáng 11/10, Quận ủy Lê Chân tổ chức Hội nghị.",
		"(QNO) - Sáng nay (11/10), huyện tổ chức.",
		"Trong 2 ngày 6 và 7/8, Đại hội.",
		"Ngày 19 – 4, họp.",
		"Sáng 31/2,", "Ngày 18-1-2024", "Tối 31/12, chào năm mới",
		"diễn ra vào sáng 16/9.", "Quang cảnh\n\nSáng 9/5,",
		"Hôm nay (ngày 10/7/2018), UBND tỉnh tổ chức.",
		"Ban Thường vụ Tỉnh ủy tổ chức Hội nghị biểu dương điển hình tiên tiến. Tham dự có lãnh đạo tỉnh. Hội nghị diễn ra vào sáng 16/9.",
		"4 cá nhân có thành tích xuất sắc trong công tác giai đoạn 2016-2020, góp phần vào sự nghiệp xây dựng CNXH và bảo vệ Tổ quốc đã vinh dự được Chủ tịch nước trao tặng Huân chương Lao động.\n\nSáng 12/7, tại kỳ họp thứ 7, HĐND tỉnh trao tặng.",
		"Phát biểu chỉ đạo tại Đại hội thi đua yêu nước tỉnh Hà Tĩnh lần thứ VIII, giai đoạn 2025 - 2030 ngày 13.10, Phó chủ tịch nước biểu dương.",
	} {
		f.Add(s, int64(1715241600))
		f.Add(s, int64(-1))
	}
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		var pub *time.Time
		if unix >= 0 && unix < 1<<36 {
			p := time.Unix(unix, 0).In(vietnam)
			pub = &p
		}
		got := findEventDate(text, pub)
		if got == nil {
			return
		}
		if _, err := time.Parse(time.DateOnly, *got); err != nil {
			t.Fatalf("findEventDate(%q) = %q: not a valid date", text, *got)
		}
	})
}

func BenchmarkFindEventDate(b *testing.B) {
	texts := readSeeds(b)
	for b.Loop() {
		for i, c := range seedCases {
			findEventDate(texts[i], c.pub)
		}
	}
}

// TestEventDateAfterOpeningClause: a lead may open with an occasion before
// its date ("Nhân kỷ niệm ..., chiều 16/10, ..."); the dates inside the
// occasion's parentheses are not the event.
func TestEventDateAfterOpeningClause(t *testing.T) {
	pub := time.Date(2021, 10, 17, 12, 53, 0, 0, vietnam)
	for _, tt := range []struct{ text, want string }{
		{"Nhân kỷ niệm 91 năm Ngày truyền thống công tác dân vận của Đảng (15/10/1930 - 15/10/2021), chiều 16/10, Ban Dân vận Thành ủy Vị Thanh tổ chức thăm hỏi.", "2021-10-16"},
		{"(HGO) - Hưởng ứng Tháng hành động vì người nghèo, sáng 15/10, Ủy ban MTTQ tỉnh trao nhà đại đoàn kết.", "2021-10-15"},
		{"Theo báo cáo, chiều 16/10 có 3 đoàn kiểm tra.", ""},
	} {
		got := findEventDate(tt.text, &pub)
		if (got == nil) != (tt.want == "") || got != nil && *got != tt.want {
			t.Errorf("findEventDate(%.50q) = %v, want %q", tt.text, deref(got), tt.want)
		}
	}
}

// TestEventDateLeadForms covers "Hôm nay (ngày 10/7/2018)" (L5) and a
// date at the end of a later sentence of the lead (L12), with the dates
// that must still be rejected there: deadlines, document dates,
// background and plans.
func TestEventDateLeadForms(t *testing.T) {
	pub := evDay(2024, 9, 17)
	const opener = "Thực hiện Chương trình công tác năm 2024 của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị biểu dương điển hình tiên tiến trong các thành phần xã hội. "
	tests := []struct {
		name string
		text string
		pub  *time.Time
		want string // "" for nil
	}{
		{"L5 hôm nay with ngày and year", "Hôm nay (ngày 10/7/2018), UBND tỉnh tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng.", evDay(2018, 7, 10), "2018-07-10"},
		{"L5 hôm nay with ngày, no publication", "Hôm nay (ngày 10/7/2018), UBND tỉnh tổ chức Hội nghị.", nil, "2018-07-10"},
		{"L5 sáng nay with ngày", "(Baonghean.vn) - Sáng nay (ngày 11/10), Huyện ủy Tân Kỳ tổ chức Hội nghị biểu dương.", evDay(2017, 10, 11), "2017-10-11"},
		{"L5 hôm nay without ngày still works", "Hôm nay (10/7), UBND tỉnh tổ chức Hội nghị.", evDay(2018, 7, 10), "2018-07-10"},
		{"L12 second sentence", opener + "Hội nghị diễn ra vào sáng 16/9 tại Hội trường Tỉnh ủy.", pub, "2024-09-16"},
		{"L12 third sentence", opener + "Tham dự có các đồng chí trong Ban Thường vụ Tỉnh ủy. Hội nghị diễn ra vào sáng 16/9.", pub, "2024-09-16"},
		{"L12 third sentence with year", opener + "Tham dự có các đồng chí lãnh đạo tỉnh. Hội nghị được tổ chức vào chiều ngày 16/9/2024.", pub, "2024-09-16"},
		{"L12 first sentence still works", "Hội nghị biểu dương điển hình tiên tiến thành phần xã hội diễn ra vào sáng 16/9.", pub, "2024-09-16"},
		{"deadline in a later sentence", opener + "Các đơn vị gửi báo cáo trước ngày 30/9.", pub, ""},
		{"document date in a later sentence", opener + "Hội nghị quán triệt Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị.", pub, ""},
		{"document issued vào ngày", opener + "Kết luận số 01-KL/TW được ban hành vào ngày 18/5/2021.", pub, ""},
		{"background with trước đó", opener + "Trước đó, hội nghị sơ kết diễn ra vào sáng 10/9.", pub, ""},
		{"earlier meeting", opener + "Hội nghị lần trước diễn ra vào sáng 12/9.", pub, ""},
		{"date long before publication", opener + "Mô hình được triển khai lần đầu vào sáng 16/3.", pub, ""},
		{"old year in a later sentence", opener + "Công trình được khánh thành vào sáng 2/9/2015.", pub, ""},
		{"plan with sẽ", opener + "Đại hội sẽ bế mạc vào chiều 18/9.", pub, ""},
		{"plan with theo chương trình", opener + "Theo chương trình, đại hội bế mạc vào chiều 18/9.", pub, ""},
		{"a later paragraph does not count", opener + "\n\nHội nghị diễn ra vào sáng 16/9.", pub, ""},
		{"beyond the lead's bound", opener + strings.Repeat("Các đại biểu thảo luận sôi nổi về nhiệm vụ trọng tâm. ", 25) + "Hội nghị diễn ra vào sáng 16/9.", pub, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findEventDate(tt.text, tt.pub)
			if (got == nil) != (tt.want == "") || got != nil && *got != tt.want {
				t.Errorf("findEventDate = %s, want %q", evStr(got), tt.want)
			}
		})
	}
}

// TestEventDateAfterSapo: many outlets print a standalone summary (sapo)
// without a date before the dated lead; the lead's opening date is the
// event's when it lies close before publication. Dates of the body, of
// background and of documents stay out.
func TestEventDateAfterSapo(t *testing.T) {
	const sapo = "4 cá nhân có thành tích xuất sắc trong công tác giai đoạn 2016-2020, góp phần vào sự nghiệp xây dựng CNXH và bảo vệ Tổ quốc đã vinh dự được Chủ tịch nước trao tặng Huân chương Lao động hạng Nhì và hạng Ba."
	const sapoDoc = "Thủ tướng Chính phủ vừa ban hành Quyết định số 231/QĐ-TTg, ngày 14/3/2023 về việc tặng Cờ thi đua cho tập thể Báo Nghệ An đã hoàn thành xuất sắc toàn diện nhiệm vụ công tác năm 2022."
	tests := []struct {
		name string
		text string
		pub  *time.Time
		want string // "" for nil
	}{
		{"L1 lead after a sapo", sapo + "\n\nSáng 12/7, tại kỳ họp thứ 7, HĐND tỉnh khóa XVIII, Bí thư Tỉnh ủy Nghệ An đã trao tặng Huân chương Lao động cho 4 cá nhân.", evDay(2022, 7, 12), "2022-07-12"},
		{"L2 hyphenated lead after a sapo", sapo + "\n\nChiều 11-7, Tỉnh ủy Nghệ An tổ chức Lễ trao tặng Huân chương Lao động.", evDay(2022, 7, 12), "2022-07-11"},
		{"L11 agency prefix on the lead after a sapo", sapo + "\n\nTPO - Ngày 10/7, tỉnh Nghệ An tổ chức Lễ trao tặng Huân chương Lao động.", evDay(2022, 7, 12), "2022-07-10"},
		{"sapo with a document date and an anniversary", sapoDoc + "\n\nSáng 15/3, Báo Nghệ An tổ chức Lễ đón nhận Cờ thi đua của Chính phủ.", evDay(2023, 3, 16), "2023-03-15"},
		{"sapo with the day in a form not read", "Đoàn công tác của Ban Tuyên giáo Trung ương đã làm việc với Huyện ủy Anh Sơn ngày 12/5 vừa qua về kết quả 5 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, ghi nhận nhiều mô hình hay.\n\nNgày 10/5, Huyện ủy tổ chức Hội nghị sơ kết.", evDay(2024, 5, 14), ""},
		{"background date after a sapo", "Ban Thường vụ Tỉnh ủy vừa ban hành Chương trình hành động thực hiện nghị quyết về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia trên địa bàn tỉnh.\n\nNgày 22/12/2024, Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ.", evDay(2025, 3, 10), ""},
		{"yearless background date after a sapo", sapo + "\n\nNgày 2/5, Chủ tịch nước ký Quyết định tặng thưởng Huân chương Lao động.", evDay(2022, 7, 12), ""},
		{"a date inside the paragraph after a sapo", sapo + "\n\nTại kỳ họp thứ 7, HĐND tỉnh diễn ra ngày 12/7, Bí thư Tỉnh ủy trao tặng Huân chương.", evDay(2022, 7, 12), ""},
		{"the third paragraph is the body", sapo + "\n\nĐồng chí Bí thư Tỉnh ủy tặng hoa chúc mừng các cá nhân được Chủ tịch nước trao tặng Huân chương Lao động hạng Nhì và hạng Ba trong năm nay.\n\nSáng 12/7, HĐND tỉnh bế mạc kỳ họp.", evDay(2022, 7, 12), ""},
		{"a long first paragraph is no sapo", strings.Repeat("Các đại biểu thảo luận sôi nổi về nhiệm vụ trọng tâm của tỉnh trong thời gian tới. ", 8) + "\n\nSáng 12/7, HĐND tỉnh bế mạc kỳ họp.", evDay(2022, 7, 12), ""},
		{"no publication date, no year", sapo + "\n\nSáng 12/7, HĐND tỉnh trao tặng Huân chương.", nil, ""},
		{"no publication date, with year", sapo + "\n\nSáng 12/7/2022, HĐND tỉnh trao tặng Huân chương.", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findEventDate(tt.text, tt.pub)
			if (got == nil) != (tt.want == "") || got != nil && *got != tt.want {
				t.Errorf("findEventDate = %s, want %q", evStr(got), tt.want)
			}
		})
	}
}

// TestEventDateClosingOpeningClause: a date without "vào" that closes
// the first sentence's opening clause naming the event ("Phát biểu chỉ
// đạo tại Đại hội ... ngày 13.10, Phó Chủ tịch nước ...") is the event's;
// document dates, deadlines, starts of periods, past references and plans
// in the same place are not.
func TestEventDateClosingOpeningClause(t *testing.T) {
	pub := time.Date(2025, 10, 13, 14, 7, 0, 0, vietnam)
	tests := []struct {
		name string
		text string
		pub  *time.Time
		want string // "" for nil
	}{
		{"speech at a congress", "Phát biểu chỉ đạo tại Đại hội thi đua yêu nước tỉnh Hà Tĩnh lần thứ VIII, giai đoạn 2025 - 2030 ngày 13.10, Phó chủ tịch nước Võ Thị Ánh Xuân biểu dương những thành tựu nổi bật.", &pub, "2025-10-13"},
		{"at a conference, slash date", "Tại Hội nghị sơ kết công tác quý III của Đảng ủy Khối ngày 10/10, đồng chí Bí thư yêu cầu các chi bộ tập trung hoàn thành nhiệm vụ.", &pub, "2025-10-10"},
		{"part of the day", "Dự Lễ kỷ niệm 95 năm Ngày thành lập Hội Nông dân Việt Nam sáng 12/10, Bí thư Tỉnh ủy biểu dương các điển hình.", &pub, "2025-10-12"},
		{"document date", "Thực hiện Kết luận số 01-KL/TW ngày 18/5/2021, Quận ủy đã triển khai nhiều mô hình hay.", &pub, ""},
		{"short document reference", "Quán triệt Kế hoạch số 27 của Ban Thường vụ tại hội nghị ngày 10/10, Huyện ủy yêu cầu các chi bộ thực hiện.", &pub, ""},
		{"deadline", "Các đơn vị gửi báo cáo kết quả đại hội trước ngày 10/10, Ban Tổ chức Tỉnh ủy tổng hợp.", &pub, ""},
		{"start of a period", "Tại các xã, phường, từ ngày 1/10, Đảng bộ tỉnh triển khai mô hình mới.", &pub, ""},
		{"past reference", "Tại Hội nghị lần trước ngày 5/10, Ban Thường vụ đã thống nhất nhiều nội dung.", &pub, ""},
		{"plan", "Theo kế hoạch, Đại hội dự kiến khai mạc ngày 15/10, Ban Tổ chức đã chuẩn bị chu đáo.", &pub, ""},
		{"clause naming no event", "Theo báo cáo của Sở Nội vụ ngày 10/10, toàn tỉnh có 124 xã, phường.", &pub, ""},
		{"lower-case main clause", "Phát biểu tại Đại hội ngày 13.10, đồng chí Phó chủ tịch nước biểu dương.", &pub, "2025-10-13"},
		{"date long before publication", "Phát biểu tại Đại hội thi đua yêu nước tỉnh ngày 13.8, Phó chủ tịch nước biểu dương những thành tựu nổi bật.", &pub, ""},
		{"no publication date", "Phát biểu tại Đại hội thi đua yêu nước tỉnh ngày 13/10/2025, Phó chủ tịch nước biểu dương.", nil, ""},
		{"an opening date still wins", "Sáng 12/10, phát biểu tại Đại hội ngày 13.10, Phó chủ tịch nước biểu dương.", &pub, "2025-10-12"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findEventDate(tt.text, tt.pub)
			if (got == nil) != (tt.want == "") || got != nil && *got != tt.want {
				t.Errorf("findEventDate = %s, want %q", evStr(got), tt.want)
			}
		})
	}
}

// TestEventDateLeadVariants: a lead opening with "Vào" and a date in
// words, a part of the day with "nay" and a bracketed date after a short
// opening phrase, and a week's range whose first day is the event's; with
// the look-alikes that stay rejected: deadlines, document dates, plans,
// starts of periods and background.
func TestEventDateLeadVariants(t *testing.T) {
	tests := []struct {
		name string
		text string
		pub  *time.Time
		want string // "" for nil
	}{
		{"Vào ngày, date in words", "Vào ngày 13 tháng 8 năm 2024, Chi bộ trường THCS Lê Lợi tổ chức lễ kết nạp đảng viên mới.", evDay(2024, 8, 15), "2024-08-13"},
		{"Ngày, date in words", "Ngày 13 tháng 8 năm 2024, Chi bộ trường THCS Lê Lợi tổ chức lễ kết nạp đảng viên mới.", evDay(2024, 8, 15), "2024-08-13"},
		{"date in words with a comma before năm", "Ngày 13 tháng 8, năm 2024, Đảng ủy xã tổ chức Hội nghị.", nil, "2024-08-13"},
		{"date in words without year", "Sáng ngày 13 tháng 8, Đảng ủy xã tổ chức Hội nghị sơ kết.", evDay(2024, 8, 14), "2024-08-13"},
		{"Vào sáng after an agency prefix", "(QNO) - Vào sáng 5/9, Tỉnh ủy Quảng Nam tổ chức Hội nghị.", evDay(2024, 9, 5), "2024-09-05"},
		{"Vào chiều ngày with year", "Vào chiều ngày 20/11/2023, Huyện ủy tổ chức Lễ kỷ niệm.", nil, "2023-11-20"},
		{"press conference chiều nay", "Tại họp báo chiều nay (5/1), Cục Thống kê đã công bố số liệu kinh tế - xã hội năm 2024.", evDay(2025, 1, 5), "2025-01-05"},
		{"press conference sáng nay after a prefix", "(Dân trí) - Tại buổi họp báo sáng nay (12/3), Ban Tuyên giáo Tỉnh ủy thông tin về Đại hội.", evDay(2024, 3, 12), "2024-03-12"},
		{"week range", "TPO - Trong tuần (từ 15 đến 20/9), các đảng bộ cơ sở đã tổ chức đại hội nhiệm kỳ 2025 - 2030.", evDay(2025, 9, 21), "2025-09-15"},
		{"week range with qua and a dash", "Trong tuần qua (15-20/9), Ban Thường vụ Tỉnh ủy tổ chức 3 đoàn kiểm tra.", evDay(2025, 9, 21), "2025-09-15"},
		{"L14 still works", "Trong 2 ngày 6 và 7/8, Đảng bộ phường tổ chức Đại hội.", evDay(2025, 8, 8), "2025-08-06"},
		{"start of a period is no lead", "Từ ngày 1 tháng 7 năm 2025, tỉnh Tuyên Quang mới chính thức đi vào hoạt động.", evDay(2025, 7, 3), ""},
		{"deadline in words", "Các chi bộ hoàn thành đại hội trước ngày 30 tháng 9 năm 2024, Ban Tổ chức tổng hợp.", evDay(2024, 9, 1), ""},
		{"document date in words", "Thực hiện Quyết định số 1748-QĐ/HU ngày 31 tháng 7 năm 2024 của Ban Thường vụ Huyện ủy, Chi bộ đã tổ chức kiện toàn.", evDay(2024, 8, 2), ""},
		{"vào inside a sentence is a document date", "Kết luận số 01-KL/TW được Bộ Chính trị ban hành vào ngày 18 tháng 5 năm 2021. Hội nghị quán triệt kết luận.", evDay(2024, 5, 9), "2021-05-18"},
		{"plan with vào", "Theo kế hoạch, Đại hội sẽ diễn ra vào ngày 15 tháng 10 năm 2025.", evDay(2025, 9, 1), ""},
		{"week without a bracket is no lead", "Trong tuần 15/9 có nhiều sự kiện.", evDay(2025, 9, 21), ""},
		{"week of the year is no date", "Trong tuần (tuần 38/2025), các đơn vị báo cáo.", evDay(2025, 9, 21), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findEventDate(tt.text, tt.pub)
			if (got == nil) != (tt.want == "") || got != nil && *got != tt.want {
				t.Errorf("findEventDate = %s, want %q", evStr(got), tt.want)
			}
		})
	}
}

// TestEventDatePlannedLead: a lead whose opening date belongs to a clause
// announcing the event as planned ("sẽ", "dự kiến", "sắp"), wherever the
// word stands before the main verb, reports no event (L17); "sẽ" in what
// the event discussed, in a later sentence, and the nouns "sắp xếp" and
// "dự kiến nhân sự" keep the date.
func TestEventDatePlannedLead(t *testing.T) {
	pub := evDay(2019, 3, 13)
	tests := []struct {
		name string
		text string
		want string // "" for nil
	}{
		{"sẽ after a place phrase", "(ĐN) - Ngày 15-3, tại tỉnh Đồng Nai sẽ diễn ra Hội nghị tổng kết phong trào thi đua các tỉnh miền Đông Nam bộ năm 2018 và ký kết giao ước thi đua năm 2019 do Đồng Nai làm Cụm trưởng.", ""},
		{"sẽ before the verb", "Ngày 15/3, Tỉnh ủy sẽ tổ chức Hội nghị sơ kết công tác quý I.", ""},
		{"dự kiến as a verb", "Sáng 15/3, Hội nghị Ban Chấp hành Đảng bộ tỉnh dự kiến diễn ra tại Hội trường Tỉnh ủy.", ""},
		{"sắp", "Ngày 15/3, UBND tỉnh sắp khánh thành cầu Hóa An.", ""},
		{"planned lead in a short first paragraph", "Ngày 15/3, Tỉnh ủy sẽ tổ chức Hội nghị.\n\nSáng 12/3, Ban Tổ chức Tỉnh ủy họp.", ""},
		{"planned lead after a sapo", "4 cá nhân có thành tích xuất sắc trong công tác giai đoạn 2016-2020, góp phần vào sự nghiệp xây dựng CNXH và bảo vệ Tổ quốc đã vinh dự được Chủ tịch nước trao tặng Huân chương Lao động hạng Nhì và hạng Ba.\n\nSáng 14/3, tỉnh sẽ tổ chức lễ trao tặng.", ""},
		{"sẽ in a later sentence", "Sáng 12/3, Tỉnh ủy tổ chức Hội nghị sơ kết công tác quý I. Đồng chí Bí thư nhấn mạnh, thời gian tới tỉnh sẽ tập trung cải cách hành chính.", "2019-03-12"},
		{"sẽ after the main verb", "Sáng 12/3, Tỉnh ủy tổ chức Hội nghị triển khai nhiệm vụ năm 2019, trong đó sẽ tập trung cải cách hành chính.", "2019-03-12"},
		{"sẽ in reported speech", "Sáng 12/3, đồng chí Bí thư Tỉnh ủy nhấn mạnh tỉnh sẽ tập trung cải cách hành chính.", "2019-03-12"},
		{"sẽ after cho biết", "Chiều 12/3, tại buổi họp báo, lãnh đạo Sở Nội vụ cho biết tỉnh sẽ tổ chức hội nghị biểu dương.", "2019-03-12"},
		{"sắp xếp is no plan", "Sáng 12/3, Ban Thường vụ Tỉnh ủy về sắp xếp đơn vị hành chính cấp xã họp phiên thứ nhất.", "2019-03-12"},
		{"thời gian sắp tới is no plan", "Sáng 12/3, trong thời gian sắp tới Tỉnh ủy họp bàn nhiều nội dung.", "2019-03-12"},
		{"dự kiến nhân sự is no plan", "Sáng 12/3, Ban Thường vụ Tỉnh ủy cho ý kiến vào dự kiến nhân sự Đại hội.", "2019-03-12"},
		{"đã before sẽ", "Ngày 12/3, Ban Chỉ đạo đã họp, thống nhất Đại hội sẽ khai mạc ngày 20/3.", "2019-03-12"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findEventDate(tt.text, pub)
			if (got == nil) != (tt.want == "") || got != nil && *got != tt.want {
				t.Errorf("findEventDate = %s, want %q", evStr(got), tt.want)
			}
		})
	}
}

// TestEventDateToday: a bare "sáng nay" / "chiều nay" / "tối nay" /
// "hôm nay" naming the time of the reported event in the lead is the
// publication day; "nay" in other senses, deadlines, plans, quotations,
// dated leads and an unknown publication date give nothing from it.
func TestEventDateToday(t *testing.T) {
	pub := time.Date(2022, 2, 23, 20, 41, 28, 0, vietnam)
	tests := []struct {
		name string
		text string
		pub  *time.Time
		want string // "" for nil
	}{
		{"sáng nay at the end of the second sentence", "Công đầu trong công tác phòng chống dịch Covid-19 trên địa bàn tỉnh thuộc về đội ngũ cán bộ ngành y tế. Đó là khẳng định của đồng chí Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Trần Quốc Văn tại hội nghị kỷ niệm 67 năm ngày thầy thuốc Việt Nam (27/2/1955 – 27/2/2022) và phát động thi đua năm 2022 do Sở Y tế tổ chức sáng nay.", &pub, "2022-02-23"},
		{"sáng nay opening the lead", "Sáng nay, Tỉnh ủy Hưng Yên tổ chức Hội nghị sơ kết công tác quý I.", &pub, "2022-02-23"},
		{"chiều nay after an agency prefix", "(HYTV) - Chiều nay, Hội đồng Thi đua - Khen thưởng tỉnh họp xét khen thưởng.", &pub, "2022-02-23"},
		{"hôm nay opening the lead", "Hôm nay, UBND tỉnh tổ chức Lễ trao Cờ thi đua cho các đơn vị.", &pub, "2022-02-23"},
		{"tối nay in the first sentence", "Tại chương trình nghệ thuật tối nay, Bí thư Tỉnh ủy trao Bằng khen cho các tập thể.", &pub, "2022-02-23"},
		{"vào sáng nay", "Hội nghị tổng kết công tác thi đua được tổ chức vào sáng nay tại Hội trường Tỉnh ủy.", &pub, "2022-02-23"},
		{"no publication date", "Sáng nay, Tỉnh ủy Hưng Yên tổ chức Hội nghị sơ kết.", nil, ""},
		{"explicit date wins", "Sáng nay (22/2), Tỉnh ủy tổ chức Hội nghị.", &pub, "2022-02-22"},
		{"explicit date elsewhere in the sentence", "Hội nghị ngày 20/2 được nhắc lại sáng nay tại Hội trường Tỉnh ủy.", &pub, ""},
		{"hiện nay", "Hiện nay, toàn tỉnh có 1.200 tổ chức cơ sở đảng với hơn 60 nghìn đảng viên.", &pub, ""},
		{"từ nay", "Từ nay đến cuối năm, các chi bộ tập trung kiện toàn tổ chức.", &pub, ""},
		{"năm nay and đến nay", "Năm nay, tỉnh phấn đấu hoàn thành các chỉ tiêu; đến nay đã đạt 80% kế hoạch.", &pub, ""},
		{"nay là", "Huyện Văn Giang (nay là thị xã Văn Giang) tổ chức nhiều hoạt động thi đua.", &pub, ""},
		{"ngày nay", "Ngày nay, các thế hệ thầy thuốc tiếp tục phát huy truyền thống.", &pub, ""},
		{"hôm nay as today's", "Thế hệ trẻ hôm nay tiếp bước truyền thống cách mạng của cha anh.", &pub, ""},
		{"deadline", "Các đơn vị gửi báo cáo trước chiều nay để tổng hợp.", &pub, ""},
		{"start of a period", "Từ sáng nay, các chốt kiểm soát dịch được dỡ bỏ.", &pub, ""},
		{"planned tonight", "Tối nay, tại Quảng trường tỉnh sẽ diễn ra chương trình nghệ thuật chào mừng.", &pub, ""},
		{"planned, mid-sentence", "Hội nghị tổng kết dự kiến diễn ra vào chiều nay tại Hội trường Tỉnh ủy.", &pub, ""},
		{"quoted", "Đồng chí Bí thư nói: “Sáng nay, chúng ta đã bàn nhiều nội dung”, rồi kết luận.", &pub, ""},
		{"later sentence not at its end", "Ban Thường vụ Tỉnh ủy biểu dương các điển hình tiên tiến trong phong trào thi đua. Sáng nay các đơn vị tiếp tục ra quân.", &pub, ""},
		{"later paragraph does not count", "Ban Thường vụ Tỉnh ủy biểu dương các điển hình tiên tiến trong phong trào thi đua yêu nước của tỉnh trong năm qua với nhiều mô hình hay, cách làm sáng tạo ở cơ sở.\n\nHội nghị diễn ra sáng nay.", &pub, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findEventDate(tt.text, tt.pub)
			if (got == nil) != (tt.want == "") || got != nil && *got != tt.want {
				t.Errorf("findEventDate = %s, want %q", evStr(got), tt.want)
			}
		})
	}
}

// TestEventDateBetweenSubjectAndVerb: a date put between the subject of
// the lead's first sentence and its main verb ("Ban Chỉ đạo ... ngày
// 25/12/2025 đã tổ chức ..."), with the look-alikes that stay rejected:
// documents as subject, citations, deadlines, past and planned events.
func TestEventDateBetweenSubjectAndVerb(t *testing.T) {
	pub := time.Date(2025, 12, 26, 9, 30, 0, 0, vietnam)
	tests := []struct {
		name string
		text string
		pub  *time.Time
		want string // "" for nil
	}{
		{"steering committee, full date", "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số (Ban Chỉ đạo) ngày 25/12/2025 đã tổ chức Hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026.", &pub, "2025-12-25"},
		{"part of the day", "Ban Thường vụ Tỉnh ủy Nghệ An sáng ngày 25/12 tổ chức Hội nghị tổng kết công tác xây dựng Đảng năm 2025.", &pub, "2025-12-25"},
		{"chiều, khai mạc", "Hội đồng nhân dân thành phố Hà Nội chiều 24/12 khai mạc Kỳ họp thứ 29.", &pub, "2025-12-24"},
		{"vừa, diễn ra", "Đại hội đại biểu Đoàn Thanh niên tỉnh lần thứ XVI ngày 23-12 vừa diễn ra tại Trung tâm Hội nghị tỉnh.", &pub, "2025-12-23"},
		{"conclusion as subject", "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05 đã tổ chức triển khai sâu rộng.", &pub, ""},
		{"resolution as subject", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh ngày 25/10/2021 đã chỉ rõ những nhiệm vụ trọng tâm.", &pub, ""},
		{"resolution near publication", "Nghị quyết của Ban Thường vụ ngày 20/12 đã tổ chức quán triệt tới các chi bộ.", &pub, ""},
		{"document number", "Thông báo số 15 ngày 22/12 tổ chức hội nghị trực tuyến toàn tỉnh.", &pub, ""},
		{"slash in subject", "Ban Chỉ đạo 35/TU ngày 22/12 đã tổ chức hội nghị giao ban.", &pub, ""},
		{"deadline", "Các chi bộ hoàn thành báo cáo trước ngày 20/12 tổ chức tổng kết.", &pub, ""},
		{"past date", "Ban Chỉ đạo Trung ương ngày 25/10 đã tổ chức Hội nghị sơ kết quý III.", &pub, ""},
		{"future date", "Ban Chỉ đạo Trung ương ngày 30/12 sẽ tổ chức Hội nghị tổng kết.", &pub, ""},
		{"plan before the date", "Theo kế hoạch, Ban Chỉ đạo dự kiến ngày 28/12 tổ chức Hội nghị.", &pub, ""},
		{"verb not directly after the date", "Ban Chỉ đạo Trung ương ngày 25/12 cho biết sẽ tổ chức Hội nghị tổng kết.", &pub, ""},
		{"adverbial clause, not a subject", "Tại Hội trường Tỉnh ủy ngày 25/12 diễn ra Hội nghị tổng kết.", &pub, ""},
		{"no publication date", "Ban Chỉ đạo Trung ương ngày 25/12/2025 đã tổ chức Hội nghị tổng kết.", nil, ""},
		{"an opening date still wins", "Sáng 24/12, Ban Chỉ đạo Trung ương ngày 25/12 đã tổ chức Hội nghị.", &pub, "2025-12-24"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findEventDate(tt.text, tt.pub)
			if (got == nil) != (tt.want == "") || got != nil && *got != tt.want {
				t.Errorf("findEventDate = %s, want %q", evStr(got), tt.want)
			}
		})
	}
}
