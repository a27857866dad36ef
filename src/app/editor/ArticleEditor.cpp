#include "editor/ArticleEditor.h"
#include "AppIcons.h"

#include "editor/BodyTextEdit.h"
#include "editor/DocumentStyle.h"
#include "editor/ImageInserter.h"
#include "editor/SpellHighlighter.h"
#include "editor/SpellLineEdit.h"
#include "editor/TableEditor.h"
#include "editor/TextFormatter.h"
#include "store/CategoryRepository.h"
#include "store/Database.h"
#include "text/RichText.h"
#include "text/TextFold.h"
#include "workflow/ContentHash.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

#include <QUuid>
#include <QVBoxLayout>
#include <memory>

namespace PressDesk {

namespace {

QStringList splitTags(const QString &text)
{
    QStringList tags;
    const auto parts = text.split(QLatin1Char(','));
    for (const QString &part : parts) {
        const QString tag = part.simplified();
        if (!tag.isEmpty())
            tags << tag;
    }
    return tags;
}

QString shownTime(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    if (local.date() == QDate::currentDate())
        return local.toString(QStringLiteral("HH:mm"));
    return local.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

} // namespace

ArticleEditor::ArticleEditor(Database &db, QWidget *parent) : QWidget(parent), m_db(db), m_repo(db)
{
    setObjectName(QStringLiteral("articleEditor"));
    db.changes().subscribe(this, Change::Articles, [this] { followStoredArticle(); });
    db.changes().subscribe(this, Change::Categories, [this] { loadCategories(); });
    m_autosaveTimer = new QTimer(this);
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(autosaveDelay());
    connect(m_autosaveTimer, &QTimer::timeout, this, [this] {
        if (m_dirty)
            saveWith(SaveKind::Autosave);
    });
    m_statsTimer = new QTimer(this);
    m_statsTimer->setSingleShot(true);
    m_statsTimer->setInterval(250);
    connect(m_statsTimer, &QTimer::timeout, this, &ArticleEditor::updateStats);

    m_saveAction = new QAction(tr("&Save"), this);
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setIcon(appIcon(QStringLiteral("document-save")));
    connect(m_saveAction, &QAction::triggered, this, &ArticleEditor::save);
    m_cut = new QAction(appIcon(QStringLiteral("edit-cut")), tr("Cu&t"), this);
    m_cut->setShortcut(QKeySequence::Cut);
    m_copy = new QAction(appIcon(QStringLiteral("edit-copy")), tr("&Copy"), this);
    m_copy->setShortcut(QKeySequence::Copy);
    m_paste = new QAction(appIcon(QStringLiteral("edit-paste")), tr("&Paste"), this);
    m_paste->setShortcut(QKeySequence::Paste);
    connect(m_cut, &QAction::triggered, this, [this] { clipboardAction(0); });
    connect(m_copy, &QAction::triggered, this, [this] { clipboardAction(1); });
    connect(m_paste, &QAction::triggered, this, [this] { clipboardAction(2); });
    addAction(m_saveAction);

    buildUi();
    loadCategories();
    setDirty(false);
    m_saveStateLabel->clear();
    updateStats();
}

ArticleEditor::~ArticleEditor() = default;

void ArticleEditor::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("saveErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral(
        "QLabel { background: #b3261e; color: white; padding: 8px 12px; font-weight: 600; }"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    layout->addWidget(buildHeader());

    m_body = new BodyTextEdit(this);
    m_body->setObjectName(QStringLiteral("bodyTextEdit"));
    m_body->setAccessibleName(tr("Body"));
    m_body->setAccessibleDescription(tr("The article's text, with its headings, lists, tables and "
                                        "images"));
    m_body->setFrameShape(QFrame::NoFrame);
    QFont bodyFont = font();
    bodyFont.setPointSizeF(bodyFont.pointSizeF() * 1.15);
    m_body->document()->setDefaultFont(bodyFont);
    m_body->document()->setDocumentMargin(16);
    m_body->setPlaceholderText(tr("Write the article here…"));
    m_body->setSpellHighlighter(new SpellHighlighter(m_db, m_body->document()));
    m_formatter = new TextFormatter(m_body, this);
    m_images = new ImageInserter(m_db, m_body, this);
    m_tables = new TableEditor(m_body, this);
    QToolBar *toolBar = m_formatter->createToolBar(this);
    auto *tableButton = new QToolButton(toolBar);
    tableButton->setObjectName(QStringLiteral("tableToolButton"));
    tableButton->setDefaultAction(m_tables->insertTableAction());
    tableButton->setMenu(m_tables->menu());
    tableButton->setPopupMode(QToolButton::MenuButtonPopup);
    tableButton->setToolTip(tr("Table: insert one, or change the one the cursor is in"));
    tableButton->setAccessibleName(tr("Table"));
    toolBar->insertWidget(m_formatter->undoAction(), tableButton);
    toolBar->insertSeparator(m_formatter->undoAction());
    toolBar->setStyleSheet(QStringLiteral("QToolBar { border: none; padding: 2px 10px; }"));
    layout->addWidget(toolBar);
    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    layout->addWidget(rule);
    layout->addWidget(m_body, 1);
    layout->addWidget(buildStatusRow());

    // Formatting shortcuts act only while the editor has the focus (Ctrl+Z in the search box
    // must not undo the body).
    QList<QAction *> local = m_formatter->menuActions();
    local << m_tables->actions();
    local << m_formatter->undoAction() << m_formatter->redoAction() << m_cut << m_copy << m_paste;
    for (QAction *a : std::as_const(local)) {
        if (a->isSeparator())
            continue;
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }

    connect(m_formatter, &TextFormatter::insertImageRequested, m_images,
            &ImageInserter::chooseAndInsert);
    connect(m_body, &BodyTextEdit::blockSplit, m_formatter, &TextFormatter::continueAsParagraph);
    connect(m_body, &BodyTextEdit::contentPasted, m_images, &ImageInserter::loadDocumentImages);
    connect(m_body->document(), &QTextDocument::contentsChanged, this, [this] {
        edited();
        m_statsTimer->start();
    });
    connect(m_images, &ImageInserter::errorOccurred, this, [this](const QString &message) {
        m_errorLabel->setText(message);
        m_errorLabel->show();
    });
    connect(m_images, &ImageInserter::imageInserted, this, [this] {
        if (m_saveError.isEmpty())
            m_errorLabel->hide();
    });
    connect(m_images, &ImageInserter::busyChanged, this, [this](bool busy) {
        m_busy->setVisible(busy);
        m_busyLabel->setVisible(busy);
    });
}

QWidget *ArticleEditor::buildHeader()
{
    // Title and lead sit on the page colour, like the body: the article reads as one document.
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("articleHeader"));
    QPalette page = header->palette();
    page.setColor(QPalette::Window, page.color(QPalette::Base));
    header->setPalette(page);
    header->setAutoFillBackground(true);
    auto *grid = new QGridLayout(header);
    grid->setContentsMargins(16, 12, 16, 8);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(8);

    // The title is spell-checked as the lead and the body are (the headline most read).
    m_title = new SpellLineEdit(m_db, header);
    m_title->setObjectName(QStringLiteral("titleLineEdit"));
    m_title->setPlaceholderText(tr("Title"));
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setFrame(false);
    m_title->setAccessibleName(tr("Title"));
    m_title->setAccessibleDescription(tr("The article's title, as the portal shows it"));
    grid->addWidget(m_title, 0, 0, 1, 6);

    m_lead = new QPlainTextEdit(header);
    m_lead->setObjectName(QStringLiteral("leadTextEdit"));
    m_lead->setPlaceholderText(tr("Lead (sapo): one or two sentences that sum up the article"));
    m_lead->setTabChangesFocus(true);
    m_lead->setFrameShape(QFrame::NoFrame);
    m_lead->setAccessibleName(tr("Lead"));
    m_lead->setAccessibleDescription(tr("One or two sentences that sum up the article"));
    QFont leadFont = font();
    leadFont.setPointSizeF(leadFont.pointSizeF() * 1.1);
    leadFont.setBold(true);
    m_lead->setFont(leadFont);
    const QFontMetrics fm(leadFont);
    m_lead->setFixedHeight(fm.lineSpacing() * 3 + 2 * int(m_lead->document()->documentMargin()) +
                           2 * m_lead->frameWidth() + 2);
    // The lead is spell-checked as the body is, with the same suggestions in its menu.
    m_leadSpell = new SpellHighlighter(m_db, m_lead->document());
    m_lead->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_lead, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        std::unique_ptr<QMenu> menu(m_lead->createStandardContextMenu(pos));
        if (!m_lead->isReadOnly() && !m_lead->textCursor().hasSelection())
            m_leadSpell->addSpellingActions(menu.get(), m_lead->cursorForPosition(pos).position(),
                                            this);
        menu->exec(m_lead->viewport()->mapToGlobal(pos));
    });
    grid->addWidget(m_lead, 1, 0, 1, 6);
    auto *rule = new QFrame(header);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Plain);
    rule->setForegroundRole(QPalette::Mid);
    grid->addWidget(rule, 2, 0, 1, 6);

    m_category = new QComboBox(header);
    m_category->setObjectName(QStringLiteral("categoryComboBox"));
    m_category->setMinimumContentsLength(16);
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tags = new QLineEdit(header);
    m_tags->setObjectName(QStringLiteral("tagsLineEdit"));
    m_tags->setPlaceholderText(tr("Separate tags with commas"));
    m_source = new QLineEdit(header);
    m_source->setObjectName(QStringLiteral("sourceLineEdit"));
    m_source->setPlaceholderText(tr("Theo …", "placeholder of the source line; keep \"Theo\""));
    const QList<QPair<QString, QWidget *>> fields = {
        {tr("C&ategory:"), m_category}, {tr("Ta&gs:"), m_tags}, {tr("S&ource:"), m_source}};
    int column = 0;
    for (const auto &[text, field] : fields) {
        auto *label = new QLabel(text, header);
        label->setBuddy(field);
        m_fieldLabels << label;
        grid->addWidget(label, 3, column++);
        grid->addWidget(field, 3, column++);
    }
    grid->setColumnStretch(3, 2);
    grid->setColumnStretch(5, 2);
    m_headerGrid = grid;

    connect(m_title, &QLineEdit::textChanged, this, [this](const QString &title) {
        Q_EMIT titleChanged(title);
        edited();
    });
    connect(m_lead, &QPlainTextEdit::textChanged, this, &ArticleEditor::edited);
    connect(m_category, &QComboBox::currentIndexChanged, this, &ArticleEditor::edited);
    connect(m_tags, &QLineEdit::textChanged, this, &ArticleEditor::edited);
    connect(m_source, &QLineEdit::textChanged, this, &ArticleEditor::edited);
    return header;
}

void ArticleEditor::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeFields();
}

void ArticleEditor::arrangeFields()
{
    if (!m_headerGrid || m_fieldLabels.size() != 3)
        return;
    const QMargins margins = m_headerGrid->contentsMargins();
    const int spacing = m_headerGrid->horizontalSpacing();
    // Tags and source are never narrower than a few words. On one row that is ensured by
    // leaving it below that width, so the header's minimum width stays that of two rows and
    // the window never has to grow.
    const int field = m_tags->fontMetrics().averageCharWidth() * 16;
    int oneRow = margins.left() + margins.right() + 5 * spacing + m_category->sizeHint().width() +
                 2 * field +
                 m_tags->fontMetrics().averageCharWidth() * 8; // a little more than the least
    for (const QLabel *label : std::as_const(m_fieldLabels))
        oneRow += label->sizeHint().width();
    const bool twoRows = width() < oneRow;
    for (QLineEdit *f : {m_tags, m_source})
        f->setMinimumWidth(twoRows ? field : f->fontMetrics().averageCharWidth() * 4);
    if (twoRows == m_fieldsOnTwoRows)
        return;
    m_fieldsOnTwoRows = twoRows;
    const QList<QWidget *> fields{m_category, m_tags, m_source};
    for (int i = 0; i < 3; ++i) {
        m_headerGrid->removeWidget(m_fieldLabels.at(i));
        m_headerGrid->removeWidget(fields.at(i));
    }
    m_headerGrid->addWidget(m_fieldLabels.at(0), 3, 0);
    if (twoRows) {
        // The category alone on its row; tags and source share the next one.
        m_headerGrid->addWidget(m_category, 3, 1, 1, 5, Qt::AlignLeft);
        m_headerGrid->addWidget(m_fieldLabels.at(1), 4, 0);
        m_headerGrid->addWidget(m_tags, 4, 1, 1, 3);
        m_headerGrid->addWidget(m_fieldLabels.at(2), 4, 4);
        m_headerGrid->addWidget(m_source, 4, 5);
    } else {
        m_headerGrid->addWidget(m_category, 3, 1);
        m_headerGrid->addWidget(m_fieldLabels.at(1), 3, 2);
        m_headerGrid->addWidget(m_tags, 3, 3);
        m_headerGrid->addWidget(m_fieldLabels.at(2), 3, 4);
        m_headerGrid->addWidget(m_source, 3, 5);
    }
}

QWidget *ArticleEditor::buildStatusRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(16, 4, 16, 4);
    m_statsLabel = new QLabel(row);
    m_statsLabel->setObjectName(QStringLiteral("wordCountLabel"));
    layout->addWidget(m_statsLabel);
    layout->addSpacing(16);
    m_busy = new QProgressBar(row);
    m_busy->setObjectName(QStringLiteral("imageLoadingProgressBar"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumSize(80, 12);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_busyLabel = new QLabel(tr("Loading images…"), row);
    m_busyLabel->hide();
    layout->addWidget(m_busy);
    layout->addWidget(m_busyLabel);
    layout->addStretch(1);
    m_saveStateLabel = new QLabel(row);
    m_saveStateLabel->setObjectName(QStringLiteral("saveStateLabel"));
    layout->addWidget(m_saveStateLabel);
    return row;
}

int ArticleEditor::applyToneStyle(Text::ToneStyle style)
{
    if (!m_hasArticle)
        return 0;
    const auto moved = [style](const QString &text) {
        return Text::countToneStyles(text).notIn(style);
    };
    int respelled = 0;
    const QString title = m_title->text();
    const QString styledTitle = Text::withToneStyle(title, style);
    if (styledTitle != title) {
        respelled += moved(title);
        m_title->selectAll();
        m_title->insert(styledTitle); // undoable in the field, unlike setText()
    }
    for (QTextDocument *doc : {m_lead->document(), m_body->document()}) {
        QTextCursor cursor(doc);
        cursor.beginEditBlock();
        respelled += RichText::applyToneStyle(doc, style);
        cursor.endEditBlock();
    }
    return respelled;
}

void ArticleEditor::loadCategories()
{
    const bool wasLoading = std::exchange(m_loading, true);
    const QString current = m_category->currentData().toString();
    m_category->clear();
    m_category->addItem(tr("(No category)"), QString());
    const auto categories = CategoryRepository(m_db).list();
    if (categories) {
        for (const Category &c : categories.value())
            m_category->addItem(c.name, c.id);
    }
    m_category->setCurrentIndex(std::max(0, m_category->findData(current)));
    m_loading = wasLoading;
}

bool ArticleEditor::openArticle(const QString &id)
{
    if (m_hasArticle && id == m_article.id)
        return true;
    if (!saveIfNeeded())
        return false;
    auto article = m_repo.get(id);
    if (!article) {
        m_errorLabel->setText(article.error().message);
        m_errorLabel->show();
        return false;
    }
    showArticle(article.value());
    Q_EMIT articleOpened(id);
    return true;
}

ReadMark ArticleEditor::shownRevision() const
{
    if (!m_hasArticle)
        return {};
    return ReadMark{m_revision, contentHash(m_article)};
}

bool ArticleEditor::reloadArticle()
{
    if (!m_hasArticle || !saveIfNeeded())
        return false;
    const QString id = m_article.id;
    m_hasArticle = false; // openArticle() re-reads it
    if (openArticle(id))
        return true;
    m_hasArticle = true;
    return false;
}

bool ArticleEditor::newArticle()
{
    if (!saveIfNeeded())
        return false;
    Article draft;
    draft.categoryId = m_category->currentData().toString();
    auto created = m_repo.create(draft);
    if (!created) {
        showSaveError(created.error().message);
        return false;
    }
    showArticle(created.value());
    m_title->setFocus();
    Q_EMIT articleOpened(created->id);
    Q_EMIT articleSaved(created->id);
    return true;
}

void ArticleEditor::showArticle(const Article &article)
{
    m_autosaveTimer->stop();
    m_loading = true;
    m_article = article;
    const auto revision = m_repo.latestRevisionNumber(article.id);
    m_revision = revision ? revision.value() : 0;
    m_hasArticle = true;
    m_editSession = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_images->reset();
    m_title->setText(article.title);
    m_lead->setPlainText(article.lead);
    m_category->setCurrentIndex(std::max(0, m_category->findData(article.categoryId)));
    m_tags->setText(article.tags.join(QStringLiteral(", ")));
    m_source->setText(article.source);
    for (QLineEdit *line : {m_title, m_tags, m_source})
        line->setCursorPosition(0); // show the beginning of long values
    QTextDocument *doc = m_body->document();
    RichText::setHtml(doc, article.bodyHtml);
    doc->setUndoRedoEnabled(false);
    {
        QTextCursor once(doc); // laid out once after every block's spacing is set
        once.beginEditBlock();
        DocumentStyle::polish(doc);
        once.endEditBlock();
    }
    doc->setUndoRedoEnabled(true);
    doc->clearUndoRedoStacks();
    doc->setModified(false);
    m_body->moveCursor(QTextCursor::Start);
    m_loading = false;

    m_sessionChanged = false;
    m_saveError.clear();
    m_errorLabel->hide();
    setDirty(false);
    showSaved(article.updatedAt);
    m_images->loadDocumentImages();
    updateStats();
    Q_EMIT titleChanged(article.title);
}

void ArticleEditor::followStoredArticle()
{
    // Our own saves leave m_article equal to what is stored; anything else was written
    // elsewhere: a decision, a restore, the outbox, the command line, another window.
    if (!m_hasArticle || m_dirty || m_loading)
        return;
    const auto stored = m_repo.get(m_article.id);
    if (!stored)
        return; // gone or unreadable: keep what is on screen
    if (stored->updatedAt == m_article.updatedAt) {
        m_article = stored.value(); // state, approval or links only: the text is the same
        return;
    }
    // The new text is shown, but what the user has read stays the revision they opened: an
    // approval from here is refused and shows what changed (WorkflowService::approve).
    const int read = m_revision;
    showArticle(stored.value());
    m_revision = read;
}

Article ArticleEditor::collect() const
{
    Article a = m_article;
    a.title = m_title->text();
    a.lead = m_lead->toPlainText();
    a.bodyHtml = RichText::toHtml(m_body->document());
    a.categoryId = m_category->currentData().toString();
    a.tags = splitTags(m_tags->text());
    a.source = m_source->text();
    return a;
}

void ArticleEditor::edited()
{
    if (m_loading || !m_hasArticle)
        return;
    m_sessionChanged = true;
    setDirty(true);
    m_autosaveTimer->start(); // restarts: saves autosaveDelay() after the last change
}

bool ArticleEditor::save()
{
    if (!m_hasArticle)
        return false;
    return saveWith(SaveKind::Manual);
}

bool ArticleEditor::saveIfNeeded()
{
    if (!m_hasArticle || (!m_dirty && !m_sessionChanged))
        return true;
    return saveWith(SaveKind::Manual);
}

bool ArticleEditor::saveWith(SaveKind kind)
{
    m_autosaveTimer->stop();
    auto outcome = m_repo.save(collect(), kind, m_editSession);
    if (!outcome) {
        showSaveError(outcome.error().message);
        return false; // widgets untouched; the next change or Ctrl+S retries
    }
    m_article = outcome->article;
    m_revision = outcome->revisionNumber;
    m_saveError.clear();
    m_errorLabel->hide();
    if (kind == SaveKind::Manual)
        m_sessionChanged = false;
    setDirty(false);
    showSaved(outcome->article.updatedAt);
    Q_EMIT articleSaved(m_article.id);
    return true;
}

void ArticleEditor::setDirty(bool dirty)
{
    const bool changed = dirty != m_dirty;
    m_dirty = dirty;
    if (dirty && m_saveError.isEmpty()) {
        m_saveStateLabel->setText(tr("Unsaved changes"));
        m_saveStateLabel->setStyleSheet(QString());
    }
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_title, m_lead, m_category, m_tags, m_source, m_body})
        w->setEnabled(m_hasArticle);
    m_saveAction->setEnabled(m_hasArticle);
    if (changed)
        Q_EMIT modificationChanged(dirty);
}

void ArticleEditor::showSaveError(const QString &message)
{
    m_saveError = message;
    m_errorLabel->setText(
        tr("%1\nYour text stays here. PressDesk tries again at your next change; Ctrl+S "
           "retries now.")
            .arg(message));
    m_errorLabel->show();
    m_saveStateLabel->setText(tr("Not saved"));
    m_saveStateLabel->setToolTip(message);
    m_saveStateLabel->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: 600;"));
}

void ArticleEditor::showSaved(const QDateTime &when)
{
    m_saveStateLabel->setStyleSheet(QString());
    m_saveStateLabel->setToolTip(QString());
    m_saveStateLabel->setText(when.isValid() ? tr("Saved %1").arg(shownTime(when)) : QString());
}

void ArticleEditor::updateStats()
{
    // The same text as Html::toPlainText(RichText::toHtml(doc)), without the HTML detour.
    const QString plain = RichText::plainText(m_body->document());
    const int words = Text::wordCount(plain);
    const int minutes = Text::readingTimeMinutes(words);
    m_statsLabel->setText(
        QStringLiteral("%1  ·  %2")
            .arg(tr("%n word(s)", nullptr, words), tr("%n min read", nullptr, minutes)));
}

void ArticleEditor::clipboardAction(int which)
{
    QWidget *target = QApplication::focusWidget();
    if (!target || !isAncestorOf(target))
        target = m_body;
    auto run = [which](auto *edit) {
        if (which == 0)
            edit->cut();
        else if (which == 1)
            edit->copy();
        else
            edit->paste();
    };
    if (auto *line = qobject_cast<QLineEdit *>(target))
        run(line);
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(target))
        run(plain);
    else if (auto *rich = qobject_cast<QTextEdit *>(target))
        run(rich);
    else
        run(m_body);
}

} // namespace PressDesk
