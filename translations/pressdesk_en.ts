<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>PressDesk::ActivityArticlesPicker</name>
    <message>
        <source>Articles for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search articles (with or without diacritics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::ActivityDialog</name>
    <message>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Phòng Văn hóa và Thông tin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is behind (for the report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit of the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another unit takes the activity over with Reassign responsible unit… in the plan window, which records the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::AdminCommands</name>
    <message>
        <source>user add needs exactly one name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be staff, supervisor or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category add needs exactly one name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit list takes no positional arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit verify takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log has been tampered with at entry %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entry(s) verified.</source>
        <translation>
            <numerusform>The audit log is intact: %n entry verified.</numerusform>
            <numerusform>The audit log is intact: %n entries verified.</numerusform>
        </translation>
    </message>
    <message>
        <source>audit export needs --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Generated %n article(s).</source>
        <translation>
            <numerusform>Generated %n article.</numerusform>
            <numerusform>Generated %n articles.</numerusform>
        </translation>
    </message>
    <message>
        <source>category remove needs exactly one name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --move-to NAME to move them (each move is an edit: approvals are voided).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n article(s) to %1.</source>
        <translation>
            <numerusform>Moved %n article to %1.</numerusform>
            <numerusform>Moved %n articles to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed the category %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db backup needs --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backup written to %1: %n article(s).</source>
        <translation>
            <numerusform>Backup written to %1: %n article.</numerusform>
            <numerusform>Backup written to %1: %n articles.</numerusform>
        </translation>
    </message>
    <message>
        <source>db restore needs the backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored %1 from %2: %n article(s).</source>
        <translation>
            <numerusform>Restored %1 from %2: %n article.</numerusform>
            <numerusform>Restored %1 from %2: %n articles.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile it replaced is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db check takes no arguments: it checks the profile (--db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The profile is sound: %n article(s), schema %1, nothing damaged and no broken link between its records.</source>
        <translation>
            <numerusform>The profile is sound: %n article, schema %1, nothing damaged and no broken link between its records.</numerusform>
            <numerusform>The profile is sound: %n articles, schema %1, nothing damaged and no broken link between its records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The profile is damaged (%n problem(s) above). Restore the latest backup: db restore FILE.</source>
        <translation>
            <numerusform>The profile is damaged (%n problem above). Restore the latest backup: db restore FILE.</numerusform>
            <numerusform>The profile is damaged (%n problems above). Restore the latest backup: db restore FILE.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PressDesk::Article</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::ArticleCommands</name>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article new needs --title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article show needs one article id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article edit needs one article id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article export needs one article id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be html or txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs a query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article import takes one document (.docx, .odt, .doc or .rtf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--legacy is auto, none, tcvn3, vni, viqr or cp1258, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text was typed in the old %1 encoding and has been converted to Unicode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text seems to be typed in the old %1 encoding; it was kept as it is. Use --legacy %2 to convert it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::ArticleEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the article here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead (sapo): one or two sentences that sum up the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theo …</source>
        <comment>placeholder of the source line; keep &quot;Theo&quot;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(No category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Your text stays here. PressDesk tries again at your next change; Ctrl+S retries now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min read</numerusform>
            <numerusform>%n min read</numerusform>
        </translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s text, with its headings, lists, tables and images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s title, as the portal shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or two sentences that sum up the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table: insert one, or change the one the cursor is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::ArticleListModel</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::ArticleListPanel</name>
    <message>
        <source>Search articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds words with or without diacritics: &quot;cai cach&quot; finds &quot;cải cách&quot;. Put a phrase in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>date range: from X to Y</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles found, newest first: title, status, category, last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n more not searchable yet: being indexed)</source>
        <translation>
            <numerusform>(%n more not searchable yet: being indexed)</numerusform>
            <numerusform>(%n more not searchable yet: being indexed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PressDesk::ArticleMerge</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::ArticlePull</name>
    <message>
        <source>This desk&apos;s record of its last sync is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::ArticlePush</name>
    <message>
        <source>The office server kept a conflict it cannot find again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::ArticleRepository</name>
    <message>
        <source>No article with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least 4 characters of the article id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one article id starts with %1; give more of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval was voided by an edit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::AuditLog</name>
    <message>
        <source>Entry %1 is missing: the log jumps from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: an entry was removed, changed or moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log ends at entry %1 but entry %2 was written: entries were removed from the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of the newest entry is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content hash before: %1
after: %2
entry: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entry(s) verified.</source>
        <translation>
            <numerusform>The audit log is intact: %n entry verified.</numerusform>
            <numerusform>The audit log is intact: %n entries verified.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log has been tampered with at entry %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::BodyTextEdit</name>
    <message>
        <source>Convert to Unicode?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted text seems to be typed in the old %1 encoding. Convert it to Unicode so that it reads right everywhere?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As pasted: “%1”
Converted: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste &amp;as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported document seems to be typed in the old %1 encoding. Convert it to Unicode so that it reads right everywhere?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the document: “%1”
Converted: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;as it is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::BuildInfo</name>
    <message>
        <source>windows, text, database drivers, network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spell checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading pasted and imported HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report&apos;s ODT file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date and place of evidence photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passwords in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::CategoriesDialog</name>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the category “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n article(s). Add another category to move them to, then remove this one.</source>
        <translation>
            <numerusform>“%1” is used by %n article. Add another category to move it to, then remove this one.</numerusform>
            <numerusform>“%1” is used by %n articles. Add another category to move them to, then remove this one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n article(s). Move them to:</source>
        <translation>
            <numerusform>“%1” is used by %n article. Move it to:</numerusform>
            <numerusform>“%1” is used by %n articles. Move them to:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them is approved or published: moving it voids its approval and returns it to draft, so it must be approved again.</source>
        <translation>
            <numerusform>%n of them is approved or published: moving it voids its approval and returns it to draft, so it must be approved again.</numerusform>
            <numerusform>%n of them are approved or published: moving them voids their approval and returns them to draft, so they must be approved again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move and remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::CategoryRepository</name>
    <message>
        <source>A category needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The category %1 is used by %n article(s). Move them to another category to remove it.</source>
        <translation>
            <numerusform>The category %1 is used by %n article. Move it to another category to remove it.</numerusform>
            <numerusform>The category %1 is used by %n articles. Move them to another category to remove it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The articles of %1 cannot move to the category being removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from the removed category %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::Cli</name>
    <message>
        <source>--db needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user needs a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown %1 command: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json is not available for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang needs a language: vi (Tiếng Việt) or en (English).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language “%1”: the languages are vi (Tiếng Việt) and en (English).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::CliContext</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a whole number from %2 to %3, not “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; %4 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be saved. Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you have no permission to write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text. Save it as UTF-8 (Unicode) and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::CommentRepository</name>
    <message>
        <source>A comment cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::CommentsPanel</name>
    <message>
        <source>Write a comment… (Ctrl+Enter to send)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the comment (Ctrl+Enter); it is about the passage selected in the text, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to select the passage in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the comment as still to be dealt with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the comment as dealt with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted passage is no longer in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments yet. Select a passage in the text to comment on it, or write about the whole article below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) not resolved</source>
        <translation>
            <numerusform>%n comment not resolved</numerusform>
            <numerusform>%n comments not resolved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PressDesk::ConflictBanner</name>
    <message>
        <source>Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article was also changed by %1, in the same places. Both versions are kept; it is not sent to the office server until someone chooses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::ConflictDialog</name>
    <message>
        <source>Resolve a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both versions of each conflicting passage are below, this desk&apos;s first. Keep what is right and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed on this desk and by %2 in the same places. What each of you changed elsewhere is merged already. Keep your version, take theirs, keep both, or edit the result: the choice becomes a new revision and reaches every desk at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before either change: (empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before either change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages in conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each passage both desks changed; choose one to compare and resolve it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::ConflictService</name>
    <message>
        <source>There is no conflict %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one conflict id starts with %1; give more of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other version of “%1” is not on this desk yet; sync with the office server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict resolved: this desk&apos;s version kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict resolved: %1&apos;s version taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict resolved: both versions kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict resolved by editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged with the conflict&apos;s resolution by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict was resolved already by %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::CopyStream</name>
    <message>
        <source>The office server sent rows this version of PressDesk cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the office server is not a PostgreSQL connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the office server is still busy with another request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::CredentialStore</name>
    <message>
        <source>No system keychain is available (%1). The password is kept only until PressDesk closes and will be asked for again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turned off by PRESSDESK_NO_KEYCHAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is stored for this portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain service runs on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access to the keychain was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not keep or give the password (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::Database</name>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is read-only; nothing was saved. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy in another program; try again. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk could not be written or read; nothing was saved. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a PressDesk database or it is damaged. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be opened. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of PressDesk (schema %1; this version knows up to %2). Update PressDesk to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::DictionaryRepository</name>
    <message>
        <source>&quot;%1&quot; cannot be added to the office dictionary: it holds no word the spell checker checks (numbers, abbreviations in capitals and punctuation are never marked as mistakes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the office dictionary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was added to the office dictionary by %2: only they or a supervisor can remove it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::DictionarySync</name>
    <message>
        <source>The word “%1” of the office dictionary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::DocumentImport</name>
    <message>
        <source>%1 is not a Word, OpenDocument or RTF document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing documents needs LibreOffice. Install it (on Debian and Ubuntu: the libreoffice-writer-nogui package; on Windows: LibreOffice from libreoffice.org) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LibreOffice was not found at %1 (PRESSDESK_SOFFICE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder for the conversion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>LibreOffice took more than %n second(s) to convert %1 and was stopped.</source>
        <translation>
            <numerusform>LibreOffice took more than %n second to convert %1 and was stopped.</numerusform>
            <numerusform>LibreOffice took more than %n seconds to convert %1 and was stopped.</numerusform>
        </translation>
    </message>
    <message>
        <source>LibreOffice (%1) could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LibreOffice could not convert %1. The file may be damaged or protected by a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image of the document could not be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::FileErrors</name>
    <message>
        <source>the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you have no permission to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program has it open and does not let others read it. Close it there (in Word, for example) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be opened. Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::FirstRunWizard</name>
    <message>
        <source>Set up PressDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to PressDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PressDesk is where your office writes its news: articles are drafted, reviewed and approved, published to the portal, read on the radio and counted against the office&apos;s plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few steps make this desk yours: who works at it, your office, and optionally the office server and the portal. Every step can be left for later: press Later, or Cancel to stop here. Settings → Run the set-up assistant again… brings this back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who works at this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name as colleagues see it on articles, comments and approvals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nguyễn Thị Lan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As its documents name it: new plans and plan reports read it. Settings → Office holds more (recipients, document numbers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UBND xã Vân Canh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parent body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UBND tỉnh Gia Lai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pl&amp;ace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vân Canh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chủ tịch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office server and portal (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both can be set up later from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the &amp;office server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When your office runs a PressDesk server, the desks share articles, comments, plans and approvals through it. Ask its administrator for the address and your login. (File → Office server…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the &amp;portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s web portal (WordPress), where approved articles are published. (File → Portals…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this step for later: nothing on this page is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the first user of this profile you are its administrator. The others (staff who write, supervisors who approve) are added later in File → Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles are given by an administrator in File → Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You work at this desk as %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office: not named yet. Documents leave dotted spaces for it until it is filled in under Settings → Office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office server: joined (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office server: not joined; this desk works on its own (File → Office server…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Portals: %n configured.</source>
        <translation>
            <numerusform>Portal: %n configured.</numerusform>
            <numerusform>Portals: %n configured.</numerusform>
        </translation>
    </message>
    <message>
        <source>Portal: none yet (File → Portals…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings → Run the set-up assistant again… brings this back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::HistoryDialog</name>
    <message>
        <source>History and comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the older revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the older revision the current content, as a new revision. Nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No difference a reader would see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removal(s) and %2 addition(s) between revision %3 and %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions and decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer revision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::HttpClient</name>
    <message>
        <source>The site&apos;s certificate is not trusted (%1). Its SHA-256 fingerprint is %2; trust it only if the portal&apos;s administrator confirms that fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such site: %1 cannot be found. Check the address and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection: no web server answers there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::ImageDetailsDialog</name>
    <message>
        <source>Insert image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the image shows, for readers who cannot see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown under the image (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alternative text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::ImageInserter</name>
    <message>
        <source>This file is not an image PressDesk can read (JPEG, PNG or WebP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be decoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is larger than %1 MB; reduce it before inserting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::ImageStore</name>
    <message>
        <source>This file is not a JPEG, PNG or WebP image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is damaged or unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::LinkActivitiesDialog</name>
    <message>
        <source>Plan activities this article serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan / activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities of the plans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::MainWindow</name>
    <message>
        <source>Profile database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PressDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stayed on the current article: it could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PressDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — PressDesk</source>
        <comment>window title: article title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies after PressDesk restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PressDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest changes could not be saved:
%1

Close anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Categories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current user of this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For me (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History and comparison…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview as on the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) sent to the portal.</source>
        <translation>
            <numerusform>%n entry sent to the portal.</numerusform>
            <numerusform>%n entries sent to the portal.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Portals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublish to the portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw from the portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;activities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;tracker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place &amp;tone marks in the office style</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n syllable(s) respelled with the tone marks of the office (%1).</source>
        <translation>
            <numerusform>%n syllable respelled with the tone marks of the office (%1).</numerusform>
            <numerusform>%n syllables respelled with the tone marks of the office (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The article already places its tone marks as the office does (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup of the profile failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Radio bulletins…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visual campaigns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;PressDesk %1&lt;/h3&gt;&lt;p&gt;Drafting, approval, publishing and plan reporting for the press offices of Vietnamese local government: communes, wards and provincial bodies.&lt;/p&gt;&lt;p&gt;Works offline; every change is saved as you type.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later: you may use, study, share and change it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;style…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radio bulletins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visual campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Word, LibreOffice or RTF document as a new article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a document as a new article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 with LibreOffice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported as a new article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its text was converted from %1 to Unicode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::ManualEntryDialog</name>
    <message>
        <source>Output entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done (required), e.g. Hội nghị tại xã Đức Thượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was done: the report marks entries made by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::MarkAiredDialog</name>
    <message>
        <source>Mark aired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the station that aired it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::MarkInstalledDialog</name>
    <message>
        <source>Mark installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos taken where it was put up: their date and position are read from the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos of the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::MarkRemovedDialog</name>
    <message>
        <source>Mark removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::MergeUnitsDialog</name>
    <message>
        <source>Merge units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit that merges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit that merges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit it merges into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In every plan, not only this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (optional), e.g. Quyết định 12/QĐ-UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity names a responsible unit yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) of every plan will move.</source>
        <translation>
            <numerusform>%n activity of every plan will move.</numerusform>
            <numerusform>%n activities of every plan will move.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) of this plan will move.</source>
        <translation>
            <numerusform>%n activity of this plan will move.</numerusform>
            <numerusform>%n activities of this plan will move.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PressDesk::NoticesPanel</name>
    <message>
        <source>Nothing waits for you: no returned article, no unread comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread comment(s)</source>
        <translation>
            <numerusform>%n unread comment</numerusform>
            <numerusform>%n unread comments</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::OfficeCommands</name>
    <message>
        <source>not chosen (traditional: hòa, thủy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modern (hoà, thuỷ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traditional (hòa, thủy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office set needs at least one of --name, --parent, --place, --signer, --signer-title, --recipient, --number-suffix and --tone-style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tone-style is traditional (hòa, thủy) or modern (hoà, thuỷ), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set: pressdesk-cli office set --name &quot;UBND xã …&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number suffix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (a plan …/%2, a report …/%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone marks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of its own or changed (pressdesk-cli office glossary list)</source>
        <translation>
            <numerusform>%n of its own or changed (pressdesk-cli office glossary list)</numerusform>
            <numerusform>%n of its own or changed (pressdesk-cli office glossary list)</numerusform>
        </translation>
    </message>
    <message>
        <source>(the office&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office glossary add needs the abbreviation and what it stands for, e.g. office glossary add TTVH &quot;Trung tâm Văn hóa&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office glossary remove needs the abbreviation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(pressdesk-cli office glossary list shows them.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::OfficePostRegistry</name>
    <message>
        <source>The password of %1 on the office server is not kept on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server did not answer the claim of a post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office holds another post of this article on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::OfficeRepository</name>
    <message>
        <source>“%1” is not one of the office&apos;s abbreviations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::OutboxPanel</name>
    <message>
        <source>Publish at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting to retry (%n attempt(s))</source>
        <translation>
            <numerusform>Waiting to retry (%n attempt)</numerusform>
            <numerusform>Waiting to retry (%n attempts)</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send failed and waiting entries again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the post that was changed on the portal with the approved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show sent and cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) sent.</source>
        <translation>
            <numerusform>%n entry sent.</numerusform>
            <numerusform>%n entries sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overwrite the portal&apos;s version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed on %2 after PressDesk last sent it. Overwriting replaces those changes with the version approved here; they cannot be recovered from PressDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) could not be sent: select one to see why.</source>
        <translation>
            <numerusform>%n entry could not be sent: select it to see why.</numerusform>
            <numerusform>%n entries could not be sent: select one to see why.</numerusform>
        </translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::PasswordDialog</name>
    <message>
        <source>Portal password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application password of &lt;b&gt;%1&lt;/b&gt; on %2 (portal “%3”):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember it in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application password is made on the portal under Users → Profile → Application Passwords. It is never stored in the PressDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::PhotoViewDialog</name>
    <message>
        <source>Photo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::Plan</name>
    <message>
        <source>Portal (website)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radio and loudspeakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visual campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information for the press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings and conferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::PlanCommands</name>
    <message>
        <source>--%1 needs a date (2019-02-19 or 19/02/2019).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan new needs --number and --title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan import needs one file (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported plan %1 with %n activity(ies).</source>
        <translation>
            <numerusform>Imported plan %1 with %n activity.</numerusform>
            <numerusform>Imported plan %1 with %n activities.</numerusform>
        </translation>
    </message>
    <message>
        <source>plan export needs the plan&apos;s number or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan %1 needs the plan&apos;s number or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to comes before --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3 (%4%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan %1 needs an article id and an activity id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan activity add needs the plan&apos;s number or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--channel must be portal, radio, visual, press, meetings or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unit is needed (bài, lượt phát, băng rôn…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan manual needs the activity&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date needs a date (2019-02-19 or 19/02/2019).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--note is needed: say what was done (for the report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan attach needs the plan&apos;s number or id and a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan report needs the plan, --format odt|pdf|html and --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report on %1 (%2) written to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan activity reassign needs the activity&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unit is needed: the unit that becomes responsible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity %1: responsible unit “%2”, before “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan unit merge needs --from and --to (the units&apos; names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) moved from “%1” to “%2”.</source>
        <translation>
            <numerusform>%n activity moved from “%1” to “%2”.</numerusform>
            <numerusform>%n activities moved from “%1” to “%2”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PressDesk::PlanDialog</name>
    <message>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One focus topic per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s original document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number and symbol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus topics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period ends on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::PlanJson</name>
    <message>
        <source>This is not a plan file (JSON object expected): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds “%1”, not a PressDesk plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan file was written by a newer version of PressDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity %1 has an unknown channel “%2” (portal, radio, visual, press, meetings or other).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity %1: the target must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: %1 (write dates as 2019-02-19 or 19/02/2019).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::PlanProgressView</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Focus: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n by hand)</source>
        <translation>
            <numerusform>(%n by hand)</numerusform>
            <numerusform>(%n by hand)</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue: the due date has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk: little done for the time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(at risk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to list the articles behind the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities and their progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each activity of the plan with what was done against its target; activate a row to see what is behind its count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Responsible before: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::PlanReport</name>
    <message>
        <source>Could not save the report as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report can only be laid out in a graphical session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ODT package could not be put together (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::PlanRepository</name>
    <message>
        <source>A plan needs its number and symbol (for example 65/KH-UBND).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s period ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown plan status “%1” (draft, active or done).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity&apos;s target cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity is due (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown activity status “%1” (open, done or cancelled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile already holds that plan (id %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan numbered %1 issued in %2 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which plan? Give its number or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan numbered or with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several plans match %1: %2. Give the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be attached: a plan keeps its document as PDF, DOC, DOCX or ODT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid %2 file (it may be damaged or renamed); nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 50 MB; attach a smaller copy (for example a PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s original document has not been attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile already holds an activity with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article %1 is not linked to the activity %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manual entry counts at least one (to correct one, remove it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manual entry needs the day it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day %1 is outside the period of plan %2 (%3 to %4): an entry on that day would not count. Give a day within the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day %1 is before plan %2 starts (%3): an entry on that day would not count. Give a day within the plan&apos;s period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day %1 is after plan %2 ends (%3): an entry on that day would not count. Give a day within the plan&apos;s period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No manual entry with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator reassigns the unit responsible for an activity; %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the unit that becomes responsible for the activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already responsible for this activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the unit that merges and the unit it becomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” and “%2” are the same unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is responsible for this activity. Another unit takes it over by Reassign responsible unit… in the plan window (pressdesk-cli plan activity reassign), which records the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::PlanSync</name>
    <message>
        <source>Plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity of plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link of “%1” to an activity of plan %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manual entry of plan %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reassignment of an activity of plan %1 from “%2” to “%3”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::PlanWindow</name>
    <message>
        <source>Plans — PressDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter by hand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output PressDesk does not hold: a conference held, a banner hung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due dates and scheduled publications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter II</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter III</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter IV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan yet: create one with New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2: %3 of %4 done (%5%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;%n overdue.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#b00020&quot;&gt;%n overdue.&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:#b00020&quot;&gt;%n overdue.&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:#a06000&quot;&gt;%n at risk.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#a06000&quot;&gt;%n at risk.&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:#a06000&quot;&gt;%n at risk.&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Due: %1 (%2/%3 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind the count: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hand: %1 %2 on %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing counted in this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the articles that serve this activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aired %1 on %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 at %3, put up on %4 — %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (taken down on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> — %n photo(s)</source>
        <translation>
            <numerusform> — %n photo</numerusform>
            <numerusform> — %n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign responsible unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another unit becomes responsible for this activity (a supervisor or an administrator); what it counts stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every activity of one unit becomes another unit&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::PortalCommands</name>
    <message>
        <source>portal add needs a name, --url and --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address (http:// or https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portal %1 needs the portal&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to “%1” as %2 (%3): may publish posts and upload images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portal trust needs the portal&apos;s name and the certificate&apos;s SHA-256 fingerprint (or --clear).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only certificates that verify are trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the certificate %2 is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portal import needs the portal&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since needs a date like 2024-01-31 or a date and time like 2024-01-31T08:00:00+07:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) imported from %1.</source>
        <translation>
            <numerusform>%n post imported from %1.</numerusform>
            <numerusform>%n posts imported from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) were already in PressDesk and were skipped.</source>
        <translation>
            <numerusform>%n post was already in PressDesk and was skipped.</numerusform>
            <numerusform>%n posts were already in PressDesk and were skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: “%1” (post %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped before the end; what was imported stays. Run the same command again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::PortalImporter</name>
    <message>
        <source>The portal has no category “%1” (give its name or its slug, as `portal categories` lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing from a portal needs a supervisor or an administrator (the articles arrive published).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post has no title; give it one on the portal and import again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::PortalRepository</name>
    <message>
        <source>A portal needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address (http:// or https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A portal needs the user name of its account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a portal named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no portal named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::PortalsDialog</name>
    <message>
        <source>Portals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application password (unchanged when empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ may publish posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ may not publish posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ may upload images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ may not upload images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ may create categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ may not create categories (map them to existing ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to “%1” as %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only certificates that verify are trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted by fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the application password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the portal “%1”? PressDesk forgets which posts it published there and its queued work; the posts stay on the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified. Trust it only if the portal&apos;s administrator confirms that its SHA-256 fingerprint is:

%2

PressDesk will then accept exactly this certificate for this portal, and refuse any other that does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import posts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the portal&apos;s published posts into PressDesk as published articles, so they can be searched and counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) imported.</source>
        <translation>
            <numerusform>%n post imported.</numerusform>
            <numerusform>%n posts imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) were already in PressDesk.</source>
        <translation>
            <numerusform>%n post was already in PressDesk.</numerusform>
            <numerusform>%n posts were already in PressDesk.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the end (%1); import again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories (or a category&apos;s name or slug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Cổng thông tin điện tử xã Vân Canh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Cổng thông tin điện tử %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::PostSync</name>
    <message>
        <source>The office server neither recorded the post nor holds another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post of “%1” on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post of an article on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another desk had already published it there (%1); that post is the office&apos;s, and this desk updates it from now on. Remove this desk&apos;s copy (%2) on the portal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::PreviewDialog</name>
    <message>
        <source>Preview as on the portal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::ProfileBackup</name>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row of %1 (row %2) refers to a missing row of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot replace the profile itself: choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1: the folder is read-only or the file is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup %1: the folder is read-only or the file is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is the profile itself: choose a backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 cannot be moved aside: close PressDesk (and any pressdesk-cli using it) and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the backup into place (is the disk full?). The profile was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PressDesk profile (an SQLite database of another program).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of PressDesk (schema %2; this version knows up to %3). Update PressDesk first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::PublishCommands</name>
    <message>
        <source>Failed: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will retry: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) sent to %1.</source>
        <translation>
            <numerusform>%n entry sent to %1.</numerusform>
            <numerusform>%n entries sent to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>publish cancel needs an outbox entry number (see publish queue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish needs an article id and --portal NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at needs a date and time like 2026-12-01T08:00:00+07:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdraw needs an article id and --portal NAME.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::PublishDialog</name>
    <message>
        <source>Publish to the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw from the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the portal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to draft on the portal (can be published again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the portal&apos;s trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No portal is set up yet: add one in File → Portals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article is not on any portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::Publisher</name>
    <message>
        <source>“%1” changed after it was approved; it must be approved again before it is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawing from the portal needs a supervisor or an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” changed after it was approved; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal stored another title (“%1”); check its plugins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not on the portal %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That outbox entry is not waiting for a decision about a conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post was changed on the portal (%1) since PressDesk last sent it; it was not overwritten. Choose Overwrite to replace the portal&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been publishing “%2” to %3 from another desk since %4; PressDesk tries again shortly, so that the portal gets one post.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::Radio</name>
    <message>
        <source>Loudspeakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radio station</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::RadioArticleDialog</name>
    <message>
        <source>Add an article to the bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved articles (published and scheduled ones too). The item&apos;s reading script is made from the article: abbreviations, numbers and dates written as they are said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search articles (with or without diacritics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No approved article yet: an article is read on air once it is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No approved article matches %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the article to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search approved articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::RadioCommands</name>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>radio script needs the article&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>radio station add needs the station&apos;s name (in quotes if it has spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind is station or loudspeakers, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>radio program add needs the programme&apos;s name and --station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>radio item add needs the article&apos;s id, --program and --date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>radio rundown needs the programme and --date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVER by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>radio aired needs the item&apos;s id, --station and --at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>radio export needs the programme, --date, --format odt|pdf|txt and --out (a file for odt and pdf, a folder for txt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is odt, pdf or txt, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::RadioExport</name>
    <message>
        <source>the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be saved. Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no item on %2: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write into %1: it is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Slot: %1 to %2, %n minute(s)</source>
        <translation>
            <numerusform>Slot: %1 to %2, %n minute</numerusform>
            <numerusform>Slot: %1 to %2, %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slot: %n minute(s), no fixed start time</source>
        <translation>
            <numerusform>Slot: %n minute, no fixed start time</numerusform>
            <numerusform>Slot: %n minutes, no fixed start time</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 of the %2 slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>READING SCRIPTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVER TIME: the items take %1, the slot is %2 — %3 too long. Shorten a script or leave an item out before going on air.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rundown can only be laid out as a PDF in a graphical session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::RadioItemDialog</name>
    <message>
        <source>Write a radio item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the script&apos;s first line, e.g. Thông báo lịch cắt điện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the announcer reads, as it is said (numbers and dates in words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n word(s))</source>
        <translation>
            <numerusform>%1 (%n word)</numerusform>
            <numerusform>%1 (%n words)</numerusform>
        </translation>
    </message>
    <message>
        <source>Write what the announcer reads.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::RadioRepository</name>
    <message>
        <source>A station needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There already is a station named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No station with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No station named %1: no station has been added yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No station named %1. The stations are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several stations match %1: %2. Give the name in full or the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A programme needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A programme&apos;s length must be more than 0 minutes, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekday is 1 (Monday) to 7 (Sunday), or none for every day, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start time is written HH:MM (06:00, 17:30), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station %1 already has a programme named %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programme with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programme named %1: no programme has been added yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programme named %1. The programmes are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several programmes match %1: %2. Give the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item needs a script to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item needs its broadcast date, written yyyy-MM-dd (2024-03-05).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity %1 is on the channel “%2”: only a radio activity counts broadcasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No radio item with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which radio item? Give its id (at least its first 4 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several radio items have an id starting with %1: give more of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rundown is of one day, written yyyy-MM-dd (2024-03-05).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When was it aired? The time is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still to come: record a broadcast once it has aired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This broadcast of %1 on %2 at %3 is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No broadcast with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broadcast date must be a date written yyyy-MM-dd (2024-03-05), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broadcast time must be written yyyy-MM-dd HH:MM in local time (2024-03-05 06:15) or in ISO 8601 (2024-03-05T06:15:00+07:00), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still has programmes (%2): remove or move them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n item(s) in its rundowns, which stay with their broadcasts: rename the programme or change its slot instead.</source>
        <translation>
            <numerusform>%1 has %n item in its rundowns, which stays with its broadcasts: rename the programme or change its slot instead.</numerusform>
            <numerusform>%1 has %n items in its rundowns, which stay with their broadcasts: rename the programme or change its slot instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PressDesk::RadioStationsDialog</name>
    <message>
        <source>Stations and programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;lot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s station and the loudspeaker systems of its communes and wards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each programme&apos;s station and slot: the day, the start time and the length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the office&apos;s station first (its name, and whether it is a radio station or a commune&apos;s loudspeakers), then its programmes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1 removed; its broadcasts stay counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::RadioWindow</name>
    <message>
        <source>Radio bulletins — PressDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item read from an approved article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item written for the radio (a notice, an announcement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the item earlier (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the item later (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark aired…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a broadcast of the item: each one counts for the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a broadcast recorded by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One text file per item, for text-to-speech loudspeaker systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag an item, or press Alt+Up / Alt+Down, to change the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item of the rundown to see what is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading &amp;script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compared with the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcasts of this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading time %1 (%n word(s)), not saved yet</source>
        <translation>
            <numerusform>Reading time %1 (%n word), not saved yet</numerusform>
            <numerusform>Reading time %1 (%n words), not saved yet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · a slot of %n minute(s)</source>
        <translation>
            <numerusform>%1 · %2 · a slot of %n minute</numerusform>
            <numerusform>%1 · %2 · a slot of %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 at %3 · a slot of %n minute(s)</source>
        <translation>
            <numerusform>%1 · %2 at %3 · a slot of %n minute</numerusform>
            <numerusform>%1 · %2 at %3 · a slot of %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (written for the radio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bulletin has run past its %1 slot by the end of this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on this day yet: add an article or write an item. The slot is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time: the items take %1, the slot is %2 — %3 too long. Shorten a script or move an item to another day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 of the %2 slot: %3 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading time %1 (%n word(s))</source>
        <translation>
            <numerusform>Reading time %1 (%n word)</numerusform>
            <numerusform>Reading time %1 (%n words)</numerusform>
        </translation>
    </message>
    <message>
        <source>Written for the radio: there is no article to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article this item was made from is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads as the article is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Said differently from the article in %n place(s), highlighted (abbreviations, numbers and dates as they are said). Compare the two in the next tab.</source>
        <translation>
            <numerusform>Said differently from the article in %n place, highlighted (abbreviations, numbers and dates as they are said). Compare the two in the next tab.</numerusform>
            <numerusform>Said differently from the article in %n places, highlighted (abbreviations, numbers and dates as they are said). Compare the two in the next tab.</numerusform>
        </translation>
    </message>
    <message>
        <source>The article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from the rundown? Its broadcasts no longer count for the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmark broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the broadcast on %1 at %2? It no longer counts for the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the scripts for text-to-speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n text file(s) into %1.</source>
        <translation>
            <numerusform>Wrote %n text file into %1.</numerusform>
            <numerusform>Wrote %n text files into %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;tations and programmes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s station, the communes&apos; loudspeakers and the programmes&apos; slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rundown and scripts as a document for the announcer (ODT or PDF), or one text file per item for text-to-speech loudspeakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rundown and scripts as &amp;ODT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rundown and scripts as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text files for loudspeakers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programme yet: add the station and its programmes (Stations and programmes…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the rundown and scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the rundown and scripts as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rundown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items of the programme&apos;s day in the order they are read, with their reading time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcasts of the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear the script read by a Vietnamese voice, to check how it sounds and how long it lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice could not play the script (is a sound device connected?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the voice…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::ReassignUnitDialog</name>
    <message>
        <source>Reassign responsible unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New responsible unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the reassignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (optional), e.g. Quyết định 12/QĐ-UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible before: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::RegisterSync</name>
    <message>
        <source>The office profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A radio station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A radio programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item of a radio rundown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A slogan of a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item of the visual register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evidence photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::ReportDialog</name>
    <message>
        <source>Report on plan %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind, and why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export ODT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the standard opening sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office has not said who it is: the report leaves dotted spaces for its name, place and signer. Fill them in under Settings → Office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities behind their target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::ReturnDialog</name>
    <message>
        <source>Return to author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the author change in “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: add the figures for 2019 to the second paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment to the author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the author should change before submitting again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::ReviewCommands</name>
    <message>
        <source>article %1 needs one article id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article submit takes no comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article history needs one article id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article restore needs an article id and a revision number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored revision %1 of %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article diff needs an article id and two revision numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article has no revision %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--revision N goes with article approve.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::ReviewQueuePanel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected article (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the selected article to its author with a comment (Ctrl+Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed (%1 → %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since you opened revision %1; double-click to compare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::ServerAddress</name>
    <message>
        <source>“%1” is not a usable office server address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server address contains a password. Leave the password out of the address: PressDesk asks for it and keeps it in the system keychain, or reads it from $PRESSDESK_SERVER_PASSWORD (administrators: from $PGPASSWORD or ~/.pgpass, as psql does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must start with postgresql:// (for example postgresql://pressdesk.office.lan/pressdesk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is an “@” without a user name before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IPv6 address has no closing “]”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the IPv6 address: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IPv6 address between “[” and “]” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IPv6 address must be written in brackets, like postgresql://[fd00::5]/pressdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names several servers; PressDesk connects to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server name “%1” contains a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no database; add it after the server, like postgresql://pressdesk.office.lan/pressdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parameter “%1” has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode must be disable, allow, prefer, require, verify-ca or verify-full, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslrootcert needs the path of the CA certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate path “%1” contains a “;”, which the connection cannot carry; move or rename the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parameter(s) %1; PressDesk understands host, port, sslmode and sslrootcert.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::ServerAdmin</name>
    <message>
        <source>The database “%1” is not a PressDesk office server yet: run “pressdesk-cli server init” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be a login on the office server: use lower-case letters without diacritics, digits, “.”, “-” or “_”, starting with a letter (for example nguyen.van.an).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema is at version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema is at version %1; this PressDesk expects %2: run “pressdesk-cli server init”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row-level security is not forced on: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not owned by %1 (so not bound by its rules): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Row-level security is forced on all %n tables.</source>
        <translation>
            <numerusform>Row-level security is forced on the %n table.</numerusform>
            <numerusform>Row-level security is forced on all %n tables.</numerusform>
        </translation>
    </message>
    <message>
        <source>These logins of the office are superusers or may bypass row-level security: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s people may write or remove what only the server writes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No login of the office is a superuser or may bypass row-level security; nobody may remove rows or write history directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1 version %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n approvals are a supervisor&apos;s, each for the hash of the content approved.</source>
        <translation>
            <numerusform>The %n approval is a supervisor&apos;s, for the hash of the content approved.</numerusform>
            <numerusform>All %n approvals are a supervisor&apos;s, each for the hash of the content approved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approvals that are not a supervisor&apos;s or not for the content approved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries missing before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 does not follow the one before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log ends at entry %1 but its head is entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the head of the log is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log&apos;s chain is intact (%n entries).</source>
        <translation>
            <numerusform>The audit log&apos;s chain is intact (%n entry).</numerusform>
            <numerusform>The audit log&apos;s chain is intact (%n entries).</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log&apos;s chain is broken: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::ServerCommands</name>
    <message>
        <source>%1 Give the administrator&apos;s password as for psql: in $PGPASSWORD or in ~/.pgpass (%APPDATA%\postgresql\pgpass.conf on Windows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server init takes no names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server init needs --server URL, the office server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office server schema at version %1 (was %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add these lines to the server&apos;s pg_hba.conf (fill in the office network), then reload PostgreSQL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server user add needs exactly one name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server user add needs --server URL, the office server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be staff, supervisor or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a password: give it in $PRESSDESK_SERVER_PASSWORD or as one line on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a password without Vietnamese diacritics or other special letters (only a–z, A–Z, digits, spaces and signs such as ! @ # -): desks on Windows cannot send other letters to the office server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1 is too short: use at least %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may now sign in to the office server %2 as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server check takes no names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server check needs --server URL, the office server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) on the office server failed.</source>
        <translation>
            <numerusform>%n check on the office server failed.</numerusform>
            <numerusform>%n checks on the office server failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PressDesk::ServerConnection</name>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer (socket folder %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your system user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server %1 needs the password of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server %1 did not accept the user name %2 with this password. Check both; an administrator can set a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server %1 accepts %2 only over an encrypted connection. Add sslmode=verify-full (or sslmode=require) to the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server %1 does not accept %2 from this computer. The administrator adds this computer&apos;s network for this user to the server&apos;s pg_hba.conf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server %1 does not offer encrypted connections, but the address asks for one (sslmode). The administrator turns on SSL on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~/.postgresql/root.crt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file %1 for the office server %2 cannot be read. Check the sslrootcert part of the address and that the file is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of the office server %1 is made out for another name. Use the name written in the certificate in the address, or ask the administrator for a certificate with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server on %1 has no database “%2”. Check the name at the end of the address; the administrator creates the database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted connection to the office server %1 failed: its certificate is not trusted or the connection was interrupted. Check the sslrootcert file of the address and ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server name “%1” is not known on this network. Check the address and that this computer is connected to the office network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server %1 did not answer in time. Check that this computer is on the office network (or its VPN) and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server %1 cannot be reached. Check the address, that this computer is on the office network and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server %1 refused the connection: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PressDesk cannot talk to the office server: the PostgreSQL driver of Qt is not installed. On Debian or Ubuntu, install the package libqt6sql6-psql; elsewhere, install PressDesk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server refused this because of a conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server does not allow this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was changed on the office server since it was reviewed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role on the office server does not allow this. Ask an administrator if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server did not accept the user name and password. Check both; an administrator can set a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the office server was lost. Check that this computer is on the office network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no details were given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password with Vietnamese diacritics or other special letters cannot be sent to the office server from Windows. Ask the administrator for a password with only a–z, A–Z, digits and signs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::ServerDialog</name>
    <message>
        <source>Office server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join your office&apos;s server to share articles, comments and decisions with the other desks. PressDesk keeps working without it and sends what waits when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the administrator gave it to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is a desk of the office server below: what you write is sent there, and what the others write comes here, every minute and a few seconds after you save. Without the server PressDesk keeps working and sends what waits later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server needs your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when PressDesk asks for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining the office server. The first time this may take a few minutes; PressDesk stays usable meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile has not joined an office server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n change waiting to be sent.</numerusform>
            <numerusform>%n changes waiting to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): articles edited here and on another desk, waiting for a decision.</source>
        <translation>
            <numerusform>%n conflict: an article edited here and on another desk, waiting for a decision.</numerusform>
            <numerusform>%n conflicts: articles edited here and on another desk, waiting for a decision.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last attempt (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the office server&apos;s address; the administrator gives it, like %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the login name the administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password for the office server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload this profile&apos;s work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile holds articles of its own. Joining uploads them to the office server once, where every desk of the office sees them. This is what a supervisor does when the office starts using the server.

Upload them and join?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload and join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined the office server as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received.</source>
        <comment>changes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s).</source>
        <translation>
            <numerusform>%n new conflict.</numerusform>
            <numerusform>%n new conflicts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync after the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile was restored from a backup (%1): what was written here after that backup is not in it. Syncing brings back what the office has and sends what the backup still waited to send; it waits until you choose Sync after the restore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::ServerSchema</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the server&apos;s state failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” is not in UTF-8 (it is %2): Vietnamese text needs UTF-8. Create it with ENCODING &apos;UTF8&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the office server needs a PostgreSQL superuser (such as postgres); the login “%1” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the server&apos;s schema version failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server&apos;s schema (version %1) is newer than this PressDesk knows (version %2). Install the newer PressDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of the server schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of language applies after PressDesk restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tone marks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the tone mark goes in oa, oe and uy: Format → Place tone marks respells an article this way. Search finds both spellings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hòa, thủy (traditional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hoà, thuỷ (modern)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up the profile every day while PressDesk is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the daily backups go. Another disk or a USB drive keeps them safe when this one fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seven daily and four weekly backups are kept. When the profile does not open, PressDesk offers the latest good one; pressdesk-cli db restore puts any of them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your office as its documents name it: new plans and plan reports read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your office, e.g. UBND xã Vân Canh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office as a sentence names it (UBND xã Vân Canh, Phòng Văn hóa - Xã hội). A document&apos;s header writes it in capitals; a new plan proposes it as the issuing body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parent body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. UBND phường Hoàn Kiếm (if any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line above the office&apos;s name in a document&apos;s header; leave empty when there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Vân Canh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As in &quot;Vân Canh, ngày … tháng … năm …&quot; in a document&apos;s header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who usually signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name under a report&apos;s signature; each report can name someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Chủ tịch, Trưởng phòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above the signature, in capitals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One recipient per line, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;Nơi nhận&quot; of a report, e.g. UBND thành phố (để b/c); and Lưu: VT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;umber suffix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s part of a document&apos;s symbol: UBND gives 65/KH-UBND for a plan and …/BC-UBND for a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“backups” beside the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a folder here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run the set-up assistant again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who works at this desk, the office, the office server and the portal, step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s abbreviations and what they stand for: a radio script reads them out in full, and the style hints ask for them spelled out at their first use. The list starts with PressDesk&apos;s own; add the office&apos;s, change or remove any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a cell to change it. An abbreviation is matched as written, capitals included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row: the abbreviation as written, then what it stands for as it is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stands for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new row at the end: type the abbreviation, then what it stands for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected abbreviations: they are left as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore PressDesk&apos;s &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back PressDesk&apos;s own abbreviations as they were, without the office&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of the abbreviations needs both the abbreviation and what it stands for (or remove the row).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::SloganDialog</name>
    <message>
        <source>Add a slogan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slogan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Cải cách hành chính vì nhân dân phục vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s theme or focus topic it serves (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::Speech</name>
    <message>
        <source>No Vietnamese voice is installed on this computer. PressDesk reads aloud with eSpeak NG: install it (its Windows installer, espeak-ng.msi), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Vietnamese voice is installed on this computer. PressDesk reads aloud with eSpeak NG: install the espeak-ng package (sudo apt install espeak-ng), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice did not write a sound file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder to write the sound into: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice (%1) did not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice took more than a minute; it was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::SpellHighlighter</name>
    <message>
        <source>No suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to the office dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; as a proper name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::StyleHintsDialog</name>
    <message>
        <source>Style hints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(one space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” → “%2”
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to suggest: the article follows the office&apos;s style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hint(s). Choose one to see it in the article.</source>
        <translation>
            <numerusform>%n hint. Choose it to see it in the article.</numerusform>
            <numerusform>%n hints. Choose one to see it in the article.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PressDesk::SyncCommands</name>
    <message>
        <source>sync join takes no names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync join needs --server URL and --user NAME (your login on the office server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the password of %1 on the office server in $PRESSDESK_SERVER_PASSWORD or as one line on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is now a desk of %1, as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Received %n change(s).</source>
        <translation>
            <numerusform>Received %n change.</numerusform>
            <numerusform>Received %n changes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown sync command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is not a desk of an office server yet: run “pressdesk-cli sync join --server URL --user NAME” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s).</source>
        <translation>
            <numerusform>Sent %n change.</numerusform>
            <numerusform>Sent %n changes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused by the office server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync status takes no names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is not a desk of an office server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office server: %1 (as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in conflict</source>
        <translation>
            <numerusform>%n article in conflict</numerusform>
            <numerusform>%n articles in conflict</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) were also edited on another desk: the edits were merged.</source>
        <translation>
            <numerusform>%n article was also edited on another desk: the edits were merged.</numerusform>
            <numerusform>%n articles were also edited on another desk: the edits were merged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) were edited on another desk in the same places: both versions are kept until someone chooses (sync conflicts).</source>
        <translation>
            <numerusform>%n article was edited on another desk in the same places: both versions are kept until someone chooses (sync conflicts).</numerusform>
            <numerusform>%n articles were edited on another desk in the same places: both versions are kept until someone chooses (sync conflicts).</numerusform>
        </translation>
    </message>
    <message>
        <source>sync conflicts takes no names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other version by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mine:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theirs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync resolve takes one conflict id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync resolve needs either --take mine|theirs|both or --body-file F.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--take is mine, theirs or both, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: “%1” is saved as a new revision; the next sync sends it to the office.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::SyncEngine</name>
    <message>
        <source>This profile is already a desk of the office server %1 (as %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 is not one of this office&apos;s people on the server. Ask the administrator to add it (pressdesk-cli server user add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This profile already has %n article(s) of its own. Join with a new profile, or let a supervisor upload this one&apos;s work once (--import).</source>
        <translation>
            <numerusform>This profile already has %n article of its own. Join with a new profile, or let a supervisor upload this one&apos;s work once (--import).</numerusform>
            <numerusform>This profile already has %n articles of its own. Join with a new profile, or let a supervisor upload this one&apos;s work once (--import).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a supervisor uploads a profile&apos;s work to the office server; %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is not a desk of an office server yet: join one first (File → Office server…, or pressdesk-cli sync join).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk syncs as %1, not as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server has no PressDesk schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server was restored from a backup since this desk last synced. Nothing was sent, so nothing is lost; ask the administrator before syncing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded from %1&apos;s desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was taken on this desk by %1, but the desk signs in to the office server as %2; only %1 can send it, from their own desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article is not on the office server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the office server the article is %1 by now, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image from the office server is not what it says it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resolved conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged the edits of %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged edits made on two desks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on a desk while another edit came first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In conflict with the office&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile was restored from a backup (%1). It is a desk of the office server %2: what was written here after that backup is not in it, and what the office has comes back at the next sync; changes the backup still waited to send go up then. Confirm to sync again: File → Office server… → Sync after the restore, or pressdesk-cli sync --after-restore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::SyncRepository</name>
    <message>
        <source>%1 (from the office server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such conflict.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::SyncStatusWidget</name>
    <message>
        <source>Office server: %1 (as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n change waiting to be sent.</numerusform>
            <numerusform>%n changes waiting to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) waiting for a decision.</source>
        <translation>
            <numerusform>%n conflict waiting for a decision.</numerusform>
            <numerusform>%n conflicts waiting for a decision.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click for the office server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server password needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <comment>the time of the last sync</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused</source>
        <translation>
            <numerusform>%n change refused</numerusform>
            <numerusform>%n changes refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PressDesk::SyncWorker</name>
    <message>
        <source>Type the password of %1 to sync with the office server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile has not joined an office server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the login name the administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::TableEditor</name>
    <message>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert row &amp;above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert row &amp;below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert column &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert column &amp;right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete r&amp;ow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete co&amp;lumn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table &amp;caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row is a &amp;header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table 1. </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::Text::SpellChecker</name>
    <message>
        <source>Spell checking is not available: the %1 dictionary (%1.aff and %1.dic) was found in none of these folders: %2. Install it (on Debian and Ubuntu: the hunspell-vi package) or reinstall PressDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spell checking is not available: the dictionary %1 is in the %2 encoding, which PressDesk cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spell checking is not available: the dictionary %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::Text::StyleCheck</name>
    <message>
        <source>%1 is used here for the first time: write it out, with the abbreviation after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the traditional style (hòa, thúy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the modern style (hoà, thuý)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office writes tone marks in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight quotes: printed text uses “curly quotes”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one space between words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No space before “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::TextCommands</name>
    <message>
        <source>text convert takes one file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from is auto, tcvn3, vni, viqr or cp1258, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no text in a legacy Vietnamese encoding (TCVN3, VNI, VIQR or Windows-1258): it is already Unicode or plain text. Nothing was converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already Unicode text (it has Vietnamese letters that %2 cannot hold). Nothing was converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text tone takes one file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--style is traditional (hòa, thủy) or modern (hoà, thuỷ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. If it was typed in an old Vietnamese encoding, convert it first: text convert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n syllable(s) respelled.</source>
        <translation>
            <numerusform>%n syllable respelled.</numerusform>
            <numerusform>%n syllables respelled.</numerusform>
        </translation>
    </message>
    <message>
        <source>text spell takes one file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unknown word(s).</source>
        <translation>
            <numerusform>%n unknown word.</numerusform>
            <numerusform>%n unknown words.</numerusform>
        </translation>
    </message>
    <message>
        <source>text dict add takes one word or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text dict remove takes one word or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text dict list takes no argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text style takes one file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text style --apply prints the text, not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hint(s) applied.</source>
        <translation>
            <numerusform>%n hint applied.</numerusform>
            <numerusform>%n hints applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n style hint(s).</source>
        <translation>
            <numerusform>%n style hint.</numerusform>
            <numerusform>%n style hints.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PressDesk::TextFormatter</name>
    <message>
        <source>&amp;Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading &amp;2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading &amp;3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;ulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block &amp;quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address (leave empty to remove the link):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::UserRepository</name>
    <message>
        <source>“%1” is not a valid user name: use letters without diacritics, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, at most 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can add users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user&apos;s name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can rename other users.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work as this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. lan.nguyen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You now work as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People of this desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::Visual</name>
    <message>
        <source>Banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LED screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaflet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slogan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::VisualCommands</name>
    <message>
        <source>installed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed %1, removed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visual add needs --activity, --form, --quantity and --place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--form is banner (băng rôn), panel (pano), poster (áp phích), led_screen (màn hình LED), leaflet (tờ rơi) or slogan (khẩu hiệu), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lat and --lon are given together, in decimal degrees (--lat 21.0245 --lon 105.7012).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>visual install needs the item&apos;s id and --date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visual remove needs the item&apos;s id and --date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visual photo needs the item&apos;s id and one or more photo files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visual slogan add needs --plan and the slogan&apos;s text (in quotes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visual slogan list needs --plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::VisualItemDialog</name>
    <message>
        <source>Add a visual campaign item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slogan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wording as put up, or pick a slogan above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0,8 × 6 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune or ward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Thị trấn Trạm Trôi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village or street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Quốc lộ 32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude, e.g. 21.0712</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude, e.g. 105.7101</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Phòng Văn hóa và Thông tin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already installed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 has no visual campaign activity: add one in the plan tracker first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: type the content below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the activity of the plan it counts for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does it say? Type the content or pick a slogan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A position is its latitude and its longitude in decimal degrees, both of them (21.0712 and 105.7101).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit visual campaign item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day it was installed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::VisualRepository</name>
    <message>
        <source>A slogan needs its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 already has this slogan: “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No slogan with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which activity of the plan does the item count for? Give the id of a visual campaign activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity %1 is on the channel “%2”: only a visual campaign activity counts banners, panels and posters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still to come: record an installation once it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item has not been installed: only an installed item can be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The removal (%1) cannot be before the installation (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still to come: record a removal once it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be 1 or more, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slogan “%1” is in another plan&apos;s library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A position needs both its latitude and its longitude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latitude is between -90 and 90 and the longitude between -180 and 180 (Hoài Đức: 21.02, 105.70).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is it? Give the commune or ward, the village or street.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visual campaign item with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which visual campaign item? Give its id (at least its first 4 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several visual campaign items have an id starting with %1: give more of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When was it installed? The date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item was removed on %1: register the new installation as a new item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When was it removed? The date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date is written yyyy-MM-dd (2019-02-26) or dd/MM/yyyy (26/02/2019), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::VisualWindow</name>
    <message>
        <source>No date in the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No position in the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visual campaigns — PressDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register banners, panels or posters planned or put up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;installed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the day it was put up, with photos: from then it counts for the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;removed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the day it was taken down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos that prove the item was put up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;slogan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a wording to the plan&apos;s slogan library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune or ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos of the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a photo to see it larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slogan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slogan &amp;library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan yet: make one in the plan tracker (Plans → Plan tracker…), with a visual campaign activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing registered for this plan yet: add the banners, panels or posters it plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2, %3: no photo yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 × %2, %3: %n photo(s).</source>
        <translation>
            <numerusform>%1 × %2, %3: %n photo.</numerusform>
            <numerusform>%1 × %2, %3: %n photos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Item registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation recorded: it counts for the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the item the photos show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>%n photo added.</numerusform>
            <numerusform>%n photos added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Slogan added to the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) registered, %1 shown; %2 put up so far.</source>
        <translation>
            <numerusform>%n item registered, %1 shown; %2 put up so far.</numerusform>
            <numerusform>%n items registered, %1 shown; %2 put up so far.</numerusform>
        </translation>
    </message>
    <message>
        <source>Visual campaign items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the wording, form, size, quantity, place or planned day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take an item registered by mistake out of the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take “%1” out of the register? It will no longer count for the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item deleted from the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::WordPressPortal</name>
    <message>
        <source>“%1” is not a web address (http:// or https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers, but it is not a WordPress site with the REST API (or the API is switched off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal did not accept the user name and application password (WordPress answers the same when the user does not exist, the password is wrong or revoked, or a server in between drops the Authorization header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal account may not do this (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal had an internal error (HTTP %1). Try again later.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal sent PressDesk to another address (%1). Check the site address; use https:// if the site moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s answer is not valid JSON (%1); a plugin or the server may be printing errors into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal does not accept application passwords over plain HTTP. Use its https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application passwords are switched off on the portal (by a plugin or its configuration); ask its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 may not publish posts on the portal (roles: %2); it needs the Editor or Author role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 may not upload images to the portal&apos;s media library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s list of posts is not valid JSON (%1); a plugin or the server may be printing errors into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal refused the image: %1 Change the image (JPEG or PNG, smaller) and approve the article again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::Workflow</name>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not possible for an article that is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a supervisor or an administrator; you are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a comment telling the author what to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown workflow action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from the portal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::WorkflowBar</name>
    <message>
        <source>Approved by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval was voided by an edit on %1; submit it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the article as it will look on the portal (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every revision and decision; compare two revisions (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw from the portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actions that do not fit on the bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View on the portal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressDesk::WorkflowService</name>
    <message>
        <source>The article has no revision %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 is the same as the current content; nothing to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the article and read it before approving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article changed after you opened it: you read revision %1, the latest is revision %2. Read what changed, then approve again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article changed while you were reading it (revision %1 was edited further). Read it again, then approve.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; can not be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuations marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 byte(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open the profile database FILE instead of the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PressDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The profile cannot be opened:
%1

Restore its latest good backup, of %2 (%n article(s))? The profile that does not open is kept aside.</source>
        <translation>
            <numerusform>The profile cannot be opened:
%1

Restore its latest good backup, of %2 (%n article)? The profile that does not open is kept aside.</numerusform>
            <numerusform>The profile cannot be opened:
%1

Restore its latest good backup, of %2 (%n articles)? The profile that does not open is kept aside.</numerusform>
        </translation>
    </message>
    <message>
        <source>Desktop CMS for the press offices of Vietnamese local government.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the profile for this version of PressDesk.
With many articles this takes a minute or two; nothing is lost if it is interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
