#pragma once

#include <QWizard>

#include <functional>
#include <memory>

namespace PressDesk {

class Database;

namespace Ui {
class FirstRunWizard;
} // namespace Ui

// The set-up assistant: offered once, on a new profile, after the main window is drawn
// (MainWindow::offerFirstRunWizardWhenDrawn), and again from Settings. Who works at this desk
// (the current user's display name, their role), the office profile, optionally the office
// server and the portal (their own dialogs), then a summary.
//
// Each page is applied when the user leaves it with Next: the name through UserRepository,
// the office through OfficeRepository::save (an error stays on the page, saying why). "Later"
// leaves a page without saving it; a page left as it was saves nothing. Cancel stops there:
// what earlier pages applied stays, nothing else is written. Finished or cancelled, the
// assistant is not offered again (Settings::Key::FirstRunDone).
class FirstRunWizard : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunWizard)

public:
    explicit FirstRunWizard(Database &db, QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    // What "Join the office server…" opens, as a dialog over the given parent; without it the
    // button is hidden (the server's dialog needs the window's sync controller).
    void setOfficeServerOpener(std::function<void(QWidget *)> open);

    // Leaves the current page for the next without saving it.
    void later();

    bool validateCurrentPage() override;
    void done(int result) override;

private:
    void pageChanged();
    bool applyUser();
    bool applyOffice();
    void opened(); // after the server's or the portals' dialog
    QString summary() const;

    Database &m_db;
    std::unique_ptr<Ui::FirstRunWizard> m_ui;
    std::function<void(QWidget *)> m_openServer;
    QString m_userName;         // the current user's login name
    QString m_shownDisplayName; // as the page first showed it
    bool m_skipping = false;
    bool m_savedUser = false;
    bool m_savedOffice = false;
};

} // namespace PressDesk
