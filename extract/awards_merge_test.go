package extract

import "testing"

// TestAwardRestatements: an award stated again in the lead, a photo
// caption and the body is counted once; awards that only look alike are
// not merged.
func TestAwardRestatements(t *testing.T) {
	const leadCaptionBody = "Chiều 6/12, tại Kỳ họp thứ 18, HĐND tỉnh Thanh Hóa tiến hành công tác thi đua - khen thưởng, trao tặng Huân chương Lao động hạng Nhất, hạng Nhì và hạng Ba cho 5 cá nhân.\n\n" +
		"Thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy trao tặng Huân chương Lao động hạng Nhất, Nhì, Ba cho 5 cá nhân. Ảnh: Minh Hiếu\n\n" +
		"Tại Lễ trao thưởng, thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy trao tặng Huân chương Lao động hạng Nhất, Nhì, Ba cho 5 cá nhân, cụ thể:\n\n" +
		"Trao Huân chương Lao động hạng Nhất cho đồng chí Lê Văn Hải - nguyên Phó Bí thư Thường trực Tỉnh ủy.\n\n" +
		"Trao Huân chương Lao động hạng Nhì cho các đồng chí: Trần Thị Mai - Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh; Nguyễn Quốc Bảo - Chánh Văn phòng UBND tỉnh.\n\n" +
		"Trao Huân chương Lao động hạng Ba cho đồng chí Phạm Văn Tâm, Giám đốc Sở Tài chính; đồng chí Hoàng Thị Lan, Giám đốc Sở Y tế."
	runAwardCases(t, []awardCase{
		{"a ceremony's host, then the award to it and its people", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị long trọng tổ chức lễ đón nhận Huân chương Chiến công hạng Nhì.\n\n" +
			"Thừa ủy quyền của Chủ tịch nước, đồng chí Bí thư Tỉnh ủy trao Huân chương Chiến công hạng Nhì cho tập thể Bộ Chỉ huy BĐBP tỉnh Quảng Trị và 02 cá nhân.", []Award{
			aw("Huân chương Chiến công hạng Nhì", "Chủ tịch nước", 1, 2, -1),
		}},
		{"a ceremony's host, then another class to others", "Công an tỉnh tổ chức lễ đón nhận Huân chương Chiến công hạng Nhì.\n\n" +
			"Dịp này, Chủ tịch nước tặng Huân chương Chiến công hạng Ba cho 2 tập thể.", []Award{
			aw("Huân chương Chiến công hạng Nhì", "", 1, 0, -1),
			aw("Huân chương Chiến công hạng Ba", "Chủ tịch nước", 2, 0, -1),
		}},
		{"lead, caption and body with a breakdown", leadCaptionBody, []Award{
			aw("Huân chương Lao động", "Chủ tịch nước", 0, 5, -1),
			aw("Huân chương Lao động hạng Nhất", "", 0, 1, 0),
			aw("Huân chương Lao động hạng Nhì", "", 0, 2, 0),
			aw("Huân chương Lao động hạng Ba", "", 0, 2, 0),
		}},
		{"caption naming the deputy who hands it over", "Phó Chủ tịch nước trao Huân chương Lao động hạng Nhì cho 3 cá nhân của tỉnh Quảng Bình. ẢNH: NGỌC LAN\n\n" +
			"Tại đại hội, thừa ủy quyền Chủ tịch nước, Phó Chủ tịch nước đã trao tặng Huân chương Lao động hạng Nhì cho 3 cá nhân thuộc tỉnh Quảng Bình.", []Award{
			aw("Huân chương Lao động hạng Nhì", "Chủ tịch nước", 0, 3, -1),
		}},
		{"lead and body, giver shortened", "Chủ tịch UBND tỉnh Lạng Sơn tặng Bằng khen cho 12 tập thể và 20 cá nhân.\n\n" +
			"Dịp này, 12 tập thể và 20 cá nhân được nhận Bằng khen của Chủ tịch UBND tỉnh.", []Award{
			aw("Bằng khen", "Chủ tịch UBND tỉnh Lạng Sơn", 12, 20, -1),
		}},
		{"caption and body with counts of other units (A17)", "Chủ tịch Hội Nông dân tỉnh (giữa) trao Kỷ niệm chương “Vì giai cấp nông dân Việt Nam” cho 12 đồng chí.\n\n" +
			"Tại hội nghị, Hội Nông dân tỉnh đã trao Kỷ niệm chương “Vì giai cấp nông dân Việt Nam” cho 12 đồng chí lãnh đạo các sở, ngành.", []Award{
			aw(`Kỷ niệm chương "Vì giai cấp nông dân Việt Nam"`, "Hội Nông dân tỉnh", 0, 0, -1),
		}},
		{"restated award and its breakdown", "Tại Hội nghị, 37 tập thể và 63 cá nhân được nhận Bằng khen của Chủ tịch UBND thành phố. Trong đó, Đảng bộ Khối có 01 tập thể và 02 cá nhân.\n\n" +
			"Dịp này, 37 tập thể và 63 cá nhân được nhận Bằng khen của Chủ tịch UBND thành phố. Trong đó, Đảng bộ Khối có 01 tập thể và 02 cá nhân.", []Award{
			aw("Bằng khen", "Chủ tịch UBND thành phố", 37, 63, -1),
			aw("Bằng khen", "Chủ tịch UBND thành phố", 1, 2, 0),
		}},
		// Look-alikes: different givers, classes, recipients or counts,
		// and two awards of one sentence.
		{"same counts, different givers", "Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 5 tập thể.\n\nBan Thường vụ Tỉnh ủy tặng Bằng khen cho 5 tập thể.", []Award{
			aw("Bằng khen", "Chủ tịch UBND tỉnh", 5, 0, -1),
			aw("Bằng khen", "Ban Thường vụ Tỉnh ủy", 5, 0, -1),
		}},
		{"same counts, different classes", "Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho 2 cá nhân.\n\nChủ tịch nước tặng Huân chương Lao động hạng Ba cho 2 cá nhân.", []Award{
			aw("Huân chương Lao động hạng Nhì", "Chủ tịch nước", 0, 2, -1),
			aw("Huân chương Lao động hạng Ba", "Chủ tịch nước", 0, 2, -1),
		}},
		{"same award to different named bodies", "Chủ tịch nước tặng Huân chương Lao động hạng Ba cho Sở Nội vụ.\n\nChủ tịch nước tặng Huân chương Lao động hạng Ba cho Công an tỉnh.", []Award{
			aw("Huân chương Lao động hạng Ba", "Chủ tịch nước", 1, 0, -1),
			aw("Huân chương Lao động hạng Ba", "Chủ tịch nước", 1, 0, -1),
		}},
		{"unsplit counts that differ (A16)", "UBND tỉnh tặng Bằng khen cho 30 tập thể và cá nhân.\n\nUBND tỉnh tặng Bằng khen cho 45 tập thể và cá nhân.", []Award{
			aw("Bằng khen", "UBND tỉnh", 0, 0, -1),
			aw("Bằng khen", "UBND tỉnh", 0, 0, -1),
		}},
		{"two equal awards in one sentence (A8)", "Ban Thường vụ Tỉnh ủy tặng Bằng khen 14 tập thể có thành tích trong công tác dân vận và Bằng khen 14 tập thể tiêu biểu trong phong trào thi đua.", []Award{
			aw("Bằng khen", "Ban Thường vụ Tỉnh ủy", 14, 0, -1),
			aw("Bằng khen", "Ban Thường vụ Tỉnh ủy", 14, 0, -1),
		}},
	})
}

// TestAwardListedAgain: an award to a named collective that another
// statement lists among the recipients of the same award is counted once.
func TestAwardListedAgain(t *testing.T) {
	const decision = "Thủ tướng Chính phủ vừa ban hành Quyết định tặng Cờ thi đua cho tập thể Báo Quảng Trị đã hoàn thành xuất sắc toàn diện nhiệm vụ năm 2022.\n\n"
	runAwardCases(t, []awardCase{
		{"named collective in a later list", decision + "Dịp này, tỉnh Quảng Trị có 4 tập thể được tặng Cờ thi đua của Chính phủ gồm: Sở Tư pháp tỉnh Quảng Trị, Sở Y tế tỉnh Quảng Trị, Công an huyện Gio Linh và Báo Quảng Trị.", []Award{
			aw("Cờ thi đua", "Chính phủ", 4, 0, -1),
		}},
		// Look-alikes: a list without that collective, another award.
		{"named collective not in the list", decision + "Dịp này, tỉnh Quảng Trị có 4 tập thể được tặng Cờ thi đua của Chính phủ gồm: Sở Tư pháp tỉnh Quảng Trị, Sở Y tế tỉnh Quảng Trị, Công an huyện Gio Linh và Đài Phát thanh - Truyền hình tỉnh.", []Award{
			aw("Cờ thi đua", "Thủ tướng Chính phủ", 1, 0, -1),
			aw("Cờ thi đua", "Chính phủ", 4, 0, -1),
		}},
		{"named collective in a list of another award", decision + "Dịp này, 3 tập thể được tặng Bằng khen của Thủ tướng Chính phủ gồm: Sở Tư pháp tỉnh Quảng Trị, Công an huyện Gio Linh và Báo Quảng Trị.", []Award{
			aw("Cờ thi đua", "Thủ tướng Chính phủ", 1, 0, -1),
			aw("Bằng khen", "Thủ tướng Chính phủ", 3, 0, -1),
		}},
	})
}

// TestAwardBreakdownGoesOn: a breakdown ("Cụ thể, ...", "..., cụ thể:")
// goes on over the sentences and paragraphs after it, named recipients
// counted (A15), until a sentence is no part of it.
func TestAwardBreakdownGoesOn(t *testing.T) {
	runAwardCases(t, []awardCase{
		{"Cụ thể over three paragraphs", "Phó Thủ tướng đã ký Quyết định tặng Bằng khen của Thủ tướng Chính phủ cho 6 tập thể và 4 cá nhân kiều bào có thành tích xuất sắc.\n\n" +
			"Cụ thể, tặng Bằng khen của Thủ tướng Chính phủ cho 5 tập thể gồm: 1- Hội người Việt Nam tại Ba Lan; 2- Hội Doanh nghiệp Việt Nam tại Nhật Bản; 3- Hội người Việt Nam tại Lào; 4- Hội người Việt Nam tại Úc; 5- Hội người Việt Nam tại Đức.\n\n" +
			"Tặng Bằng khen của Thủ tướng Chính phủ cho Hội người Việt Nam tại Hàn Quốc, đã có thành tích xuất sắc trong việc củng cố, phát triển cộng đồng.\n\n" +
			"Tặng Bằng khen của Thủ tướng Chính phủ cho 4 cá nhân đã có thành tích xuất sắc trong công tác phòng, chống dịch bệnh COVID-19.", []Award{
			aw("Bằng khen", "Thủ tướng Chính phủ", 6, 4, -1),
			aw("Bằng khen", "Thủ tướng Chính phủ", 5, 0, 0),
			aw("Bằng khen", "Thủ tướng Chính phủ", 1, 0, 0),
			aw("Bằng khen", "Thủ tướng Chính phủ", 0, 4, 0),
		}},
		{"named recipients over clauses", "Chủ tịch nước vừa ký quyết định tặng thưởng Huân chương Lao động các hạng cho 5 tập thể và 2 cá nhân của tỉnh Bình Định. " +
			"Cụ thể, tặng Huân chương Lao động hạng Nhì cho Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh; Hội Khuyến học tỉnh và Hội Nhà báo tỉnh; " +
			"tặng Huân chương Lao động hạng Ba cho Văn phòng Đoàn Đại biểu Quốc hội và HĐND tỉnh; Hội Chữ thập đỏ tỉnh; bà Trần Thị Hoa, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; ông Lê Văn Nam, Giám đốc Sở Y tế tỉnh.", []Award{
			aw("Huân chương Lao động", "Chủ tịch nước", 5, 2, -1),
			aw("Huân chương Lao động hạng Nhì", "", 3, 0, 0),
			aw("Huân chương Lao động hạng Ba", "", 2, 2, 0),
		}},
		{"a title and place after a named person", "Dịp này, Chủ tịch nước tặng thưởng Huy chương Lao động hạng Ba cho đồng chí Lê Văn Bình, Bí thư Đảng ủy, Chủ tịch UBND xã Tân Phú, huyện Châu Thành.", []Award{
			aw("Huy chương Lao động hạng Ba", "Chủ tịch nước", 0, 1, -1),
		}},
		// Look-alikes: sentences that are no part of the breakdown.
		{"event lead after a breakdown", "UBND tỉnh tặng Bằng khen cho 10 tập thể và 20 cá nhân. Trong đó, 4 tập thể thuộc ngành giáo dục.\n\nDịp này, UBND tỉnh tặng Bằng khen cho 2 tập thể.", []Award{
			aw("Bằng khen", "UBND tỉnh", 10, 20, -1),
			aw("Bằng khen", "UBND tỉnh", 4, 0, 0),
			aw("Bằng khen", "UBND tỉnh", 2, 0, -1),
		}},
		{"parts that would exceed the award", "UBND tỉnh tặng Bằng khen cho 3 tập thể. Cụ thể, tặng Bằng khen cho 2 tập thể ngành y tế.\n\nTặng Bằng khen cho 4 tập thể ngành giáo dục.", []Award{
			aw("Bằng khen", "UBND tỉnh", 3, 0, -1),
			aw("Bằng khen", "", 2, 0, 0),
			aw("Bằng khen", "", 4, 0, -1),
		}},
		{"another award after a breakdown", "UBND tỉnh tặng Bằng khen cho 10 tập thể. Cụ thể, tặng Bằng khen cho 6 tập thể ngành y tế.\n\nTặng Giấy khen cho 2 tập thể ngành giáo dục.", []Award{
			aw("Bằng khen", "UBND tỉnh", 10, 0, -1),
			aw("Bằng khen", "", 6, 0, 0),
			aw("Giấy khen", "", 2, 0, -1),
		}},
		{"Ngoài ra after a breakdown", "UBND tỉnh tặng Bằng khen cho 10 tập thể. Cụ thể, tặng Bằng khen cho 6 tập thể ngành y tế.\n\nNgoài ra, UBND tỉnh tặng Bằng khen cho 2 tập thể ngành giáo dục.", []Award{
			aw("Bằng khen", "UBND tỉnh", 10, 0, -1),
			aw("Bằng khen", "", 6, 0, 0),
			aw("Bằng khen", "UBND tỉnh", 2, 0, -1),
		}},
		{"a clause after named recipients that is no name", "Chủ tịch nước tặng Huân chương Lao động hạng Ba cho Sở Nội vụ; Công an tỉnh tổ chức hội nghị tổng kết.", []Award{
			aw("Huân chương Lao động hạng Ba", "Chủ tịch nước", 1, 0, -1),
		}},
		{"a person's list with titles only", "Chủ tịch UBND tỉnh tặng Bằng khen cho các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy.", nil},
	})
}

// TestAwardWholeUnitFigures: figures of a whole province over years are
// statistics (X12), "trong đó" with no award before it is an award, and
// counts after a second verb that names no distinction are not the
// award's.
func TestAwardWholeUnitFigures(t *testing.T) {
	runAwardCases(t, []awardCase{
		{"years in words", "Trong năm năm, thực hiện các phong trào thi đua, tỉnh đã có 18 cá nhân được nhận Huân chương Bảo vệ Tổ quốc các hạng; 52 cá nhân, 19 tập thể được nhận Huân chương Lao động các hạng; 23 tập thể được nhận Cờ thi đua của Chính phủ.", nil},
		{"years in words, mười", "Trong mười năm qua, 40 tập thể được Chủ tịch UBND tỉnh tặng Bằng khen.", nil},
		{"whole province has", "Phong trào thi đua đã xuất hiện nhiều điển hình. Toàn tỉnh Quảng Ninh đã có 250 tập thể và cá nhân được Chủ tịch nước tặng Huân chương các loại; hơn 600 tập thể, cá nhân được Thủ tướng Chính phủ tặng Bằng khen.", nil},
		{"whole district has", "Toàn huyện có 12 tập thể, 30 cá nhân được UBND tỉnh tặng Bằng khen.", nil},
		{"breakdown of whole province figures", "Toàn tỉnh có 1.238 tập thể được khen thưởng, trong đó 50 tập thể được tặng Cờ thi đua.", nil},
		{"trong đó with no award before it", "TPO - Ngày 22/9, tỉnh Hưng Yên tuyên dương các điển hình tiên tiến trong phong trào thi đua yêu nước, trong đó 7 cá nhân nhận Huân chương Lao động.", []Award{
			aw("Huân chương Lao động", "", 0, 7, -1),
		}},
		{"second verb with no distinction", "Dịp này, Đảng ủy Khối tặng Kỷ niệm chương cho 11 cá nhân và tuyên dương 31 tập thể, 43 cá nhân xuất sắc trong phong trào thi đua.", []Award{
			aw("Kỷ niệm chương", "Đảng ủy Khối", 0, 11, -1),
		}},
		{"second verb after a comma", "UBND huyện tặng Giấy khen cho 8 tập thể, biểu dương 20 cá nhân tiêu biểu.", []Award{
			aw("Giấy khen", "UBND huyện", 8, 0, -1),
		}},
		// Look-alikes that stay awards.
		{"a province that has recipients at the event", "Dịp này, tỉnh Nghệ An có 5 tập thể được tặng Cờ thi đua của Chính phủ.", []Award{
			aw("Cờ thi đua", "Chính phủ", 5, 0, -1),
		}},
		{"a year, not years", "Trong năm 2024, Chủ tịch UBND tỉnh tặng Bằng khen cho 20 tập thể.", []Award{
			aw("Bằng khen", "Chủ tịch UBND tỉnh", 20, 0, -1),
		}},
		{"toàn thể is not a whole unit", "Tại hội nghị, toàn thể đại biểu chứng kiến UBND tỉnh tặng Bằng khen cho 8 tập thể.", []Award{
			aw("Bằng khen", "", 8, 0, -1),
		}},
		{"one group of counts", "UBND tỉnh tặng Bằng khen cho 10 tập thể và 20 cá nhân tiêu biểu.", []Award{
			aw("Bằng khen", "UBND tỉnh", 10, 20, -1),
		}},
		{"praise and reward with no distinction", "Dịp này, Ban Thường vụ Huyện ủy tuyên dương, khen thưởng 12 tập thể và 25 cá nhân.", []Award{
			aw("Khen thưởng", "", 12, 25, -1),
		}},
	})
}

// TestAwardMedalNames: Huy chương names are read like those of the
// Huân chương, with their classes, never cut short; a tally of medals
// over one count is no award.
func TestAwardMedalNames(t *testing.T) {
	runAwardCases(t, []awardCase{
		{"Huy chương Kháng chiến", "Dịp này, 5 cá nhân được tặng Huy chương Kháng chiến hạng Nhì.", []Award{
			aw("Huy chương Kháng chiến hạng Nhì", "", 0, 5, -1),
		}},
		{"Huy chương Quân kỳ quyết thắng", "Bộ Quốc phòng trao Huy chương Quân kỳ quyết thắng cho 3 cá nhân.", []Award{
			aw("Huy chương Quân kỳ quyết thắng", "Bộ Quốc phòng", 0, 3, -1),
		}},
		{"Huy chương Chiến sĩ vẻ vang", "Chủ tịch nước tặng Huy chương Chiến sĩ vẻ vang hạng Ba cho 12 cá nhân.", []Award{
			aw("Huy chương Chiến sĩ vẻ vang hạng Ba", "Chủ tịch nước", 0, 12, -1),
		}},
		{"Huy chương Bảo vệ Tổ quốc and Chiến công", "Dịp này, 2 cá nhân nhận Huy chương Bảo vệ Tổ quốc hạng Nhì; 4 cá nhân nhận Huy chương Chiến công hạng Ba.", []Award{
			aw("Huy chương Bảo vệ Tổ quốc hạng Nhì", "", 0, 2, -1),
			aw("Huy chương Chiến công hạng Ba", "", 0, 4, -1),
		}},
		{"Huân chương Chiến sĩ giải phóng", "Dịp này, Chủ tịch nước truy tặng Huân chương Chiến sĩ giải phóng hạng Ba cho 3 cá nhân.", []Award{
			aw("Huân chương Chiến sĩ giải phóng hạng Ba", "Chủ tịch nước", 0, 3, -1),
		}},
		{"unknown name runs to its class", "Chủ tịch nước truy tặng Huân chương Khánh chiến hạng Nhất cho 2 cá nhân.", []Award{
			aw("Huân chương Khánh chiến hạng Nhất", "Chủ tịch nước", 0, 2, -1),
		}},
		{"tally of medals over one count", "Tại buổi lễ, Phó Chủ tịch UBND tỉnh đã trao tặng 1 Huân chương Độc lập hạng Nhất, 6 Huân chương Kháng chiến hạng Ba, 23 Huy chương Kháng chiến hạng Nhì cho 200 gia đình có công với cách mạng.", nil},
		// Look-alikes.
		{"sports medals won", "Đoàn thể thao tỉnh giành 5 Huy chương Vàng, 3 Huy chương Bạc tại Đại hội.", nil},
		{"quoted medal name", "Dịp này, 45 cá nhân được nhận Huy chương Vì sự nghiệp Giáo dục.", []Award{
			aw(`Huy chương "Vì sự nghiệp Giáo dục"`, "", 0, 45, -1),
		}},
	})
}
