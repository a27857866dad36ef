#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace PressDesk {

class Database;

// Above the open article while it is in conflict (edited on this desk and on another in the
// same places): says so and with whom, and opens the ConflictDialog. Follows the profile's
// changes, so it appears after a sync found the conflict and goes once it is resolved, here
// or on another desk.
class ConflictBanner : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictBanner)

public:
    explicit ConflictBanner(Database &db, QWidget *parent = nullptr);

    // Called before the dialog opens; false cancels it (the open article could not be saved).
    void setSaveHook(std::function<bool()> hook) { m_saveHook = std::move(hook); }

    void showArticle(const QString &articleId);
    // Opens the dialog for the article's first open conflict; true when it was resolved.
    bool resolve();

Q_SIGNALS:
    void resolved(const QString &articleId);

private:
    void refresh();

    Database &m_db;
    QString m_articleId;
    QString m_conflictId;
    QLabel *m_text = nullptr;
    QPushButton *m_resolve = nullptr;
    std::function<bool()> m_saveHook;
};

} // namespace PressDesk
