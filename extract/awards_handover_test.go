package extract

import (
	"reflect"
	"testing"
)

// TestAwardRecipientLinks covers named recipients (A15) reached across a
// title (thầy giáo, em), money given with the award (X5), the merit the
// award is for, and "nhà trường", with look-alikes that keep their output.
func TestAwardRecipientLinks(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []Award
	}{
		{"teacher title",
			"Phó Chủ tịch UBND tỉnh đã trao Bằng khen của Thủ tướng Chính phủ cho thầy giáo Lê Văn Hùng - Hiệu trưởng Trường THPT Hàm Rồng vì đã có thành tích xuất sắc.",
			[]Award{aw("Bằng khen", "Thủ tướng Chính phủ", 0, 1, -1)}},
		{"female teacher title",
			"Dịp này, Giám đốc Sở trao Bằng khen của Chủ tịch UBND tỉnh cho cô giáo Nguyễn Thị Lan.",
			[]Award{aw("Bằng khen", "Chủ tịch UBND tỉnh", 0, 1, -1)}},
		{"cash prize with the award",
			"Ông Lê Thanh Liêm trao bằng khen và tiền thưởng 200 triệu đồng của TP.HCM cho em Nguyễn Nguyễn học sinh giành Huy chương vàng trong kỳ thi Olympic toán quốc tế.",
			[]Award{aw("Bằng khen", "", 0, 1, -1)}},
		{"merit between award and recipient",
			"Tại Đại hội, Tỉnh đoàn đã trao tặng Bằng khen có thành tích xuất sắc trong công tác Đoàn và phong trào thanh niên cho Đoàn Trường Đại học Tân Trào.",
			[]Award{aw("Bằng khen", "Tỉnh đoàn", 1, 0, -1)}},
		{"the school, twice",
			"Tại buổi lễ, Chủ tịch UBND TP.HCM Nguyễn Văn Được trao tặng Huân Chương Lao động Hạng Nhì của Chủ tịch nước cho nhà trường. Ông Đặng Minh Thông đã trao tặng Huân chương lao động Hạng Nhì của Chủ tịch nước cho tập thể nhà trường.",
			[]Award{aw("Huân chương Lao động hạng Nhì", "Chủ tịch nước", 1, 0, -1)}},
		// Look-alikes.
		{"the school's earlier award is not counted",
			"Ghi nhận những thành tích đó, nhà trường đã được trao tặng Huân chương Lao động hạng Nhì năm 1998.",
			nil},
		{"money alone is not a recipient",
			"UBND huyện trao tiền thưởng 10 triệu đồng cho em Nguyễn Văn An.",
			nil},
		{"counts after merit still bind",
			"Tỉnh đoàn tặng Bằng khen cho 5 tập thể có thành tích xuất sắc trong công tác Đoàn.",
			[]Award{aw("Bằng khen", "Tỉnh đoàn", 5, 0, -1)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findAwards(tt.text)
			if len(got) == 0 && len(tt.want) == 0 {
				return
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("findAwards = %s\nwant %s", awardsString(got), awardsString(tt.want))
			}
		})
	}
}

// TestAwardHandedOver covers the giver of an award handed over by a
// person: the grantor named in the award or by "thừa ủy quyền" wins, and a
// person named alone or with an academic title is not the giver.
func TestAwardHandedOver(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []Award
	}{
		{"academic title",
			"Tại buổi lễ, PGS.TS Huỳnh Thành Đạt trao Huân chương Lao động Hạng Nhất cho tập thể Trường Phổ thông Năng khiếu.",
			[]Award{aw("Huân chương Lao động hạng Nhất", "", 1, 0, -1)}},
		{"bare person name",
			"Nguyễn Văn Bình trao Huân chương Lao động hạng Ba cho Sở Nội vụ.",
			[]Award{aw("Huân chương Lao động hạng Ba", "", 1, 0, -1)}},
		{"grantor named in the award",
			"Giám đốc Sở Giáo dục và Đào tạo - Nguyễn Quang Thái trao Cờ thi đua Chính phủ cho 3 tập thể.",
			[]Award{aw("Cờ thi đua", "Chính phủ", 3, 0, -1)}},
		{"two grantors by proxy",
			"Thừa ủy quyền của Chủ tịch nước và Thủ tướng Chính phủ, Phó Chủ tịch UBND tỉnh Phạm Đăng Quyền đã trao Huân chương Lao động hạng Nhất cho Trường THPT Hàm Rồng.",
			[]Award{aw("Huân chương Lao động hạng Nhất", "Chủ tịch nước", 1, 0, -1)}},
		{"two grantors by proxy, Bằng khen",
			"Thừa ủy quyền của Chủ tịch nước và Thủ tướng Chính phủ, Phó Chủ tịch UBND tỉnh đã trao Bằng khen cho 4 tập thể.",
			[]Award{aw("Bằng khen", "Thủ tướng Chính phủ", 4, 0, -1)}},
		// Look-alikes.
		{"a body as subject stays the giver",
			"Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 12 tập thể.",
			[]Award{aw("Bằng khen", "Ban Thường vụ Tỉnh ủy", 12, 0, -1)}},
		{"one grantor by proxy",
			"Thừa ủy quyền của Chủ tịch nước, đồng chí Nguyễn Văn Bình trao Huân chương Lao động hạng Nhất cho Trường THPT Chuyên Chu Văn An.",
			[]Award{aw("Huân chương Lao động hạng Nhất", "Chủ tịch nước", 1, 0, -1)}},
		{"place after Cờ thi đua is not a grantor",
			"UBND tỉnh tặng Cờ thi đua cho 4 tập thể.",
			[]Award{aw("Cờ thi đua", "UBND tỉnh", 4, 0, -1)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findAwards(tt.text)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("findAwards = %s\nwant %s", awardsString(got), awardsString(tt.want))
			}
		})
	}
}
