package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// wantDoc is an expected directive; "" stands for a null issuer or date.
type wantDoc struct {
	number, kind, issuer, issued string
	mentions                     int
}

func (w wantDoc) String() string {
	return fmt.Sprintf("{%s %s issuer=%q issued=%q mentions=%d}", w.number, w.kind, w.issuer, w.issued, w.mentions)
}

// asWant turns found directives into the form the tables use.
func asWant(ds []Directive) []wantDoc {
	out := make([]wantDoc, 0, len(ds))
	for _, d := range ds {
		w := wantDoc{number: d.Number, kind: d.Kind, mentions: d.Mentions}
		if d.Issuer != nil {
			w.issuer = *d.Issuer
		}
		if d.IssuedOn != nil {
			w.issued = *d.IssuedOn
		}
		out = append(out, w)
	}
	return out
}

// checkDocs compares found directives with the expected ones, in order.
func checkDocs(t *testing.T, got []Directive, want []wantDoc) {
	t.Helper()
	g := asWant(got)
	if fmt.Sprint(g) != fmt.Sprint(want) {
		t.Errorf("directives:\n got %v\nwant %v", g, want)
	}
}

// doc builds an expected directive.
func doc(number, kind, issuer, issued string, mentions int) wantDoc {
	return wantDoc{number, kind, issuer, issued, mentions}
}

func TestFindDirectivesPatterns(t *testing.T) {
	tests := []struct {
		name, title, text string
		want              []wantDoc
	}{
		{
			name: "D1 party number with date and issuer",
			text: "Sáng 9/5, Quận ủy tổ chức Hội nghị sơ kết 3 năm triển khai thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW.",
			want: []wantDoc{
				doc("01-KL/TW", "Kết luận", "Bộ Chính trị", "2021-05-18", 1),
				doc("05-CT/TW", "Chỉ thị", "", "", 1),
			},
		},
		{
			name: "D2 comma between number and date",
			text: "Thực hiện Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp và Quy định số 294-QĐ/TW, ngày 26/5/2025 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng.",
			want: []wantDoc{
				doc("35-CT/TW", "Chỉ thị", "Bộ Chính trị", "2024-06-14", 1),
				doc("294-QĐ/TW", "Quy định", "Ban Chấp hành Trung ương", "2025-05-26", 1),
			},
		},
		{
			name: "D3 hyphenated date",
			text: "Căn cứ Quyết định số 1632/QĐ-UBND ngày 15-5-2016 của UBND tỉnh về việc khen thưởng; Nghị quyết số 12/NQ-HĐND ngày 30-5-2019.",
			want: []wantDoc{
				doc("1632/QĐ-UBND", "Quyết định", "UBND tỉnh", "2016-05-15", 1),
				doc("12/NQ-HĐND", "Nghị quyết", "", "2019-05-30", 1),
			},
		},
		{
			name: "D4 dotted date",
			text: "Sau 10 năm thực hiện Chỉ thị số 03-CT/TW ngày 14.5.2011 của Bộ Chính trị, các đơn vị hoàn thành trước ngày 30.7.2022.",
			want: []wantDoc{doc("03-CT/TW", "Chỉ thị", "Bộ Chính trị", "2011-05-14", 1)},
		},
		{
			name: "D5 date in words",
			text: "Ban hành kèm theo Quyết định số 09/2018/QĐ-UBND ngày 27 tháng 4 năm 2018 của Ủy ban nhân dân tỉnh Phú Yên và Thông tư số 08/2014/TT-BNV ngày 14 tháng 02 năm 2014.",
			want: []wantDoc{
				doc("09/2018/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh Phú Yên", "2018-04-27", 1),
				doc("08/2014/TT-BNV", "Thông tư", "", "2014-02-14", 1),
			},
		},
		{
			name: "D6 date before the number, issuer before the verb",
			text: "Ngày 28 tháng 7 năm 2021, Ban Chấp hành Trung ương đã ban hành Quy định số 22-QĐ/TW về công tác kiểm tra, giám sát và kỷ luật của Đảng.",
			want: []wantDoc{doc("22-QĐ/TW", "Quy định", "Ban Chấp hành Trung ương", "2021-07-28", 1)},
		},
		{
			name: "D6 date before the number, ngay từ ngày",
			text: "Ngay từ ngày 20/6/2020, Bộ Chính trị đã ban hành Chỉ thị số 45-CT/TW về lãnh đạo đại hội đảng bộ các cấp.",
			want: []wantDoc{doc("45-CT/TW", "Chỉ thị", "Bộ Chính trị", "2020-06-20", 1)},
		},
		{
			name: "D6 negative: event date is not the issue date",
			text: "Ngày 15/5/2024, Tỉnh ủy tổ chức hội nghị quán triệt Chỉ thị số 35-CT/TW do Bộ Chính trị ban hành.",
			want: []wantDoc{doc("35-CT/TW", "Chỉ thị", "Bộ Chính trị", "", 1)},
		},
		{
			name: "D7 slash-then-hyphen party number",
			text: "Thực hiện Chỉ thị số 22/CT-TW của Ban Bí thư về đẩy mạnh phong trào thi đua.",
			want: []wantDoc{doc("22-CT/TW", "Chỉ thị", "Ban Bí thư", "", 1)},
		},
		{
			name: "D8 space after the hyphen",
			text: "Quy định số 08- QĐi/TW của Ban Chấp hành Trung ương và Chỉ thị số 35- CT/TW của Bộ Chính trị.",
			want: []wantDoc{
				doc("08-QĐi/TW", "Quy định", "Ban Chấp hành Trung ương", "", 1),
				doc("35-CT/TW", "Chỉ thị", "Bộ Chính trị", "", 1),
			},
		},
		{
			name: "D9 spaces around the hyphen",
			text: "Thực hiện Kết luận số 100 - KL/TW và Quy định số 47 - QĐ/TW của Ban Chấp hành Trung ương.",
			want: []wantDoc{
				// One issuer after a list of the same body's numbers is
				// the issuer of each.
				doc("100-KL/TW", "Kết luận", "Ban Chấp hành Trung ương", "", 1),
				doc("47-QĐ/TW", "Quy định", "Ban Chấp hành Trung ương", "", 1),
			},
		},
		{
			name: "D10 en dash with a space",
			text: "Tổng kết Nghị quyết số 28 –NQ/TU của Ban Thường vụ Thành ủy. Ban Chỉ đạo thực hiện Nghị quyết 28– NQ/TU đã họp.",
			want: []wantDoc{doc("28-NQ/TU", "Nghị quyết", "Ban Thường vụ Thành ủy", "", 2)},
		},
		{
			name: "D11 space instead of hyphen",
			text: "Các cấp ủy tiếp tục thực hiện Kết luận số 01-KL/TW, Chỉ thị số 05 CT/TW đồng bộ, nghiêm túc.",
			want: []wantDoc{
				doc("01-KL/TW", "Kết luận", "", "", 1),
				doc("05-CT/TW", "Chỉ thị", "", "", 1),
			},
		},
		{
			name: "D12 space after the slash",
			text: "Những điểm mới trong Chỉ thị số 35-CT/ TW của Bộ Chính trị.",
			want: []wantDoc{doc("35-CT/TW", "Chỉ thị", "Bộ Chính trị", "", 1)},
		},
		{
			name: "D13 space inside the date",
			text: "Quy định số 47-QĐ/TW, ngày 01/11/ 2011 của Ban Chấp hành Trung ương về những điều đảng viên không được làm.",
			want: []wantDoc{doc("47-QĐ/TW", "Quy định", "Ban Chấp hành Trung ương", "2011-11-01", 1)},
		},
		{
			name: "D14 lower-case suffix",
			text: "Triển khai kế hoạch số 52-kh/hu của Huyện ủy và quy định 08-qđi/tw.",
			want: []wantDoc{
				doc("52-KH/HU", "Kế hoạch", "Huyện ủy", "", 1),
				doc("08-QĐi/TW", "Quy định", "", "", 1),
			},
		},
		{
			name: "D15 unpadded party number",
			text: "Chỉ thị 5-CT/TW của Bộ Chính trị đi vào cuộc sống. Sơ kết Chỉ thị số 05-CT/TW.",
			want: []wantDoc{doc("05-CT/TW", "Chỉ thị", "Bộ Chính trị", "", 2)},
		},
		{
			name: "D16 Vietnamese letters and long issuer codes",
			text: "Ban Thường vụ Đảng ủy Khối đã ban hành Kế hoạch số 15-KH/ĐUK; Hướng dẫn số 38-HD/BTCTW, Hướng dẫn số 96-HD/BTGTW, Chương trình hành động số 147-CTHĐ/TU, Quyết định số 1364-QĐKT/TWĐTN-VP và Công văn số 4281-CV/BTGTW.",
			want: []wantDoc{
				doc("15-KH/ĐUK", "Kế hoạch", "Ban Thường vụ Đảng ủy Khối", "", 1), // the subject of "đã ban hành"
				doc("38-HD/BTCTW", "Hướng dẫn", "", "", 1),
				doc("96-HD/BTGTW", "Hướng dẫn", "", "", 1),
				doc("147-CTHĐ/TU", "Chương trình hành động", "", "", 1),
				doc("1364-QĐKT/TWĐTN-VP", "Quyết định", "", "", 1),
				doc("4281-CV/BTGTW", "Công văn", "", "", 1),
			},
		},
		{
			name: "D17 short references after the full one",
			text: "Hội nghị sơ kết Kết luận số 01-KL/TW, ngày 18/5/2021 và Quy định số 22-QĐ/TW.\n\nViệc thực hiện Kết luận số 01 đạt kết quả; Kết luận 01 đi vào chiều sâu. Quy định 22 được quán triệt. Nghị quyết 35 chưa có số đầy đủ.",
			want: []wantDoc{
				doc("01-KL/TW", "Kết luận", "", "2021-05-18", 3),
				doc("22-QĐ/TW", "Quy định", "", "", 2),
			},
		},
		{
			name: "D18 alias clause",
			text: "Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị (sau đây gọi tắt là Nghị quyết 35) về tăng cường bảo vệ nền tảng tư tưởng của Đảng. Sau 5 năm thực hiện Nghị quyết 35, ...",
			want: []wantDoc{doc("35-NQ/TW", "Nghị quyết", "Bộ Chính trị", "2018-10-22", 3)},
		},
		{
			name: "D19 same number, two documents",
			text: "Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị về đại hội nhiệm kỳ 2020-2025 đã được thực hiện tốt. Nay Bộ Chính trị ban hành Chỉ thị số 35-CT/TW, ngày 14/6/2024 về đại hội nhiệm kỳ 2025-2030. So với Chỉ thị số 35 năm 2019, Chỉ thị 35 mới có nhiều điểm mới; Chỉ thị số 35-CT/TW yêu cầu rõ hơn.",
			want: []wantDoc{
				doc("35-CT/TW", "Chỉ thị", "Bộ Chính trị", "2019-05-30", 2),
				doc("35-CT/TW", "Chỉ thị", "", "2024-06-14", 3),
			},
		},
		{
			name: "D20 list with the kind word once",
			text: "Quán triệt Nghị quyết số 59-NQ/TW ngày 24/1/2025 về hội nhập quốc tế, Nghị quyết số 70-NQ/TW về năng lượng, 71-NQ/TW, 72-NQ/TW của Bộ Chính trị; Thông báo kết luận số 105-TB/TU, 106-TB/TU; Chỉ thị số 41-CT/TW; Chỉ thị số 42-CT/TW.",
			want: []wantDoc{
				// "của Bộ Chính trị" after the list names the issuer of
				// each of its numbers with the same code (TW).
				doc("59-NQ/TW", "Nghị quyết", "Bộ Chính trị", "2025-01-24", 1),
				doc("70-NQ/TW", "Nghị quyết", "Bộ Chính trị", "", 1),
				doc("71-NQ/TW", "Nghị quyết", "Bộ Chính trị", "", 1),
				doc("72-NQ/TW", "Nghị quyết", "Bộ Chính trị", "", 1),
				doc("105-TB/TU", "Thông báo kết luận", "", "", 1),
				doc("106-TB/TU", "Thông báo kết luận", "", "", 1),
				doc("41-CT/TW", "Chỉ thị", "", "", 1),
				doc("42-CT/TW", "Chỉ thị", "", "", 1),
			},
		},
		{
			name: "D21 state numbers",
			text: "Căn cứ Nghị định số 91/2017/NĐ-CP của Chính phủ; Thông tư số 12/2019/TT-BNV; Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị quyết số 1211/2016/UBTVQH13; Nghị quyết số 22/2019/NQ-HĐND; Số: 54/KH-UBND; Nghị định số 152/2025/NĐ-CP, ngày 14/6/2025 và Tờ trình số 141/TTr-UBND.",
			want: []wantDoc{
				doc("91/2017/NĐ-CP", "Nghị định", "Chính phủ", "", 1),
				doc("12/2019/TT-BNV", "Thông tư", "", "", 1),
				doc("06/2022/QH15", "Luật", "", "", 1),
				doc("1211/2016/UBTVQH13", "Nghị quyết", "", "", 1),
				doc("22/2019/NQ-HĐND", "Nghị quyết", "", "", 1),
				doc("54/KH-UBND", "Kế hoạch", "", "", 1),
				doc("152/2025/NĐ-CP", "Nghị định", "", "2025-06-14", 1),
				doc("141/TTr-UBND", "Tờ trình", "", "", 1),
			},
		},
		{
			name: "D22 mixed-case state and party codes",
			text: "Theo Quyết định 1290/QĐ-TTg của Thủ tướng Chính phủ phê duyệt đề án, quyết định 1256/qđ-ttg và Chương trình số 04-CTr/TU của Tỉnh ủy.",
			want: []wantDoc{
				doc("1290/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", "", 1),
				doc("1256/QĐ-TTg", "Quyết định", "", "", 1),
				doc("04-CTr/TU", "Chương trình", "Tỉnh ủy", "", 1),
			},
		},
		{
			name: "D23 other party document kinds",
			text: "Thông báo kết luận số 105-TB/TU; Công văn số 8011-CV/BTCTW; Hướng dẫn số 02-HD/TW; Quy định số 22-QĐ/TW.",
			want: []wantDoc{
				doc("105-TB/TU", "Thông báo kết luận", "", "", 1),
				doc("8011-CV/BTCTW", "Công văn", "", "", 1),
				doc("02-HD/TW", "Hướng dẫn", "", "", 1),
				doc("22-QĐ/TW", "Quy định", "", "", 1),
			},
		},
		{
			name: "D24 number without suffix and no full form",
			text: "Thực hiện Chỉ thị số 17 của Ban Thường vụ; Quyết định số 2307 về công tác cán bộ; Kế hoạch số 08 của Huyện ủy.",
			want: []wantDoc{},
		},
		{
			name: "D25 abbreviated state number alone is not invented into a document",
			text: "Theo Nghị quyết số 202/2025 của Quốc hội, tỉnh mới hoạt động từ ngày 1/7/2025.",
			want: []wantDoc{},
		},
		{
			name: "D25 abbreviated state number after the full one",
			text: "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính. Theo Nghị quyết số 202/2025, tỉnh mới ...",
			want: []wantDoc{doc("202/2025/QH15", "Nghị quyết", "Quốc hội", "2025-06-12", 2)},
		},
		{
			name: "D26 source errors kept as printed",
			text: "Theo Nghị Quyết số 60-KL/TW của Bộ Chính trị; Kết luận số 445-KL/TƯ và Nghị quyết 13-NQ/TƯ.",
			want: []wantDoc{
				doc("60-KL/TW", "Nghị quyết", "Bộ Chính trị", "", 1),
				doc("445-KL/TW", "Kết luận", "", "", 1),
				doc("13-NQ/TW", "Nghị quyết", "", "", 1),
			},
		},
		{
			name: "D27 short reference only with a date",
			text: "Thực hiện Nghị quyết số 18 ngày 25-10-2017 và Nghị quyết 35 ngày 22/10/2018, tỉnh đã sắp xếp bộ máy.",
			want: []wantDoc{},
		},
		{
			name: "D28 law cited without number",
			text: "Căn cứ Luật Thi đua, khen thưởng năm 2022 và Luật Tổ chức chính quyền địa phương.",
			want: []wantDoc{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkDocs(t, findDirectives(tt.title, tt.text), tt.want)
		})
	}
}

func TestFindDirectivesVariants(t *testing.T) {
	tests := []struct {
		name, title, text string
		want              []wantDoc
	}{
		{
			name: "no-break spaces and dashes",
			text: "Chỉ thị số\u00a005\u00a0–\u00a0CT/TW và Nghị quyết số 28 —NQ/TU, Kết luận số 01\u2011KL/TW.",
			want: []wantDoc{
				doc("05-CT/TW", "Chỉ thị", "", "", 1),
				doc("28-NQ/TU", "Nghị quyết", "", "", 1),
				doc("01-KL/TW", "Kết luận", "", "", 1),
			},
		},
		{
			name: "kind word in capitals and mixed case",
			text: "CHỈ THỊ SỐ 05-CT/TW và Nghị Quyết số 45-NQ/TW.",
			want: []wantDoc{
				doc("05-CT/TW", "Chỉ thị", "", "", 1),
				doc("45-NQ/TW", "Nghị quyết", "", "", 1),
			},
		},
		{
			name: "kind inferred from the code",
			text: "Văn bản tham chiếu: 05-CT/TW, 45/2019/NĐ-CP, 144-QĐ/TW, 2307-QĐ/TW, 12-TB/TU, 36-HD/VPTW, 17-KH/TU.",
			want: []wantDoc{
				doc("05-CT/TW", "Chỉ thị", "", "", 1),
				doc("45/2019/NĐ-CP", "Nghị định", "", "", 1),
				doc("144-QĐ/TW", "Quy định", "", "", 1),
				doc("2307-QĐ/TW", "Quyết định", "", "", 1),
				doc("12-TB/TU", "Thông báo", "", "", 1),
				doc("36-HD/VPTW", "Hướng dẫn", "", "", 1),
				doc("17-KH/TU", "Kế hoạch", "", "", 1),
			},
		},
		{
			name: "tone-mark variants in the issuer",
			text: "Kế hoạch số 45-KH/TU của Ban Thường vụ Thành uỷ về học tập; Chỉ thị số 05-CT/TW của Bộ Chính trị khoá XII; Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII.",
			want: []wantDoc{
				doc("45-KH/TU", "Kế hoạch", "Ban Thường vụ Thành uỷ", "", 1),
				doc("05-CT/TW", "Chỉ thị", "Bộ Chính trị", "", 1),
				doc("18-NQ/TW", "Nghị quyết", "Ban Chấp hành Trung ương Đảng", "", 1),
			},
		},
		{
			name: "issuer after the issuer the date",
			text: "tổng kết 15 năm thực hiện Nghị quyết số 28 –NQ/TU của Ban Thường vụ Thành ủy ngày 10/11/2009 “Về xây dựng tổ chức Đảng”.",
			want: []wantDoc{doc("28-NQ/TU", "Nghị quyết", "Ban Thường vụ Thành ủy", "2009-11-10", 1)},
		},
		{
			name: "issuers of many shapes",
			text: "Nghị định số 30/2020/NĐ-CP của Chính phủ; Thông tư số 01/2024/TT-BGDĐT của Bộ Giáo dục và Đào tạo; Nghị quyết số 16-NQ/TW của Bộ Chính trị và Ban Bí thư; Kết luận số 137-KL/TW của Bộ Chính trị, Ban Bí thư và Kế hoạch số 120-KH/TU của Thành ủy; Nghị quyết số 18-NQ/TW của Hội nghị lần thứ sáu Ban Chấp hành Trung ương; Kế hoạch số 45/KH-UBND của UBND tỉnh Quảng Ninh về việc tổ chức; Luật số 06/2022/QH15 của Quốc hội; Chỉ thị số 12-CT/TU của Tỉnh ủy; Chỉ thị số 13-CT/HU của thành phố.",
			want: []wantDoc{
				doc("30/2020/NĐ-CP", "Nghị định", "Chính phủ", "", 1),
				doc("01/2024/TT-BGDĐT", "Thông tư", "Bộ Giáo dục và Đào tạo", "", 1),
				doc("16-NQ/TW", "Nghị quyết", "Bộ Chính trị và Ban Bí thư", "", 1),
				doc("137-KL/TW", "Kết luận", "Bộ Chính trị, Ban Bí thư", "", 1),
				doc("120-KH/TU", "Kế hoạch", "Thành ủy", "", 1),
				doc("18-NQ/TW", "Nghị quyết", "Hội nghị lần thứ sáu Ban Chấp hành Trung ương", "", 1),
				doc("45/KH-UBND", "Kế hoạch", "UBND tỉnh Quảng Ninh", "", 1),
				doc("06/2022/QH15", "Luật", "Quốc hội", "", 1),
				doc("12-CT/TU", "Chỉ thị", "Tỉnh ủy", "", 1),
				doc("13-CT/HU", "Chỉ thị", "", "", 1),
			},
		},
		{
			name: "issuer and date after được ... ban hành",
			text: "Kết luận số 01-KL/TW được Bộ Chính trị ban hành ngày 18/5/2021. Kế hoạch số 45-KH/TU được Ban Tuyên giáo triển khai.",
			want: []wantDoc{
				doc("01-KL/TW", "Kết luận", "Bộ Chính trị", "2021-05-18", 1),
				doc("45-KH/TU", "Kế hoạch", "", "", 1),
			},
		},
		{
			name: "word glued to the issuer code",
			text: "Thực hiện Chỉ thị số 05-CT/TWngày 15/5/2016 của Bộ Chính trị.",
			want: []wantDoc{doc("05-CT/TW", "Chỉ thị", "Bộ Chính trị", "2016-05-15", 1)},
		},
		{
			name: "short reference before the full one and with leading zero",
			text: "Kết luận 1 được triển khai sâu rộng. Đó là Kết luận số 01-KL/TW của Bộ Chính trị.",
			want: []wantDoc{doc("01-KL/TW", "Kết luận", "Bộ Chính trị", "", 2)},
		},
		{
			name: "short reference of another kind does not count",
			text: "Chỉ thị số 05-CT/TW của Bộ Chính trị; Kết luận 05 của Tỉnh ủy; Nghị quyết số 05 năm 2020.",
			want: []wantDoc{doc("05-CT/TW", "Chỉ thị", "Bộ Chính trị", "", 1)},
		},
		{
			name: "issuer of the wrong level is left out",
			text: "Hội nghị sơ kết Kết luận số 01-KL/TW của Thành ủy; Chỉ thị số 05-CT/TW. Sơ kết Chỉ thị 05 của Đảng ủy Khối; Chỉ thị 05 của Bộ Chính trị. Nghị quyết số 28-NQ/TU của Bộ Chính trị; Quyết định số 12/QĐ-UBND của Thủ tướng.",
			want: []wantDoc{
				doc("01-KL/TW", "Kết luận", "", "", 1),
				doc("05-CT/TW", "Chỉ thị", "Bộ Chính trị", "", 3),
				doc("28-NQ/TU", "Nghị quyết", "", "", 1),
				doc("12/QĐ-UBND", "Quyết định", "", "", 1),
			},
		},
		{
			name: "short reference with a conflicting date does not count",
			text: "Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương. Nghị quyết số 18 ngày 1/3/2020 của Tỉnh ủy.",
			want: []wantDoc{doc("18-NQ/TW", "Nghị quyết", "Ban Chấp hành Trung ương", "2017-10-25", 1)},
		},
		{
			name: "short reference year only prefers but never excludes",
			text: "Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị. Kế hoạch thực hiện Kết luận số 01 năm 2024.",
			want: []wantDoc{doc("01-KL/TW", "Kết luận", "Bộ Chính trị", "2021-05-18", 2)},
		},
		{
			name:  "headline short reference resolves one full citation",
			title: "Tổng kết 15 năm thực hiện Nghị quyết số 28 của Ban Thường vụ Thành ủy",
			text:  "Quận ủy tổng kết Nghị quyết 28-NQ/TU. Nghị quyết 28 đã đi vào cuộc sống.",
			want:  []wantDoc{doc("28-NQ/TU", "Nghị quyết", "Ban Thường vụ Thành ủy", "", 2)},
		},
		{
			name:  "headline short reference with no full citation invents nothing",
			title: "Tổng kết 15 năm thực hiện Nghị quyết số 28 của Ban Thường vụ Thành ủy",
			text:  "Quận ủy tổng kết việc thực hiện nghị quyết.",
			want:  []wantDoc{},
		},
		{
			name:  "headline short reference matching two documents is not resolved",
			title: "Thực hiện Nghị quyết 28 của Thành ủy",
			text:  "Nghị quyết số 28-NQ/TU của Tỉnh ủy và Nghị quyết số 28/NQ-HĐND.",
			want: []wantDoc{
				doc("28-NQ/TU", "Nghị quyết", "Tỉnh ủy", "", 1),
				doc("28/NQ-HĐND", "Nghị quyết", "", "", 1),
			},
		},
		{
			name:  "headline full citation counts text short references only",
			title: "Sơ kết 2 năm thực hiện Kết luận số 01-KL/TW của Bộ Chính trị",
			text:  "Việc thực hiện Kết luận số 01 được quan tâm. Kết luận 01 đi vào cuộc sống.",
			want:  []wantDoc{doc("01-KL/TW", "Kết luận", "Bộ Chính trị", "", 2)},
		},
		{
			name:  "headline-only full citation has one mention and comes last",
			title: "Triển khai Nghị quyết 57-NQ/TW",
			text:  "Tỉnh ủy ban hành Kế hoạch số 12-KH/TU về chuyển đổi số.",
			want: []wantDoc{
				doc("12-KH/TU", "Kế hoạch", "Tỉnh ủy", "", 1),
				doc("57-NQ/TW", "Nghị quyết", "", "", 1),
			},
		},
		{
			name: "kind word after gap only for laws",
			text: "Luật Thi đua, khen thưởng số 06/2022/QH15 và Quyết định khen thưởng số 1234/QĐ-UBND.",
			want: []wantDoc{
				doc("06/2022/QH15", "Luật", "", "", 1),
				doc("1234/QĐ-UBND", "Quyết định", "", "", 1),
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkDocs(t, findDirectives(tt.title, tt.text), tt.want)
		})
	}
}

// TestFindDirectivesTraps checks numbers that look like document numbers
// and are not.
func TestFindDirectivesTraps(t *testing.T) {
	tests := []struct{ name, text string }{
		{"trap phone numbers", "Mọi chi tiết liên hệ số điện thoại 0225.3842.123 hoặc (0225) 3842123, đường dây nóng 1900-1234."},
		{"trap licence GP", "Giấy phép số 123/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 15/3/2020."},
		{"trap licence GP with kind word", "Quyết định cấp Giấy phép số 45/GP-BTTTT và 46/GPXB-BTTTT."},
		{"trap dates", "Kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2023). Sáng 11/5/2023, hội nghị khai mạc; kế hoạch 2021-2025."},
		{"trap scores and ratios", "Đội nhà thắng 3-2, tỉ số 3/5 điểm; 21/21 đảng bộ hoàn thành, kết nạp 8.793/6.500 đảng viên, 17/17 chỉ tiêu."},
		{"trap addresses", "Trụ sở tại số 2 Hải Phòng, số 15 đường Lê Lợi, Quận 1, hẻm 12/3A Nguyễn Trãi, phòng 203/B."},
		{"trap COVID and model numbers", "Phòng chống dịch COVID-19, máy bay Su-30MK2, điện thoại iPhone 15/Pro, xe 29A-123.45."},
		{"trap units per period", "Sinh hoạt 1 lần/tháng, 5 lần/năm, 100 km/h, 2 ha/hộ; 1/ Tăng cường công tác tuyên truyền."},
		{"trap kind word with a year or program name", "Kế hoạch 2024 và Chương trình 135 đã đạt kết quả; Nghị quyết 57 chưa có số đầy đủ; Kế hoạch năm 2024."},
		{"trap unknown code without a kind word", "Lớp 12 A/B và mã 12-XY/ZT trong danh sách."},
		{"trap thousands before a number", "Hỗ trợ 1.234/QĐ cho 5 hộ."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := findDirectives("", tt.text); len(got) != 0 {
				t.Errorf("want none, got %v", asWant(got))
			}
		})
	}
}

// readSeed returns the text of the seed article whose file name starts
// with prefix, skipping the test when the shared seeds are absent.
func readSeed(t testing.TB, prefix string) string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("/work/shared/seeds", prefix+"*.txt"))
	if len(files) == 0 {
		t.Skip("shared seeds not available")
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestFindDirectivesSeeds(t *testing.T) {
	tests := []struct {
		seed string
		want []wantDoc
	}{
		{"000", []wantDoc{
			doc("01-KL/TW", "Kết luận", "Bộ Chính trị", "2021-05-18", 6),
			doc("05-CT/TW", "Chỉ thị", "Bộ Chính trị", "2016-05-15", 2),
			doc("45-NQ/TW", "Nghị quyết", "Bộ Chính trị", "", 1),
		}},
		{"001", []wantDoc{
			doc("01-KL/TW", "Kết luận", "Bộ Chính trị", "2021-05-18", 5),
			doc("05-CT/TW", "Chỉ thị", "", "2016-05-15", 2),
			doc("28-NQ/TU", "Nghị quyết", "Ban Thường vụ Thành ủy", "2009-11-10", 5),
		}},
		{"002", []wantDoc{
			doc("05-CT/TW", "Chỉ thị", "Bộ Chính trị", "", 9),
			doc("17-KH/TU", "Kế hoạch", "Thành ủy Hà Nội", "2021-02-26", 1),
			doc("15-KH/ĐUK", "Kế hoạch", "Ban Thường vụ Đảng ủy Khối", "", 1), // "Ban Thường vụ Đảng ủy Khối đã ban hành Kế hoạch số 15-KH/ĐUK"
		}},
		{"003", []wantDoc{
			doc("01-KL/TW", "Kết luận", "Bộ Chính trị", "2021-05-18", 4),
			doc("05-CT/TW", "Chỉ thị", "Bộ Chính trị", "2016-05-15", 1),
		}},
		{"004", []wantDoc{
			doc("01-KL/TW", "Kết luận", "Bộ Chính trị", "2021-05-18", 3),
			doc("05-CT/TW", "Chỉ thị", "", "", 2),
		}},
	}
	for _, tt := range tests {
		t.Run("seed "+tt.seed, func(t *testing.T) {
			checkDocs(t, findDirectives("", readSeed(t, tt.seed)), tt.want)
		})
	}
}

func TestCanonicalDirectiveNumber(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"01-KL/TW", "01-KL/TW", true},
		{"01 KL/TW", "01-KL/TW", true},
		{"1-KL/TW", "01-KL/TW", true},
		{"01–KL/TW", "01-KL/TW", true},
		{" 35 - CT/ TW ", "35-CT/TW", true},
		{"22/CT-TW", "22-CT/TW", true},
		{"08-qđi/tw", "08-QĐi/TW", true},
		{"15-KH/ĐUK", "15-KH/ĐUK", true},
		{"445-KL/TƯ", "445-KL/TW", true},
		{"1290/qđ-ttg", "1290/QĐ-TTg", true},
		{"141/TTr-UBND", "141/TTr-UBND", true},
		{"45/2019/NĐ-CP", "45/2019/NĐ-CP", true},
		{"06/2022/QH15", "06/2022/QH15", true},
		{"202/2025", "202/2025", true},
		{"123/GP-BTTTT", "", false},
		{"01-KL/TW về", "", false},
		{"Kết luận 01", "", false},
		{"19/5/2023", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := CanonicalDirectiveNumber(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("CanonicalDirectiveNumber(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// TestFindDirectivesHugeInput checks that a huge input is read in bounded
// time and still yields valid documents.
func TestFindDirectivesHugeInput(t *testing.T) {
	text := strings.Repeat("Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị. Kết luận 01. ", 40000)
	got := findDirectives(strings.Repeat("Chỉ thị 05-CT/TW ", 1000), text)
	if len(got) != 2 || got[0].Number != "01-KL/TW" || got[0].Mentions < 1000 {
		t.Fatalf("got %v", asWant(got))
	}
}

// BenchmarkFindDirectives measures the directive rules over the seed texts.
func BenchmarkFindDirectives(b *testing.B) {
	files, _ := filepath.Glob("/work/shared/seeds/*.txt")
	if len(files) == 0 {
		b.Skip("shared seeds not available")
	}
	var texts []string
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		size += len(data)
	}
	b.SetBytes(int64(size / len(texts)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		findDirectives("", texts[i%len(texts)])
	}
}

// TestJointDocumentKinds: joint regulations and programmes between bodies
// ("Quy chế phối hợp số 01/QCPH-UBND") are documents like any other.
func TestJointDocumentKinds(t *testing.T) {
	got := findDirectives("", "Hai bên đã ký Quy chế phối hợp số 01/QCPH-UBND-MTTQ giữa UBND tỉnh và Ủy ban MTTQ Việt Nam tỉnh; thực hiện Chương trình phối hợp số 05/CTPH-HND-SNN.")
	if len(got) != 2 || got[0].Number != "01/QCPH-UBND-MTTQ" || got[0].Kind != "Quy chế phối hợp" ||
		got[1].Number != "05/CTPH-HND-SNN" || got[1].Kind != "Chương trình phối hợp" {
		t.Errorf("got %+v", got)
	}
}

// TestIssuerStopsAtNextDocument: "của Bộ Chính trị và Kết luận số 01-KL/TW"
// joins two documents, not an issuer named "Bộ Chính trị và Kết luận".
func TestIssuerStopsAtNextDocument(t *testing.T) {
	got := findDirectives("", "Quận ủy sơ kết thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị và Kết luận số 01-KL/TW của Bộ Chính trị khóa XIII.")
	if len(got) != 2 || got[0].Issuer == nil || *got[0].Issuer != "Bộ Chính trị" {
		t.Fatalf("got %+v", got)
	}
}

// Issuers named once for a list, or before the document as the subject of
// its enactment, and the look-alikes that must not take them.
func TestDirectiveIssuers(t *testing.T) {
	tests := []struct {
		name, text string
		want       []wantDoc
	}{
		{
			name: "list of one body's resolutions",
			text: "Quán triệt các Nghị quyết số 18-NQ/TW, 19-NQ/TW, 20-NQ/TW và 21-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XIII.",
			want: []wantDoc{
				doc("18-NQ/TW", "Nghị quyết", "Ban Chấp hành Trung ương Đảng", "", 1),
				doc("19-NQ/TW", "Nghị quyết", "Ban Chấp hành Trung ương Đảng", "", 1),
				doc("20-NQ/TW", "Nghị quyết", "Ban Chấp hành Trung ương Đảng", "", 1),
				doc("21-NQ/TW", "Nghị quyết", "Ban Chấp hành Trung ương Đảng", "", 1),
			},
		},
		{
			name: "list with dates",
			text: "Thực hiện Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011 và Quyết định số 56/2013/QĐ-TTg ngày 07/10/2013 của Thủ tướng Chính phủ.",
			want: []wantDoc{
				doc("18/2011/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", "2011-03-18", 1),
				doc("56/2013/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", "2013-10-07", 1),
			},
		},
		{
			name: "another body's number ends the list",
			text: "Triển khai Kế hoạch số 27-KH/TU và Quyết định số 12/QĐ-UBND của UBND tỉnh.",
			want: []wantDoc{
				doc("27-KH/TU", "Kế hoạch", "", "", 1),
				doc("12/QĐ-UBND", "Quyết định", "UBND tỉnh", "", 1),
			},
		},
		{
			name: "list items with their subjects",
			text: "Quán triệt Nghị quyết số 57-NQ/TW, ngày 22/12/2024 về đột phá phát triển khoa học, công nghệ; Nghị quyết số 59-NQ/TW, ngày 24/1/2025 về hội nhập quốc tế; Nghị quyết số 66-NQ/TW, 68-NQ/TW của Bộ Chính trị.",
			want: []wantDoc{
				doc("57-NQ/TW", "Nghị quyết", "Bộ Chính trị", "2024-12-22", 1),
				doc("59-NQ/TW", "Nghị quyết", "Bộ Chính trị", "2025-01-24", 1),
				doc("66-NQ/TW", "Nghị quyết", "Bộ Chính trị", "", 1),
				doc("68-NQ/TW", "Nghị quyết", "Bộ Chính trị", "", 1),
			},
		},
		{
			name: "a sentence between the numbers ends the list",
			text: "Tỉnh đã thực hiện Nghị quyết số 18-NQ/TW. Đồng thời, Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương cũng được quán triệt.",
			want: []wantDoc{
				doc("18-NQ/TW", "Nghị quyết", "", "", 1),
				doc("19-NQ/TW", "Nghị quyết", "Ban Chấp hành Trung ương", "", 1),
			},
		},
		{
			name: "the signer",
			text: "Thủ tướng Chính phủ vừa ký Quyết định số 1105/QĐ-TTg về việc tặng Cờ thi đua của Chính phủ.",
			want: []wantDoc{doc("1105/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", "", 1)},
		},
		{
			name: "the subject that enacts it",
			text: "Để sơ kết, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 27-KH/TU ngày 20/3/2023.",
			want: []wantDoc{doc("27-KH/TU", "Kế hoạch", "Ban Thường vụ Tỉnh ủy", "2023-03-20", 1)},
		},
		{
			name: "a subject that is no body",
			text: "Các cấp ủy đã ban hành Kế hoạch số 27-KH/TU. Sau khi nhận văn bản, huyện ban hành Kế hoạch số 86-KH/HU.",
			want: []wantDoc{
				doc("27-KH/TU", "Kế hoạch", "", "", 1),
				doc("86-KH/HU", "Kế hoạch", "", "", 1),
			},
		},
		{
			name: "a plenum and the Central Military Commission",
			text: "Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII; Nghị quyết số 847-NQ/QUTW ngày 28/12/2021 của Quân ủy Trung ương; Kết luận số 14-KL/TW của Hội nghị sơ kết.",
			want: []wantDoc{
				doc("21-KL/TW", "Kết luận", "Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII", "2021-10-25", 1),
				doc("847-NQ/QUTW", "Nghị quyết", "Quân ủy Trung ương", "2021-12-28", 1),
				doc("14-KL/TW", "Kết luận", "", "", 1),
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkDocs(t, findDirectives("", tt.text), tt.want)
		})
	}
}

// TestDirectiveDateBeforeNumber covers pattern D6 in the forms news uses:
// the date, then a clause that issues or signs the document (on behalf
// of a body, by a signer, "ra", "có"), then the document; and the dates
// of other clauses, which are not the document's.
func TestDirectiveDateBeforeNumber(t *testing.T) {
	tests := []struct {
		name, text string
		want       []wantDoc
	}{
		{
			name: "signed on behalf of the Central Committee",
			text: "Ngày 28 tháng 7 năm 2021, thay mặt Ban Chấp hành Trung ương, Thường trực Ban Bí thư đã ký ban hành Quy định số 22-QĐ/TW về công tác kiểm tra, giám sát và kỷ luật của Đảng.",
			want: []wantDoc{doc("22-QĐ/TW", "Quy định", "Ban Chấp hành Trung ương", "2021-07-28", 1)},
		},
		{
			name: "signed on behalf of the Secretariat by a named officer",
			text: "Ngày 23/11/2023, thay mặt Ban Bí thư, Thường trực Ban Bí thư Trương Thị Mai đã ký ban hành Chỉ thị số 26-CT/TW về tăng cường sự lãnh đạo của Đảng.",
			want: []wantDoc{doc("26-CT/TW", "Chỉ thị", "Ban Bí thư", "2023-11-23", 1)},
		},
		{
			name: "on behalf of, after the signer",
			text: "Ngày 14/6/2024, đồng chí Trương Thị Mai, Thường trực Ban Bí thư, đã thay mặt Bộ Chính trị ký ban hành Chỉ thị số 35-CT/TW về đại hội đảng bộ các cấp.",
			want: []wantDoc{doc("35-CT/TW", "Chỉ thị", "Bộ Chính trị", "2024-06-14", 1)},
		},
		{
			name: "on behalf of, in commas after the signer",
			text: "Ngày 14/6/2024, Tổng Bí thư Tô Lâm, thay mặt Bộ Chính trị, đã ký ban hành Chỉ thị số 35-CT/TW về đại hội đảng bộ các cấp.",
			want: []wantDoc{doc("35-CT/TW", "Chỉ thị", "Bộ Chính trị", "2024-06-14", 1)},
		},
		{
			name: "a signer is not the issuer",
			text: "Ngày 28/7/2021, Tổng Bí thư Nguyễn Phú Trọng đã ký Quy định số 22-QĐ/TW về công tác kiểm tra.",
			want: []wantDoc{doc("22-QĐ/TW", "Quy định", "", "2021-07-28", 1)},
		},
		{
			name: "a named comrade is not the issuer",
			text: "Ngày 5/4/2024, đồng chí Nguyễn Văn Hùng đã ký ban hành Kế hoạch số 150-KH/TU về tổ chức đại hội.",
			want: []wantDoc{doc("150-KH/TU", "Kế hoạch", "", "2024-04-05", 1)},
		},
		{
			name: "ra",
			text: "Ngày 18/5/2021, Bộ Chính trị ra Kết luận số 01-KL/TW về tiếp tục thực hiện Chỉ thị số 05-CT/TW.",
			want: []wantDoc{
				doc("01-KL/TW", "Kết luận", "Bộ Chính trị", "2021-05-18", 1),
				doc("05-CT/TW", "Chỉ thị", "", "", 1),
			},
		},
		{
			name: "đã có",
			text: "Ngày 18/5/2021, Bộ Chính trị đã có Kết luận số 01-KL/TW về tiếp tục thực hiện Chỉ thị số 05-CT/TW.",
			want: []wantDoc{
				doc("01-KL/TW", "Kết luận", "Bộ Chính trị", "2021-05-18", 1),
				doc("05-CT/TW", "Chỉ thị", "", "", 1),
			},
		},
		{
			name: "provincial body and state decision",
			text: "Ngày 12 tháng 3 năm 2024, Ủy ban nhân dân tỉnh Lâm Đồng đã ký ban hành Quyết định số 450/QĐ-UBND về việc khen thưởng.",
			want: []wantDoc{doc("450/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh Lâm Đồng", "2024-03-12", 1)},
		},
		{
			name: "a title with its body keeps the body, not the person",
			text: "Ngày 2/8/2023, Thủ tướng Chính phủ Phạm Minh Chính đã ký Quyết định số 925/QĐ-TTg về việc tặng Cờ thi đua.",
			want: []wantDoc{doc("925/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", "2023-08-02", 1)},
		},
		{
			name: "the event date of another clause",
			text: "Ngày 5/3/2024, Huyện ủy tổ chức hội nghị quán triệt Kết luận số 01-KL/TW của Bộ Chính trị.",
			want: []wantDoc{doc("01-KL/TW", "Kết luận", "Bộ Chính trị", "", 1)},
		},
		{
			name: "the event date before a meeting that ra a document",
			text: "Ngày 5/3/2024, Huyện ủy tổ chức hội nghị và ra Nghị quyết số 12-NQ/HU về phát triển kinh tế.",
			want: []wantDoc{doc("12-NQ/HU", "Nghị quyết", "", "", 1)},
		},
		{
			name: "only the document right after the verb takes the date",
			text: "Ngày 5/3/2024, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 12-KH/TU thực hiện Kết luận số 01-KL/TW và Chỉ thị số 05-CT/TW.",
			want: []wantDoc{
				doc("12-KH/TU", "Kế hoạch", "Ban Thường vụ Tỉnh ủy", "2024-03-05", 1),
				doc("01-KL/TW", "Kết luận", "", "", 1),
				doc("05-CT/TW", "Chỉ thị", "", "", 1),
			},
		},
		{
			name: "a date opening the next clause is the next document's",
			text: "Thực hiện Công văn số 123-CV/TU của Ban Thường vụ Tỉnh ủy, ngày 5/3/2024, Huyện ủy ban hành Kế hoạch số 12-KH/HU. Chỉ thị số 05-CT/TW của Bộ Chính trị, ngày 15/5/2016, về đẩy mạnh học tập.",
			want: []wantDoc{
				doc("123-CV/TU", "Công văn", "Ban Thường vụ Tỉnh ủy", "", 1),
				doc("12-KH/HU", "Kế hoạch", "Huyện ủy", "2024-03-05", 1),
				doc("05-CT/TW", "Chỉ thị", "Bộ Chính trị", "2016-05-15", 1),
			},
		},
		{
			name: "a date in another sentence",
			text: "Hội nghị diễn ra ngày 5/3/2024. Bộ Chính trị ban hành Kết luận số 01-KL/TW từ năm 2021.",
			want: []wantDoc{doc("01-KL/TW", "Kết luận", "Bộ Chính trị", "", 1)},
		},
		{
			name: "a date then a place and another clause",
			text: "Ngày 5/3/2024, tại Hội trường Tỉnh ủy, Ban Tuyên giáo có Công văn số 12-CV/BTGTU hướng dẫn.",
			want: []wantDoc{doc("12-CV/BTGTU", "Công văn", "Ban Tuyên giáo", "", 1)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkDocs(t, findDirectives("", tt.text), tt.want)
		})
	}
}

// TestDirectiveIssuerNames covers issuers named as written (D16): long
// official names with lower-case words, bodies whose Party code is
// central without ending in TW, and signers who are not issuers.
func TestDirectiveIssuerNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []wantDoc
	}{
		{
			name: "national academy with lower-case words",
			text: "Thực hiện Kế hoạch số 57-KH/HVCTQG của Học viện Chính trị quốc gia Hồ Chí Minh về cuộc thi chính luận.",
			want: []wantDoc{doc("57-KH/HVCTQG", "Kế hoạch", "Học viện Chính trị quốc gia Hồ Chí Minh", "", 1)},
		},
		{
			name: "regional academy",
			text: "Theo Quyết định số 120-QĐ/HVCTKV của Học viện Chính trị khu vực I về tuyển sinh.",
			want: []wantDoc{doc("120-QĐ/HVCTKV", "Quyết định", "Học viện Chính trị khu vực I", "", 1)},
		},
		{
			name: "supreme procuracy",
			text: "Căn cứ Quyết định số 12/QĐ-VKSTC của Viện kiểm sát nhân dân tối cao về thi đua.",
			want: []wantDoc{doc("12/QĐ-VKSTC", "Quyết định", "Viện kiểm sát nhân dân tối cao", "", 1)},
		},
		{
			name: "Youth Union's Central Committee after the number",
			text: "Theo Quyết định số 1364-QĐKT/TWĐTN-VP của Ban Bí thư Trung ương Đoàn, 63 đồng chí được tặng Kỷ niệm chương.",
			want: []wantDoc{doc("1364-QĐKT/TWĐTN-VP", "Quyết định", "Ban Bí thư Trung ương Đoàn", "", 1)},
		},
		{
			name: "Youth Union's Central Committee as the subject",
			text: "Ban Bí thư Trung ương Đoàn ban hành Quyết định số 1364-QĐKT/TWĐTN-VP về việc tặng Kỷ niệm chương.",
			want: []wantDoc{doc("1364-QĐKT/TWĐTN-VP", "Quyết định", "Ban Bí thư Trung ương Đoàn", "", 1)},
		},
		{
			name: "a local body is still not a central number's issuer",
			text: "Triển khai Kết luận số 01-KL/TW của Tỉnh ủy; Kế hoạch số 12-KH/TU của Bộ Chính trị; Kế hoạch số 05-KH/TWĐTN của Tỉnh đoàn.",
			want: []wantDoc{
				doc("01-KL/TW", "Kết luận", "", "", 1),
				doc("12-KH/TU", "Kế hoạch", "", "", 1),
				doc("05-KH/TWĐTN", "Kế hoạch", "", "", 1),
			},
		},
		{
			name: "a signer as the subject, without a date",
			text: "Tổng Bí thư Nguyễn Phú Trọng đã ký Quy định số 22-QĐ/TW. Chủ tịch UBND tỉnh Nguyễn Văn Út đã ký Quyết định số 1632/QĐ-UBND.",
			want: []wantDoc{
				doc("22-QĐ/TW", "Quy định", "", "", 1),
				doc("1632/QĐ-UBND", "Quyết định", "Chủ tịch UBND tỉnh", "", 1),
			},
		},
		{
			name: "on behalf of a body, without a date",
			text: "Thay mặt Ban Thường vụ Tỉnh ủy, đồng chí Phó Bí thư Thường trực đã ký ban hành Chỉ thị số 15-CT/TU về lãnh đạo đại hội.",
			want: []wantDoc{doc("15-CT/TU", "Chỉ thị", "Ban Thường vụ Tỉnh ủy", "", 1)},
		},
		{
			name: "a place that looks like a name stays in the issuer",
			text: "Quyết định số 450/QĐ-UBND của Chủ tịch UBND tỉnh Lâm Đồng; Nghị quyết số 12/NQ-HĐND của Hội đồng nhân dân tỉnh Hà Tĩnh.",
			want: []wantDoc{
				doc("450/QĐ-UBND", "Quyết định", "Chủ tịch UBND tỉnh Lâm Đồng", "", 1),
				doc("12/NQ-HĐND", "Nghị quyết", "Hội đồng nhân dân tỉnh Hà Tĩnh", "", 1),
			},
		},
		{
			name: "a commune named after a person stays in the issuer",
			text: "Quyết định số 45/QĐ-UBND của Chủ tịch UBND xã Lê Lợi về khen thưởng; Quyết định số 1105/QĐ-TTg của Thủ tướng Chính phủ Phạm Minh Chính.",
			want: []wantDoc{
				doc("45/QĐ-UBND", "Quyết định", "Chủ tịch UBND xã Lê Lợi", "", 1),
				doc("1105/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", "", 1),
			},
		},
		{
			name: "a verb after the body ends the name",
			text: "Quyết định số 450/QĐ-UBND của Chủ tịch UBND tỉnh tặng Bằng khen cho 12 tập thể; Kế hoạch số 27-KH/TU của Ban Thường vụ Tỉnh ủy triển khai Kết luận.",
			want: []wantDoc{
				doc("450/QĐ-UBND", "Quyết định", "Chủ tịch UBND tỉnh", "", 1),
				doc("27-KH/TU", "Kế hoạch", "Ban Thường vụ Tỉnh ủy", "", 1),
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkDocs(t, findDirectives("", tt.text), tt.want)
		})
	}
}

// TestDirectiveIssuerForms covers issuers that agency prefixes (L11),
// lower-case source words, a conjunction before the subject and a body
// named without "của" used to hide, with the look-alikes that must still
// give none.
func TestDirectiveIssuerForms(t *testing.T) {
	tests := []struct {
		name, text string
		want       []wantDoc
	}{
		{
			name: "L11 agency prefix before the subject",
			text: "(Baonghean.vn) - Thủ tướng Chính phủ vừa ban hành Quyết định số 231/QĐ-TTg, ngày 14/3/2023 về việc tặng Cờ thi đua cho tập thể Báo Nghệ An.",
			want: []wantDoc{doc("231/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", "2023-03-14", 1)},
		},
		{
			name: "L11 prefixes of other outlets",
			text: "(QNO) - Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 27-KH/TU về sơ kết.\n\nHNP - Thành ủy Hà Nội vừa ban hành Chỉ thị số 15-CT/TU.\n\nCTTĐT - Ban Thường vụ Tỉnh ủy ban hành Nghị quyết số 12-NQ/TU.\n\n(ĐCSVN) - Bộ Chính trị đã ban hành Kết luận số 01-KL/TW.",
			want: []wantDoc{
				doc("27-KH/TU", "Kế hoạch", "Ban Thường vụ Tỉnh ủy", "", 1),
				doc("15-CT/TU", "Chỉ thị", "Thành ủy Hà Nội", "", 1),
				doc("12-NQ/TU", "Nghị quyết", "Ban Thường vụ Tỉnh ủy", "", 1),
				doc("01-KL/TW", "Kết luận", "Bộ Chính trị", "", 1),
			},
		},
		{
			name: "L11 prefix with D6 date",
			text: "CTTĐT - Ngày 6/8/2024, Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 25-CT/TU về phòng, chống thiên tai.",
			want: []wantDoc{doc("25-CT/TU", "Chỉ thị", "Ban Thường vụ Tỉnh ủy Yên Bái", "2024-08-06", 1)},
		},
		{
			name: "a prefix before a clause that is no body",
			text: "(QNO) - Các cấp ủy đã ban hành Kế hoạch số 27-KH/TU.",
			want: []wantDoc{doc("27-KH/TU", "Kế hoạch", "", "", 1)},
		},
		{
			name: "lower-case central bodies as written",
			text: "Chiều ngày 19/5, BTV Huyện ủy sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ chính trị về đẩy mạnh học tập; Kết luận số 01-KL/TW của Ban bí thư; Kế hoạch số 27-KH/TU của Ban thường vụ Tỉnh ủy.",
			want: []wantDoc{
				doc("05-CT/TW", "Chỉ thị", "Bộ chính trị", "2016-05-15", 1),
				doc("01-KL/TW", "Kết luận", "Ban bí thư", "", 1),
				doc("27-KH/TU", "Kế hoạch", "Ban thường vụ Tỉnh ủy", "", 1),
			},
		},
		{
			name: "a lower-case word after the body still ends it",
			text: "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị chính thức đi vào cuộc sống.",
			want: []wantDoc{doc("05-CT/TW", "Chỉ thị", "Bộ Chính trị", "", 1)},
		},
		{
			name: "subject after a conjunction",
			text: "Ngay sau khi Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 19-CT/TU ngày 18/5/2022 về tăng cường sự lãnh đạo của Đảng đối với chuyển đổi số, cả hệ thống chính trị đã vào cuộc.",
			want: []wantDoc{doc("19-CT/TU", "Chỉ thị", "Ban Thường vụ Tỉnh ủy", "2022-05-18", 1)},
		},
		{
			name: "Khi and Từ khi",
			text: "Khi Bộ Chính trị ban hành Kết luận số 01-KL/TW, Quận ủy đã xây dựng kế hoạch. Từ khi Tỉnh ủy ban hành Nghị quyết số 12-NQ/TU, tỉnh đã đạt nhiều kết quả.",
			want: []wantDoc{
				doc("01-KL/TW", "Kết luận", "Bộ Chính trị", "", 1),
				doc("12-NQ/TU", "Nghị quyết", "Tỉnh ủy", "", 1),
			},
		},
		{
			name: "a conjunction before a clause that is no body",
			text: "Sau khi nhận văn bản, huyện ban hành Kế hoạch số 86-KH/HU. Sau khi hội nghị ban hành Kế hoạch số 87-KH/HU, các xã triển khai.",
			want: []wantDoc{
				doc("86-KH/HU", "Kế hoạch", "", "", 1),
				doc("87-KH/HU", "Kế hoạch", "", "", 1),
			},
		},
		{
			name: "body named after the number without của",
			text: "Thực hiện Nghị quyết 57-NQ/TW của Bộ Chính trị, Quyết định số 204-QĐ/TW của Ban Bí thư Trung ương Đảng, Kế hoạch số 02-KH/BCĐTW Ban Chỉ đạo Trung ương, trên địa bàn tỉnh.",
			want: []wantDoc{
				doc("57-NQ/TW", "Nghị quyết", "Bộ Chính trị", "", 1),
				doc("204-QĐ/TW", "Quyết định", "Ban Bí thư Trung ương Đảng", "", 1),
				doc("02-KH/BCĐTW", "Kế hoạch", "Ban Chỉ đạo Trung ương", "", 1),
			},
		},
		{
			name: "body without của before về and a date",
			text: "Quán triệt Chỉ thị số 35-CT/TW Bộ Chính trị về đại hội đảng bộ các cấp và Quyết định số 1234/QĐ-UBND UBND tỉnh ngày 5/3/2024.",
			want: []wantDoc{
				doc("35-CT/TW", "Chỉ thị", "Bộ Chính trị", "", 1),
				doc("1234/QĐ-UBND", "Quyết định", "UBND tỉnh", "2024-03-05", 1),
			},
		},
		{
			name: "the next clause's subject printed without its comma",
			text: "Thực hiện Kế hoạch số 27-KH/TU Ban Thường vụ Huyện ủy đã tổ chức hội nghị. Sau Chỉ thị số 05-CT/TW Ban Thường vụ Huyện ủy ban hành Kế hoạch số 12-KH/HU.",
			want: []wantDoc{
				doc("27-KH/TU", "Kế hoạch", "", "", 1),
				doc("05-CT/TW", "Chỉ thị", "", "", 1),
				doc("12-KH/HU", "Kế hoạch", "", "", 1),
			},
		},
		{
			name: "a provincial body without của is not a central number's issuer",
			text: "Triển khai Kết luận số 01-KL/TW Ban Thường vụ Tỉnh ủy, các chi bộ xây dựng kế hoạch.",
			want: []wantDoc{doc("01-KL/TW", "Kết luận", "", "", 1)},
		},
		{
			name: "a deputy signs for the office",
			text: "Phó Thủ tướng Thường trực Chính phủ Phạm Bình Minh đã ký Quyết định số 1820/QĐ-TTg về việc tặng Bằng khen. Phó Chủ tịch UBND tỉnh Nguyễn Văn Út đã ký Quyết định số 1632/QĐ-UBND.",
			want: []wantDoc{
				doc("1820/QĐ-TTg", "Quyết định", "", "", 1),
				doc("1632/QĐ-UBND", "Quyết định", "", "", 1),
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkDocs(t, findDirectives("", tt.text), tt.want)
		})
	}
}

// TestDirectiveDateBeforeNumberYearless covers pattern D6 with a date
// without its year ("Ngày 5-12, Phó Thủ tướng ... ký Quyết định số ..."):
// the year comes from the publication date, as an event lead's does, and
// without one there is no date; other clauses' dates stay out.
func TestDirectiveDateBeforeNumberYearless(t *testing.T) {
	pub := evDay(2022, 12, 6)
	tests := []struct {
		name, text string
		pub        *time.Time
		want       []wantDoc
	}{
		{
			name: "deputy prime minister signs",
			text: "Ngày 5-12, Phó Thủ tướng Chính phủ Trần Lưu Quang ký Quyết định số 1571/QĐ-TTg công nhận Mỹ Đức đạt chuẩn huyện nông thôn mới năm 2022.",
			pub:  pub,
			want: []wantDoc{doc("1571/QĐ-TTg", "Quyết định", "", "2022-12-05", 1)},
		},
		{
			name: "body enacts, slash date",
			text: "Ngày 2/12, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 150-KH/TU về tổ chức đại hội.",
			pub:  pub,
			want: []wantDoc{doc("150-KH/TU", "Kế hoạch", "Ban Thường vụ Tỉnh ủy", "2022-12-02", 1)},
		},
		{
			name: "across the new year",
			text: "Ngày 30/12, Thủ tướng Chính phủ đã ký Quyết định số 1690/QĐ-TTg về việc tặng Cờ thi đua.",
			pub:  evDay(2023, 1, 3),
			want: []wantDoc{doc("1690/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", "2022-12-30", 1)},
		},
		{
			name: "no publication date",
			text: "Ngày 5-12, Phó Thủ tướng Chính phủ Trần Lưu Quang ký Quyết định số 1571/QĐ-TTg.",
			pub:  nil,
			want: []wantDoc{doc("1571/QĐ-TTg", "Quyết định", "", "", 1)},
		},
		{
			name: "the event date of another clause",
			text: "Ngày 5/12, Huyện ủy tổ chức hội nghị quán triệt Kết luận số 01-KL/TW của Bộ Chính trị.",
			pub:  pub,
			want: []wantDoc{doc("01-KL/TW", "Kết luận", "Bộ Chính trị", "", 1)},
		},
		{
			name: "a full date after the number wins",
			text: "Ngày 5/12, Thủ tướng Chính phủ ký Quyết định số 1571/QĐ-TTg ngày 2/12/2022 về công nhận.",
			pub:  pub,
			want: []wantDoc{doc("1571/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", "2022-12-02", 1)},
		},
		{
			name: "a full date with its year is read as before",
			text: "Ngày 28/7/2021, Bộ Chính trị ban hành Quy định số 22-QĐ/TW về công tác kiểm tra.",
			pub:  pub,
			want: []wantDoc{doc("22-QĐ/TW", "Quy định", "Bộ Chính trị", "2021-07-28", 1)},
		},
		{
			name: "a day that does not exist",
			text: "Ngày 31/11, Thủ tướng Chính phủ ký Quyết định số 1571/QĐ-TTg.",
			pub:  pub,
			want: []wantDoc{doc("1571/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", "", 1)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkDocs(t, findDirectivesAt("", tt.text, tt.pub), tt.want)
		})
	}
}

// TestDirectiveIssuerBoundaries covers issuers that must stop before the
// verb after them (a place name after "tỉnh" is not followed by more of
// the name), the body a signer acts for ("thay mặt"), and a body named
// after the document's date without "của", with look-alikes that keep
// their output.
func TestDirectiveIssuerBoundaries(t *testing.T) {
	tests := []struct {
		name, text string
		want       []wantDoc
	}{
		{
			name: "a place name ends the issuer before the verb",
			text: "Sửa đổi, bổ sung Nghị quyết số 12/2022/NQ-HĐND ngày 29/8/2022 của HĐND tỉnh Bắc Kạn quy định mức hỗ trợ từ ngân sách nhà nước.",
			want: []wantDoc{doc("12/2022/NQ-HĐND", "Nghị quyết", "HĐND tỉnh Bắc Kạn", "2022-08-29", 1)},
		},
		{
			name: "a commune's name ends the issuer",
			text: "Thực hiện Kế hoạch số 15-KH/ĐU ngày 3/4/2024 của Đảng ủy xã Tân Hòa triển khai học tập chuyên đề năm 2024.",
			want: []wantDoc{doc("15-KH/ĐU", "Kế hoạch", "Đảng ủy xã Tân Hòa", "2024-04-03", 1)},
		},
		{
			name: "a lower-case unit word still runs on",
			text: "Nghị quyết số 05/2023/NQ-HĐND của HĐND tỉnh quy định chính sách hỗ trợ; Quyết định số 20/2024/QĐ-UBND của Ủy ban nhân dân Thành phố Hồ Chí Minh về giá đất.",
			want: []wantDoc{
				doc("05/2023/NQ-HĐND", "Nghị quyết", "HĐND tỉnh", "", 1),
				doc("20/2024/QĐ-UBND", "Quyết định", "Ủy ban nhân dân Thành phố Hồ Chí Minh", "", 1),
			},
		},
		{
			name: "central bodies keep their lower-case words",
			text: "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập.",
			want: []wantDoc{doc("05-CT/TW", "Chỉ thị", "Bộ Chính trị", "2016-05-15", 1)},
		},
		{
			name: "a signer acting on behalf of a body",
			text: "Ngày 9/5 vừa qua, Tổng Bí thư Nguyễn Phú Trọng thay mặt Bộ Chính trị ký ban hành Quy định số 144-QĐ/TW Quy định chuẩn mực đạo đức cách mạng của cán bộ, đảng viên giai đoạn mới.",
			want: []wantDoc{doc("144-QĐ/TW", "Quy định", "Bộ Chính trị", "", 1)},
		},
		{
			name: "thay mặt after a signer with an office in commas",
			text: "Đồng chí Trần Cẩm Tú, Thường trực Ban Bí thư, đã thay mặt Ban Bí thư ký ban hành Kết luận số 118-KL/TW.",
			want: []wantDoc{doc("118-KL/TW", "Kết luận", "Ban Bí thư", "", 1)},
		},
		{
			name: "a signer alone issues nothing",
			text: "Tổng Bí thư Nguyễn Phú Trọng đã ký ban hành Quy định số 144-QĐ/TW.",
			want: []wantDoc{doc("144-QĐ/TW", "Quy định", "", "", 1)},
		},
		{
			name: "a plenum after the date, set off by commas",
			text: "Hội nghị tổng kết Nghị quyết số 18-NQ/TW, ngày 25-10-2017, Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng khóa XII \"Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy\".",
			want: []wantDoc{doc("18-NQ/TW", "Nghị quyết", "Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng khóa XII", "2017-10-25", 1)},
		},
		{
			name: "a plenum after the date, then a comma",
			text: "Quán triệt Nghị quyết số 19-NQ/TW, ngày 16/6/2022, Hội nghị Trung ương 5 khóa XIII, về nông nghiệp, nông dân, nông thôn.",
			want: []wantDoc{doc("19-NQ/TW", "Nghị quyết", "Hội nghị Trung ương 5 khóa XIII", "2022-06-16", 1)},
		},
		{
			name: "a body after the date ending the sentence",
			text: "Triển khai Chỉ thị số 35-CT/TW, ngày 14/6/2024, Bộ Chính trị.",
			want: []wantDoc{doc("35-CT/TW", "Chỉ thị", "Bộ Chính trị", "2024-06-14", 1)},
		},
		{
			name: "the next clause's subject after the date",
			text: "Thực hiện Kết luận số 01-KL/TW, ngày 5/3/2024, Huyện ủy tổ chức hội nghị quán triệt. Theo Chỉ thị số 05-CT/TW, ngày 15/5/2016, Bộ Chính trị, Ban Bí thư đã yêu cầu.",
			want: []wantDoc{
				doc("01-KL/TW", "Kết luận", "", "2024-03-05", 1),
				doc("05-CT/TW", "Chỉ thị", "", "2016-05-15", 1),
			},
		},
		{
			name: "a body then a comma after the date is a list of subjects",
			text: "Thực hiện Nghị quyết số 12-NQ/TU, ngày 5/3/2024, Tỉnh ủy, HĐND, UBND tỉnh đã chỉ đạo quyết liệt.",
			want: []wantDoc{doc("12-NQ/TU", "Nghị quyết", "", "2024-03-05", 1)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkDocs(t, findDirectives("", tt.text), tt.want)
		})
	}
}

// A date printed once after the last of a list of one body's numbers
// joined only by commas or "và" belongs to each of them, as the issuer
// named there does (D1, D5); an item with its own date or subject, a
// semicolon, a sentence break or another body's number ends the list.
func TestDirectiveListDate(t *testing.T) {
	tests := []struct {
		name, text string
		want       []wantDoc
	}{
		{
			name: "two decisions joined by và, date in words",
			text: "Đồng chí Bí thư Huyện ủy trao Quyết định số 1748-QĐ/HU và Quyết định số 1749-QĐ/HU ngày 31 tháng 7 năm 2024 của Ban Thường vụ Huyện ủy Dầu Tiếng về công tác cán bộ.",
			want: []wantDoc{
				doc("1748-QĐ/HU", "Quyết định", "Ban Thường vụ Huyện ủy Dầu Tiếng", "2024-07-31", 1),
				doc("1749-QĐ/HU", "Quyết định", "Ban Thường vụ Huyện ủy Dầu Tiếng", "2024-07-31", 1),
			},
		},
		{
			name: "bare numbers with commas, kind word once",
			text: "Hội nghị quán triệt các Nghị quyết số 18-NQ/TU, 19-NQ/TU và 20-NQ/TU, ngày 15/3/2023 của Ban Chấp hành Đảng bộ tỉnh.",
			want: []wantDoc{
				doc("18-NQ/TU", "Nghị quyết", "Ban Chấp hành Đảng bộ tỉnh", "2023-03-15", 1),
				doc("19-NQ/TU", "Nghị quyết", "Ban Chấp hành Đảng bộ tỉnh", "2023-03-15", 1),
				doc("20-NQ/TU", "Nghị quyết", "Ban Chấp hành Đảng bộ tỉnh", "2023-03-15", 1),
			},
		},
		{
			name: "state decisions joined by và",
			text: "UBND huyện công bố Quyết định số 2150/QĐ-UBND và Quyết định số 2151/QĐ-UBND ngày 12/8/2024 của UBND huyện về việc bổ nhiệm cán bộ.",
			want: []wantDoc{
				doc("2150/QĐ-UBND", "Quyết định", "UBND huyện", "2024-08-12", 1),
				doc("2151/QĐ-UBND", "Quyết định", "UBND huyện", "2024-08-12", 1),
			},
		},
		{
			name: "each item keeps its own date",
			text: "Trao Quyết định số 1748-QĐ/HU ngày 20/7/2024 và Quyết định số 1749-QĐ/HU ngày 31/7/2024 của Ban Thường vụ Huyện ủy.",
			want: []wantDoc{
				doc("1748-QĐ/HU", "Quyết định", "Ban Thường vụ Huyện ủy", "2024-07-20", 1),
				doc("1749-QĐ/HU", "Quyết định", "Ban Thường vụ Huyện ủy", "2024-07-31", 1),
			},
		},
		{
			name: "an item with its subject takes the issuer, not the date",
			text: "Triển khai Kế hoạch số 27-KH/TU về tuyên truyền kỷ niệm các ngày lễ lớn và Kế hoạch số 28-KH/TU ngày 5/4/2024 của Ban Thường vụ Tỉnh ủy.",
			want: []wantDoc{
				doc("27-KH/TU", "Kế hoạch", "Ban Thường vụ Tỉnh ủy", "", 1),
				doc("28-KH/TU", "Kế hoạch", "Ban Thường vụ Tỉnh ủy", "2024-04-05", 1),
			},
		},
		{
			name: "a semicolon ends the list for the date",
			text: "Tiếp tục thực hiện Chỉ thị số 05-CT/TW; Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị.",
			want: []wantDoc{
				doc("05-CT/TW", "Chỉ thị", "Bộ Chính trị", "", 1),
				doc("35-CT/TW", "Chỉ thị", "Bộ Chính trị", "2024-06-14", 1),
			},
		},
		{
			name: "another body's number ends the list",
			text: "Thực hiện Kế hoạch số 27-KH/TU và Quyết định số 1750/QĐ-UBND ngày 31/7/2024 của UBND tỉnh.",
			want: []wantDoc{
				doc("27-KH/TU", "Kế hoạch", "", "", 1),
				doc("1750/QĐ-UBND", "Quyết định", "UBND tỉnh", "2024-07-31", 1),
			},
		},
		{
			name: "a sentence break ends the list",
			text: "Huyện đã thực hiện Quyết định số 1748-QĐ/HU. Quyết định số 1749-QĐ/HU ngày 31/7/2024 của Ban Thường vụ Huyện ủy cũng được công bố.",
			want: []wantDoc{
				doc("1748-QĐ/HU", "Quyết định", "", "", 1),
				doc("1749-QĐ/HU", "Quyết định", "Ban Thường vụ Huyện ủy", "2024-07-31", 1),
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkDocs(t, findDirectives("", tt.text), tt.want)
		})
	}
}
