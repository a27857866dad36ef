#pragma once

#include "radio/Radio.h"

#include <QDialog>

#include <memory>

namespace PressDesk {

class Database;

namespace Ui {
class RadioArticleDialog;
class RadioItemDialog;
class MarkAiredDialog;
} // namespace Ui

// The radio window's form-shaped dialogs (ui/RadioArticleDialog.ui, ui/RadioItemDialog.ui,
// ui/MarkAiredDialog.ui). Each writes through RadioRepository on OK and stays open with the
// reason, in the user's words, when the store refuses.

// "Add article…": an approved article (published or scheduled ones too: they were approved),
// found by its title with or without diacritics, becomes an item of the programme's day with
// its reading script made from it.
class RadioArticleDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RadioArticleDialog)

public:
    RadioArticleDialog(Database &db, const QString &programId, const QDate &date,
                       QWidget *parent = nullptr);
    ~RadioArticleDialog() override;
    void accept() override;
    void search(const QString &query);
    // The articles listed, in order (their ids).
    QStringList listedArticles() const;
    QString addedItemId() const { return m_addedItemId; }

private:
    Database &m_db;
    QString m_programId;
    QDate m_date;
    QString m_addedItemId;
    std::unique_ptr<Ui::RadioArticleDialog> m_ui;
};

// "Write item…": a script typed for the radio (a notice, an announcement), timed as it is
// typed.
class RadioItemDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RadioItemDialog)

public:
    RadioItemDialog(Database &db, const QString &programId, const QDate &date,
                    QWidget *parent = nullptr);
    ~RadioItemDialog() override;
    void accept() override;
    QString addedItemId() const { return m_addedItemId; }

private:
    Database &m_db;
    QString m_programId;
    QDate m_date;
    QString m_addedItemId;
    std::unique_ptr<Ui::RadioItemDialog> m_ui;
};

// "Mark aired…": one broadcast of the item on a station (the programme's by default), at the
// programme's slot on the item's day by default, recorded as the acting user.
class MarkAiredDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkAiredDialog)

public:
    MarkAiredDialog(Database &db, const RadioItem &item, const Program &program,
                    QWidget *parent = nullptr);
    ~MarkAiredDialog() override;
    void accept() override;

private:
    Database &m_db;
    RadioItem m_item;
    std::unique_ptr<Ui::MarkAiredDialog> m_ui;
};

} // namespace PressDesk
