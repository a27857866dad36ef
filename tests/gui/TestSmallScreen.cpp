// The main window as a press officer on an office laptop sees it, in Vietnamese (the texts
// that get clipped are the Vietnamese ones): at 1024×700 every button's text fits, the
// fields stay wide enough to type in, the side panels give way before the editor, and
// nothing makes the window grow — a long portal address, a wide image, another tab.
// PRESSDESK_SCREENSHOT_DIR=… saves what it looks like.
#include "GuiTestSupport.h"
#include "Language.h"
#include "MainWindow.h"
#include "editor/ArticleEditor.h"
#include "editor/BodyTextEdit.h"
#include "editor/ImageInserter.h"
#include "publish/PortalRepository.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "store/DemoContent.h"
#include "store/ImageStore.h"
#include "store/UserRepository.h"
#include "workflow/WorkflowBar.h"
#include "workflow/WorkflowService.h"

#include <QAbstractButton>
#include <QApplication>
#include <QBuffer>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <memory>

using namespace PressDesk;

using TestSupport::child;

class TestSmallScreen : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_id; // the demo article

    std::unique_ptr<MainWindow> laptopWindow()
    {
        auto w = std::make_unique<MainWindow>(*m_db);
        w->resize(1024, 700);
        w->show();
        QApplication::processEvents();
        return w;
    }

    static void settle()
    {
        for (int i = 0; i < 5; ++i) {
            QApplication::processEvents();
            QTest::qWait(10);
        }
    }

    void shoot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("PRESSDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
    }

    // Buttons shown narrower than their text needs (their size hint), with their texts.
    static QStringList clippedButtons(QWidget *root)
    {
        QStringList out;
        for (QAbstractButton *b : root->findChildren<QAbstractButton *>()) {
            if (!b->isVisibleTo(root) || b->text().isEmpty())
                continue;
            if (b->width() < b->sizeHint().width())
                out << QStringLiteral("%1 (%2 < %3)")
                           .arg(b->text())
                           .arg(b->width())
                           .arg(b->sizeHint().width());
        }
        return out;
    }

    void publishedWithALongAddress()
    {
        auto portal = PortalRepository(*m_db).add(
            QStringLiteral("Cổng TTĐT huyện"), QUrl(QStringLiteral("https://hoaiduc.hanoi.gov.vn")),
            QStringLiteral("bientap"));
        QVERIFY(portal);
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("INSERT INTO article_posts (article_id, portal_id, remote_id, "
                                 "link, remote_status) VALUES (?, ?, 4711, ?, 'publish')"));
        q.addBindValue(m_id);
        q.addBindValue(portal->id);
        q.addBindValue(longLink());
        QVERIFY(q.exec());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE articles SET status = 'published' WHERE id = '%1'").arg(m_id)));
    }

    static QString longLink()
    {
        return QStringLiteral("https://hoaiduc.hanoi.gov.vn/tin-tuc-su-kien/"
                              "huyen-hoai-duc-day-manh-tuyen-truyen-cai-cach-hanh-chinh-va-"
                              "chuyen-doi-so-nam-2026-theo-ke-hoach-65-kh-ubnd-cua-ubnd-huyen/");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslation(qApp, QStringLiteral("vi")); // as src/app/main.cpp does
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(QStringLiteral("small.sqlite")));
        QVERIFY(db);
        m_db = std::move(db).value();
        QVERIFY(DemoContent::seed(*m_db));
        QVERIFY(UserRepository(*m_db).ensureCurrentUser()); // an administrator
        m_id = ArticleRepository(*m_db).list(1)->first().id;
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void everyButtonFitsOnALaptopScreen()
    {
        // Submitted: the administrator sees every decision (approve, return, archive…).
        QVERIFY(WorkflowService(*m_db).apply(m_id, WorkflowAction::Submit));
        auto w = laptopWindow();
        QVERIFY(w->editor()->openArticle(m_id));
        settle();
        shoot(w.get(), QStringLiteral("laptop-1024x700"));
        QCOMPARE(w->size(), QSize(1024, 700));
        const QStringList clipped = clippedButtons(w->workflowBar());
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral(", "))));
        // Every decision is still at hand: on the bar or in its overflow menu.
        const QList<WorkflowAction> actions =
            Workflow::available(ArticleStatus::Submitted, Role::Admin);
        for (WorkflowAction action : actions) {
            if (action == WorkflowAction::Publish || action == WorkflowAction::Schedule ||
                action == WorkflowAction::Withdraw || action == WorkflowAction::Unschedule)
                continue;
            auto *button = w->workflowBar()->findChild<QPushButton *>(actionKey(action) +
                                                                      QStringLiteral("Button"));
            QVERIFY(button);
            bool reachable = button->isVisibleTo(w->workflowBar());
            if (auto *more = w->workflowBar()->findChild<QToolButton *>(
                    QStringLiteral("workflowMoreButton"));
                more && more->isVisibleTo(w->workflowBar()) && more->menu()) {
                for (QAction *a : more->menu()->actions())
                    reachable = reachable || a->text() == button->text();
            }
            QVERIFY2(reachable, qPrintable(button->text()));
        }
        // Tags and source stay wide enough to type a few words.
        for (const char *name : {"tagsLineEdit", "sourceLineEdit"}) {
            auto *field = child<QLineEdit>(w.get(), QString::fromLatin1(name));
            const int room = field->fontMetrics().averageCharWidth() * 16;
            QVERIFY2(field->width() >= room, qPrintable(QStringLiteral("%1: %2 < %3")
                                                            .arg(QLatin1String(name))
                                                            .arg(field->width())
                                                            .arg(room)));
        }
        // The side panes gave way first: down to their least width before the editor went
        // below a comfortable one.
        auto *splitter = child<QSplitter>(w.get(), QStringLiteral("mainSplitter"));
        const QList<int> sizes = splitter->sizes();
        const auto least = [splitter](int i) {
            return std::max(splitter->widget(i)->minimumSizeHint().width(),
                            splitter->widget(i)->minimumWidth());
        };
        QVERIFY2(
            sizes.at(1) >= 560 || (sizes.at(0) <= least(0) && sizes.at(2) <= least(2)),
            qPrintable(
                QStringLiteral("%1 %2 %3").arg(sizes.at(0)).arg(sizes.at(1)).arg(sizes.at(2))));
        QVERIFY2(w->editor()->width() >= 440, qPrintable(QString::number(w->editor()->width())));
    }

    void aLongPortalAddressNeverWidensTheWindow()
    {
        QVERIFY(WorkflowService(*m_db).apply(m_id, WorkflowAction::Submit));
        QVERIFY(WorkflowService(*m_db).apply(m_id, WorkflowAction::Approve));
        publishedWithALongAddress();
        auto w = laptopWindow();
        QVERIFY(w->editor()->openArticle(m_id));
        settle();
        shoot(w.get(), QStringLiteral("laptop-published"));
        QCOMPARE(w->width(), 1024);
        QVERIFY(w->minimumSizeHint().width() <= 1024);
        auto *detail = child<QLabel>(w->workflowBar(), QStringLiteral("workflowDetailLabel"));
        QVERIFY(detail->toolTip().contains(longLink())); // the full address, on hover
        auto *link = child<QLabel>(w->workflowBar(), QStringLiteral("viewOnPortalLink"));
        QVERIFY(link->isVisibleTo(w->workflowBar()));
        QVERIFY(link->text().contains(longLink())); // the href
        QVERIFY(link->width() >= link->sizeHint().width());
        // Withdrawn (back to approved): the window is still its own size.
        QVERIFY(m_db->connection()
                    .exec(QStringLiteral("UPDATE articles SET status = 'approved' WHERE id = '%1'")
                              .arg(m_id))
                    .lastError()
                    .type() == QSqlError::NoError);
        w->workflowBar()->refresh();
        settle();
        QCOMPARE(w->width(), 1024);
        QVERIFY(!link->isVisibleTo(w->workflowBar()));
    }

    void aWideImageIsScaledToTheEditor()
    {
        // A 2 000 px photo in the body: shown at the column's width, stored at full size.
        QImage photo(2000, 1000, QImage::Format_RGB32);
        photo.fill(Qt::darkGreen);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        photo.save(&buffer, "PNG");
        auto stored = ImageStore(*m_db).put(png);
        QVERIFY(stored);
        Article a = ArticleRepository(*m_db).get(m_id).value();
        a.bodyHtml = QStringLiteral("<p>Ảnh hội nghị:</p><p><img src=\"%1\" alt=\"Hội nghị\"></p>")
                         .arg(ImageStore::urlFor(stored->hash));
        QVERIFY(ArticleRepository(*m_db).save(a, SaveKind::Manual));
        const QString bodyBefore = ArticleRepository(*m_db).get(m_id)->bodyHtml;

        auto w = laptopWindow();
        QVERIFY(w->editor()->openArticle(m_id));
        BodyTextEdit *body = w->editor()->bodyEdit();
        QTRY_VERIFY(!w->editor()->imageInserter()->isBusy());
        settle();
        shoot(w.get(), QStringLiteral("laptop-wide-image"));
        QCOMPARE(body->horizontalScrollBar()->maximum(), 0);
        QVERIFY(body->document()->idealWidth() <= body->viewport()->width());
        // Display only: the stored body is untouched, nothing to save.
        QVERIFY(!w->editor()->hasUnsavedChanges());
        QCOMPARE(ArticleRepository(*m_db).get(m_id)->bodyHtml, bodyBefore);
        QCOMPARE(ImageStore(*m_db).data(stored->hash)->size(), png.size());
    }

    void qtsOwnFileChooserIsVietnamese()
    {
        // Qt's own chooser (where the desktop offers none): Debian has no qtbase_vi.qm.
        QFileDialog dialog(nullptr, QStringLiteral("Chèn ảnh"));
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.setFileMode(QFileDialog::ExistingFile);
        dialog.show();
        QCOMPARE(child<QLabel>(&dialog, QStringLiteral("lookInLabel"))->text(),
                 QStringLiteral("Tìm trong:"));
        QCOMPARE(child<QLabel>(&dialog, QStringLiteral("fileNameLabel"))->text(),
                 QStringLiteral("&Tên tệp:"));
        QCOMPARE(child<QLabel>(&dialog, QStringLiteral("fileTypeLabel"))->text(),
                 QStringLiteral("Loại tệp:"));
        auto *box = child<QDialogButtonBox>(&dialog, QStringLiteral("buttonBox"));
        QCOMPARE(box->button(QDialogButtonBox::Open)->text(), QStringLiteral("&Mở"));
        QCOMPARE(box->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Hủy"));
        shoot(&dialog, QStringLiteral("file-chooser"));
    }

    void theLeftPaneKeepsItsWidthAcrossTabs()
    {
        auto w = laptopWindow();
        QVERIFY(w->editor()->openArticle(m_id));
        settle();
        auto *tabs = child<QTabWidget>(w.get(), QStringLiteral("leftTabs"));
        const int width = tabs->width();
        // Every tab can be seen and clicked (none behind scroll arrows), its text whole in a
        // tooltip when shortened.
        const QTabBar *bar = tabs->tabBar();
        for (int i = 0; i < tabs->count(); ++i) {
            QVERIFY2(bar->rect().contains(bar->tabRect(i)), qPrintable(tabs->tabText(i)));
            QCOMPARE(tabs->tabToolTip(i), tabs->tabText(i));
        }
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            settle();
            QCOMPARE(tabs->width(), width);
            // An empty state says it in full: wrapped, never cut.
            for (QLabel *label : tabs->currentWidget()->findChildren<QLabel *>()) {
                if (!label->isVisibleTo(tabs) || label->text().isEmpty())
                    continue;
                QVERIFY2(label->wordWrap() ||
                             label->width() >=
                                 label->fontMetrics().horizontalAdvance(label->text()),
                         qPrintable(label->text()));
            }
        }
        tabs->setCurrentIndex(0);
        settle();
        shoot(w.get(), QStringLiteral("laptop-list"));
        // Truncated columns of the article list say what they hold; a status is never cut.
        auto *view = tabs->widget(0)->findChild<QTableView *>();
        QVERIFY(view);
        QAbstractItemModel *model = view->model();
        QVERIFY(model->rowCount() > 0);
        for (int c = 0; c < model->columnCount(); ++c) {
            if (view->isColumnHidden(c))
                continue;
            const QModelIndex index = model->index(0, c);
            const QString text = index.data().toString();
            if (text.isEmpty())
                continue;
            QVERIFY2(!index.data(Qt::ToolTipRole).toString().isEmpty(),
                     qPrintable(QStringLiteral("column %1: %2").arg(c).arg(text)));
        }
        QCOMPARE(view->horizontalScrollBar()->maximum(), 0); // columns fit the pane
        const int statusColumn = 2;
        QCOMPARE(model->headerData(statusColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Trạng thái"));
        for (ArticleStatus s : {ArticleStatus::Draft, ArticleStatus::Submitted,
                                ArticleStatus::Approved, ArticleStatus::Published}) {
            const int need = view->fontMetrics().horizontalAdvance(statusDisplayName(s));
            QVERIFY2(view->columnWidth(statusColumn) > need, qPrintable(statusDisplayName(s)));
        }
    }
};

QTEST_MAIN(TestSmallScreen)
#include "TestSmallScreen.moc"
