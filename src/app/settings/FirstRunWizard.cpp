#include "settings/FirstRunWizard.h"

#include "Settings.h"
#include "office/OfficeRepository.h"
#include "publish/PortalRepository.h"
#include "publish/PortalsDialog.h"
#include "store/Database.h"
#include "store/UserRepository.h"
#include "sync/SyncEngine.h"
#include "ui_FirstRunWizard.h"
#include "widgets/PlaceholderFit.h"

#include <QPushButton>

namespace PressDesk {

namespace {

OfficeProfile loadOffice(Database &db)
{
    auto office = OfficeRepository(db).load();
    return office ? office.value() : OfficeProfile{};
}

} // namespace

FirstRunWizard::FirstRunWizard(Database &db, QWidget *parent)
    : QWizard(parent), m_db(db), m_ui(std::make_unique<Ui::FirstRunWizard>())
{
    m_ui->setupUi(this);
    fitPlaceholders(this);
    setButtonText(QWizard::CustomButton1, tr("&Later"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("laterButton"));
    button(QWizard::CustomButton1)
        ->setToolTip(tr("Leave this step for later: nothing on this page is saved."));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            later();
    });
    // On the optional page going on is leaving it for later: the default button says so.
    m_ui->connectWizardPage->setButtonText(QWizard::NextButton, tr("&Later"));

    // Who works here: the profile's current user (a new profile's is its administrator,
    // named after the operating-system account).
    UserRepository users(db);
    auto me = users.find(db.actingUser());
    if (!me)
        me = users.ensureCurrentUser();
    if (me) {
        m_userName = me->name;
        m_shownDisplayName = me->displayName.isEmpty() ? me->name : me->displayName;
        m_ui->displayNameLineEdit->setText(m_shownDisplayName);
        m_ui->roleLabel->setText(roleDisplayName(me->role));
        const auto everyone = users.list();
        const bool first = everyone && everyone->size() == 1;
        m_ui->roleNoteLabel->setText(
            me->role == Role::Admin && first
                ? tr("As the first user of this profile you are its administrator. The others "
                     "(staff who write, supervisors who approve) are added later in File → "
                     "Users…")
                : tr("Roles are given by an administrator in File → Users…"));
    } else {
        m_ui->displayNameLineEdit->setEnabled(false);
        m_ui->userErrorLabel->setText(me.error().message);
    }

    const OfficeProfile office = loadOffice(db);
    m_ui->officeNameLineEdit->setText(office.name);
    m_ui->parentBodyLineEdit->setText(office.parentBody);
    m_ui->placeLineEdit->setText(office.place);
    m_ui->signerNameLineEdit->setText(office.signerName);
    m_ui->signerTitleLineEdit->setText(office.signerTitle);

    m_ui->officeServerButton->setVisible(false);
    m_ui->officeServerNoteLabel->setVisible(false);
    connect(m_ui->officeServerButton, &QPushButton::clicked, this, [this] {
        if (m_openServer)
            m_openServer(this);
        opened();
    });
    connect(m_ui->portalsButton, &QPushButton::clicked, this, [this] {
        PortalsDialog dialog(m_db, this);
        dialog.exec();
        opened();
    });
    connect(this, &QWizard::currentIdChanged, this, &FirstRunWizard::pageChanged);
    pageChanged();
}

FirstRunWizard::~FirstRunWizard() = default;

void FirstRunWizard::setOfficeServerOpener(std::function<void(QWidget *)> open)
{
    m_openServer = std::move(open);
    m_ui->officeServerButton->setVisible(bool(m_openServer));
    m_ui->officeServerNoteLabel->setVisible(bool(m_openServer));
}

void FirstRunWizard::later()
{
    m_skipping = true;
    next();
    m_skipping = false;
}

void FirstRunWizard::pageChanged()
{
    const QWizardPage *page = currentPage();
    // "Later" where a page has something to save; the optional page's Next says it itself.
    setOption(QWizard::HaveCustomButton1,
              page == m_ui->userWizardPage || page == m_ui->officeWizardPage);
    if (page == m_ui->doneWizardPage)
        m_ui->summaryLabel->setText(summary());
}

bool FirstRunWizard::validateCurrentPage()
{
    if (!m_skipping) {
        if (currentPage() == m_ui->userWizardPage && !applyUser())
            return false;
        if (currentPage() == m_ui->officeWizardPage && !applyOffice())
            return false;
    }
    return QWizard::validateCurrentPage();
}

bool FirstRunWizard::applyUser()
{
    m_ui->userErrorLabel->clear();
    const QString typed = m_ui->displayNameLineEdit->text().simplified();
    // An empty name, or the one shown, is no change: the page was left for later.
    if (m_userName.isEmpty() || typed.isEmpty() || typed == m_shownDisplayName)
        return true;
    if (const Status st = UserRepository(m_db).setDisplayName(m_userName, typed); !st) {
        m_ui->userErrorLabel->setText(st.error().message);
        return false;
    }
    m_shownDisplayName = typed;
    m_savedUser = true;
    return true;
}

bool FirstRunWizard::applyOffice()
{
    m_ui->officeErrorLabel->clear();
    const OfficeProfile stored = loadOffice(m_db);
    OfficeProfile office = stored; // recipients, number suffix and tone style as they are
    office.name = m_ui->officeNameLineEdit->text();
    office.parentBody = m_ui->parentBodyLineEdit->text();
    office.place = m_ui->placeLineEdit->text();
    office.signerName = m_ui->signerNameLineEdit->text();
    office.signerTitle = m_ui->signerTitleLineEdit->text();
    if (office.normalized() == stored.normalized())
        return true; // nothing typed, or nothing changed: nothing to store
    if (const Status st = OfficeRepository(m_db).save(office); !st) {
        m_ui->officeErrorLabel->setText(st.error().message);
        return false;
    }
    m_savedOffice = true;
    return true;
}

void FirstRunWizard::opened()
{
    // Something was set up: going on is no longer "later" (the wizard's own Next text).
    m_ui->connectWizardPage->setButtonText(QWizard::NextButton, buttonText(QWizard::NextButton));
}

QString FirstRunWizard::summary() const
{
    QStringList lines;
    UserRepository users(m_db);
    if (auto me = users.find(m_userName); me)
        lines << tr("You work at this desk as %1 (%2).")
                     .arg(me->displayName.isEmpty() ? me->name : me->displayName,
                          roleDisplayName(me->role));
    const OfficeProfile office = loadOffice(m_db);
    lines << (office.name.isEmpty()
                  ? tr("Office: not named yet. Documents leave dotted spaces for it until it is "
                       "filled in under Settings → Office.")
                  : tr("Office: %1.").arg(office.name));
    const auto sync = SyncEngine::status(m_db);
    lines << (sync && sync->joined
                  ? tr("Office server: joined (%1).").arg(sync->serverUrl)
                  : tr("Office server: not joined; this desk works on its own (File → Office "
                       "server…)."));
    const auto portals = PortalRepository(m_db).list();
    const qsizetype count = portals ? portals->size() : 0;
    lines << (count > 0 ? tr("Portals: %n configured.", nullptr, int(count))
                        : tr("Portal: none yet (File → Portals…)."));
    lines << QString() << tr("Settings → Run the set-up assistant again… brings this back.");
    return lines.join(u'\n');
}

void FirstRunWizard::done(int result)
{
    // Finished or cancelled: not offered again at the next new profile.
    Settings::setValue(Settings::Key::FirstRunDone, true);
    QWizard::done(result);
}

} // namespace PressDesk
