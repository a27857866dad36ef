#pragma once

#include "radio/Radio.h"

#include <QDialog>

#include <memory>

namespace PressDesk {

class Database;

namespace Ui {
class RadioStationsDialog;
}

// The locale's name of a programme's weekday ("Thứ Hai", "Monday"); "every day" for 0.
QString radioWeekdayName(int weekday);

// Plans → Radio bulletins… → Stations and programmes… (ui/RadioStationsDialog.ui): the office's
// stations (its radio station, each commune's or ward's loudspeakers) and their programmes with
// their slots (weekday, start time, length). A row chosen fills the form below its list; Add
// makes a new one from the form, Save changes the chosen one, Remove takes it out when nothing
// depends on it. Everything goes through RadioRepository; a refusal is shown in the dialog in
// the user's words and nothing typed is lost.
class RadioStationsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RadioStationsDialog)

public:
    explicit RadioStationsDialog(Database &db, QWidget *parent = nullptr);
    ~RadioStationsDialog() override;

    QString currentStationId() const;
    QString currentProgramId() const;
    void selectStation(const QString &id);
    void selectProgram(const QString &id);
    QString statusText() const;

private:
    void reload(const QString &stationId, const QString &programId);
    void stationChosen();
    void programChosen();
    void addStation();
    void saveStation();
    void removeStation();
    void addProgram();
    void saveProgram();
    void removeProgram();
    Station stationFromForm() const;
    Program programFromForm() const;
    void showStatus(const QString &text, bool error);
    void updateButtons();

    Database &m_db;
    std::unique_ptr<Ui::RadioStationsDialog> m_ui;
};

} // namespace PressDesk
