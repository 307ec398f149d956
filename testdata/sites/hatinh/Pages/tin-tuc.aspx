<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN">
<head><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>
	Tin tức - Sự kiện
</title>
<link rel="stylesheet" type="text/css" href="/Style%20Library/dcs/css/style.css" />
<script type="text/javascript" src="/_layouts/15/init.js?rev=ZFGxlSpGmuYgIivgF0kflg%3D%3D"></script>
</head>
<body>
<form method="post" action="./" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIBD2QWBAIBD2QWAgIDD2QWAmYPZBYCAgEPFgIeBFRleHQFGEPhu5VuZyB0aMO0bmcgdGluIMSRaeG7h24gdOG7rWRkAgMPZBYCAgEPZBYCZg9kFgICAQ9kFgJmD2QWAgIBDxYCHwAF/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIBD2QWBAIBD2QWAgIDD2QWAmYPZBYCAgEPFgIeBFRleHQFGEPhu5VuZyB0aMO0bmcgdGluIMSRaeG7h24gdOG7rWRkAgMPZBYCAgEPZBYCZg9kFgICAQ9kFgJmD2QWAgIBDxYCHwAF/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIBD2QWBAIBD2QWAgIDD2QWAmYPZBYCAgEPFgIeBFRleHQFGEPhu5VuZyB0aMO0bmcgdGluIMSRaeG7h24gdOG7rWRkAgMPZBYCAgEPZBYCZg9kFgICAQ9kFgJmD2QWAgIBDxYCHwAF/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIBD2QWBAIBD2QWAgIDD2QWAmYPZBYCAgEPFgIeBFRleHQFGEPhu5VuZyB0aMO0bmcgdGluIMSRaeG7h24gdOG7rWRkAgMPZBYCAgEPZBYCZg9kFgICAQ9kFgJmD2QWAgIBDxYCHwAF/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIBD2QWBAIBD2QWAgIDD2QWAmYPZBYCAgEPFgIeBFRleHQFGEPhu5VuZyB0aMO0bmcgdGluIMSRaeG7h24gdOG7rWRkAgMPZBYCAgEPZBYCZg9kFgICAQ9kFgJmD2QWAgIBDxYCHwAF/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIBD2QWBAIBD2QWAgIDD2QWAmYPZBYCAgEPFgIeBFRleHQFGEPhu5VuZyB0aMO0bmcgdGluIMSRaeG7h24gdOG7rWRkAgMPZBYCAgEPZBYCZg9kFgICAQ9kFgJmD2QWAgIBDxYCHwAF" /></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="header"><a href="/"><img src="/PublishingImages/banner-dcs.jpg" alt="ĐẢNG BỘ TỈNH HÀ TĨNH" /></a></div>
<div class="menu-top"><ul>
<li><a href="/">Trang chủ</a></li>
<li><a href="/Pages/tin-tuc.aspx">Tin tức - Sự kiện</a></li>
<li><a href="/Pages/gioi-thieu.aspx">Giới thiệu</a></li>
<li><a href="/_layouts/15/chi-tiet-tin-tuc.aspx?ItemID=90001">Tin nội bộ</a></li>
<li><a href="https://dangcongsan.vn/">Báo điện tử Đảng Cộng sản Việt Nam</a></li>
</ul></div>
<div class="content-main">
<div class="list-title">TIN TỨC - SỰ KIỆN</div>
<div class="item-news"><a class="title" href="/Pages/chi-tiet-tin-tuc.aspx?ItemID=21812">Hà Tĩnh biểu dương 120 điển hình học tập và làm theo Bác năm 2025</a> <span class="date">(15/10/2025)</span>
<div class="summary">Sáng 15/10, Ban Thường vụ Tỉnh ủy Hà Tĩnh tổ chức hội nghị biểu dương 120 điển hình tiên tiến trong học tập và làm theo tư tưởng, đạo đức, phong cách …</div></div>
<div class="item-news"><a class="title" href="/Pages/chi-tiet-tin-tuc.aspx?ItemID=21777">Đại hội Đảng bộ xã Thiên Cầm lần thứ I, nhiệm kỳ 2025 - 2030</a> <span class="date">(06/08/2025)</span>
<div class="summary">Ngày 5 và 6/8, Đảng bộ xã Thiên Cầm tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Đây là đại hội điểm cấp xã của tỉnh Hà Tĩnh.…</div></div>
<div class="item-news"><a class="title" href="/Pages/chi-tiet-tin-tuc.aspx?ItemID=21702">Hà Tĩnh công bố quyết định thành lập Đảng bộ các xã sau sắp xếp</a> <span class="date">(30/06/2025)</span>
<div class="summary">Chiều 30/6, Ban Thường vụ Tỉnh ủy Hà Tĩnh tổ chức hội nghị công bố các quyết định thành lập đảng bộ xã, phường sau sắp xếp đơn vị hành chính cấp xã.…</div></div>
<div class="item-news"><a class="title" href="/Pages/chi-tiet-tin-tuc.aspx?ItemID=21519">Trao Huy hiệu Đảng cho 152 đảng viên thành phố Hà Tĩnh</a> <span class="date">(07/11/2024)</span>
<div class="summary">Sáng 7/11, Thành ủy Hà Tĩnh tổ chức lễ trao Huy hiệu Đảng đợt 7/11 cho 152 đảng viên, trong đó có 1 đồng chí nhận Huy hiệu 75 năm tuổi Đảng.…</div></div>
<div class="paging"><a href="/Pages/tin-tuc.aspx" class="current">1</a> <a href="/Pages/tin-tuc.aspx?Page=2">2</a> <a href="/Pages/tin-tuc.aspx?Page=3">3</a> <a href="/Pages/tin-tuc.aspx?Page=2">Sau</a></div>
</div>
<div class="footer"><p>CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH HÀ TĨNH</p>
<p>Cơ quan chủ quản: Ban Tuyên giáo và Dân vận Tỉnh ủy Hà Tĩnh. Địa chỉ: Số 1 đường Nguyễn Tất Thành, thành phố Hà Tĩnh.</p>
<p>Bản quyền thuộc Tỉnh ủy Hà Tĩnh. Thống kê truy cập: 12.345.678</p></div>
</div></div>
</form>
</body>
</html>
