#pragma once

#include "Result.h"
#include "plan/Plan.h"
#include "visual/Visual.h"

#include <QDialog>
#include <QHash>
#include <QImage>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QTreeWidget;

namespace PressDesk {

class Database;

// Visual campaigns for the office's staff: a plan's register of what is put up (banners,
// panels, posters…: form, wording, size, quantity, where, who, the planned, installed and
// removed days, the status in words, the photos), filtered by status, newest first; items
// added, marked installed (with photos) or removed; the selected item's photos as thumbnails
// with the date and position their EXIF gives, read off the GUI thread, a double-click showing
// one larger; the plan's slogan library. Follows the store (Change::Visual, Change::Plans)
// while shown.
class VisualWindow : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VisualWindow)

public:
    explicit VisualWindow(Database &db, QWidget *parent = nullptr);
    ~VisualWindow() override;

    void refresh();
    void selectPlan(const QString &planId);
    QString currentPlanId() const;
    void selectItem(const QString &itemId);
    QString currentItemId() const;
    // Only the items of this status; nullopt: all of them.
    void setStatusFilter(std::optional<VisualStatus> status);
    const QList<VisualItem> &items() const { return m_items; }

    // Stores the photo files as evidence of the selected item (Add photos… asks for them); the
    // outcome is shown in the window.
    Status addPhotoFiles(const QStringList &paths);

    // Thumbnails of the stored images (by hash), at most `size` pixels on their longer side,
    // read on a connection of its own (for a worker thread).
    static QHash<QString, QImage> loadImages(const QString &databasePath, const QStringList &hashes,
                                             int size);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reloadPlans();
    void reloadItems();
    void reloadSlogans();
    void showPhotos();
    void loadThumbnails(const QStringList &hashes);
    void updateActions();
    void addItem();
    void editItem();
    void deleteItem();
    void markInstalled();
    void markRemoved();
    void addPhotos();
    void addSlogan();
    void openPhoto();
    void showStatus(const QString &text, bool error);
    const VisualItem *currentItem() const;
    Plan currentPlan() const;

    Database &m_db;
    QList<Plan> m_plans;
    QList<VisualItem> m_items;
    bool m_refreshing = false;
    int m_generation = 0;                // a newer photo list makes older loads moot
    QHash<QString, QImage> m_thumbnails; // by image hash

    QComboBox *m_plan = nullptr;
    QComboBox *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_view = nullptr;
    QLabel *m_photosTitle = nullptr;
    QListWidget *m_photos = nullptr;
    QTreeWidget *m_slogans = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_addItem = nullptr;
    QAction *m_editItem = nullptr;
    QAction *m_deleteItem = nullptr;
    QAction *m_markInstalled = nullptr;
    QAction *m_markRemoved = nullptr;
    QAction *m_addPhotos = nullptr;
    QAction *m_addSlogan = nullptr;
};

// A photo shown larger (a double-click on a thumbnail), read off the GUI thread.
class PhotoViewDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhotoViewDialog)

public:
    PhotoViewDialog(Database &db, const VisualPhoto &photo, const QString &caption,
                    QWidget *parent = nullptr);
    ~PhotoViewDialog() override;
    bool loaded() const { return m_loaded; }

private:
    QLabel *m_image = nullptr;
    bool m_loaded = false;
};

} // namespace PressDesk
