// HTML samples shared by TestHtmlSanitizer and TestRichText: exact sanitizer expectations,
// hostile inputs, realistic Word / LibreOffice / Google Docs pastes and a tag-soup fuzzer.
#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace PressDesk::HtmlSamples {

using namespace Qt::StringLiterals;

struct Sample
{
    const char *name;
    QString input;
    QString expected; // Html::sanitize(input)
};

// The 64-hex hash of an image in PressDesk's store.
inline QString hash(QChar c = u'a')
{
    return QString(64, c);
}

// A Word (2016, Windows clipboard) paste: conditional comments, o:p, mso- styles and
// classes, list paragraphs with bullets in mso-list:Ignore spans, a table.
inline QString wordPaste()
{
    return uR"html(<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15">
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->
<style><!-- p.MsoNormal, li.MsoNormal {mso-style-parent:""; margin:0cm; font-size:12.0pt; font-family:"Times New Roman",serif;} --></style></head>
<body lang=EN-US style='tab-interval:36.0pt'>
<!--StartFragment-->
<p class=MsoTitle><b><span lang=VI style='font-size:16.0pt'>Kế hoạch tuyên truyền CCHC năm 2019<o:p></o:p></span></b></p>
<p class=MsoNormal style='text-align:justify;text-indent:36.0pt'><span lang=VI style='font-size:14.0pt;font-family:"Times New Roman",serif'>Ngày 19/02, UBND huyện <b style='mso-bidi-font-weight:normal'>Hoài Đức</b> ban hành Kế&nbsp;hoạch số&nbsp;65/KH-UBND, triển khai <i style='mso-bidi-font-style:normal'>nhiều hoạt động</i>.<o:p></o:p></span></p>
<p class=MsoNormal><span lang=VI><o:p>&nbsp;</o:p></span></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=VI style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=VI>Đăng tải trên Cổng thông tin điện tử<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-add-space:auto;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span lang=VI style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]><span lang=VI>Chuyên mục CCHC<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=VI style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=VI>Hệ thống đài truyền thanh cơ sở<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span lang=VI><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=VI>Bước một<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span lang=VI><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=VI>Bước <i>hai</i><o:p></o:p></span></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt'>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
  <td width=307 valign=top style='width:230.3pt;border:solid windowtext 1.0pt'><p class=MsoNormal><b><span lang=VI>Đơn vị<o:p></o:p></span></b></p></td>
  <td width=307 valign=top style='width:230.3pt'><p class=MsoNormal><b><span lang=VI>Số tin bài<o:p></o:p></span></b></p></td>
 </tr>
 <tr style='mso-yfti-irow:1;mso-yfti-lastrow:yes'>
  <td width=307 valign=top><p class=MsoNormal><span lang=VI>Xã An Khánh<o:p></o:p></span></p></td>
  <td width=307 valign=top><p class=MsoNormal align=right style='text-align:right'><span lang=VI>12<o:p></o:p></span></p></td>
 </tr>
</table>
<p class=MsoNormal><span lang=VI>Dòng một<br>Dòng hai<br><br>Đoạn sau hai lần xuống dòng<o:p></o:p></span></p>
<!--EndFragment-->
</body></html>)html"_s;
}

inline QString wordPasteExpected()
{
    return u"<p><strong>Kế hoạch tuyên truyền CCHC năm 2019</strong></p>\n"
           u"<p>Ngày 19/02, UBND huyện <strong>Hoài Đức</strong> ban hành Kế hoạch số 65/KH-UBND, "
           u"triển khai <em>nhiều hoạt động</em>.</p>\n"
           u"<ul>\n<li>Đăng tải trên Cổng thông tin điện tử<ul>\n<li>Chuyên mục "
           u"CCHC</li>\n</ul></li>\n"
           u"<li>Hệ thống đài truyền thanh cơ sở</li>\n</ul>\n"
           u"<ol>\n<li>Bước một</li>\n<li>Bước <em>hai</em></li>\n</ol>\n"
           u"<table>\n<tr><td><strong>Đơn vị</strong></td><td><strong>Số tin "
           u"bài</strong></td></tr>\n"
           u"<tr><td>Xã An Khánh</td><td>12</td></tr>\n</table>\n"
           u"<p>Dòng một<br>Dòng hai</p>\n<p>Đoạn sau hai lần xuống dòng</p>"_s;
}

// LibreOffice Writer 7 (copy to clipboard): nested font elements, lists of paragraphs.
inline QString libreOfficePaste()
{
    return uR"html(<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"/><title></title>
<meta name="generator" content="LibreOffice 7.4.7.2 (Linux)"/>
<style type="text/css">@page { size: 21cm 29.7cm; margin: 2cm } p { line-height: 115%; margin-bottom: 0.25cm; background: transparent }</style>
</head><body lang="vi-VN" link="#000080" vlink="#800000" dir="ltr">
<p align="center" style="line-height: 100%; margin-bottom: 0cm"><font face="Times New Roman, serif"><font size="3" style="font-size: 13pt"><b>THÔNG BÁO</b></font></font></p>
<p style="line-height: 100%; margin-bottom: 0cm"><font face="Times New Roman, serif"><font size="3" style="font-size: 13pt">Về việc </font></font><font face="Times New Roman, serif"><font size="3" style="font-size: 13pt"><i>tiếp công dân</i></font></font><font face="Times New Roman, serif"><font size="3" style="font-size: 13pt"> định kỳ.</font></font></p>
<ol>
	<li><p style="line-height: 100%; margin-bottom: 0cm"><font face="Times New Roman, serif">Thời gian: thứ Năm</font></p>
	<ol>
		<li><p style="line-height: 100%; margin-bottom: 0cm"><font face="Times New Roman, serif">Sáng: 8h00</font></p></li>
	</ol>
	<li><p style="line-height: 100%; margin-bottom: 0cm"><font face="Times New Roman, serif">Địa điểm: <span style="font-weight: normal">trụ sở</span> UBND</font></p></li>
</ol>
<p style="line-height: 100%; margin-bottom: 0cm"><br/>
</p>
<p style="line-height: 100%; margin-bottom: 0cm"><a href="https://hoaiduc.hanoi.gov.vn/"><font face="Times New Roman, serif">Cổng thông tin điện tử</font></a></p>
</body></html>)html"_s;
}

inline QString libreOfficePasteExpected()
{
    return u"<p><strong>THÔNG BÁO</strong></p>\n"
           u"<p>Về việc <em>tiếp công dân</em> định kỳ.</p>\n"
           u"<ol>\n<li>Thời gian: thứ Năm<ol>\n<li>Sáng: 8h00</li>\n</ol></li>\n"
           u"<li>Địa điểm: trụ sở UBND</li>\n</ol>\n"
           u"<p><a href=\"https://hoaiduc.hanoi.gov.vn/\">Cổng thông tin điện tử</a></p>"_s;
}

// LibreOffice Writer 7.4 (its HTML export, which is also what it puts on the clipboard): a
// table with a header row, cells of paragraphs, a rowspan and a colspan; the table's
// caption is a centred paragraph before it.
inline QString libreOfficeTable()
{
    return uR"html(<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"/>
<meta name="generator" content="LibreOffice 7.4.7.2 (Linux)"/></head>
<body lang="en-US" link="#000080" vlink="#800000" dir="ltr"><p>Kết
quả tuyên truyền quý I:</p>
<p align="center" style="margin-bottom: 0in">Bảng 1. Số tin bài
theo kênh</p>
<table width="317" cellpadding="2" cellspacing="1">
	<col width="150"/>

	<col width="71"/>

	<col width="78"/>

	<thead>
		<tr>
			<th width="150" style="border-top: 1px double #808080; border-bottom: 1px double #808080; border-left: 1px double #808080; border-right: 1px double #808080; padding: 0.02in"><p>
				Kênh</p>
			</th>
			<th width="71" style="border-top: 1px double #808080; border-bottom: 1px double #808080; border-left: 1px double #808080; border-right: 1px double #808080; padding: 0.02in"><p>
				Kế hoạch</p>
			</th>
			<th width="78" style="border-top: 1px double #808080; border-bottom: 1px double #808080; border-left: 1px double #808080; border-right: 1px double #808080; padding: 0.02in"><p>
				Thực hiện</p>
			</th>
		</tr>
	</thead>
	<tbody>
		<tr>
			<td width="150" style="border-top: none; border-bottom: 1px double #808080; border-left: 1px double #808080; border-right: 1px double #808080; padding-top: 0in; padding-bottom: 0.02in; padding-left: 0.02in; padding-right: 0.02in"><p>
				Cổng thông tin điện tử</p>
			</td>
			<td width="71" style="border-top: none; border-bottom: 1px double #808080; border-left: 1px double #808080; border-right: 1px double #808080; padding-top: 0in; padding-bottom: 0.02in; padding-left: 0.02in; padding-right: 0.02in"><p>
				12</p>
			</td>
			<td width="78" style="border-top: none; border-bottom: 1px double #808080; border-left: 1px double #808080; border-right: 1px double #808080; padding-top: 0in; padding-bottom: 0.02in; padding-left: 0.02in; padding-right: 0.02in"><p>
				<b>15</b></p>
			</td>
		</tr>
		<tr>
			<td rowspan="2" width="150" style="border-top: none; border-bottom: 1px double #808080; border-left: 1px double #808080; border-right: 1px double #808080; padding-top: 0in; padding-bottom: 0.02in; padding-left: 0.02in; padding-right: 0.02in"><p>
				Đài truyền thanh</p>
			</td>
			<td colspan="2" width="154" style="border-top: none; border-bottom: 1px double #808080; border-left: 1px double #808080; border-right: 1px double #808080; padding-top: 0in; padding-bottom: 0.02in; padding-left: 0.02in; padding-right: 0.02in"><p>
				Phát 3 lần/tuần</p>
			</td>
		</tr>
		<tr>
			<td width="71" style="border-top: none; border-bottom: 1px double #808080; border-left: 1px double #808080; border-right: 1px double #808080; padding-top: 0in; padding-bottom: 0.02in; padding-left: 0.02in; padding-right: 0.02in"><p>
				40</p>
			</td>
			<td width="78" style="border-top: none; border-bottom: 1px double #808080; border-left: 1px double #808080; border-right: 1px double #808080; padding-top: 0in; padding-bottom: 0.02in; padding-left: 0.02in; padding-right: 0.02in"><p>
				38</p>
			</td>
		</tr>
	</tbody>
</table>
<p>Hết.</p>
</body>
</html>)html"_s;
}

inline QString libreOfficeTableExpected()
{
    return u"<p>Kết quả tuyên truyền quý I:</p>\n<p>Bảng 1. Số tin bài theo kênh</p>\n<table>\n"
           u"<tr><th>Kênh</th><th>Kế hoạch</th><th>Thực hiện</th></tr>\n"
           u"<tr><td>Cổng thông tin điện tử</td><td>12</td><td><strong>15</strong></td></tr>\n"
           u"<tr><td rowspan=\"2\">Đài truyền thanh</td><td colspan=\"2\">Phát 3 "
           u"lần/tuần</td></tr>\n"
           u"<tr><td>40</td><td>38</td></tr>\n</table>\n<p>Hết.</p>"_s;
}

// Google Docs: everything inside <b style="font-weight:normal">, bold/italic in spans.
inline QString googleDocsPaste()
{
    return uR"html(<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-6d0c2a1f-7fff-3b1e-5c2d-9e8f7a6b5c4d"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Hội nghị </span><span style="font-size:11pt;font-family:Arial;color:#000000;background-color:transparent;font-weight:700;font-style:normal;">tổng kết</span><span style="font-size:11pt;font-family:Arial;font-weight:400;font-style:italic;"> năm 2023</span></p><br><ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:disc;font-size:11pt;font-family:Arial;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-weight:400;">Khen thưởng </span><a href="https://www.google.com/url?q=https://hoaiduc.hanoi.gov.vn&amp;sa=D" style="text-decoration:none;"><span style="font-size:11pt;color:#1155cc;font-weight:400;text-decoration:underline;">tập thể</span></a></p></li></ul></b>)html"_s;
}

inline QString googleDocsPasteExpected()
{
    return u"<p>Hội nghị <strong>tổng kết</strong> <em>năm 2023</em></p>\n"
           u"<ul>\n<li>Khen thưởng <a "
           u"href=\"https://www.google.com/url?q=https://hoaiduc.hanoi.gov.vn"
           u"&amp;sa=D\">tập thể</a></li>\n</ul>"_s;
}

// Exact expectations: whitelist, mapping, whitespace, nesting, lists, figures, text.
inline QList<Sample> exactSamples()
{
    const QString img = u"https://x.vn/a.jpg"_s;
    return {
        {"empty", u""_s, u""_s},
        {"plain text", u"Xin chào"_s, u"<p>Xin chào</p>"_s},
        {"only whitespace", u"  \n\t &nbsp; \u00a0"_s, u""_s},
        {"empty blocks",
         u"<p></p><p> </p><p><br></p><div>&nbsp;</div><h2> </h2><ul><li></li></ul>"_s, u""_s},
        {"spec example",
         u"<p>Xin <strong>chào</strong> <a href=\"https://x.vn/a?b=1&amp;c=2\">liên kết</a></p>"_s,
         u"<p>Xin <strong>chào</strong> <a href=\"https://x.vn/a?b=1&amp;c=2\">liên kết</a></p>"_s},
        {"b i u s", u"<p><b>đậm</b> <i>nghiêng</i> <u>gạch</u> <s>xóa</s> <sup>2</sup></p>"_s,
         u"<p><strong>đậm</strong> <em>nghiêng</em> gạch xóa 2</p>"_s},
        {"headings", u"<h1>Một</h1><h2>Hai</h2><h3>Ba</h3><h4>Bốn</h4><h5>Năm</h5><h6>Sáu</h6>"_s,
         u"<h2>Một</h2>\n<h2>Hai</h2>\n<h3>Ba</h3>\n<h3>Bốn</h3>\n<h3>Năm</h3>\n<h3>Sáu</h3>"_s},
        {"heading without strong", u"<h2><strong>Tiêu đề</strong> <em>phụ</em></h2>"_s,
         u"<h2>Tiêu đề <em>phụ</em></h2>"_s},
        {"loose inline text", u"Đoạn <b>một</b><p>Đoạn hai</p>cuối"_s,
         u"<p>Đoạn <strong>một</strong></p>\n<p>Đoạn hai</p>\n<p>cuối</p>"_s},
        {"div wrappers", u"<div><div>a</div><div><span>b</span></div><section>c</section></div>"_s,
         u"<p>a</p>\n<p>b</p>\n<p>c</p>"_s},
        {"whitespace collapse", u"<p>  a \n\t b&nbsp;&nbsp;c \r\n </p>"_s, u"<p>a b c</p>"_s},
        {"line breaks", u"<p>a<br>b<br/><br>c<br></p>"_s, u"<p>a<br>b</p>\n<p>c</p>"_s},
        {"br runs", u"<br><br>Dòng 1<br><br><br>Dòng 2<br>"_s, u"<p>Dòng 1</p>\n<p>Dòng 2</p>"_s},
        {"spaces around br", u"<p>a <br> b</p>"_s, u"<p>a<br>b</p>"_s},
        {"br in strong", u"<p><b>a</b><br><b>b</b></p>"_s, u"<p><strong>a<br>b</strong></p>"_s},
        {"nested strong", u"<strong><strong>a</strong> <b>b</b></strong>"_s,
         u"<p><strong>a b</strong></p>"_s},
        {"empty inline", u"<p>a<em></em><strong> </strong>b<a href=\"https://x.vn\"></a></p>"_s,
         u"<p>a b</p>"_s},
        {"spaces at format edges", u"<p><strong>a </strong>b <em> c</em></p>"_s,
         u"<p><strong>a</strong> b <em>c</em></p>"_s},
        {"overlapping formats", u"<p><b>a<i>b</b>c</i></p>"_s,
         u"<p><strong>a<em>b</em></strong><em>c</em></p>"_s},
        {"longest first", u"<p><i><b>x</b>yyyy</i></p>"_s,
         u"<p><em><strong>x</strong>yyyy</em></p>"_s},
        {"link content", u"<a href=\"https://x.vn\"><b>Đậm</b> thường</a>"_s,
         u"<p><a href=\"https://x.vn\"><strong>Đậm</strong> thường</a></p>"_s},
        {"unsafe links unwrapped",
         u"<a href=\"javascript:alert(1)\">x</a> <a>y</a> <a href=\"#top\">z</a> <a href=\"/rel\">w</a>"_s,
         u"<p>x y z w</p>"_s},
        {"link schemes",
         u"<a href=\"HTTPS://X.vn/A B\">a</a> <a href=\" mailto:ubnd@hoaiduc.gov.vn \">b</a> "
         u"<a href=\"ftp://x.vn\">c</a> <a href=\"//x.vn\">d</a> <a href=\"https:///x\">e</a>"_s,
         u"<p><a href=\"https://X.vn/A%20B\">a</a> <a href=\"mailto:ubnd@hoaiduc.gov.vn\">b</a> c d e</p>"_s},
        {"adjacent links", u"<a href=\"https://a.vn\">a</a><a href=\"https://b.vn\">b</a>"_s,
         u"<p><a href=\"https://a.vn\">a</a><a href=\"https://b.vn\">b</a></p>"_s},
        {"same link twice", u"<a href=\"https://a.vn\">a</a> <a href=\"https://a.vn\">b</a>"_s,
         u"<p><a href=\"https://a.vn\">a b</a></p>"_s},
        {"entities",
         u"<p>&lt;b&gt; &amp; &quot;trích&quot; &apos; &copy; &#8220;x&#8221; &#x1EA0;</p>"_s,
         u"<p>&lt;b&gt; &amp; &quot;trích&quot; ' © “x” Ạ</p>"_s},
        {"literal angle brackets", u"<p>1 < 2 > 0 & \"q\"</p>"_s,
         u"<p>1 &lt; 2 &gt; 0 &amp; &quot;q&quot;</p>"_s},
        {"NFD to NFC",
         u"<p>Huye\u0323\u0302n Hoa\u0300i \u0110u\u031b\u0301c to\u0302\u0309 chu\u031b\u0301c "
         u"<b>ho\u0323\u0302i nghi\u0323</b></p>"_s,
         u"<p>Huyện Hoài Đức tổ chức <strong>hội nghị</strong></p>"_s},
        {"unknown elements",
         u"<p>a<o:p></o:p> <custom-el>b</custom-el> <font color=red>c</font></p>"_s,
         u"<p>a b c</p>"_s},
        {"comments and CDATA",
         u"<p>a<!-- b -->c<![CDATA[d]]>e<!--[if gte mso 9]><xml>x</xml><![endif]--></p>"_s,
         u"<p>ace</p>"_s},
        {"controls and noncharacters",
         u"<p>a\001b\177c"
         u"\x85"
         u"d\ufeffe\ufffef&#1;g\u200bh</p>"_s,
         u"<p>abcdefg\u200bh</p>"_s},
        {"literal line separator", u"<p>a\u2028b\u2029c</p>"_s, u"<p>a<br>b c</p>"_s},
        {"list", u"<ul><li>một</li><li>hai<ul><li>con</li></ul></li></ul>"_s,
         u"<ul>\n<li>một</li>\n<li>hai<ul>\n<li>con</li>\n</ul></li>\n</ul>"_s},
        {"ordered list with paragraphs", u"<ol start=3><li>a</li><li><p>b</p><p>c</p></li></ol>"_s,
         u"<ol>\n<li>a</li>\n<li>b<br>c</li>\n</ol>"_s},
        {"list directly in list", u"<ul><li>a</li><ul><li>b</li></ul><li>c</li></ul>"_s,
         u"<ul>\n<li>a<ul>\n<li>b</li>\n</ul></li>\n<li>c</li>\n</ul>"_s},
        {"empty items", u"<ul><li></li><li> </li><li>x</li></ul><ol><li></li></ol>"_s,
         u"<ul>\n<li>x</li>\n</ul>"_s},
        {"item holding only a list", u"<ul><li><ul><li>x</li></ul></li></ul>"_s,
         u"<ul>\n<li><ul>\n<li>x</li>\n</ul></li>\n</ul>"_s},
        {"text after nested list", u"<ul><li>a<ul><li>b</li></ul>c</li></ul>"_s,
         u"<ul>\n<li>a<ul>\n<li>b</li>\n</ul></li>\n<li>c</li>\n</ul>"_s},
        {"adjacent lists", u"<ul><li>a</li></ul><ul><li>b</li></ul><ol><li>c</li></ol>"_s,
         u"<ul>\n<li>a</li>\n</ul>\n<ul>\n<li>b</li>\n</ul>\n<ol>\n<li>c</li>\n</ol>"_s},
        {"mixed nested lists", u"<ol><li>a<ul><li>b</li></ul><ol><li>c</li></ol></li></ol>"_s,
         u"<ol>\n<li>a<ul>\n<li>b</li>\n</ul><ol>\n<li>c</li>\n</ol></li>\n</ol>"_s},
        {"text in ul", u"<ul>chữ<li>a</li></ul>"_s, u"<ul>\n<li>chữ</li>\n<li>a</li>\n</ul>"_s},
        {"orphan li and dl", u"<li>a</li><li>b</li><dl><dt>Từ</dt><dd>Nghĩa</dd></dl>"_s,
         u"<p>a</p>\n<p>b</p>\n<p>Từ</p>\n<p>Nghĩa</p>"_s},
        {"list nesting capped at 8",
         u"<ul><li>1<ul><li>2<ul><li>3<ul><li>4<ul><li>5<ul><li>6<ul><li>7<ul><li>8"
         u"<ul><li>9<ul><li>10</li></ul></li></ul></li></ul></li></ul></li></ul></li></ul></li></"
         u"ul>"
         u"</li></ul></li></ul></li></ul>"_s,
         u"<ul>\n<li>1<ul>\n<li>2<ul>\n<li>3<ul>\n<li>4<ul>\n<li>5<ul>\n<li>6<ul>\n<li>7<ul>\n"
         u"<li>8</li>\n<li>9</li>\n<li>10</li>\n</ul></li>\n</ul></li>\n</ul></li>\n</ul></li>\n"
         u"</ul></li>\n</ul></li>\n</ul></li>\n</ul>"_s},
        {"blockquote", u"<blockquote><p>Trích <b>dẫn</b></p>hai</blockquote>"_s,
         u"<blockquote>\n<p>Trích <strong>dẫn</strong></p>\n<p>hai</p>\n</blockquote>"_s},
        {"blockquotes merge",
         u"<blockquote>a<blockquote>b</blockquote></blockquote> <blockquote>c</blockquote>"_s,
         u"<blockquote>\n<p>a</p>\n<p>b</p>\n<p>c</p>\n</blockquote>"_s},
        {"blocks in blockquote",
         u"<blockquote><h2>a</h2><ul><li>b</li></ul></blockquote><p>d</p>"_s,
         u"<blockquote>\n<p>a</p>\n<p>b</p>\n</blockquote>\n<p>d</p>"_s},
        {"figure",
         u"<figure><img src=\"" + img +
             u"\" alt=\"Ảnh  hội\nnghị\"><figcaption>Chú <i>thích</i></figcaption></figure>"_s,
         u"<figure><img src=\"https://x.vn/a.jpg\" alt=\"Ảnh hội nghị\"><figcaption>Chú <em>thích</em></figcaption></figure>"_s},
        {"caption first",
         u"<figure><figcaption>c</figcaption><img src=\"" + img + u"\"></figure>"_s,
         u"<figure><img src=\"https://x.vn/a.jpg\" alt=\"\"><figcaption>c</figcaption></figure>"_s},
        {"image in paragraph", u"<p>trước <img src=\"https://x.vn/a.png\" alt=\"A\"> sau</p>"_s,
         u"<p>trước</p>\n<figure><img src=\"https://x.vn/a.png\" alt=\"A\"></figure>\n<p>sau</p>"_s},
        {"unsafe images dropped",
         u"<p>a<img src=\"javascript:x\"><img src=\"data:image/png;base64,AAAA\"><img>b</p>"_s,
         u"<p>ab</p>"_s},
        {"image in list item",
         u"<ul><li>a<img src=\"https://x.vn/i.png\" alt=\"i\">b</li><li>c</li></ul><p>d</p>"_s,
         u"<ul>\n<li>ab</li>\n<li>c</li>\n</ul>\n<figure><img src=\"https://x.vn/i.png\" alt=\"i\"></figure>\n<p>d</p>"_s},
        {"pdimg", u"<img src=\"PDIMG:" + hash(u'A') + u"\" alt=\"x\"><img src=\"pdimg:abc\">"_s,
         u"<figure><img src=\"pdimg:" + hash(u'a') + u"\" alt=\"x\"></figure>"_s},
        {"figure without image", u"<figure><figcaption>chỉ chú thích</figcaption></figure>"_s,
         u"<p>chỉ chú thích</p>"_s},
        {"figure with two images",
         u"<figure><img src=\"https://x.vn/1.jpg\" alt=\"1\"><img src=\"https://x.vn/2.jpg\" "
         u"alt=\"2\">"
         u"<figcaption>chung</figcaption></figure>"_s,
         u"<figure><img src=\"https://x.vn/1.jpg\" alt=\"1\"></figure>\n"
         u"<figure><img src=\"https://x.vn/2.jpg\" alt=\"2\"><figcaption>chung</figcaption></figure>"_s},
        {"table",
         u"<table><caption>Bảng</caption><tr><th>A</th><th><b>B</b></th></tr><tr><td>1</td><td><b>2</b></td></tr></table>"_s,
         u"<table>\n<caption>Bảng</caption>\n<tr><th>A</th><th>B</th></tr>\n"
         u"<tr><td>1</td><td><strong>2</strong></td></tr>\n</table>"_s},
        {"table sections and stray attributes",
         u"<table border=1 style=\"width:100%\" onclick=x><thead><tr><th "
         u"scope=col>A</th></tr></thead>"
         u"<tbody><tr><td style=\"color:red\" colspan=\" 1 \">1</td></tr></tbody><tfoot><tr>"
         u"<td>Σ</td></tr></tfoot></table>"_s,
         u"<table>\n<tr><th>A</th></tr>\n<tr><td>1</td></tr>\n<tr><td>Σ</td></tr>\n</table>"_s},
        {"table ragged rows padded",
         u"<table><tr><th>A</th><th>B</th><th>C</th></tr><tr><td>1</td></tr><tr></tr></table>"_s,
         u"<table>\n<tr><th>A</th><th>B</th><th>C</th></tr>\n<tr><td>1</td><td></td><td></td></tr>\n</table>"_s},
        {"table spans clipped",
         u"<table><tr><td rowspan=9 colspan=2>a</td><td>b</td></tr><tr><td colspan=5>c</td></tr></table>"_s,
         u"<table>\n<tr><td colspan=\"2\" "
         u"rowspan=\"2\">a</td><td>b</td><td></td><td></td><td></td><td></td></tr>\n"
         u"<tr><td colspan=\"5\">c</td></tr>\n</table>"_s},
        {"table span blocked by a row span",
         u"<table><tr><td>a</td><td rowspan=2>b</td></tr><tr><td colspan=3>c</td></tr></table>"_s,
         u"<table>\n<tr><td>a</td><td rowspan=\"2\">b</td></tr>\n<tr><td>c</td></tr>\n</table>"_s},
        {"table cell content flattened",
         u"<table><tr><td><p>một</p><p>hai</p><ul><li>ba</li></ul><h1>bốn</h1>"
         u"<table><tr><td>năm</td><td>sáu</td></tr></table></td><td></td></tr></table>"_s,
         u"<table>\n<tr><td>một<br>hai<br>ba<br>bốn<br>năm<br>sáu</td><td></td></tr>\n</table>"_s},
        {"table image after the table",
         u"<table><tr><td>a<img src=\"https://x.vn/i.png\" alt=\"i\"></td></tr></table><p>b</p>"_s,
         u"<table>\n<tr><td>a</td></tr>\n</table>\n<figure><img src=\"https://x.vn/i.png\" alt=\"i\"></figure>\n<p>b</p>"_s},
        {"table caption without cells", u"<table><caption>chỉ tên</caption></table>"_s,
         u"<p>chỉ tên</p>"_s},
        {"table empty", u"<p>a</p><table><tr><td></td></tr></table>"_s,
         u"<p>a</p>\n<table>\n<tr><td></td></tr>\n</table>"_s},
        {"two tables", u"<table><tr><td>1</td></tr></table><table><tr><td>2</td></tr></table>"_s,
         u"<table>\n<tr><td>1</td></tr>\n</table>\n<table>\n<tr><td>2</td></tr>\n</table>"_s},
        {"table in a quote", u"<blockquote>a<table><tr><td>1</td></tr></table>b</blockquote>"_s,
         u"<blockquote>\n<p>a</p>\n</blockquote>\n<table>\n<tr><td>1</td></tr>\n</table>\n"
         u"<blockquote>\n<p>b</p>\n</blockquote>"_s},
        {"table in list item", u"<ul><li><table><tr><td>a</td><td>b</td></tr></table></li></ul>"_s,
         u"<ul>\n<li>a<br>b</li>\n</ul>"_s},
        {"pre", u"<pre>\ndòng 1\n  dòng 2\n\ndòng 3</pre>"_s,
         u"<p>dòng 1<br>dòng 2</p>\n<p>dòng 3</p>"_s},
        {"plaintext", u"<p>a</p><plaintext><b>x</b> & y"_s,
         u"<p>a</p>\n<p>&lt;b&gt;x&lt;/b&gt; &amp; y</p>"_s},
        {"private use characters",
         u"<p>&#xE000;&#xE100;&#xE100; and a run of text long enough for a placeholder</p>"
         u"<p>\ue000\ue100\ue101 literal</p>"_s,
         u"<p>\ue000\ue100\ue100 and a run of text long enough for a placeholder</p>\n"
         u"<p>\ue000\ue100\ue101 literal</p>"_s},
        {"full document",
         u"<!DOCTYPE html><html><head><title>Tiêu đề</title><style>p{}</style></head><body><p>x</p></body></html>"_s,
         u"<p>x</p>"_s},
        {"canonical is kept",
         u"<h2>Tiêu đề</h2>\n<p>a<br>b</p>\n<blockquote>\n<p>q</p>\n</blockquote>\n<ol>\n<li>x</li>\n</ol>"_s,
         u"<h2>Tiêu đề</h2>\n<p>a<br>b</p>\n<blockquote>\n<p>q</p>\n</blockquote>\n<ol>\n<li>x</li>\n</ol>"_s},
        {"Word paste", wordPaste(), wordPasteExpected()},
        {"LibreOffice paste", libreOfficePaste(), libreOfficePasteExpected()},
        {"LibreOffice table", libreOfficeTable(), libreOfficeTableExpected()},
        {"Google Docs paste", googleDocsPaste(), googleDocsPasteExpected()},
    };
}

// Hostile inputs: each must keep "Văn bản" and lose everything executable.
inline QStringList hostileInputs()
{
    const QString v = u"Văn bản"_s;
    return {
        u"<script>alert(1)</script>"_s + v,
        u"<SCRIPT SRC=//evil.example/x.js></SCRIPT>"_s + v,
        u"<script>document.write('<p>x</p>')</script>"_s + v,
        u"<img src=x onerror=alert(1)>"_s + v,
        u"<img src=\"https://x.vn/a.png\" onerror=\"alert(1)\" onload=alert(2) srcset=\"javascript:alert(3) 1x\">"_s +
            v,
        u"<p onclick=\"steal(document.cookie)\" onmouseover=x style=\"color:red\">"_s + v +
            u"</p>"_s,
        u"<a href=\"javascript:alert(1)\">"_s + v + u"</a>"_s,
        u"<a href=\"JaVaScRiPt:alert(1)\">"_s + v + u"</a>"_s,
        u"<a href=\" &#14;  javascript:alert(1)\">"_s + v + u"</a>"_s,
        u"<a href=\"java&#x09;script:alert(1)\">"_s + v + u"</a>"_s,
        u"<a href=\"java&#x0A;script:alert(1)\">"_s + v + u"</a>"_s,
        u"<a href=\"jav&#13;ascript:alert(1)\">"_s + v + u"</a>"_s,
        u"<a href=\"java\tscript:alert(1)\">"_s + v + u"</a>"_s,
        u"<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">"_s +
            v + u"</a>"_s,
        u"<a href=\"&#x6A;avascript&colon;alert(1)\">"_s + v + u"</a>"_s,
        u"<a href=\"javascript&#0000058alert(1)\">"_s + v + u"</a>"_s,
        u"<a href=\"javascript\u2028:alert(1)\">"_s + v + u"</a>"_s,
        u"<a href=\"vbscript:msgbox(1)\">"_s + v + u"</a>"_s,
        u"<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">"_s + v +
            u"</a>"_s,
        u"<a href=\"file:///etc/passwd\">"_s + v + u"</a>"_s,
        u"<a href=\"javascript:alert(1)\" href=\"https://x.vn\">"_s + v + u"</a>"_s,
        u"<a href=\"https://x.vn/&quot;onmouseover=&quot;alert(1)\">"_s + v + u"</a>"_s,
        u"<a href=\"https://x.vn\" onclick=\"alert(1)\" style=\"x\" target=_blank>"_s + v +
            u"</a>"_s,
        u"<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">"_s + v,
        u"<IMG SRC=\"jav&#x0D;ascript:alert('XSS');\">"_s + v,
        u"<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>"_s + v,
        u"<style>body{background:url(javascript:alert(1))}</style>"_s + v,
        u"<p style=\"background:url('javascript:alert(1)')\">"_s + v + u"</p>"_s,
        u"<div style=\"width: expression(alert(1))\">"_s + v + u"</div>"_s,
        u"<iframe src=\"javascript:alert(1)\"></iframe>"_s + v,
        u"<iframe srcdoc=\"<script>alert(1)</script>\">ẩn</iframe>"_s + v,
        u"<object data=\"evil.swf\"><param name=x value=y>dự phòng</object>"_s + v,
        u"<embed src=\"evil.swf\">"_s + v,
        u"<svg onload=alert(1)><script>alert(1)</script><text>chữ svg</text></svg>"_s + v,
        u"<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>"_s + v,
        u"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>"_s +
            v,
        u"<svg><p><style><img src=x onerror=alert(1)></style></p></svg>"_s + v,
        u"<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"_s + v,
        u"<template><script>alert(1)</script></template>"_s + v,
        u"<form action=\"javascript:alert(1)\"><input type=submit><button formaction=javascript:alert(1)>Gửi</button></form>"_s +
            v,
        u"<base href=\"javascript:/\">"_s + v,
        u"<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"_s + v,
        u"<link rel=stylesheet href=\"javascript:alert(1)\">"_s + v,
        u"<details open ontoggle=alert(1)>"_s + v + u"</details>"_s,
        u"<body onload=alert(1)>"_s + v,
        u"<!--<img src=x onerror=alert(1)>-->"_s + v,
        u"<!--[if IE]><script>alert(1)</script><![endif]-->"_s + v,
        u"<![CDATA[<script>alert(1)</script>]]>"_s + v,
        u"<p>Văn <scr<script>ipt>alert(1)</script> bản</p>"_s + v,
        u"<a href=\"https://x.vn\"><script>alert(1)</script>"_s + v + u"</a>"_s,
        u"<xmp><script>alert(1)</script></xmp>"_s + v,
        u"<textarea><script>alert(1)</script></textarea>"_s + v,
        u"<title><script>alert(1)</script></title>"_s + v,
        u"<select><option><script>alert(1)</script></option></select>"_s + v,
        u"<video><source onerror=\"alert(1)\"></video><audio src=x onerror=alert(1)></audio>"_s + v,
        u"<isindex action=javascript:alert(1) type=image>"_s + v,
        u"<frameset onload=alert(1)>"_s + v,
        u"<table background=\"javascript:alert(1)\"><tr><td>"_s + v + u"</td></tr></table>"_s,
        u"<p>\0<scr\0ipt>alert(1)</script>"_s + v + u"</p>"_s,
        u"<a href=\"javas\0cript:alert(1)\">"_s + v + u"</a>"_s,
        u"<img \"\"\"><script>alert(1)</script>\">"_s + v,
        u"<a href='https://x.vn' onclick='alert(1)'>"_s + v,
        u"<b onmouseover=alert(1)>"_s + v,
        u"<span style=\"font-weight:bold\" onclick=alert(1)>"_s + v + u"</span>"_s,
    };
}

// Deterministic tag soup: unbalanced, misnested, hostile and Word-like fragments.
inline QString tagSoup(QRandomGenerator &rng, int pieces)
{
    static const QStringList parts = {
        u"<p>"_s,
        u"</p>"_s,
        u"<div>"_s,
        u"</div>"_s,
        u"<b>"_s,
        u"</b>"_s,
        u"<i>"_s,
        u"</i>"_s,
        u"<strong>"_s,
        u"</strong>"_s,
        u"<em>"_s,
        u"</em>"_s,
        u"<ul>"_s,
        u"</ul>"_s,
        u"<ol>"_s,
        u"</ol>"_s,
        u"<li>"_s,
        u"</li>"_s,
        u"<br>"_s,
        u"<br><br>"_s,
        u"<h1>"_s,
        u"</h1>"_s,
        u"<h3>"_s,
        u"</h3>"_s,
        u"<blockquote>"_s,
        u"</blockquote>"_s,
        u"<figure>"_s,
        u"</figure>"_s,
        u"<figcaption>"_s,
        u"</figcaption>"_s,
        u"<table><tr><td>"_s,
        u"</td><td>"_s,
        u"</table>"_s,
        u"<a href=\"https://x.vn/a\">"_s,
        u"<a href=\"https://y.vn/b?c=1&d=2\">"_s,
        u"<a href=\"javascript:x\">"_s,
        u"</a>"_s,
        u"<img src=\"https://x.vn/i.png\" alt=\"ảnh\">"_s,
        u"<img src=\"pdimg:"_s + hash() + u"\">"_s,
        u"<img src=x onerror=alert(1)>"_s,
        u"<span style=\"font-weight:700\">"_s,
        u"</span>"_s,
        u"<span style=\"font-style:italic\">"_s,
        u"<o:p>"_s,
        u"</o:p>"_s,
        u"<script>x</script>"_s,
        u"<style>p{}</style>"_s,
        u"<!-- c -->"_s,
        u"<svg><text>s</text></svg>"_s,
        u"<pre>"_s,
        u"</pre>"_s,
        u" "_s,
        u"\n"_s,
        u"&nbsp;"_s,
        u"&amp;"_s,
        u"&lt;"_s,
        u"\""_s,
        u"chữ"_s,
        u"Hoài Đức"_s,
        u"ho\u0323\u0302i"_s,
        u"x"_s,
        u"y z"_s,
        u"\u2028"_s,
        u"\t"_s,
        u"<figure><img src=\"https://x.vn/f.jpg\" alt=\"f\"><figcaption>"_s,
        u"<p style=\"mso-list:l0 level1 lfo1\"><span style=\"mso-list:Ignore\">1.</span>"_s,
        u"<p style=\"mso-list:l0 level2 lfo1\"><![if !supportLists]>o<![endif]>"_s,
        u"<p style=\"mso-list:l1 level1 lfo2\">"_s,
        u"&#xE000;&#xE100;&#xE100;"_s,
        u"a fairly long run of plain text that becomes a placeholder"_s,
    };
    QString out;
    for (int i = 0; i < pieces; ++i)
        out += parts[rng.bounded(int(parts.size()))];
    return out;
}

inline QStringList fuzzInputs(int count = 300)
{
    QRandomGenerator rng(20240519);
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << tagSoup(rng, 5 + int(rng.bounded(60)));
    return out;
}

} // namespace PressDesk::HtmlSamples
