// The comments beside the editor as a supervisor and an author use them: commenting on a
// selected passage, new comments for the author, finding the passage again, resolving.
#include "GuiTestSupport.h"
#include "editor/ArticleEditor.h"
#include "editor/BodyTextEdit.h"
#include "store/ArticleRepository.h"
#include "store/CommentRepository.h"
#include "store/Database.h"
#include "store/UserRepository.h"
#include "workflow/CommentsPanel.h"

#include <QFrame>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>

#include <memory>

using namespace PressDesk;
using TestSupport::child;

class TestCommentsPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_id; // an article by lan

    static QString passage() { return QStringLiteral("95% hồ sơ"); }

    static QList<QFrame *> cards(CommentsPanel *panel)
    {
        auto *contents = child<QWidget>(panel, QStringLiteral("commentsListContents"));
        return contents->findChildren<QFrame *>(QStringLiteral("commentCard"),
                                                Qt::FindDirectChildrenOnly);
    }

    static QString labelText(QFrame *card, const QString &name)
    {
        auto *label = card->findChild<QLabel *>(name);
        return label && !label->isHidden() ? label->text() : QString();
    }

    void actAs(const QString &name) { QVERIFY(UserRepository(*m_db).setCurrentUser(name)); }

    QList<Comment> stored() const { return CommentRepository(*m_db).list(m_id).value(); }

    // An editor with the article open and a panel beside it, in one shown window.
    struct Desk
    {
        QSplitter splitter;
        ArticleEditor *editor = nullptr;
        CommentsPanel *panel = nullptr;
    };

    std::unique_ptr<Desk> makeDesk()
    {
        auto desk = std::make_unique<Desk>();
        desk->editor = new ArticleEditor(*m_db, &desk->splitter);
        desk->panel = new CommentsPanel(*m_db, &desk->splitter);
        desk->splitter.addWidget(desk->editor);
        desk->splitter.addWidget(desk->panel);
        desk->splitter.setSizes({760, 340});
        desk->splitter.resize(1100, 680);
        desk->panel->setBodyEdit(desk->editor->bodyEdit());
        if (!desk->editor->openArticle(m_id))
            qFatal("cannot open the article");
        desk->panel->showArticle(m_id);
        desk->splitter.show();
        if (!QTest::qWaitForWindowExposed(&desk->splitter))
            qFatal("window not exposed");
        return desk;
    }

    static void selectInBody(ArticleEditor *editor, const QString &text)
    {
        QTextCursor found = editor->bodyEdit()->document()->find(text);
        QVERIFY(!found.isNull());
        editor->bodyEdit()->setTextCursor(found);
    }

    void addAs(const QString &user, const QString &body, const QString &quote = {})
    {
        actAs(user);
        QVERIFY(CommentRepository(*m_db).add(m_id, body, quote));
        QTest::qWait(2); // distinct creation times
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto db = Database::open(m_dir->filePath(QStringLiteral("comments.sqlite")));
        QVERIFY(db);
        m_db = std::move(db).value();
        QVERIFY(UserRepository(*m_db).ensureCurrentUser());
        QVERIFY(UserRepository(*m_db).add(QStringLiteral("lan"), Role::Staff));
        QVERIFY(UserRepository(*m_db).add(QStringLiteral("hung"), Role::Supervisor));
        actAs(QStringLiteral("lan"));
        Article a;
        a.title = QStringLiteral("Cải cách hành chính năm 2019");
        a.bodyHtml = QStringLiteral("<p>Năm 2019, huyện đạt 95% hồ sơ đúng hạn.</p>"
                                    "<p>Năm 2020, huyện tiếp tục đẩy mạnh dịch vụ công trực "
                                    "tuyến.</p>");
        auto created = ArticleRepository(*m_db).create(a);
        QVERIFY(created);
        m_id = created->id;
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void supervisorCommentsOnTheSelectedPassage()
    {
        actAs(QStringLiteral("hung"));
        auto desk = makeDesk();
        CommentsPanel *panel = desk->panel;
        auto *header = child<QLabel>(panel, QStringLiteral("commentsHeaderLabel"));
        auto *edit = child<QPlainTextEdit>(panel, QStringLiteral("commentEdit"));
        auto *add = child<QPushButton>(panel, QStringLiteral("addCommentButton"));
        auto *quoteLabel = child<QLabel>(panel, QStringLiteral("commentQuoteLabel"));
        QCOMPARE(header->text(), QStringLiteral("Comments"));
        QVERIFY(cards(panel).isEmpty());
        QVERIFY(!quoteLabel->isVisible());
        QSignalSpy changed(panel, &CommentsPanel::commentsChanged);

        selectInBody(desk->editor, passage());
        QVERIFY(quoteLabel->isVisible());
        QCOMPARE(quoteLabel->text(), QStringLiteral("On: “95% hồ sơ”"));

        edit->setFocus();
        edit->insertPlainText(QStringLiteral("Số liệu này lấy từ đâu?")); // as an input method
        QVERIFY(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);

        const QList<Comment> comments = stored();
        QCOMPARE(comments.size(), 1);
        QCOMPARE(comments.at(0).author, QStringLiteral("hung"));
        QCOMPARE(comments.at(0).body, QStringLiteral("Số liệu này lấy từ đâu?"));
        QCOMPARE(comments.at(0).quote, passage());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), m_id);

        QVERIFY(edit->toPlainText().isEmpty());
        QVERIFY(!add->isEnabled());
        QCOMPARE(header->text(), QStringLiteral("Comments (1)"));
        QCOMPARE(panel->unresolvedCount(), 1);
        const auto shown = cards(panel);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(labelText(shown.at(0), QStringLiteral("commentAuthorLabel")),
                 QStringLiteral("hung"));
        QCOMPARE(labelText(shown.at(0), QStringLiteral("commentPassageLabel")),
                 QStringLiteral("“95% hồ sơ”"));
        QCOMPARE(labelText(shown.at(0), QStringLiteral("commentBodyLabel")),
                 QStringLiteral("Số liệu này lấy từ đâu?"));
        const QString time = labelText(shown.at(0), QStringLiteral("commentTimeLabel"));
        QCOMPARE(time, comments.at(0).createdAt.toLocalTime().toString(
                           QStringLiteral("dd/MM/yyyy HH:mm")));
        // One's own comment is not new; the passage was used, its selection is gone.
        QVERIFY(!shown.at(0)->findChild<QLabel *>(QStringLiteral("commentNewLabel"))->isVisible());
        QVERIFY(!desk->editor->bodyEdit()->textCursor().hasSelection());
        QVERIFY(!quoteLabel->isVisible());

        // Ctrl+Enter adds too; without a selection the comment is about the whole article.
        edit->insertPlainText(QStringLiteral("Thêm ảnh."));
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(stored().size(), 2);
        QVERIFY(stored().at(1).quote.isEmpty());
        QCOMPARE(header->text(), QStringLiteral("Comments (2)"));
        QVERIFY(labelText(cards(panel).at(1), QStringLiteral("commentPassageLabel")).isEmpty());
        QVERIFY(edit->toPlainText().isEmpty());
    }

    void theAuthorSeesNewCommentsOnce()
    {
        addAs(QStringLiteral("hung"), QStringLiteral("Số liệu này lấy từ đâu?"), passage());
        actAs(QStringLiteral("lan"));
        addAs(QStringLiteral("lan"), QStringLiteral("Từ báo cáo của UBND huyện."));
        addAs(QStringLiteral("hung"), QStringLiteral("Ghi rõ nguồn trong bài."));
        actAs(QStringLiteral("lan"));
        QCOMPARE(CommentRepository(*m_db).unreadCount(m_id).value(), 1);

        auto desk = makeDesk();
        const auto shown = cards(desk->panel);
        QCOMPARE(shown.size(), 3);
        QList<bool> isNew;
        for (QFrame *card : shown)
            isNew << card->findChild<QLabel *>(QStringLiteral("commentNewLabel"))->isVisible();
        // Writing her answer meant lan had read the first one; only the last is new.
        QCOMPARE(isNew, (QList<bool>{false, false, true}));
        QCOMPARE(shown.at(2)->property("unread").toBool(), true);
        QCOMPARE(CommentRepository(*m_db).unreadCount(m_id).value(), 0);

        // Shown again, nothing is new.
        auto again = std::make_unique<CommentsPanel>(*m_db);
        again->showArticle(m_id);
        for (QFrame *card : cards(again.get()))
            QVERIFY(!card->property("unread").toBool());
    }

    void activatingACommentSelectsItsPassage()
    {
        addAs(QStringLiteral("hung"), QStringLiteral("Số liệu này lấy từ đâu?"), passage());
        actAs(QStringLiteral("lan"));
        auto desk = makeDesk();
        BodyTextEdit *body = desk->editor->bodyEdit();
        QVERIFY(!body->textCursor().hasSelection());
        QTest::mouseClick(cards(desk->panel).at(0), Qt::LeftButton);
        QCOMPARE(body->textCursor().selectedText(), passage());
        QVERIFY(!child<QLabel>(desk->panel, QStringLiteral("commentsStatusLabel"))->isVisible());
        QVERIFY(!desk->editor->hasUnsavedChanges());

        // Clicking on the comment's text works as well; the keyboard too.
        body->moveCursor(QTextCursor::Start);
        QTest::mouseClick(
            cards(desk->panel).at(0)->findChild<QLabel *>(QStringLiteral("commentBodyLabel")),
            Qt::LeftButton);
        QCOMPARE(body->textCursor().selectedText(), passage());
        body->moveCursor(QTextCursor::Start);
        cards(desk->panel).at(0)->setFocus();
        QTest::keyClick(cards(desk->panel).at(0), Qt::Key_Return);
        QCOMPARE(body->textCursor().selectedText(), passage());
    }

    void activatingAgainGoesToTheNextOccurrence()
    {
        const QString word = QStringLiteral("huyện"); // in both paragraphs
        addAs(QStringLiteral("hung"), QStringLiteral("Ghi rõ tên huyện."), word);
        actAs(QStringLiteral("lan"));
        auto desk = makeDesk();
        BodyTextEdit *body = desk->editor->bodyEdit();
        const QTextCursor first = body->document()->find(word);
        const QTextCursor second = body->document()->find(word, first.selectionEnd());
        QVERIFY(first.block() != second.block());
        QFrame *card = cards(desk->panel).at(0);

        QTest::mouseClick(card, Qt::LeftButton);
        QCOMPARE(body->textCursor().selectionStart(), first.selectionStart());
        QTest::mouseClick(card, Qt::LeftButton);
        QCOMPARE(body->textCursor().selectionStart(), second.selectionStart());
        QTest::mouseClick(card, Qt::LeftButton); // from the last one back to the first
        QCOMPARE(body->textCursor().selectionStart(), first.selectionStart());

        // A double click (press, release, press, double click, release) is one activation.
        body->moveCursor(QTextCursor::Start);
        QTest::mouseClick(card, Qt::LeftButton);
        QTest::mouseDClick(card, Qt::LeftButton);
        QCOMPARE(body->textCursor().selectionStart(), first.selectionStart());
        QCOMPARE(body->textCursor().selectedText(), word);
    }

    void aPassageAcrossParagraphsIsFound()
    {
        actAs(QStringLiteral("hung"));
        auto desk = makeDesk();
        BodyTextEdit *body = desk->editor->bodyEdit();
        QTextCursor from = body->document()->find(QStringLiteral("đúng hạn."));
        QTextCursor to = body->document()->find(QStringLiteral("Năm 2020"));
        QTextCursor across(body->document());
        across.setPosition(from.selectionStart());
        across.setPosition(to.selectionEnd(), QTextCursor::KeepAnchor);
        body->setTextCursor(across);
        auto *edit = child<QPlainTextEdit>(desk->panel, QStringLiteral("commentEdit"));
        edit->insertPlainText(QStringLiteral("Tách thành hai câu."));
        QVERIFY(desk->panel->addComment());
        QCOMPARE(stored().at(0).quote, QStringLiteral("đúng hạn. Năm 2020"));

        QTest::mouseClick(cards(desk->panel).at(0), Qt::LeftButton);
        QCOMPARE(body->textCursor().selectionStart(), from.selectionStart());
        QCOMPARE(body->textCursor().selectionEnd(), to.selectionEnd());
    }

    void aPassageNoLongerInTheTextIsReported()
    {
        addAs(QStringLiteral("hung"), QStringLiteral("Số liệu này lấy từ đâu?"), passage());
        actAs(QStringLiteral("lan"));
        auto desk = makeDesk();
        BodyTextEdit *body = desk->editor->bodyEdit();
        // The author rewrites the sentence.
        selectInBody(desk->editor, passage());
        body->insertPlainText(QStringLiteral("phần lớn hồ sơ"));
        body->moveCursor(QTextCursor::End);
        auto *status = child<QLabel>(desk->panel, QStringLiteral("commentsStatusLabel"));
        QVERIFY(!status->isVisible());

        QTest::mouseClick(cards(desk->panel).at(0), Qt::LeftButton);
        QVERIFY(status->isVisible());
        QCOMPARE(status->text(), QStringLiteral("The quoted passage is no longer in the text."));
        QVERIFY(!body->textCursor().hasSelection());
        QVERIFY(body->toPlainText().contains(QStringLiteral("phần lớn hồ sơ")));
    }

    void resolveTogglesTheComment()
    {
        addAs(QStringLiteral("hung"), QStringLiteral("Số liệu này lấy từ đâu?"), passage());
        addAs(QStringLiteral("hung"), QStringLiteral("Thêm ảnh."));
        actAs(QStringLiteral("lan"));
        auto desk = makeDesk();
        CommentsPanel *panel = desk->panel;
        QSignalSpy changed(panel, &CommentsPanel::commentsChanged);
        QCOMPARE(panel->unresolvedCount(), 2);
        QFrame *first = cards(panel).at(0);
        auto *toggle = child<QToolButton>(first, QStringLiteral("resolveCommentButton"));
        QCOMPARE(toggle->text(), QStringLiteral("Resolve"));
        QVERIFY(!first->findChild<QLabel *>(QStringLiteral("commentResolvedLabel"))->isVisible());

        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(stored().at(0).resolved);
        QVERIFY(!stored().at(1).resolved);
        QCOMPARE(panel->unresolvedCount(), 1);
        QCOMPARE(toggle->text(), QStringLiteral("Reopen"));
        QVERIFY(first->findChild<QLabel *>(QStringLiteral("commentResolvedLabel"))->isVisible());
        QCOMPARE(changed.size(), 1);
        // Resolving does not select the passage.
        QVERIFY(!desk->editor->bodyEdit()->textCursor().hasSelection());

        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(!stored().at(0).resolved);
        QCOMPARE(panel->unresolvedCount(), 2);
        QCOMPARE(toggle->text(), QStringLiteral("Resolve"));
        QCOMPARE(changed.size(), 2);
    }

    void commentNeedsTextAndAnArticle()
    {
        actAs(QStringLiteral("hung"));
        CommentsPanel panel(*m_db);
        auto *header = child<QLabel>(&panel, QStringLiteral("commentsHeaderLabel"));
        auto *edit = child<QPlainTextEdit>(&panel, QStringLiteral("commentEdit"));
        auto *add = child<QPushButton>(&panel, QStringLiteral("addCommentButton"));
        QCOMPARE(header->text(), QStringLiteral("No article open"));
        QVERIFY(!edit->isEnabled());
        QVERIFY(!add->isEnabled());

        panel.showArticle(m_id);
        QVERIFY(edit->isEnabled());
        QVERIFY(!add->isEnabled());
        edit->setPlainText(QStringLiteral("  \n\t "));
        QVERIFY(!add->isEnabled());
        QVERIFY(!panel.addComment());
        edit->setPlainText(QStringLiteral("Được."));
        QVERIFY(add->isEnabled());

        // Closing the article keeps the unsent text for when it is open again.
        panel.showArticle(QString());
        QCOMPARE(header->text(), QStringLiteral("No article open"));
        QVERIFY(!edit->isEnabled());
        QVERIFY(!add->isEnabled());
        QVERIFY(!panel.addComment());
        QVERIFY(stored().isEmpty());
        panel.showArticle(m_id);
        QCOMPARE(edit->toPlainText(), QStringLiteral("Được."));
    }

    void aRefusedCommentKeepsItsText()
    {
        actAs(QStringLiteral("hung"));
        CommentsPanel panel(*m_db);
        panel.showArticle(QStringLiteral("no-such-article"));
        auto *edit = child<QPlainTextEdit>(&panel, QStringLiteral("commentEdit"));
        edit->setPlainText(QStringLiteral("Bài này đâu?"));
        QTest::mouseClick(child<QPushButton>(&panel, QStringLiteral("addCommentButton")),
                          Qt::LeftButton);
        auto *status = child<QLabel>(&panel, QStringLiteral("commentsStatusLabel"));
        QVERIFY(!status->isHidden());
        QVERIFY2(!status->text().isEmpty(), "the error is shown");
        QCOMPARE(edit->toPlainText(), QStringLiteral("Bài này đâu?"));
    }

    // PRESSDESK_SCREENSHOT=1: the panel beside the editor, saved to /tmp/comments-panel.png.
    void screenshot()
    {
        if (qEnvironmentVariableIsEmpty("PRESSDESK_SCREENSHOT"))
            QSKIP("set PRESSDESK_SCREENSHOT=1 to save a screenshot");
        addAs(QStringLiteral("hung"),
              QStringLiteral("Số liệu này lấy từ đâu? Cần ghi rõ nguồn (báo cáo của UBND "
                             "huyện hay của Sở Nội vụ)."),
              passage());
        addAs(QStringLiteral("lan"), QStringLiteral("Từ báo cáo tổng kết của UBND huyện."));
        addAs(QStringLiteral("hung"), QStringLiteral("Thêm một ảnh hội nghị tổng kết."));
        QVERIFY(CommentRepository(*m_db).setResolved(stored().at(2).id, true));
        addAs(QStringLiteral("hung"), QStringLiteral("Nên nói rõ đã tăng bao nhiêu so với 2018."),
              QStringLiteral("Năm 2020, huyện tiếp tục đẩy mạnh dịch vụ công trực tuyến."));
        actAs(QStringLiteral("lan"));
        auto desk = makeDesk();
        QTest::mouseClick(cards(desk->panel).at(0), Qt::LeftButton);
        selectInBody(desk->editor, QStringLiteral("dịch vụ công trực tuyến"));
        child<QPlainTextEdit>(desk->panel, QStringLiteral("commentEdit"))
            ->insertPlainText(QStringLiteral("Đã bổ sung."));
        QTest::qWait(50);
        QVERIFY(desk->splitter.grab().save(QStringLiteral("/tmp/comments-panel.png")));
    }
};

QTEST_MAIN(TestCommentsPanel)
#include "TestCommentsPanel.moc"
