package extract

import "testing"

// TestAwardBanner: a "cờ" with a quoted title or for leading an emulation
// movement is an award; any other "cờ" is a flag (C1, A8).
func TestAwardBanner(t *testing.T) {
	runAwardCases(t, []awardCase{
		{
			name: "cờ dẫn đầu shares its giver with the next clause",
			text: "Để ghi nhận và động viên phong trào, Ban Thường vụ Hội LHPN tỉnh tặng cờ dẫn đầu phong trào thi đua cho Hội LHPN TP. Nha Trang; tặng bằng khen cho 2 tập thể và 22 cá nhân thuộc Ban Nữ công.",
			want: []Award{
				aw("Cờ dẫn đầu phong trào thi đua", "Ban Thường vụ Hội LHPN tỉnh", 1, 0, -1),
				aw("Bằng khen", "Ban Thường vụ Hội LHPN tỉnh", 2, 22, -1),
			},
		},
		{
			name: "quoted banner with counts",
			text: "Hội Cựu chiến binh tỉnh tặng Cờ “Đơn vị dẫn đầu phong trào thi đua năm 2023” cho 3 tập thể.",
			want: []Award{aw(`Cờ "Đơn vị dẫn đầu phong trào thi đua năm 2023"`, "Hội Cựu chiến binh tỉnh", 3, 0, -1)},
		},
		{
			name: "quoted banner to the subject gives its giver to the next award",
			text: "Năm 2019, Hội LHPN tỉnh đạt kết quả tốt, được Trung ương Hội LHPN Việt Nam tặng Cờ “Đơn vị dẫn đầu phong trào thi đua năm 2019” và tặng Bằng khen cho 20 tập thể xuất sắc, 3 cá nhân “Phụ nữ tiêu biểu”.",
			want: []Award{aw("Bằng khen", "Trung ương Hội LHPN Việt Nam", 20, 3, -1)},
		},
		{
			name: "flags are not awards",
			text: "Đoàn thanh niên xã trao tặng 200 lá cờ Tổ quốc cho 200 hộ gia đình trên tuyến biển.",
		},
		{
			name: "flag of the Party handed over",
			text: "Bí thư Tỉnh ủy trao cờ truyền thống cho Đảng bộ xã Tân Lập.",
		},
		{
			name: "Cờ thi đua unchanged",
			text: "UBND tỉnh tặng Cờ thi đua cho 5 tập thể dẫn đầu phong trào thi đua.",
			want: []Award{aw("Cờ thi đua", "UBND tỉnh", 5, 0, -1)},
		},
	})
}

// TestAwardCountedMedals: a count of medals given to recipients named only
// by their kind counts the recipients, one medal each (C2); a tally of
// medals over a count of other recipients stays no award.
func TestAwardCountedMedals(t *testing.T) {
	runAwardCases(t, []awardCase{
		{
			name: "medals to individuals",
			text: "Ủy ban Trung ương MTTQ Việt Nam trao tặng 96 kỷ niệm chương Vì sự nghiệp Đại đoàn kết dân tộc cho cá nhân có cống hiến xuất sắc.",
			want: []Award{aw(`Kỷ niệm chương "Vì sự nghiệp Đại đoàn kết dân tộc"`, "Ủy ban Trung ương MTTQ Việt Nam", 0, 96, -1)},
		},
		{
			name: "certificates to collectives",
			text: "Liên đoàn Lao động tỉnh đã tặng 15 bằng khen cho các tập thể có thành tích xuất sắc trong phong trào thi đua.",
			want: []Award{aw("Bằng khen", "Liên đoàn Lao động tỉnh", 15, 0, -1)},
		},
		{
			name: "tally over other recipients",
			text: "Dịp này, Chủ tịch nước tặng 1 Huân chương Độc lập hạng Nhất, 6 Huân chương Độc lập hạng Nhì, 23 Huy chương Kháng chiến hạng Nhì cho 200 gia đình.",
		},
		{
			name: "kinds not split",
			text: "Sở Nội vụ trao 40 giấy khen cho cá nhân và tập thể tiêu biểu.",
		},
		{
			name: "proposal",
			text: "Hội đồng thống nhất đề nghị tặng 12 kỷ niệm chương cho cá nhân có nhiều đóng góp.",
		},
	})
}

// TestAwardHandedToWithTang: after an award handed over with "trao",
// "tặng" links the recipients as "cho" does (C3).
func TestAwardHandedToWithTang(t *testing.T) {
	runAwardCases(t, []awardCase{
		{
			name: "trao ... của X tặng N cá nhân",
			text: "UBND tỉnh còn trao Huân chương Lao động hạng Ba của Chủ tịch nước tặng ba cá nhân vì đã có những cống hiến trong sự nghiệp xây dựng và bảo vệ Tổ quốc.",
			want: []Award{aw("Huân chương Lao động hạng Ba", "Chủ tịch nước", 0, 3, -1)},
		},
		{
			name: "a gift after the award is another giving",
			text: "Lãnh đạo huyện trao Bằng khen của UBND huyện và tặng quà cho 30 hộ gia đình chính sách.",
		},
		{
			name: "cho unchanged",
			text: "Chủ tịch UBND tỉnh trao Bằng khen cho 4 tập thể và 6 cá nhân.",
			want: []Award{aw("Bằng khen", "Chủ tịch UBND tỉnh", 4, 6, -1)},
		},
	})
}

// TestAwardGenericRestatement: a bare "huân chương" restating a named
// order with the same count in a later sentence is the same award (F1);
// with another count it is not.
func TestAwardGenericRestatement(t *testing.T) {
	runAwardCases(t, []awardCase{
		{
			name: "same count",
			text: "Sáng 25-4, UBND TP Đà Nẵng đã tổ chức lễ trao và truy tặng Huân chương Độc lập hạng ba của Chủ tịch nước cho 12 cá nhân đã có những cống hiến to lớn. 12 cá nhân được trao, truy tặng huân chương đợt này nguyên là các cán bộ cao cấp của tỉnh.",
			want: []Award{aw("Huân chương Độc lập hạng Ba", "Chủ tịch nước", 0, 12, -1)},
		},
		{
			name: "bare noun first takes the later name",
			text: "Tại buổi lễ, 5 cá nhân được trao huân chương. Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 5 cá nhân của Sở Y tế.",
			want: []Award{aw("Huân chương Lao động hạng Ba", "Chủ tịch nước", 0, 5, -1)},
		},
		{
			name: "another order with the same count stays",
			text: "Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 2 cá nhân. Bộ Quốc phòng tặng Huy chương Chiến sĩ vẻ vang cho 2 cá nhân.",
			want: []Award{
				aw("Huân chương Lao động hạng Ba", "Chủ tịch nước", 0, 2, -1),
				aw("Huy chương Chiến sĩ vẻ vang", "Bộ Quốc phòng", 0, 2, -1),
			},
		},
	})
}
