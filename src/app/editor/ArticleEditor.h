#pragma once

#include "model/Article.h"
#include "store/ArticleRepository.h"
#include "text/ToneMarks.h"
#include "workflow/WorkflowService.h"

#include <QWidget>

class QAction;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QTimer;

namespace PressDesk {

class BodyTextEdit;
class Database;
class ImageInserter;
class SpellHighlighter;
class TableEditor;
class TextFormatter;

// Edits one article: title, lead, rich body, category, tags and source line. Every change
// is autosaved within autosaveDelay() of the last keystroke (coalesced into one revision
// per editing session); Ctrl+S, switching article and closing seal a manual revision. A
// failed save never touches what is on screen: the error shows in a red banner and the
// save is retried on the next change or Ctrl+S.
class ArticleEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleEditor)

public:
    explicit ArticleEditor(Database &db, QWidget *parent = nullptr);
    ~ArticleEditor() override; // no save here: an autosaved draft is what a crash leaves

    static constexpr int autosaveDelay() { return 2000; } // ms after the last change

    // Saves the open article (manual revision), then opens id. False: the save or the
    // load failed and the editor kept what it showed.
    bool openArticle(const QString &id);
    // Re-reads the open article from the store (after a restore elsewhere). Unsaved edits
    // are saved first; false when that failed.
    bool reloadArticle();
    // Creates an empty draft (after saving the open article) and opens it.
    bool newArticle();
    // Manual save (Ctrl+S). False: failed, the error is shown.
    bool save();
    // Manual save if anything changed in this editing session; for closing and switching.
    bool saveIfNeeded();

    QString articleId() const { return m_hasArticle ? m_article.id : QString(); }
    // What the editor shows as stored (after saveIfNeeded(), what is on screen): its
    // revision number and content hash, which an approval names.
    ReadMark shownRevision() const;
    bool hasUnsavedChanges() const { return m_dirty; }
    QString saveError() const { return m_saveError; }

    QAction *saveAction() const { return m_saveAction; }
    // Cut, copy, paste on whichever field has the focus.
    QList<QAction *> clipboardActions() const { return {m_cut, m_copy, m_paste}; }
    TextFormatter *formatter() const { return m_formatter; }
    TableEditor *tableEditor() const { return m_tables; }
    ImageInserter *imageInserter() const { return m_images; }
    BodyTextEdit *bodyEdit() const { return m_body; }
    QPlainTextEdit *leadEdit() const { return m_lead; }
    // Re-reads the category list (after categories changed), keeping the selection.
    void loadCategories();
    // Respells the title, lead and body with the tone marks of oa/oe/uy in `style` (hòa or
    // hoà), keeping formats; the body's change is one undo step. Returns how many syllables
    // changed (0: the article already is in that style).
    int applyToneStyle(Text::ToneStyle style);

protected:
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    void articleOpened(const QString &id);
    void articleSaved(const QString &id);
    void titleChanged(const QString &title);
    void modificationChanged(bool modified);

private:
    void buildUi();
    QWidget *buildHeader();
    // Category, tags and source on one row when there is room, else on two, so the tag and
    // source fields stay wide enough to type in.
    void arrangeFields();
    QWidget *buildStatusRow();
    void showArticle(const Article &article);
    // Shows the stored article when it was changed elsewhere and nothing here is unsaved.
    void followStoredArticle();
    Article collect() const;
    bool saveWith(SaveKind kind);
    void edited();
    void setDirty(bool dirty);
    void showSaveError(const QString &message);
    void showSaved(const QDateTime &when);
    void updateStats();
    void clipboardAction(int which);

    Database &m_db;
    ArticleRepository m_repo;
    Article m_article;  // as last loaded or saved
    int m_revision = 0; // m_article's revision number
    bool m_hasArticle = false;
    QString m_editSession;
    bool m_dirty = false;          // changes not yet in the store
    bool m_sessionChanged = false; // changes since the last manual save
    bool m_loading = false;
    QString m_saveError;

    QTimer *m_autosaveTimer = nullptr;
    QTimer *m_statsTimer = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_lead = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_tags = nullptr;
    QLineEdit *m_source = nullptr;
    QGridLayout *m_headerGrid = nullptr;
    QList<QLabel *> m_fieldLabels; // category, tags, source
    bool m_fieldsOnTwoRows = false;
    BodyTextEdit *m_body = nullptr;
    TextFormatter *m_formatter = nullptr;
    TableEditor *m_tables = nullptr;
    SpellHighlighter *m_leadSpell = nullptr;
    ImageInserter *m_images = nullptr;
    QLabel *m_statsLabel = nullptr;
    QLabel *m_saveStateLabel = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_busyLabel = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_cut = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_paste = nullptr;
};

} // namespace PressDesk
