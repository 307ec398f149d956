package extract

import (
	"strings"
	"testing"
)

// marked renders text with each mark as [kind:text].
func marked(text string, ms []Mark) string {
	var b strings.Builder
	pos := 0
	for _, m := range ms {
		b.WriteString(text[pos:m.Start])
		b.WriteString("[" + m.Kind + ":" + text[m.Start:m.End] + "]")
		pos = m.End
	}
	b.WriteString(text[pos:])
	return b.String()
}

func TestMarks(t *testing.T) {
	tests := []struct{ in, want string }{
		{
			"Sáng 16/10, Ban Thường vụ Thành ủy quán triệt Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị.",
			"[date:Sáng 16/10], Ban Thường vụ Thành ủy quán triệt Kết luận số [directive:01-KL/TW] [date:ngày 18/5/2021] của Bộ Chính trị.",
		},
		{
			"Dịp này, 37 tập thể và 63 cá nhân được nhận Bằng khen của Chủ tịch UBND thành phố. Hội nghị kết thúc lúc 11 giờ.",
			"[award:Dịp này, 37 tập thể và 63 cá nhân được nhận Bằng khen của Chủ tịch UBND thành phố.] Hội nghị kết thúc lúc 11 giờ.",
		},
		{
			// An award sentence is cut around the document number inside it.
			"Thực hiện Quyết định 1234/QĐ-UBND, 12 tập thể được tặng Giấy khen.",
			"[award:Thực hiện Quyết định ][directive:1234/QĐ-UBND][award:, 12 tập thể được tặng Giấy khen.]",
		},
		{
			"Ngày 15 tháng 5 năm 2016, tỉnh ban hành Chỉ thị 05-CT/TW; tháng 3/2024 sơ kết.",
			"[date:Ngày 15 tháng 5 năm 2016], tỉnh ban hành Chỉ thị [directive:05-CT/TW]; [date:tháng 3/2024] sơ kết.",
		},
		// Look-alikes: a decimal, a ratio, an impossible date, money, a
		// count of people that is not an award.
		{"Tăng trưởng đạt 8.5%, tỷ lệ 3/4 hộ; ngày 32/13 không có; 1.250.000 đồng.", "Tăng trưởng đạt 8.5%, tỷ lệ 3/4 hộ; ngày 32/13 không có; 1.250.000 đồng."},
		{"Có 120 đại biểu và 45 cá nhân tham dự hội nghị.", "Có 120 đại biểu và 45 cá nhân tham dự hội nghị."},
		// Sentences read in the scope of the one before: a list a proposal
		// governs, and a report of a past period, give no award marks; the
		// award given at the event does.
		{
			"Hội đồng thống nhất đề nghị khen thưởng. Trong đó, 5 tập thể và 9 cá nhân nhận Bằng khen của Thủ tướng Chính phủ. Dịp này, UBND tỉnh tặng Bằng khen cho 3 tập thể.",
			"Hội đồng thống nhất đề nghị khen thưởng. Trong đó, 5 tập thể và 9 cá nhân nhận Bằng khen của Thủ tướng Chính phủ. [award:Dịp này, UBND tỉnh tặng Bằng khen cho 3 tập thể.]",
		},
		// A no-break space inside a number: offsets are in the original text.
		{"Kết luận số 01\u00a0-\u00a0KL/TW và ngày 2/9.", "Kết luận số [directive:01\u00a0-\u00a0KL/TW] và [date:ngày 2/9]."},
	}
	for _, tt := range tests {
		ms := Marks(tt.in)
		for i := 1; i < len(ms); i++ {
			if ms[i].Start < ms[i-1].End {
				t.Errorf("%q: marks overlap: %+v", tt.in, ms)
			}
		}
		if got := marked(tt.in, ms); got != tt.want {
			t.Errorf("Marks(%q):\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}

func FuzzMarks(f *testing.F) {
	for _, s := range []string{"Sáng 16/10, Kết luận 01-KL/TW; 37 tập thể được tặng Bằng khen.", "01\u00a0-\u00a0KL/TW", "\u200b1/2/2020", "ngày 5 tháng 13"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		end := 0
		for _, m := range Marks(s) {
			if m.Start < end || m.End <= m.Start || m.End > len(s) {
				t.Fatalf("%q: bad mark %+v after %d", s, m, end)
			}
			end = m.End
		}
	})
}
