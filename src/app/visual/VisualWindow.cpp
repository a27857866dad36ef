#include "visual/VisualWindow.h"

#include "plan/PlanProgress.h"
#include "plan/PlanRepository.h"
#include "store/ChangeNotifier.h"
#include "store/Database.h"
#include "store/ImageStore.h"
#include "visual/VisualDialogs.h"
#include "visual/VisualRepository.h"
#include "widgets/Workers.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace PressDesk {

namespace {

enum ItemColumn {
    FormColumn,
    ContentColumn,
    SizeColumn,
    QuantityColumn,
    CommuneColumn,
    PlaceColumn,
    UnitColumn,
    PlannedColumn,
    InstalledColumn,
    RemovedColumn,
    StatusColumn,
    PhotosColumn,
    ColumnCount
};

constexpr int kThumbnail = 160;
constexpr int kLarge = 1400;

QString day(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString position(std::optional<double> latitude, std::optional<double> longitude)
{
    if (!latitude || !longitude)
        return {};
    return QStringLiteral("%1, %2").arg(QLocale::c().toString(*latitude, 'f', 5),
                                        QLocale::c().toString(*longitude, 'f', 5));
}

// What the photo says of itself: when, where (or that it does not say).
QString photoCaption(const VisualPhoto &p)
{
    const QString when = p.takenAt.isValid()
                             ? p.takenAt.toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                             : VisualWindow::tr("No date in the photo");
    const QString where = position(p.latitude, p.longitude);
    return QStringLiteral("%1\n%2").arg(
        when, where.isEmpty() ? VisualWindow::tr("No position in the photo") : where);
}

} // namespace

VisualWindow::VisualWindow(Database &db, QWidget *parent) : QWidget(parent, Qt::Window), m_db(db)
{
    setObjectName(QStringLiteral("visualWindow"));
    setWindowTitle(tr("Visual campaigns — PressDesk"));
    // Items, photos and slogans written anywhere (the CLI too); plans and their activities.
    db.changes().subscribe(this, Change::Visual | Change::Plans, [this] {
        if (isVisible())
            refresh();
    });

    auto *layout = new QVBoxLayout(this);

    // The plan and which items.
    auto *top = new QHBoxLayout;
    m_plan = new QComboBox(this);
    m_plan->setObjectName(QStringLiteral("planComboBox"));
    m_plan->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_plan->setMinimumContentsLength(40);
    auto *planLabel = new QLabel(tr("&Plan:"), this);
    planLabel->setBuddy(m_plan);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_filter->addItem(tr("All"));
    for (VisualStatus s : {VisualStatus::Planned, VisualStatus::Installed, VisualStatus::Removed})
        m_filter->addItem(visualStatusDisplayName(s), visualStatusKey(s));
    auto *filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filter);
    top->addWidget(planLabel);
    top->addWidget(m_plan, 1);
    top->addSpacing(12);
    top->addWidget(filterLabel);
    top->addWidget(m_filter);
    layout->addLayout(top);

    // What the staff do.
    auto *tools = new QToolBar(this);
    tools->setObjectName(QStringLiteral("visualToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto action = [this](const QString &text, const char *name,
                               void (VisualWindow::*slot)()) {
        auto *a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(name));
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_addItem = action(tr("&Add item…"), "addItemAction", &VisualWindow::addItem);
    m_addItem->setToolTip(tr("Register banners, panels or posters planned or put up"));
    m_editItem = action(tr("&Edit item…"), "editItemAction", &VisualWindow::editItem);
    m_editItem->setToolTip(tr("Correct the wording, form, size, quantity, place or planned day"));
    m_deleteItem = action(tr("&Delete item…"), "deleteItemAction", &VisualWindow::deleteItem);
    m_deleteItem->setToolTip(tr("Take an item registered by mistake out of the register"));
    m_markInstalled =
        action(tr("Mark &installed…"), "markInstalledAction", &VisualWindow::markInstalled);
    m_markInstalled->setToolTip(
        tr("Record the day it was put up, with photos: from then it counts for the plan"));
    m_markRemoved = action(tr("Mark &removed…"), "markRemovedAction", &VisualWindow::markRemoved);
    m_markRemoved->setToolTip(tr("Record the day it was taken down"));
    m_addPhotos = action(tr("Add &photos…"), "addPhotosAction", &VisualWindow::addPhotos);
    m_addPhotos->setToolTip(tr("Add photos that prove the item was put up"));
    m_addSlogan = action(tr("Add &slogan…"), "addSloganAction", &VisualWindow::addSlogan);
    m_addSlogan->setToolTip(tr("Add a wording to the plan's slogan library"));
    tools->addAction(m_addItem);
    tools->addAction(m_editItem);
    tools->addAction(m_deleteItem);
    tools->addSeparator();
    tools->addAction(m_markInstalled);
    tools->addAction(m_markRemoved);
    tools->addAction(m_addPhotos);
    // The keyboard: the frequent commands have keys, and Tab reaches every button (a toolbar's
    // buttons take no focus of their own; Space presses one).
    m_addItem->setShortcut(QKeySequence(tr("Ctrl+N")));
    m_editItem->setShortcut(QKeySequence(tr("F2")));
    m_markInstalled->setShortcut(QKeySequence(tr("Ctrl+I")));
    for (QToolButton *button : tools->findChildren<QToolButton *>())
        button->setFocusPolicy(Qt::TabFocus);
    layout->addWidget(tools);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("visualTabWidget"));

    // The register and the selected item's photos.
    auto *split = new QSplitter(Qt::Vertical, tabs);
    split->setObjectName(QStringLiteral("visualSplitter"));
    split->setChildrenCollapsible(false);
    auto *registerPane = new QWidget(split);
    auto *registerLayout = new QVBoxLayout(registerPane);
    registerLayout->setContentsMargins(0, 0, 0, 0);
    m_view = new QTreeWidget(registerPane);
    m_view->setObjectName(QStringLiteral("itemsTreeWidget"));
    m_view->setAccessibleName(tr("Visual campaign items"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setColumnCount(ColumnCount);
    m_view->setHeaderLabels({tr("Form"), tr("Content"), tr("Size"), tr("Qty"),
                             tr("Commune or ward"), tr("Place"), tr("Responsible unit"),
                             tr("Planned"), tr("Installed"), tr("Removed"), tr("Status"),
                             tr("Photos")});
    m_view->header()->setStretchLastSection(false);
    for (int c = 0; c < ColumnCount; ++c)
        m_view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ContentColumn, QHeaderView::Stretch);
    // Names of places and units can be long: they take a fair share and show whole in a tooltip,
    // so the wording keeps the room.
    for (const auto &[column, width] :
         {std::pair{CommuneColumn, 150}, std::pair{PlaceColumn, 160}, std::pair{UnitColumn, 190}}) {
        m_view->header()->setSectionResizeMode(column, QHeaderView::Interactive);
        m_view->header()->resizeSection(column, width);
    }
    m_view->header()->setMinimumSectionSize(40);
    registerLayout->addWidget(m_view, 1);
    m_summary = new QLabel(registerPane);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    registerLayout->addWidget(m_summary);

    auto *photosBox = new QWidget(split);
    auto *photosLayout = new QVBoxLayout(photosBox);
    photosLayout->setContentsMargins(0, 0, 0, 0);
    m_photosTitle = new QLabel(photosBox);
    m_photosTitle->setObjectName(QStringLiteral("photosTitleLabel"));
    m_photosTitle->setTextFormat(Qt::PlainText);
    m_photosTitle->setWordWrap(true);
    QFont titleFont = m_photosTitle->font();
    titleFont.setBold(true);
    m_photosTitle->setFont(titleFont);
    photosLayout->addWidget(m_photosTitle);
    m_photos = new QListWidget(photosBox);
    m_photos->setObjectName(QStringLiteral("photosListWidget"));
    m_photos->setAccessibleName(tr("Evidence photos"));
    m_photos->setViewMode(QListView::IconMode);
    m_photos->setFlow(QListView::LeftToRight);
    m_photos->setWrapping(false);
    m_photos->setMovement(QListView::Static);
    m_photos->setResizeMode(QListView::Adjust);
    m_photos->setIconSize(QSize(kThumbnail, kThumbnail * 3 / 4));
    m_photos->setGridSize(QSize(kThumbnail + 40, kThumbnail * 3 / 4 + 56));
    m_photos->setWordWrap(true);
    m_photos->setMinimumHeight(kThumbnail * 3 / 4 + 70);
    m_photos->setToolTip(tr("Double-click a photo to see it larger"));
    photosLayout->addWidget(m_photos, 1);
    auto *photoButtons = new QHBoxLayout;
    auto *addPhotosButton = new QToolButton(photosBox);
    addPhotosButton->setObjectName(QStringLiteral("addPhotosToolButton"));
    addPhotosButton->setDefaultAction(m_addPhotos);
    photoButtons->addWidget(addPhotosButton);
    photoButtons->addStretch(1);
    photosLayout->addLayout(photoButtons);
    split->addWidget(registerPane);
    split->addWidget(photosBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({420, 260});
    tabs->addTab(split, tr("&Register"));

    // The plan's slogan library.
    auto *library = new QWidget(tabs);
    auto *libraryLayout = new QVBoxLayout(library);
    m_slogans = new QTreeWidget(library);
    m_slogans->setObjectName(QStringLiteral("slogansTreeWidget"));
    m_slogans->setRootIsDecorated(false);
    m_slogans->setHeaderLabels({tr("Slogan"), tr("Topic"), tr("Items")});
    m_slogans->header()->setStretchLastSection(false);
    m_slogans->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_slogans->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_slogans->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    libraryLayout->addWidget(m_slogans, 1);
    auto *sloganButtons = new QHBoxLayout;
    auto *addSloganButton = new QToolButton(library);
    addSloganButton->setObjectName(QStringLiteral("addSloganToolButton"));
    addSloganButton->setDefaultAction(m_addSlogan);
    sloganButtons->addWidget(addSloganButton);
    sloganButtons->addStretch(1);
    libraryLayout->addLayout(sloganButtons);
    tabs->addTab(library, tr("Slogan &library"));
    layout->addWidget(tabs, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);

    connect(m_plan, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_refreshing) {
            m_thumbnails.clear(); // another plan's photos
            reloadItems();
            reloadSlogans();
        }
    });
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_refreshing)
            reloadItems();
    });
    connect(m_view, &QTreeWidget::currentItemChanged, this, [this] {
        if (!m_refreshing) {
            showPhotos();
            updateActions();
        }
    });
    connect(m_view, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (m_markInstalled->isEnabled())
            markInstalled();
    });
    connect(m_photos, &QListWidget::itemActivated, this, &VisualWindow::openPhoto);

    refresh();
    resize(1180, 720);
}

VisualWindow::~VisualWindow()
{
    waitForWorkers(this);
}

// ------------------------------------------------------------------------------ state ---

QString VisualWindow::currentPlanId() const
{
    return m_plan->currentData().toString();
}

Plan VisualWindow::currentPlan() const
{
    const QString id = currentPlanId();
    for (const Plan &p : m_plans)
        if (p.id == id)
            return p;
    return {};
}

QString VisualWindow::currentItemId() const
{
    const QTreeWidgetItem *row = m_view->currentItem();
    return row ? row->data(0, Qt::UserRole).toString() : QString();
}

const VisualItem *VisualWindow::currentItem() const
{
    const QString id = currentItemId();
    for (const VisualItem &i : m_items)
        if (i.id == id)
            return &i;
    return nullptr;
}

void VisualWindow::selectPlan(const QString &planId)
{
    const int index = m_plan->findData(planId);
    if (index >= 0 && index != m_plan->currentIndex())
        m_plan->setCurrentIndex(index); // the items follow
}

void VisualWindow::selectItem(const QString &itemId)
{
    for (int i = 0; i < m_view->topLevelItemCount(); ++i)
        if (m_view->topLevelItem(i)->data(0, Qt::UserRole).toString() == itemId)
            m_view->setCurrentItem(m_view->topLevelItem(i));
}

void VisualWindow::setStatusFilter(std::optional<VisualStatus> status)
{
    m_filter->setCurrentIndex(status ? m_filter->findData(visualStatusKey(*status)) : 0);
}

void VisualWindow::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

// ------------------------------------------------------------------------- refreshing ---

void VisualWindow::refresh()
{
    reloadPlans();
    reloadItems();
    reloadSlogans();
}

void VisualWindow::reloadPlans()
{
    auto plans = PlanRepository(m_db).list();
    if (!plans) {
        showStatus(plans.error().message, true);
        return;
    }
    m_plans = plans.value();
    const QString keep = currentPlanId();
    m_refreshing = true;
    m_plan->clear();
    for (const Plan &p : std::as_const(m_plans))
        m_plan->addItem(tr("%1 — %2").arg(p.number, p.title), p.id);
    const int index = m_plan->findData(keep);
    // The newest plan first (PlanRepository::list).
    m_plan->setCurrentIndex(index >= 0 ? index : (m_plans.isEmpty() ? -1 : 0));
    m_refreshing = false;
    if (m_plans.isEmpty())
        showStatus(tr("No plan yet: make one in the plan tracker (Plans → Plan tracker…), with a "
                      "visual campaign activity."),
                   false);
}

void VisualWindow::reloadItems()
{
    const QString planId = currentPlanId();
    const QString keep = currentItemId();
    m_items.clear();
    int total = 0;
    int shown = 0;
    int installedQuantity = 0;
    if (!planId.isEmpty()) {
        auto items = VisualRepository(m_db).items(planId);
        if (!items) {
            showStatus(items.error().message, true);
            return;
        }
        total = int(items->size());
        const std::optional<VisualStatus> only =
            visualStatusFromKey(m_filter->currentData().toString());
        for (const VisualItem &i : std::as_const(items.value())) {
            if (i.installedDate.isValid())
                installedQuantity += i.quantity;
            if (!only || i.status == *only)
                m_items << i;
        }
        shown = int(m_items.size());
    }

    m_refreshing = true;
    m_view->clear();
    QTreeWidgetItem *current = nullptr;
    for (const VisualItem &i : std::as_const(m_items)) {
        auto *row = new QTreeWidgetItem(m_view);
        row->setData(0, Qt::UserRole, i.id);
        row->setText(FormColumn, visualFormDisplayName(i.form));
        row->setText(ContentColumn, i.content);
        row->setToolTip(ContentColumn, i.content);
        row->setText(SizeColumn, i.size);
        row->setText(QuantityColumn, QString::number(i.quantity));
        row->setTextAlignment(QuantityColumn, Qt::AlignRight | Qt::AlignVCenter);
        row->setText(CommuneColumn, i.commune);
        row->setText(PlaceColumn, i.place);
        const QString where = position(i.latitude, i.longitude);
        row->setToolTip(PlaceColumn,
                        where.isEmpty() ? i.location() : tr("%1 (%2)").arg(i.location(), where));
        row->setText(UnitColumn, i.responsibleUnit);
        row->setText(PlannedColumn, day(i.plannedDate));
        row->setText(InstalledColumn, day(i.installedDate));
        row->setText(RemovedColumn, day(i.removedDate));
        row->setText(StatusColumn, visualStatusDisplayName(i.status));
        row->setText(PhotosColumn, QString::number(i.photos.size()));
        row->setTextAlignment(PhotosColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (i.status == VisualStatus::Installed)
            row->setForeground(StatusColumn, QColor(0x1b, 0x5e, 0x20));
        else if (i.status == VisualStatus::Planned)
            row->setForeground(StatusColumn, QColor(0x8a, 0x5a, 0x00));
        if (i.id == keep)
            current = row;
    }
    if (!current && m_view->topLevelItemCount() > 0)
        current = m_view->topLevelItem(0);
    if (current)
        m_view->setCurrentItem(current);
    m_refreshing = false;

    if (planId.isEmpty())
        m_summary->clear();
    else if (total == 0)
        m_summary->setText(tr("Nothing registered for this plan yet: add the banners, panels or "
                              "posters it plans."));
    else
        m_summary->setText(tr("%n item(s) registered, %1 shown; %2 put up so far.", nullptr, total)
                               .arg(shown)
                               .arg(installedQuantity));
    showPhotos();
    updateActions();
}

void VisualWindow::reloadSlogans()
{
    m_slogans->clear();
    const QString planId = currentPlanId();
    if (planId.isEmpty())
        return;
    auto slogans = VisualRepository(m_db).slogans(planId);
    if (!slogans) {
        showStatus(slogans.error().message, true);
        return;
    }
    // How many items of the register carry each.
    QHash<QString, int> uses;
    if (auto all = VisualRepository(m_db).items(planId)) {
        for (const VisualItem &i : std::as_const(all.value()))
            if (!i.sloganId.isEmpty())
                ++uses[i.sloganId];
    }
    for (const VisualSlogan &s : std::as_const(slogans.value())) {
        auto *row = new QTreeWidgetItem(m_slogans);
        row->setData(0, Qt::UserRole, s.id);
        row->setText(0, s.text);
        row->setToolTip(0, s.text);
        row->setText(1, s.topic);
        row->setText(2, QString::number(uses.value(s.id)));
        row->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
}

void VisualWindow::showPhotos()
{
    ++m_generation;
    m_photos->clear();
    const VisualItem *item = currentItem();
    if (!item) {
        m_photosTitle->clear();
        return;
    }
    m_photosTitle->setText(item->photos.isEmpty()
                               ? tr("%1 × %2, %3: no photo yet.")
                                     .arg(QString::number(item->quantity),
                                          visualFormDisplayName(item->form), item->location())
                               : tr("%1 × %2, %3: %n photo(s).", nullptr, int(item->photos.size()))
                                     .arg(QString::number(item->quantity),
                                          visualFormDisplayName(item->form), item->location()));
    QStringList missing;
    for (const VisualPhoto &p : item->photos) {
        auto *row = new QListWidgetItem(photoCaption(p), m_photos);
        row->setData(Qt::UserRole, p.id);
        row->setData(Qt::UserRole + 1, p.imageHash);
        row->setToolTip(QStringLiteral("%1\n%2").arg(p.fileName, photoCaption(p)));
        row->setTextAlignment(Qt::AlignHCenter | Qt::AlignTop);
        if (m_thumbnails.contains(p.imageHash))
            row->setIcon(QPixmap::fromImage(m_thumbnails.value(p.imageHash)));
        else if (!missing.contains(p.imageHash))
            missing << p.imageHash;
    }
    loadThumbnails(missing);
}

// Big photos take a while to decode: read off the GUI thread, on a connection of its own.
void VisualWindow::loadThumbnails(const QStringList &hashes)
{
    if (hashes.isEmpty())
        return;
    const int generation = m_generation;
    watch(this, QtConcurrent::run(&VisualWindow::loadImages, m_db.path(), hashes, kThumbnail),
          [this, generation](const QHash<QString, QImage> &images) {
              for (auto it = images.cbegin(); it != images.cend(); ++it)
                  m_thumbnails.insert(it.key(), it.value());
              if (generation != m_generation)
                  return; // another item is shown now; its own load follows
              for (int i = 0; i < m_photos->count(); ++i) {
                  QListWidgetItem *row = m_photos->item(i);
                  const QString hash = row->data(Qt::UserRole + 1).toString();
                  if (images.contains(hash))
                      row->setIcon(QPixmap::fromImage(images.value(hash)));
              }
          });
}

QHash<QString, QImage> VisualWindow::loadImages(const QString &databasePath,
                                                const QStringList &hashes, int size)
{
    // One connection per thread: this worker opens its own.
    QHash<QString, QImage> out;
    auto db = Database::open(databasePath);
    if (!db)
        return out;
    ImageStore store(*db.value());
    for (const QString &hash : hashes) {
        // The photo's preview (640 pixels, made once and kept: a camera's photo is decoded
        // the first time only), upright as the phone held it.
        auto preview = store.preview(hash);
        if (!preview)
            continue;
        const QImage image = QImage::fromData(preview.value(), "JPG");
        if (image.isNull())
            continue;
        out.insert(hash,
                   image.width() > size || image.height() > size
                       ? image.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                       : image);
    }
    return out;
}

void VisualWindow::updateActions()
{
    const bool plan = !currentPlanId().isEmpty();
    const VisualItem *item = currentItem();
    m_addItem->setEnabled(plan);
    m_addSlogan->setEnabled(plan);
    m_markInstalled->setEnabled(item && item->status != VisualStatus::Removed);
    m_markRemoved->setEnabled(item && item->status == VisualStatus::Installed);
    m_addPhotos->setEnabled(item);
    m_editItem->setEnabled(item);
    m_deleteItem->setEnabled(item);
}

// ---------------------------------------------------------------------------- editing ---

void VisualWindow::addItem()
{
    VisualItemDialog dialog(m_db, currentPlan(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setStatusFilter(std::nullopt);
    reloadItems();
    reloadSlogans();
    selectItem(dialog.addedItemId());
    showStatus(tr("Item registered."), false);
}

void VisualWindow::editItem()
{
    const VisualItem *item = currentItem();
    if (!item)
        return;
    const QString id = item->id;
    VisualItemDialog dialog(m_db, currentPlan(), *item, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadItems();
    selectItem(id);
    showStatus(tr("Item corrected."), false);
}

void VisualWindow::deleteItem()
{
    const VisualItem *item = currentItem();
    if (!item)
        return;
    const QString id = item->id;
    QMessageBox box(QMessageBox::Question, tr("Delete item"),
                    tr("Take “%1” out of the register? It will no longer count for the plan.")
                        .arg(item->content),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("deleteVisualItemBox"));
    QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    if (auto st = VisualRepository(m_db).deleteItem(id); !st) {
        showStatus(st.error().message, true);
        return;
    }
    reloadItems();
    showStatus(tr("Item deleted from the register."), false);
}

void VisualWindow::markInstalled()
{
    const VisualItem *item = currentItem();
    if (!item)
        return;
    const QString id = item->id;
    MarkInstalledDialog dialog(m_db, *item, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadItems();
    selectItem(id);
    showStatus(tr("Installation recorded: it counts for the plan."), false);
}

void VisualWindow::markRemoved()
{
    const VisualItem *item = currentItem();
    if (!item)
        return;
    const QString id = item->id;
    MarkRemovedDialog dialog(m_db, *item, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadItems();
    selectItem(id);
    showStatus(tr("Removal recorded."), false);
}

void VisualWindow::addPhotos()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Photos of the item"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Photos (*.jpg *.jpeg *.png *.webp)"));
    if (!paths.isEmpty())
        (void)addPhotoFiles(paths); // the outcome is shown in the window
}

Status VisualWindow::addPhotoFiles(const QStringList &paths)
{
    const VisualItem *item = currentItem();
    if (!item)
        return Error{QStringLiteral("invalid"), tr("Choose the item the photos show.")};
    const QString id = item->id;
    const Status st = m_db.transaction([&]() -> Status {
        for (const QString &path : paths) {
            if (auto photo = VisualRepository(m_db).addPhotoFile(id, path); !photo)
                return photo.error();
        }
        return {};
    });
    if (!st) {
        showStatus(st.error().message, true);
        return st;
    }
    reloadItems();
    selectItem(id);
    showStatus(tr("%n photo(s) added.", nullptr, int(paths.size())), false);
    return {};
}

void VisualWindow::addSlogan()
{
    SloganDialog dialog(m_db, currentPlan(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadSlogans();
    showStatus(tr("Slogan added to the library."), false);
}

void VisualWindow::openPhoto()
{
    const VisualItem *item = currentItem();
    const QListWidgetItem *row = m_photos->currentItem();
    if (!item || !row)
        return;
    for (const VisualPhoto &p : item->photos) {
        if (p.id != row->data(Qt::UserRole).toString())
            continue;
        PhotoViewDialog view(
            m_db, p,
            tr("%1 — %2")
                .arg(item->location(), QString(photoCaption(p)).replace(u'\n', u' '))
                .trimmed(),
            this);
        view.exec();
        return;
    }
}

// ------------------------------------------------------------------------- the window ---

void VisualWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

// -------------------------------------------------------------------- PhotoViewDialog ---

PhotoViewDialog::PhotoViewDialog(Database &db, const VisualPhoto &photo, const QString &caption,
                                 QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("photoViewDialog"));
    setWindowTitle(tr("Photo %1").arg(photo.fileName));
    auto *layout = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setAlignment(Qt::AlignCenter);
    scroll->setWidgetResizable(true);
    m_image = new QLabel(scroll);
    m_image->setObjectName(QStringLiteral("photoLabel"));
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setText(tr("Loading the photo…"));
    scroll->setWidget(m_image);
    layout->addWidget(scroll, 1);
    auto *info = new QLabel(caption, this);
    info->setObjectName(QStringLiteral("photoInfoLabel"));
    info->setTextFormat(Qt::PlainText);
    info->setWordWrap(true);
    layout->addWidget(info);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("dialogButtonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 700);

    const QString hash = photo.imageHash;
    watch(this, QtConcurrent::run(&VisualWindow::loadImages, db.path(), QStringList{hash}, kLarge),
          [this, hash, caption](const QHash<QString, QImage> &images) {
              if (!images.contains(hash)) {
                  m_image->setText(tr("The photo cannot be read."));
                  return;
              }
              m_image->setPixmap(QPixmap::fromImage(images.value(hash)));
              // A screen reader says what the picture is of: its place and date.
              m_image->setAccessibleName(caption.isEmpty() ? windowTitle() : caption);
              m_loaded = true;
          });
}

PhotoViewDialog::~PhotoViewDialog()
{
    waitForWorkers(this);
}

} // namespace PressDesk
