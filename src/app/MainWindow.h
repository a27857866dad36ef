#pragma once

#include <QMainWindow>

class QSplitter;
class QLabel;
class QTabWidget;

namespace PressDesk {

class ArticleEditor;
class ArticleListPanel;
class Database;
class CommentsPanel;
class NoticesPanel;
class OutboxPanel;
class PlanWindow;
class RadioWindow;
class VisualWindow;
class StyleHintsDialog;
struct ShortcutEntry;
class PublishController;
class ReviewQueuePanel;
class ConflictBanner;
class DocumentConverter;
class FirstRunWizard;
class SyncController;
class WorkflowBar;
struct ReadMark;

// The shell: the article list on the left, the editor on the right, menus, a toolbar and
// the status bar. Features live in their own widgets; this only wires them together.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Database &db, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the article edited last time, else the newest one (the demo article on a new
    // profile).
    void openInitialArticle();
    // The same once the window has been drawn: the window and the list's first page appear
    // without waiting for the article's body to be laid out (tens of ms for a long one).
    void openInitialArticleWhenDrawn();
    // On a new profile (main.cpp asks only then): once the window has been drawn, the set-up
    // assistant, unless this user finished or skipped it before (Settings::Key::FirstRunDone).
    // The window does not wait for it: it opens window-modal.
    void offerFirstRunWizardWhenDrawn();
    // The set-up assistant over parent (this window when null), with the office server's
    // dialog wired; the caller shows it.
    FirstRunWizard *makeFirstRunWizard(QWidget *parent = nullptr);

    ArticleEditor *editor() const { return m_editor; }
    ArticleListPanel *listPanel() const { return m_list; }
    WorkflowBar *workflowBar() const { return m_workflowBar; }
    CommentsPanel *comments() const { return m_comments; }
    // The panels behind the list's tabs, built when first asked for (see buildSideTabs).
    ReviewQueuePanel *reviewQueue();
    NoticesPanel *notices();
    OutboxPanel *outbox();
    PublishController *publisher() const { return m_publish; }

    // Help → About: the version, the licence, the libraries with their versions.
    QString aboutText() const;

    void showPortals();
    // The plan tracker (its own window), and the activities the open article serves.
    PlanWindow *showPlans();
    RadioWindow *showRadio();
    VisualWindow *showVisual();
    // Article → Check style…: the style hints of the open article, beside it.
    StyleHintsDialog *showStyleHints();
    // Help → Keyboard shortcuts: every shortcut of this window and of the plan, radio and
    // visual windows, read from their actions; and the dialog showing them.
    QList<ShortcutEntry> shortcuts();
    void showShortcuts();
    // Help → User guide (F1).
    void showUserGuide();
    void linkToActivities();
    // Publish or withdraw the open article through the outbox (dialogs).
    void publishArticle();
    void withdrawArticle();
    // File → Import document…: asks for a .docx, .odt, .doc or .rtf (importDocumentDialog) and
    // imports it. importDocumentFile starts the import of path: LibreOffice converts it while
    // the window goes on (a busy cursor, the status bar says so), then the legacy text question
    // (BodyTextEdit::offerConversion) if there is one, the article is created and opened;
    // importFinished() says how it ended (an error is shown: importErrorBox).
    void importDocument();
    void importDocumentFile(const QString &path);
    bool isImporting() const;

Q_SIGNALS:
    void importFinished(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    enum LeftTab { ArticlesTab, ReviewTab, NoticesTab, OutboxTab };

    void buildMenus();
    // The review queue, the notices and the outbox: built once, when one of their tabs is
    // shown or the window has been drawn, whichever comes first — the window appears without
    // waiting for panels behind the list. Their counts reach the tab titles when built.
    void buildSideTabs();
    void setQueueCount(int count);
    void setNoticesCount(int count);
    void setOutboxCount(int count);
    // The revision of article `id` on screen, for decisions; none when another is open.
    ReadMark readOnScreen(const QString &id) const;
    // A decision was refused because the text changed since it was read: show the latest.
    void showOutdated(const QString &id, int read, int latest, bool compare);
    void restoreLayout();
    void saveLayout();
    void openArticle(const QString &id);
    void updateTitle();
    // Format → Place tone marks: the open article in the style of Settings (hòa or hoà).
    void applyToneStyle();
    void showSettings();
    void showPreview();
    void showUsers();
    void updateUserLabel();
    void setLeftTabText(int index, const QString &text);
    // compareA/compareB > 0: open on that comparison.
    void showHistory(int compareA = 0, int compareB = 0);
    void showCategories();
    // The publish or withdraw dialog (PublishDialog::Mode) for the open article, then send.
    void queueForPortal(int mode);
    void showAbout();

    Database &m_db;
    QSplitter *m_splitter = nullptr;
    ArticleListPanel *m_list = nullptr;
    ArticleEditor *m_editor = nullptr;
    QTabWidget *m_leftTabs = nullptr;
    ReviewQueuePanel *m_queue = nullptr;
    WorkflowBar *m_workflowBar = nullptr;
    ConflictBanner *m_conflictBanner = nullptr;
    NoticesPanel *m_notices = nullptr;
    CommentsPanel *m_comments = nullptr;
    PublishController *m_publish = nullptr;
    SyncController *m_sync = nullptr;
    OutboxPanel *m_outbox = nullptr;
    PlanWindow *m_plans = nullptr;
    RadioWindow *m_radio = nullptr;
    VisualWindow *m_visual = nullptr;
    StyleHintsDialog *m_styleHints = nullptr;
    QLabel *m_userLabel = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_importAction = nullptr;
    DocumentConverter *m_importer = nullptr;
    QString m_title;
};

} // namespace PressDesk
