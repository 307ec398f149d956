package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzFindAwards(f *testing.F) {
	for _, s := range []string{
		// Short seeds keep the fuzzer's minimisation of new inputs quick; the
		// whole seed articles are in TestFindAwards.
		"Tại Hội nghị, 37 tập thể và 63 cá nhân được nhận Bằng khen của Chủ tịch UBND thành phố. Trong đó, Đảng bộ Khối có 01 tập thể và 02 cá nhân được nhận Bằng khen:",
		"Nhân dịp này, 10 tập thể và 14 cá nhân đã được UBND quận Đồ Sơn tặng Giấy khen.",
		"Dịp này, Ban Tuyên giáo Trung ương đã tặng Bằng khen cho 1 tập thể và 2 cá nhân; Chủ tịch UBND thành phố Hải Phòng tặng Bằng khen cho 37 tập thể và 59 cá nhân.",
		"Đợt này, 312 đảng viên được trao Huy hiệu Đảng. Trong đó, 2 đồng chí nhận Huy hiệu 75 năm tuổi Đảng, 9 đồng chí nhận Huy hiệu 70 năm.",
		"Giai đoạn 2011 - 2023, 12.921 tập thể được tặng Bằng khen; đề nghị tặng Cờ thi đua cho Huyện ủy Krông Pắc.",
		"Chủ tịch nước trao tặng Huân chương Lao động hạng Nhất cho cán bộ và nhân dân huyện Thăng Bình, Sở Nội vụ và ông Nguyễn Văn A.",
		"19 tập thể và 92 cá nhân được UBND TP, Công an TP trao tặng bằng khen và giấy khen; LĐLĐ tỉnh khen thưởng 201 tập thể, cá nhân.",
		"tặng Bằng khen cho 25 tập thể, 42 cá nhân",
		"Trong đó, có 2 tập thể.",
		"UBND tỉnh tặng Bằng khen cho 12 tập thể và 45 cá nhân. Trong số đó có 8 cá nhân là người dân tộc Khmer.",
		"Dịp này, 3 cá nhân đã được nhận Kỷ niệm chương “Vì sự nghiệp Dân vận” và 1 cá nhân nhận Kỷ niệm chương “",
		"Huân chương Lao động Hạng III: hai mươi mốt cá nhân; Huy hiệu 70 năm",
		"tặng danh hiệu “ cho 1.250.000.000.000 tập thể, 0 cá nhân, trong đó",
		"cho Sở Nội vụ, và , Ông X",
		"của . TP. ",
		"Quyết định số 1034/QĐ-UBND của Chủ tịch UBND tỉnh tặng Cờ Thi Đua cho 06 tập thể, 06 cá nhân",
		"UBND tỉnh tặng Cờ thi đua cho 9 tập thể, 21 cá nhân được tặng danh hiệu Chiến sỹ thi đua cấp tỉnh.",
		"Sở Nội vụ được Chủ tịch nước tặng HCLĐ hạng Ba; hạng Nhì cho 8 cá nhân, và cá nhân bác sĩ A",
		"tặng Giấy khen và trao số tiền thưởng 10 triệu đồng cho 2 tập thể và hơn 25 cá nhân.",
		"Đề nghị tặng cờ thi đua cho 01 tập thể; bằng khen cho 7 tập thể:\n- Trong đó, có 1 tập thể nhận HCLĐ",
		"Trong 5 năm qua, có 2 tập thể.\n\nVề khen thưởng, có 104 tập thể được tặng cờ thi đua; 3.148 trường hợp",
		"trao Huân chương Lao động hạng Nhất, Nhì, Ba cho 5 cá nhân, cụ thể:\n\nTrao Huân chương Lao động hạng Nhì cho các đồng chí: A - Phó Chủ tịch; B",
		"Phó Chủ tịch nước trao Bằng khen cho 3 cá nhân. ẢNH: X\n\nChủ tịch nước tặng Bằng khen cho 3 cá nhân. Trong đó, có 1 cá nhân.",
		"Cụ thể, tặng Huân chương Lao động hạng Ba cho Văn phòng Đoàn ĐBQH và HĐND tỉnh; Hội Nhà báo tỉnh; bà A, Chủ tịch Hội; ông B, xã C",
		"tặng Cờ thi đua cho tập thể Báo A B.\n\nCó 2 tập thể được tặng Cờ thi đua gồm: Sở C, Báo A B.",
		"Toàn tỉnh đã có 300 tập thể và cá nhân được tặng Huân chương; trong đó 6 cá nhân nhận Huy chương Kháng chiến hạng Nhì và hạng",
		"trao Kỷ niệm chương cho 11 cá nhân và tuyên dương 31 tập thể, 2 Huân chương Độc lập hạng Nhất, 6 Huy chương Khánh chiến hạng",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		awards := findAwards(text)
		if len(awards) > maxAwards {
			t.Fatalf("%d awards", len(awards))
		}
		for i, a := range awards {
			if strings.TrimSpace(a.Award) == "" {
				t.Fatalf("award %d has no name: %+v", i, a)
			}
			if a.Collectives < 0 || a.Individuals < 0 {
				t.Fatalf("award %d has a negative count: %+v", i, a)
			}
			if a.PartOf != nil && (*a.PartOf < 0 || *a.PartOf >= i || awards[*a.PartOf].PartOf != nil) {
				t.Fatalf("award %d breaks down %d", i, *a.PartOf)
			}
			if a.Giver != nil && strings.TrimSpace(*a.Giver) == "" {
				t.Fatalf("award %d has an empty giver", i)
			}
			if utf8.ValidString(text) && (!utf8.ValidString(a.Award) || a.Giver != nil && !utf8.ValidString(*a.Giver)) {
				t.Fatalf("award %d is not valid UTF-8: %+v", i, a)
			}
		}
		totals := totalAwards(awards)
		if totals.Collectives < 0 || totals.Individuals < 0 {
			t.Fatalf("negative totals %+v", totals)
		}
	})
}
