<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN">
<head><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>
	Giới thiệu
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
<div class="tieude-tin">Giới thiệu</div><p>Đảng bộ tỉnh Hà Tĩnh được thành lập năm 1930.</p>
</div>
<div class="footer"><p>CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH HÀ TĨNH</p>
<p>Cơ quan chủ quản: Ban Tuyên giáo và Dân vận Tỉnh ủy Hà Tĩnh. Địa chỉ: Số 1 đường Nguyễn Tất Thành, thành phố Hà Tĩnh.</p>
<p>Bản quyền thuộc Tỉnh ủy Hà Tĩnh. Thống kê truy cập: 12.345.678</p></div>
</div></div>
</form>
</body>
</html>
