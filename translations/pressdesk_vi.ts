<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>PressDesk::ActivityArticlesPicker</name>
    <message>
        <source>Articles for: %1</source>
        <translation>Bài viết cho: %1</translation>
    </message>
    <message>
        <source>Search articles (with or without diacritics)</source>
        <translation>Tìm bài viết (có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>PressDesk::ActivityDialog</name>
    <message>
        <source>New activity</source>
        <translation>Thêm hoạt động</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Sửa hoạt động</translation>
    </message>
    <message>
        <source>e.g. Phòng Văn hóa và Thông tin</source>
        <translation>ví dụ: Phòng Văn hóa và Thông tin</translation>
    </message>
    <message>
        <source>Why it is behind (for the report)</source>
        <translation>Lý do chậm (đưa vào báo cáo)</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Hình thức:</translation>
    </message>
    <message>
        <source>Focus topic:</source>
        <translation>Nội dung trọng tâm:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Nội dung hoạt động:</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Đơn vị thực hiện:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Bắt đầu:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Hạn:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Chỉ tiêu:</translation>
    </message>
    <message>
        <source>Behind because:</source>
        <translation>Lý do chậm:</translation>
    </message>
    <message>
        <source>Unit of the target</source>
        <translation>Đơn vị tính của chỉ tiêu</translation>
    </message>
    <message>
        <source>Another unit takes the activity over with Reassign responsible unit… in the plan window, which records the change.</source>
        <translation>Muốn giao hoạt động cho đơn vị khác, dùng Đổi đơn vị thực hiện… trong cửa sổ kế hoạch: việc đổi được ghi lại.</translation>
    </message>
</context>
<context>
    <name>PressDesk::AdminCommands</name>
    <message>
        <source>user add needs exactly one name.</source>
        <translation>user add cần đúng một tên.</translation>
    </message>
    <message>
        <source>--role must be staff, supervisor or admin.</source>
        <translation>--role phải là staff (cán bộ), supervisor (lãnh đạo duyệt bài) hoặc admin (quản trị).</translation>
    </message>
    <message>
        <source>user list takes no arguments.</source>
        <translation>user list không nhận tham số.</translation>
    </message>
    <message>
        <source>category add needs exactly one name.</source>
        <translation>category add cần đúng một tên.</translation>
    </message>
    <message>
        <source>audit list takes no positional arguments.</source>
        <translation>audit list không nhận tham số vị trí.</translation>
    </message>
    <message>
        <source>audit verify takes no arguments.</source>
        <translation>audit verify không nhận tham số.</translation>
    </message>
    <message>
        <source>The audit log has been tampered with at entry %1. %2</source>
        <translation>Nhật ký kiểm tra đã bị can thiệp tại mục %1. %2</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entry(s) verified.</source>
        <translation>
            <numerusform>Nhật ký kiểm tra nguyên vẹn: đã kiểm tra %n mục.</numerusform>
        </translation>
    </message>
    <message>
        <source>audit export needs --out FILE.</source>
        <translation>audit export cần --out TỆP.</translation>
    </message>
    <message>
        <source>%1 of %2 articles</source>
        <translation>%1 / %2 bài viết</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n article(s).</source>
        <translation>
            <numerusform>Đã tạo %n bài viết.</numerusform>
        </translation>
    </message>
    <message>
        <source>category remove needs exactly one name.</source>
        <translation>category remove cần đúng một tên.</translation>
    </message>
    <message>
        <source>Give --move-to NAME to move them (each move is an edit: approvals are voided).</source>
        <translation>Dùng --move-to TÊN để chuyển các bài này (mỗi lần chuyển được tính là một lần sửa bài: phê duyệt không còn hiệu lực).</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n article(s) to %1.</source>
        <translation>
            <numerusform>Đã chuyển %n bài viết sang %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed the category %1.</source>
        <translation>Đã xóa chuyên mục %1.</translation>
    </message>
    <message>
        <source>db backup needs --out FILE.</source>
        <translation>db backup cần --out TỆP.</translation>
    </message>
    <message numerus="yes">
        <source>Backup written to %1: %n article(s).</source>
        <translation>
            <numerusform>Đã ghi bản sao lưu vào %1: %n bài viết.</numerusform>
        </translation>
    </message>
    <message>
        <source>db restore needs the backup file.</source>
        <translation>db restore cần tệp sao lưu.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %1 from %2: %n article(s).</source>
        <translation>
            <numerusform>Đã khôi phục %1 từ %2: %n bài viết.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile it replaced is kept as %1.</source>
        <translation>Hồ sơ cũ (đã bị thay thế) được giữ lại tại %1.</translation>
    </message>
    <message>
        <source>db check takes no arguments: it checks the profile (--db).</source>
        <translation>db check không nhận tham số: lệnh này kiểm tra hồ sơ (--db).</translation>
    </message>
    <message numerus="yes">
        <source>The profile is sound: %n article(s), schema %1, nothing damaged and no broken link between its records.</source>
        <translation>
            <numerusform>Hồ sơ không có lỗi: %n bài viết, lược đồ %1, không có phần nào bị hỏng và không có liên kết hỏng giữa các bản ghi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The profile is damaged (%n problem(s) above). Restore the latest backup: db restore FILE.</source>
        <translation>
            <numerusform>Hồ sơ bị hỏng (%n lỗi nêu ở trên). Hãy khôi phục bản sao lưu gần nhất: db restore TỆP.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PressDesk::Article</name>
    <message>
        <source>Draft</source>
        <translation>Nháp</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Hẹn giờ đăng</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Đã đăng</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Đã gỡ</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Lưu trữ</translation>
    </message>
</context>
<context>
    <name>PressDesk::ArticleCommands</name>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Tham số không hợp lệ: %1</translation>
    </message>
    <message>
        <source>article new needs --title.</source>
        <translation>article new cần có --title.</translation>
    </message>
    <message>
        <source>article show needs one article id.</source>
        <translation>article show cần đúng một mã bài viết.</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Chuyên mục: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Thẻ: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Cập nhật: %1</translation>
    </message>
    <message>
        <source>article edit needs one article id.</source>
        <translation>article edit cần đúng một mã bài viết.</translation>
    </message>
    <message>
        <source>The title cannot be empty.</source>
        <translation>Tiêu đề không được để trống.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>article export needs one article id.</source>
        <translation>article export cần đúng một mã bài viết.</translation>
    </message>
    <message>
        <source>--format must be html or txt.</source>
        <translation>--format phải là html hoặc txt.</translation>
    </message>
    <message>
        <source>search needs a query.</source>
        <translation>search cần có nội dung tìm kiếm.</translation>
    </message>
    <message>
        <source>No articles found.</source>
        <translation>Không tìm thấy bài viết nào.</translation>
    </message>
    <message>
        <source>article import takes one document (.docx, .odt, .doc or .rtf).</source>
        <translation>article import cần đúng một văn bản (.docx, .odt, .doc hoặc .rtf).</translation>
    </message>
    <message>
        <source>--legacy is auto, none, tcvn3, vni, viqr or cp1258, not %1.</source>
        <translation>--legacy là auto, none, tcvn3, vni, viqr hoặc cp1258, không phải %1.</translation>
    </message>
    <message>
        <source>The text was typed in the old %1 encoding and has been converted to Unicode.</source>
        <translation>Văn bản được gõ bằng bảng mã cũ %1 và đã được chuyển sang Unicode.</translation>
    </message>
    <message>
        <source>The text seems to be typed in the old %1 encoding; it was kept as it is. Use --legacy %2 to convert it.</source>
        <translation>Văn bản có vẻ được gõ bằng bảng mã cũ %1; đã được giữ nguyên. Dùng --legacy %2 để chuyển đổi.</translation>
    </message>
</context>
<context>
    <name>PressDesk::ArticleEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Write the article here…</source>
        <translation>Viết nội dung bài tại đây…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Lead (sapo): one or two sentences that sum up the article</source>
        <translation>Sapo: một, hai câu tóm tắt nội dung bài viết</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Sapo</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>Các thẻ cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>Theo …</source>
        <comment>placeholder of the source line; keep &quot;Theo&quot;</comment>
        <translation>Theo …</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;huyên mục:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Thẻ:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Nguồn:</translation>
    </message>
    <message>
        <source>Loading images…</source>
        <translation>Đang tải ảnh…</translation>
    </message>
    <message>
        <source>(No category)</source>
        <translation>(Không có chuyên mục)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Có thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>%1
Your text stays here. PressDesk tries again at your next change; Ctrl+S retries now.</source>
        <translation>%1
Nội dung bạn đã gõ vẫn còn nguyên. PressDesk sẽ lưu lại khi bạn sửa tiếp; bấm Ctrl+S để thử lưu ngay.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu lúc %1</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n từ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n phút đọc</numerusform>
        </translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>The article&apos;s text, with its headings, lists, tables and images</source>
        <translation>Nội dung bài viết, gồm các tiêu đề mục, danh sách, bảng và hình ảnh</translation>
    </message>
    <message>
        <source>The article&apos;s title, as the portal shows it</source>
        <translation>Tiêu đề bài viết, như Cổng thông tin hiển thị</translation>
    </message>
    <message>
        <source>One or two sentences that sum up the article</source>
        <translation>Một hai câu tóm tắt bài viết</translation>
    </message>
    <message>
        <source>Table: insert one, or change the one the cursor is in</source>
        <translation>Bảng: chèn bảng mới, hoặc sửa bảng đang đặt con trỏ</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bảng</translation>
    </message>
</context>
<context>
    <name>PressDesk::ArticleListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(chưa có tiêu đề)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
</context>
<context>
    <name>PressDesk::ArticleListPanel</name>
    <message>
        <source>Search articles…</source>
        <translation>Tìm bài viết…</translation>
    </message>
    <message>
        <source>Finds words with or without diacritics: &quot;cai cach&quot; finds &quot;cải cách&quot;. Put a phrase in quotes.</source>
        <translation>Tìm được cả khi gõ không dấu: &quot;cai cach&quot; tìm ra &quot;cải cách&quot;. Đặt cụm từ trong dấu ngoặc kép để tìm nguyên cụm.</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Bài viết mới</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <source>Updated from</source>
        <translation>Cập nhật từ</translation>
    </message>
    <message>
        <source>to</source>
        <comment>date range: from X to Y</comment>
        <translation>đến</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Tất cả chuyên mục</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n bài viết</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Xóa nội dung tìm kiếm</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Tìm bài viết</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>Changed from</source>
        <translation>Sửa từ ngày</translation>
    </message>
    <message>
        <source>Changed until</source>
        <translation>Sửa đến ngày</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <source>The articles found, newest first: title, status, category, last change</source>
        <translation>Các bài viết tìm được, mới nhất trước: tiêu đề, trạng thái, chuyên mục, lần sửa cuối</translation>
    </message>
    <message numerus="yes">
        <source>(%n more not searchable yet: being indexed)</source>
        <translation>
            <numerusform>(còn %n bài chưa tìm được: đang lập chỉ mục)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PressDesk::ArticleMerge</name>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Sapo</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
</context>
<context>
    <name>PressDesk::ArticlePull</name>
    <message>
        <source>This desk&apos;s record of its last sync is damaged (%1).</source>
        <translation>Bản ghi lần đồng bộ gần nhất của máy này bị hỏng (%1).</translation>
    </message>
</context>
<context>
    <name>PressDesk::ArticlePush</name>
    <message>
        <source>The office server kept a conflict it cannot find again.</source>
        <translation>Máy chủ của cơ quan đã lưu một xung đột nhưng không tìm lại được.</translation>
    </message>
</context>
<context>
    <name>PressDesk::ArticleRepository</name>
    <message>
        <source>No article with id %1.</source>
        <translation>Không có bài viết nào có mã %1.</translation>
    </message>
    <message>
        <source>Give at least 4 characters of the article id.</source>
        <translation>Hãy nhập ít nhất 4 ký tự của mã bài viết.</translation>
    </message>
    <message>
        <source>More than one article id starts with %1; give more of it.</source>
        <translation>Có nhiều bài viết có mã bắt đầu bằng %1; hãy nhập dài hơn.</translation>
    </message>
    <message>
        <source>The approval was voided by an edit.</source>
        <translation>Bài đã được sửa nên phê duyệt trước đó không còn hiệu lực.</translation>
    </message>
</context>
<context>
    <name>PressDesk::AuditLog</name>
    <message>
        <source>Entry %1 is missing: the log jumps from %2 to %3.</source>
        <translation>Thiếu mục %1: nhật ký nhảy từ mục %2 sang mục %3.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: an entry was removed, changed or moved.</source>
        <translation>Mục %1 không nối tiếp mục %2: có mục đã bị xóa, sửa hoặc đổi chỗ.</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation>Mục %1 đã bị sửa sau khi được ghi.</translation>
    </message>
    <message>
        <source>The log ends at entry %1 but entry %2 was written: entries were removed from the end.</source>
        <translation>Nhật ký dừng ở mục %1 nhưng đã ghi đến mục %2: các mục cuối đã bị xóa.</translation>
    </message>
    <message>
        <source>The record of the newest entry is missing.</source>
        <translation>Mất bản ghi về mục mới nhất của nhật ký.</translation>
    </message>
    <message>
        <source>The audit log could not be written: %1</source>
        <translation>Không ghi được nhật ký kiểm tra: %1</translation>
    </message>
</context>
<context>
    <name>PressDesk::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Kiểm tra toàn vẹn</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Xuất CSV…</translation>
    </message>
    <message>
        <source>Content hash before: %1
after: %2
entry: %3</source>
        <translation>Mã băm nội dung trước: %1
sau: %2
mục nhật ký: %3</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entry(s) verified.</source>
        <translation>
            <numerusform>Nhật ký kiểm tra nguyên vẹn: đã kiểm tra %n mục.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log has been tampered with at entry %1. %2</source>
        <translation>Nhật ký kiểm tra đã bị can thiệp tại mục %1. %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Đã xuất ra %1.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Xuất nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>PressDesk::BodyTextEdit</name>
    <message>
        <source>Convert to Unicode?</source>
        <translation>Chuyển sang Unicode?</translation>
    </message>
    <message>
        <source>The pasted text seems to be typed in the old %1 encoding. Convert it to Unicode so that it reads right everywhere?</source>
        <translation>Văn bản vừa dán có vẻ được gõ bằng bảng mã cũ %1. Chuyển sang Unicode để đọc đúng ở mọi nơi?</translation>
    </message>
    <message>
        <source>As pasted: “%1”
Converted: “%2”</source>
        <translation>Như khi dán: “%1”
Sau khi chuyển: “%2”</translation>
    </message>
    <message>
        <source>&amp;Convert</source>
        <translation>&amp;Chuyển đổi</translation>
    </message>
    <message>
        <source>Paste &amp;as it is</source>
        <translation>&amp;Dán nguyên như cũ</translation>
    </message>
    <message>
        <source>The imported document seems to be typed in the old %1 encoding. Convert it to Unicode so that it reads right everywhere?</source>
        <translation>Văn bản nhập vào có vẻ được gõ bằng bảng mã cũ %1. Chuyển sang Unicode để đọc đúng ở mọi nơi?</translation>
    </message>
    <message>
        <source>In the document: “%1”
Converted: “%2”</source>
        <translation>Trong văn bản: “%1”
Sau khi chuyển: “%2”</translation>
    </message>
    <message>
        <source>Import &amp;as it is</source>
        <translation>Nhập &amp;nguyên như cũ</translation>
    </message>
</context>
<context>
    <name>PressDesk::BuildInfo</name>
    <message>
        <source>windows, text, database drivers, network</source>
        <translation>cửa sổ, văn bản, trình điều khiển cơ sở dữ liệu, mạng</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>phạm vi công cộng</translation>
    </message>
    <message>
        <source>the profile</source>
        <translation>hồ sơ dữ liệu</translation>
    </message>
    <message>
        <source>spell checking</source>
        <translation>kiểm tra chính tả</translation>
    </message>
    <message>
        <source>reading pasted and imported HTML</source>
        <translation>đọc HTML được dán và nhập vào</translation>
    </message>
    <message>
        <source>the report&apos;s ODT file</source>
        <translation>tệp ODT của báo cáo</translation>
    </message>
    <message>
        <source>the date and place of evidence photos</source>
        <translation>ngày chụp và vị trí của ảnh minh chứng</translation>
    </message>
    <message>
        <source>passwords in the system keychain</source>
        <translation>mật khẩu trong kho khóa của hệ thống</translation>
    </message>
</context>
<context>
    <name>PressDesk::CategoriesDialog</name>
    <message>
        <source>Categories</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Đổi &amp;tên…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Chuyên mục mới</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>Đổi tên chuyên mục</translation>
    </message>
    <message>
        <source>Remove category</source>
        <translation>Xóa chuyên mục</translation>
    </message>
    <message>
        <source>Remove the category “%1”?</source>
        <translation>Xóa chuyên mục “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n article(s). Add another category to move them to, then remove this one.</source>
        <translation>
            <numerusform>Chuyên mục “%1” đang có %n bài viết. Hãy thêm một chuyên mục khác để chuyển các bài này sang, rồi mới xóa chuyên mục này.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n article(s). Move them to:</source>
        <translation>
            <numerusform>Chuyên mục “%1” đang có %n bài viết. Chuyển các bài này sang chuyên mục:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them is approved or published: moving it voids its approval and returns it to draft, so it must be approved again.</source>
        <translation>
            <numerusform>Trong đó có %n bài đã duyệt hoặc đã đăng: khi chuyển, phê duyệt của các bài này không còn hiệu lực, bài trở về trạng thái nháp và phải được duyệt lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move and remove</source>
        <translation>Chuyển và xóa</translation>
    </message>
</context>
<context>
    <name>PressDesk::CategoryRepository</name>
    <message>
        <source>A category needs a name.</source>
        <translation>Chuyên mục phải có tên.</translation>
    </message>
    <message>
        <source>The category %1 already exists.</source>
        <translation>Chuyên mục %1 đã có.</translation>
    </message>
    <message>
        <source>No category with id %1.</source>
        <translation>Không có chuyên mục nào có mã %1.</translation>
    </message>
    <message>
        <source>No category named %1.</source>
        <translation>Không có chuyên mục nào tên là %1.</translation>
    </message>
    <message numerus="yes">
        <source>The category %1 is used by %n article(s). Move them to another category to remove it.</source>
        <translation>
            <numerusform>Chuyên mục %1 đang có %n bài viết. Hãy chuyển các bài này sang chuyên mục khác rồi mới xóa được.</numerusform>
        </translation>
    </message>
    <message>
        <source>The articles of %1 cannot move to the category being removed.</source>
        <translation>Không thể chuyển các bài viết của %1 sang chính chuyên mục đang bị xóa.</translation>
    </message>
    <message>
        <source>Moved from the removed category %1</source>
        <translation>Chuyển sang từ chuyên mục %1 (đã bị xóa)</translation>
    </message>
</context>
<context>
    <name>PressDesk::Cli</name>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db cần có tên tệp.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Chưa nhập lệnh.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Lệnh không hợp lệ: %1</translation>
    </message>
    <message>
        <source>--user needs a user name.</source>
        <translation>--user cần một tên người dùng.</translation>
    </message>
    <message>
        <source>Unknown %1 command: %2</source>
        <translation>Lệnh %1 không có lệnh con “%2”.</translation>
    </message>
    <message>
        <source>--json is not available for %1.</source>
        <translation>Lệnh %1 không có đầu ra JSON (--json).</translation>
    </message>
    <message>
        <source>--lang needs a language: vi (Tiếng Việt) or en (English).</source>
        <translation>--lang cần một ngôn ngữ: vi (Tiếng Việt) hoặc en (English).</translation>
    </message>
    <message>
        <source>Unknown language “%1”: the languages are vi (Tiếng Việt) and en (English).</source>
        <translation>Không có ngôn ngữ “%1”: chỉ có vi (Tiếng Việt) và en (English).</translation>
    </message>
</context>
<context>
    <name>PressDesk::CliContext</name>
    <message>
        <source>Error: %1</source>
        <translation>Lỗi: %1</translation>
    </message>
    <message>
        <source>%1 needs a whole number from %2 to %3, not “%4”.</source>
        <translation>%1 cần một số nguyên từ %2 đến %3, không phải “%4”.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; %4 is not.</source>
        <translation>%1 phải nằm trong khoảng từ %2 đến %3; %4 nằm ngoài khoảng này.</translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation>đây là một thư mục, không phải tệp.</translation>
    </message>
    <message>
        <source>the disk is full.</source>
        <translation>ổ đĩa đầy.</translation>
    </message>
    <message>
        <source>the file could not be saved. Details: %1</source>
        <translation>không lưu được tệp. Chi tiết: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>the folder %1 does not exist.</source>
        <translation>thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <source>you have no permission to write there.</source>
        <translation>không có quyền ghi vào đó.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text. Save it as UTF-8 (Unicode) and try again; nothing was changed.</source>
        <translation>%1 không phải văn bản UTF-8 hợp lệ. Hãy lưu tệp dưới dạng UTF-8 (Unicode) rồi thử lại; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Usage: pressdesk-cli [--db FILE] [--user NAME] [--json] [--lang vi|en] COMMAND …

Commands:
  article new --title T [--lead L] [--body-file F] [--category C] [--tag T]… [--source S]
  article list [--json]
  article show ID [--json]
  article edit ID [--title T] [--lead L] [--body-file F] [--category C] [--tag T]… [--source S]
  article export ID --format html|txt [--out FILE]
  article import FILE [--category C] [--legacy auto|none|tcvn3|vni|viqr|cp1258] [--json]
  article submit ID
  article approve ID [--revision N] [--comment C]
  article return ID --comment C
  article history ID [--json]
  article restore ID REVISION
  article diff ID REVISION_A REVISION_B [--json]
  search QUERY [--limit N] [--json]
  category list [--json]
  category add NAME
  category remove NAME [--move-to NAME]
  db generate --articles N [--seed S]
  db backup --out FILE    db restore FILE    db check [--json]
  user add NAME --role staff|supervisor|admin [--display-name D]
  user list [--json]
  audit list [--json] [--article ID]
  audit verify [--json]
  audit export --out FILE.csv
  portal add NAME --url URL --user USER
  portal list [--json]
  portal test NAME
  portal categories NAME [--json]
  portal trust NAME SHA256-FINGERPRINT | --clear
  portal import NAME [--since DATE] [--category NAME] [--json]
  publish ID --portal NAME [--at ISO-DATETIME] [--overwrite]
  publish queue [--json]
  publish retry
  publish cancel ENTRY
  withdraw ID --portal NAME [--trash]
  plan new --number N --title T [--body ISSUING-BODY] [--issued DATE] [--from DATE --to DATE] [--theme T] [--topic T]…
  plan import FILE.json [--json]
  plan export PLAN [--json] (always JSON)
  plan list [--json]
  plan show PLAN [--json]
  plan progress PLAN [--from DATE] [--to DATE] [--today DATE] [--json]
  plan attach PLAN FILE.pdf|.doc|.docx|.odt
  plan activity add PLAN --channel portal|radio|visual|press|meetings|other --target N --unit U [--description D] [--topic T] [--responsible R] [--start DATE] [--due DATE]
  plan activity reassign ACTIVITY --unit UNIT [--note N] [--json]
  plan unit merge --from UNIT --to UNIT [--plan PLAN] [--note N] [--json]
  plan link ARTICLE ACTIVITY    plan unlink ARTICLE ACTIVITY
  plan manual ACTIVITY --quantity N --date DATE --note NOTE
  plan report PLAN --format odt|pdf|html --out FILE [--from DATE --to DATE] [--signer NAME]
  radio script ARTICLE [--out FILE]
  radio station add NAME [--kind station|loudspeakers]    radio station list [--json]
  radio program add NAME --station STATION [--weekday 1-7] [--time HH:MM] [--length MINUTES]
  radio program list [--json]
  radio item add ARTICLE --program PROGRAM --date DATE [--activity ACTIVITY]
  radio rundown PROGRAM --date DATE [--json]
  radio aired ITEM --station STATION --at DATETIME
  radio export PROGRAM --date DATE --format odt|pdf --out FILE
  radio export PROGRAM --date DATE --format txt --out FOLDER
  visual add --activity ACTIVITY --form FORM --quantity N --place PLACE [--commune C] [--size S] [--text T | --slogan ID] [--responsible R] [--planned DATE] [--installed DATE] [--lat X --lon Y] [--photo FILE]…
  visual list [--plan PLAN] [--json]
  visual install ITEM --date DATE [--photo FILE]…    visual remove ITEM --date DATE
  visual photo ITEM FILE…
  visual slogan add --plan PLAN [--topic T] TEXT    visual slogan list --plan PLAN [--json]
  server init --server URL [--office NAME] [--json]
  server user add NAME --role staff|supervisor|admin --server URL [--display-name D] [--json]
  server check --server URL [--json]
  sync join --server URL --user NAME [--import] [--json]
  sync [--after-restore] [--json]    sync status [--json]    sync conflicts [--json]
  sync resolve ID --take mine|theirs|both | --body-file F [--json]
  text convert [--from auto|tcvn3|vni|viqr|cp1258] FILE
  text tone [--style traditional|modern] FILE
  text spell FILE [--json]
  text style FILE [--style traditional|modern] [--apply] [--json]
  text dict add [--name] WORD…    text dict remove WORD…    text dict list [--json]
  office set [--name N] [--parent BODY] [--place WHERE] [--signer S] [--signer-title T] [--recipient R]… [--number-suffix X] [--tone-style traditional|modern]
  office show [--json]
  office glossary list [--json]    office glossary add ABBREVIATION EXPANSION    office glossary remove ABBREVIATION

PLAN is a plan&apos;s number (65/KH-UBND) or id; ACTIVITY an activity&apos;s id; dates are 2019-02-19 or 19/02/2019.
--json is accepted only by the commands marked [--json]; the others refuse it.
The profile is --db FILE, else $PRESSDESK_DB, else the default profile.
--user NAME (before the command) acts as that profile user; else the profile&apos;s current user.
A portal&apos;s application password is read from $PRESSDESK_PORTAL_PASSWORD or standard input.
URL (the office server) is postgresql://[USER@]HOST[:PORT]/DATABASE[?sslmode=…&amp;sslrootcert=FILE]; the administrator signs in as psql does ($PGPASSWORD, ~/.pgpass); a new person&apos;s password is read from $PRESSDESK_SERVER_PASSWORD or standard input; a desk&apos;s password comes from the system keychain (kept there by sync join), $PRESSDESK_SERVER_PASSWORD or standard input.
text convert prints FILE, typed in TCVN3 (.VnTime fonts), VNI, VIQR or Windows-1258, as Unicode; auto recognises the encoding. A file that is already Unicode is not converted.
text spell lists the words of a UTF-8 FILE that neither the Vietnamese dictionary (hunspell-vi) nor the office dictionary knows, as LINE:COLUMN, the word and suggestions; numbers, document numbers, addresses and abbreviations in capitals are not checked. text dict add --name adds a proper name, whose capitals then count. text style lists the style hints of FILE (an abbreviation of the glossary not written out at its first use, syllables in the other tone-mark style than the office&apos;s, straight quotes, doubled spaces, a space before a punctuation mark) with what each would write; --apply prints FILE with all of them applied.
STATION and PROGRAM are a station&apos;s or a programme&apos;s name or id; ITEM an item&apos;s id (as radio item add printed it, or its first characters); DATETIME is 2024-03-05 06:15 in local time, or ISO 8601. radio script prints an article as it is read on air; radio aired records one broadcast (a plan&apos;s radio activity counts them); radio export writes the rundown and every script as one ODT or PDF document for the announcer (the total against the slot, an over-time warning), or one UTF-8 text file per item (01-title.txt …) for text-to-speech loudspeakers.
FORM is banner, panel, poster, led_screen, leaflet or slogan, or its Vietnamese name (băng rôn, pano, áp phích, màn hình LED, tờ rơi, khẩu hiệu; diacritics may be left out); PLACE the village or street, C the commune or ward; ITEM a visual item&apos;s id (as visual add printed it, or its first characters). A plan&apos;s visual activity counts the quantities installed; photos are JPEG, PNG or WebP, their date and GPS position read from their EXIF.
office set changes what it names and keeps the rest: N is the office&apos;s name as written in a sentence (UBND xã Vân Canh; a document&apos;s header puts it in capitals), BODY the body above it in that header, WHERE the place of &quot;Vân Canh, ngày … tháng … năm …&quot;; --recipient, repeated, replaces the list (in order); X is the office&apos;s part of a document&apos;s symbol (UBND: plans …/KH-UBND, reports …/BC-UBND). New plans and reports read it; text tone without --style uses its tone-mark style. office glossary: the office&apos;s abbreviations (PressDesk&apos;s own, with those the office adds, changes or removes); radio scripts read them out in full and text style asks for them spelled out at their first use.
Exit codes: 0 done, 1 error (message on stderr), 2 wrong usage.
</source>
        <translation>Cách dùng: pressdesk-cli [--db TỆP] [--user TÊN] [--json] [--lang vi|en] LỆNH …

Các lệnh:
  article new --title T [--lead L] [--body-file F] [--category C] [--tag T]… [--source S]
  article list [--json]
  article show MÃ [--json]
  article edit MÃ [--title T] [--lead L] [--body-file F] [--category C] [--tag T]… [--source S]
  article export MÃ --format html|txt [--out TỆP]
  article import TỆP [--category C] [--legacy auto|none|tcvn3|vni|viqr|cp1258] [--json]
  article submit MÃ
  article approve MÃ [--revision N] [--comment Ý_KIẾN]
  article return MÃ --comment Ý_KIẾN
  article history MÃ [--json]
  article restore MÃ SỐ_PHIÊN_BẢN
  article diff MÃ PHIÊN_BẢN_A PHIÊN_BẢN_B [--json]
  search NỘI_DUNG [--limit N] [--json]
  category list [--json]
  category add TÊN
  category remove TÊN [--move-to TÊN]
  db generate --articles N [--seed S]
  db backup --out TỆP    db restore TỆP    db check [--json]
  user add TÊN --role staff|supervisor|admin [--display-name TÊN_HIỂN_THỊ]
  user list [--json]
  audit list [--json] [--article MÃ]
  audit verify [--json]
  audit export --out TỆP.csv
  portal add TÊN --url ĐỊA_CHỈ --user TÀI_KHOẢN
  portal list [--json]
  portal test TÊN
  portal categories TÊN [--json]
  portal trust TÊN DẤU_VÂN_TAY_SHA256 | --clear
  portal import TÊN [--since NGÀY] [--category TÊN_CHUYÊN_MỤC] [--json]
  publish MÃ --portal TÊN [--at NGÀY_GIỜ_ISO] [--overwrite]
  publish queue [--json]
  publish retry
  publish cancel SỐ_MỤC
  withdraw MÃ --portal TÊN [--trash]
  plan new --number SỐ --title TIÊU_ĐỀ [--body CƠ_QUAN_BAN_HÀNH] [--issued NGÀY] [--from NGÀY --to NGÀY] [--theme CHỦ_ĐỀ] [--topic NỘI_DUNG_TRỌNG_TÂM]…
  plan import TỆP.json [--json]
  plan export KẾ_HOẠCH [--json] (luôn là JSON)
  plan list [--json]
  plan show KẾ_HOẠCH [--json]
  plan progress KẾ_HOẠCH [--from NGÀY] [--to NGÀY] [--today NGÀY] [--json]
  plan attach KẾ_HOẠCH TỆP.pdf|.doc|.docx|.odt
  plan activity add KẾ_HOẠCH --channel portal|radio|visual|press|meetings|other --target N --unit ĐƠN_VỊ [--description MÔ_TẢ] [--topic NỘI_DUNG] [--responsible ĐƠN_VỊ_THỰC_HIỆN] [--start NGÀY] [--due NGÀY]
  plan activity reassign MÃ_HOẠT_ĐỘNG --unit ĐƠN_VỊ [--note GHI_CHÚ] [--json]
  plan unit merge --from ĐƠN_VỊ --to ĐƠN_VỊ [--plan KẾ_HOẠCH] [--note GHI_CHÚ] [--json]
  plan link MÃ_BÀI MÃ_HOẠT_ĐỘNG    plan unlink MÃ_BÀI MÃ_HOẠT_ĐỘNG
  plan manual MÃ_HOẠT_ĐỘNG --quantity N --date NGÀY --note GHI_CHÚ
  plan report KẾ_HOẠCH --format odt|pdf|html --out TỆP [--from NGÀY --to NGÀY] [--signer NGƯỜI_KÝ]
  radio script MÃ_BÀI [--out TỆP]
  radio station add TÊN [--kind station|loudspeakers]    radio station list [--json]
  radio program add TÊN --station ĐÀI [--weekday 1-7] [--time HH:MM] [--length SỐ_PHÚT]
  radio program list [--json]
  radio item add MÃ_BÀI --program CHƯƠNG_TRÌNH --date NGÀY [--activity MÃ_HOẠT_ĐỘNG]
  radio rundown CHƯƠNG_TRÌNH --date NGÀY [--json]
  radio aired MÃ_MỤC --station ĐÀI --at NGÀY_GIỜ
  radio export CHƯƠNG_TRÌNH --date NGÀY --format odt|pdf --out TỆP
  radio export CHƯƠNG_TRÌNH --date NGÀY --format txt --out THƯ_MỤC
  visual add --activity MÃ_HOẠT_ĐỘNG --form HÌNH_THỨC --quantity N --place ĐỊA_ĐIỂM [--commune XÃ] [--size KÍCH_THƯỚC] [--text NỘI_DUNG | --slogan MÃ_KHẨU_HIỆU] [--responsible ĐƠN_VỊ_THỰC_HIỆN] [--planned NGÀY] [--installed NGÀY] [--lat X --lon Y] [--photo TỆP]…
  visual list [--plan KẾ_HOẠCH] [--json]
  visual install MÃ_MỤC --date NGÀY [--photo TỆP]…    visual remove MÃ_MỤC --date NGÀY
  visual photo MÃ_MỤC TỆP…
  visual slogan add --plan KẾ_HOẠCH [--topic NỘI_DUNG] KHẨU_HIỆU    visual slogan list --plan KẾ_HOẠCH [--json]
  server init --server URL [--office TÊN_CƠ_QUAN] [--json]
  server user add TÊN --role staff|supervisor|admin --server URL [--display-name TÊN_HIỂN_THỊ] [--json]
  server check --server URL [--json]
  sync join --server URL --user TÊN_ĐĂNG_NHẬP [--import] [--json]
  sync [--after-restore] [--json]    sync status [--json]    sync conflicts [--json]
  sync resolve ID --take mine|theirs|both | --body-file F [--json]
  text convert [--from auto|tcvn3|vni|viqr|cp1258] TỆP
  text tone [--style traditional|modern] TỆP
  text spell TỆP [--json]
  text style TỆP [--style traditional|modern] [--apply] [--json]
  text dict add [--name] TỪ…    text dict remove TỪ…    text dict list [--json]
  office set [--name N] [--parent CƠ_QUAN_CHỦ_QUẢN] [--place ĐỊA_DANH] [--signer NGƯỜI_KÝ] [--signer-title CHỨC_VỤ] [--recipient NƠI_NHẬN]… [--number-suffix X] [--tone-style traditional|modern]
  office show [--json]
  office glossary list [--json]    office glossary add CHỮ_VIẾT_TẮT CÁCH_ĐỌC    office glossary remove CHỮ_VIẾT_TẮT

KẾ_HOẠCH là số ký hiệu (65/KH-UBND) hoặc mã của kế hoạch; MÃ_HOẠT_ĐỘNG là mã của hoạt động; ngày viết dạng 2019-02-19 hoặc 19/02/2019.
--json chỉ dùng được với các lệnh có ghi [--json]; các lệnh khác từ chối tùy chọn này.
Hồ sơ dữ liệu là --db TỆP, nếu không có thì $PRESSDESK_DB, nếu không có nữa thì hồ sơ mặc định.
--user TÊN (đặt trước lệnh) thao tác với tư cách người dùng đó; nếu không thì là người dùng hiện tại của hồ sơ.
Mật khẩu ứng dụng của Cổng được đọc từ $PRESSDESK_PORTAL_PASSWORD hoặc từ đầu vào chuẩn.
URL (địa chỉ máy chủ của cơ quan) có dạng postgresql://[TÊN_ĐĂNG_NHẬP@]MÁY_CHỦ[:SỐ_CỔNG]/CƠ_SỞ_DỮ_LIỆU[?sslmode=…&amp;sslrootcert=TỆP]; quản trị viên đăng nhập giống như psql ($PGPASSWORD, ~/.pgpass); mật khẩu cho người dùng mới được đọc từ $PRESSDESK_SERVER_PASSWORD hoặc từ đầu vào chuẩn; mật khẩu của máy trạm lấy từ kho mật khẩu của hệ thống (do sync join lưu vào đó), từ $PRESSDESK_SERVER_PASSWORD hoặc từ đầu vào chuẩn.
text convert in TỆP được gõ bằng bảng mã TCVN3 (phông .VnTime), VNI, VIQR hoặc Windows-1258 ra dạng Unicode; auto tự nhận biết bảng mã. Tệp đã là Unicode thì không được chuyển đổi.
text spell liệt kê các từ trong TỆP (UTF-8) mà cả từ điển tiếng Việt (hunspell-vi) lẫn từ điển của cơ quan đều không có, theo dạng DÒNG:CỘT, kèm theo từ đó và các gợi ý; không kiểm tra số, số hiệu văn bản, địa chỉ và chữ viết tắt in hoa. text dict add --name thêm một tên riêng; khi kiểm tra, tên riêng đó phải viết hoa đúng như khi thêm. text style liệt kê các gợi ý về văn phong trong TỆP (chữ viết tắt trong bảng từ viết tắt chưa được viết đầy đủ ở lần dùng đầu tiên, âm tiết đặt dấu thanh khác kiểu của cơ quan, dấu ngoặc kép thẳng, hai dấu cách liền nhau, dấu cách trước dấu câu) cùng cách sửa của từng gợi ý; --apply in TỆP với mọi gợi ý đã được áp dụng.
ĐÀI và CHƯƠNG_TRÌNH là tên hoặc mã của đài, của chương trình; MÃ_MỤC là mã của mục phát (do radio item add in ra, hoặc vài ký tự đầu của mã); NGÀY_GIỜ viết dạng 2024-03-05 06:15 theo giờ địa phương, hoặc theo ISO 8601. radio script in bài viết thành kịch bản đọc trên sóng; radio aired ghi nhận một lượt phát (hoạt động phát thanh của kế hoạch đếm các lượt phát này); radio export ghi danh sách phát và toàn bộ kịch bản thành một tài liệu ODT hoặc PDF cho phát thanh viên (tổng thời lượng so với khung giờ, cảnh báo quá giờ), hoặc mỗi mục thành một tệp văn bản UTF-8 (01-tieu-de.txt …) cho hệ thống loa đọc văn bản tự động.
HÌNH_THỨC là banner, panel, poster, led_screen, leaflet hoặc slogan, hoặc tên tiếng Việt tương ứng (băng rôn, pano, áp phích, màn hình LED, tờ rơi, khẩu hiệu; có thể gõ không dấu); ĐỊA_ĐIỂM là thôn hoặc đường phố, XÃ là xã hoặc phường; MÃ_MỤC ở các lệnh visual là mã của mục tuyên truyền trực quan (do visual add in ra, hoặc vài ký tự đầu của mã). Hoạt động tuyên truyền trực quan của kế hoạch đếm số lượng đã lắp đặt; ảnh là tệp JPEG, PNG hoặc WebP, ngày chụp và vị trí GPS được đọc từ dữ liệu EXIF của ảnh.
office set chỉ thay đổi những thông tin được nêu và giữ nguyên phần còn lại: N là tên cơ quan như khi viết trong câu (UBND xã Vân Canh; phần đầu văn bản viết tên này bằng chữ in hoa), CƠ_QUAN_CHỦ_QUẢN là tên cơ quan ghi phía trên tên cơ quan ở phần đầu văn bản, ĐỊA_DANH là địa danh trong dòng &quot;Vân Canh, ngày … tháng … năm …&quot;; --recipient, lặp lại nhiều lần, thay toàn bộ danh sách nơi nhận (theo đúng thứ tự); X là chữ viết tắt tên cơ quan trong ký hiệu văn bản (UBND: kế hoạch …/KH-UBND, báo cáo …/BC-UBND). Kế hoạch và báo cáo mới lấy các thông tin này; text tone không có --style thì dùng kiểu dấu thanh của cơ quan. office glossary: danh sách chữ viết tắt của cơ quan (của PressDesk, cùng những chữ cơ quan thêm, sửa hoặc bỏ); kịch bản phát thanh đọc đầy đủ các chữ này và text style nhắc viết đầy đủ ở lần dùng đầu.
Mã thoát: 0 thành công, 1 lỗi (thông báo ở stderr), 2 dùng sai lệnh.
</translation>
    </message>
</context>
<context>
    <name>PressDesk::CommentRepository</name>
    <message>
        <source>A comment cannot be empty.</source>
        <translation>Ý kiến không được để trống.</translation>
    </message>
    <message>
        <source>No article with id %1.</source>
        <translation>Không có bài viết nào có mã %1.</translation>
    </message>
    <message>
        <source>The comment no longer exists.</source>
        <translation>Ý kiến này không còn nữa.</translation>
    </message>
</context>
<context>
    <name>PressDesk::CommentsPanel</name>
    <message>
        <source>Write a comment… (Ctrl+Enter to send)</source>
        <translation>Viết ý kiến… (Ctrl+Enter để gửi)</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Ý kiến mới</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Gửi ý kiến</translation>
    </message>
    <message>
        <source>Add the comment (Ctrl+Enter); it is about the passage selected in the text, if any</source>
        <translation>Gửi ý kiến (Ctrl+Enter); nếu đang chọn một đoạn trong bài thì ý kiến gắn với đoạn đó</translation>
    </message>
    <message>
        <source>Comment by %1</source>
        <translation>Ý kiến của %1</translation>
    </message>
    <message>
        <source>Click to select the passage in the text</source>
        <translation>Bấm để chọn đoạn văn này trong bài</translation>
    </message>
    <message>
        <source>● New</source>
        <translation>● Mới</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>✓ Resolved</source>
        <translation>✓ Đã xử lý</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Đánh dấu đã xử lý</translation>
    </message>
    <message>
        <source>Mark the comment as still to be dealt with</source>
        <translation>Đánh dấu ý kiến là chưa xử lý</translation>
    </message>
    <message>
        <source>Mark the comment as dealt with</source>
        <translation>Đánh dấu ý kiến là đã xử lý</translation>
    </message>
    <message>
        <source>The quoted passage is no longer in the text.</source>
        <translation>Đoạn văn được trích không còn trong bài.</translation>
    </message>
    <message>
        <source>On: “%1”</source>
        <translation>Về đoạn: “%1”</translation>
    </message>
    <message>
        <source>No comments yet. Select a passage in the text to comment on it, or write about the whole article below.</source>
        <translation>Chưa có ý kiến. Chọn một đoạn trong bài để góp ý về đoạn đó, hoặc viết ý kiến chung cho cả bài ở dưới.</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Chưa có ý kiến.</translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>Chưa mở bài viết nào</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>Ý kiến (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) not resolved</source>
        <translation>
            <numerusform>%n ý kiến chưa xử lý</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PressDesk::ConflictBanner</name>
    <message>
        <source>Resolve…</source>
        <translation>Giải quyết…</translation>
    </message>
    <message>
        <source>another desk</source>
        <translation>một máy trạm khác</translation>
    </message>
    <message>
        <source>This article was also changed by %1, in the same places. Both versions are kept; it is not sent to the office server until someone chooses.</source>
        <translation>Bài viết này cũng được %1 sửa, đúng ở những chỗ bạn sửa. Cả hai bản đều được giữ; bài chưa được gửi lên máy chủ của cơ quan cho đến khi có người chọn.</translation>
    </message>
</context>
<context>
    <name>PressDesk::ConflictDialog</name>
    <message>
        <source>Resolve a conflict</source>
        <translation>Giải quyết xung đột</translation>
    </message>
    <message>
        <source>Both versions of each conflicting passage are below, this desk&apos;s first. Keep what is right and save.</source>
        <translation>Dưới đây là cả hai bản của mỗi đoạn xung đột, bản của máy trạm này đứng trước. Hãy giữ lại phần đúng rồi lưu.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Giữ bản của tôi</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Giữ cả hai</translation>
    </message>
    <message>
        <source>Edit the result…</source>
        <translation>Sửa kết quả…</translation>
    </message>
    <message>
        <source>Save the result</source>
        <translation>Lưu kết quả</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>another desk</source>
        <translation>một máy trạm khác</translation>
    </message>
    <message>
        <source>“%1” was changed on this desk and by %2 in the same places. What each of you changed elsewhere is merged already. Keep your version, take theirs, keep both, or edit the result: the choice becomes a new revision and reaches every desk at the next sync.</source>
        <translation>Bài “%1” được sửa trên máy trạm này và được %2 sửa, ở cùng những chỗ. Những chỗ khác mỗi người sửa đã được gộp. Hãy giữ bản của bạn, lấy bản của người kia, giữ cả hai hoặc sửa kết quả: lựa chọn sẽ thành một phiên bản mới và đến mọi máy trạm ở lần đồng bộ sau.</translation>
    </message>
    <message>
        <source>Take %1&apos;s</source>
        <translation>Lấy bản của %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Máy trạm này</translation>
    </message>
    <message>
        <source>The other desk</source>
        <translation>Máy trạm kia</translation>
    </message>
    <message>
        <source>Before either change: (empty)</source>
        <translation>Trước khi sửa: (trống)</translation>
    </message>
    <message>
        <source>Before either change: %1</source>
        <translation>Trước khi sửa: %1</translation>
    </message>
    <message>
        <source>Passages in conflict</source>
        <translation>Các đoạn xung đột</translation>
    </message>
    <message>
        <source>Each passage both desks changed; choose one to compare and resolve it</source>
        <translation>Từng đoạn mà cả hai máy đều sửa; chọn một đoạn để so sánh và giải quyết</translation>
    </message>
</context>
<context>
    <name>PressDesk::ConflictService</name>
    <message>
        <source>There is no conflict %1.</source>
        <translation>Không có xung đột %1.</translation>
    </message>
    <message>
        <source>More than one conflict id starts with %1; give more of it.</source>
        <translation>Có nhiều mã xung đột bắt đầu bằng %1; hãy nhập dài hơn.</translation>
    </message>
    <message>
        <source>The other version of “%1” is not on this desk yet; sync with the office server first.</source>
        <translation>Bản kia của bài “%1” chưa có trên máy trạm này; hãy đồng bộ với máy chủ của cơ quan trước.</translation>
    </message>
    <message>
        <source>Conflict resolved: this desk&apos;s version kept</source>
        <translation>Đã giải quyết xung đột: giữ bản của máy trạm này</translation>
    </message>
    <message>
        <source>Conflict resolved: %1&apos;s version taken</source>
        <translation>Đã giải quyết xung đột: lấy bản của %1</translation>
    </message>
    <message>
        <source>Conflict resolved: both versions kept</source>
        <translation>Đã giải quyết xung đột: giữ cả hai bản</translation>
    </message>
    <message>
        <source>Conflict resolved by editing</source>
        <translation>Đã giải quyết xung đột bằng cách sửa</translation>
    </message>
    <message>
        <source>Merged with the conflict&apos;s resolution by %1</source>
        <translation>Đã gộp với cách giải quyết xung đột của %1</translation>
    </message>
    <message>
        <source>This conflict was resolved already by %1.</source>
        <translation>Xung đột này đã được %1 giải quyết.</translation>
    </message>
</context>
<context>
    <name>PressDesk::CopyStream</name>
    <message>
        <source>The office server sent rows this version of PressDesk cannot read.</source>
        <translation>Máy chủ của cơ quan gửi dữ liệu mà phiên bản PressDesk này không đọc được.</translation>
    </message>
    <message>
        <source>The connection to the office server is not a PostgreSQL connection.</source>
        <translation>Kết nối tới máy chủ của cơ quan không phải là kết nối PostgreSQL.</translation>
    </message>
    <message>
        <source>The connection to the office server is still busy with another request.</source>
        <translation>Kết nối tới máy chủ của cơ quan còn đang bận với một yêu cầu khác.</translation>
    </message>
</context>
<context>
    <name>PressDesk::CredentialStore</name>
    <message>
        <source>No system keychain is available (%1). The password is kept only until PressDesk closes and will be asked for again.</source>
        <translation>Không có kho mật khẩu của hệ thống (%1). Mật khẩu chỉ được giữ đến khi đóng PressDesk và sẽ được hỏi lại lần sau.</translation>
    </message>
    <message>
        <source>turned off by PRESSDESK_NO_KEYCHAIN</source>
        <translation>đã tắt bằng PRESSDESK_NO_KEYCHAIN</translation>
    </message>
    <message>
        <source>No password is stored for this portal.</source>
        <translation>Chưa lưu mật khẩu cho Cổng này.</translation>
    </message>
    <message>
        <source>no keychain service runs on this computer</source>
        <translation>máy tính này không có dịch vụ kho mật khẩu</translation>
    </message>
    <message>
        <source>access to the keychain was refused</source>
        <translation>không được phép truy cập kho mật khẩu</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>kho mật khẩu không phản hồi</translation>
    </message>
    <message>
        <source>The system keychain could not keep or give the password (%1).</source>
        <translation>Kho mật khẩu của hệ thống không lưu hoặc không trả lại được mật khẩu (%1).</translation>
    </message>
</context>
<context>
    <name>PressDesk::Database</name>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again. (%1)</source>
        <translation>Ổ đĩa đã đầy; chưa lưu được gì. Hãy giải phóng dung lượng rồi thử lại. (%1)</translation>
    </message>
    <message>
        <source>The database file is read-only; nothing was saved. (%1)</source>
        <translation>Tệp dữ liệu chỉ cho phép đọc; chưa lưu được gì. (%1)</translation>
    </message>
    <message>
        <source>The database is busy in another program; try again. (%1)</source>
        <translation>Dữ liệu đang được chương trình khác sử dụng; hãy thử lại. (%1)</translation>
    </message>
    <message>
        <source>The disk could not be written or read; nothing was saved. (%1)</source>
        <translation>Không đọc hoặc ghi được ổ đĩa; chưa lưu được gì. (%1)</translation>
    </message>
    <message>
        <source>The file is not a PressDesk database or it is damaged. (%1)</source>
        <translation>Tệp này không phải dữ liệu PressDesk hoặc đã bị hỏng. (%1)</translation>
    </message>
    <message>
        <source>The database file cannot be opened. (%1)</source>
        <translation>Không mở được tệp dữ liệu. (%1)</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Lỗi dữ liệu: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of PressDesk (schema %1; this version knows up to %2). Update PressDesk to open it; the file was not changed.</source>
        <translation>Dữ liệu này được tạo bởi phiên bản PressDesk mới hơn (lược đồ %1; phiên bản này chỉ hiểu đến %2). Hãy cập nhật PressDesk để mở; tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Bản cài đặt này thiếu bước nâng cấp dữ liệu %1.</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>Nâng cấp dữ liệu bước %1 thất bại: %2</translation>
    </message>
</context>
<context>
    <name>PressDesk::DictionaryRepository</name>
    <message>
        <source>&quot;%1&quot; cannot be added to the office dictionary: it holds no word the spell checker checks (numbers, abbreviations in capitals and punctuation are never marked as mistakes).</source>
        <translation>Không thêm được &quot;%1&quot; vào từ điển của cơ quan: trong đó không có từ nào thuộc diện kiểm tra chính tả (số, chữ viết tắt in hoa và dấu câu không bao giờ bị đánh dấu là lỗi).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the office dictionary.</source>
        <translation>&quot;%1&quot; không có trong từ điển của cơ quan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was added to the office dictionary by %2: only they or a supervisor can remove it.</source>
        <translation>&quot;%1&quot; do %2 thêm vào từ điển của cơ quan: chỉ người đó hoặc lãnh đạo mới xóa được.</translation>
    </message>
</context>
<context>
    <name>PressDesk::DictionarySync</name>
    <message>
        <source>The word “%1” of the office dictionary</source>
        <translation>Từ “%1” trong từ điển của cơ quan</translation>
    </message>
</context>
<context>
    <name>PressDesk::DocumentImport</name>
    <message>
        <source>%1 is not a Word, OpenDocument or RTF document.</source>
        <translation>%1 không phải văn bản Word, OpenDocument hay RTF.</translation>
    </message>
    <message>
        <source>Importing documents needs LibreOffice. Install it (on Debian and Ubuntu: the libreoffice-writer-nogui package; on Windows: LibreOffice from libreoffice.org) and try again.</source>
        <translation>Nhập văn bản cần có LibreOffice. Hãy cài đặt (trên Debian và Ubuntu: gói libreoffice-writer-nogui; trên Windows: LibreOffice từ libreoffice.org) rồi thử lại.</translation>
    </message>
    <message>
        <source>LibreOffice was not found at %1 (PRESSDESK_SOFFICE).</source>
        <translation>Không tìm thấy LibreOffice tại %1 (PRESSDESK_SOFFICE).</translation>
    </message>
    <message>
        <source>No temporary folder for the conversion: %1</source>
        <translation>Không có thư mục tạm để chuyển đổi: %1</translation>
    </message>
    <message numerus="yes">
        <source>LibreOffice took more than %n second(s) to convert %1 and was stopped.</source>
        <translation>
            <numerusform>LibreOffice chuyển đổi %1 quá %n giây nên đã bị dừng.</numerusform>
        </translation>
    </message>
    <message>
        <source>LibreOffice (%1) could not be started.</source>
        <translation>Không khởi động được LibreOffice (%1).</translation>
    </message>
    <message>
        <source>LibreOffice could not convert %1. The file may be damaged or protected by a password.</source>
        <translation>LibreOffice không chuyển đổi được %1. Tệp có thể bị hỏng hoặc được bảo vệ bằng mật khẩu.</translation>
    </message>
    <message>
        <source>An image of the document could not be kept: %1</source>
        <translation>Không giữ được một ảnh của văn bản: %1</translation>
    </message>
    <message>
        <source>it is missing.</source>
        <translation>ảnh bị thiếu.</translation>
    </message>
</context>
<context>
    <name>PressDesk::FileErrors</name>
    <message>
        <source>the file does not exist.</source>
        <translation>không tìm thấy tệp.</translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation>đây là một thư mục, không phải tệp.</translation>
    </message>
    <message>
        <source>you have no permission to read it.</source>
        <translation>không có quyền đọc tệp này.</translation>
    </message>
    <message>
        <source>another program has it open and does not let others read it. Close it there (in Word, for example) and try again.</source>
        <translation>một chương trình khác đang mở tệp này và không cho đọc. Hãy đóng tệp ở chương trình đó (ví dụ Word) rồi thử lại.</translation>
    </message>
    <message>
        <source>the file could not be opened. Details: %1</source>
        <translation>không mở được tệp. Chi tiết: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
</context>
<context>
    <name>PressDesk::FirstRunWizard</name>
    <message>
        <source>Set up PressDesk</source>
        <translation>Thiết lập PressDesk</translation>
    </message>
    <message>
        <source>Welcome to PressDesk</source>
        <translation>Chào mừng đến với PressDesk</translation>
    </message>
    <message>
        <source>PressDesk is where your office writes its news: articles are drafted, reviewed and approved, published to the portal, read on the radio and counted against the office&apos;s plans.</source>
        <translation>PressDesk là nơi cơ quan viết tin bài: bài được soạn, xem xét và duyệt, đăng lên Cổng thông tin, đọc trên đài truyền thanh và được tính vào kết quả thực hiện các kế hoạch của cơ quan.</translation>
    </message>
    <message>
        <source>A few steps make this desk yours: who works at it, your office, and optionally the office server and the portal. Every step can be left for later: press Later, or Cancel to stop here. Settings → Run the set-up assistant again… brings this back.</source>
        <translation>Vài bước để máy này là của bạn: ai làm việc trên máy, cơ quan của bạn, và nếu cần thì máy chủ của cơ quan và Cổng thông tin. Bước nào cũng có thể để sau: bấm Để sau, hoặc Hủy để dừng tại đây. Cài đặt → Chạy lại trợ lý thiết lập… sẽ mở lại các bước này.</translation>
    </message>
    <message>
        <source>Who works at this desk</source>
        <translation>Ai làm việc trên máy này</translation>
    </message>
    <message>
        <source>Your name as colleagues see it on articles, comments and approvals.</source>
        <translation>Tên của bạn như đồng nghiệp sẽ thấy trên bài viết, góp ý và quyết định duyệt.</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Tên của bạn:</translation>
    </message>
    <message>
        <source>Nguyễn Thị Lan</source>
        <translation>Nguyễn Thị Lan</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <source>Your office</source>
        <translation>Cơ quan của bạn</translation>
    </message>
    <message>
        <source>As its documents name it: new plans and plan reports read it. Settings → Office holds more (recipients, document numbers).</source>
        <translation>Tên như trên văn bản, dùng cho kế hoạch và báo cáo. Nơi nhận, số ký hiệu: ở Cài đặt → Cơ quan.</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Cơ quan:</translation>
    </message>
    <message>
        <source>UBND xã Vân Canh</source>
        <translation>UBND xã Vân Canh</translation>
    </message>
    <message>
        <source>&amp;Parent body:</source>
        <translation>Cơ quan &amp;chủ quản:</translation>
    </message>
    <message>
        <source>UBND tỉnh Gia Lai</source>
        <translation>UBND tỉnh Gia Lai</translation>
    </message>
    <message>
        <source>Pl&amp;ace:</source>
        <translation>Địa &amp;danh:</translation>
    </message>
    <message>
        <source>Vân Canh</source>
        <translation>Vân Canh</translation>
    </message>
    <message>
        <source>&amp;Signer:</source>
        <translation>&amp;Người ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;title:</source>
        <translation>Chức &amp;vụ người ký:</translation>
    </message>
    <message>
        <source>Chủ tịch</source>
        <translation>Chủ tịch</translation>
    </message>
    <message>
        <source>Office server and portal (optional)</source>
        <translation>Máy chủ của cơ quan và Cổng thông tin (không bắt buộc)</translation>
    </message>
    <message>
        <source>Both can be set up later from the File menu.</source>
        <translation>Cả hai đều có thể thiết lập sau trong trình đơn Tệp.</translation>
    </message>
    <message>
        <source>Join the &amp;office server…</source>
        <translation>Tham gia &amp;máy chủ của cơ quan…</translation>
    </message>
    <message>
        <source>When your office runs a PressDesk server, the desks share articles, comments, plans and approvals through it. Ask its administrator for the address and your login. (File → Office server…)</source>
        <translation>Khi cơ quan có máy chủ PressDesk, các máy dùng chung bài viết, góp ý, kế hoạch và quyết định duyệt qua máy chủ đó. Hãy hỏi người quản trị địa chỉ máy chủ và tài khoản của bạn. (Tệp → Máy chủ của cơ quan…)</translation>
    </message>
    <message>
        <source>Add the &amp;portal…</source>
        <translation>Thêm &amp;Cổng thông tin…</translation>
    </message>
    <message>
        <source>The office&apos;s web portal (WordPress), where approved articles are published. (File → Portals…)</source>
        <translation>Cổng thông tin điện tử của cơ quan (WordPress), nơi đăng các bài đã duyệt. (Tệp → Cổng thông tin…)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Để &amp;sau</translation>
    </message>
    <message>
        <source>Leave this step for later: nothing on this page is saved.</source>
        <translation>Để bước này lại sau: không lưu gì trên trang này.</translation>
    </message>
    <message>
        <source>As the first user of this profile you are its administrator. The others (staff who write, supervisors who approve) are added later in File → Users…</source>
        <translation>Là người dùng đầu tiên của hồ sơ này, bạn là người quản trị. Những người khác (cán bộ viết bài, lãnh đạo duyệt bài) được thêm sau trong Tệp → Người dùng…</translation>
    </message>
    <message>
        <source>Roles are given by an administrator in File → Users…</source>
        <translation>Vai trò do người quản trị phân trong Tệp → Người dùng…</translation>
    </message>
    <message>
        <source>You work at this desk as %1 (%2).</source>
        <translation>Bạn làm việc trên máy này với tên %1 (%2).</translation>
    </message>
    <message>
        <source>Office: not named yet. Documents leave dotted spaces for it until it is filled in under Settings → Office.</source>
        <translation>Cơ quan: chưa khai báo. Văn bản sẽ để dấu chấm chờ điền cho đến khi khai báo trong Cài đặt → Cơ quan.</translation>
    </message>
    <message>
        <source>Office: %1.</source>
        <translation>Cơ quan: %1.</translation>
    </message>
    <message>
        <source>Office server: joined (%1).</source>
        <translation>Máy chủ của cơ quan: đã tham gia (%1).</translation>
    </message>
    <message>
        <source>Office server: not joined; this desk works on its own (File → Office server…).</source>
        <translation>Máy chủ của cơ quan: chưa tham gia; máy này làm việc độc lập (Tệp → Máy chủ của cơ quan…).</translation>
    </message>
    <message numerus="yes">
        <source>Portals: %n configured.</source>
        <translation>
            <numerusform>Cổng thông tin: đã thiết lập %n cổng.</numerusform>
        </translation>
    </message>
    <message>
        <source>Portal: none yet (File → Portals…).</source>
        <translation>Cổng thông tin: chưa có (Tệp → Cổng thông tin…).</translation>
    </message>
    <message>
        <source>Settings → Run the set-up assistant again… brings this back.</source>
        <translation>Cài đặt → Chạy lại trợ lý thiết lập… sẽ mở lại các bước này.</translation>
    </message>
</context>
<context>
    <name>PressDesk::HistoryDialog</name>
    <message>
        <source>History and comparison</source>
        <translation>Lịch sử và so sánh</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>&amp;Inline</source>
        <translation>&amp;Xen kẽ</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>&amp;Song song</translation>
    </message>
    <message>
        <source>&amp;Restore the older revision</source>
        <translation>&amp;Khôi phục phiên bản cũ hơn</translation>
    </message>
    <message>
        <source>Makes the older revision the current content, as a new revision. Nothing is deleted.</source>
        <translation>Đưa phiên bản cũ hơn thành nội dung hiện tại dưới dạng một phiên bản mới. Không có gì bị xóa.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <source>with</source>
        <translation>với</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <source>Revision %1 (%2, %3)</source>
        <translation>Phiên bản %1 (%2, %3)</translation>
    </message>
    <message>
        <source>The same revision.</source>
        <translation>Cùng một phiên bản.</translation>
    </message>
    <message>
        <source>No difference a reader would see.</source>
        <translation>Không có khác biệt nào người đọc nhìn thấy.</translation>
    </message>
    <message>
        <source>%1 removal(s) and %2 addition(s) between revision %3 and %4.</source>
        <translation>%1 chỗ bỏ đi và %2 chỗ thêm vào giữa phiên bản %3 và %4.</translation>
    </message>
    <message>
        <source>Revisions and decisions</source>
        <translation>Các phiên bản và quyết định</translation>
    </message>
    <message>
        <source>Older revision</source>
        <translation>Phiên bản cũ hơn</translation>
    </message>
    <message>
        <source>Newer revision</source>
        <translation>Phiên bản mới hơn</translation>
    </message>
</context>
<context>
    <name>PressDesk::HttpClient</name>
    <message>
        <source>The site&apos;s certificate is not trusted (%1). Its SHA-256 fingerprint is %2; trust it only if the portal&apos;s administrator confirms that fingerprint.</source>
        <translation>Chứng chỉ bảo mật của trang không được tin cậy (%1). Dấu vân tay SHA-256 của nó là %2; chỉ tin cậy chứng chỉ này khi quản trị viên Cổng xác nhận đúng dấu vân tay đó.</translation>
    </message>
    <message>
        <source>No such site: %1 cannot be found. Check the address and the network.</source>
        <translation>Không tìm thấy trang %1. Hãy kiểm tra địa chỉ và kết nối mạng.</translation>
    </message>
    <message>
        <source>%1 refused the connection: no web server answers there.</source>
        <translation>%1 từ chối kết nối: không có máy chủ web nào trả lời ở đó.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 không trả lời trong %2 giây.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 đóng kết nối trước khi trả lời.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Kết nối bảo mật tới %1 thất bại: %2</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Kết nối tới %1 thất bại: %2</translation>
    </message>
</context>
<context>
    <name>PressDesk::ImageDetailsDialog</name>
    <message>
        <source>Insert image</source>
        <translation>Chèn ảnh</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Ảnh: %1</translation>
    </message>
    <message>
        <source>What the image shows, for readers who cannot see it</source>
        <translation>Ảnh thể hiện gì, dành cho người không xem được ảnh</translation>
    </message>
    <message>
        <source>Shown under the image (optional)</source>
        <translation>Hiện dưới ảnh (không bắt buộc)</translation>
    </message>
    <message>
        <source>&amp;Alternative text:</source>
        <translation>&amp;Văn bản thay thế:</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Chú thích:</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Chèn</translation>
    </message>
</context>
<context>
    <name>PressDesk::ImageInserter</name>
    <message>
        <source>This file is not an image PressDesk can read (JPEG, PNG or WebP).</source>
        <translation>Tệp này không phải là ảnh PressDesk đọc được (JPEG, PNG hoặc WebP).</translation>
    </message>
    <message>
        <source>The image could not be decoded: %1</source>
        <translation>Không đọc được nội dung ảnh: %1</translation>
    </message>
    <message>
        <source>The image is larger than %1 MB; reduce it before inserting it.</source>
        <translation>Ảnh lớn hơn %1 MB; hãy giảm dung lượng ảnh trước khi chèn.</translation>
    </message>
    <message>
        <source>Insert image</source>
        <translation>Chèn ảnh</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Ảnh (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
</context>
<context>
    <name>PressDesk::ImageStore</name>
    <message>
        <source>This file is not a JPEG, PNG or WebP image.</source>
        <translation>Tệp này không phải ảnh JPEG, PNG hoặc WebP.</translation>
    </message>
    <message>
        <source>The image is damaged or unreadable.</source>
        <translation>Ảnh bị hỏng hoặc không đọc được.</translation>
    </message>
    <message>
        <source>The image %1 is not stored.</source>
        <translation>Không có ảnh %1 trong dữ liệu.</translation>
    </message>
</context>
<context>
    <name>PressDesk::LinkActivitiesDialog</name>
    <message>
        <source>Plan activities this article serves</source>
        <translation>Các hoạt động kế hoạch mà bài này phục vụ</translation>
    </message>
    <message>
        <source>Plan / activity</source>
        <translation>Kế hoạch / hoạt động</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Plan %1: %2</source>
        <translation>Kế hoạch %1: %2</translation>
    </message>
    <message>
        <source>Activities of the plans</source>
        <translation>Các hoạt động của kế hoạch</translation>
    </message>
</context>
<context>
    <name>PressDesk::MainWindow</name>
    <message>
        <source>Profile database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>&amp;New article</source>
        <translation>Bài viết &amp;mới</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Find articles</source>
        <translation>&amp;Tìm bài viết</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>Định &amp;dạng</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About PressDesk</source>
        <translation>&amp;Giới thiệu PressDesk</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>Stayed on the current article: it could not be saved.</source>
        <translation>Vẫn ở bài hiện tại vì chưa lưu được bài này.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Chưa có tiêu đề</translation>
    </message>
    <message>
        <source>PressDesk</source>
        <translation>PressDesk</translation>
    </message>
    <message>
        <source>%1[*] — PressDesk</source>
        <comment>window title: article title</comment>
        <translation>%1[*] — PressDesk</translation>
    </message>
    <message>
        <source>The new language applies after PressDesk restarts.</source>
        <translation>Ngôn ngữ mới sẽ được áp dụng sau khi khởi động lại PressDesk.</translation>
    </message>
    <message>
        <source>About PressDesk</source>
        <translation>Giới thiệu PressDesk</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Chưa lưu được thay đổi</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved:
%1

Close anyway and lose them?</source>
        <translation>Không lưu được những thay đổi mới nhất:
%1

Vẫn đóng và bỏ những thay đổi này?</translation>
    </message>
    <message>
        <source>&amp;Categories…</source>
        <translation>&amp;Chuyên mục…</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Current user of this profile</source>
        <translation>Người dùng hiện tại của hồ sơ này</translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation>Chờ duyệt (%1)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <source>For me (%1)</source>
        <translation>Việc của tôi (%1)</translation>
    </message>
    <message>
        <source>For me</source>
        <translation>Việc của tôi</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Bài viết</translation>
    </message>
    <message>
        <source>&amp;History and comparison…</source>
        <translation>&amp;Lịch sử và so sánh…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Preview as on the portal</source>
        <translation>&amp;Xem trước như trên Cổng</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Người dùng…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>Nhật &amp;ký kiểm tra…</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>Hàng đợi đăng (%1)</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Hàng đợi đăng</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) sent to the portal.</source>
        <translation>
            <numerusform>Đã gửi %n mục lên Cổng.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Portals…</source>
        <translation>&amp;Cổng thông tin…</translation>
    </message>
    <message>
        <source>P&amp;ublish to the portal…</source>
        <translation>Đăn&amp;g lên Cổng…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+P</source>
        <translation>Ctrl+Alt+P</translation>
    </message>
    <message>
        <source>&amp;Withdraw from the portal…</source>
        <translation>&amp;Gỡ khỏi Cổng…</translation>
    </message>
    <message>
        <source>Plan &amp;activities…</source>
        <translation>&amp;Hoạt động kế hoạch…</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>&amp;Kế hoạch</translation>
    </message>
    <message>
        <source>Plan &amp;tracker…</source>
        <translation>&amp;Theo dõi kế hoạch…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>&amp;Office server…</source>
        <translation>Máy chủ của cơ &amp;quan…</translation>
    </message>
    <message>
        <source>Place &amp;tone marks in the office style</source>
        <translation>Đặt &amp;dấu thanh theo kiểu của cơ quan</translation>
    </message>
    <message numerus="yes">
        <source>%n syllable(s) respelled with the tone marks of the office (%1).</source>
        <translation>
            <numerusform>Đã đặt lại dấu thanh ở %n âm tiết theo kiểu của cơ quan (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The article already places its tone marks as the office does (%1).</source>
        <translation>Bài viết đã đặt dấu thanh đúng kiểu của cơ quan (%1).</translation>
    </message>
    <message>
        <source>The profile was backed up to %1.</source>
        <translation>Đã sao lưu hồ sơ vào %1.</translation>
    </message>
    <message>
        <source>Today&apos;s backup of the profile failed: %1</source>
        <translation>Sao lưu hồ sơ hôm nay không thành công: %1</translation>
    </message>
    <message>
        <source>&amp;Radio bulletins…</source>
        <translation>&amp;Bản tin phát thanh…</translation>
    </message>
    <message>
        <source>&amp;Visual campaigns…</source>
        <translation>Tuyên truyền &amp;trực quan…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PressDesk %1&lt;/h3&gt;&lt;p&gt;Drafting, approval, publishing and plan reporting for the press offices of Vietnamese local government: communes, wards and provincial bodies.&lt;/p&gt;&lt;p&gt;Works offline; every change is saved as you type.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later: you may use, study, share and change it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PressDesk %1&lt;/h3&gt;&lt;p&gt;Soạn thảo, duyệt, đăng tin bài và báo cáo kết quả thực hiện kế hoạch cho bộ phận tuyên truyền của chính quyền địa phương: xã, phường và cơ quan cấp tỉnh.&lt;/p&gt;&lt;p&gt;Làm việc được khi không có mạng; mọi thay đổi được lưu ngay khi gõ.&lt;/p&gt;&lt;p&gt;Phần mềm tự do theo Giấy phép Công cộng GNU (GNU General Public License), phiên bản 3 hoặc mới hơn: bạn được dùng, tìm hiểu, chia sẻ và sửa đổi.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Được xây dựng trên:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Check &amp;style…</source>
        <translation>Kiểm tra &amp;văn phong…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Cửa sổ chính</translation>
    </message>
    <message>
        <source>Plan tracker</source>
        <translation>Theo dõi kế hoạch</translation>
    </message>
    <message>
        <source>Radio bulletins</source>
        <translation>Bản tin phát thanh</translation>
    </message>
    <message>
        <source>Visual campaigns</source>
        <translation>Tuyên truyền trực quan</translation>
    </message>
    <message>
        <source>&amp;Import document…</source>
        <translation>&amp;Nhập văn bản…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>A Word, LibreOffice or RTF document as a new article</source>
        <translation>Một văn bản Word, LibreOffice hoặc RTF thành bài viết mới</translation>
    </message>
    <message>
        <source>Import a document as a new article</source>
        <translation>Nhập một văn bản thành bài viết mới</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Văn bản (%1)</translation>
    </message>
    <message>
        <source>Importing %1 with LibreOffice…</source>
        <translation>Đang nhập %1 bằng LibreOffice…</translation>
    </message>
    <message>
        <source>Import a document</source>
        <translation>Nhập văn bản</translation>
    </message>
    <message>
        <source>%1 imported as a new article.</source>
        <translation>Đã nhập %1 thành bài viết mới.</translation>
    </message>
    <message>
        <source>Its text was converted from %1 to Unicode.</source>
        <translation>Văn bản đã được chuyển từ %1 sang Unicode.</translation>
    </message>
</context>
<context>
    <name>PressDesk::ManualEntryDialog</name>
    <message>
        <source>Output entered by hand</source>
        <translation>Kết quả nhập tay</translation>
    </message>
    <message>
        <source>What was done (required), e.g. Hội nghị tại xã Đức Thượng</source>
        <translation>Việc đã làm (bắt buộc), ví dụ: Hội nghị tại xã Đức Thượng</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Số lượng:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Say what was done: the report marks entries made by hand.</source>
        <translation>Hãy ghi rõ việc đã làm: báo cáo đánh dấu các kết quả nhập tay.</translation>
    </message>
</context>
<context>
    <name>PressDesk::MarkAiredDialog</name>
    <message>
        <source>Mark aired</source>
        <translation>Ghi nhận đã phát</translation>
    </message>
    <message>
        <source>Station:</source>
        <translation>Đài:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Giờ:</translation>
    </message>
    <message>
        <source>Recorded by:</source>
        <translation>Người ghi nhận:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose the station that aired it.</source>
        <translation>Hãy chọn đài đã phát.</translation>
    </message>
</context>
<context>
    <name>PressDesk::MarkInstalledDialog</name>
    <message>
        <source>Mark installed</source>
        <translation>Ghi nhận đã lắp đặt</translation>
    </message>
    <message>
        <source>Installed on:</source>
        <translation>Ngày lắp đặt:</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>Ảnh:</translation>
    </message>
    <message>
        <source>Photos taken where it was put up: their date and position are read from the photo</source>
        <translation>Ảnh chụp tại nơi lắp đặt: ngày chụp và vị trí được đọc từ chính tệp ảnh</translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation>&amp;Thêm ảnh…</translation>
    </message>
    <message>
        <source>&amp;Remove photo</source>
        <translation>&amp;Bỏ ảnh</translation>
    </message>
    <message>
        <source>Photos of the item</source>
        <translation>Ảnh của mục</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Ảnh (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
</context>
<context>
    <name>PressDesk::MarkRemovedDialog</name>
    <message>
        <source>Mark removed</source>
        <translation>Ghi nhận đã tháo dỡ</translation>
    </message>
    <message>
        <source>Removed on:</source>
        <translation>Ngày tháo dỡ:</translation>
    </message>
</context>
<context>
    <name>PressDesk::MergeUnitsDialog</name>
    <message>
        <source>Merge units</source>
        <translation>Hợp nhất đơn vị</translation>
    </message>
    <message>
        <source>Unit that merges:</source>
        <translation>Đơn vị được hợp nhất:</translation>
    </message>
    <message>
        <source>Unit that merges</source>
        <translation>Đơn vị được hợp nhất</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>Hợp nhất vào:</translation>
    </message>
    <message>
        <source>Unit it merges into</source>
        <translation>Đơn vị hợp nhất vào</translation>
    </message>
    <message>
        <source>In every plan, not only this one</source>
        <translation>Trong mọi kế hoạch, không chỉ kế hoạch này</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Note on the merge</source>
        <translation>Ghi chú về việc hợp nhất</translation>
    </message>
    <message>
        <source>Why (optional), e.g. Quyết định 12/QĐ-UBND</source>
        <translation>Căn cứ (không bắt buộc), ví dụ Quyết định 12/QĐ-UBND</translation>
    </message>
    <message>
        <source>No activity names a responsible unit yet.</source>
        <translation>Chưa hoạt động nào có đơn vị thực hiện.</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) of every plan will move.</source>
        <translation>
            <numerusform>%n hoạt động trong mọi kế hoạch sẽ được chuyển.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) of this plan will move.</source>
        <translation>
            <numerusform>%n hoạt động của kế hoạch này sẽ được chuyển.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PressDesk::NoticesPanel</name>
    <message>
        <source>Nothing waits for you: no returned article, no unread comment.</source>
        <translation>Không có việc chờ bạn: không có bài bị trả lại, không có ý kiến chưa đọc.</translation>
    </message>
    <message>
        <source>returned to you</source>
        <translation>bị trả lại</translation>
    </message>
    <message numerus="yes">
        <source>%n unread comment(s)</source>
        <translation>
            <numerusform>%n ý kiến chưa đọc</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(chưa có tiêu đề)</translation>
    </message>
</context>
<context>
    <name>PressDesk::OfficeCommands</name>
    <message>
        <source>not chosen (traditional: hòa, thủy)</source>
        <translation>chưa chọn (kiểu cũ: hòa, thủy)</translation>
    </message>
    <message>
        <source>modern (hoà, thuỷ)</source>
        <translation>kiểu mới (hoà, thuỷ)</translation>
    </message>
    <message>
        <source>traditional (hòa, thủy)</source>
        <translation>kiểu cũ (hòa, thủy)</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Tham số không hợp lệ: %1</translation>
    </message>
    <message>
        <source>office set needs at least one of --name, --parent, --place, --signer, --signer-title, --recipient, --number-suffix and --tone-style.</source>
        <translation>office set cần ít nhất một trong các tùy chọn --name, --parent, --place, --signer, --signer-title, --recipient, --number-suffix hoặc --tone-style.</translation>
    </message>
    <message>
        <source>--tone-style is traditional (hòa, thủy) or modern (hoà, thuỷ), not “%1”.</source>
        <translation>--tone-style là traditional (hòa, thủy) hoặc modern (hoà, thuỷ), không phải “%1”.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(chưa đặt)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên cơ quan:</translation>
    </message>
    <message>
        <source>(not set: pressdesk-cli office set --name &quot;UBND xã …&quot;)</source>
        <translation>(chưa đặt: pressdesk-cli office set --name &quot;UBND xã …&quot;)</translation>
    </message>
    <message>
        <source>Parent body:</source>
        <translation>Cơ quan chủ quản:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Địa danh:</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s title:</source>
        <translation>Chức vụ người ký:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Nơi nhận:</translation>
    </message>
    <message>
        <source>Number suffix:</source>
        <translation>Viết tắt tên cơ quan:</translation>
    </message>
    <message>
        <source>%1 (a plan …/%2, a report …/%3)</source>
        <translation>%1 (kế hoạch …/%2, báo cáo …/%3)</translation>
    </message>
    <message>
        <source>Tone marks:</source>
        <translation>Dấu thanh:</translation>
    </message>
    <message>
        <source>Abbreviations:</source>
        <translation>Chữ viết tắt:</translation>
    </message>
    <message numerus="yes">
        <source>%n of its own or changed (pressdesk-cli office glossary list)</source>
        <translation>
            <numerusform>%n chữ riêng hoặc đã sửa (pressdesk-cli office glossary list)</numerusform>
        </translation>
    </message>
    <message>
        <source>(the office&apos;s)</source>
        <translation>(của cơ quan)</translation>
    </message>
    <message>
        <source>office glossary add needs the abbreviation and what it stands for, e.g. office glossary add TTVH &quot;Trung tâm Văn hóa&quot;.</source>
        <translation>office glossary add cần chữ viết tắt và cách đọc đầy đủ, ví dụ office glossary add TTVH &quot;Trung tâm Văn hóa&quot;.</translation>
    </message>
    <message>
        <source>office glossary remove needs the abbreviation.</source>
        <translation>office glossary remove cần chữ viết tắt.</translation>
    </message>
    <message>
        <source>(pressdesk-cli office glossary list shows them.)</source>
        <translation>(xem danh sách bằng pressdesk-cli office glossary list.)</translation>
    </message>
</context>
<context>
    <name>PressDesk::OfficePostRegistry</name>
    <message>
        <source>The password of %1 on the office server is not kept on this desk.</source>
        <translation>Máy này không lưu mật khẩu của %1 trên máy chủ cơ quan.</translation>
    </message>
    <message>
        <source>The office server did not answer the claim of a post.</source>
        <translation>Máy chủ cơ quan không trả lời khi máy này xin đăng bài.</translation>
    </message>
    <message>
        <source>The office holds another post of this article on %1.</source>
        <translation>Cơ quan đã ghi nhận một bài đăng khác của tin bài này trên %1.</translation>
    </message>
</context>
<context>
    <name>PressDesk::OfficeRepository</name>
    <message>
        <source>“%1” is not one of the office&apos;s abbreviations.</source>
        <translation>“%1” không có trong danh sách chữ viết tắt của cơ quan.</translation>
    </message>
</context>
<context>
    <name>PressDesk::OutboxPanel</name>
    <message>
        <source>Publish at %1</source>
        <translation>Đăng lúc %1</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Đăng</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Chuyển vào thùng rác</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Gỡ bài</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Changed on the portal</source>
        <translation>Đã bị sửa trên Cổng</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to retry (%n attempt(s))</source>
        <translation>
            <numerusform>Chờ thử lại (đã thử %n lần)</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Gửi ngay</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Send failed and waiting entries again now</source>
        <translation>Gửi lại ngay các mục thất bại và đang chờ</translation>
    </message>
    <message>
        <source>Cancel entry</source>
        <translation>Hủy mục</translation>
    </message>
    <message>
        <source>Overwrite…</source>
        <translation>Ghi đè…</translation>
    </message>
    <message>
        <source>Replace the post that was changed on the portal with the approved version</source>
        <translation>Thay bài đã bị sửa trên Cổng bằng bản đã duyệt</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Lần thử tiếp</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Show sent and cancelled</source>
        <translation>Hiện cả mục đã gửi và đã hủy</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Stopping after the current entry…</source>
        <translation>Sẽ dừng sau mục đang gửi…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Sending “%1”…</source>
        <translation>Đang gửi “%1”…</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) sent.</source>
        <translation>
            <numerusform>Đã gửi %n mục.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overwrite the portal&apos;s version?</source>
        <translation>Ghi đè bản trên Cổng?</translation>
    </message>
    <message>
        <source>“%1” was changed on %2 after PressDesk last sent it. Overwriting replaces those changes with the version approved here; they cannot be recovered from PressDesk.</source>
        <translation>“%1” đã bị sửa trên %2 sau lần PressDesk gửi gần nhất. Ghi đè sẽ thay các thay đổi đó bằng bản đã duyệt ở đây; PressDesk không thể khôi phục lại chúng.</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Ghi đè</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) could not be sent: select one to see why.</source>
        <translation>
            <numerusform>%n mục chưa gửi được: chọn một mục để xem lý do.</numerusform>
        </translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation>Lần thử tiếp: %1</translation>
    </message>
</context>
<context>
    <name>PressDesk::PasswordDialog</name>
    <message>
        <source>Portal password</source>
        <translation>Mật khẩu Cổng</translation>
    </message>
    <message>
        <source>The application password of &lt;b&gt;%1&lt;/b&gt; on %2 (portal “%3”):</source>
        <translation>Mật khẩu ứng dụng của &lt;b&gt;%1&lt;/b&gt; trên %2 (Cổng “%3”):</translation>
    </message>
    <message>
        <source>Remember it in the system keychain</source>
        <translation>Ghi nhớ trong kho mật khẩu của hệ thống</translation>
    </message>
    <message>
        <source>An application password is made on the portal under Users → Profile → Application Passwords. It is never stored in the PressDesk database.</source>
        <translation>Mật khẩu ứng dụng được tạo trên Cổng tại Thành viên → Hồ sơ → Mật khẩu ứng dụng. Mật khẩu không bao giờ được lưu trong cơ sở dữ liệu PressDesk.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
</context>
<context>
    <name>PressDesk::PhotoViewDialog</name>
    <message>
        <source>Photo %1</source>
        <translation>Ảnh %1</translation>
    </message>
    <message>
        <source>Loading the photo…</source>
        <translation>Đang tải ảnh…</translation>
    </message>
    <message>
        <source>The photo cannot be read.</source>
        <translation>Không đọc được ảnh.</translation>
    </message>
</context>
<context>
    <name>PressDesk::Plan</name>
    <message>
        <source>Portal (website)</source>
        <translation>Cổng thông tin điện tử</translation>
    </message>
    <message>
        <source>Radio and loudspeakers</source>
        <translation>Hệ thống truyền thanh</translation>
    </message>
    <message>
        <source>Visual campaign</source>
        <translation>Tuyên truyền trực quan</translation>
    </message>
    <message>
        <source>Information for the press</source>
        <translation>Cung cấp thông tin cho báo chí</translation>
    </message>
    <message>
        <source>Meetings and conferences</source>
        <translation>Hội nghị, hội thảo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Hình thức khác</translation>
    </message>
</context>
<context>
    <name>PressDesk::PlanCommands</name>
    <message>
        <source>--%1 needs a date (2019-02-19 or 19/02/2019).</source>
        <translation>--%1 cần một ngày (2019-02-19 hoặc 19/02/2019).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Tham số không hợp lệ: %1</translation>
    </message>
    <message>
        <source>plan new needs --number and --title.</source>
        <translation>plan new cần --number và --title.</translation>
    </message>
    <message>
        <source>plan import needs one file (JSON).</source>
        <translation>plan import cần một tệp (JSON).</translation>
    </message>
    <message numerus="yes">
        <source>Imported plan %1 with %n activity(ies).</source>
        <translation>
            <numerusform>Đã nhập kế hoạch %1 với %n hoạt động.</numerusform>
        </translation>
    </message>
    <message>
        <source>plan export needs the plan&apos;s number or id.</source>
        <translation>plan export cần số ký hiệu hoặc mã của kế hoạch.</translation>
    </message>
    <message>
        <source>plan %1 needs the plan&apos;s number or id.</source>
        <translation>plan %1 cần số ký hiệu hoặc mã của kế hoạch.</translation>
    </message>
    <message>
        <source>--to comes before --from.</source>
        <translation>--to đứng trước --from.</translation>
    </message>
    <message>
        <source>Plan %1: %2</source>
        <translation>Kế hoạch %1: %2</translation>
    </message>
    <message>
        <source>Issued by %1 on %2</source>
        <translation>Do %1 ban hành ngày %2</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Chủ đề: %1</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Văn bản: %1</translation>
    </message>
    <message>
        <source>Progress from %1 to %2</source>
        <translation>Tiến độ từ %1 đến %2</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>quá hạn</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>có nguy cơ chậm</translation>
    </message>
    <message>
        <source>%1 of %2 %3 (%4%)</source>
        <translation>%1/%2 %3 (%4%)</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>hạn %1</translation>
    </message>
    <message>
        <source>plan %1 needs an article id and an activity id.</source>
        <translation>plan %1 cần mã bài viết và mã hoạt động.</translation>
    </message>
    <message>
        <source>plan activity add needs the plan&apos;s number or id.</source>
        <translation>plan activity add cần số ký hiệu hoặc mã của kế hoạch.</translation>
    </message>
    <message>
        <source>--channel must be portal, radio, visual, press, meetings or other.</source>
        <translation>--channel phải là portal, radio, visual, press, meetings hoặc other.</translation>
    </message>
    <message>
        <source>--unit is needed (bài, lượt phát, băng rôn…).</source>
        <translation>Cần --unit (bài, lượt phát, băng rôn…).</translation>
    </message>
    <message>
        <source>plan manual needs the activity&apos;s id.</source>
        <translation>plan manual cần mã của hoạt động.</translation>
    </message>
    <message>
        <source>--date needs a date (2019-02-19 or 19/02/2019).</source>
        <translation>--date cần một ngày (2019-02-19 hoặc 19/02/2019).</translation>
    </message>
    <message>
        <source>--note is needed: say what was done (for the report).</source>
        <translation>Cần --note: ghi rõ việc đã làm (để đưa vào báo cáo).</translation>
    </message>
    <message>
        <source>plan attach needs the plan&apos;s number or id and a file.</source>
        <translation>plan attach cần số ký hiệu hoặc mã của kế hoạch và một tệp.</translation>
    </message>
    <message>
        <source>plan report needs the plan, --format odt|pdf|html and --out FILE.</source>
        <translation>plan report cần kế hoạch, --format odt|pdf|html và --out TỆP.</translation>
    </message>
    <message>
        <source>Report on %1 (%2) written to %3.</source>
        <translation>Đã ghi báo cáo Kế hoạch %1 (%2) vào %3.</translation>
    </message>
    <message>
        <source>before %1: %2</source>
        <translation>trước ngày %1: %2</translation>
    </message>
    <message>
        <source>no unit</source>
        <translation>chưa giao</translation>
    </message>
    <message>
        <source>Responsible: %1 (%2)</source>
        <translation>Đơn vị thực hiện: %1 (%2)</translation>
    </message>
    <message>
        <source>plan activity reassign needs the activity&apos;s id.</source>
        <translation>plan activity reassign cần mã của hoạt động.</translation>
    </message>
    <message>
        <source>--unit is needed: the unit that becomes responsible.</source>
        <translation>Cần --unit: đơn vị nhận thực hiện.</translation>
    </message>
    <message>
        <source>Activity %1: responsible unit “%2”, before “%3”.</source>
        <translation>Hoạt động %1: đơn vị thực hiện “%2”, trước đây “%3”.</translation>
    </message>
    <message>
        <source>plan unit merge needs --from and --to (the units&apos; names).</source>
        <translation>plan unit merge cần --from và --to (tên các đơn vị).</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) moved from “%1” to “%2”.</source>
        <translation>
            <numerusform>Đã chuyển %n hoạt động từ “%1” sang “%2”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PressDesk::PlanDialog</name>
    <message>
        <source>New plan</source>
        <translation>Kế hoạch mới</translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation>Sửa kế hoạch</translation>
    </message>
    <message>
        <source>One focus topic per line</source>
        <translation>Mỗi dòng một nội dung trọng tâm</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(chưa có)</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Đính kèm…</translation>
    </message>
    <message>
        <source>The plan&apos;s original document</source>
        <translation>Văn bản gốc của kế hoạch</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.odt)</source>
        <translation>Văn bản (*.pdf *.doc *.docx *.odt)</translation>
    </message>
    <message>
        <source>Number and symbol:</source>
        <translation>Số, ký hiệu:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Trích yếu:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>Issue date:</source>
        <translation>Ngày ban hành:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Thời gian thực hiện:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Chủ đề:</translation>
    </message>
    <message>
        <source>Focus topics:</source>
        <translation>Nội dung trọng tâm:</translation>
    </message>
    <message>
        <source>Original document:</source>
        <translation>Văn bản gốc:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation>Máy này không có chương trình mở được %1.</translation>
    </message>
    <message>
        <source>Period ends on</source>
        <translation>Kết thúc kỳ vào ngày</translation>
    </message>
</context>
<context>
    <name>PressDesk::PlanJson</name>
    <message>
        <source>This is not a plan file (JSON object expected): %1</source>
        <translation>Đây không phải tệp kế hoạch (cần một đối tượng JSON): %1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>không phải đối tượng</translation>
    </message>
    <message>
        <source>This file holds “%1”, not a PressDesk plan.</source>
        <translation>Tệp này chứa “%1”, không phải kế hoạch PressDesk.</translation>
    </message>
    <message>
        <source>This plan file was written by a newer version of PressDesk.</source>
        <translation>Tệp kế hoạch này được ghi bởi phiên bản PressDesk mới hơn.</translation>
    </message>
    <message>
        <source>Activity %1 has an unknown channel “%2” (portal, radio, visual, press, meetings or other).</source>
        <translation>Hoạt động %1 có hình thức không rõ “%2” (portal, radio, visual, press, meetings hoặc other).</translation>
    </message>
    <message>
        <source>Activity %1: the target must be a number.</source>
        <translation>Hoạt động %1: chỉ tiêu phải là một số.</translation>
    </message>
    <message>
        <source>Not a date: %1 (write dates as 2019-02-19 or 19/02/2019).</source>
        <translation>Không phải ngày: %1 (viết ngày dạng 2019-02-19 hoặc 19/02/2019).</translation>
    </message>
    <message>
        <source>Activity %1: %2</source>
        <translation>Hoạt động %1: %2</translation>
    </message>
</context>
<context>
    <name>PressDesk::PlanProgressView</name>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Đơn vị thực hiện</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã thực hiện</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>%1
Focus: %2</source>
        <translation>%1
Nội dung trọng tâm: %2</translation>
    </message>
    <message>
        <source>%1/%2 %3</source>
        <translation>%1/%2 %3</translation>
    </message>
    <message numerus="yes">
        <source>(%n by hand)</source>
        <translation>
            <numerusform>(%n nhập tay)</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue: the due date has passed</source>
        <translation>Quá hạn: đã qua hạn hoàn thành</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(quá hạn)</translation>
    </message>
    <message>
        <source>At risk: little done for the time left</source>
        <translation>Có nguy cơ chậm: làm được ít so với thời gian còn lại</translation>
    </message>
    <message>
        <source>(at risk)</source>
        <translation>(nguy cơ chậm)</translation>
    </message>
    <message>
        <source>Click to list the articles behind the count</source>
        <translation>Nhấn để xem các bài được tính</translation>
    </message>
    <message>
        <source>Activities and their progress</source>
        <translation>Các hoạt động và tiến độ</translation>
    </message>
    <message>
        <source>Each activity of the plan with what was done against its target; activate a row to see what is behind its count</source>
        <translation>Từng hoạt động của kế hoạch với kết quả đạt được so với chỉ tiêu; chọn một dòng để xem các kết quả được tính</translation>
    </message>
    <message>
        <source>%1
Responsible before: %2</source>
        <translation>%1
Đơn vị thực hiện trước đây: %2</translation>
    </message>
</context>
<context>
    <name>PressDesk::PlanReport</name>
    <message>
        <source>Could not save the report as %1: %2</source>
        <translation>Không lưu được báo cáo thành %1: %2</translation>
    </message>
    <message>
        <source>The report can only be laid out in a graphical session.</source>
        <translation>Chỉ dàn trang được báo cáo trong phiên làm việc có giao diện đồ họa.</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>không tạo được tệp PDF</translation>
    </message>
    <message>
        <source>the ODT package could not be put together (%1)</source>
        <translation>không đóng gói được tệp ODT (%1)</translation>
    </message>
</context>
<context>
    <name>PressDesk::PlanRepository</name>
    <message>
        <source>A plan needs its number and symbol (for example 65/KH-UBND).</source>
        <translation>Kế hoạch cần có số, ký hiệu (ví dụ 65/KH-UBND).</translation>
    </message>
    <message>
        <source>The plan&apos;s period ends (%1) before it starts (%2).</source>
        <translation>Thời gian thực hiện kết thúc (%1) trước khi bắt đầu (%2).</translation>
    </message>
    <message>
        <source>Unknown plan status “%1” (draft, active or done).</source>
        <translation>Trạng thái kế hoạch không rõ “%1” (draft, active hoặc done).</translation>
    </message>
    <message>
        <source>An activity&apos;s target cannot be negative.</source>
        <translation>Chỉ tiêu của hoạt động không thể âm.</translation>
    </message>
    <message>
        <source>The activity is due (%1) before it starts (%2).</source>
        <translation>Hạn của hoạt động (%1) trước ngày bắt đầu (%2).</translation>
    </message>
    <message>
        <source>Unknown activity status “%1” (open, done or cancelled).</source>
        <translation>Trạng thái hoạt động không rõ “%1” (open, done hoặc cancelled).</translation>
    </message>
    <message>
        <source>This profile already holds that plan (id %1).</source>
        <translation>Hồ sơ này đã có kế hoạch đó (mã %1).</translation>
    </message>
    <message>
        <source>A plan numbered %1 issued in %2 already exists.</source>
        <translation>Đã có kế hoạch số %1 ban hành năm %2.</translation>
    </message>
    <message>
        <source>an unknown year</source>
        <translation>năm không rõ</translation>
    </message>
    <message>
        <source>No plan with id %1.</source>
        <translation>Không có kế hoạch mã %1.</translation>
    </message>
    <message>
        <source>Which plan? Give its number or id.</source>
        <translation>Kế hoạch nào? Hãy ghi số ký hiệu hoặc mã.</translation>
    </message>
    <message>
        <source>No plan numbered or with id %1.</source>
        <translation>Không có kế hoạch có số hoặc mã %1.</translation>
    </message>
    <message>
        <source>Several plans match %1: %2. Give the id.</source>
        <translation>Nhiều kế hoạch khớp với %1: %2. Hãy ghi mã.</translation>
    </message>
    <message>
        <source>%1 cannot be attached: a plan keeps its document as PDF, DOC, DOCX or ODT.</source>
        <translation>Không đính kèm được %1: văn bản kế hoạch phải là PDF, DOC, DOCX hoặc ODT.</translation>
    </message>
    <message>
        <source>%1 is not a valid %2 file (it may be damaged or renamed); nothing was attached.</source>
        <translation>%1 không phải tệp %2 hợp lệ (có thể bị hỏng hoặc đổi tên); chưa đính kèm gì.</translation>
    </message>
    <message>
        <source>%1 is larger than 50 MB; attach a smaller copy (for example a PDF).</source>
        <translation>%1 lớn hơn 50 MB; hãy đính kèm bản nhỏ hơn (ví dụ PDF).</translation>
    </message>
    <message>
        <source>The plan&apos;s original document has not been attached.</source>
        <translation>Chưa đính kèm văn bản gốc của kế hoạch.</translation>
    </message>
    <message>
        <source>This profile already holds an activity with id %1.</source>
        <translation>Hồ sơ này đã có hoạt động mã %1.</translation>
    </message>
    <message>
        <source>No activity with id %1.</source>
        <translation>Không có hoạt động mã %1.</translation>
    </message>
    <message>
        <source>No article with id %1.</source>
        <translation>Không có bài viết mã %1.</translation>
    </message>
    <message>
        <source>The article %1 is not linked to the activity %2.</source>
        <translation>Bài %1 chưa gắn với hoạt động %2.</translation>
    </message>
    <message>
        <source>A manual entry counts at least one (to correct one, remove it).</source>
        <translation>Mỗi lần nhập tay tính ít nhất là một (muốn sửa thì xóa đi).</translation>
    </message>
    <message>
        <source>A manual entry needs the day it happened.</source>
        <translation>Kết quả nhập tay cần ngày thực hiện.</translation>
    </message>
    <message>
        <source>The day %1 is outside the period of plan %2 (%3 to %4): an entry on that day would not count. Give a day within the period.</source>
        <translation>Ngày %1 nằm ngoài thời gian thực hiện của Kế hoạch %2 (từ %3 đến %4): số liệu nhập cho ngày đó sẽ không được tính. Hãy chọn một ngày trong thời gian thực hiện kế hoạch.</translation>
    </message>
    <message>
        <source>The day %1 is before plan %2 starts (%3): an entry on that day would not count. Give a day within the plan&apos;s period.</source>
        <translation>Ngày %1 ở trước ngày bắt đầu thực hiện Kế hoạch %2 (%3): số liệu nhập cho ngày đó sẽ không được tính. Hãy chọn một ngày trong thời gian thực hiện kế hoạch.</translation>
    </message>
    <message>
        <source>The day %1 is after plan %2 ends (%3): an entry on that day would not count. Give a day within the plan&apos;s period.</source>
        <translation>Ngày %1 ở sau ngày kết thúc Kế hoạch %2 (%3): số liệu nhập cho ngày đó sẽ không được tính. Hãy chọn một ngày trong thời gian thực hiện kế hoạch.</translation>
    </message>
    <message>
        <source>No manual entry with id %1.</source>
        <translation>Không có kết quả nhập tay mã %1.</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator reassigns the unit responsible for an activity; %1 is %2.</source>
        <translation>Chỉ lãnh đạo hoặc quản trị mới đổi được đơn vị thực hiện của hoạt động; %1 là %2.</translation>
    </message>
    <message>
        <source>this user</source>
        <translation>người dùng này</translation>
    </message>
    <message>
        <source>Name the unit that becomes responsible for the activity.</source>
        <translation>Hãy nêu đơn vị nhận thực hiện hoạt động.</translation>
    </message>
    <message>
        <source>“%1” is already responsible for this activity.</source>
        <translation>“%1” đã là đơn vị thực hiện hoạt động này.</translation>
    </message>
    <message>
        <source>Name the unit that merges and the unit it becomes.</source>
        <translation>Hãy nêu đơn vị được hợp nhất và đơn vị hợp nhất vào.</translation>
    </message>
    <message>
        <source>“%1” and “%2” are the same unit.</source>
        <translation>“%1” và “%2” là cùng một đơn vị.</translation>
    </message>
    <message>
        <source>%1 is responsible for this activity. Another unit takes it over by Reassign responsible unit… in the plan window (pressdesk-cli plan activity reassign), which records the change.</source>
        <translation>%1 đang thực hiện hoạt động này. Muốn giao hoạt động cho đơn vị khác, dùng Đổi đơn vị thực hiện… trong cửa sổ kế hoạch (pressdesk-cli plan activity reassign): việc đổi được ghi lại.</translation>
    </message>
</context>
<context>
    <name>PressDesk::PlanSync</name>
    <message>
        <source>Plan %1</source>
        <translation>Kế hoạch %1</translation>
    </message>
    <message>
        <source>An activity of plan %1</source>
        <translation>Một hoạt động của Kế hoạch %1</translation>
    </message>
    <message>
        <source>The link of “%1” to an activity of plan %2</source>
        <translation>Việc gắn bài “%1” với một hoạt động của Kế hoạch %2</translation>
    </message>
    <message>
        <source>A manual entry of plan %1 (%2)</source>
        <translation>Một kết quả nhập tay của Kế hoạch %1 (%2)</translation>
    </message>
    <message>
        <source>The reassignment of an activity of plan %1 from “%2” to “%3”</source>
        <translation>Việc đổi đơn vị thực hiện một hoạt động của kế hoạch %1 từ “%2” sang “%3”</translation>
    </message>
</context>
<context>
    <name>PressDesk::PlanWindow</name>
    <message>
        <source>Plans — PressDesk</source>
        <translation>Kế hoạch — PressDesk</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>Kế hoạch mới…</translation>
    </message>
    <message>
        <source>Edit plan…</source>
        <translation>Sửa kế hoạch…</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Báo cáo…</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Kế hoạch:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <source>Add activity…</source>
        <translation>Thêm hoạt động…</translation>
    </message>
    <message>
        <source>Edit activity…</source>
        <translation>Sửa hoạt động…</translation>
    </message>
    <message>
        <source>Enter by hand…</source>
        <translation>Nhập tay…</translation>
    </message>
    <message>
        <source>Output PressDesk does not hold: a conference held, a banner hung</source>
        <translation>Kết quả PressDesk không lưu: một hội nghị đã tổ chức, một băng rôn đã treo</translation>
    </message>
    <message>
        <source>Progress per channel</source>
        <translation>Tiến độ theo hình thức</translation>
    </message>
    <message>
        <source>Output per month</source>
        <translation>Kết quả theo tháng</translation>
    </message>
    <message>
        <source>Due dates and scheduled publications</source>
        <translation>Hạn hoàn thành và lịch đăng bài</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Cả kế hoạch</translation>
    </message>
    <message>
        <source>Quarter I</source>
        <translation>Quý I</translation>
    </message>
    <message>
        <source>Quarter II</source>
        <translation>Quý II</translation>
    </message>
    <message>
        <source>Quarter III</source>
        <translation>Quý III</translation>
    </message>
    <message>
        <source>Quarter IV</source>
        <translation>Quý IV</translation>
    </message>
    <message>
        <source>First half</source>
        <translation>6 tháng đầu năm</translation>
    </message>
    <message>
        <source>Second half</source>
        <translation>6 tháng cuối năm</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Từ ngày…</translation>
    </message>
    <message>
        <source>No plan yet: create one with New plan…</source>
        <translation>Chưa có kế hoạch: tạo bằng Kế hoạch mới…</translation>
    </message>
    <message>
        <source>%1 to %2: %3 of %4 done (%5%).</source>
        <translation>Từ %1 đến %2: đã thực hiện %3/%4 (%5%).</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;%n overdue.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#b00020&quot;&gt;%n hoạt động quá hạn.&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:#a06000&quot;&gt;%n at risk.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#a06000&quot;&gt;%n hoạt động có nguy cơ chậm.&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Due: %1 (%2/%3 %4)</source>
        <translation>Hạn: %1 (%2/%3 %4)</translation>
    </message>
    <message>
        <source>Scheduled: %1</source>
        <translation>Hẹn giờ đăng: %1</translation>
    </message>
    <message>
        <source>Behind the count: %1</source>
        <translation>Các kết quả được tính: %1</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>By hand: %1 %2 on %3 — %4</source>
        <translation>Nhập tay: %1 %2 ngày %3 — %4</translation>
    </message>
    <message>
        <source>Nothing counted in this period yet.</source>
        <translation>Chưa có kết quả nào trong kỳ này.</translation>
    </message>
    <message>
        <source>Articles…</source>
        <translation>Bài viết…</translation>
    </message>
    <message>
        <source>Choose the articles that serve this activity</source>
        <translation>Chọn các bài viết phục vụ hoạt động này</translation>
    </message>
    <message>
        <source>Aired %1 on %2 — %3</source>
        <translation>Phát lúc %1 trên %2 — %3</translation>
    </message>
    <message>
        <source>%1 × %2 at %3, put up on %4 — %5</source>
        <translation>%1 × %2 tại %3, treo ngày %4 — %5</translation>
    </message>
    <message>
        <source> (taken down on %1)</source>
        <translation> (tháo ngày %1)</translation>
    </message>
    <message numerus="yes">
        <source> — %n photo(s)</source>
        <translation>
            <numerusform> — %n ảnh</numerusform>
        </translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Kỳ báo cáo từ ngày</translation>
    </message>
    <message>
        <source>Period until</source>
        <translation>Kỳ báo cáo đến ngày</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Tháng sau</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Các ngày trong tháng</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Reassign responsible unit…</source>
        <translation>Đổi đơn vị thực hiện…</translation>
    </message>
    <message>
        <source>Another unit becomes responsible for this activity (a supervisor or an administrator); what it counts stays</source>
        <translation>Giao hoạt động này cho đơn vị khác thực hiện (lãnh đạo hoặc quản trị); kết quả đã tính giữ nguyên</translation>
    </message>
    <message>
        <source>Merge units…</source>
        <translation>Hợp nhất đơn vị…</translation>
    </message>
    <message>
        <source>Every activity of one unit becomes another unit&apos;s</source>
        <translation>Mọi hoạt động của một đơn vị chuyển sang đơn vị khác</translation>
    </message>
</context>
<context>
    <name>PressDesk::PortalCommands</name>
    <message>
        <source>portal add needs a name, --url and --user.</source>
        <translation>portal add cần tên, --url và --user.</translation>
    </message>
    <message>
        <source>“%1” is not a web address (http:// or https://).</source>
        <translation>“%1” không phải địa chỉ web (http:// hoặc https://).</translation>
    </message>
    <message>
        <source>portal %1 needs the portal&apos;s name.</source>
        <translation>portal %1 cần tên của cổng.</translation>
    </message>
    <message>
        <source>Connected to “%1” as %2 (%3): may publish posts and upload images.</source>
        <translation>Đã kết nối tới “%1” với tài khoản %2 (%3): được đăng bài và tải ảnh lên.</translation>
    </message>
    <message>
        <source>portal trust needs the portal&apos;s name and the certificate&apos;s SHA-256 fingerprint (or --clear).</source>
        <translation>portal trust cần tên Cổng và dấu vân tay SHA-256 của chứng chỉ (hoặc --clear).</translation>
    </message>
    <message>
        <source>%1: only certificates that verify are trusted.</source>
        <translation>%1: chỉ tin các chứng chỉ xác thực được.</translation>
    </message>
    <message>
        <source>%1: the certificate %2 is trusted.</source>
        <translation>%1: đã tin chứng chỉ %2.</translation>
    </message>
    <message>
        <source>portal import needs the portal&apos;s name.</source>
        <translation>portal import cần tên Cổng.</translation>
    </message>
    <message>
        <source>--since needs a date like 2024-01-31 or a date and time like 2024-01-31T08:00:00+07:00.</source>
        <translation>--since cần một ngày như 2024-01-31 hoặc ngày giờ như 2024-01-31T08:00:00+07:00.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) imported from %1.</source>
        <translation>
            <numerusform>Đã nhập %n bài từ %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) were already in PressDesk and were skipped.</source>
        <translation>
            <numerusform>%n bài đã có trong PressDesk nên được bỏ qua.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: “%1” (post %2): %3</source>
        <translation>Chưa nhập: “%1” (bài %2): %3</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Lỗi: %1</translation>
    </message>
    <message>
        <source>The import stopped before the end; what was imported stays. Run the same command again to continue.</source>
        <translation>Việc nhập dừng trước khi xong; các bài đã nhập vẫn được giữ. Chạy lại đúng lệnh này để nhập tiếp.</translation>
    </message>
</context>
<context>
    <name>PressDesk::PortalImporter</name>
    <message>
        <source>The portal has no category “%1” (give its name or its slug, as `portal categories` lists them).</source>
        <translation>Cổng không có chuyên mục “%1” (hãy ghi tên hoặc slug của chuyên mục như lệnh `portal categories` liệt kê).</translation>
    </message>
    <message>
        <source>Importing from a portal needs a supervisor or an administrator (the articles arrive published).</source>
        <translation>Nhập bài từ Cổng cần lãnh đạo duyệt bài hoặc quản trị viên (các bài nhập vào ở trạng thái đã đăng).</translation>
    </message>
    <message>
        <source>The post has no title; give it one on the portal and import again.</source>
        <translation>Bài không có tiêu đề; hãy đặt tiêu đề trên Cổng rồi nhập lại.</translation>
    </message>
</context>
<context>
    <name>PressDesk::PortalRepository</name>
    <message>
        <source>A portal needs a name.</source>
        <translation>Cổng thông tin cần có tên.</translation>
    </message>
    <message>
        <source>“%1” is not a web address (http:// or https://).</source>
        <translation>“%1” không phải địa chỉ web (http:// hoặc https://).</translation>
    </message>
    <message>
        <source>A portal needs the user name of its account.</source>
        <translation>Cần tên đăng nhập của tài khoản trên Cổng.</translation>
    </message>
    <message>
        <source>There is already a portal named %1.</source>
        <translation>Đã có cổng thông tin tên %1.</translation>
    </message>
    <message>
        <source>There is no portal named %1.</source>
        <translation>Không có cổng thông tin nào tên %1.</translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>“%1” không phải dấu vân tay SHA-256 (64 chữ số thập lục phân).</translation>
    </message>
</context>
<context>
    <name>PressDesk::PortalsDialog</name>
    <message>
        <source>Portals</source>
        <translation>Cổng thông tin</translation>
    </message>
    <message>
        <source>New portal</source>
        <translation>Thêm Cổng</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Application password (unchanged when empty)</source>
        <translation>Mật khẩu ứng dụng (để trống: giữ nguyên)</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Ghi nhớ mật khẩu trong kho mật khẩu của hệ thống</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Site address:</source>
        <translation>Địa chỉ trang:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Tài khoản:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Chứng chỉ:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>Trust this certificate…</source>
        <translation>Tin chứng chỉ này…</translation>
    </message>
    <message>
        <source>✔ may publish posts</source>
        <translation>✔ được đăng bài</translation>
    </message>
    <message>
        <source>✘ may not publish posts</source>
        <translation>✘ không được đăng bài</translation>
    </message>
    <message>
        <source>✔ may upload images</source>
        <translation>✔ được tải ảnh lên</translation>
    </message>
    <message>
        <source>✘ may not upload images</source>
        <translation>✘ không được tải ảnh lên</translation>
    </message>
    <message>
        <source>✔ may create categories</source>
        <translation>✔ được tạo chuyên mục</translation>
    </message>
    <message>
        <source>✘ may not create categories (map them to existing ones)</source>
        <translation>✘ không được tạo chuyên mục (hãy dùng chuyên mục có sẵn)</translation>
    </message>
    <message>
        <source>Connected to “%1” as %2 (%3).</source>
        <translation>Đã kết nối tới “%1” với tài khoản %2 (%3).</translation>
    </message>
    <message>
        <source>Only certificates that verify are trusted.</source>
        <translation>Chỉ tin các chứng chỉ xác thực được.</translation>
    </message>
    <message>
        <source>Trusted by fingerprint: %1</source>
        <translation>Tin theo dấu vân tay: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Saved. %1</source>
        <translation>Đã lưu. %1</translation>
    </message>
    <message>
        <source>Type the application password first.</source>
        <translation>Hãy nhập mật khẩu ứng dụng trước.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Đang kết nối tới %1…</translation>
    </message>
    <message>
        <source>Remove portal</source>
        <translation>Xóa Cổng</translation>
    </message>
    <message>
        <source>Remove the portal “%1”? PressDesk forgets which posts it published there and its queued work; the posts stay on the portal.</source>
        <translation>Xóa Cổng “%1”? PressDesk sẽ quên các bài đã đăng lên đó và các việc đang chờ gửi; các bài vẫn còn trên Cổng.</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>Tin chứng chỉ này?</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified. Trust it only if the portal&apos;s administrator confirms that its SHA-256 fingerprint is:

%2

PressDesk will then accept exactly this certificate for this portal, and refuse any other that does not verify.</source>
        <translation>Không xác thực được chứng chỉ của %1. Chỉ tin chứng chỉ này nếu quản trị viên Cổng xác nhận dấu vân tay SHA-256 của nó là:

%2

Khi đó PressDesk sẽ chấp nhận đúng chứng chỉ này cho Cổng này, và từ chối mọi chứng chỉ khác không xác thực được.</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Tin</translation>
    </message>
    <message>
        <source>Import posts…</source>
        <translation>Nhập bài từ Cổng…</translation>
    </message>
    <message>
        <source>Bring the portal&apos;s published posts into PressDesk as published articles, so they can be searched and counted</source>
        <translation>Đưa các bài đã đăng trên Cổng vào PressDesk thành bài đã đăng, để tìm kiếm và thống kê được</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) imported.</source>
        <translation>
            <numerusform>Đã nhập %n bài.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) were already in PressDesk.</source>
        <translation>
            <numerusform>%n bài đã có sẵn trong PressDesk.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: “%1”: %2</source>
        <translation>Chưa nhập: “%1”: %2</translation>
    </message>
    <message>
        <source>Stopped before the end (%1); import again to continue.</source>
        <translation>Dừng trước khi xong (%1); hãy nhập lại để tiếp tục.</translation>
    </message>
    <message>
        <source>Import posts</source>
        <translation>Nhập bài từ Cổng</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Mọi thời gian</translation>
    </message>
    <message>
        <source>All categories (or a category&apos;s name or slug)</source>
        <translation>Mọi chuyên mục (hoặc tên hay slug của một chuyên mục)</translation>
    </message>
    <message>
        <source>Published since:</source>
        <translation>Đăng từ ngày:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Chuyên mục:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Importing from %1…</source>
        <translation>Đang nhập bài từ %1…</translation>
    </message>
    <message>
        <source>e.g. Cổng thông tin điện tử xã Vân Canh</source>
        <translation>ví dụ: Cổng thông tin điện tử xã Vân Canh</translation>
    </message>
    <message>
        <source>e.g. Cổng thông tin điện tử %1</source>
        <translation>ví dụ: Cổng thông tin điện tử %1</translation>
    </message>
</context>
<context>
    <name>PressDesk::PostSync</name>
    <message>
        <source>The office server neither recorded the post nor holds another.</source>
        <translation>Máy chủ cơ quan không ghi nhận bài đăng này mà cũng không có bài đăng nào khác.</translation>
    </message>
    <message>
        <source>The post of “%1” on %2</source>
        <translation>Bài đăng của “%1” trên %2</translation>
    </message>
    <message>
        <source>The post of an article on %1</source>
        <translation>Bài đăng của một tin bài trên %1</translation>
    </message>
    <message>
        <source>Another desk had already published it there (%1); that post is the office&apos;s, and this desk updates it from now on. Remove this desk&apos;s copy (%2) on the portal.</source>
        <translation>Một máy khác đã đăng tin bài này ở đó trước (%1); bài đăng đó là của cơ quan, từ nay máy này sẽ cập nhật bài đó. Hãy gỡ bản sao do máy này đăng (%2) trên cổng.</translation>
    </message>
</context>
<context>
    <name>PressDesk::PreviewDialog</name>
    <message>
        <source>Preview as on the portal</source>
        <translation>Xem trước như trên Cổng thông tin</translation>
    </message>
</context>
<context>
    <name>PressDesk::ProfileBackup</name>
    <message>
        <source>There is no file %1.</source>
        <translation>Không có tệp %1.</translation>
    </message>
    <message>
        <source>a row of %1 (row %2) refers to a missing row of %3</source>
        <translation>một dòng của bảng %1 (dòng %2) tham chiếu tới một dòng không còn tồn tại của bảng %3</translation>
    </message>
    <message>
        <source>A backup cannot replace the profile itself: choose another file.</source>
        <translation>Bản sao lưu không thể ghi đè lên chính hồ sơ: hãy chọn tệp khác.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the backup.</source>
        <translation>Không tạo được thư mục %1 để lưu bản sao lưu.</translation>
    </message>
    <message>
        <source>Cannot replace %1: the folder is read-only or the file is in use.</source>
        <translation>Không thay thế được %1: thư mục chỉ cho phép đọc hoặc tệp đang được sử dụng.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: the folder is read-only or the file is in use.</source>
        <translation>Không ghi được bản sao lưu %1: thư mục chỉ cho phép đọc hoặc tệp đang được sử dụng.</translation>
    </message>
    <message>
        <source>This backup is the profile itself: choose a backup file.</source>
        <translation>Tệp này chính là hồ sơ đang dùng: hãy chọn một tệp sao lưu.</translation>
    </message>
    <message>
        <source>The profile %1 cannot be moved aside: close PressDesk (and any pressdesk-cli using it) and try again. Nothing was changed.</source>
        <translation>Không chuyển được hồ sơ %1 sang chỗ khác: hãy đóng PressDesk (và mọi pressdesk-cli đang dùng hồ sơ này) rồi thử lại. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>Cannot copy the backup into place (is the disk full?). The profile was left as it was.</source>
        <translation>Không sao chép được bản sao lưu vào vị trí của hồ sơ (ổ đĩa có bị đầy không?). Hồ sơ được giữ nguyên như cũ.</translation>
    </message>
    <message>
        <source>%1 is not a PressDesk profile (an SQLite database of another program).</source>
        <translation>%1 không phải hồ sơ PressDesk (đây là cơ sở dữ liệu SQLite của chương trình khác).</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of PressDesk (schema %2; this version knows up to %3). Update PressDesk first.</source>
        <translation>%1 được tạo bởi phiên bản PressDesk mới hơn (lược đồ %2; phiên bản này chỉ hiểu đến %3). Hãy cập nhật PressDesk trước.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 bị hỏng: %2</translation>
    </message>
</context>
<context>
    <name>PressDesk::PublishCommands</name>
    <message>
        <source>Failed: %1: %2</source>
        <translation>Thất bại: %1: %2</translation>
    </message>
    <message>
        <source>Will retry: %1: %2</source>
        <translation>Sẽ thử lại: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) sent to %1.</source>
        <translation>
            <numerusform>Đã gửi %n mục tới %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>publish cancel needs an outbox entry number (see publish queue).</source>
        <translation>publish cancel cần số thứ tự của mục trong hàng đợi đăng (xem publish queue).</translation>
    </message>
    <message>
        <source>publish needs an article id and --portal NAME.</source>
        <translation>publish cần mã bài viết và --portal TÊN.</translation>
    </message>
    <message>
        <source>--at needs a date and time like 2026-12-01T08:00:00+07:00.</source>
        <translation>--at cần ngày giờ dạng 2026-12-01T08:00:00+07:00.</translation>
    </message>
    <message>
        <source>withdraw needs an article id and --portal NAME.</source>
        <translation>withdraw cần mã bài viết và --portal TÊN.</translation>
    </message>
</context>
<context>
    <name>PressDesk::PublishDialog</name>
    <message>
        <source>Publish to the portal</source>
        <translation>Đăng lên Cổng</translation>
    </message>
    <message>
        <source>Withdraw from the portal</source>
        <translation>Gỡ khỏi Cổng</translation>
    </message>
    <message>
        <source>%1: &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt; (%3)</source>
        <translation>%1: &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt; (%3)</translation>
    </message>
    <message>
        <source>On the portal:</source>
        <translation>Trên Cổng:</translation>
    </message>
    <message>
        <source>Portal:</source>
        <translation>Cổng:</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>Đăng ngay</translation>
    </message>
    <message>
        <source>Publish at:</source>
        <translation>Đăng lúc:</translation>
    </message>
    <message>
        <source>Back to draft on the portal (can be published again)</source>
        <translation>Chuyển về bản nháp trên Cổng (có thể đăng lại)</translation>
    </message>
    <message>
        <source>Move to the portal&apos;s trash</source>
        <translation>Chuyển vào thùng rác của Cổng</translation>
    </message>
    <message>
        <source>No portal is set up yet: add one in File → Portals.</source>
        <translation>Chưa thiết lập Cổng nào: hãy thêm tại Tệp → Cổng thông tin.</translation>
    </message>
    <message>
        <source>This article is not on any portal.</source>
        <translation>Bài này chưa có trên Cổng nào.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Đăng</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Gỡ bài</translation>
    </message>
    <message>
        <source>Publish on</source>
        <translation>Đăng vào lúc</translation>
    </message>
</context>
<context>
    <name>PressDesk::Publisher</name>
    <message>
        <source>“%1” changed after it was approved; it must be approved again before it is published.</source>
        <translation>Bài “%1” đã thay đổi sau khi được duyệt; cần duyệt lại trước khi đăng.</translation>
    </message>
    <message>
        <source>Withdrawing from the portal needs a supervisor or an administrator.</source>
        <translation>Gỡ bài khỏi Cổng cần lãnh đạo duyệt bài hoặc quản trị viên.</translation>
    </message>
    <message>
        <source>“%1” changed after it was approved; nothing was sent.</source>
        <translation>Bài “%1” đã thay đổi sau khi được duyệt; chưa gửi gì lên Cổng.</translation>
    </message>
    <message>
        <source>The portal stored another title (“%1”); check its plugins.</source>
        <translation>Cổng lưu một tiêu đề khác (“%1”); hãy kiểm tra các plugin của Cổng.</translation>
    </message>
    <message>
        <source>“%1” is not on the portal %2.</source>
        <translation>Bài “%1” chưa có trên cổng %2.</translation>
    </message>
    <message>
        <source>That outbox entry is not waiting for a decision about a conflict.</source>
        <translation>Mục này trong hàng đợi không chờ quyết định về xung đột.</translation>
    </message>
    <message>
        <source>The post was changed on the portal (%1) since PressDesk last sent it; it was not overwritten. Choose Overwrite to replace the portal&apos;s version.</source>
        <translation>Bài đã bị sửa trên Cổng (%1) sau lần PressDesk gửi gần nhất nên chưa bị ghi đè. Chọn Ghi đè để thay bản trên Cổng.</translation>
    </message>
    <message>
        <source>published</source>
        <translation>đã đăng</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>hẹn giờ đăng</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>bản nháp</translation>
    </message>
    <message>
        <source>pending review</source>
        <translation>chờ duyệt trên Cổng</translation>
    </message>
    <message>
        <source>private</source>
        <translation>riêng tư</translation>
    </message>
    <message>
        <source>in the trash</source>
        <translation>trong thùng rác</translation>
    </message>
    <message>
        <source>%1 has been publishing “%2” to %3 from another desk since %4; PressDesk tries again shortly, so that the portal gets one post.</source>
        <translation>%1 đang đăng “%2” lên %3 từ một máy khác từ %4; PressDesk sẽ thử lại sau ít phút để cổng chỉ có một bài đăng.</translation>
    </message>
</context>
<context>
    <name>PressDesk::Radio</name>
    <message>
        <source>Loudspeakers</source>
        <translation>Loa truyền thanh</translation>
    </message>
    <message>
        <source>Radio station</source>
        <translation>Đài truyền thanh</translation>
    </message>
</context>
<context>
    <name>PressDesk::RadioArticleDialog</name>
    <message>
        <source>Add an article to the bulletin</source>
        <translation>Thêm bài viết vào bản tin</translation>
    </message>
    <message>
        <source>Approved articles (published and scheduled ones too). The item&apos;s reading script is made from the article: abbreviations, numbers and dates written as they are said.</source>
        <translation>Các bài viết đã duyệt (kể cả bài đã đăng và đang hẹn giờ đăng). Kịch bản đọc của mục phát được tạo từ bài viết: chữ viết tắt, số và ngày tháng được viết như khi đọc.</translation>
    </message>
    <message>
        <source>Search articles (with or without diacritics)</source>
        <translation>Tìm bài viết (có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>No approved article yet: an article is read on air once it is approved.</source>
        <translation>Chưa có bài viết nào được duyệt: bài viết chỉ được đọc trên sóng sau khi đã duyệt.</translation>
    </message>
    <message>
        <source>No approved article matches %1.</source>
        <translation>Không có bài viết đã duyệt nào khớp với %1.</translation>
    </message>
    <message>
        <source>Choose the article to read.</source>
        <translation>Hãy chọn bài viết cần đọc.</translation>
    </message>
    <message>
        <source>Search approved articles</source>
        <translation>Tìm bài đã duyệt</translation>
    </message>
    <message>
        <source>Approved articles</source>
        <translation>Các bài đã duyệt</translation>
    </message>
</context>
<context>
    <name>PressDesk::RadioCommands</name>
    <message>
        <source>Monday</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Chủ nhật</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>hằng ngày</translation>
    </message>
    <message>
        <source>radio script needs the article&apos;s id.</source>
        <translation>radio script cần mã bài viết.</translation>
    </message>
    <message>
        <source>radio station add needs the station&apos;s name (in quotes if it has spaces).</source>
        <translation>radio station add cần tên đài (đặt trong dấu ngoặc kép nếu tên có dấu cách).</translation>
    </message>
    <message>
        <source>--kind is station or loudspeakers, not %1.</source>
        <translation>--kind là station (đài truyền thanh) hoặc loudspeakers (loa truyền thanh), không phải %1.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Tham số không hợp lệ: %1</translation>
    </message>
    <message>
        <source>radio program add needs the programme&apos;s name and --station.</source>
        <translation>radio program add cần tên chương trình và --station.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <source>radio item add needs the article&apos;s id, --program and --date.</source>
        <translation>radio item add cần mã bài viết, --program và --date.</translation>
    </message>
    <message>
        <source>radio rundown needs the programme and --date.</source>
        <translation>radio rundown cần chương trình và --date.</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), ngày %3</translation>
    </message>
    <message>
        <source>, at %1</source>
        <translation>, lúc %1</translation>
    </message>
    <message>
        <source>Total %1 of %2</source>
        <translation>Tổng thời lượng %1 trên %2</translation>
    </message>
    <message>
        <source>OVER by %1</source>
        <translation>VƯỢT %1</translation>
    </message>
    <message>
        <source>radio aired needs the item&apos;s id, --station and --at.</source>
        <translation>radio aired cần mã mục phát, --station và --at.</translation>
    </message>
    <message>
        <source>radio export needs the programme, --date, --format odt|pdf|txt and --out (a file for odt and pdf, a folder for txt).</source>
        <translation>radio export cần chương trình, --date, --format odt|pdf|txt và --out (một tệp với odt và pdf, một thư mục với txt).</translation>
    </message>
    <message>
        <source>--format is odt, pdf or txt, not %1.</source>
        <translation>--format là odt, pdf hoặc txt, không phải %1.</translation>
    </message>
</context>
<context>
    <name>PressDesk::RadioExport</name>
    <message>
        <source>the disk is full.</source>
        <translation>ổ đĩa đầy.</translation>
    </message>
    <message>
        <source>the file could not be saved. Details: %1</source>
        <translation>không lưu được tệp. Chi tiết: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>%1 has no item on %2: nothing was written.</source>
        <translation>Chương trình %1 không có mục phát nào trong ngày %2: không ghi tệp nào.</translation>
    </message>
    <message>
        <source>Cannot write into %1: it is a file, not a folder.</source>
        <translation>Không ghi được vào %1: đây là một tệp, không phải thư mục.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Station: %1</source>
        <translation>Đài: %1</translation>
    </message>
    <message>
        <source>Day: %1</source>
        <translation>Ngày: %1</translation>
    </message>
    <message numerus="yes">
        <source>Slot: %1 to %2, %n minute(s)</source>
        <translation>
            <numerusform>Khung giờ: %1 đến %2, %n phút</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slot: %n minute(s), no fixed start time</source>
        <translation>
            <numerusform>Khung giờ: %n phút, không cố định giờ bắt đầu</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>TT</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mục phát</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Aired</source>
        <translation>Đã phát</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Chưa</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Rồi</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Thời lượng: %1</translation>
    </message>
    <message>
        <source>Total: %1 of the %2 slot.</source>
        <translation>Tổng: %1 trên khung giờ %2.</translation>
    </message>
    <message>
        <source>%1 left.</source>
        <translation>Còn %1.</translation>
    </message>
    <message>
        <source>READING SCRIPTS</source>
        <translation>KỊCH BẢN ĐỌC</translation>
    </message>
    <message>
        <source>OVER TIME: the items take %1, the slot is %2 — %3 too long. Shorten a script or leave an item out before going on air.</source>
        <translation>QUÁ GIỜ: các mục phát dài %1, khung giờ là %2 — thừa %3. Hãy rút gọn một kịch bản hoặc bỏ bớt một mục trước khi lên sóng.</translation>
    </message>
    <message>
        <source>The rundown can only be laid out as a PDF in a graphical session.</source>
        <translation>Chỉ có thể dàn trang danh sách phát thành PDF trong một phiên làm việc có giao diện đồ họa.</translation>
    </message>
</context>
<context>
    <name>PressDesk::RadioItemDialog</name>
    <message>
        <source>Write a radio item</source>
        <translation>Viết mục phát</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <source>Optional: the script&apos;s first line, e.g. Thông báo lịch cắt điện</source>
        <translation>Không bắt buộc (mặc định là dòng đầu của kịch bản), ví dụ: Thông báo lịch cắt điện</translation>
    </message>
    <message>
        <source>Script:</source>
        <translation>Kịch bản đọc:</translation>
    </message>
    <message>
        <source>What the announcer reads, as it is said (numbers and dates in words)</source>
        <translation>Nội dung phát thanh viên đọc, viết đúng như khi đọc (số và ngày tháng viết bằng chữ)</translation>
    </message>
    <message>
        <source>Reading time:</source>
        <translation>Thời lượng đọc:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n word(s))</source>
        <translation>
            <numerusform>%1 (%n từ)</numerusform>
        </translation>
    </message>
    <message>
        <source>Write what the announcer reads.</source>
        <translation>Hãy viết nội dung phát thanh viên sẽ đọc.</translation>
    </message>
</context>
<context>
    <name>PressDesk::RadioRepository</name>
    <message>
        <source>A station needs a name.</source>
        <translation>Đài cần có tên.</translation>
    </message>
    <message>
        <source>There already is a station named %1.</source>
        <translation>Đã có đài tên %1.</translation>
    </message>
    <message>
        <source>No station with id %1.</source>
        <translation>Không có đài nào có mã %1.</translation>
    </message>
    <message>
        <source>No station named %1: no station has been added yet.</source>
        <translation>Không có đài nào tên %1: chưa thêm đài nào.</translation>
    </message>
    <message>
        <source>No station named %1. The stations are: %2.</source>
        <translation>Không có đài nào tên %1. Các đài hiện có: %2.</translation>
    </message>
    <message>
        <source>Several stations match %1: %2. Give the name in full or the id.</source>
        <translation>Có nhiều đài khớp với %1: %2. Hãy ghi đầy đủ tên hoặc mã của đài.</translation>
    </message>
    <message>
        <source>A programme needs a name.</source>
        <translation>Chương trình cần có tên.</translation>
    </message>
    <message>
        <source>A programme&apos;s length must be more than 0 minutes, not %1.</source>
        <translation>Thời lượng chương trình phải lớn hơn 0 phút, không thể là %1.</translation>
    </message>
    <message>
        <source>The weekday is 1 (Monday) to 7 (Sunday), or none for every day, not %1.</source>
        <translation>Ngày phát trong tuần là từ 1 (thứ Hai) đến 7 (Chủ nhật), hoặc để trống nếu phát hằng ngày, không phải %1.</translation>
    </message>
    <message>
        <source>The start time is written HH:MM (06:00, 17:30), not %1.</source>
        <translation>Giờ phát viết dạng HH:MM (06:00, 17:30), không phải %1.</translation>
    </message>
    <message>
        <source>The station %1 already has a programme named %2.</source>
        <translation>%1 đã có chương trình tên %2.</translation>
    </message>
    <message>
        <source>No programme with id %1.</source>
        <translation>Không có chương trình nào có mã %1.</translation>
    </message>
    <message>
        <source>No programme named %1: no programme has been added yet.</source>
        <translation>Không có chương trình nào tên %1: chưa thêm chương trình nào.</translation>
    </message>
    <message>
        <source>No programme named %1. The programmes are: %2.</source>
        <translation>Không có chương trình nào tên %1. Các chương trình hiện có: %2.</translation>
    </message>
    <message>
        <source>Several programmes match %1: %2. Give the id.</source>
        <translation>Có nhiều chương trình khớp với %1: %2. Hãy ghi mã của chương trình.</translation>
    </message>
    <message>
        <source>An item needs a script to read.</source>
        <translation>Mục phát cần có kịch bản đọc.</translation>
    </message>
    <message>
        <source>An item needs its broadcast date, written yyyy-MM-dd (2024-03-05).</source>
        <translation>Mục phát cần có ngày phát, viết dạng yyyy-MM-dd (2024-03-05).</translation>
    </message>
    <message>
        <source>The activity %1 is on the channel “%2”: only a radio activity counts broadcasts.</source>
        <translation>Hoạt động %1 thuộc kênh “%2”: chỉ hoạt động trên kênh phát thanh mới tính lượt phát.</translation>
    </message>
    <message>
        <source>No radio item with id %1.</source>
        <translation>Không có mục phát nào có mã %1.</translation>
    </message>
    <message>
        <source>Which radio item? Give its id (at least its first 4 characters).</source>
        <translation>Mục phát nào? Hãy ghi mã của mục phát (ít nhất 4 ký tự đầu).</translation>
    </message>
    <message>
        <source>Several radio items have an id starting with %1: give more of it.</source>
        <translation>Có nhiều mục phát có mã bắt đầu bằng %1: hãy ghi thêm ký tự của mã.</translation>
    </message>
    <message>
        <source>A rundown is of one day, written yyyy-MM-dd (2024-03-05).</source>
        <translation>Danh sách phát là của một ngày, viết dạng yyyy-MM-dd (2024-03-05).</translation>
    </message>
    <message>
        <source>When was it aired? The time is missing.</source>
        <translation>Phát lúc nào? Còn thiếu thời gian phát.</translation>
    </message>
    <message>
        <source>%1 is still to come: record a broadcast once it has aired.</source>
        <translation>%1 là thời điểm chưa tới: chỉ ghi nhận lượt phát sau khi đã phát.</translation>
    </message>
    <message>
        <source>This broadcast of %1 on %2 at %3 is already recorded.</source>
        <translation>Lượt phát “%1” trên %2 lúc %3 đã được ghi nhận rồi.</translation>
    </message>
    <message>
        <source>No broadcast with id %1.</source>
        <translation>Không có lượt phát nào có mã %1.</translation>
    </message>
    <message>
        <source>The broadcast date must be a date written yyyy-MM-dd (2024-03-05), not “%1”.</source>
        <translation>Ngày phát phải viết dạng yyyy-MM-dd (2024-03-05), không phải “%1”.</translation>
    </message>
    <message>
        <source>The broadcast time must be written yyyy-MM-dd HH:MM in local time (2024-03-05 06:15) or in ISO 8601 (2024-03-05T06:15:00+07:00), not “%1”.</source>
        <translation>Thời gian phát phải viết dạng yyyy-MM-dd HH:MM theo giờ địa phương (2024-03-05 06:15) hoặc theo ISO 8601 (2024-03-05T06:15:00+07:00), không phải “%1”.</translation>
    </message>
    <message>
        <source>%1 still has programmes (%2): remove or move them first.</source>
        <translation>%1 vẫn còn chương trình (%2): hãy xóa hoặc chuyển các chương trình đó trước.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n item(s) in its rundowns, which stay with their broadcasts: rename the programme or change its slot instead.</source>
        <translation>
            <numerusform>%1 có %n mục trong các danh sách phát, được giữ lại cùng các lượt phát của chúng: hãy đổi tên chương trình hoặc đổi khung giờ thay vì xóa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PressDesk::RadioStationsDialog</name>
    <message>
        <source>Stations and programmes</source>
        <translation>Đài và chương trình</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Đài</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>Tên đài</translation>
    </message>
    <message>
        <source>Kind of station</source>
        <translation>Loại đài</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Đài</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Tê&amp;n:</translation>
    </message>
    <message>
        <source>S&amp;tation:</source>
        <translation>Đà&amp;i:</translation>
    </message>
    <message>
        <source>S&amp;lot:</source>
        <translation>&amp;Khung giờ:</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Ngày trong tuần</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Giờ bắt đầu</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Thời lượng (phút)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>A&amp;dd programme</source>
        <translation>Thêm &amp;chương trình</translation>
    </message>
    <message>
        <source>Sa&amp;ve programme</source>
        <translation>Lư&amp;u chương trình</translation>
    </message>
    <message>
        <source>Re&amp;move programme</source>
        <translation>Xó&amp;a chương trình</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>hằng ngày</translation>
    </message>
    <message>
        <source>The office&apos;s station and the loudspeaker systems of its communes and wards.</source>
        <translation>Đài của cơ quan và hệ thống loa truyền thanh của các xã, phường.</translation>
    </message>
    <message>
        <source>Each programme&apos;s station and slot: the day, the start time and the length.</source>
        <translation>Đài và khung giờ của từng chương trình: ngày, giờ bắt đầu và thời lượng.</translation>
    </message>
    <message>
        <source>not fixed</source>
        <translation>không cố định</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n phút</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the office&apos;s station first (its name, and whether it is a radio station or a commune&apos;s loudspeakers), then its programmes.</source>
        <translation>Hãy thêm đài của cơ quan trước (tên đài, là đài phát thanh hay loa truyền thanh của xã), rồi đến các chương trình.</translation>
    </message>
    <message>
        <source>Station %1 added.</source>
        <translation>Đã thêm đài %1.</translation>
    </message>
    <message>
        <source>Station %1 saved.</source>
        <translation>Đã lưu đài %1.</translation>
    </message>
    <message>
        <source>Station %1 removed; its broadcasts stay counted.</source>
        <translation>Đã xóa đài %1; các lượt phát của đài vẫn được tính.</translation>
    </message>
    <message>
        <source>Programme %1 added.</source>
        <translation>Đã thêm chương trình %1.</translation>
    </message>
    <message>
        <source>Programme %1 saved.</source>
        <translation>Đã lưu chương trình %1.</translation>
    </message>
    <message>
        <source>Programme %1 removed.</source>
        <translation>Đã xóa chương trình %1.</translation>
    </message>
</context>
<context>
    <name>PressDesk::RadioWindow</name>
    <message>
        <source>Radio bulletins — PressDesk</source>
        <translation>Bản tin phát thanh — PressDesk</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Chương trình:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Add article…</source>
        <translation>Thêm &amp;bài viết…</translation>
    </message>
    <message>
        <source>Add an item read from an approved article</source>
        <translation>Thêm mục phát đọc từ một bài viết đã duyệt</translation>
    </message>
    <message>
        <source>&amp;Write item…</source>
        <translation>&amp;Viết mục phát…</translation>
    </message>
    <message>
        <source>Add an item written for the radio (a notice, an announcement)</source>
        <translation>Thêm mục phát viết riêng cho phát thanh (thông báo, tin ngắn)</translation>
    </message>
    <message>
        <source>Remo&amp;ve item</source>
        <translation>&amp;Xóa mục phát</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Đưa &amp;lên</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Read the item earlier (Alt+Up)</source>
        <translation>Đọc mục này sớm hơn (Alt+Up)</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>Đưa x&amp;uống</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Read the item later (Alt+Down)</source>
        <translation>Đọc mục này muộn hơn (Alt+Down)</translation>
    </message>
    <message>
        <source>&amp;Mark aired…</source>
        <translation>Ghi nhận đã &amp;phát…</translation>
    </message>
    <message>
        <source>Record a broadcast of the item: each one counts for the plan</source>
        <translation>Ghi nhận một lượt phát của mục này: mỗi lượt phát đều được tính vào kế hoạch</translation>
    </message>
    <message>
        <source>U&amp;nmark</source>
        <translation>&amp;Hủy ghi nhận</translation>
    </message>
    <message>
        <source>Remove a broadcast recorded by mistake</source>
        <translation>Xóa lượt phát đã ghi nhận nhầm</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>Xuấ&amp;t tệp…</translation>
    </message>
    <message>
        <source>One text file per item, for text-to-speech loudspeaker systems</source>
        <translation>Mỗi mục phát một tệp văn bản, dùng cho hệ thống loa đọc văn bản tự động</translation>
    </message>
    <message>
        <source>#</source>
        <translation>TT</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mục phát</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Cộng dồn</translation>
    </message>
    <message>
        <source>Drag an item, or press Alt+Up / Alt+Down, to change the order</source>
        <translation>Kéo thả mục phát, hoặc bấm Alt+Up / Alt+Down, để đổi thứ tự</translation>
    </message>
    <message>
        <source>Choose an item of the rundown to see what is read.</source>
        <translation>Chọn một mục trong danh sách phát để xem nội dung đọc.</translation>
    </message>
    <message>
        <source>Reading &amp;script</source>
        <translation>&amp;Kịch bản đọc</translation>
    </message>
    <message>
        <source>&amp;Compared with the article</source>
        <translation>&amp;So sánh với bài viết</translation>
    </message>
    <message>
        <source>Broadcasts of this item</source>
        <translation>Các lượt phát của mục này</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Đài</translation>
    </message>
    <message>
        <source>Aired</source>
        <translation>Thời gian phát</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Người ghi nhận</translation>
    </message>
    <message numerus="yes">
        <source>Reading time %1 (%n word(s)), not saved yet</source>
        <translation>
            <numerusform>Thời lượng đọc %1 (%n từ), chưa lưu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · a slot of %n minute(s)</source>
        <translation>
            <numerusform>%1 · %2 · thời lượng %n phút</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 at %3 · a slot of %n minute(s)</source>
        <translation>
            <numerusform>%1 · %2 lúc %3 · thời lượng %n phút</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (written for the radio)</source>
        <translation>%1 (viết riêng cho phát thanh)</translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation>%1 (vượt thời lượng)</translation>
    </message>
    <message>
        <source>The bulletin has run past its %1 slot by the end of this item.</source>
        <translation>Đến hết mục này, bản tin đã vượt thời lượng %1.</translation>
    </message>
    <message>
        <source>Nothing on this day yet: add an article or write an item. The slot is %1.</source>
        <translation>Ngày này chưa có mục phát nào: hãy thêm bài viết hoặc viết mục phát. Thời lượng chương trình là %1.</translation>
    </message>
    <message>
        <source>Over time: the items take %1, the slot is %2 — %3 too long. Shorten a script or move an item to another day.</source>
        <translation>Vượt thời lượng: các mục phát dài %1, thời lượng chương trình là %2 — dài quá %3. Hãy rút gọn kịch bản đọc hoặc chuyển một mục phát sang ngày khác.</translation>
    </message>
    <message>
        <source>Total %1 of the %2 slot: %3 left.</source>
        <translation>Tổng thời lượng %1 trên %2: còn %3.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>Reading time %1 (%n word(s))</source>
        <translation>
            <numerusform>Thời lượng đọc %1 (%n từ)</numerusform>
        </translation>
    </message>
    <message>
        <source>Written for the radio: there is no article to compare with.</source>
        <translation>Mục viết riêng cho phát thanh: không có bài viết để so sánh.</translation>
    </message>
    <message>
        <source>The article this item was made from is no longer there.</source>
        <translation>Bài viết dùng để tạo mục phát này không còn nữa.</translation>
    </message>
    <message>
        <source>Reads as the article is written.</source>
        <translation>Đọc đúng như bài viết.</translation>
    </message>
    <message numerus="yes">
        <source>Said differently from the article in %n place(s), highlighted (abbreviations, numbers and dates as they are said). Compare the two in the next tab.</source>
        <translation>
            <numerusform>Có %n chỗ đọc khác với bài viết, được tô sáng (chữ viết tắt, số và ngày tháng được viết như khi đọc). So sánh hai bản ở thẻ bên cạnh.</numerusform>
        </translation>
    </message>
    <message>
        <source>The article</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <source>The reading script</source>
        <translation>Kịch bản đọc</translation>
    </message>
    <message>
        <source>Script saved.</source>
        <translation>Đã lưu kịch bản đọc.</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Xóa mục phát</translation>
    </message>
    <message>
        <source>Remove “%1” from the rundown? Its broadcasts no longer count for the plan.</source>
        <translation>Xóa “%1” khỏi danh sách phát? Các lượt phát của mục này sẽ không còn được tính vào kế hoạch.</translation>
    </message>
    <message>
        <source>Broadcast recorded.</source>
        <translation>Đã ghi nhận lượt phát.</translation>
    </message>
    <message>
        <source>Unmark broadcast</source>
        <translation>Hủy ghi nhận lượt phát</translation>
    </message>
    <message>
        <source>Remove the broadcast on %1 at %2? It no longer counts for the plan.</source>
        <translation>Xóa lượt phát trên %1 lúc %2? Lượt phát này sẽ không còn được tính vào kế hoạch.</translation>
    </message>
    <message>
        <source>Broadcast removed.</source>
        <translation>Đã xóa lượt phát.</translation>
    </message>
    <message>
        <source>Export the scripts for text-to-speech</source>
        <translation>Xuất kịch bản đọc cho loa đọc văn bản tự động</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n text file(s) into %1.</source>
        <translation>
            <numerusform>Đã ghi %n tệp văn bản vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;tations and programmes…</source>
        <translation>Đài và &amp;chương trình…</translation>
    </message>
    <message>
        <source>The office&apos;s station, the communes&apos; loudspeakers and the programmes&apos; slots</source>
        <translation>Đài của cơ quan, loa truyền thanh của các xã và khung giờ của các chương trình</translation>
    </message>
    <message>
        <source>The rundown and scripts as a document for the announcer (ODT or PDF), or one text file per item for text-to-speech loudspeakers</source>
        <translation>Danh sách phát và kịch bản thành tài liệu cho phát thanh viên (ODT hoặc PDF), hoặc mỗi mục một tệp văn bản cho loa đọc văn bản tự động</translation>
    </message>
    <message>
        <source>Rundown and scripts as &amp;ODT…</source>
        <translation>Danh sách phát và kịch bản dạng &amp;ODT…</translation>
    </message>
    <message>
        <source>Rundown and scripts as &amp;PDF…</source>
        <translation>Danh sách phát và kịch bản dạng &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Text files for loudspeakers…</source>
        <translation>&amp;Tệp văn bản cho loa truyền thanh…</translation>
    </message>
    <message>
        <source>No programme yet: add the station and its programmes (Stations and programmes…).</source>
        <translation>Chưa có chương trình nào: hãy thêm đài và các chương trình của đài (Đài và chương trình…).</translation>
    </message>
    <message>
        <source>Export the rundown and scripts</source>
        <translation>Xuất danh sách phát và kịch bản</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Văn bản OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Saved the rundown and scripts as %1.</source>
        <translation>Đã lưu danh sách phát và kịch bản thành %1.</translation>
    </message>
    <message>
        <source>Rundown</source>
        <translation>Danh sách phát</translation>
    </message>
    <message>
        <source>The items of the programme&apos;s day in the order they are read, with their reading time</source>
        <translation>Các mục phát trong ngày của chương trình theo thứ tự đọc, kèm thời lượng đọc</translation>
    </message>
    <message>
        <source>Reading script</source>
        <translation>Kịch bản đọc</translation>
    </message>
    <message>
        <source>Broadcasts of the item</source>
        <translation>Các lượt phát của mục</translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation>&amp;Nghe thử</translation>
    </message>
    <message>
        <source>Hear the script read by a Vietnamese voice, to check how it sounds and how long it lasts</source>
        <translation>Nghe giọng đọc tiếng Việt đọc kịch bản, để kiểm tra nghe có xuôi không và dài bao lâu</translation>
    </message>
    <message>
        <source>The voice could not play the script (is a sound device connected?): %1</source>
        <translation>Giọng đọc không phát được kịch bản (máy đã có loa hoặc thiết bị âm thanh chưa?): %1</translation>
    </message>
    <message>
        <source>The voice did not start: %1</source>
        <translation>Giọng đọc không khởi động được: %1</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Dừng</translation>
    </message>
    <message>
        <source>Reading aloud…</source>
        <translation>Đang đọc…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Preparing the voice…</source>
        <translation>Đang chuẩn bị giọng đọc…</translation>
    </message>
</context>
<context>
    <name>PressDesk::ReassignUnitDialog</name>
    <message>
        <source>Reassign responsible unit</source>
        <translation>Đổi đơn vị thực hiện</translation>
    </message>
    <message>
        <source>Responsible now:</source>
        <translation>Đơn vị hiện tại:</translation>
    </message>
    <message>
        <source>New unit:</source>
        <translation>Đơn vị mới:</translation>
    </message>
    <message>
        <source>New responsible unit</source>
        <translation>Đơn vị thực hiện mới</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Note on the reassignment</source>
        <translation>Ghi chú về việc đổi đơn vị</translation>
    </message>
    <message>
        <source>Why (optional), e.g. Quyết định 12/QĐ-UBND</source>
        <translation>Căn cứ (không bắt buộc), ví dụ Quyết định 12/QĐ-UBND</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(chưa giao)</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (đến ngày %2)</translation>
    </message>
    <message>
        <source>Responsible before: %1</source>
        <translation>Đơn vị thực hiện trước đây: %1</translation>
    </message>
</context>
<context>
    <name>PressDesk::RegisterSync</name>
    <message>
        <source>The office profile</source>
        <translation>Thông tin cơ quan</translation>
    </message>
    <message>
        <source>A radio station</source>
        <translation>Một đài phát thanh</translation>
    </message>
    <message>
        <source>A radio programme</source>
        <translation>Một chương trình phát thanh</translation>
    </message>
    <message>
        <source>An item of a radio rundown</source>
        <translation>Một mục trong danh sách phát</translation>
    </message>
    <message>
        <source>A broadcast</source>
        <translation>Một lượt phát</translation>
    </message>
    <message>
        <source>A slogan of a plan</source>
        <translation>Một khẩu hiệu của kế hoạch</translation>
    </message>
    <message>
        <source>An item of the visual register</source>
        <translation>Một mục tuyên truyền trực quan</translation>
    </message>
    <message>
        <source>An evidence photo</source>
        <translation>Một ảnh tư liệu</translation>
    </message>
</context>
<context>
    <name>PressDesk::ReportDialog</name>
    <message>
        <source>Report on plan %1, %2</source>
        <translation>Báo cáo Kế hoạch %1, %2</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã thực hiện</translation>
    </message>
    <message>
        <source>Why it is behind</source>
        <translation>Lý do chậm</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Số:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <source>Introduction:</source>
        <translation>Mở đầu:</translation>
    </message>
    <message>
        <source>Behind, and why:</source>
        <translation>Tồn tại và nguyên nhân:</translation>
    </message>
    <message>
        <source>Proposals:</source>
        <translation>Đề xuất, kiến nghị:</translation>
    </message>
    <message>
        <source>Update preview</source>
        <translation>Cập nhật bản xem trước</translation>
    </message>
    <message>
        <source>Export ODT…</source>
        <translation>Xuất ODT…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>Xuất HTML…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <source>Empty: the standard opening sentence</source>
        <translation>Để trống: dùng câu mở đầu chuẩn</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <source>The office has not said who it is: the report leaves dotted spaces for its name, place and signer. Fill them in under Settings → Office.</source>
        <translation>Chưa khai báo thông tin cơ quan: báo cáo sẽ để dấu chấm (……) thay cho tên cơ quan, địa danh và người ký. Hãy điền các thông tin này tại Cài đặt → Cơ quan.</translation>
    </message>
    <message>
        <source>Activities behind their target</source>
        <translation>Các hoạt động chưa đạt chỉ tiêu</translation>
    </message>
</context>
<context>
    <name>PressDesk::ReturnDialog</name>
    <message>
        <source>Return to author</source>
        <translation>Trả lại tác giả</translation>
    </message>
    <message>
        <source>What should the author change in “%1”?</source>
        <translation>Tác giả cần sửa gì trong bài “%1”?</translation>
    </message>
    <message>
        <source>For example: add the figures for 2019 to the second paragraph.</source>
        <translation>Ví dụ: bổ sung số liệu năm 2019 vào đoạn thứ hai.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>Comment to the author</source>
        <translation>Ý kiến gửi tác giả</translation>
    </message>
    <message>
        <source>What the author should change before submitting again</source>
        <translation>Những gì tác giả cần sửa trước khi gửi duyệt lại</translation>
    </message>
</context>
<context>
    <name>PressDesk::ReviewCommands</name>
    <message>
        <source>article %1 needs one article id.</source>
        <translation>article %1 cần đúng một mã bài viết.</translation>
    </message>
    <message>
        <source>article submit takes no comment.</source>
        <translation>article submit không nhận ý kiến.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>article history needs one article id.</source>
        <translation>article history cần đúng một mã bài viết.</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>phiên bản %1</translation>
    </message>
    <message>
        <source>article restore needs an article id and a revision number.</source>
        <translation>article restore cần mã bài viết và số phiên bản.</translation>
    </message>
    <message>
        <source>Restored revision %1 of %2 (%3).</source>
        <translation>Đã khôi phục phiên bản %1 của bài “%2” (%3).</translation>
    </message>
    <message>
        <source>article diff needs an article id and two revision numbers.</source>
        <translation>article diff cần mã bài viết và hai số phiên bản.</translation>
    </message>
    <message>
        <source>The article has no revision %1.</source>
        <translation>Bài viết không có phiên bản %1.</translation>
    </message>
    <message>
        <source>--revision N goes with article approve.</source>
        <translation>--revision N chỉ dùng với article approve.</translation>
    </message>
</context>
<context>
    <name>PressDesk::ReviewQueuePanel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n phút</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n giờ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Số từ</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Đã chờ</translation>
    </message>
    <message>
        <source>Nothing is waiting for review.</source>
        <translation>Không có bài nào chờ duyệt.</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Duyệt</translation>
    </message>
    <message>
        <source>Approve the selected article (Ctrl+Enter)</source>
        <translation>Duyệt bài đang chọn (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>&amp;Trả lại…</translation>
    </message>
    <message>
        <source>Return the selected article to its author with a comment (Ctrl+Shift+Enter)</source>
        <translation>Trả bài đang chọn cho tác giả kèm ý kiến (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(chưa có tiêu đề)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Đã xem</translation>
    </message>
    <message>
        <source>Changed (%1 → %2)</source>
        <translation>Đã sửa (%1 → %2)</translation>
    </message>
    <message>
        <source>Changed since you opened revision %1; double-click to compare.</source>
        <translation>Đã sửa từ khi bạn mở phiên bản %1; bấm đúp để so sánh.</translation>
    </message>
</context>
<context>
    <name>PressDesk::ServerAddress</name>
    <message>
        <source>“%1” is not a usable office server address: %2</source>
        <translation>“%1” không dùng được làm địa chỉ máy chủ của cơ quan: %2</translation>
    </message>
    <message>
        <source>The office server address contains a password. Leave the password out of the address: PressDesk asks for it and keeps it in the system keychain, or reads it from $PRESSDESK_SERVER_PASSWORD (administrators: from $PGPASSWORD or ~/.pgpass, as psql does).</source>
        <translation>Địa chỉ máy chủ của cơ quan có chứa mật khẩu. Hãy bỏ mật khẩu ra khỏi địa chỉ: PressDesk sẽ hỏi mật khẩu và lưu trong kho mật khẩu của hệ thống, hoặc đọc từ $PRESSDESK_SERVER_PASSWORD (quản trị viên: từ $PGPASSWORD hoặc ~/.pgpass, giống như psql).</translation>
    </message>
    <message>
        <source>it must start with postgresql:// (for example postgresql://pressdesk.office.lan/pressdesk).</source>
        <translation>địa chỉ phải bắt đầu bằng postgresql:// (ví dụ postgresql://pressdesk.office.lan/pressdesk).</translation>
    </message>
    <message>
        <source>there is an “@” without a user name before it.</source>
        <translation>có dấu “@” nhưng không có tên đăng nhập đứng trước.</translation>
    </message>
    <message>
        <source>the IPv6 address has no closing “]”.</source>
        <translation>địa chỉ IPv6 thiếu dấu đóng “]”.</translation>
    </message>
    <message>
        <source>unexpected text after the IPv6 address: “%1”.</source>
        <translation>có nội dung thừa sau địa chỉ IPv6: “%1”.</translation>
    </message>
    <message>
        <source>the IPv6 address between “[” and “]” is empty.</source>
        <translation>địa chỉ IPv6 giữa “[” và “]” đang để trống.</translation>
    </message>
    <message>
        <source>an IPv6 address must be written in brackets, like postgresql://[fd00::5]/pressdesk.</source>
        <translation>địa chỉ IPv6 phải đặt trong ngoặc vuông, ví dụ postgresql://[fd00::5]/pressdesk.</translation>
    </message>
    <message>
        <source>it names several servers; PressDesk connects to one.</source>
        <translation>địa chỉ ghi nhiều máy chủ; PressDesk chỉ kết nối tới một máy chủ.</translation>
    </message>
    <message>
        <source>the server name “%1” contains a space.</source>
        <translation>tên máy chủ “%1” có chứa dấu cách.</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535, not “%1”.</source>
        <translation>số cổng (port) phải là một số từ 1 đến 65535, không phải “%1”.</translation>
    </message>
    <message>
        <source>it names no database; add it after the server, like postgresql://pressdesk.office.lan/pressdesk.</source>
        <translation>địa chỉ chưa có tên cơ sở dữ liệu; hãy thêm tên đó vào sau tên máy chủ, ví dụ postgresql://pressdesk.office.lan/pressdesk.</translation>
    </message>
    <message>
        <source>the parameter “%1” has no value.</source>
        <translation>tham số “%1” chưa có giá trị.</translation>
    </message>
    <message>
        <source>sslmode must be disable, allow, prefer, require, verify-ca or verify-full, not “%1”.</source>
        <translation>sslmode phải là disable, allow, prefer, require, verify-ca hoặc verify-full, không phải “%1”.</translation>
    </message>
    <message>
        <source>sslrootcert needs the path of the CA certificate file.</source>
        <translation>sslrootcert cần đường dẫn tới tệp chứng chỉ CA.</translation>
    </message>
    <message>
        <source>the certificate path “%1” contains a “;”, which the connection cannot carry; move or rename the file.</source>
        <translation>đường dẫn chứng chỉ “%1” có dấu “;” mà kết nối không truyền được; hãy chuyển tệp sang chỗ khác hoặc đổi tên tệp.</translation>
    </message>
    <message>
        <source>unknown parameter(s) %1; PressDesk understands host, port, sslmode and sslrootcert.</source>
        <translation>không nhận ra tham số %1; PressDesk chỉ hiểu host, port, sslmode và sslrootcert.</translation>
    </message>
</context>
<context>
    <name>PressDesk::ServerAdmin</name>
    <message>
        <source>The database “%1” is not a PressDesk office server yet: run “pressdesk-cli server init” first.</source>
        <translation>Cơ sở dữ liệu “%1” chưa được thiết lập làm máy chủ PressDesk của cơ quan: hãy chạy “pressdesk-cli server init” trước.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 và %n mục khác</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be a login on the office server: use lower-case letters without diacritics, digits, “.”, “-” or “_”, starting with a letter (for example nguyen.van.an).</source>
        <translation>“%1” không dùng được làm tên đăng nhập trên máy chủ của cơ quan: chỉ dùng chữ thường không dấu, chữ số, “.”, “-” hoặc “_”, bắt đầu bằng một chữ cái (ví dụ nguyen.van.an).</translation>
    </message>
    <message>
        <source>The schema is at version %1.</source>
        <translation>Lược đồ đang ở phiên bản %1.</translation>
    </message>
    <message>
        <source>The schema is at version %1; this PressDesk expects %2: run “pressdesk-cli server init”.</source>
        <translation>Lược đồ đang ở phiên bản %1; bản PressDesk này cần phiên bản %2: hãy chạy “pressdesk-cli server init”.</translation>
    </message>
    <message>
        <source>Row-level security is not forced on: %1.</source>
        <translation>Các bảng chưa bắt buộc bảo mật theo dòng (row-level security): %1.</translation>
    </message>
    <message>
        <source>Not owned by %1 (so not bound by its rules): %2.</source>
        <translation>Các bảng không do %1 sở hữu (nên chủ sở hữu của bảng không bị quy tắc bảo mật theo dòng ràng buộc): %2.</translation>
    </message>
    <message numerus="yes">
        <source>Row-level security is forced on all %n tables.</source>
        <translation>
            <numerusform>Đã bắt buộc bảo mật theo dòng (row-level security) trên cả %n bảng.</numerusform>
        </translation>
    </message>
    <message>
        <source>These logins of the office are superusers or may bypass row-level security: %1.</source>
        <translation>Các tên đăng nhập sau của cơ quan có quyền superuser hoặc được phép bỏ qua bảo mật theo dòng: %1.</translation>
    </message>
    <message>
        <source>The office&apos;s people may write or remove what only the server writes: %1.</source>
        <translation>Người dùng của cơ quan có thể ghi hoặc xóa dữ liệu mà chỉ máy chủ mới được ghi: %1.</translation>
    </message>
    <message>
        <source>No login of the office is a superuser or may bypass row-level security; nobody may remove rows or write history directly.</source>
        <translation>Không tên đăng nhập nào của cơ quan có quyền superuser hoặc được phép bỏ qua bảo mật theo dòng; không ai được xóa dòng dữ liệu hay ghi trực tiếp vào lịch sử.</translation>
    </message>
    <message>
        <source>article %1 version %2 (%3)</source>
        <translation>bài viết %1 phiên bản %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>All %n approvals are a supervisor&apos;s, each for the hash of the content approved.</source>
        <translation>
            <numerusform>Cả %n phê duyệt đều do lãnh đạo duyệt bài thực hiện, mỗi phê duyệt gắn với mã băm của đúng nội dung được duyệt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approvals that are not a supervisor&apos;s or not for the content approved: %1.</source>
        <translation>Các phê duyệt không do lãnh đạo duyệt bài thực hiện hoặc không khớp với nội dung được duyệt: %1.</translation>
    </message>
    <message>
        <source>entries missing before %1</source>
        <translation>thiếu mục trước mục %1</translation>
    </message>
    <message>
        <source>entry %1 does not follow the one before it</source>
        <translation>mục %1 không nối tiếp mục liền trước</translation>
    </message>
    <message>
        <source>entry %1 was changed</source>
        <translation>mục %1 đã bị sửa</translation>
    </message>
    <message>
        <source>the log ends at entry %1 but its head is entry %2</source>
        <translation>nhật ký dừng ở mục %1 nhưng bản ghi mục mới nhất lại là mục %2</translation>
    </message>
    <message>
        <source>the head of the log is missing</source>
        <translation>mất bản ghi về mục mới nhất của nhật ký</translation>
    </message>
    <message numerus="yes">
        <source>The audit log&apos;s chain is intact (%n entries).</source>
        <translation>
            <numerusform>Chuỗi nhật ký kiểm tra nguyên vẹn (%n mục).</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log&apos;s chain is broken: %1.</source>
        <translation>Chuỗi nhật ký kiểm tra bị đứt: %1.</translation>
    </message>
</context>
<context>
    <name>PressDesk::ServerCommands</name>
    <message>
        <source>%1 Give the administrator&apos;s password as for psql: in $PGPASSWORD or in ~/.pgpass (%APPDATA%\postgresql\pgpass.conf on Windows).</source>
        <translation>%1 Hãy cung cấp mật khẩu quản trị như khi dùng psql: trong $PGPASSWORD hoặc trong ~/.pgpass (%APPDATA%\postgresql\pgpass.conf trên Windows).</translation>
    </message>
    <message>
        <source>server init takes no names: %1</source>
        <translation>server init không nhận tên nào: %1</translation>
    </message>
    <message>
        <source>server init needs --server URL, the office server&apos;s address.</source>
        <translation>server init cần --server URL, địa chỉ máy chủ của cơ quan.</translation>
    </message>
    <message>
        <source>Office server schema at version %1 (was %2)</source>
        <translation>Lược đồ máy chủ của cơ quan đã ở phiên bản %1 (trước đó: %2)</translation>
    </message>
    <message>
        <source>Add these lines to the server&apos;s pg_hba.conf (fill in the office network), then reload PostgreSQL:</source>
        <translation>Thêm các dòng sau vào pg_hba.conf của máy chủ (điền dải mạng của cơ quan), rồi nạp lại cấu hình PostgreSQL:</translation>
    </message>
    <message>
        <source>server user add needs exactly one name.</source>
        <translation>server user add cần đúng một tên.</translation>
    </message>
    <message>
        <source>server user add needs --server URL, the office server&apos;s address.</source>
        <translation>server user add cần --server URL, địa chỉ máy chủ của cơ quan.</translation>
    </message>
    <message>
        <source>--role must be staff, supervisor or admin.</source>
        <translation>--role phải là staff (cán bộ), supervisor (lãnh đạo duyệt bài) hoặc admin (quản trị).</translation>
    </message>
    <message>
        <source>%1 needs a password: give it in $PRESSDESK_SERVER_PASSWORD or as one line on standard input.</source>
        <translation>%1 cần có mật khẩu: hãy cung cấp trong $PRESSDESK_SERVER_PASSWORD hoặc nhập thành một dòng ở đầu vào chuẩn.</translation>
    </message>
    <message>
        <source>Use a password without Vietnamese diacritics or other special letters (only a–z, A–Z, digits, spaces and signs such as ! @ # -): desks on Windows cannot send other letters to the office server.</source>
        <translation>Hãy dùng mật khẩu không có dấu tiếng Việt hay chữ cái đặc biệt khác (chỉ gồm a–z, A–Z, chữ số, dấu cách và các ký hiệu như ! @ # -): máy trạm chạy Windows không gửi được các chữ cái khác lên máy chủ của cơ quan.</translation>
    </message>
    <message>
        <source>The password for %1 is too short: use at least %2 characters.</source>
        <translation>Mật khẩu của %1 quá ngắn: hãy dùng ít nhất %2 ký tự.</translation>
    </message>
    <message>
        <source>%1 may now sign in to the office server %2 as %3.</source>
        <translation>%1 đã có thể đăng nhập máy chủ của cơ quan %2 với vai trò %3.</translation>
    </message>
    <message>
        <source>server check takes no names: %1</source>
        <translation>server check không nhận tên nào: %1</translation>
    </message>
    <message>
        <source>server check needs --server URL, the office server&apos;s address.</source>
        <translation>server check cần --server URL, địa chỉ máy chủ của cơ quan.</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>ĐẠT: %1</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>KHÔNG ĐẠT: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) on the office server failed.</source>
        <translation>
            <numerusform>%n mục kiểm tra trên máy chủ của cơ quan không đạt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PressDesk::ServerConnection</name>
    <message>
        <source>this computer</source>
        <translation>máy tính này</translation>
    </message>
    <message>
        <source>this computer (socket folder %1)</source>
        <translation>máy tính này (thư mục socket %1)</translation>
    </message>
    <message>
        <source>“%1” on %2</source>
        <translation>“%1” trên %2</translation>
    </message>
    <message>
        <source>your system user name</source>
        <translation>tên người dùng hệ thống của bạn</translation>
    </message>
    <message>
        <source>The office server %1 needs the password of %2.</source>
        <translation>Máy chủ của cơ quan %1 cần mật khẩu của %2.</translation>
    </message>
    <message>
        <source>The office server %1 did not accept the user name %2 with this password. Check both; an administrator can set a new password.</source>
        <translation>Máy chủ của cơ quan %1 không chấp nhận tên đăng nhập %2 với mật khẩu này. Hãy kiểm tra lại cả hai; quản trị viên có thể đặt mật khẩu mới.</translation>
    </message>
    <message>
        <source>The office server %1 accepts %2 only over an encrypted connection. Add sslmode=verify-full (or sslmode=require) to the address.</source>
        <translation>Máy chủ của cơ quan %1 chỉ chấp nhận %2 qua kết nối mã hóa. Hãy thêm sslmode=verify-full (hoặc sslmode=require) vào địa chỉ.</translation>
    </message>
    <message>
        <source>The office server %1 does not accept %2 from this computer. The administrator adds this computer&apos;s network for this user to the server&apos;s pg_hba.conf.</source>
        <translation>Máy chủ của cơ quan %1 không chấp nhận %2 từ máy tính này. Quản trị viên cần thêm mạng của máy tính này cho người dùng này vào pg_hba.conf của máy chủ.</translation>
    </message>
    <message>
        <source>The office server %1 does not offer encrypted connections, but the address asks for one (sslmode). The administrator turns on SSL on the server.</source>
        <translation>Máy chủ của cơ quan %1 không hỗ trợ kết nối mã hóa, nhưng địa chỉ lại yêu cầu kết nối mã hóa (sslmode). Quản trị viên cần bật SSL trên máy chủ.</translation>
    </message>
    <message>
        <source>~/.postgresql/root.crt</source>
        <translation>~/.postgresql/root.crt</translation>
    </message>
    <message>
        <source>The CA certificate file %1 for the office server %2 cannot be read. Check the sslrootcert part of the address and that the file is there.</source>
        <translation>Không đọc được tệp chứng chỉ CA %1 của máy chủ của cơ quan %2. Hãy kiểm tra phần sslrootcert trong địa chỉ và xem tệp có ở đó không.</translation>
    </message>
    <message>
        <source>The certificate of the office server %1 is made out for another name. Use the name written in the certificate in the address, or ask the administrator for a certificate with this name.</source>
        <translation>Chứng chỉ của máy chủ của cơ quan %1 được cấp cho một tên khác. Hãy dùng trong địa chỉ đúng tên ghi trên chứng chỉ, hoặc đề nghị quản trị viên cấp chứng chỉ mang tên này.</translation>
    </message>
    <message>
        <source>The office server on %1 has no database “%2”. Check the name at the end of the address; the administrator creates the database first.</source>
        <translation>Máy chủ của cơ quan tại %1 không có cơ sở dữ liệu “%2”. Hãy kiểm tra tên ở cuối địa chỉ; quản trị viên cần tạo cơ sở dữ liệu trước.</translation>
    </message>
    <message>
        <source>The encrypted connection to the office server %1 failed: its certificate is not trusted or the connection was interrupted. Check the sslrootcert file of the address and ask the administrator.</source>
        <translation>Kết nối mã hóa tới máy chủ của cơ quan %1 thất bại: chứng chỉ của máy chủ không được tin cậy hoặc kết nối bị gián đoạn. Hãy kiểm tra tệp sslrootcert trong địa chỉ và hỏi quản trị viên.</translation>
    </message>
    <message>
        <source>The office server name “%1” is not known on this network. Check the address and that this computer is connected to the office network.</source>
        <translation>Không tìm thấy máy chủ của cơ quan có tên “%1” trên mạng này. Hãy kiểm tra địa chỉ và xem máy tính này đã kết nối vào mạng của cơ quan chưa.</translation>
    </message>
    <message>
        <source>The office server %1 did not answer in time. Check that this computer is on the office network (or its VPN) and that the server is running.</source>
        <translation>Máy chủ của cơ quan %1 không trả lời kịp thời. Hãy kiểm tra xem máy tính này đã kết nối vào mạng của cơ quan (hoặc VPN của cơ quan) chưa và máy chủ có đang chạy không.</translation>
    </message>
    <message>
        <source>The office server %1 cannot be reached. Check the address, that this computer is on the office network and that the server is running.</source>
        <translation>Không kết nối được máy chủ của cơ quan %1. Hãy kiểm tra địa chỉ, xem máy tính này đã kết nối vào mạng của cơ quan chưa và máy chủ có đang chạy không.</translation>
    </message>
    <message>
        <source>The office server %1 refused the connection: %2</source>
        <translation>Máy chủ của cơ quan %1 từ chối kết nối: %2</translation>
    </message>
    <message>
        <source>PressDesk cannot talk to the office server: the PostgreSQL driver of Qt is not installed. On Debian or Ubuntu, install the package libqt6sql6-psql; elsewhere, install PressDesk again.</source>
        <translation>PressDesk không giao tiếp được với máy chủ của cơ quan: chưa cài trình điều khiển PostgreSQL của Qt. Trên Debian hoặc Ubuntu, hãy cài gói libqt6sql6-psql; trên hệ điều hành khác, hãy cài lại PressDesk.</translation>
    </message>
    <message>
        <source>The office server refused this because of a conflict: %1</source>
        <translation>Máy chủ của cơ quan từ chối thao tác này do có xung đột: %1</translation>
    </message>
    <message>
        <source>The office server does not allow this: %1</source>
        <translation>Máy chủ của cơ quan không cho phép thao tác này: %1</translation>
    </message>
    <message>
        <source>This was changed on the office server since it was reviewed: %1</source>
        <translation>Nội dung này đã bị thay đổi trên máy chủ của cơ quan kể từ lúc được xem xét: %1</translation>
    </message>
    <message>
        <source>Your role on the office server does not allow this. Ask an administrator if you need it.</source>
        <translation>Vai trò của bạn trên máy chủ của cơ quan không được phép làm việc này. Nếu cần, hãy đề nghị quản trị viên.</translation>
    </message>
    <message>
        <source>The office server did not accept the user name and password. Check both; an administrator can set a new password.</source>
        <translation>Máy chủ của cơ quan không chấp nhận tên đăng nhập và mật khẩu. Hãy kiểm tra lại cả hai; quản trị viên có thể đặt mật khẩu mới.</translation>
    </message>
    <message>
        <source>The connection to the office server was lost. Check that this computer is on the office network and try again.</source>
        <translation>Mất kết nối tới máy chủ của cơ quan. Hãy kiểm tra xem máy tính này đã kết nối vào mạng của cơ quan chưa rồi thử lại.</translation>
    </message>
    <message>
        <source>The office server reported an error: %1</source>
        <translation>Máy chủ của cơ quan báo lỗi: %1</translation>
    </message>
    <message>
        <source>no details were given</source>
        <translation>không có thông tin chi tiết</translation>
    </message>
    <message>
        <source>A password with Vietnamese diacritics or other special letters cannot be sent to the office server from Windows. Ask the administrator for a password with only a–z, A–Z, digits and signs.</source>
        <translation>Từ máy Windows không gửi được tới máy chủ của cơ quan mật khẩu có dấu tiếng Việt hoặc chữ đặc biệt. Hãy đề nghị quản trị viên đặt mật khẩu chỉ gồm a–z, A–Z, chữ số và các ký hiệu.</translation>
    </message>
</context>
<context>
    <name>PressDesk::ServerDialog</name>
    <message>
        <source>Office server</source>
        <translation>Máy chủ của cơ quan</translation>
    </message>
    <message>
        <source>Join your office&apos;s server to share articles, comments and decisions with the other desks. PressDesk keeps working without it and sends what waits when the server is back.</source>
        <translation>Tham gia máy chủ của cơ quan để dùng chung bài viết, ý kiến và quyết định với các máy trạm khác. Khi không có máy chủ, PressDesk vẫn làm việc bình thường và sẽ gửi những thay đổi đang chờ khi máy chủ hoạt động trở lại.</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Địa chỉ máy chủ:</translation>
    </message>
    <message>
        <source>Login name:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <source>as the administrator gave it to you</source>
        <translation>do quản trị viên cấp cho bạn</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Ghi nhớ mật khẩu trong kho mật khẩu của hệ thống</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Tham gia</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <source>This profile is a desk of the office server below: what you write is sent there, and what the others write comes here, every minute and a few seconds after you save. Without the server PressDesk keeps working and sends what waits later.</source>
        <translation>Hồ sơ này là một máy trạm kết nối với máy chủ của cơ quan dưới đây: những gì bạn viết được gửi lên máy chủ, những gì người khác viết được tải về đây, mỗi phút một lần và vài giây sau mỗi lần bạn lưu. Khi không có máy chủ, PressDesk vẫn làm việc bình thường và sẽ gửi những thay đổi đang chờ sau.</translation>
    </message>
    <message>
        <source>The server needs your password</source>
        <translation>Máy chủ cần mật khẩu của bạn</translation>
    </message>
    <message>
        <source>Only when PressDesk asks for it</source>
        <translation>Chỉ nhập khi PressDesk yêu cầu</translation>
    </message>
    <message>
        <source>Joining the office server. The first time this may take a few minutes; PressDesk stays usable meanwhile.</source>
        <translation>Đang tham gia máy chủ của cơ quan. Lần đầu có thể mất vài phút; trong lúc đó vẫn dùng PressDesk bình thường.</translation>
    </message>
    <message>
        <source>This profile has not joined an office server.</source>
        <translation>Hồ sơ này chưa tham gia máy chủ của cơ quan.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <source>Last synced: %1.</source>
        <translation>Lần đồng bộ gần nhất: %1.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Chưa đồng bộ lần nào.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n thay đổi chờ gửi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>Không có thay đổi nào chờ gửi.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): articles edited here and on another desk, waiting for a decision.</source>
        <translation>
            <numerusform>%n xung đột: bài viết được sửa cả ở đây và ở máy trạm khác, đang chờ quyết định.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last attempt (%1): %2</source>
        <translation>Lần thử gần nhất (%1): %2</translation>
    </message>
    <message>
        <source>Type the office server&apos;s address; the administrator gives it, like %1.</source>
        <translation>Hãy nhập địa chỉ máy chủ của cơ quan do quản trị viên cung cấp, ví dụ %1.</translation>
    </message>
    <message>
        <source>Type the login name the administrator gave you.</source>
        <translation>Hãy nhập tên đăng nhập do quản trị viên cấp cho bạn.</translation>
    </message>
    <message>
        <source>Type your password for the office server.</source>
        <translation>Hãy nhập mật khẩu của bạn trên máy chủ của cơ quan.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Đang kết nối tới %1…</translation>
    </message>
    <message>
        <source>Upload this profile&apos;s work?</source>
        <translation>Tải dữ liệu của hồ sơ này lên máy chủ?</translation>
    </message>
    <message>
        <source>This profile holds articles of its own. Joining uploads them to the office server once, where every desk of the office sees them. This is what a supervisor does when the office starts using the server.

Upload them and join?</source>
        <translation>Hồ sơ này đang có bài viết riêng. Khi tham gia, các bài này được tải lên máy chủ của cơ quan một lần và mọi máy trạm của cơ quan đều thấy được. Việc này do lãnh đạo duyệt bài thực hiện khi cơ quan bắt đầu dùng máy chủ.

Tải các bài này lên và tham gia?</translation>
    </message>
    <message>
        <source>Upload and join</source>
        <translation>Tải lên và tham gia</translation>
    </message>
    <message>
        <source>Joined the office server as %1.</source>
        <translation>Đã tham gia máy chủ của cơ quan với tên đăng nhập %1.</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received.</source>
        <comment>changes</comment>
        <translation>Đã đồng bộ: gửi %1 thay đổi, nhận %2 thay đổi.</translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s).</source>
        <translation>
            <numerusform>%n xung đột mới.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Máy chủ từ chối: %1</translation>
    </message>
    <message>
        <source>Sync after the restore</source>
        <translation>Đồng bộ sau khi khôi phục</translation>
    </message>
    <message>
        <source>This profile was restored from a backup (%1): what was written here after that backup is not in it. Syncing brings back what the office has and sends what the backup still waited to send; it waits until you choose Sync after the restore.</source>
        <translation>Hồ sơ này đã được khôi phục từ một bản sao lưu (%1): những gì viết ở đây sau lần sao lưu đó không có trong hồ sơ. Khi đồng bộ, những gì cơ quan đang có sẽ được tải về và những thay đổi bản sao lưu còn chờ gửi sẽ được gửi đi; việc đồng bộ chờ đến khi bạn chọn Đồng bộ sau khi khôi phục.</translation>
    </message>
</context>
<context>
    <name>PressDesk::ServerSchema</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reading the server&apos;s state failed</source>
        <translation>Không đọc được trạng thái của máy chủ</translation>
    </message>
    <message>
        <source>The database “%1” is not in UTF-8 (it is %2): Vietnamese text needs UTF-8. Create it with ENCODING &apos;UTF8&apos;.</source>
        <translation>Cơ sở dữ liệu “%1” không dùng bảng mã UTF-8 (đang là %2): văn bản tiếng Việt cần UTF-8. Hãy tạo cơ sở dữ liệu với ENCODING &apos;UTF8&apos;.</translation>
    </message>
    <message>
        <source>Setting up the office server needs a PostgreSQL superuser (such as postgres); the login “%1” is not one.</source>
        <translation>Thiết lập máy chủ của cơ quan cần một tài khoản superuser của PostgreSQL (như postgres); tên đăng nhập “%1” không phải superuser.</translation>
    </message>
    <message>
        <source>Reading the server&apos;s schema version failed</source>
        <translation>Không đọc được phiên bản lược đồ của máy chủ</translation>
    </message>
    <message>
        <source>The office server&apos;s schema (version %1) is newer than this PressDesk knows (version %2). Install the newer PressDesk.</source>
        <translation>Lược đồ của máy chủ của cơ quan (phiên bản %1) mới hơn phiên bản mà bản PressDesk này hiểu được (phiên bản %2). Hãy cài phiên bản PressDesk mới hơn.</translation>
    </message>
    <message>
        <source>Step %1 of the server schema</source>
        <translation>Bước %1 của lược đồ máy chủ</translation>
    </message>
    <message>
        <source>Recording step %1</source>
        <translation>Ghi nhận bước %1</translation>
    </message>
    <message>
        <source>Writing the workflow</source>
        <translation>Ghi quy trình xử lý bài</translation>
    </message>
    <message>
        <source>Recording the office</source>
        <translation>Ghi thông tin cơ quan</translation>
    </message>
</context>
<context>
    <name>PressDesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>A change of language applies after PressDesk restarts.</source>
        <translation>Ngôn ngữ mới sẽ được áp dụng sau khi khởi động lại PressDesk.</translation>
    </message>
    <message>
        <source>&amp;Tone marks:</source>
        <translation>&amp;Dấu thanh:</translation>
    </message>
    <message>
        <source>Where the tone mark goes in oa, oe and uy: Format → Place tone marks respells an article this way. Search finds both spellings.</source>
        <translation>Vị trí dấu thanh trong oa, oe, uy: Định dạng → Đặt dấu thanh sửa bài viết theo kiểu này. Tìm kiếm tìm được cả hai cách viết.</translation>
    </message>
    <message>
        <source>hòa, thủy (traditional)</source>
        <translation>hòa, thủy (kiểu cũ)</translation>
    </message>
    <message>
        <source>hoà, thuỷ (modern)</source>
        <translation>hoà, thuỷ (kiểu mới)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>&amp;Back up the profile every day while PressDesk is open</source>
        <translation>&amp;Sao lưu hồ sơ hằng ngày khi PressDesk đang mở</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Thư mục:</translation>
    </message>
    <message>
        <source>Where the daily backups go. Another disk or a USB drive keeps them safe when this one fails.</source>
        <translation>Nơi lưu các bản sao lưu hằng ngày. Lưu sang ổ đĩa khác hoặc USB để vẫn còn bản sao lưu khi ổ đĩa này bị hỏng.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>Seven daily and four weekly backups are kept. When the profile does not open, PressDesk offers the latest good one; pressdesk-cli db restore puts any of them back.</source>
        <translation>PressDesk giữ 7 bản sao lưu hằng ngày và 4 bản sao lưu hằng tuần. Khi hồ sơ không mở được, PressDesk đề nghị khôi phục bản tốt gần nhất; lệnh pressdesk-cli db restore khôi phục được bất kỳ bản nào.</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Your office as its documents name it: new plans and plan reports read it.</source>
        <translation>Thông tin cơ quan như ghi trên văn bản: kế hoạch mới và báo cáo kế hoạch lấy thông tin từ đây.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên cơ quan:</translation>
    </message>
    <message>
        <source>Your office, e.g. UBND xã Vân Canh</source>
        <translation>Tên cơ quan, ví dụ: UBND xã Vân Canh</translation>
    </message>
    <message>
        <source>The office as a sentence names it (UBND xã Vân Canh, Phòng Văn hóa - Xã hội). A document&apos;s header writes it in capitals; a new plan proposes it as the issuing body.</source>
        <translation>Tên cơ quan như khi viết trong câu (UBND xã Vân Canh, Phòng Văn hóa - Xã hội). Phần đầu văn bản viết tên này bằng chữ in hoa; kế hoạch mới lấy tên này làm cơ quan ban hành.</translation>
    </message>
    <message>
        <source>&amp;Parent body:</source>
        <translation>Cơ quan chủ &amp;quản:</translation>
    </message>
    <message>
        <source>e.g. UBND phường Hoàn Kiếm (if any)</source>
        <translation>ví dụ: UBND phường Hoàn Kiếm (nếu có)</translation>
    </message>
    <message>
        <source>The line above the office&apos;s name in a document&apos;s header; leave empty when there is none.</source>
        <translation>Dòng phía trên tên cơ quan ở phần đầu văn bản; để trống nếu không có.</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>Đị&amp;a danh:</translation>
    </message>
    <message>
        <source>e.g. Vân Canh</source>
        <translation>ví dụ: Vân Canh</translation>
    </message>
    <message>
        <source>As in &quot;Vân Canh, ngày … tháng … năm …&quot; in a document&apos;s header.</source>
        <translation>Như trong dòng &quot;Vân Canh, ngày … tháng … năm …&quot; ở phần đầu văn bản.</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>Người &amp;ký:</translation>
    </message>
    <message>
        <source>Who usually signs</source>
        <translation>Người thường ký</translation>
    </message>
    <message>
        <source>The name under a report&apos;s signature; each report can name someone else.</source>
        <translation>Họ tên ghi dưới chữ ký của báo cáo; mỗi báo cáo có thể ghi người ký khác.</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;title:</source>
        <translation>&amp;Chức vụ người ký:</translation>
    </message>
    <message>
        <source>e.g. Chủ tịch, Trưởng phòng</source>
        <translation>ví dụ: Chủ tịch, Trưởng phòng</translation>
    </message>
    <message>
        <source>Above the signature, in capitals.</source>
        <translation>Ghi phía trên chữ ký, bằng chữ in hoa.</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Nơi nhận:</translation>
    </message>
    <message>
        <source>One recipient per line, in order</source>
        <translation>Mỗi dòng một nơi nhận, theo thứ tự</translation>
    </message>
    <message>
        <source>The &quot;Nơi nhận&quot; of a report, e.g. UBND thành phố (để b/c); and Lưu: VT.</source>
        <translation>Phần &quot;Nơi nhận&quot; của báo cáo, ví dụ: UBND thành phố (để b/c); Lưu: VT.</translation>
    </message>
    <message>
        <source>N&amp;umber suffix:</source>
        <translation>&amp;Viết tắt tên cơ quan:</translation>
    </message>
    <message>
        <source>e.g. UBND</source>
        <translation>ví dụ: UBND</translation>
    </message>
    <message>
        <source>The office&apos;s part of a document&apos;s symbol: UBND gives 65/KH-UBND for a plan and …/BC-UBND for a report.</source>
        <translation>Chữ viết tắt tên cơ quan trong ký hiệu văn bản: UBND cho ký hiệu 65/KH-UBND đối với kế hoạch và …/BC-UBND đối với báo cáo.</translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation>Thư mục lưu bản sao lưu</translation>
    </message>
    <message>
        <source>“backups” beside the profile</source>
        <translation>thư mục “backups” cạnh hồ sơ</translation>
    </message>
    <message>
        <source>Without a folder here: %1</source>
        <translation>Nếu để trống: %1</translation>
    </message>
    <message>
        <source>&amp;Run the set-up assistant again…</source>
        <translation>&amp;Chạy lại trợ lý thiết lập…</translation>
    </message>
    <message>
        <source>Who works at this desk, the office, the office server and the portal, step by step.</source>
        <translation>Ai làm việc trên máy này, cơ quan, máy chủ của cơ quan và Cổng thông tin, từng bước một.</translation>
    </message>
    <message>
        <source>Abbreviations</source>
        <translation>Chữ viết tắt</translation>
    </message>
    <message>
        <source>The office&apos;s abbreviations and what they stand for: a radio script reads them out in full, and the style hints ask for them spelled out at their first use. The list starts with PressDesk&apos;s own; add the office&apos;s, change or remove any.</source>
        <translation>Chữ viết tắt của cơ quan và cách đọc đầy đủ: kịch bản phát thanh đọc đầy đủ các chữ này, gợi ý văn phong nhắc viết đầy đủ ở lần dùng đầu. Danh sách ban đầu là của PressDesk; cơ quan thêm chữ riêng, sửa hoặc bỏ chữ nào cũng được.</translation>
    </message>
    <message>
        <source>Double-click a cell to change it. An abbreviation is matched as written, capitals included.</source>
        <translation>Bấm đúp vào một ô để sửa. Chữ viết tắt được so đúng như khi viết, kể cả chữ hoa.</translation>
    </message>
    <message>
        <source>Each row: the abbreviation as written, then what it stands for as it is read</source>
        <translation>Mỗi dòng: chữ viết tắt như khi viết, rồi cách đọc đầy đủ</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Chữ viết tắt</translation>
    </message>
    <message>
        <source>Stands for</source>
        <translation>Đọc là</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>A new row at the end: type the abbreviation, then what it stands for</source>
        <translation>Thêm một dòng ở cuối: gõ chữ viết tắt, rồi cách đọc đầy đủ</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Remove the selected abbreviations: they are left as written</source>
        <translation>Xóa các chữ viết tắt đã chọn: chúng sẽ được giữ nguyên như khi viết</translation>
    </message>
    <message>
        <source>Restore PressDesk&apos;s &amp;list</source>
        <translation>&amp;Khôi phục danh sách của PressDesk</translation>
    </message>
    <message>
        <source>Put back PressDesk&apos;s own abbreviations as they were, without the office&apos;s</source>
        <translation>Đưa danh sách chữ viết tắt của PressDesk về như ban đầu, bỏ các chữ của cơ quan</translation>
    </message>
    <message>
        <source>Row %1 of the abbreviations needs both the abbreviation and what it stands for (or remove the row).</source>
        <translation>Dòng %1 của danh sách chữ viết tắt cần có cả chữ viết tắt và cách đọc (hoặc xóa dòng này).</translation>
    </message>
</context>
<context>
    <name>PressDesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Cửa sổ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
</context>
<context>
    <name>PressDesk::SloganDialog</name>
    <message>
        <source>Add a slogan</source>
        <translation>Thêm khẩu hiệu</translation>
    </message>
    <message>
        <source>Slogan:</source>
        <translation>Khẩu hiệu:</translation>
    </message>
    <message>
        <source>e.g. Cải cách hành chính vì nhân dân phục vụ</source>
        <translation>vd. Cải cách hành chính vì nhân dân phục vụ</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Chủ đề:</translation>
    </message>
    <message>
        <source>The plan&apos;s theme or focus topic it serves (optional)</source>
        <translation>Chủ đề năm hoặc nội dung trọng tâm của kế hoạch mà khẩu hiệu phục vụ (không bắt buộc)</translation>
    </message>
</context>
<context>
    <name>PressDesk::Speech</name>
    <message>
        <source>No Vietnamese voice is installed on this computer. PressDesk reads aloud with eSpeak NG: install it (its Windows installer, espeak-ng.msi), then try again.</source>
        <translation>Máy này chưa cài giọng đọc tiếng Việt. PressDesk đọc bằng eSpeak NG: hãy cài đặt (bộ cài cho Windows, espeak-ng.msi) rồi thử lại.</translation>
    </message>
    <message>
        <source>No Vietnamese voice is installed on this computer. PressDesk reads aloud with eSpeak NG: install the espeak-ng package (sudo apt install espeak-ng), then try again.</source>
        <translation>Máy này chưa cài giọng đọc tiếng Việt. PressDesk đọc bằng eSpeak NG: hãy cài gói espeak-ng (sudo apt install espeak-ng) rồi thử lại.</translation>
    </message>
    <message>
        <source>The voice did not write a sound file.</source>
        <translation>Giọng đọc không ghi ra tệp âm thanh.</translation>
    </message>
    <message>
        <source>No temporary folder to write the sound into: %1</source>
        <translation>Không có thư mục tạm để ghi âm thanh: %1</translation>
    </message>
    <message>
        <source>The voice (%1) did not start: %2</source>
        <translation>Giọng đọc (%1) không khởi động được: %2</translation>
    </message>
    <message>
        <source>The voice took more than a minute; it was stopped.</source>
        <translation>Giọng đọc chạy quá một phút nên đã bị dừng.</translation>
    </message>
    <message>
        <source>The voice failed: %1</source>
        <translation>Giọng đọc bị lỗi: %1</translation>
    </message>
</context>
<context>
    <name>PressDesk::SpellHighlighter</name>
    <message>
        <source>No suggestions</source>
        <translation>Không có gợi ý</translation>
    </message>
    <message>
        <source>Office dictionary</source>
        <translation>Từ điển của cơ quan</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to the office dictionary</source>
        <translation>Thêm &quot;%1&quot; vào từ điển của cơ quan</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; as a proper name</source>
        <translation>Thêm &quot;%1&quot; làm tên riêng</translation>
    </message>
</context>
<context>
    <name>PressDesk::StyleHintsDialog</name>
    <message>
        <source>Style hints</source>
        <translation>Gợi ý văn phong</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Á&amp;p dụng</translation>
    </message>
    <message>
        <source>Apply a&amp;ll</source>
        <translation>Áp dụng &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Bỏ qua</translation>
    </message>
    <message>
        <source>(spaces)</source>
        <translation>(dấu cách)</translation>
    </message>
    <message>
        <source>(one space)</source>
        <translation>(một dấu cách)</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(bỏ đi)</translation>
    </message>
    <message>
        <source>“%1” → “%2”
%3</source>
        <translation>“%1” → “%2”
%3</translation>
    </message>
    <message>
        <source>Nothing to suggest: the article follows the office&apos;s style.</source>
        <translation>Không có gợi ý nào: bài viết đã theo đúng văn phong của cơ quan.</translation>
    </message>
    <message numerus="yes">
        <source>%n hint(s). Choose one to see it in the article.</source>
        <translation>
            <numerusform>%n gợi ý. Chọn một gợi ý để xem vị trí trong bài.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PressDesk::SyncCommands</name>
    <message>
        <source>sync join takes no names: %1</source>
        <translation>sync join không nhận tên nào: %1</translation>
    </message>
    <message>
        <source>sync join needs --server URL and --user NAME (your login on the office server).</source>
        <translation>sync join cần --server URL và --user TÊN_ĐĂNG_NHẬP (tên đăng nhập của bạn trên máy chủ của cơ quan).</translation>
    </message>
    <message>
        <source>Give the password of %1 on the office server in $PRESSDESK_SERVER_PASSWORD or as one line on standard input.</source>
        <translation>Hãy cung cấp mật khẩu của %1 trên máy chủ của cơ quan trong $PRESSDESK_SERVER_PASSWORD hoặc nhập thành một dòng ở đầu vào chuẩn.</translation>
    </message>
    <message>
        <source>This profile is now a desk of %1, as %2.</source>
        <translation>Hồ sơ này đã trở thành máy trạm kết nối với %1, tên đăng nhập %2.</translation>
    </message>
    <message numerus="yes">
        <source>Received %n change(s).</source>
        <translation>
            <numerusform>Đã nhận %n thay đổi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown sync command: %1</source>
        <translation>Lệnh sync không hợp lệ: %1</translation>
    </message>
    <message>
        <source>This profile is not a desk of an office server yet: run “pressdesk-cli sync join --server URL --user NAME” first.</source>
        <translation>Hồ sơ này chưa là máy trạm kết nối với máy chủ của cơ quan: hãy chạy “pressdesk-cli sync join --server URL --user TÊN_ĐĂNG_NHẬP” trước.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s).</source>
        <translation>
            <numerusform>Đã gửi %n thay đổi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused by the office server: %1</source>
        <translation>Máy chủ của cơ quan từ chối: %1</translation>
    </message>
    <message>
        <source>sync status takes no names: %1</source>
        <translation>sync status không nhận tên nào: %1</translation>
    </message>
    <message>
        <source>This profile is not a desk of an office server.</source>
        <translation>Hồ sơ này không phải máy trạm kết nối với máy chủ của cơ quan.</translation>
    </message>
    <message>
        <source>Office server: %1 (as %2)</source>
        <translation>Máy chủ của cơ quan: %1 (tên đăng nhập %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n thay đổi chờ gửi</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Lần đồng bộ gần nhất: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Chưa đồng bộ lần nào</translation>
    </message>
    <message>
        <source>The office server could not be reached: %1</source>
        <translation>Không kết nối được máy chủ của cơ quan: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in conflict</source>
        <translation>
            <numerusform>%n bài viết có xung đột</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) were also edited on another desk: the edits were merged.</source>
        <translation>
            <numerusform>%n bài viết cũng được sửa trên máy trạm khác: các chỗ sửa đã được gộp.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) were edited on another desk in the same places: both versions are kept until someone chooses (sync conflicts).</source>
        <translation>
            <numerusform>%n bài viết được sửa trên máy trạm khác ở cùng những chỗ: cả hai bản được giữ cho đến khi có người chọn (sync conflicts).</numerusform>
        </translation>
    </message>
    <message>
        <source>sync conflicts takes no names: %1</source>
        <translation>sync conflicts không nhận tên nào: %1</translation>
    </message>
    <message>
        <source>the other version by %1</source>
        <translation>bản kia của %1</translation>
    </message>
    <message>
        <source>mine:   %1</source>
        <translation>của tôi:   %1</translation>
    </message>
    <message>
        <source>theirs: %1</source>
        <translation>của họ:    %1</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Không có xung đột.</translation>
    </message>
    <message>
        <source>sync resolve takes one conflict id.</source>
        <translation>sync resolve nhận đúng một mã xung đột.</translation>
    </message>
    <message>
        <source>sync resolve needs either --take mine|theirs|both or --body-file F.</source>
        <translation>sync resolve cần --take mine|theirs|both hoặc --body-file F.</translation>
    </message>
    <message>
        <source>--take is mine, theirs or both, not %1.</source>
        <translation>--take là mine, theirs hoặc both, không phải %1.</translation>
    </message>
    <message>
        <source>Resolved: “%1” is saved as a new revision; the next sync sends it to the office.</source>
        <translation>Đã giải quyết: bài “%1” được lưu thành phiên bản mới; lần đồng bộ sau sẽ gửi lên cơ quan.</translation>
    </message>
</context>
<context>
    <name>PressDesk::SyncEngine</name>
    <message>
        <source>This profile is already a desk of the office server %1 (as %2).</source>
        <translation>Hồ sơ này đã là máy trạm kết nối với máy chủ của cơ quan %1 (tên đăng nhập %2).</translation>
    </message>
    <message>
        <source>The login %1 is not one of this office&apos;s people on the server. Ask the administrator to add it (pressdesk-cli server user add).</source>
        <translation>Tên đăng nhập %1 không có trong danh sách người dùng của cơ quan trên máy chủ. Hãy đề nghị quản trị viên thêm tên này (pressdesk-cli server user add).</translation>
    </message>
    <message numerus="yes">
        <source>This profile already has %n article(s) of its own. Join with a new profile, or let a supervisor upload this one&apos;s work once (--import).</source>
        <translation>
            <numerusform>Hồ sơ này đã có %n bài viết riêng. Hãy tham gia bằng một hồ sơ mới, hoặc để lãnh đạo duyệt bài tải dữ liệu của hồ sơ này lên một lần (--import).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a supervisor uploads a profile&apos;s work to the office server; %1 is %2.</source>
        <translation>Chỉ lãnh đạo duyệt bài mới được tải dữ liệu của hồ sơ lên máy chủ của cơ quan; %1 là %2.</translation>
    </message>
    <message>
        <source>This profile is not a desk of an office server yet: join one first (File → Office server…, or pressdesk-cli sync join).</source>
        <translation>Hồ sơ này chưa là máy trạm kết nối với máy chủ của cơ quan: hãy tham gia trước (Tệp → Máy chủ của cơ quan…, hoặc pressdesk-cli sync join).</translation>
    </message>
    <message>
        <source>This desk syncs as %1, not as %2.</source>
        <translation>Máy trạm này đồng bộ với tên đăng nhập %1, không phải %2.</translation>
    </message>
    <message>
        <source>The office server has no PressDesk schema.</source>
        <translation>Máy chủ của cơ quan chưa có lược đồ PressDesk.</translation>
    </message>
    <message>
        <source>The office server was restored from a backup since this desk last synced. Nothing was sent, so nothing is lost; ask the administrator before syncing again.</source>
        <translation>Máy chủ của cơ quan đã được khôi phục từ bản sao lưu kể từ lần đồng bộ gần nhất của máy trạm này. Chưa gửi gì nên không mất dữ liệu; hãy hỏi ý kiến quản trị viên trước khi đồng bộ lại.</translation>
    </message>
    <message>
        <source>Category “%1”</source>
        <translation>Chuyên mục “%1”</translation>
    </message>
    <message>
        <source>Changes to “%1”</source>
        <translation>Các thay đổi của bài “%1”</translation>
    </message>
    <message>
        <source>Uploaded from %1&apos;s desk</source>
        <translation>Tải lên từ máy trạm của %1</translation>
    </message>
    <message>
        <source>The state of “%1”</source>
        <translation>Trạng thái của bài “%1”</translation>
    </message>
    <message>
        <source>A comment</source>
        <translation>Một ý kiến</translation>
    </message>
    <message>
        <source>it was taken on this desk by %1, but the desk signs in to the office server as %2; only %1 can send it, from their own desk.</source>
        <translation>quyết định này do %1 đưa ra trên máy trạm này, nhưng máy trạm đăng nhập máy chủ của cơ quan với tên %2; chỉ %1 mới gửi được quyết định này, từ máy trạm của chính mình.</translation>
    </message>
    <message>
        <source>the article is not on the office server.</source>
        <translation>bài viết không có trên máy chủ của cơ quan.</translation>
    </message>
    <message>
        <source>on the office server the article is %1 by now, not %2.</source>
        <translation>trên máy chủ của cơ quan, bài viết hiện đã ở trạng thái %1, không còn ở trạng thái %2.</translation>
    </message>
    <message>
        <source>An image from the office server is not what it says it is.</source>
        <translation>Một ảnh nhận từ máy chủ của cơ quan không khớp với mã băm đi kèm.</translation>
    </message>
    <message>
        <source>A resolved conflict</source>
        <translation>Một xung đột đã giải quyết</translation>
    </message>
    <message>
        <source>Merged the edits of %1 and %2</source>
        <translation>Gộp các chỗ sửa của %1 và %2</translation>
    </message>
    <message>
        <source>Merged edits made on two desks</source>
        <translation>Gộp các chỗ sửa trên hai máy trạm</translation>
    </message>
    <message>
        <source>Saved on a desk while another edit came first</source>
        <translation>Lưu trên một máy trạm trong khi chỗ sửa khác đến trước</translation>
    </message>
    <message>
        <source>In conflict with the office&apos;s version</source>
        <translation>Xung đột với bản của cơ quan</translation>
    </message>
    <message>
        <source>This profile was restored from a backup (%1). It is a desk of the office server %2: what was written here after that backup is not in it, and what the office has comes back at the next sync; changes the backup still waited to send go up then. Confirm to sync again: File → Office server… → Sync after the restore, or pressdesk-cli sync --after-restore.</source>
        <translation>Hồ sơ này đã được khôi phục từ một bản sao lưu (%1). Đây là một máy trạm của máy chủ cơ quan %2: những gì viết ở đây sau lần sao lưu đó không có trong hồ sơ, và những gì cơ quan đang có sẽ được tải về ở lần đồng bộ tới; những thay đổi bản sao lưu còn chờ gửi cũng sẽ được gửi đi khi đó. Hãy xác nhận để đồng bộ lại: Tệp → Máy chủ của cơ quan… → Đồng bộ sau khi khôi phục, hoặc pressdesk-cli sync --after-restore.</translation>
    </message>
</context>
<context>
    <name>PressDesk::SyncRepository</name>
    <message>
        <source>%1 (from the office server)</source>
        <translation>%1 (từ máy chủ của cơ quan)</translation>
    </message>
    <message>
        <source>There is no such conflict.</source>
        <translation>Không có xung đột này.</translation>
    </message>
</context>
<context>
    <name>PressDesk::SyncStatusWidget</name>
    <message>
        <source>Office server: %1 (as %2)</source>
        <translation>Máy chủ của cơ quan: %1 (tên đăng nhập %2)</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Lần đồng bộ gần nhất: %1</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Chưa đồng bộ lần nào.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n thay đổi chờ gửi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) waiting for a decision.</source>
        <translation>
            <numerusform>%n xung đột đang chờ quyết định.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click for the office server.</source>
        <translation>Bấm để mở cửa sổ Máy chủ của cơ quan.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <source>Server password needed</source>
        <translation>Cần mật khẩu máy chủ</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Đồng bộ thất bại</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>Không kết nối được máy chủ</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n xung đột</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n thay đổi chờ gửi</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <comment>the time of the last sync</comment>
        <translation>Đã đồng bộ %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Chưa đồng bộ lần nào</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Máy chủ từ chối: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused</source>
        <translation>
            <numerusform>%n thay đổi bị từ chối</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PressDesk::SyncWorker</name>
    <message>
        <source>Type the password of %1 to sync with the office server.</source>
        <translation>Hãy nhập mật khẩu của %1 để đồng bộ với máy chủ của cơ quan.</translation>
    </message>
    <message>
        <source>This profile has not joined an office server.</source>
        <translation>Hồ sơ này chưa tham gia máy chủ của cơ quan.</translation>
    </message>
    <message>
        <source>Type the login name the administrator gave you.</source>
        <translation>Hãy nhập tên đăng nhập do quản trị viên cấp cho bạn.</translation>
    </message>
</context>
<context>
    <name>PressDesk::TableEditor</name>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Bảng</translation>
    </message>
    <message>
        <source>&amp;Insert table…</source>
        <translation>&amp;Chèn bảng…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+T</source>
        <translation>Ctrl+Alt+T</translation>
    </message>
    <message>
        <source>Insert row &amp;above</source>
        <translation>Chèn hàng phía &amp;trên</translation>
    </message>
    <message>
        <source>Insert row &amp;below</source>
        <translation>Chèn hàng phía &amp;dưới</translation>
    </message>
    <message>
        <source>Insert column &amp;left</source>
        <translation>Chèn cột bên t&amp;rái</translation>
    </message>
    <message>
        <source>Insert column &amp;right</source>
        <translation>Chèn cột bên &amp;phải</translation>
    </message>
    <message>
        <source>Delete r&amp;ow</source>
        <translation>Xóa &amp;hàng</translation>
    </message>
    <message>
        <source>Delete co&amp;lumn</source>
        <translation>Xóa &amp;cột</translation>
    </message>
    <message>
        <source>&amp;Merge cells</source>
        <translation>&amp;Gộp ô</translation>
    </message>
    <message>
        <source>&amp;Split cell</source>
        <translation>&amp;Tách ô</translation>
    </message>
    <message>
        <source>&amp;Header row</source>
        <translation>Hàng tiêu đ&amp;ề</translation>
    </message>
    <message>
        <source>Table &amp;caption</source>
        <translation>Tê&amp;n bảng</translation>
    </message>
    <message>
        <source>&amp;Delete table</source>
        <translation>&amp;Xóa bảng</translation>
    </message>
    <message>
        <source>Insert table</source>
        <translation>Chèn bảng</translation>
    </message>
    <message>
        <source>The first row is a &amp;header</source>
        <translation>Hàng đầu là hàng tiêu đ&amp;ề</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>Số &amp;hàng:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>Số &amp;cột:</translation>
    </message>
    <message>
        <source>Table 1. </source>
        <translation>Bảng 1. </translation>
    </message>
</context>
<context>
    <name>PressDesk::Text::SpellChecker</name>
    <message>
        <source>Spell checking is not available: the %1 dictionary (%1.aff and %1.dic) was found in none of these folders: %2. Install it (on Debian and Ubuntu: the hunspell-vi package) or reinstall PressDesk.</source>
        <translation>Không kiểm tra chính tả được: không tìm thấy từ điển %1 (%1.aff và %1.dic) trong các thư mục sau: %2. Hãy cài từ điển này (trên Debian và Ubuntu: gói hunspell-vi) hoặc cài lại PressDesk.</translation>
    </message>
    <message>
        <source>Spell checking is not available: the dictionary %1 is in the %2 encoding, which PressDesk cannot read.</source>
        <translation>Không kiểm tra chính tả được: từ điển %1 dùng bảng mã %2, PressDesk không đọc được bảng mã này.</translation>
    </message>
    <message>
        <source>Spell checking is not available: the dictionary %1 could not be read.</source>
        <translation>Không kiểm tra chính tả được: không đọc được từ điển %1.</translation>
    </message>
</context>
<context>
    <name>PressDesk::Text::StyleCheck</name>
    <message>
        <source>%1 is used here for the first time: write it out, with the abbreviation after it.</source>
        <translation>%1 được dùng lần đầu ở đây: hãy viết đầy đủ, kèm chữ viết tắt phía sau.</translation>
    </message>
    <message>
        <source>the traditional style (hòa, thúy)</source>
        <translation>kiểu cũ (hòa, thúy)</translation>
    </message>
    <message>
        <source>the modern style (hoà, thuý)</source>
        <translation>kiểu mới (hoà, thuý)</translation>
    </message>
    <message>
        <source>The office writes tone marks in %1: %2.</source>
        <translation>Cơ quan đặt dấu thanh theo %1: %2.</translation>
    </message>
    <message>
        <source>Straight quotes: printed text uses “curly quotes”.</source>
        <translation>Dấu ngoặc kép thẳng: văn bản in dùng “ngoặc kép cong”.</translation>
    </message>
    <message>
        <source>More than one space between words.</source>
        <translation>Có hơn một dấu cách giữa hai từ.</translation>
    </message>
    <message>
        <source>No space before “%1”.</source>
        <translation>Không đặt dấu cách trước “%1”.</translation>
    </message>
</context>
<context>
    <name>PressDesk::TextCommands</name>
    <message>
        <source>text convert takes one file name.</source>
        <translation>text convert nhận đúng một tên tệp.</translation>
    </message>
    <message>
        <source>--from is auto, tcvn3, vni, viqr or cp1258, not %1.</source>
        <translation>--from phải là auto, tcvn3, vni, viqr hoặc cp1258, không phải %1.</translation>
    </message>
    <message>
        <source>%1 holds no text in a legacy Vietnamese encoding (TCVN3, VNI, VIQR or Windows-1258): it is already Unicode or plain text. Nothing was converted.</source>
        <translation>%1 không có văn bản gõ bằng bảng mã tiếng Việt cũ (TCVN3, VNI, VIQR hoặc Windows-1258): tệp đã là Unicode hoặc chỉ là văn bản thường. Không chuyển đổi gì cả.</translation>
    </message>
    <message>
        <source>%1 is already Unicode text (it has Vietnamese letters that %2 cannot hold). Nothing was converted.</source>
        <translation>%1 đã là văn bản Unicode (có những chữ tiếng Việt mà bảng mã %2 không có). Không chuyển đổi gì cả.</translation>
    </message>
    <message>
        <source>text tone takes one file name.</source>
        <translation>text tone nhận đúng một tên tệp.</translation>
    </message>
    <message>
        <source>--style is traditional (hòa, thủy) or modern (hoà, thuỷ).</source>
        <translation>--style là traditional (hòa, thủy) hoặc modern (hoà, thuỷ).</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. If it was typed in an old Vietnamese encoding, convert it first: text convert %1</source>
        <translation>%1 không phải văn bản UTF-8. Nếu văn bản được gõ bằng bảng mã tiếng Việt cũ, hãy chuyển đổi trước: text convert %1</translation>
    </message>
    <message numerus="yes">
        <source>%n syllable(s) respelled.</source>
        <translation>
            <numerusform>Đã đặt lại dấu thanh ở %n âm tiết.</numerusform>
        </translation>
    </message>
    <message>
        <source>text spell takes one file name.</source>
        <translation>text spell nhận đúng một tên tệp.</translation>
    </message>
    <message numerus="yes">
        <source>%n unknown word(s).</source>
        <translation>
            <numerusform>%n từ không có trong từ điển.</numerusform>
        </translation>
    </message>
    <message>
        <source>text dict add takes one word or more.</source>
        <translation>text dict add cần ít nhất một từ.</translation>
    </message>
    <message>
        <source>text dict remove takes one word or more.</source>
        <translation>text dict remove cần ít nhất một từ.</translation>
    </message>
    <message>
        <source>text dict list takes no argument.</source>
        <translation>text dict list không nhận tham số.</translation>
    </message>
    <message>
        <source>text style takes one file name.</source>
        <translation>text style nhận đúng một tên tệp.</translation>
    </message>
    <message>
        <source>text style --apply prints the text, not JSON.</source>
        <translation>text style --apply in ra văn bản, không in JSON.</translation>
    </message>
    <message numerus="yes">
        <source>%n hint(s) applied.</source>
        <translation>
            <numerusform>Đã áp dụng %n gợi ý.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n style hint(s).</source>
        <translation>
            <numerusform>%n gợi ý về văn phong.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PressDesk::TextFormatter</name>
    <message>
        <source>&amp;Paragraph</source>
        <translation>Đoạn &amp;văn</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Heading &amp;2</source>
        <translation>Đề mục cấp &amp;2</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Heading &amp;3</source>
        <translation>Đề mục cấp &amp;3</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>In đậ&amp;m</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>In &amp;nghiêng</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Liên kết…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>B&amp;ulleted list</source>
        <translation>Danh sách &amp;gạch đầu dòng</translation>
    </message>
    <message>
        <source>Ctrl+Shift+8</source>
        <translation>Ctrl+Shift+8</translation>
    </message>
    <message>
        <source>&amp;Numbered list</source>
        <translation>Danh sách đánh &amp;số</translation>
    </message>
    <message>
        <source>Ctrl+Shift+7</source>
        <translation>Ctrl+Shift+7</translation>
    </message>
    <message>
        <source>Block &amp;quote</source>
        <translation>Trích &amp;dẫn</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <source>Insert &amp;image…</source>
        <translation>&amp;Chèn ảnh…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation>Kiểu đoạn</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Đoạn văn</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Đề mục cấp 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Đề mục cấp 3</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <source>Web address (leave empty to remove the link):</source>
        <translation>Địa chỉ trang web (để trống nếu muốn bỏ liên kết):</translation>
    </message>
</context>
<context>
    <name>PressDesk::UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
</context>
<context>
    <name>PressDesk::UserRepository</name>
    <message>
        <source>“%1” is not a valid user name: use letters without diacritics, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, at most 64.</source>
        <translation>“%1” không phải tên người dùng hợp lệ: chỉ dùng chữ không dấu, chữ số, &apos;.&apos;, &apos;-&apos; hoặc &apos;_&apos;, tối đa 64 ký tự.</translation>
    </message>
    <message>
        <source>Only an administrator can add users.</source>
        <translation>Chỉ quản trị viên mới thêm được người dùng.</translation>
    </message>
    <message>
        <source>There is already a user named %1.</source>
        <translation>Đã có người dùng tên %1.</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>Không có người dùng nào tên %1.</translation>
    </message>
    <message>
        <source>A user&apos;s name cannot be empty.</source>
        <translation>Tên người dùng không được để trống.</translation>
    </message>
    <message>
        <source>Only an administrator can rename other users.</source>
        <translation>Chỉ người quản trị mới đổi được tên của người dùng khác.</translation>
    </message>
</context>
<context>
    <name>PressDesk::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Now working</source>
        <translation>Đang làm việc</translation>
    </message>
    <message>
        <source>&amp;Work as this user</source>
        <translation>&amp;Làm việc với tư cách người này</translation>
    </message>
    <message>
        <source>Add a user (administrators)</source>
        <translation>Thêm người dùng (dành cho quản trị viên)</translation>
    </message>
    <message>
        <source>e.g. lan.nguyen</source>
        <translation>ví dụ: lan.nguyen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>You now work as %1.</source>
        <translation>Bạn đang làm việc với tư cách %1.</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>Đã thêm %1.</translation>
    </message>
    <message>
        <source>People of this desk</source>
        <translation>Người dùng của máy này</translation>
    </message>
</context>
<context>
    <name>PressDesk::Visual</name>
    <message>
        <source>Banner</source>
        <translation>Băng rôn</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Pano</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>Áp phích</translation>
    </message>
    <message>
        <source>LED screen</source>
        <translation>Màn hình LED</translation>
    </message>
    <message>
        <source>Leaflet</source>
        <translation>Tờ rơi</translation>
    </message>
    <message>
        <source>Slogan</source>
        <translation>Khẩu hiệu</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Đã lắp đặt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Đã tháo dỡ</translation>
    </message>
</context>
<context>
    <name>PressDesk::VisualCommands</name>
    <message>
        <source>installed %1</source>
        <translation>đã lắp đặt ngày %1</translation>
    </message>
    <message>
        <source>installed %1, removed %2</source>
        <translation>lắp đặt ngày %1, tháo dỡ ngày %2</translation>
    </message>
    <message>
        <source>planned for %1</source>
        <translation>dự kiến lắp đặt ngày %1</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>dự kiến</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Tham số không hợp lệ: %1</translation>
    </message>
    <message>
        <source>visual add needs --activity, --form, --quantity and --place.</source>
        <translation>visual add cần --activity, --form, --quantity và --place.</translation>
    </message>
    <message>
        <source>--form is banner (băng rôn), panel (pano), poster (áp phích), led_screen (màn hình LED), leaflet (tờ rơi) or slogan (khẩu hiệu), not %1.</source>
        <translation>--form là banner (băng rôn), panel (pano), poster (áp phích), led_screen (màn hình LED), leaflet (tờ rơi) hoặc slogan (khẩu hiệu), không phải %1.</translation>
    </message>
    <message>
        <source>--lat and --lon are given together, in decimal degrees (--lat 21.0245 --lon 105.7012).</source>
        <translation>--lat và --lon phải đi cùng nhau, tính bằng độ thập phân (--lat 21.0245 --lon 105.7012).</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n ảnh</numerusform>
        </translation>
    </message>
    <message>
        <source>visual install needs the item&apos;s id and --date.</source>
        <translation>visual install cần mã mục và --date.</translation>
    </message>
    <message>
        <source>visual remove needs the item&apos;s id and --date.</source>
        <translation>visual remove cần mã mục và --date.</translation>
    </message>
    <message>
        <source>visual photo needs the item&apos;s id and one or more photo files.</source>
        <translation>visual photo cần mã mục và một hoặc nhiều tệp ảnh.</translation>
    </message>
    <message>
        <source>visual slogan add needs --plan and the slogan&apos;s text (in quotes).</source>
        <translation>visual slogan add cần --plan và nội dung khẩu hiệu (đặt trong dấu ngoặc kép).</translation>
    </message>
    <message>
        <source>visual slogan list needs --plan.</source>
        <translation>visual slogan list cần --plan.</translation>
    </message>
</context>
<context>
    <name>PressDesk::VisualItemDialog</name>
    <message>
        <source>Add a visual campaign item</source>
        <translation>Thêm mục tuyên truyền trực quan</translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation>Hoạt động:</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Hình thức:</translation>
    </message>
    <message>
        <source>Slogan:</source>
        <translation>Khẩu hiệu:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <source>The wording as put up, or pick a slogan above</source>
        <translation>Như khi treo, hoặc chọn khẩu hiệu ở trên</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Kích thước:</translation>
    </message>
    <message>
        <source>e.g. 0,8 × 6 m</source>
        <translation>vd. 0,8 × 6 m</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Số lượng:</translation>
    </message>
    <message>
        <source>Commune or ward:</source>
        <translation>Xã, phường:</translation>
    </message>
    <message>
        <source>e.g. Thị trấn Trạm Trôi</source>
        <translation>vd. Thị trấn Trạm Trôi</translation>
    </message>
    <message>
        <source>Village or street:</source>
        <translation>Thôn, tổ dân phố hoặc đường phố:</translation>
    </message>
    <message>
        <source>e.g. Quốc lộ 32</source>
        <translation>vd. Quốc lộ 32</translation>
    </message>
    <message>
        <source>Position (optional):</source>
        <translation>Tọa độ (không bắt buộc):</translation>
    </message>
    <message>
        <source>Latitude, e.g. 21.0712</source>
        <translation>Vĩ độ, vd. 21.0712</translation>
    </message>
    <message>
        <source>Longitude, e.g. 105.7101</source>
        <translation>Kinh độ, vd. 105.7101</translation>
    </message>
    <message>
        <source>Responsible unit:</source>
        <translation>Đơn vị thực hiện:</translation>
    </message>
    <message>
        <source>e.g. Phòng Văn hóa và Thông tin</source>
        <translation>vd. Phòng Văn hóa - Xã hội</translation>
    </message>
    <message>
        <source>Planned:</source>
        <translation>Dự kiến:</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Dự kiến vào</translation>
    </message>
    <message>
        <source>Installed:</source>
        <translation>Đã lắp đặt:</translation>
    </message>
    <message>
        <source>Already installed on</source>
        <translation>Đã lắp đặt ngày</translation>
    </message>
    <message>
        <source>%1 × %2 “%3”</source>
        <translation>%1 × %2 “%3”</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The plan %1 has no visual campaign activity: add one in the plan tracker first.</source>
        <translation>Kế hoạch %1 chưa có hoạt động tuyên truyền trực quan: hãy thêm trong phần theo dõi kế hoạch trước.</translation>
    </message>
    <message>
        <source>None: type the content below</source>
        <translation>Không: nhập nội dung ở dưới</translation>
    </message>
    <message>
        <source>Choose the activity of the plan it counts for.</source>
        <translation>Hãy chọn hoạt động của kế hoạch mà mục này được tính vào.</translation>
    </message>
    <message>
        <source>What does it say? Type the content or pick a slogan.</source>
        <translation>Nội dung là gì? Hãy nhập nội dung hoặc chọn một khẩu hiệu.</translation>
    </message>
    <message>
        <source>A position is its latitude and its longitude in decimal degrees, both of them (21.0712 and 105.7101).</source>
        <translation>Tọa độ gồm cả vĩ độ và kinh độ, tính bằng độ thập phân (21.0712 và 105.7101).</translation>
    </message>
    <message>
        <source>Edit visual campaign item</source>
        <translation>Sửa mục tuyên truyền trực quan</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Kinh độ</translation>
    </message>
    <message>
        <source>Planned day</source>
        <translation>Ngày dự kiến</translation>
    </message>
    <message>
        <source>Day it was installed</source>
        <translation>Ngày lắp đặt</translation>
    </message>
</context>
<context>
    <name>PressDesk::VisualRepository</name>
    <message>
        <source>A slogan needs its text.</source>
        <translation>Khẩu hiệu cần có nội dung.</translation>
    </message>
    <message>
        <source>The plan %1 already has this slogan: “%2”.</source>
        <translation>Kế hoạch %1 đã có khẩu hiệu này: “%2”.</translation>
    </message>
    <message>
        <source>No slogan with id %1.</source>
        <translation>Không có khẩu hiệu nào có mã %1.</translation>
    </message>
    <message>
        <source>Which activity of the plan does the item count for? Give the id of a visual campaign activity.</source>
        <translation>Mục này được tính cho hoạt động nào của kế hoạch? Hãy ghi mã của một hoạt động tuyên truyền trực quan.</translation>
    </message>
    <message>
        <source>The activity %1 is on the channel “%2”: only a visual campaign activity counts banners, panels and posters.</source>
        <translation>Hoạt động %1 thuộc hình thức “%2”: chỉ hoạt động tuyên truyền trực quan mới tính băng rôn, pano, áp phích.</translation>
    </message>
    <message>
        <source>%1 is still to come: record an installation once it is done.</source>
        <translation>%1 là ngày chưa tới: chỉ ghi nhận việc lắp đặt sau khi đã lắp đặt xong.</translation>
    </message>
    <message>
        <source>The item has not been installed: only an installed item can be removed.</source>
        <translation>Mục này chưa được lắp đặt: chỉ tháo dỡ được mục đã lắp đặt.</translation>
    </message>
    <message>
        <source>The removal (%1) cannot be before the installation (%2).</source>
        <translation>Ngày tháo dỡ (%1) không thể trước ngày lắp đặt (%2).</translation>
    </message>
    <message>
        <source>%1 is still to come: record a removal once it is done.</source>
        <translation>%1 là ngày chưa tới: chỉ ghi nhận việc tháo dỡ sau khi đã tháo dỡ xong.</translation>
    </message>
    <message>
        <source>The quantity must be 1 or more, not %1.</source>
        <translation>Số lượng phải từ 1 trở lên, không thể là %1.</translation>
    </message>
    <message>
        <source>The slogan “%1” is in another plan&apos;s library.</source>
        <translation>Khẩu hiệu “%1” thuộc danh mục khẩu hiệu của một kế hoạch khác.</translation>
    </message>
    <message>
        <source>A position needs both its latitude and its longitude.</source>
        <translation>Vị trí cần có cả vĩ độ và kinh độ.</translation>
    </message>
    <message>
        <source>The latitude is between -90 and 90 and the longitude between -180 and 180 (Hoài Đức: 21.02, 105.70).</source>
        <translation>Vĩ độ nằm trong khoảng từ -90 đến 90 và kinh độ trong khoảng từ -180 đến 180 (Hoài Đức: 21.02, 105.70).</translation>
    </message>
    <message>
        <source>Where is it? Give the commune or ward, the village or street.</source>
        <translation>Lắp đặt ở đâu? Hãy ghi xã hoặc phường, thôn hoặc đường phố.</translation>
    </message>
    <message>
        <source>No visual campaign item with id %1.</source>
        <translation>Không có mục tuyên truyền trực quan nào có mã %1.</translation>
    </message>
    <message>
        <source>Which visual campaign item? Give its id (at least its first 4 characters).</source>
        <translation>Mục tuyên truyền trực quan nào? Hãy ghi mã của mục (ít nhất 4 ký tự đầu).</translation>
    </message>
    <message>
        <source>Several visual campaign items have an id starting with %1: give more of it.</source>
        <translation>Có nhiều mục tuyên truyền trực quan có mã bắt đầu bằng %1: hãy ghi thêm ký tự của mã.</translation>
    </message>
    <message>
        <source>When was it installed? The date is missing.</source>
        <translation>Lắp đặt ngày nào? Còn thiếu ngày lắp đặt.</translation>
    </message>
    <message>
        <source>This item was removed on %1: register the new installation as a new item.</source>
        <translation>Mục này đã được tháo dỡ ngày %1: hãy ghi lần lắp đặt mới thành một mục mới.</translation>
    </message>
    <message>
        <source>When was it removed? The date is missing.</source>
        <translation>Tháo dỡ ngày nào? Còn thiếu ngày tháo dỡ.</translation>
    </message>
    <message>
        <source>No photo with id %1.</source>
        <translation>Không có ảnh nào có mã %1.</translation>
    </message>
    <message>
        <source>A date is written yyyy-MM-dd (2019-02-26) or dd/MM/yyyy (26/02/2019), not “%1”.</source>
        <translation>Ngày phải viết dạng yyyy-MM-dd (2019-02-26) hoặc dd/MM/yyyy (26/02/2019), không phải “%1”.</translation>
    </message>
</context>
<context>
    <name>PressDesk::VisualWindow</name>
    <message>
        <source>No date in the photo</source>
        <translation>Ảnh không ghi ngày chụp</translation>
    </message>
    <message>
        <source>No position in the photo</source>
        <translation>Ảnh không ghi vị trí</translation>
    </message>
    <message>
        <source>Visual campaigns — PressDesk</source>
        <translation>Tuyên truyền trực quan — PressDesk</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Kế hoạch:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Hiển thị:</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>&amp;Thêm mục…</translation>
    </message>
    <message>
        <source>Register banners, panels or posters planned or put up</source>
        <translation>Đăng ký băng rôn, pano, áp phích dự kiến hoặc đã treo</translation>
    </message>
    <message>
        <source>Mark &amp;installed…</source>
        <translation>Ghi nhận đã &amp;lắp đặt…</translation>
    </message>
    <message>
        <source>Record the day it was put up, with photos: from then it counts for the plan</source>
        <translation>Ghi ngày lắp đặt, kèm ảnh: từ đó mục được tính vào kế hoạch</translation>
    </message>
    <message>
        <source>Mark &amp;removed…</source>
        <translation>Ghi nhận đã &amp;tháo dỡ…</translation>
    </message>
    <message>
        <source>Record the day it was taken down</source>
        <translation>Ghi ngày tháo dỡ</translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation>Thêm ả&amp;nh…</translation>
    </message>
    <message>
        <source>Add photos that prove the item was put up</source>
        <translation>Thêm ảnh minh chứng mục đã được lắp đặt</translation>
    </message>
    <message>
        <source>Add &amp;slogan…</source>
        <translation>Thêm khẩu &amp;hiệu…</translation>
    </message>
    <message>
        <source>Add a wording to the plan&apos;s slogan library</source>
        <translation>Thêm một câu vào thư viện khẩu hiệu của kế hoạch</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>SL</translation>
    </message>
    <message>
        <source>Commune or ward</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Đơn vị thực hiện</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Lắp đặt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Tháo dỡ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Photos of the item</source>
        <translation>Ảnh của mục</translation>
    </message>
    <message>
        <source>Double-click a photo to see it larger</source>
        <translation>Nhấp đúp vào ảnh để xem ảnh lớn</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Sổ theo dõi</translation>
    </message>
    <message>
        <source>Slogan</source>
        <translation>Khẩu hiệu</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Các mục</translation>
    </message>
    <message>
        <source>Slogan &amp;library</source>
        <translation>&amp;Thư viện khẩu hiệu</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No plan yet: make one in the plan tracker (Plans → Plan tracker…), with a visual campaign activity.</source>
        <translation>Chưa có kế hoạch: hãy tạo trong phần theo dõi kế hoạch (Kế hoạch → Theo dõi kế hoạch…), có hoạt động tuyên truyền trực quan.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing registered for this plan yet: add the banners, panels or posters it plans.</source>
        <translation>Kế hoạch này chưa có mục nào: hãy thêm các băng rôn, pano, áp phích theo kế hoạch.</translation>
    </message>
    <message>
        <source>%1 × %2, %3: no photo yet.</source>
        <translation>%1 × %2, %3: chưa có ảnh.</translation>
    </message>
    <message numerus="yes">
        <source>%1 × %2, %3: %n photo(s).</source>
        <translation>
            <numerusform>%1 × %2, %3: %n ảnh.</numerusform>
        </translation>
    </message>
    <message>
        <source>Item registered.</source>
        <translation>Đã đăng ký mục.</translation>
    </message>
    <message>
        <source>Installation recorded: it counts for the plan.</source>
        <translation>Đã ghi nhận lắp đặt: mục được tính vào kế hoạch.</translation>
    </message>
    <message>
        <source>Removal recorded.</source>
        <translation>Đã ghi nhận tháo dỡ.</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Ảnh (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>Choose the item the photos show.</source>
        <translation>Hãy chọn mục mà ảnh thể hiện.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>Đã thêm %n ảnh.</numerusform>
        </translation>
    </message>
    <message>
        <source>Slogan added to the library.</source>
        <translation>Đã thêm khẩu hiệu vào thư viện.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) registered, %1 shown; %2 put up so far.</source>
        <translation>
            <numerusform>%n mục đã đăng ký, đang hiển thị %1; đã treo %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Visual campaign items</source>
        <translation>Các mục tuyên truyền trực quan</translation>
    </message>
    <message>
        <source>Evidence photos</source>
        <translation>Ảnh tư liệu</translation>
    </message>
    <message>
        <source>&amp;Edit item…</source>
        <translation>&amp;Sửa mục…</translation>
    </message>
    <message>
        <source>Correct the wording, form, size, quantity, place or planned day</source>
        <translation>Sửa nội dung, loại, kích thước, số lượng, địa điểm hoặc ngày dự kiến</translation>
    </message>
    <message>
        <source>&amp;Delete item…</source>
        <translation>&amp;Xóa mục…</translation>
    </message>
    <message>
        <source>Take an item registered by mistake out of the register</source>
        <translation>Bỏ một mục ghi nhầm khỏi sổ theo dõi</translation>
    </message>
    <message>
        <source>Item corrected.</source>
        <translation>Đã sửa mục.</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Xóa mục</translation>
    </message>
    <message>
        <source>Take “%1” out of the register? It will no longer count for the plan.</source>
        <translation>Bỏ “%1” khỏi sổ theo dõi? Mục này sẽ không còn được tính cho kế hoạch.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Item deleted from the register.</source>
        <translation>Đã xóa mục khỏi sổ theo dõi.</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
</context>
<context>
    <name>PressDesk::WordPressPortal</name>
    <message>
        <source>“%1” is not a web address (http:// or https://).</source>
        <translation>“%1” không phải địa chỉ web (http:// hoặc https://).</translation>
    </message>
    <message>
        <source>%1 answers, but it is not a WordPress site with the REST API (or the API is switched off).</source>
        <translation>%1 có trả lời nhưng không phải trang WordPress có REST API (hoặc API đã bị tắt).</translation>
    </message>
    <message>
        <source>The portal did not accept the user name and application password (WordPress answers the same when the user does not exist, the password is wrong or revoked, or a server in between drops the Authorization header).</source>
        <translation>Cổng không chấp nhận tên đăng nhập và mật khẩu ứng dụng (WordPress trả lời giống nhau khi người dùng không tồn tại, mật khẩu sai hoặc đã bị thu hồi, hoặc một máy chủ trung gian bỏ mất tiêu đề Authorization).</translation>
    </message>
    <message>
        <source>The portal account may not do this (%1).</source>
        <translation>Tài khoản trên Cổng không được phép làm việc này (%1).</translation>
    </message>
    <message>
        <source>The portal had an internal error (HTTP %1). Try again later.%2</source>
        <translation>Cổng gặp lỗi nội bộ (HTTP %1). Hãy thử lại sau.%2</translation>
    </message>
    <message>
        <source>The portal sent PressDesk to another address (%1). Check the site address; use https:// if the site moved.</source>
        <translation>Cổng chuyển PressDesk sang địa chỉ khác (%1). Hãy kiểm tra địa chỉ trang; dùng https:// nếu trang đã chuyển.</translation>
    </message>
    <message>
        <source>The portal answered HTTP %1: %2</source>
        <translation>Cổng trả lời HTTP %1: %2</translation>
    </message>
    <message>
        <source>The portal&apos;s answer is not valid JSON (%1); a plugin or the server may be printing errors into it.</source>
        <translation>Câu trả lời của Cổng không phải JSON hợp lệ (%1); có thể một plugin hoặc máy chủ đang in lỗi vào đó.</translation>
    </message>
    <message>
        <source>The portal does not accept application passwords over plain HTTP. Use its https:// address.</source>
        <translation>Cổng không chấp nhận mật khẩu ứng dụng qua HTTP thường. Hãy dùng địa chỉ https:// của Cổng.</translation>
    </message>
    <message>
        <source>Application passwords are switched off on the portal (by a plugin or its configuration); ask its administrator.</source>
        <translation>Mật khẩu ứng dụng đang bị tắt trên Cổng (do plugin hoặc cấu hình); hãy liên hệ quản trị viên Cổng.</translation>
    </message>
    <message>
        <source>The account %1 may not publish posts on the portal (roles: %2); it needs the Editor or Author role.</source>
        <translation>Tài khoản %1 không được đăng bài trên Cổng (vai trò: %2); cần vai trò Editor hoặc Author.</translation>
    </message>
    <message>
        <source>The account %1 may not upload images to the portal&apos;s media library.</source>
        <translation>Tài khoản %1 không được tải ảnh lên thư viện media của Cổng.</translation>
    </message>
    <message>
        <source>The portal&apos;s list of posts is not valid JSON (%1); a plugin or the server may be printing errors into it.</source>
        <translation>Danh sách bài của Cổng không phải JSON hợp lệ (%1); có thể một plugin hoặc máy chủ đang in thông báo lỗi vào đó.</translation>
    </message>
    <message>
        <source>The portal refused the image: %1 Change the image (JPEG or PNG, smaller) and approve the article again.</source>
        <translation>Cổng từ chối ảnh: %1 Hãy thay ảnh (JPEG hoặc PNG, dung lượng nhỏ hơn) rồi duyệt lại bài.</translation>
    </message>
</context>
<context>
    <name>PressDesk::Workflow</name>
    <message>
        <source>Staff</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Lãnh đạo duyệt bài</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Gửi duyệt</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Return to author</source>
        <translation>Trả lại tác giả</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Hẹn giờ đăng</translation>
    </message>
    <message>
        <source>Cancel schedule</source>
        <translation>Hủy hẹn giờ</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Đăng bài</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Gỡ bài</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Lưu trữ</translation>
    </message>
    <message>
        <source>Reopen as draft</source>
        <translation>Mở lại thành bản nháp</translation>
    </message>
    <message>
        <source>“%1” is not possible for an article that is %2.</source>
        <translation>Không thể “%1” bài viết đang ở trạng thái %2.</translation>
    </message>
    <message>
        <source>“%1” needs a supervisor or an administrator; you are %2.</source>
        <translation>“%1” cần lãnh đạo duyệt bài hoặc quản trị viên; bạn đang là %2.</translation>
    </message>
    <message>
        <source>Write a comment telling the author what to change.</source>
        <translation>Hãy ghi ý kiến cho tác giả biết cần sửa gì.</translation>
    </message>
    <message>
        <source>Unknown workflow action.</source>
        <translation>Thao tác quy trình không hợp lệ.</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Sửa bài</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Imported from the portal</source>
        <translation>Nhập từ Cổng</translation>
    </message>
</context>
<context>
    <name>PressDesk::WorkflowBar</name>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>%1 đã duyệt lúc %2</translation>
    </message>
    <message>
        <source>The approval was voided by an edit on %1; submit it again.</source>
        <translation>Bài được sửa lúc %1 nên phê duyệt không còn hiệu lực; hãy gửi duyệt lại.</translation>
    </message>
    <message>
        <source>Returned by %1: %2</source>
        <translation>%1 trả lại: %2</translation>
    </message>
    <message>
        <source>Submitted by %1 on %2</source>
        <translation>%1 gửi duyệt lúc %2</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Read the article as it will look on the portal (Ctrl+Shift+P)</source>
        <translation>Đọc bài như khi đăng trên Cổng thông tin (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Lịch sử…</translation>
    </message>
    <message>
        <source>Every revision and decision; compare two revisions (Ctrl+H)</source>
        <translation>Mọi phiên bản và quyết định; so sánh hai phiên bản (Ctrl+H)</translation>
    </message>
    <message>
        <source>On %1: %2</source>
        <translation>Trên %1: %2</translation>
    </message>
    <message>
        <source>Scheduled on %1: %2</source>
        <translation>Hẹn giờ đăng trên %1: %2</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Đăng…</translation>
    </message>
    <message>
        <source>Withdraw from the portal…</source>
        <translation>Gỡ khỏi Cổng…</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Chưa duyệt được</translation>
    </message>
    <message>
        <source>Show what changed</source>
        <translation>Xem phần thay đổi</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>The actions that do not fit on the bar</source>
        <translation>Các thao tác không đủ chỗ trên thanh</translation>
    </message>
    <message>
        <source>View on the portal</source>
        <translation>Xem trên Cổng</translation>
    </message>
</context>
<context>
    <name>PressDesk::WorkflowService</name>
    <message>
        <source>The article has no revision %1.</source>
        <translation>Bài viết không có phiên bản %1.</translation>
    </message>
    <message>
        <source>Restored from revision %1</source>
        <translation>Khôi phục từ phiên bản %1</translation>
    </message>
    <message>
        <source>Revision %1 is the same as the current content; nothing to restore.</source>
        <translation>Phiên bản %1 giống nội dung hiện tại; không có gì để khôi phục.</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Chuyên mục: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Thẻ: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message>
        <source>Open the article and read it before approving it.</source>
        <translation>Hãy mở và đọc bài trước khi duyệt.</translation>
    </message>
    <message>
        <source>The article changed after you opened it: you read revision %1, the latest is revision %2. Read what changed, then approve again.</source>
        <translation>Bài đã thay đổi sau khi bạn mở: bạn đã đọc phiên bản %1, phiên bản mới nhất là %2. Hãy đọc phần thay đổi rồi duyệt lại.</translation>
    </message>
    <message>
        <source>The article changed while you were reading it (revision %1 was edited further). Read it again, then approve.</source>
        <translation>Bài đã thay đổi trong lúc bạn đọc (phiên bản %1 vừa được sửa tiếp). Hãy đọc lại rồi duyệt.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Bí danh</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Ổ đĩa</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Hiện </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>“%1” đang được chống ghi.
Bạn vẫn muốn xóa?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Bạn có chắc muốn xóa “%1”?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Danh sách vị trí và dấu trang</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Tệp %1</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Chọn thư mục</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Hiện tệp &amp;ẩn</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục.</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Không xóa được thư mục.</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã có.
Bạn có muốn thay thế không?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Nơi mở gần đây</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Chuyển sang dạng chi tiết</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Lối tắt</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Chuyển sang dạng danh sách</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; can not be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuations marks.</source>
        <translation>&lt;b&gt;Không dùng được tên “%1”.&lt;/b&gt;&lt;p&gt;Hãy đặt tên khác, ngắn hơn hoặc không có dấu câu.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Tên tệp không hợp lệ</translation>
    </message>
    <message>
        <source>%1 byte(s)</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Nhập giá trị:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Hiện chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>K&amp;hông với tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Tiếp</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open the profile database FILE instead of the default.</source>
        <translation>Mở cơ sở dữ liệu FILE thay cho cơ sở dữ liệu mặc định.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>PressDesk</source>
        <translation>PressDesk</translation>
    </message>
    <message numerus="yes">
        <source>The profile cannot be opened:
%1

Restore its latest good backup, of %2 (%n article(s))? The profile that does not open is kept aside.</source>
        <translation>
            <numerusform>Không mở được hồ sơ:
%1

Khôi phục bản sao lưu tốt gần nhất của hồ sơ, lúc %2 (%n bài viết)? Hồ sơ không mở được sẽ được giữ lại ở chỗ khác.</numerusform>
        </translation>
    </message>
    <message>
        <source>Desktop CMS for the press offices of Vietnamese local government.</source>
        <translation>Phần mềm quản lý tin bài cho bộ phận thông tin, tuyên truyền của chính quyền địa phương.</translation>
    </message>
    <message>
        <source>Updating the profile for this version of PressDesk.
With many articles this takes a minute or two; nothing is lost if it is interrupted.</source>
        <translation>Đang cập nhật dữ liệu cho phiên bản PressDesk này.
Với nhiều bài viết, việc này mất một hai phút; nếu bị ngắt giữa chừng cũng không mất gì.</translation>
    </message>
</context>
</TS>
