#include "MainWindow.h"
#include "AppIcons.h"
#include "BuildInfo.h"

#include "Settings.h"
#include "backup/BackupScheduler.h"
#include "editor/ArticleEditor.h"
#include "editor/BodyTextEdit.h"
#include "editor/StyleHintsDialog.h"
#include "editor/TableEditor.h"
#include "editor/TextFormatter.h"
#include "help/HelpDialogs.h"
#include "import/DocumentImport.h"
#include "list/ArticleListPanel.h"
#include "plan/PlanDialogs.h"
#include "plan/PlanWindow.h"
#include "publish/OutboxPanel.h"
#include "publish/PortalsDialog.h"
#include "publish/PublishController.h"
#include "publish/PublishDialog.h"
#include "radio/RadioWindow.h"
#include "settings/CategoriesDialog.h"
#include "settings/FirstRunWizard.h"
#include "settings/SettingsDialog.h"
#include "store/ArticleRepository.h"
#include "store/CommentRepository.h"
#include "store/Database.h"
#include "store/ImageStore.h"
#include "store/UserRepository.h"
#include "store/WalCheckpointer.h"
#include "sync/ConflictBanner.h"
#include "sync/ServerDialog.h"
#include "sync/SyncController.h"
#include "sync/SyncStatusWidget.h"
#include "text/ToneMarks.h"
#include "visual/VisualWindow.h"
#include "widgets/AfterFirstPaint.h"
#include "widgets/BalancedSplitter.h"
#include "workflow/AuditLogDialog.h"
#include "workflow/CommentsPanel.h"
#include "workflow/HistoryDialog.h"
#include "workflow/NoticesPanel.h"
#include "workflow/PreviewDialog.h"
#include "workflow/ReviewQueuePanel.h"
#include "workflow/UsersDialog.h"
#include "workflow/WorkflowBar.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <memory>

namespace PressDesk {

MainWindow::MainWindow(Database &db, QWidget *parent) : QMainWindow(parent), m_db(db)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_list = new ArticleListPanel(db, this);
    m_leftTabs = new QTabWidget(this);
    m_leftTabs->setObjectName(QStringLiteral("leftTabs"));
    m_leftTabs->setDocumentMode(true);
    // On a laptop the four tabs share the pane's width, their texts shortened ("Chờ du…")
    // and whole in a tooltip, rather than one of them hidden behind scroll arrows.
    m_leftTabs->setUsesScrollButtons(false);
    m_leftTabs->setElideMode(Qt::ElideRight);
    m_leftTabs->addTab(m_list, QString());
    setLeftTabText(ArticlesTab, tr("Articles"));
    // The review queue, the notices and the outbox are hidden behind the list: their pages
    // are empty until they are first shown or the window has been drawn (buildSideTabs).
    for (int tab : {ReviewTab, NoticesTab, OutboxTab}) {
        auto *page = new QWidget(this);
        (new QVBoxLayout(page))->setContentsMargins(0, 0, 0, 0);
        m_leftTabs->insertTab(tab, page, QString());
    }
    setQueueCount(0);
    setNoticesCount(0);
    setOutboxCount(0);
    connect(m_leftTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index != ArticlesTab)
            buildSideTabs();
    });
    m_publish = new PublishController(db, this);
    m_editor = new ArticleEditor(db, this);
    m_workflowBar = new WorkflowBar(db, this);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    m_conflictBanner = new ConflictBanner(db, this);
    rightLayout->addWidget(m_workflowBar);
    rightLayout->addWidget(m_conflictBanner);
    rightLayout->addWidget(m_editor, 1);
    auto *splitter = new BalancedSplitter(Qt::Horizontal, this);
    m_splitter = splitter;
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_leftTabs);
    m_splitter->addWidget(right);
    m_comments = new CommentsPanel(db, this);
    m_comments->setBodyEdit(m_editor->bodyEdit());
    m_splitter->addWidget(m_comments);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setCollapsible(2, true); // the comments can be folded away
    splitter->setCentre(1, 560);         // on a small screen the side panes give way first
    setCentralWidget(m_splitter);

    buildMenus();

    auto *profile = new QLabel(QFileInfo(db.path()).fileName(), this);
    profile->setToolTip(tr("Profile database: %1").arg(db.path()));
    statusBar()->addPermanentWidget(profile);
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("currentUserLabel"));
    m_userLabel->setToolTip(tr("Current user of this profile"));
    statusBar()->addPermanentWidget(m_userLabel);
    updateUserLabel();
    // The office server: passes in the background, where they stand in the status bar.
    auto *sync = new SyncController(db, this);
    m_sync = sync;
    auto *syncStatus = new SyncStatusWidget(db, *sync, this);
    statusBar()->addPermanentWidget(syncStatus);
    connect(findChild<QAction *>(QStringLiteral("officeServerAction")), &QAction::triggered,
            syncStatus, &SyncStatusWidget::openServerDialog);
    connect(sync, &SyncController::joinFinished, this, &MainWindow::updateUserLabel);
    // The profile's daily backup, in the background (the folder is a setting).
    auto *backups = new BackupScheduler(db.path(), this);
    connect(backups, &BackupScheduler::finished, this, [this](bool ok, const QString &what) {
        if (ok)
            statusBar()->showMessage(
                tr("The profile was backed up to %1.").arg(QDir::toNativeSeparators(what)), 8000);
        else
            statusBar()->showMessage(tr("Today's backup of the profile failed: %1").arg(what));
    });

    // Decisions save the open article first, so what is approved is what is on screen.
    m_workflowBar->setSaveHook([this] { return m_editor->saveIfNeeded(); });
    // An approval names the revision on screen; refused when the text changed since then.
    m_workflowBar->setReadHook([this](const QString &id) { return readOnScreen(id); });
    connect(m_workflowBar, &WorkflowBar::readOutdated, this, &MainWindow::showOutdated);
    connect(m_editor, &ArticleEditor::articleOpened, m_comments, &CommentsPanel::showArticle);
    connect(m_workflowBar, &WorkflowBar::historyRequested, this, [this] { showHistory(); });
    connect(m_workflowBar, &WorkflowBar::publishRequested, this, &MainWindow::publishArticle);
    connect(m_workflowBar, &WorkflowBar::withdrawRequested, this, &MainWindow::withdrawArticle);
    connect(m_publish, &PublishController::finished, this, [this](int sent, const QString &) {
        if (sent > 0)
            statusBar()->showMessage(tr("%n entry(s) sent to the portal.", nullptr, sent), 8000);
    });
    connect(m_workflowBar, &WorkflowBar::previewRequested, this, &MainWindow::showPreview);
    // What this user has seen of an article, for the queue's "changed since" column.
    connect(m_editor, &ArticleEditor::articleOpened, this, [this](const QString &id) {
        if (auto latest = ArticleRepository(m_db).latestRevisionNumber(id); latest)
            (void)CommentRepository(m_db).markSeen(id, latest.value());
    });
    connect(m_editor, &ArticleEditor::articleOpened, m_workflowBar, &WorkflowBar::showArticle);
    connect(m_editor, &ArticleEditor::articleOpened, m_conflictBanner,
            &ConflictBanner::showArticle);
    m_conflictBanner->setSaveHook([this] { return m_editor->saveIfNeeded(); });
    connect(m_conflictBanner, &ConflictBanner::resolved, this, [this](const QString &id) {
        if (m_editor->articleId() == id)
            m_editor->reloadArticle(); // show the choice
    });

    connect(m_list, &ArticleListPanel::articleActivated, this, &MainWindow::openArticle);
    connect(m_list, &ArticleListPanel::newArticleRequested, m_editor, &ArticleEditor::newArticle);
    connect(m_editor, &ArticleEditor::articleOpened, this, [this](const QString &id) {
        m_list->selectArticle(id);
        Settings::setValue(Settings::Key::LastArticleId, id);
    });
    connect(m_editor, &ArticleEditor::titleChanged, this, [this](const QString &title) {
        m_title = title;
        updateTitle();
    });
    connect(m_editor, &ArticleEditor::modificationChanged, this, &MainWindow::updateTitle);

    // Panels refresh themselves from the store's change notifications (ChangeNotifier);
    // the poll brings in what other connections wrote: the outbox worker, an import, the
    // command line or another window on the same profile.
    m_db.changes().watch(ChangeNotifier::defaultPollInterval());
    // A save never copies the WAL into the database on this thread (a join can leave
    // hundreds of megabytes there): a worker does, every few seconds.
    m_db.leaveCheckpointsToWorker();
    (new WalCheckpointer(m_db.path(), this))->start();
    m_db.changes().subscribe(this, Change::Users, [this] { updateUserLabel(); });

    restoreLayout(); // builds the side tabs now when one of them was left open
    // Otherwise as soon as the window has been drawn, so they are there when a tab is clicked.
    afterFirstPaint(this, [this] { buildSideTabs(); });
    updateTitle();
}

void MainWindow::buildSideTabs()
{
    if (m_queue)
        return;
    m_queue = new ReviewQueuePanel(m_db);
    m_notices = new NoticesPanel(m_db);
    m_outbox = new OutboxPanel(m_db, *m_publish);
    m_leftTabs->widget(ReviewTab)->layout()->addWidget(m_queue);
    m_leftTabs->widget(NoticesTab)->layout()->addWidget(m_notices);
    m_leftTabs->widget(OutboxTab)->layout()->addWidget(m_outbox);

    m_queue->setSaveHook([this] { return m_editor->saveIfNeeded(); });
    m_queue->setReadHook([this](const QString &id) { return readOnScreen(id); });
    connect(m_queue, &ReviewQueuePanel::readOutdated, this, &MainWindow::showOutdated);
    connect(m_queue, &ReviewQueuePanel::countChanged, this, &MainWindow::setQueueCount);
    connect(m_queue, &ReviewQueuePanel::articleActivated, this, &MainWindow::openArticle);
    connect(m_queue, &ReviewQueuePanel::compareRequested, this,
            [this](const QString &id, int seen, int latest) {
                openArticle(id);
                if (m_editor->articleId() == id)
                    showHistory(seen, latest);
            });
    connect(m_editor, &ArticleEditor::articleOpened, m_queue, &ReviewQueuePanel::selectArticle);
    if (!m_editor->articleId().isEmpty())
        m_queue->selectArticle(m_editor->articleId());
    connect(m_notices, &NoticesPanel::countChanged, this, &MainWindow::setNoticesCount);
    connect(m_notices, &NoticesPanel::articleActivated, this, &MainWindow::openArticle);
    connect(m_outbox, &OutboxPanel::countChanged, this, &MainWindow::setOutboxCount);
    connect(m_outbox, &OutboxPanel::articleActivated, this, &MainWindow::openArticle);
    setQueueCount(m_queue->count());
    setNoticesCount(m_notices->count());
    setOutboxCount(m_outbox->pendingCount());
}

ReviewQueuePanel *MainWindow::reviewQueue()
{
    buildSideTabs();
    return m_queue;
}

NoticesPanel *MainWindow::notices()
{
    buildSideTabs();
    return m_notices;
}

OutboxPanel *MainWindow::outbox()
{
    buildSideTabs();
    return m_outbox;
}

void MainWindow::setQueueCount(int count)
{
    setLeftTabText(ReviewTab, count > 0 ? tr("Review (%1)").arg(count) : tr("Review"));
}

void MainWindow::setNoticesCount(int count)
{
    setLeftTabText(NoticesTab, count > 0 ? tr("For me (%1)").arg(count) : tr("For me"));
}

void MainWindow::setOutboxCount(int count)
{
    setLeftTabText(OutboxTab, count > 0 ? tr("Outbox (%1)").arg(count) : tr("Outbox"));
}

ReadMark MainWindow::readOnScreen(const QString &id) const
{
    return m_editor->articleId() == id ? m_editor->shownRevision() : ReadMark{};
}

void MainWindow::showOutdated(const QString &id, int read, int latest, bool compare)
{
    if (m_editor->articleId() == id)
        m_editor->reloadArticle(); // show the latest text
    else
        openArticle(id);
    if (compare && m_editor->articleId() == id)
        showHistory(read, latest);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    m_newAction = new QAction(appIcon(QStringLiteral("document-new")), tr("&New article"), this);
    m_newAction->setObjectName(QStringLiteral("newArticleAction"));
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, m_editor, &ArticleEditor::newArticle);
    m_importAction =
        new QAction(appIcon(QStringLiteral("document-open")), tr("&Import document…"), this);
    m_importAction->setObjectName(QStringLiteral("importDocumentAction"));
    m_importAction->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    m_importAction->setToolTip(tr("A Word, LibreOffice or RTF document as a new article"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importDocument);
    auto *settings =
        new QAction(appIcon(QStringLiteral("preferences-system")), tr("Se&ttings…"), this);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::showSettings);
    auto *quit = new QAction(appIcon(QStringLiteral("application-exit")), tr("&Quit"), this);
    quit->setShortcut(QKeySequence(tr("Ctrl+Q")));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto *categories = new QAction(tr("&Categories…"), this);
    categories->setObjectName(QStringLiteral("categoriesAction"));
    connect(categories, &QAction::triggered, this, &MainWindow::showCategories);

    auto *users = new QAction(tr("&Users…"), this);
    users->setObjectName(QStringLiteral("usersAction"));
    connect(users, &QAction::triggered, this, &MainWindow::showUsers);
    auto *audit = new QAction(tr("&Audit log…"), this);
    audit->setObjectName(QStringLiteral("auditAction"));
    connect(audit, &QAction::triggered, this, [this] {
        AuditLogDialog dialog(m_db, this);
        dialog.exec();
    });

    auto *officeServer = new QAction(tr("&Office server…"), this);
    officeServer->setObjectName(QStringLiteral("officeServerAction"));

    auto *portals = new QAction(tr("&Portals…"), this);
    portals->setObjectName(QStringLiteral("portalsAction"));
    connect(portals, &QAction::triggered, this, &MainWindow::showPortals);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_importAction);
    file->addAction(m_editor->saveAction());
    file->addSeparator();
    file->addAction(officeServer);
    file->addAction(portals);
    file->addAction(categories);
    file->addAction(users);
    file->addAction(audit);
    file->addAction(settings);
    file->addSeparator();
    file->addAction(quit);

    TextFormatter *format = m_editor->formatter();
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(format->undoAction());
    edit->addAction(format->redoAction());
    edit->addSeparator();
    edit->addActions(m_editor->clipboardActions());
    edit->addSeparator();
    auto *find = edit->addAction(appIcon(QStringLiteral("edit-find")), tr("&Find articles"), m_list,
                                 &ArticleListPanel::focusSearch);
    find->setShortcut(QKeySequence::Find);

    QMenu *articleMenu = menuBar()->addMenu(tr("&Article"));
    auto *history =
        articleMenu->addAction(tr("&History and comparison…"), this, [this] { showHistory(); });
    history->setObjectName(QStringLiteral("historyAction"));
    history->setShortcut(QKeySequence(tr("Ctrl+H")));
    auto *preview =
        articleMenu->addAction(tr("&Preview as on the portal"), this, &MainWindow::showPreview);
    preview->setObjectName(QStringLiteral("previewAction"));
    preview->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    articleMenu->addSeparator();
    auto *publish =
        articleMenu->addAction(tr("P&ublish to the portal…"), this, &MainWindow::publishArticle);
    publish->setObjectName(QStringLiteral("publishAction"));
    publish->setShortcut(QKeySequence(tr("Ctrl+Alt+P")));
    auto *withdraw = articleMenu->addAction(tr("&Withdraw from the portal…"), this,
                                            &MainWindow::withdrawArticle);
    withdraw->setObjectName(QStringLiteral("withdrawAction"));
    articleMenu->addSeparator();
    auto *activities =
        articleMenu->addAction(tr("Plan &activities…"), this, &MainWindow::linkToActivities);
    activities->setObjectName(QStringLiteral("linkActivitiesAction"));
    auto *style = articleMenu->addAction(tr("Check &style…"), this, [this] { showStyleHints(); });
    style->setObjectName(QStringLiteral("styleHintsAction"));
    style->setShortcut(QKeySequence(tr("Ctrl+Shift+Y")));

    QMenu *plansMenu = menuBar()->addMenu(tr("&Plans"));
    auto *tracker = plansMenu->addAction(tr("Plan &tracker…"), this, [this] { showPlans(); });
    tracker->setObjectName(QStringLiteral("planTrackerAction"));
    tracker->setShortcut(QKeySequence(tr("Ctrl+Shift+K")));
    auto *radio = plansMenu->addAction(tr("&Radio bulletins…"), this, [this] { showRadio(); });
    radio->setObjectName(QStringLiteral("radioAction"));
    auto *visual = plansMenu->addAction(tr("&Visual campaigns…"), this, [this] { showVisual(); });
    visual->setObjectName(QStringLiteral("visualAction"));

    QMenu *formatMenu = menuBar()->addMenu(tr("F&ormat"));
    formatMenu->addActions(format->menuActions());
    formatMenu->addMenu(m_editor->tableEditor()->menu());
    formatMenu->addSeparator();
    auto *toneMarks = formatMenu->addAction(tr("Place &tone marks in the office style"), this,
                                            &MainWindow::applyToneStyle);
    toneMarks->setObjectName(QStringLiteral("toneMarksAction"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    auto *guide = help->addAction(tr("&User guide"), this, [this] { showUserGuide(); });
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    auto *keys = help->addAction(tr("&Keyboard shortcuts"), this, [this] { showShortcuts(); });
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    help->addSeparator();
    auto *about = help->addAction(tr("&About PressDesk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);

    auto *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setIconSize(QSize(20, 20));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_newAction);
    bar->addAction(m_editor->saveAction());
    bar->addSeparator();
    bar->addAction(settings);
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = Settings::value(Settings::Key::MainWindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QScreen *screen = QGuiApplication::primaryScreen();
        const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1400, 900);
        const QSize size = available.size().boundedTo(QSize(1440, 900));
        setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available));
    }
    restoreState(Settings::value(Settings::Key::MainWindowState).toByteArray());
    const QByteArray splitter = Settings::value(Settings::Key::SplitterState).toByteArray();
    if (splitter.isEmpty() || !m_splitter->restoreState(splitter))
        m_splitter->setSizes({460, 700, 300});
    m_leftTabs->setCurrentIndex(Settings::value(Settings::Key::LeftTab).toInt());
}

void MainWindow::saveLayout()
{
    Settings::setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    Settings::setValue(Settings::Key::MainWindowState, saveState());
    Settings::setValue(Settings::Key::SplitterState, m_splitter->saveState());
    Settings::setValue(Settings::Key::LeftTab, m_leftTabs->currentIndex());
}

void MainWindow::openInitialArticle()
{
    const ArticleRepository repo(m_db);
    const QString last = Settings::value(Settings::Key::LastArticleId).toString();
    if (!last.isEmpty() && repo.get(last) && m_editor->openArticle(last))
        return;
    const auto newest = repo.list(1);
    if (newest && !newest->isEmpty())
        m_editor->openArticle(newest->first().id);
}

void MainWindow::openInitialArticleWhenDrawn()
{
    afterFirstPaint(this, [this] { openInitialArticle(); });
}

void MainWindow::offerFirstRunWizardWhenDrawn()
{
    afterFirstPaint(this, [this] {
        if (Settings::value(Settings::Key::FirstRunDone).toBool())
            return;
        FirstRunWizard *wizard = makeFirstRunWizard();
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->open();
    });
}

FirstRunWizard *MainWindow::makeFirstRunWizard(QWidget *parent)
{
    auto *wizard = new FirstRunWizard(m_db, parent ? parent : this);
    wizard->setOfficeServerOpener([this](QWidget *over) {
        ServerDialog dialog(m_db, *m_sync, over);
        dialog.exec();
    });
    return wizard;
}

QList<ShortcutEntry> MainWindow::shortcuts()
{
    // The other windows as they are, or made for the moment (hidden) to read their actions.
    std::unique_ptr<PlanWindow> plans;
    std::unique_ptr<RadioWindow> radio;
    std::unique_ptr<VisualWindow> visual;
    QWidget *planWindow = m_plans;
    QWidget *radioWindow = m_radio;
    QWidget *visualWindow = m_visual;
    if (!planWindow)
        planWindow = (plans = std::make_unique<PlanWindow>(m_db)).get();
    if (!radioWindow)
        radioWindow = (radio = std::make_unique<RadioWindow>(m_db)).get();
    if (!visualWindow)
        visualWindow = (visual = std::make_unique<VisualWindow>(m_db)).get();
    return collectShortcuts({{tr("Main window"), this},
                             {tr("Plan tracker"), planWindow},
                             {tr("Radio bulletins"), radioWindow},
                             {tr("Visual campaigns"), visualWindow}});
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(shortcuts(), this);
    dialog.exec();
}

void MainWindow::showUserGuide()
{
    auto *guide = findChild<UserGuideDialog *>(QStringLiteral("userGuideDialog"));
    if (!guide) {
        guide = new UserGuideDialog(this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    guide->show();
    guide->raise();
    guide->activateWindow();
}

StyleHintsDialog *MainWindow::showStyleHints()
{
    if (!m_styleHints) {
        m_styleHints = new StyleHintsDialog(m_db, m_editor->leadEdit(), m_editor->bodyEdit(), this);
        connect(m_editor, &ArticleEditor::articleOpened, m_styleHints, &StyleHintsDialog::reset);
    } else {
        m_styleHints->recheck();
    }
    m_styleHints->show();
    m_styleHints->raise();
    m_styleHints->activateWindow();
    return m_styleHints;
}

void MainWindow::applyToneStyle()
{
    const Text::ToneStyle style = SettingsDialog::officeToneStyle(m_db);
    const QString example = style == Text::ToneStyle::Traditional ? QStringLiteral("hòa, thủy")
                                                                  : QStringLiteral("hoà, thuỷ");
    const int respelled = m_editor->applyToneStyle(style);
    statusBar()->showMessage(
        respelled > 0
            ? tr("%n syllable(s) respelled with the tone marks of the office (%1).", nullptr,
                 respelled)
                  .arg(example)
            : tr("The article already places its tone marks as the office does (%1).").arg(example),
        8000);
}

void MainWindow::openArticle(const QString &id)
{
    if (!m_editor->openArticle(id)) {
        // The open article could not be saved: stay on it, its text intact.
        m_list->selectArticle(m_editor->articleId());
        statusBar()->showMessage(tr("Stayed on the current article: it could not be saved."), 8000);
    }
}

void MainWindow::importDocument()
{
    if (isImporting())
        return;
    QStringList patterns;
    for (const QString &ext : DocumentImport::extensions())
        patterns << QStringLiteral("*.") + ext;
    QFileDialog dialog(this, tr("Import a document as a new article"),
                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                       tr("Documents (%1)").arg(patterns.join(u' ')));
    dialog.setObjectName(QStringLiteral("importDocumentDialog"));
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    importDocumentFile(dialog.selectedFiles().constFirst());
}

bool MainWindow::isImporting() const
{
    return m_importer && m_importer->isRunning();
}

void MainWindow::importDocumentFile(const QString &path)
{
    if (isImporting())
        return;
    if (!m_importer)
        m_importer = new DocumentConverter(this);
    m_importAction->setEnabled(false);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    const QString name = QFileInfo(path).fileName();
    statusBar()->showMessage(tr("Importing %1 with LibreOffice…").arg(name));
    m_importer->start(path, [this, name](Result<ConvertedDocument> converted) {
        QApplication::restoreOverrideCursor();
        m_importAction->setEnabled(true);
        statusBar()->clearMessage();
        const auto failed = [this](const Error &error) {
            QMessageBox box(QMessageBox::Warning, tr("Import a document"), error.message,
                            QMessageBox::Ok, this);
            box.setObjectName(QStringLiteral("importErrorBox"));
            if (!error.detail.isEmpty())
                box.setDetailedText(error.detail);
            box.exec();
            Q_EMIT importFinished(false);
        };
        if (!converted)
            return failed(converted.error());

        // Text typed in an old Vietnamese font: asked, with a preview, as the paste asks.
        LegacyChoice choice{LegacyChoice::None};
        const LegacyDetection legacy = DocumentImport::detectLegacy(converted.value());
        if (legacy.encoding &&
            BodyTextEdit::offerConversion(this, *legacy.encoding, legacy.sampleText,
                                          legacy.upperCase, BodyTextEdit::LegacySource::Import))
            choice = {LegacyChoice::Force, *legacy.encoding};

        Result<ImportedDocument> imported = Error{};
        Result<Article> created = Error{};
        const Status st = m_db.transaction([&]() -> Status {
            ImageStore images(m_db);
            imported = DocumentImport::build(converted.value(), images, choice);
            if (!imported)
                return imported.error();
            Article a;
            a.title = imported->title;
            a.bodyHtml = imported->bodyHtml;
            created = ArticleRepository(m_db).create(a);
            if (!created)
                return created.error();
            return {};
        });
        if (!st)
            return failed(st.error());
        openArticle(created->id);
        m_list->selectArticle(created->id);
        QString message = tr("%1 imported as a new article.").arg(name);
        if (imported->converted && imported->legacyEncoding)
            message += u' ' + tr("Its text was converted from %1 to Unicode.")
                                  .arg(Text::legacyEncodingDisplayName(*imported->legacyEncoding));
        if (!imported->warnings.isEmpty())
            message += u' ' + imported->warnings.join(u' ');
        statusBar()->showMessage(message, 10000);
        Q_EMIT importFinished(true);
    });
}

void MainWindow::updateTitle()
{
    const QString title = m_title.trimmed().isEmpty() ? tr("Untitled") : m_title.simplified();
    setWindowTitle(m_editor->articleId().isEmpty()
                       ? tr("PressDesk")
                       : tr("%1[*] — PressDesk", "window title: article title").arg(title));
    setWindowModified(m_editor->hasUnsavedChanges());
}

void MainWindow::showPortals()
{
    PortalsDialog dialog(m_db, this);
    dialog.exec();
}

PlanWindow *MainWindow::showPlans()
{
    if (!m_plans) {
        m_plans = new PlanWindow(m_db, this);
        connect(m_plans, &PlanWindow::articleActivated, this, [this](const QString &id) {
            openArticle(id);
            raise();
            activateWindow();
        });
        connect(m_plans, &PlanWindow::radioItemActivated, this,
                [this](const QString &programId, const QDate &date, const QString &itemId) {
                    RadioWindow *radio = showRadio();
                    radio->selectProgram(programId);
                    radio->setDate(date);
                    radio->selectItem(itemId);
                    radio->activateWindow();
                });
        connect(m_plans, &PlanWindow::visualItemActivated, this,
                [this](const QString &planId, const QString &itemId) {
                    VisualWindow *visual = showVisual();
                    visual->selectPlan(planId);
                    visual->selectItem(itemId);
                    visual->activateWindow();
                });
    }
    m_plans->refresh();
    m_plans->show();
    m_plans->raise();
    return m_plans;
}

RadioWindow *MainWindow::showRadio()
{
    if (!m_radio)
        m_radio = new RadioWindow(m_db, this);
    m_radio->show(); // refreshes as it is shown
    m_radio->raise();
    return m_radio;
}

VisualWindow *MainWindow::showVisual()
{
    if (!m_visual)
        m_visual = new VisualWindow(m_db, this);
    m_visual->show(); // refreshes as it is shown
    m_visual->raise();
    return m_visual;
}

void MainWindow::linkToActivities()
{
    const QString id = m_editor->articleId();
    if (id.isEmpty() || !m_editor->saveIfNeeded())
        return;
    LinkActivitiesDialog dialog(m_db, id, this);
    dialog.exec();
}

void MainWindow::publishArticle()
{
    queueForPortal(PublishDialog::Publish);
}

void MainWindow::withdrawArticle()
{
    queueForPortal(PublishDialog::Withdraw);
}

void MainWindow::queueForPortal(int mode)
{
    const QString id = m_editor->articleId();
    if (id.isEmpty() || !m_editor->saveIfNeeded())
        return;
    PublishDialog dialog(m_db, id, PublishDialog::Mode(mode), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_leftTabs->setCurrentIndex(OutboxTab); // builds it
    m_publish->sendNow();
}

void MainWindow::showCategories()
{
    // Removing a category can move articles (each move an edit): the open article is saved
    // first, so the editor then follows the stored version (it holds nothing unsaved) and
    // never writes back the old category.
    if (!m_editor->saveIfNeeded())
        return;
    CategoriesDialog dialog(m_db, this);
    dialog.exec();
}

void MainWindow::showHistory(int compareA, int compareB)
{
    const QString id = m_editor->articleId();
    if (id.isEmpty() || !m_editor->saveIfNeeded())
        return;
    HistoryDialog dialog(m_db, id, this);
    if (compareA > 0 && compareB > 0)
        dialog.compare(compareA, compareB);
    dialog.setSaveHook([this] { return m_editor->saveIfNeeded(); });
    connect(&dialog, &HistoryDialog::restored, this, [this](const QString &articleId) {
        Q_UNUSED(articleId)
        m_editor->reloadArticle(); // shows the restored content
    });
    dialog.exec();
}

void MainWindow::showPreview()
{
    const QString id = m_editor->articleId();
    if (id.isEmpty() || !m_editor->saveIfNeeded())
        return;
    PreviewDialog dialog(m_db, id, this);
    dialog.exec();
}

void MainWindow::showUsers()
{
    // Switching the user writes the profile's current user: every panel that shows what
    // this user may do, or what waits for them, follows through the change notifications.
    UsersDialog dialog(m_db, this);
    dialog.exec();
}

void MainWindow::setLeftTabText(int index, const QString &text)
{
    m_leftTabs->setTabText(index, text);
    m_leftTabs->setTabToolTip(index, text); // whole when the tab is too narrow for it
}

void MainWindow::updateUserLabel()
{
    if (auto user = UserRepository(m_db).find(m_db.actingUser()); user && m_userLabel)
        m_userLabel->setText(tr("%1 (%2)").arg(user->name, roleDisplayName(user->role)));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_db, this);
    connect(&dialog, &SettingsDialog::firstRunWizardRequested, this, [this, &dialog] {
        std::unique_ptr<FirstRunWizard> wizard(makeFirstRunWizard(&dialog));
        wizard->exec();
        dialog.reloadOffice(); // what the assistant saved
    });
    if (dialog.exec() == QDialog::Accepted && dialog.apply())
        statusBar()->showMessage(tr("The new language applies after PressDesk restarts."), 8000);
}

QString MainWindow::aboutText() const
{
    QString libraries;
    for (const BuildInfo::Component &c : BuildInfo::components(&m_db)) {
        libraries += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                         .arg(c.name.toHtmlEscaped(), c.version.toHtmlEscaped(),
                              c.licence.toHtmlEscaped(), c.use.toHtmlEscaped());
    }
    return tr("<h3>PressDesk %1</h3>"
              "<p>Drafting, approval, publishing and plan reporting for the press offices of "
              "Vietnamese local government: communes, wards and provincial bodies.</p>"
              "<p>Works offline; every change is saved as you type.</p>"
              "<p>Free software under the GNU General Public License, version 3 or later: you "
              "may use, study, share and change it.</p>")
               .arg(QApplication::applicationVersion().toHtmlEscaped()) +
           tr("<p>Built with:</p>") +
           QStringLiteral("<table cellspacing='0' cellpadding='2'>%1</table>").arg(libraries);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About PressDesk"), aboutText());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_editor->saveIfNeeded()) {
        const auto answer = QMessageBox::warning(
            this, tr("Changes not saved"),
            tr("Your latest changes could not be saved:\n%1\n\nClose anyway and lose them?")
                .arg(m_editor->saveError()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    saveLayout();
    event->accept();
}

} // namespace PressDesk
