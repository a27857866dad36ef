#include "publish/PublishDialog.h"

#include "publish/PortalRepository.h"
#include "publish/Publisher.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace PressDesk {

PublishDialog::PublishDialog(Database &db, const QString &articleId, Mode mode, QWidget *parent)
    : QDialog(parent), m_db(db), m_articleId(articleId), m_mode(mode)
{
    setObjectName(mode == Publish ? QStringLiteral("publishDialog")
                                  : QStringLiteral("withdrawDialog"));
    setWindowTitle(mode == Publish ? tr("Publish to the portal") : tr("Withdraw from the portal"));
    auto *layout = new QVBoxLayout(this);
    const auto article = ArticleRepository(db).get(articleId);
    auto *title = new QLabel(
        QStringLiteral("<b>%1</b>").arg(article ? article->title.toHtmlEscaped() : QString()),
        this);
    title->setWordWrap(true);
    layout->addWidget(title);

    const auto posts = Publisher(db).postsOf(articleId);
    if (posts && !posts->isEmpty()) {
        QStringList where;
        for (const ArticlePost &p : std::as_const(posts.value()))
            where << tr("%1: <a href=\"%2\">%2</a> (%3)")
                         .arg(p.portalName.toHtmlEscaped(), p.link.toHtmlEscaped(),
                              remoteStatusDisplayName(p.remoteStatus).toHtmlEscaped());
        auto *links = new QLabel(tr("On the portal:") + QStringLiteral("<br>") +
                                     where.join(QStringLiteral("<br>")),
                                 this);
        links->setObjectName(QStringLiteral("postLinks"));
        links->setOpenExternalLinks(true);
        links->setWordWrap(true);
        layout->addWidget(links);
    }

    auto *form = new QFormLayout;
    m_portal = new QComboBox(this);
    m_portal->setObjectName(QStringLiteral("portalCombo"));
    if (mode == Publish) {
        if (auto portals = PortalRepository(db).list()) {
            for (const PortalAccount &a : std::as_const(portals.value()))
                m_portal->addItem(a.name, a.id);
        }
    } else if (posts) {
        for (const ArticlePost &p : std::as_const(posts.value()))
            if (p.remoteStatus != QLatin1String("trash"))
                m_portal->addItem(p.portalName, p.portalId);
    }
    form->addRow(tr("Portal:"), m_portal);
    layout->addLayout(form);

    if (mode == Publish) {
        m_first = new QRadioButton(tr("Publish now"), this);
        m_first->setObjectName(QStringLiteral("nowRadio"));
        m_second = new QRadioButton(tr("Publish at:"), this);
        m_second->setObjectName(QStringLiteral("atRadio"));
        m_at = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(3600), this);
        m_at->setObjectName(QStringLiteral("atEdit"));
        m_at->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
        m_at->setCalendarPopup(true);
        m_at->setMinimumDateTime(QDateTime::currentDateTime());
        m_at->setEnabled(false);
        connect(m_second, &QRadioButton::toggled, m_at, &QWidget::setEnabled);
        auto *row = new QHBoxLayout;
        row->addWidget(m_second);
        row->addWidget(m_at, 1);
        layout->addWidget(m_first);
        layout->addLayout(row);
    } else {
        m_first =
            new QRadioButton(tr("Back to draft on the portal (can be published again)"), this);
        m_first->setObjectName(QStringLiteral("draftRadio"));
        m_second = new QRadioButton(tr("Move to the portal's trash"), this);
        m_second->setObjectName(QStringLiteral("trashRadio"));
        layout->addWidget(m_first);
        layout->addWidget(m_second);
    }
    m_first->setChecked(true);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("publishError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_error);
    if (!hasPortals())
        m_error->setText(mode == Publish ? tr("No portal is set up yet: add one in File → Portals.")
                                         : tr("This article is not on any portal."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Publish ? tr("Publish") : tr("Withdraw"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(hasPortals());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

bool PublishDialog::hasPortals() const
{
    return m_portal->count() > 0;
}

void PublishDialog::accept()
{
    const QString portal = m_portal->currentData().toString();
    Publisher publisher(m_db);
    Result<qint64> queued =
        m_mode == Publish ? publisher.enqueuePublish(
                                m_articleId, portal,
                                m_second->isChecked() ? m_at->dateTime().toUTC() : QDateTime())
                          : publisher.enqueueWithdraw(m_articleId, portal, m_second->isChecked());
    if (!queued) {
        m_error->setText(queued.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace PressDesk
