#include "radio/RadioWindow.h"

#include "model/Article.h"
#include "radio/RadioDialogs.h"
#include "radio/RadioDuration.h"
#include "radio/RadioExport.h"
#include "radio/RadioRepository.h"
#include "radio/RadioStationsDialog.h"
#include "radio/Speech.h"
#include "store/ArticleRepository.h"
#include "store/ChangeNotifier.h"
#include "store/Database.h"
#include "text/TextFold.h"
#include "text/WordDiff.h"
#include "widgets/DiffHtml.h"
#include "widgets/Workers.h"
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <functional>

namespace PressDesk {

namespace {

enum RundownColumn { PositionColumn, TitleColumn, DurationColumn, RunningColumn };

const QColor kOverColor(0xb0, 0x00, 0x20);

} // namespace

// The rundown: a drag moves an item to where it is dropped, in the store
// (RadioRepository::moveItem); the list is then drawn again from the store, so the view never
// moves rows of its own.
class RundownView : public QTreeWidget
{
public:
    explicit RundownView(QWidget *parent) : QTreeWidget(parent)
    {
        setSelectionMode(QAbstractItemView::SingleSelection);
        setDragEnabled(true);
        setAcceptDrops(true);
        setDropIndicatorShown(true);
        setDragDropMode(QAbstractItemView::InternalMove);
        setDefaultDropAction(Qt::MoveAction);
    }

    std::function<void(const QString &itemId, int position)> moved;

    static QString mimeType() { return QStringLiteral("application/x-pressdesk-radio-item"); }

protected:
    QStringList mimeTypes() const override { return {mimeType()}; }

    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override
    {
        auto *mime = new QMimeData;
        if (!items.isEmpty())
            mime->setData(mimeType(), items.first()->data(0, Qt::UserRole).toString().toUtf8());
        return mime;
    }

    // Only rows of a rundown carry the type; a row of another day's rundown is ignored at the
    // drop (its id is not among these rows).
    void dragEnterEvent(QDragEnterEvent *event) override
    {
        QTreeWidget::dragEnterEvent(event);
        if (event->mimeData()->hasFormat(mimeType()))
            event->acceptProposedAction();
    }

    void dragMoveEvent(QDragMoveEvent *event) override
    {
        QTreeWidget::dragMoveEvent(event);
        if (event->mimeData()->hasFormat(mimeType()))
            event->acceptProposedAction();
    }

    void dropEvent(QDropEvent *event) override
    {
        if (!event->mimeData()->hasFormat(mimeType())) {
            event->ignore();
            return;
        }
        const QString id = QString::fromUtf8(event->mimeData()->data(mimeType()));
        int from = -1;
        for (int i = 0; i < topLevelItemCount(); ++i)
            if (topLevelItem(i)->data(0, Qt::UserRole).toString() == id)
                from = i;
        if (from < 0) {
            event->ignore();
            return;
        }
        // Where it lands among the rows as they are: before the row under the pointer, or
        // after it in the row's lower half; below the last row, last.
        const QPoint pos = event->position().toPoint();
        int to = topLevelItemCount();
        if (QTreeWidgetItem *over = itemAt(pos)) {
            to = indexOfTopLevelItem(over);
            if (pos.y() > visualItemRect(over).center().y())
                ++to;
        }
        if (to > from)
            --to; // the rows after it close up once it is taken out
        // Not a move for the view: a drag that ends in a move takes the row out of the view
        // afterwards, and the rows are the store's to order.
        event->setDropAction(Qt::IgnoreAction);
        event->accept();
        if (to != from && moved)
            moved(id, to + 1);
    }
};

RadioWindow::RadioWindow(Database &db, QWidget *parent) : QWidget(parent, Qt::Window), m_db(db)
{
    setObjectName(QStringLiteral("radioWindow"));
    setWindowTitle(tr("Radio bulletins — PressDesk"));
    // Items, programmes and broadcasts written anywhere (the CLI too); an article's approval
    // or title changes what may be added.
    db.changes().subscribe(this, Change::Radio | Change::Articles, [this] {
        if (isVisible())
            refresh();
    });

    auto *layout = new QVBoxLayout(this);

    // The programme and its day.
    auto *top = new QHBoxLayout;
    m_program = new QComboBox(this);
    m_program->setObjectName(QStringLiteral("programComboBox"));
    m_program->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_program->setMinimumContentsLength(44);
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("broadcastDateEdit"));
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setCalendarPopup(true);
    m_slot = new QLabel(this);
    m_slot->setObjectName(QStringLiteral("slotLabel"));
    m_slot->setWordWrap(true); // a long station name takes a second line, not the screen
    auto *programLabel = new QLabel(tr("&Programme:"), this);
    programLabel->setBuddy(m_program);
    auto *dateLabel = new QLabel(tr("&Day:"), this);
    dateLabel->setBuddy(m_date);
    top->addWidget(programLabel);
    top->addWidget(m_program);
    top->addSpacing(12);
    top->addWidget(dateLabel);
    top->addWidget(m_date);
    top->addSpacing(12);
    top->addWidget(m_slot, 1);
    auto *stations = new QPushButton(tr("S&tations and programmes…"), this);
    stations->setObjectName(QStringLiteral("stationsButton"));
    stations->setToolTip(tr("The office's station, the communes' loudspeakers and the "
                            "programmes' slots"));
    connect(stations, &QPushButton::clicked, this, &RadioWindow::editStations);
    top->addWidget(stations);
    layout->addLayout(top);

    // What the editor does.
    auto *tools = new QToolBar(this);
    tools->setObjectName(QStringLiteral("radioToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto action = [this](const QString &text, const char *name, void (RadioWindow::*slot)()) {
        auto *a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(name));
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_addArticle = action(tr("&Add article…"), "addArticleAction", &RadioWindow::addArticle);
    m_addArticle->setToolTip(tr("Add an item read from an approved article"));
    m_writeItem = action(tr("&Write item…"), "writeItemAction", &RadioWindow::writeItem);
    m_writeItem->setToolTip(tr("Add an item written for the radio (a notice, an announcement)"));
    m_removeItem = action(tr("Remo&ve item"), "removeItemAction", &RadioWindow::removeItem);
    m_removeItem->setShortcut(QKeySequence::Delete);
    m_removeItem->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_moveUp = new QAction(tr("Move &up"), this);
    m_moveUp->setObjectName(QStringLiteral("moveUpAction"));
    m_moveUp->setShortcut(QKeySequence(tr("Alt+Up")));
    m_moveUp->setToolTip(tr("Read the item earlier (Alt+Up)"));
    connect(m_moveUp, &QAction::triggered, this, [this] { moveCurrentBy(-1); });
    m_moveDown = new QAction(tr("Move d&own"), this);
    m_moveDown->setObjectName(QStringLiteral("moveDownAction"));
    m_moveDown->setShortcut(QKeySequence(tr("Alt+Down")));
    m_moveDown->setToolTip(tr("Read the item later (Alt+Down)"));
    connect(m_moveDown, &QAction::triggered, this, [this] { moveCurrentBy(1); });
    m_markAired = action(tr("&Mark aired…"), "markAiredAction", &RadioWindow::markAired);
    m_markAired->setToolTip(tr("Record a broadcast of the item: each one counts for the plan"));
    m_unmarkAired = action(tr("U&nmark"), "unmarkAiredAction", &RadioWindow::unmarkAired);
    m_unmarkAired->setToolTip(tr("Remove a broadcast recorded by mistake"));
    // Export…: the rundown and scripts for the announcer (ODT, PDF) or the text files for the
    // loudspeakers, from a menu.
    m_export = new QAction(tr("&Export…"), this);
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_export->setToolTip(tr("The rundown and scripts as a document for the announcer (ODT or "
                            "PDF), or one text file per item for text-to-speech loudspeakers"));
    auto *exportMenu = new QMenu(this);
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    auto *exportOdt = exportMenu->addAction(tr("Rundown and scripts as &ODT…"), this,
                                            [this] { exportDocument(QStringLiteral("odt")); });
    exportOdt->setObjectName(QStringLiteral("exportOdtAction"));
    auto *exportPdf = exportMenu->addAction(tr("Rundown and scripts as &PDF…"), this,
                                            [this] { exportDocument(QStringLiteral("pdf")); });
    exportPdf->setObjectName(QStringLiteral("exportPdfAction"));
    auto *exportText = exportMenu->addAction(tr("&Text files for loudspeakers…"), this,
                                             &RadioWindow::exportRundown);
    exportText->setObjectName(QStringLiteral("exportTextAction"));
    exportText->setToolTip(tr("One text file per item, for text-to-speech loudspeaker systems"));
    exportMenu->setToolTipsVisible(true);
    m_export->setMenu(exportMenu);
    tools->addAction(m_addArticle);
    tools->addAction(m_writeItem);
    tools->addAction(m_removeItem);
    tools->addSeparator();
    tools->addAction(m_moveUp);
    tools->addAction(m_moveDown);
    m_listen = action(tr("&Listen"), "listenAction", &RadioWindow::listen);
    m_listen->setToolTip(tr("Hear the script read by a Vietnamese voice, to check how it "
                            "sounds and how long it lasts"));
    tools->addSeparator();
    tools->addAction(m_listen);
    tools->addSeparator();
    tools->addAction(m_export);
    if (auto *button = qobject_cast<QToolButton *>(tools->widgetForAction(m_export)))
        button->setPopupMode(QToolButton::InstantPopup);
    // The keyboard: the frequent commands have keys, and Tab reaches every button (a toolbar's
    // buttons take no focus of their own; Space presses one, and opens Export's menu).
    m_writeItem->setShortcut(QKeySequence(tr("Ctrl+N")));
    m_addArticle->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_listen->setShortcut(QKeySequence(tr("Ctrl+L")));
    for (QToolButton *button : tools->findChildren<QToolButton *>())
        button->setFocusPolicy(Qt::TabFocus);
    layout->addWidget(tools);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("radioSplitter"));
    split->setChildrenCollapsible(false);

    // Left: the rundown and its total.
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_view = new RundownView(left);
    m_view->setObjectName(QStringLiteral("rundownTreeWidget"));
    m_view->setAccessibleName(tr("Rundown"));
    m_view->setAccessibleDescription(tr("The items of the programme's day in the order they are "
                                        "read, with their reading time"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setHeaderLabels({tr("#"), tr("Item"), tr("Reading"), tr("Running total")});
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(PositionColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(DurationColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(RunningColumn, QHeaderView::ResizeToContents);
    m_view->setToolTip(tr("Drag an item, or press Alt+Up / Alt+Down, to change the order"));
    // The keys act where the rundown has the focus (in the script, Alt+Up is the editor's).
    for (QAction *a : {m_moveUp, m_moveDown, m_removeItem}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(a);
    }
    m_view->moved = [this](const QString &id, int position) {
        // After the drop has finished with the view's rows.
        QMetaObject::invokeMethod(
            this, [this, id, position] { moveItemTo(id, position); }, Qt::QueuedConnection);
    };
    leftLayout->addWidget(m_view, 1);
    m_total = new QLabel(left);
    m_total->setObjectName(QStringLiteral("totalLabel"));
    m_total->setWordWrap(true);
    m_total->setTextFormat(Qt::PlainText);
    leftLayout->addWidget(m_total);

    // Right: the selected item's script and its broadcasts.
    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_itemTitle = new QLabel(right);
    m_itemTitle->setObjectName(QStringLiteral("itemTitleLabel"));
    m_itemTitle->setTextFormat(Qt::PlainText);
    m_itemTitle->setWordWrap(true);
    QFont titleFont = m_itemTitle->font();
    titleFont.setBold(true);
    m_itemTitle->setFont(titleFont);
    rightLayout->addWidget(m_itemTitle);
    m_duration = new QLabel(right);
    m_duration->setObjectName(QStringLiteral("scriptDurationLabel"));
    rightLayout->addWidget(m_duration);
    m_changes = new QLabel(right);
    m_changes->setObjectName(QStringLiteral("scriptChangesLabel"));
    m_changes->setWordWrap(true);
    rightLayout->addWidget(m_changes);
    auto *tabs = new QTabWidget(right);
    tabs->setObjectName(QStringLiteral("scriptTabWidget"));
    m_script = new QPlainTextEdit(tabs);
    m_script->setObjectName(QStringLiteral("scriptEdit"));
    m_script->setAccessibleName(tr("Reading script"));
    m_script->setPlaceholderText(tr("Choose an item of the rundown to see what is read."));
    tabs->addTab(m_script, tr("Reading &script"));
    m_compare = new QTextBrowser(tabs);
    m_compare->setObjectName(QStringLiteral("compareBrowser"));
    m_compare->document()->setDefaultStyleSheet(DiffHtml::styleSheet());
    m_compare->setOpenLinks(false);
    tabs->addTab(m_compare, tr("&Compared with the article"));
    rightLayout->addWidget(tabs, 3);

    auto *airedBox = new QGroupBox(tr("Broadcasts of this item"), right);
    auto *airedLayout = new QVBoxLayout(airedBox);
    m_aired = new QTreeWidget(airedBox);
    m_aired->setObjectName(QStringLiteral("airedTreeWidget"));
    m_aired->setAccessibleName(tr("Broadcasts of the item"));
    m_aired->setRootIsDecorated(false);
    m_aired->setUniformRowHeights(true);
    m_aired->setHeaderLabels({tr("Station"), tr("Aired"), tr("Recorded by")});
    m_aired->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_aired->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_aired->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_aired->header()->setStretchLastSection(false);
    airedLayout->addWidget(m_aired);
    auto *airedButtons = new QHBoxLayout;
    for (QAction *a : {m_markAired, m_unmarkAired}) {
        auto *b = new QToolButton(airedBox);
        b->setDefaultAction(a);
        airedButtons->addWidget(b);
    }
    airedButtons->addStretch(1);
    airedLayout->addLayout(airedButtons);
    rightLayout->addWidget(airedBox, 1);

    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);

    // The script is saved once the typing pauses.
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(700);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] {
        saveScript();
        updateScriptInfo();
    });
    connect(m_script, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loadingScript || m_itemId.isEmpty())
            return;
        m_scriptDirty = true;
        const auto e = RadioDuration::estimate(m_script->toPlainText());
        m_duration->setText(tr("Reading time %1 (%n word(s)), not saved yet", nullptr, e.words)
                                .arg(RadioDuration::format(e.seconds)));
        m_saveTimer.start();
    });

    connect(m_program, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_refreshing)
            programChosen();
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (!m_refreshing) {
            saveScript();
            reloadRundown();
        }
    });
    connect(m_view, &QTreeWidget::currentItemChanged, this, [this] {
        if (!m_refreshing)
            itemChosen();
    });
    connect(m_aired, &QTreeWidget::currentItemChanged, this, &RadioWindow::updateActions);

    reloadPrograms();
    programChosen();
    resize(1180, 720);
}

RadioWindow::~RadioWindow()
{
    saveScript();         // what was typed is kept when the window goes with the main window
    waitForWorkers(this); // a voice being measured
}

// ------------------------------------------------------------------------------ state ---

QDate RadioWindow::nextSlotDay(const Program &program, const QDateTime &now)
{
    const QDateTime local = now.toLocalTime();
    const QTime start = QTime::fromString(program.startTime, QStringLiteral("HH:mm"));
    for (int ahead = 0; ahead <= 7; ++ahead) {
        const QDate day = local.date().addDays(ahead);
        if (program.weekday >= 1 && program.weekday <= 7 && day.dayOfWeek() != program.weekday)
            continue;
        if (ahead == 0 && start.isValid() && local.time() >= start)
            continue; // today's slot has begun: the next one is being prepared
        return day;
    }
    return local.date();
}

QString RadioWindow::currentProgramId() const
{
    return m_program->currentData().toString();
}

Program RadioWindow::currentProgram() const
{
    const QString id = currentProgramId();
    for (const Program &p : m_programs)
        if (p.id == id)
            return p;
    return {};
}

QDate RadioWindow::date() const
{
    return m_date->date();
}

const RadioItem *RadioWindow::currentItem() const
{
    for (const RadioItem &i : m_rundown.items)
        if (i.id == m_itemId)
            return &i;
    return nullptr;
}

void RadioWindow::selectProgram(const QString &programId)
{
    const int index = m_program->findData(programId);
    if (index >= 0 && index != m_program->currentIndex())
        m_program->setCurrentIndex(index); // programChosen() follows
}

void RadioWindow::setDate(const QDate &date)
{
    m_date->setDate(date);
}

void RadioWindow::selectItem(const QString &itemId)
{
    for (int i = 0; i < m_view->topLevelItemCount(); ++i)
        if (m_view->topLevelItem(i)->data(0, Qt::UserRole).toString() == itemId)
            m_view->setCurrentItem(m_view->topLevelItem(i));
}

void RadioWindow::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

// ------------------------------------------------------------------------- refreshing ---

void RadioWindow::refresh()
{
    reloadPrograms();
    reloadRundown();
}

void RadioWindow::reloadPrograms()
{
    auto programs = RadioRepository(m_db).programs();
    if (!programs) {
        showStatus(programs.error().message, true);
        return;
    }
    m_programs = programs.value();
    const QString keep = currentProgramId();
    m_refreshing = true;
    m_program->clear();
    for (const Program &p : std::as_const(m_programs))
        m_program->addItem(tr("%1 — %2").arg(p.stationName, p.name), p.id);
    const int index = m_program->findData(keep);
    m_program->setCurrentIndex(index >= 0 ? index : (m_programs.isEmpty() ? -1 : 0));
    m_refreshing = false;
    if (m_programs.isEmpty())
        showStatus(tr("No programme yet: add the station and its programmes (Stations and "
                      "programmes…)."),
                   false);
}

void RadioWindow::programChosen()
{
    saveScript();
    const Program p = currentProgram();
    m_refreshing = true;
    m_date->setDate(p.id.isEmpty() ? QDate::currentDate()
                                   : nextSlotDay(p, QDateTime::currentDateTime()));
    m_refreshing = false;
    reloadRundown();
}

void RadioWindow::reloadRundown()
{
    const Program p = currentProgram();
    if (p.id.isEmpty()) {
        m_rundown = Rundown{};
        m_slot->clear();
    } else {
        m_slot->setText(p.startTime.isEmpty()
                            ? tr("%1 · %2 · a slot of %n minute(s)", nullptr, p.lengthMinutes)
                                  .arg(p.stationName, radioWeekdayName(p.weekday))
                            : tr("%1 · %2 at %3 · a slot of %n minute(s)", nullptr, p.lengthMinutes)
                                  .arg(p.stationName, radioWeekdayName(p.weekday), p.startTime));
        auto r = RadioRepository(m_db).rundown(p.id, m_date->date());
        if (!r) {
            showStatus(r.error().message, true);
            return;
        }
        m_rundown = r.value();
    }

    m_refreshing = true;
    m_view->clear();
    int running = 0;
    const int slot = m_rundown.slotSeconds();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QTreeWidgetItem *keep = nullptr;
    for (const RadioItem &i : std::as_const(m_rundown.items)) {
        running += i.durationSeconds;
        auto *row = new QTreeWidgetItem(m_view);
        row->setData(0, Qt::UserRole, i.id);
        row->setText(PositionColumn, QString::number(i.position));
        row->setText(TitleColumn, i.title);
        row->setToolTip(TitleColumn, i.articleId.isEmpty()
                                         ? tr("%1 (written for the radio)").arg(i.title)
                                         : i.title);
        row->setText(DurationColumn, RadioDuration::format(i.durationSeconds));
        row->setTextAlignment(DurationColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (running > slot) {
            row->setText(RunningColumn, tr("%1 over time").arg(RadioDuration::format(running)));
            row->setIcon(RunningColumn, warning);
            row->setForeground(RunningColumn, kOverColor);
            row->setToolTip(RunningColumn,
                            tr("The bulletin has run past its %1 slot by the end of this item.")
                                .arg(RadioDuration::format(slot)));
        } else {
            row->setText(RunningColumn, RadioDuration::format(running));
        }
        row->setTextAlignment(RunningColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (i.id == m_itemId)
            keep = row;
    }
    if (!keep && m_view->topLevelItemCount() > 0)
        keep = m_view->topLevelItem(0);
    if (keep)
        m_view->setCurrentItem(keep);
    m_refreshing = false;

    if (m_rundown.program.id.isEmpty()) {
        m_total->clear();
    } else if (m_rundown.items.isEmpty()) {
        m_total->setText(tr("Nothing on this day yet: add an article or write an item. The slot "
                            "is %1.")
                             .arg(RadioDuration::format(slot)));
        m_total->setStyleSheet(QString());
    } else if (m_rundown.over()) {
        m_total->setText(tr("Over time: the items take %1, the slot is %2 — %3 too long. Shorten "
                            "a script or move an item to another day.")
                             .arg(RadioDuration::format(m_rundown.totalSeconds),
                                  RadioDuration::format(slot),
                                  RadioDuration::format(m_rundown.overBySeconds())));
        m_total->setStyleSheet(
            QStringLiteral("color: #b00020; background: #fde7ea; font-weight: bold; "
                           "padding: 4px; border: 1px solid #b00020;"));
    } else {
        m_total->setText(tr("Total %1 of the %2 slot: %3 left.")
                             .arg(RadioDuration::format(m_rundown.totalSeconds),
                                  RadioDuration::format(slot),
                                  RadioDuration::format(slot - m_rundown.totalSeconds)));
        m_total->setStyleSheet(QStringLiteral("padding: 4px;"));
    }
    m_total->setProperty("overTime", m_rundown.over());

    const QString shown = keep ? keep->data(0, Qt::UserRole).toString() : QString();
    if (shown != m_itemId) {
        m_scriptDirty = false;
        m_saveTimer.stop();
        m_itemId = shown;
        showScript(false);
    } else {
        showScript(true);
    }
    reloadAired();
    updateActions();
}

void RadioWindow::itemChosen()
{
    QTreeWidgetItem *row = m_view->currentItem();
    const QString id = row ? row->data(0, Qt::UserRole).toString() : QString();
    if (id == m_itemId)
        return;
    saveScript(); // the item left keeps what was typed
    m_scriptDirty = false;
    m_saveTimer.stop();
    m_itemId = id;
    showScript(false);
    reloadAired();
    updateActions();
}

// The stored script of the current item in the editor. keepTyping: the same item as before,
// so what the user is typing stays (it is saved after the pause); otherwise the stored text.
void RadioWindow::showScript(bool keepTyping)
{
    const RadioItem *item = currentItem();
    if (!item) {
        m_loadingScript = true;
        m_script->clear();
        m_loadingScript = false;
        m_script->setReadOnly(true);
        m_itemTitle->clear();
        m_duration->clear();
        m_changes->clear();
        m_compare->clear();
        m_articleText.clear();
        return;
    }
    m_script->setReadOnly(false);
    m_itemTitle->setText(tr("%1. %2").arg(QString::number(item->position), item->title));
    // The article as it is now (edited since the item was made, the comparison follows).
    m_articleText.clear();
    if (!item->articleId.isEmpty()) {
        if (auto a = ArticleRepository(m_db).get(item->articleId))
            m_articleText = RadioRepository::readableTextOf(a.value());
    }
    // As stored, a script is NFC without spaces around it: a space just typed is not a change.
    const bool same = Text::toNfc(m_script->toPlainText()).trimmed() == item->script;
    if (!(keepTyping && m_scriptDirty) && !same) {
        m_loadingScript = true;
        const int cursor = m_script->textCursor().position();
        m_script->setPlainText(item->script);
        if (keepTyping) {
            QTextCursor c = m_script->textCursor();
            c.setPosition(qMin(cursor, item->script.size()));
            m_script->setTextCursor(c);
        }
        m_loadingScript = false;
    }
    updateScriptInfo();
}

// The reading time and where the script says what the article writes differently: those words
// highlighted in the script (a tint and a dotted underline), both texts side by side.
void RadioWindow::updateScriptInfo()
{
    const RadioItem *item = currentItem();
    if (!item)
        return;
    const QString script = m_script->toPlainText();
    const auto e = RadioDuration::estimate(script);
    m_duration->setText(m_scriptDirty
                            ? tr("Reading time %1 (%n word(s)), not saved yet", nullptr, e.words)
                                  .arg(RadioDuration::format(e.seconds))
                            : tr("Reading time %1 (%n word(s))", nullptr, e.words)
                                  .arg(RadioDuration::format(e.seconds)));

    QList<QTextEdit::ExtraSelection> marks;
    if (m_articleText.isEmpty()) {
        m_changes->setText(item->articleId.isEmpty()
                               ? tr("Written for the radio: there is no article to compare with.")
                               : tr("The article this item was made from is no longer there."));
        m_compare->setHtml(QStringLiteral("<p>%1</p>").arg(m_changes->text().toHtmlEscaped()));
        m_script->setExtraSelections(marks);
        return;
    }
    const QList<Text::DiffSegment> segments = Text::wordDiff(m_articleText, script);
    QTextCharFormat changed;
    changed.setBackground(QColor(0xff, 0xec, 0xb3));
    changed.setUnderlineStyle(QTextCharFormat::DotLine);
    changed.setUnderlineColor(QColor(0x8a, 0x5a, 0x00));
    int pos = 0;
    int places = 0;
    bool inChange = false;
    for (const Text::DiffSegment &s : segments) {
        if (s.kind == Text::DiffSegment::Equal) {
            pos += s.text.size();
            inChange = false;
            continue;
        }
        if (!inChange)
            ++places; // a deletion and the insertion that replaces it are one place
        inChange = true;
        if (s.kind == Text::DiffSegment::Inserted) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(m_script->document());
            mark.cursor.setPosition(pos);
            mark.cursor.setPosition(pos + s.text.size(), QTextCursor::KeepAnchor);
            mark.format = changed;
            marks << mark;
            pos += s.text.size();
        }
    }
    m_script->setExtraSelections(marks);
    m_changes->setText(places == 0
                           ? tr("Reads as the article is written.")
                           : tr("Said differently from the article in %n place(s), highlighted "
                                "(abbreviations, numbers and dates as they are said). Compare "
                                "the two in the next tab.",
                                nullptr, places));
    m_compare->setHtml(DiffHtml::sideBySide(segments, tr("The article"), tr("The reading script")));
}

void RadioWindow::reloadAired()
{
    const QString keep = m_aired->currentItem()
                             ? m_aired->currentItem()->data(0, Qt::UserRole).toString()
                             : QString();
    m_aired->clear();
    if (m_itemId.isEmpty())
        return;
    auto aired = RadioRepository(m_db).airedOfItem(m_itemId);
    if (!aired) {
        showStatus(aired.error().message, true);
        return;
    }
    const QLocale locale;
    for (const AiredEntry &e : std::as_const(aired.value())) {
        auto *row = new QTreeWidgetItem(m_aired);
        row->setData(0, Qt::UserRole, e.id);
        row->setText(0, e.stationName);
        row->setText(1, e.airedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")));
        row->setText(2, e.recordedBy);
        if (e.id == keep)
            m_aired->setCurrentItem(row);
    }
}

void RadioWindow::updateActions()
{
    const bool program = !m_rundown.program.id.isEmpty();
    const RadioItem *item = currentItem();
    m_addArticle->setEnabled(program);
    m_writeItem->setEnabled(program);
    m_export->setEnabled(program && !m_rundown.items.isEmpty());
    m_removeItem->setEnabled(item);
    m_moveUp->setEnabled(item && item->position > 1);
    m_moveDown->setEnabled(item && item->position < m_rundown.items.size());
    m_markAired->setEnabled(item);
    m_unmarkAired->setEnabled(item && m_aired->currentItem());
    m_listen->setEnabled(item || (m_voice && m_voice->state() != QProcess::NotRunning));
}

// ---------------------------------------------------------------------------- editing ---

bool RadioWindow::saveScript()
{
    m_saveTimer.stop();
    if (!m_scriptDirty || m_itemId.isEmpty())
        return true;
    const Status st = RadioRepository(m_db).setScript(m_itemId, m_script->toPlainText());
    if (!st) {
        showStatus(st.error().message, true);
        return false;
    }
    m_scriptDirty = false;
    showStatus(tr("Script saved."), false);
    return true;
}

void RadioWindow::moveCurrentBy(int delta)
{
    const RadioItem *item = currentItem();
    if (!item)
        return;
    const int to = item->position + delta;
    if (to < 1 || to > m_rundown.items.size())
        return;
    moveItemTo(item->id, to);
}

void RadioWindow::moveItemTo(const QString &itemId, int position)
{
    saveScript();
    if (const Status st = RadioRepository(m_db).moveItem(itemId, position); !st) {
        showStatus(st.error().message, true);
        return;
    }
    m_itemId = itemId; // the moved item stays selected
    reloadRundown();
    showStatus(QString(), false);
}

void RadioWindow::addArticle()
{
    saveScript();
    RadioArticleDialog dialog(m_db, currentProgramId(), m_date->date(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_itemId = dialog.addedItemId();
    m_scriptDirty = false;
    reloadRundown();
}

void RadioWindow::writeItem()
{
    saveScript();
    RadioItemDialog dialog(m_db, currentProgramId(), m_date->date(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_itemId = dialog.addedItemId();
    m_scriptDirty = false;
    reloadRundown();
}

void RadioWindow::removeItem()
{
    const RadioItem *item = currentItem();
    if (!item)
        return;
    QMessageBox ask(QMessageBox::Question, tr("Remove item"),
                    tr("Remove “%1” from the rundown? Its broadcasts no longer count for the "
                       "plan.")
                        .arg(item->title),
                    QMessageBox::Yes | QMessageBox::No, this);
    ask.setObjectName(QStringLiteral("removeItemQuestion"));
    ask.setDefaultButton(QMessageBox::No);
    if (ask.exec() != QMessageBox::Yes)
        return;
    m_scriptDirty = false; // what was typed goes with the item
    m_saveTimer.stop();
    if (const Status st = RadioRepository(m_db).removeItem(item->id); !st) {
        showStatus(st.error().message, true);
        return;
    }
    reloadRundown();
}

void RadioWindow::markAired()
{
    const RadioItem *item = currentItem();
    if (!item)
        return;
    saveScript();
    MarkAiredDialog dialog(m_db, *item, currentProgram(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadAired();
    showStatus(tr("Broadcast recorded."), false);
}

void RadioWindow::unmarkAired()
{
    QTreeWidgetItem *row = m_aired->currentItem();
    if (!row)
        return;
    QMessageBox ask(QMessageBox::Question, tr("Unmark broadcast"),
                    tr("Remove the broadcast on %1 at %2? It no longer counts for the plan.")
                        .arg(row->text(0), row->text(1)),
                    QMessageBox::Yes | QMessageBox::No, this);
    ask.setObjectName(QStringLiteral("unmarkAiredQuestion"));
    ask.setDefaultButton(QMessageBox::No);
    if (ask.exec() != QMessageBox::Yes)
        return;
    if (const Status st = RadioRepository(m_db).removeAired(row->data(0, Qt::UserRole).toString());
        !st) {
        showStatus(st.error().message, true);
        return;
    }
    reloadAired();
    updateActions();
    showStatus(tr("Broadcast removed."), false);
}

void RadioWindow::listen()
{
    if (m_voice && m_voice->state() != QProcess::NotRunning) {
        m_voice->kill(); // Stop
        return;
    }
    if (m_preparingVoice) { // Stop before the voice started: its speed is dropped
        m_preparingVoice = false;
        ++m_voiceRequest;
        m_listen->setText(tr("&Listen"));
        showStatus(QString(), false);
        return;
    }
    const QString text = m_script->toPlainText().trimmed();
    if (text.isEmpty())
        return;
    const QString program = Speech::program();
    if (program.isEmpty()) {
        showStatus(Speech::unavailableReason(), true);
        return;
    }
    if (!m_voice) {
        m_voice = new QProcess(this);
        m_voice->setObjectName(QStringLiteral("voiceProcess"));
        connect(m_voice, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
            m_listen->setText(tr("&Listen"));
            // eSpeak says on its error output when there is no sound device to play on.
            const QString errors = QString::fromUtf8(m_voice->readAllStandardError());
            if (status == QProcess::NormalExit &&
                (code != 0 || errors.contains(QLatin1String("error"), Qt::CaseInsensitive)))
                showStatus(tr("The voice could not play the script (is a sound device "
                              "connected?): %1")
                               .arg(errors.trimmed().section(u'\n', -1)),
                           true);
            else
                showStatus(QString(), false);
        });
        connect(m_voice, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart) {
                m_listen->setText(tr("&Listen"));
                showStatus(tr("The voice did not start: %1").arg(m_voice->errorString()), true);
            }
        });
    }
    // At the office's pace, so that what is heard lasts what the rundown counts: the script
    // is synthesized once to measure it (a second or more for a long one), off the GUI thread.
    m_preparingVoice = true;
    const int request = ++m_voiceRequest;
    m_listen->setText(tr("&Stop"));
    showStatus(tr("Preparing the voice…"), false);
    watch(this,
          QtConcurrent::run(&Speech::calibratedSpeed, text, RadioDuration::defaultWordsPerMinute),
          [this, request, program, text](const Result<int> &speed) {
              if (request != m_voiceRequest || !m_preparingVoice)
                  return; // stopped, or another Listen since
              m_preparingVoice = false;
              if (!speed) {
                  m_listen->setText(tr("&Listen"));
                  showStatus(speed.error().message, true);
                  return;
              }
              showStatus(tr("Reading aloud…"), false);
              m_voice->start(program, Speech::arguments(speed.value()));
              m_voice->write(text.toUtf8());
              m_voice->closeWriteChannel();
          });
}

void RadioWindow::exportRundown()
{
    saveScript();
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Export the scripts for text-to-speech"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!folder.isEmpty())
        (void)exportTo(folder); // the outcome is shown in the window
}

void RadioWindow::exportDocument(const QString &format)
{
    saveScript();
    const bool pdf = format == QLatin1String("pdf");
    const QString name = Text::slugify(m_rundown.program.name, 60) + u'-' +
                         m_date->date().toString(QStringLiteral("yyyy-MM-dd")) + u'.' + format;
    QFileDialog dialog(
        this, tr("Export the rundown and scripts"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name),
        pdf ? tr("PDF document (*.pdf)") : tr("OpenDocument text (*.odt)"));
    dialog.setObjectName(QStringLiteral("exportFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(format);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    (void)exportDocumentTo(dialog.selectedFiles().constFirst()); // the outcome is shown
}

Status RadioWindow::exportDocumentTo(const QString &path)
{
    saveScript();
    auto sheet = RadioExport::sheet(m_db, currentProgramId(), m_date->date());
    if (!sheet) {
        showStatus(sheet.error().message, true);
        return sheet.error();
    }
    const bool pdf =
        QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status st = pdf ? RadioExport::writePdf(sheet.value(), path)
                          : RadioExport::writeOdt(sheet.value(), path);
    QApplication::restoreOverrideCursor();
    if (!st) {
        showStatus(st.error().message, true);
        return st;
    }
    showStatus(tr("Saved the rundown and scripts as %1.").arg(QDir::toNativeSeparators(path)),
               false);
    return {};
}

Status RadioWindow::exportTo(const QString &folder)
{
    saveScript();
    auto r = RadioRepository(m_db).rundown(currentProgramId(), m_date->date());
    if (!r) {
        showStatus(r.error().message, true);
        return r.error();
    }
    auto written = RadioExport::writeTextFiles(r.value(), folder);
    if (!written) {
        showStatus(written.error().message, true);
        return written.error();
    }
    showStatus(tr("Wrote %n text file(s) into %1.", nullptr, int(written->size()))
                   .arg(QDir::toNativeSeparators(folder)),
               false);
    return {};
}

// ------------------------------------------------------------------------- the window ---

void RadioWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void RadioWindow::closeEvent(QCloseEvent *event)
{
    saveScript();
    QWidget::closeEvent(event);
}

void RadioWindow::editStations()
{
    RadioStationsDialog dialog(m_db, this);
    dialog.selectProgram(currentProgramId());
    dialog.exec();
    refresh(); // a programme added, renamed or moved to another slot
}

} // namespace PressDesk
