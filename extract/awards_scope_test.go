package extract

import (
	"reflect"
	"testing"
)

// TestAwardProposalScope: a proposal covers the clauses after it that name
// no giver of their own and the breakdown or list that follows it (X7);
// awards reported beside a proposal still count.
func TestAwardProposalScope(t *testing.T) {
	runAwardCases(t, []awardCase{
		{"list of proposed awards in one sentence", "Hội đồng Thi đua - Khen thưởng huyện thống nhất: Đề nghị tặng danh hiệu chiến sỹ thi đua cấp tỉnh cho 07 cá nhân; tập thể lao động xuất sắc cho 16 tập thể; cờ thi đua của tỉnh cho 01 tập thể; bằng khen của Chủ tịch UBND tỉnh cho 89 cá nhân, 7 tập thể.", nil},
		{"list after danh sách đề nghị", "Sở Nội vụ tổng hợp danh sách đề nghị các hình thức khen thưởng năm 2023 gồm có: Huân chương Lao động cho 19 cá nhân; Bằng khen của Thủ tướng Chính phủ cho 52 cá nhân; Cờ thi đua của Chính phủ cho 10 tập thể; Bằng khen của Chủ tịch UBND tỉnh cho 493 tập thể, 356 cá nhân.", nil},
		{"breakdown of a proposal in the next sentence", "Hội đồng thống nhất đề nghị lên Ban Thi đua - Khen thưởng Trung ương 22 tập thể, cá nhân có thành tích xuất sắc. Trong đó, có 1 tập thể nhận HCLĐ hạng Nhất; 2 tập thể và 1 cá nhân nhận HCLĐ hạng Ba; 5 tập thể và 9 cá nhân nhận bằng khen của Thủ tướng Chính phủ.", nil},
		{"Cụ thể after a proposal", "Tỉnh đã trình Thủ tướng Chính phủ xét tặng Cờ thi đua cho 5 đơn vị. Cụ thể, 3 tập thể được tặng Cờ thi đua của Chính phủ và 2 tập thể được tặng Bằng khen của Thủ tướng Chính phủ.", nil},
		{"list lines after a proposal", "Hội đồng thống nhất đề nghị khen thưởng như sau:\n- Bằng khen của Thủ tướng Chính phủ cho 3 tập thể;\n- Cờ thi đua của UBND tỉnh cho 2 tập thể.", nil},
		// Real awards beside proposals.
		{"proposal word after the recipients", "Chủ tịch UBND tỉnh đã tặng Bằng khen cho 5 tập thể, 10 cá nhân có thành tích xuất sắc được Hội đồng đề nghị", []Award{
			aw("Bằng khen", "Chủ tịch UBND tỉnh", 5, 10, -1),
		}},
		{"award on a proposal's basis", "Theo đề nghị của Giám đốc Sở Nội vụ, Chủ tịch UBND tỉnh đã tặng Bằng khen cho 25 tập thể, 40 cá nhân; Giấy khen cho 3 cá nhân.", []Award{
			aw("Bằng khen", "Chủ tịch UBND tỉnh", 25, 40, -1),
			aw("Giấy khen", "Chủ tịch UBND tỉnh", 0, 3, -1),
		}},
		{"xét đề nghị của", "Xét đề nghị của Hội đồng Thi đua - Khen thưởng, Giám đốc Công an tỉnh tặng Giấy khen cho 8 tập thể.", []Award{
			aw("Giấy khen", "Giám đốc Công an tỉnh", 8, 0, -1),
		}},
		{"clause with its own giver after a proposal", "Hội đồng thống nhất đề nghị tặng Bằng khen cho 07 cá nhân; Chủ tịch UBND huyện tặng Giấy khen cho 89 cá nhân.", []Award{
			aw("Giấy khen", "Chủ tịch UBND huyện", 0, 89, -1),
		}},
		{"clause opening with the event after a proposal", "Hội đồng đề nghị tặng Bằng khen cho 7 cá nhân; tại phiên họp, Bằng khen của Chủ tịch UBND tỉnh được trao cho 5 tập thể.", []Award{
			aw("Bằng khen", "Chủ tịch UBND tỉnh", 5, 0, -1),
		}},
		{"sentence after a proposal that is no breakdown", "Hội đồng đề nghị tặng Bằng khen cho 5 tập thể. UBND huyện tặng Giấy khen cho 10 cá nhân.", []Award{
			aw("Giấy khen", "UBND huyện", 0, 10, -1),
		}},
		{"session that proposes and awards (A3 source)", "Sau khi nghe báo cáo, Hội đồng đã thống nhất đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 07 cá nhân và 02 tập thể.\n\nTại phiên họp, Chủ tịch UBND huyện đã ký quyết định tặng Giấy khen cho 89 cá nhân, 7 tập thể có thành tích xuất sắc.", []Award{
			aw("Giấy khen", "Chủ tịch UBND huyện", 7, 89, -1),
		}},
		{"a speech that urges, then an award", "Phát biểu, đồng chí Bí thư đề nghị các cấp đẩy mạnh phong trào thi đua. Trong đó, chú trọng khen thưởng người lao động trực tiếp. Dịp này, UBND tỉnh tặng Bằng khen cho 10 tập thể.", []Award{
			aw("Bằng khen", "UBND tỉnh", 10, 0, -1),
		}},
		{"breakdown of a real award", "UBND tỉnh tặng Bằng khen cho 12 tập thể và 45 cá nhân. Trong đó, có 3 tập thể và 10 cá nhân là doanh nghiệp.", []Award{
			aw("Bằng khen", "UBND tỉnh", 12, 45, -1),
			aw("Bằng khen", "UBND tỉnh", 3, 10, 0),
		}},
	})
}

// TestAwardSummaryScope: figures of a past period are not awards (X12),
// also when they go on in the next sentence or paragraph; awards of the
// event after them are.
func TestAwardSummaryScope(t *testing.T) {
	const fiveYears = "Trong 5 năm qua, phong trào thi đua yêu nước trên địa bàn thành phố được triển khai sâu rộng, gắn với nhiệm vụ chính trị của từng địa phương, đơn vị."
	runAwardCases(t, []awardCase{
		{"topic paragraph after a period", fiveYears + "\n\nVề khen thưởng cấp Nhà nước, có 104 tập thể được tặng cờ thi đua của Chính phủ, 3.148 trường hợp được Thủ tướng Chính phủ tặng bằng khen, 12 tập thể và 5 cá nhân được Chủ tịch nước tặng Huân chương Lao động.", nil},
		{"approximate figures", "Ở cấp Thành phố, đã có hơn 1.000 tập thể được tặng Cờ thi đua của UBND thành phố; hơn 12.900 tập thể và trên 51.100 cá nhân được Chủ tịch UBND TP. Cần Thơ tặng bằng khen.", nil},
		{"approximate count alone", "UBND tỉnh tặng Bằng khen cho hơn 500 cá nhân.", nil},
		{"existing figures in the period's paragraph", "Nhiệm kỳ qua, phong trào thi đua phát triển mạnh. Toàn tỉnh có 1.238 tập thể được tặng Bằng khen.", nil},
		{"breakdown after a period", "Giai đoạn 2016 - 2020, phong trào thi đua phát triển mạnh. Trong đó, 12 tập thể được tặng Cờ thi đua của Chính phủ.", nil},
		{"breakdown after cumulative figures", "Thực hiện Chỉ thị số 34-CT/TW, giai đoạn 2016 - 2020, toàn tỉnh có 1.238 tập thể và 3.452 cá nhân được khen thưởng. Trong đó, 25 tập thể được tặng Cờ thi đua của Chính phủ.", nil},
		// Awards of the event after a period's figures.
		{"event lead after a period", fiveYears + "\n\nDịp này, UBND tỉnh tặng Cờ thi đua cho 12 tập thể.", []Award{
			aw("Cờ thi đua", "UBND tỉnh", 12, 0, -1),
		}},
		{"new paragraph with an award after a period", fiveYears + "\n\nChủ tịch UBND thành phố tặng Bằng khen cho 25 tập thể, 42 cá nhân có thành tích xuất sắc.", []Award{
			aw("Bằng khen", "Chủ tịch UBND thành phố", 25, 42, -1),
		}},
		{"figures then the ceremony", fiveYears + "\n\nVề khen thưởng, có 104 tập thể được tặng Cờ thi đua của Chính phủ.\n\nTại đại hội, 12 tập thể và 45 cá nhân được Chủ tịch UBND thành phố tặng Bằng khen.", []Award{
			aw("Bằng khen", "Chủ tịch UBND thành phố", 12, 45, -1),
		}},
		{"về phía after a period", fiveYears + "\n\nVề phía tỉnh, Chủ tịch UBND tỉnh tặng Bằng khen cho 10 tập thể.", []Award{
			aw("Bằng khen", "Chủ tịch UBND tỉnh", 10, 0, -1),
		}},
		{"existing count at the event", "Dịp này, có 5 tập thể được tặng Bằng khen của Chủ tịch UBND tỉnh.", []Award{
			aw("Bằng khen", "Chủ tịch UBND tỉnh", 5, 0, -1),
		}},
		{"period named by the event only", "Sáng 22/5, UBND tỉnh tổ chức Hội nghị tổng kết phong trào thi đua giai đoạn 2020 - 2025.\n\nCó 12 tập thể và 30 cá nhân được tặng Bằng khen của Chủ tịch UBND tỉnh.", []Award{
			aw("Bằng khen", "Chủ tịch UBND tỉnh", 12, 30, -1),
		}},
		{"unsplit count at the event (A16)", "Dịp này, UBND tỉnh Khánh Hòa tặng bằng khen của Chủ tịch UBND tỉnh cho 30 tập thể và cá nhân.", []Award{
			aw("Bằng khen", "Chủ tịch UBND tỉnh", 0, 0, -1),
		}},
	})
}

func TestSplitAwardParagraphs(t *testing.T) {
	got := splitAwardParagraphs("Trong 5 năm qua, có 2 tập thể. Về khen thưởng, có 3 tập thể.\n\nXem thêm: tin khác\nDòng hai")
	want := [][]string{{"Trong 5 năm qua, có 2 tập thể.", "Về khen thưởng, có 3 tập thể."}, {"Dòng hai"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("splitAwardParagraphs = %q, want %q", got, want)
	}
}
