package extract

import (
	"reflect"
	"testing"
)

// TestAwardCountedOn covers recipients counted on in a clause after ";"
// with no verb or award of their own, military and police ranks before a
// named recipient, "thừa ủy quyền của X" covering a list of awards, and
// adverbs between a giver and its verb, with look-alikes that keep their
// output.
func TestAwardCountedOn(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []Award
	}{
		{"counts after a named collective",
			"Dịp này, Phó Chủ tịch UBND tỉnh trao bằng khen của Chủ tịch UBND tỉnh cho tập thể Công an tỉnh; 3 tập thể và 5 cá nhân thuộc Công an tỉnh đã có thành tích xuất sắc trong phòng chống tội phạm.",
			[]Award{aw("Bằng khen", "Chủ tịch UBND tỉnh", 4, 5, -1)}},
		{"counts after counts",
			"Giám đốc Sở Giáo dục và Đào tạo tặng Giấy khen cho 12 tập thể thuộc khối trung học; 4 tập thể và 9 cá nhân thuộc khối tiểu học.",
			[]Award{aw("Giấy khen", "Giám đốc Sở Giáo dục và Đào tạo", 16, 9, -1)}},
		{"counts after and",
			"Ban Chấp hành Tỉnh đoàn tặng Bằng khen cho Đoàn Thanh niên Công an tỉnh; và 7 cá nhân có thành tích xuất sắc trong công tác Đoàn.",
			[]Award{aw("Bằng khen", "Ban Chấp hành Tỉnh đoàn", 1, 7, -1)}},
		{"general named with the rank",
			"Thừa ủy quyền của Chủ tịch nước, Thứ trưởng Bộ Công an đã trao Huân chương Chiến công hạng Nhất cho Thiếu tướng Nguyễn Hữu Mạnh, Giám đốc Công an tỉnh; trao Huân chương Chiến công hạng Ba cho Phòng An ninh điều tra Công an tỉnh.",
			[]Award{aw("Huân chương Chiến công hạng Nhất", "Chủ tịch nước", 0, 1, -1), aw("Huân chương Chiến công hạng Ba", "Chủ tịch nước", 1, 0, -1)}},
		{"captain named with the rank",
			"Giám đốc Công an tỉnh trao Giấy khen cho Đại úy Trần Văn Bình và Thượng úy Lê Minh Tâm vì đã có thành tích bắt giữ đối tượng truy nã.",
			[]Award{aw("Giấy khen", "Giám đốc Công an tỉnh", 0, 2, -1)}},
		{"deputy covers a list with two grantors",
			"Thừa uỷ quyền của Chủ tịch nước và Thủ tướng Chính phủ, Phó Chủ tịch UBND tỉnh trao Huân chương Lao động hạng Ba cho Sở Y tế; trao Bằng khen cho Bệnh viện Đa khoa tỉnh.",
			[]Award{aw("Huân chương Lao động hạng Ba", "Chủ tịch nước", 1, 0, -1), aw("Bằng khen", "Thủ tướng Chính phủ", 1, 0, -1)}},
		{"adverb còn before the verb",
			"Ban Thường vụ Tỉnh ủy còn tặng bằng khen cho 10 tập thể và 20 cá nhân có thành tích xuất sắc.",
			[]Award{aw("Bằng khen", "Ban Thường vụ Tỉnh ủy", 10, 20, -1)}},
		{"adverb đều before the verb",
			"UBND huyện đều tặng Giấy khen cho 5 tập thể, 8 cá nhân tiêu biểu.",
			[]Award{aw("Giấy khen", "UBND huyện", 5, 8, -1)}},
		// Look-alikes.
		{"counts with a verb of their own are not counted on",
			"Chủ tịch UBND tỉnh tặng Bằng khen cho Sở Tư pháp; 3 tập thể và 5 cá nhân được Giám đốc Sở tặng Giấy khen.",
			[]Award{aw("Bằng khen", "Chủ tịch UBND tỉnh", 1, 0, -1), aw("Giấy khen", "Giám đốc Sở", 3, 5, -1)}},
		{"inspection counts after an award",
			"UBND tỉnh tặng Bằng khen cho 4 tập thể; kiểm tra 7 tổ chức đảng và 2 cá nhân.",
			[]Award{aw("Bằng khen", "UBND tỉnh", 4, 0, -1)}},
		{"attendance counts after an award",
			"Hội đồng tặng Giấy khen cho 2 tập thể; 30 tập thể và 120 cá nhân tham gia hội thi.",
			[]Award{aw("Giấy khen", "Hội đồng", 2, 0, -1)}},
		{"counts with a title of their own are not counted on",
			"Sở Nội vụ được tặng Bằng khen của Thủ tướng Chính phủ; 3 tập thể đạt danh hiệu Tập thể lao động xuất sắc.",
			[]Award{aw("Bằng khen", "Thủ tướng Chính phủ", 1, 0, -1)}},
		{"counts after a passive count are not counted on",
			"12 tập thể được UBND tỉnh tặng Cờ thi đua; 40 cá nhân hoàn thành xuất sắc nhiệm vụ.",
			[]Award{aw("Cờ thi đua", "UBND tỉnh", 12, 0, -1)}},
		{"cumulative counts after an award",
			"UBND tỉnh tặng Bằng khen cho 6 tập thể; giai đoạn 2016 - 2020 có 120 tập thể và 300 cá nhân.",
			[]Award{aw("Bằng khen", "UBND tỉnh", 6, 0, -1)}},
		{"a person, not a rank",
			"UBND tỉnh trao Bằng khen cho Trung tâm Y tế huyện và ông Nguyễn Văn Tám.",
			[]Award{aw("Bằng khen", "UBND tỉnh", 1, 1, -1)}},
		{"deputy does not cover a later giver",
			"Thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy trao Huân chương Lao động hạng Ba cho Sở Y tế; UBND tỉnh tặng Bằng khen cho 5 tập thể và Giấy khen cho 3 cá nhân.",
			[]Award{aw("Huân chương Lao động hạng Ba", "Chủ tịch nước", 1, 0, -1), aw("Bằng khen", "UBND tỉnh", 5, 0, -1), aw("Giấy khen", "UBND tỉnh", 0, 3, -1)}},
		{"a name holding còn is not cut",
			"Sở Văn hóa và Thể thao tặng Giấy khen cho 3 tập thể.",
			[]Award{aw("Giấy khen", "Sở Văn hóa và Thể thao", 3, 0, -1)}},
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
