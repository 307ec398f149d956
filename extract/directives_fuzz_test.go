package extract

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzFindDirectives checks that findDirectivesAt, with or without a
// publication time, never panics and always returns valid documents: a
// canonical number without spaces, a kind, at least one mention, a real
// YYYY-MM-DD date or none, and a non-empty issuer or none.
func FuzzFindDirectives(f *testing.F) {
	seeds := []string{
		"Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW.",
		"Nghị quyết số 28 –NQ/TU của Ban Thường vụ Thành ủy ngày 10/11/2009. Nghị quyết 28– NQ/TU.",
		"Chỉ thị số 05 CT/TW, Quy định số 08- QĐi/TW, Kết luận số 100 - KL/TW, Chỉ thị số 35-CT/ TW.",
		"Chỉ thị số 22/CT-TW; kế hoạch số 52-kh/hu; Kết luận số 445-KL/TƯ; Nghị Quyết số 60-KL/TW.",
		"Nghị định số 30/2020/NĐ-CP; Quyết định 1290/QĐ-TTg; Tờ trình số 141/TTr-UBND; Số: 54/KH-UBND.",
		"Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị quyết số 202/2025 của Quốc hội; Nghị quyết số 202/2025/QH15.",
		"Ngày 28 tháng 7 năm 2021, Bộ Chính trị đã ban hành Quy định số 22-QĐ/TW. Quy định 22 được quán triệt.",
		"Chỉ thị số 35-CT/TW, ngày 30/5/2019; Chỉ thị số 35-CT/TW, ngày 14/6/2024; Chỉ thị số 35 năm 2019.",
		"Giấy phép số 123/GP-BTTTT; 0225.3842.123; 19/5/1890 - 19/5/2023; 21/21 đảng bộ; COVID-19.",
		"Chỉ thị số\u00a005\u00a0–\u00a0CT/TW của Bộ Chính trị khoá XII; Nghị quyết 59-NQ/TW, 71-NQ/TW, 72-NQ/TW.",
		"05-CT/TWngày 15/5/2016 của Ủy ban nhân dân tỉnh Phú Yên và Bộ Giáo dục và Đào tạo",
		"Ngày 23/11/2023, thay mặt Ban Bí thư, Thường trực Ban Bí thư Trương Thị Mai đã ký ban hành Chỉ thị số 26-CT/TW.",
		"Ngày 14/6/2024, đồng chí Trương Thị Mai, Thường trực Ban Bí thư, đã thay mặt Bộ Chính trị ký Chỉ thị số 35-CT/TW.",
		"Ngày 28/7/2021, Tổng Bí thư Nguyễn Phú Trọng đã ký Quy định số 22-QĐ/TW; Bộ Chính trị đã có Kết luận số 01-KL/TW.",
		"Kế hoạch số 57-KH/HVCTQG của Học viện Chính trị quốc gia Hồ Chí Minh; Quyết định số 1364-QĐKT/TWĐTN-VP của Ban Bí thư Trung ương Đoàn.",
		"(Baonghean.vn) - Thủ tướng Chính phủ vừa ban hành Quyết định số 231/QĐ-TTg, ngày 14/3/2023 về việc tặng Cờ thi đua.",
		"Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ chính trị; Ngay sau khi Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 19-CT/TU ngày 18/5/2022.",
		"Kế hoạch số 02-KH/BCĐTW Ban Chỉ đạo Trung ương, trên địa bàn tỉnh; Quyết định số 1234/QĐ-UBND UBND tỉnh ngày 5/3",
		"Ngày 5-12, Phó Thủ tướng Chính phủ Trần Lưu Quang ký Quyết định số 1571/QĐ-TTg. Ngày 31/2, Thủ tướng ký Quyết định số 12/QĐ-TTg.",
	}
	for _, s := range seeds {
		f.Add("Sơ kết Kết luận số 01 của Bộ Chính trị", s, int64(1670284800))
		f.Add("", s, int64(-1))
	}
	f.Fuzz(func(t *testing.T, title, text string, unix int64) {
		var pub *time.Time
		if unix >= 0 && unix < 1<<36 {
			p := time.Unix(unix, 0).In(vietnam)
			pub = &p
		}
		for _, d := range findDirectivesAt(title, text, pub) {
			if d.Number == "" || strings.ContainsAny(d.Number, " \u00a0\t\n") || !utf8.ValidString(d.Number) {
				t.Fatalf("bad number %q", d.Number)
			}
			if c, ok := CanonicalDirectiveNumber(d.Number); !ok || c != d.Number {
				t.Fatalf("number %q is not canonical: %q, %v", d.Number, c, ok)
			}
			if d.Kind == "" {
				t.Fatalf("%q: empty kind", d.Number)
			}
			if d.Mentions < 1 {
				t.Fatalf("%q: mentions %d", d.Number, d.Mentions)
			}
			if d.Issuer != nil && strings.TrimSpace(*d.Issuer) == "" {
				t.Fatalf("%q: empty issuer", d.Number)
			}
			if d.IssuedOn != nil {
				if _, err := time.Parse("2006-01-02", *d.IssuedOn); err != nil {
					t.Fatalf("%q: bad date %q", d.Number, *d.IssuedOn)
				}
			}
		}
	})
}

// FuzzCanonicalDirectiveNumber checks that canonical numbers have no
// spaces and are their own canonical form.
func FuzzCanonicalDirectiveNumber(f *testing.F) {
	for _, s := range []string{"01 KL/TW", "1-KL/TW", "01–KL/TW", "22/CT-TW", "1290/qđ-ttg", "445-KL/TƯ", "202/2025", "08-qđi/tw"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, ok := CanonicalDirectiveNumber(s)
		if !ok {
			return
		}
		if c == "" || strings.ContainsAny(c, " \u00a0\t\n") {
			t.Fatalf("%q: bad canonical %q", s, c)
		}
		if c2, ok2 := CanonicalDirectiveNumber(c); !ok2 || c2 != c {
			t.Fatalf("%q: canonical %q is not stable: %q, %v", s, c, c2, ok2)
		}
	})
}
