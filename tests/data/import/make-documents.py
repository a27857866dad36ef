#!/usr/bin/env python3
"""Makes the documents TestDocumentImport imports, with LibreOffice, from Vietnamese HTML.

    tests/data/import/make-documents.py          (needs soffice: Debian libreoffice-writer-nogui)

Each document is written by LibreOffice itself (soffice --convert-to docx/odt/doc) from the
HTML below, as an office would get it from a colleague. The committed documents are what the
tests read; run this again only to change them, then regenerate the .expected.html files
(what the import must produce, byte for byte) with the test's PRESSDESK_WRITE_EXPECTED=1.

tcvn3.docx holds its text as TCVN3 (ABC) bytes in the .VnTime font, as documents typed before
Unicode do: the Unicode text is written into TCVN3 with Unikey's table, read from
tests/core/TestLegacyVietnamese.cpp (the same table Text::toLegacy is tested against). Its
text has no capital with a tone mark: TCVN3 has no codes for them in a mixed-case font.
"""
import base64
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))


def page(body, title="Tài liệu"):
    return ("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
            "<title>%s</title></head><body>\n%s\n</body></html>\n" % (title, body))


NEWS = page("""<h1>Huyện tổ chức hội nghị triển khai kế hoạch cải cách hành chính</h1>
<p>Sáng ngày 12/3, <b>Ủy ban nhân dân huyện</b> đã tổ chức hội nghị triển khai kế hoạch cải cách
hành chính năm 2024. Dự hội nghị có <i>lãnh đạo các phòng, ban</i> và Chủ tịch Ủy ban nhân dân
các xã, thị trấn.</p>
<h2>Kết quả nổi bật năm qua</h2>
<ul>
<li>Thu ngân sách đạt 105% dự toán.</li>
<li>Xây dựng mới 12 km đường giao thông nông thôn.</li>
<li>100% hồ sơ được tiếp nhận qua bộ phận một cửa.</li>
</ul>
<h2>Nhiệm vụ năm 2024</h2>
<ol>
<li>Đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính.</li>
<li>Nâng cao chỉ số hài lòng của người dân và doanh nghiệp.</li>
</ol>
<p>Phát biểu kết luận, đồng chí Chủ tịch nhấn mạnh: <b><i>“Cải cách hành chính là nhiệm vụ
trọng tâm, xuyên suốt.”</i></b></p>""")

TABLE = page("""<h1>Kết quả thu hoạch lúa vụ Đông Xuân</h1>
<p>Phòng Nông nghiệp huyện tổng hợp kết quả thu hoạch lúa của các xã như sau:</p>
<table border="1">
<tr><th>Xã</th><th>Diện tích (ha)</th><th>Năng suất (tạ/ha)</th></tr>
<tr><td>Hoài Đức</td><td>420</td><td>62,5</td></tr>
<tr><td>Phú Lương</td><td>315</td><td>60,1</td></tr>
<tr><td colspan="2">Bình quân toàn huyện</td><td>61,4</td></tr>
</table>
<p>Năng suất bình quân toàn huyện đạt <b>61,4 tạ/ha</b>, tăng 2,3 tạ/ha so với cùng kỳ.</p>""")


def png_pixels(width, height):
    """A small PNG (a red and yellow flag-like picture), written without any library."""
    rows = b""
    for y in range(height):
        row = b"\x00"
        for x in range(width):
            star = abs(x - width // 2) + abs(y - height // 2) < min(width, height) // 4
            row += b"\xff\xd7\x00" if star else b"\xda\x25\x1d"
        rows += row

    def chunk(kind, data):
        out = struct.pack(">I", len(data)) + kind + data
        return out + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


IMAGE = page("""<h1>Treo cờ Tổ quốc chào mừng ngày Quốc khánh</h1>
<p>Các khu dân cư trên địa bàn xã đồng loạt treo cờ Tổ quốc chào mừng ngày Quốc khánh 2/9.</p>
<p><img src="data:image/png;base64,%s" alt="Cờ Tổ quốc" width="48" height="32"></p>
<p>Ban Văn hóa xã đã kiểm tra <i>từng thôn</i> và nhắc nhở các hộ gia đình.</p>"""
             % base64.b64encode(png_pixels(48, 32)).decode("ascii"))


def tcvn3_table():
    """Unicode letter -> TCVN3 byte(s), from the Unikey table of the legacy-encoding tests."""
    source = open(os.path.join(ROOT, "tests", "core", "TestLegacyVietnamese.cpp"),
                  encoding="utf-8").read()
    table = {}
    for letter, code in re.findall(r'\{u"(.)", "((?:\\x[0-9A-F]{2}|[^"\\])*)"', source):
        table[letter] = bytes(int(h, 16) for h in re.findall(r"\\x([0-9A-F]{2})", code)) \
            if code.startswith("\\x") else code.encode("latin-1")
    return table


def to_tcvn3(text, table):
    """The text as TCVN3 bytes shown as characters the way Word shows them (code page 1252)."""
    out = b""
    for ch in text:
        out += table[ch] if ch in table else ch.encode("latin-1")
    return out.decode("cp1252", errors="strict")


TCVN3_TEXT = [
    ("h1", "Huyện Hoài Đức tổ chức hội nghị triển khai kế hoạch cải cách hành chính"),
    ("p", "Sáng nay, Uỷ ban nhân dân huyện tổ chức hội nghị triển khai kế hoạch cải cách "
          "hành chính năm 2024 với sự tham dự của lãnh đạo các xã, thị trấn."),
    ("p", "Hội nghị đã thống nhất các giải pháp nâng cao chất lượng phục vụ người dân."),
]


def tcvn3_page():
    table = tcvn3_table()
    body = ""
    for tag, text in TCVN3_TEXT:
        body += '<%s><font face=".VnTime">%s</font></%s>\n' % (tag, to_tcvn3(text, table), tag)
    return page(body, title="TCVN3")


# A document whose title is a paragraph in Writer's Title style (HTML has no way to name the
# style, so its source is OpenDocument's flat XML).
TITLE_FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text>
<text:p text:style-name="Title">Thông báo lịch tiếp công dân tháng 4</text:p>
<text:p text:style-name="Standard">Chủ tịch Ủy ban nhân dân xã tiếp công dân định kỳ vào sáng thứ Năm hằng tuần tại trụ sở.</text:p>
<text:p text:style-name="Standard">Người dân có thể gửi đơn qua bộ phận một cửa của xã.</text:p>
</office:text></office:body></office:document>
"""

DOCUMENTS = [
    ("news", NEWS, "docx", "MS Word 2007 XML"),
    ("image", IMAGE, "odt", "writer8"),
    ("table", TABLE, "doc", "MS Word 97"),
    ("tcvn3", None, "docx", "MS Word 2007 XML"),
    ("title", TITLE_FODT, "odt", "writer8"),
]


def main():
    soffice = os.environ.get("PRESSDESK_SOFFICE") or shutil.which("soffice")
    if not soffice:
        sys.exit("soffice not found: install libreoffice-writer-nogui")
    with tempfile.TemporaryDirectory() as tmp:
        profile = "file://" + os.path.join(tmp, "profile")
        for name, html, ext, filt in DOCUMENTS:
            if html is None:
                html = tcvn3_page()
            flat = html.startswith("<?xml")
            src = os.path.join(tmp, name + (".fodt" if flat else ".html"))
            with open(src, "w", encoding="utf-8") as f:
                f.write(html)
            infilter = [] if flat else ["--infilter=HTML (StarWriter)"]
            subprocess.run([soffice, "-env:UserInstallation=" + profile, "--headless",
                            "--norestore"] + infilter +
                           ["--convert-to", "%s:%s" % (ext, filt), "--outdir", HERE, src],
                           check=True, stdout=subprocess.DEVNULL)
            print("wrote", name + "." + ext)


if __name__ == "__main__":
    main()
