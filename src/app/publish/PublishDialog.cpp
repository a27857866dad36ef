#include "publish/PublishDialog.h"

#include "publish/PortalRepository.h"
#include "publish/Publisher.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "ui_PublishDialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QRadioButton>

namespace PressDesk {

PublishDialog::PublishDialog(Database &db, const QString &articleId, Mode mode, QWidget *parent)
    : QDialog(parent), m_db(db), m_articleId(articleId), m_mode(mode),
      m_ui(std::make_unique<Ui::PublishDialog>())
{
    if (mode == Withdraw)
        setObjectName(QStringLiteral("withdrawDialog"));
    m_ui->setupUi(this);
    if (mode == Withdraw)
        setWindowTitle(tr("Withdraw from the portal"));
    const auto article = ArticleRepository(db).get(articleId);
    m_ui->articleTitleLabel->setText(
        QStringLiteral("<b>%1</b>").arg(article ? article->title.toHtmlEscaped() : QString()));

    const auto posts = Publisher(db).postsOf(articleId);
    if (posts && !posts->isEmpty()) {
        QStringList where;
        for (const ArticlePost &p : std::as_const(posts.value()))
            where << tr("%1: <a href=\"%2\">%2</a> (%3)")
                         .arg(p.portalName.toHtmlEscaped(), p.link.toHtmlEscaped(),
                              remoteStatusDisplayName(p.remoteStatus).toHtmlEscaped());
        m_ui->postLinksLabel->setText(tr("On the portal:") + QStringLiteral("<br>") +
                                      where.join(QStringLiteral("<br>")));
    } else {
        m_ui->postLinksLabel->hide();
    }

    if (mode == Publish) {
        if (auto portals = PortalRepository(db).list()) {
            for (const PortalAccount &a : std::as_const(portals.value()))
                m_ui->portalComboBox->addItem(a.name, a.id);
        }
    } else if (posts) {
        for (const ArticlePost &p : std::as_const(posts.value()))
            if (p.remoteStatus != QLatin1String("trash"))
                m_ui->portalComboBox->addItem(p.portalName, p.portalId);
    }

    // The form holds both pairs of choices; each mode shows its own.
    const bool publish = mode == Publish;
    m_ui->nowRadioButton->setVisible(publish);
    m_ui->atRadioButton->setVisible(publish);
    m_ui->atDateTimeEdit->setVisible(publish);
    m_ui->draftRadioButton->setVisible(!publish);
    m_ui->trashRadioButton->setVisible(!publish);
    m_first = publish ? m_ui->nowRadioButton : m_ui->draftRadioButton;
    m_second = publish ? m_ui->atRadioButton : m_ui->trashRadioButton;
    m_first->setChecked(true);
    m_ui->atDateTimeEdit->setDateTime(QDateTime::currentDateTime().addSecs(3600));
    m_ui->atDateTimeEdit->setMinimumDateTime(QDateTime::currentDateTime());
    connect(m_ui->atRadioButton, &QRadioButton::toggled, m_ui->atDateTimeEdit,
            &QWidget::setEnabled);

    if (!hasPortals())
        m_ui->errorLabel->setText(publish
                                      ? tr("No portal is set up yet: add one in File → Portals.")
                                      : tr("This article is not on any portal."));
    QPushButton *ok = m_ui->dialogButtonBox->button(QDialogButtonBox::Ok);
    ok->setText(publish ? tr("Publish") : tr("Withdraw"));
    ok->setEnabled(hasPortals());
    connect(m_ui->dialogButtonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->dialogButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

PublishDialog::~PublishDialog() = default;

bool PublishDialog::hasPortals() const
{
    return m_ui->portalComboBox->count() > 0;
}

void PublishDialog::accept()
{
    const QString portal = m_ui->portalComboBox->currentData().toString();
    Publisher publisher(m_db);
    Result<qint64> queued =
        m_mode == Publish
            ? publisher.enqueuePublish(
                  m_articleId, portal,
                  m_second->isChecked() ? m_ui->atDateTimeEdit->dateTime().toUTC() : QDateTime())
            : publisher.enqueueWithdraw(m_articleId, portal, m_second->isChecked());
    if (!queued) {
        m_ui->errorLabel->setText(queued.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace PressDesk
